// DOT text for a RenderGraph: one statement per line, nodes and edges in id order, every string quoted
// and escaped, so the output is stable enough for golden files and readable enough to edit by hand.
// Styles come from the node's category (its first label): the cluster model's labels have their own
// shapes and colours, anything else a neutral one. Edges carry their type when the picture has several.

/// How a node of one category looks.
public struct NodeStyle: Sendable, Equatable {
    public var shape: String
    public var fill: String

    public init(shape: String, fill: String) {
        self.shape = shape
        self.fill = fill
    }
}

public enum DOTWriter {
    /// Styles of the cluster model's labels (ARCHITECTURE's domain model).
    public static let styles: [String: NodeStyle] = [
        "Country": NodeStyle(shape: "box", fill: "#fbe3c4"),
        "Region": NodeStyle(shape: "ellipse", fill: "#d6e6f5"),
        "Cluster": NodeStyle(shape: "hexagon", fill: "#d9efcf"),
        "Organization": NodeStyle(shape: "note", fill: "#f3f3f3"),
        "Industry": NodeStyle(shape: "component", fill: "#efe0f5"),
        "Project": NodeStyle(shape: "folder", fill: "#fff5c2"),
    ]
    public static let defaultStyle = NodeStyle(shape: "ellipse", fill: "#eeeeee")

    /// The DOT text of `graph`; `title` becomes the graph's label.
    /// - Complexity: O(nodes + edges).
    public static func dot(_ graph: RenderGraph, title: String? = nil) -> String {
        var lines = ["digraph clustergraph {"]
        lines.append("  graph [fontname=\"DejaVu Sans\", overlap=false, splines=true" + (title.map { ", label=\(quote($0)), labelloc=t" } ?? "") + "];")
        lines.append("  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled];")
        lines.append("  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#555555\"];")
        for node in graph.nodes {
            let style = styles[node.category] ?? defaultStyle
            lines.append("  n\(node.id) [label=\(quote(node.caption)), shape=\(style.shape), fillcolor=\(quote(style.fill))];")
        }
        // When every relationship has the same type, writing it on each one is noise.
        let relationships = graph.edges.filter { $0.id != nil }
        let labelRelationships = Set(relationships.map(\.caption)).count > 1
        let heaviest = graph.edges.compactMap(\.weight).max() ?? 0
        for edge in graph.edges {
            var attributes: [String] = []
            if edge.id == nil {
                // A tie: undirected, its weight written on it and shown by the line's width (1 to 6 points).
                attributes.append("dir=none")
                if !edge.caption.isEmpty { attributes.append("label=\(quote(edge.caption))") }
                if let weight = edge.weight, heaviest > 0 {
                    let width = 1 + 5 * max(0, weight) / heaviest
                    attributes.append("penwidth=\((width * 10).rounded() / 10)")
                }
            } else if labelRelationships {
                attributes.append("label=\(quote(edge.caption))")
            }
            lines.append("  n\(edge.from) -> n\(edge.to)" + (attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]") + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`, other control
    /// characters (CR, NUL, …) and non-characters (U+FFFE, U+FFFF, …) dropped — XML cannot hold them, so
    /// an SVG made from the DOT would not be valid.
    public static func quote(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for c in text.unicodeScalars {
            switch c {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            default: if c.properties.generalCategory != .control && !c.properties.isNoncharacterCodePoint { out.append(c) }
            }
        }
        out.append("\"")
        return String(out)
    }
}
