// DOT text for a RenderGraph: one statement per line, nodes and edges in id order, every string quoted
// and escaped, so the output is stable enough for golden files and readable enough to edit by hand.
// Styles come from the node's category (its first label) — the cluster model's labels have their own
// shapes and colours — unless the PictureStyle maps data to colour and size; then a legend (an HTML-like
// table under the title, so every layout engine draws it) says what the colours and sizes mean. Edges
// carry their type when the picture has several; symmetric types are drawn once, without arrows.

import GraphStore

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

    /// Edge widths are proportional to the weight, the heaviest this many points wide, none thinner
    /// than `thinnestLine`.
    static let widestLine = 6.0
    static let thinnestLine = 0.5
    /// A node with more neighbours that have no other neighbour than this is, in the dot layout, given
    /// about √n rows of them instead of one rank as wide as all of them (what Graphviz's `unflatten -l`
    /// does).
    static let leavesPerRow = 10

    /// The DOT text of `graph` drawn with `style`. With `layOut`, ClusterGraph's stress layout places
    /// the nodes (StressLayout, with room for each node's box as drawn here) and their `pos` is written
    /// for the nop layout to keep; a geographic picture writes its map positions.
    /// - Complexity: O((nodes + edges) log(nodes + edges)); with `layOut`, O(n²) per component.
    public static func dot(_ graph: RenderGraph, style: PictureStyle = PictureStyle(), layOut: Bool = false) throws(StyleError) -> String {
        let colors = try style.color.flatMap { (m) throws(StyleError) in try ColorScale.make(for: graph.nodes.map(\.color), scale: m.scale, option: "--color", by: m.by) }
        let sizes = try style.size.flatMap { (m) throws(StyleError) in try SizeScale.make(for: graph.nodes.map(\.size), option: "--size", by: m.by) }
        let edges = drawnEdges(graph, undirected: style.undirectedTypes)
        let captioned = captionedNodes(graph, edges: edges, sizes: sizes, limit: style.maxNodeLabels)
        let positions = layOut ? stressPositions(graph, edges: edges, sizes: sizes, captioned: captioned) : mapPositions(graph)

        var lines = ["digraph clustergraph {"]
        // Positions from StressLayout are already apart (with room for each node's estimated box):
        // Graphviz's overlap removal (a Delaunay triangulation, most of the drawing's time) is not needed.
        let overlap = layOut ? "true" : "false"
        var graphAttributes = ["fontname=\"DejaVu Sans\"", "overlap=\(overlap)", "splines=\(style.splines.graphvizValue(edges: edges.count))"]
        if let label = heading(style, colors: colors, sizes: sizes, widths: edges.contains { $0.edge.weight != nil }) {
            graphAttributes += ["label=\(label)", "labelloc=t", "labeljust=l"]
        }
        lines.append("  graph [" + graphAttributes.joined(separator: ", ") + "];")
        lines.append("  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled];")
        lines.append("  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#555555\"];")

        var nodeLines: [Int: String] = [:]
        for node in graph.nodes {
            let base = styles[node.category] ?? defaultStyle
            var attributes = ["label=\(quote(captioned.contains(node.id) ? node.caption : ""))", "shape=\(base.shape)"]
            if let color = colors?.color(of: node.color) {
                attributes.append("fillcolor=\(quote(color.hex))")
                if color.textColor != "#000000" { attributes.append("fontcolor=\(quote(color.textColor))") }
            } else {
                attributes.append("fillcolor=\(quote(base.fill))")
            }
            if let sizes, !node.size.isNull {
                let width = number(sizes.width(of: node.size))
                attributes += ["width=\(width)", "height=\(width)", "fixedsize=shape"]
            } else if !captioned.contains(node.id) {
                attributes += ["width=0.2", "height=0.2", "fixedsize=true"]
            }
            if let point = positions[node.id] { attributes.append("pos=\"\(number(point.x, places: 1)),\(number(point.y, places: 1))\"") }
            nodeLines[node.id] = "n\(node.id) [" + attributes.joined(separator: ", ") + "];"
        }
        lines += grouped(graph, style: style, nodeLines: nodeLines)

        // When every relationship has the same type, writing it on each one is noise.
        let labelRelationships = Set(edges.filter { $0.edge.id != nil }.map(\.edge.caption)).count > 1
        let heaviest = edges.compactMap(\.edge.weight).max() ?? 0
        let labelledTies = labelledTieIndices(edges, limit: style.maxEdgeLabels)
        let rows = style.engine == .dot ? staggeredLeaves(edges) : [:]
        for (index, drawn) in edges.enumerated() {
            let edge = drawn.edge
            var attributes: [String] = []
            if edge.id == nil {
                // A tie: undirected, its weight written on it.
                attributes.append("dir=none")
                if !edge.caption.isEmpty, labelledTies.contains(index) { attributes.append("label=\(quote(edge.caption))") }
            } else {
                if drawn.undirected { attributes.append("dir=none") }
                if labelRelationships { attributes.append("label=\(quote(edge.caption))") }
            }
            if let weight = edge.weight, heaviest > 0 {
                attributes.append("penwidth=\(number(max(thinnestLine, widestLine * weight / heaviest), places: 1))")
            }
            if let row = rows[index], row > 1 { attributes.append("minlen=\(row)") }
            lines.append("  n\(edge.from) -> n\(edge.to)" + (attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]") + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Positions (points, by node id) from ClusterGraph's stress layout of the drawn edges, with room
    /// for each node's box.
    static func stressPositions(_ graph: RenderGraph, edges: [DrawnEdge], sizes: SizeScale?, captioned: Set<Int>) -> [Int: PlanePoint] {
        var index: [Int: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { index[node.id] = i }
        let extents = graph.nodes.map { extent(of: $0, captioned: captioned.contains($0.id), sizes: sizes) }
        let pairs = edges.compactMap { drawn in index[drawn.edge.from].flatMap { a in index[drawn.edge.to].map { (a, $0) } } }
        let points = StressLayout.positions(sizes: extents, edges: pairs)
        return Dictionary(uniqueKeysWithValues: zip(graph.nodes.map(\.id), points))
    }

    /// How wide and high (points) Graphviz draws a node, or a little more: its fixed size, else its
    /// caption in DejaVu Sans 10 (at most 7 points a character: the widest capitals) with the shape's
    /// margins, never below Graphviz's default 0.75 × 0.5 inch. The layout keeps these boxes apart, so
    /// an estimate must not fall short (RenderTests checks the drawn SVG of the whole dataset).
    static func extent(of node: RenderGraph.Node, captioned: Bool, sizes: SizeScale?) -> (width: Double, height: Double) {
        if let sizes, !node.size.isNull {
            let side = sizes.width(of: node.size) * 72
            return (side, side)
        }
        guard captioned else { return (0.2 * 72, 0.2 * 72) }
        let lines = node.caption.split(separator: "\n", omittingEmptySubsequences: false)
        let longest = Double(lines.map(\.count).max() ?? 0)
        let shape = (styles[node.category] ?? defaultStyle).shape
        // Ellipses and hexagons need more room around the same text than boxes.
        let stretch = shape == "box" || shape == "note" || shape == "folder" || shape == "component" ? 1.0 : 1.45
        return (max(54, (longest * 7 + 16) * stretch), max(36, Double(lines.count) * 14 + 10))
    }

    /// The widest side of a map, in points.
    static let mapExtent = 1000.0

    /// The nodes' map positions in points, the map scaled so its wider side is `mapExtent`.
    static func mapPositions(_ graph: RenderGraph) -> [Int: PlanePoint] {
        let points = graph.nodes.compactMap { node in node.position.map { (node.id, $0) } }
        guard let first = points.first?.1 else { return [:] }
        var (minX, maxX, minY, maxY) = (first.x, first.x, first.y, first.y)
        for (_, p) in points {
            (minX, maxX, minY, maxY) = (min(minX, p.x), max(maxX, p.x), min(minY, p.y), max(maxY, p.y))
        }
        let span = max(maxX - minX, maxY - minY)
        let scale = span > 0 ? mapExtent / span : 1
        return Dictionary(uniqueKeysWithValues: points.map { ($0.0, PlanePoint(x: ($0.1.x - minX) * scale, y: ($0.1.y - minY) * scale)) })
    }

    /// An edge as drawn: relationships of an undirected type appear once per pair of nodes.
    struct DrawnEdge {
        var edge: RenderGraph.Edge
        var undirected: Bool
    }

    static func drawnEdges(_ graph: RenderGraph, undirected: Set<String>) -> [DrawnEdge] {
        var seen: Set<[String]> = []
        var drawn: [DrawnEdge] = []
        for edge in graph.edges {
            guard edge.id != nil, undirected.contains(edge.caption) else {
                drawn.append(DrawnEdge(edge: edge, undirected: false))
                continue
            }
            let pair = [edge.caption, String(min(edge.from, edge.to)), String(max(edge.from, edge.to))]
            if seen.insert(pair).inserted { drawn.append(DrawnEdge(edge: edge, undirected: true)) }
        }
        return drawn
    }

    /// The nodes whose captions are written: all, or the `limit` largest (by the size mapping, else by
    /// the number of edges they have in the picture; ties broken by id).
    static func captionedNodes(_ graph: RenderGraph, edges: [DrawnEdge], sizes: SizeScale?, limit: Int?) -> Set<Int> {
        let all = Set(graph.nodes.map(\.id))
        guard let limit, limit < graph.nodes.count else { return all }
        var degree: [Int: Int] = [:]
        for drawn in edges {
            degree[drawn.edge.from, default: 0] += 1
            degree[drawn.edge.to, default: 0] += 1
        }
        func weight(_ node: RenderGraph.Node) -> Double {
            if sizes != nil { return node.size.numericValue ?? -.infinity }
            return Double(degree[node.id, default: 0])
        }
        let ranked = graph.nodes.sorted { weight($0) != weight($1) ? weight($0) > weight($1) : $0.id < $1.id }
        return Set(ranked.prefix(max(0, limit)).map(\.id))
    }

    /// The ties whose weights are written: all, or the `limit` heaviest.
    static func labelledTieIndices(_ edges: [DrawnEdge], limit: Int?) -> Set<Int> {
        let ties = edges.indices.filter { edges[$0].edge.id == nil }
        guard let limit, limit < ties.count else { return Set(ties) }
        let ranked = ties.sorted {
            let (a, b) = (edges[$0].edge.weight ?? 0, edges[$1].edge.weight ?? 0)
            return a != b ? a > b : $0 < $1
        }
        return Set(ranked.prefix(max(0, limit)))
    }

    /// For the dot layout: the edges from a node to many leaves, given rows 1, 2, … in turn (their
    /// `minlen`), so a star of 80 regions becomes a block instead of a strip 80 nodes wide.
    static func staggeredLeaves(_ edges: [DrawnEdge]) -> [Int: Int] {
        var degree: [Int: Int] = [:]
        for drawn in edges {
            degree[drawn.edge.from, default: 0] += 1
            degree[drawn.edge.to, default: 0] += 1
        }
        var leafEdges: [Int: [Int]] = [:]  // hub → indices of its edges to leaves
        for (index, drawn) in edges.enumerated() {
            let (a, b) = (drawn.edge.from, drawn.edge.to)
            if degree[b] == 1, degree[a, default: 0] > 1 { leafEdges[a, default: []].append(index) }
            if degree[a] == 1, degree[b, default: 0] > 1 { leafEdges[b, default: []].append(index) }
        }
        var rows: [Int: Int] = [:]
        for (_, indices) in leafEdges where indices.count > leavesPerRow {
            // About as many rows as columns: a block, not a strip.
            var rowCount = 1
            while rowCount * rowCount < indices.count { rowCount += 1 }
            for (i, index) in indices.enumerated() { rows[index] = 1 + i % rowCount }
        }
        return rows
    }

    /// The node statements, inside one box per value of the group mapping (nodes without a value, and
    /// every node when there is no group mapping, stand alone).
    static func grouped(_ graph: RenderGraph, style: PictureStyle, nodeLines: [Int: String]) -> [String] {
        guard style.group != nil else { return graph.nodes.compactMap { nodeLines[$0.id].map { "  " + $0 } } }
        var groups: [Value: [Int]] = [:]
        var lines: [String] = []
        for node in graph.nodes {
            if node.group.isNull {
                if let line = nodeLines[node.id] { lines.append("  " + line) }
            } else {
                groups[node.group, default: []].append(node.id)
            }
        }
        for (index, value) in groups.keys.sorted(by: { Value.orderCompare($0, $1) < 0 }).enumerated() {
            lines.append("  subgraph cluster_\(index) {")
            lines.append("    label=\(quote(displayText(value))); style=\"rounded,dashed\"; color=\"#888888\"; fontsize=11;")
            for id in groups[value] ?? [] { if let line = nodeLines[id] { lines.append("    " + line) } }
            lines.append("  }")
        }
        return lines
    }

    /// The graph's label: the title alone as text, or an HTML-like table with the title, a legend row
    /// for each mapping used, and the caption.
    static func heading(_ style: PictureStyle, colors: ColorScale?, sizes: SizeScale?, widths: Bool) -> String? {
        var rows: [String] = []
        if let colors, let mapping = style.color {
            var cells = ["<TD ALIGN=\"LEFT\">colour: \(html(mapping.by))</TD>"]
            func swatch(_ color: RGB, _ text: String) -> String {
                "<TD BGCOLOR=\"\(color.hex)\" WIDTH=\"12\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">\(html(text))</TD>"
            }
            switch colors {
            case .categories(let entries, let hasOther):
                cells += entries.map { swatch($0.color, displayText($0.value)) }
                if hasOther { cells.append(swatch(Palette.other, "other")) }
            case .numbers(let low, let high):
                for step in 0...4 {
                    let t = Double(step) / 4
                    cells.append(swatch(Palette.viridis(at: t), formatNumber(low + (high - low) * t)))
                }
            }
            rows.append(table(cells))
        }
        if let sizes, let mapping = style.size {
            rows.append(table(["<TD ALIGN=\"LEFT\">node area ∝ \(html(mapping.by)): \(html(formatNumber(sizes.min))) to \(html(formatNumber(sizes.max)))</TD>"]))
        }
        if widths, let mapping = style.width {
            rows.append(table(["<TD ALIGN=\"LEFT\">line width ∝ \(html(mapping.by))</TD>"]))
        }
        guard !rows.isEmpty || style.caption != nil else { return style.title.map(quote) }
        if let title = style.title { rows.insert("<B><FONT POINT-SIZE=\"16\">\(html(title))</FONT></B>", at: 0) }
        if let caption = style.caption { rows.append("<FONT POINT-SIZE=\"8\" COLOR=\"#555555\">\(html(caption))</FONT>") }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">"
            + rows.map { "<TR><TD ALIGN=\"LEFT\">\($0)</TD></TR>" }.joined() + "</TABLE>>"
    }

    private static func table(_ cells: [String]) -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\"><TR>" + cells.joined() + "</TR></TABLE>"
    }

    /// `x` with at most `places` decimals, without trailing zeros (DOT wants plain numbers).
    static func number(_ x: Double, places: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let text = String((x * scale).rounded() / scale)
        return text.hasSuffix(".0") && places > 1 ? String(text.dropLast(2)) : text
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
            default: if isDrawable(c) { out.append(c) }
            }
        }
        out.append("\"")
        return String(out)
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and `"` as entities, what XML cannot hold dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            default: if isDrawable(c) { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    private static func isDrawable(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x20 && c.value != 0x7F }  // ASCII: all but controls
        return c.properties.generalCategory != .control && !c.properties.isNoncharacterCodePoint
    }
}
