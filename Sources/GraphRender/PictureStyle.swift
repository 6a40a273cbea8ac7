// What a picture shows besides its nodes and edges: which data sets each node's colour, size, caption
// and group, and each edge's width (a `Mapping` names a result column, a property or a label), how edges
// are drawn, how many captions a dense picture keeps, and its title and caption. The CLI builds one from
// `render`'s options or a preset; RenderGraph resolves the mappings; DOTWriter turns them into looks.

/// Where a visual channel takes its values from.
public struct Mapping: Sendable, Equatable, CustomStringConvertible {
    /// How values become looks.
    public enum Scale: String, Sendable {
        /// Numbers on a continuous scale, anything else (and up to seven distinct integers) as categories.
        case automatic
        /// Every distinct value its own colour (`BY:category`).
        case categories = "category"
        /// A continuous scale; the values must be numbers (`BY:scale`).
        case numbers = "scale"
    }

    /// A result column, a property key, `label`, or the name of a label (see RenderGraph.apply).
    public var by: String
    public var scale: Scale

    public init(_ by: String, scale: Scale = .automatic) {
        self.by = by
        self.scale = scale
    }

    /// `BY`, `BY:category` or `BY:scale`.
    public init(parsing text: String) throws(StyleError) {
        let parts = text.split(separator: ":", maxSplits: 1).map { Self.trimmed($0) }
        guard let name = parts.first, !name.isEmpty else { throw .emptyMapping(text) }
        var scale = Scale.automatic
        if parts.count == 2 {
            guard let named = Scale(rawValue: parts[1]) else { throw .unknownScale(text) }
            scale = named
        }
        self.init(name, scale: scale)
    }

    public var description: String { scale == .automatic ? by : "\(by):\(scale.rawValue)" }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// How edges are routed.
public enum Splines: String, Sendable, CaseIterable {
    /// Curved for up to `Splines.curvedLimit` edges, straight beyond (curves cost neato ~60× on large pictures).
    case auto
    case line, curved, ortho, polyline

    /// The most edges `auto` draws curved.
    public static let curvedLimit = 100

    /// The Graphviz `splines` value for a picture of `edges` edges.
    public func graphvizValue(edges: Int) -> String {
        switch self {
        case .auto: return edges <= Self.curvedLimit ? "true" : "false"
        case .line: return "false"
        case .curved: return "true"
        case .ortho: return "ortho"
        case .polyline: return "polyline"
        }
    }
}

/// The look of a picture beyond its content.
public struct PictureStyle: Sendable, Equatable {
    /// Node fill colour.
    public var color: Mapping?
    /// Node area, proportional to the value.
    public var size: Mapping?
    /// Node caption (default: name, title, iso, code or id).
    public var label: Mapping?
    /// Boxes around the nodes of each value (drawn by the dot and fdp layouts).
    public var group: Mapping?
    /// Edge width, from a relationship property (a tie's width is its weight).
    public var width: Mapping?
    public var splines: Splines
    /// Keep only this many node captions (the largest nodes, else the best connected).
    public var maxNodeLabels: Int?
    /// Keep only this many tie labels (the heaviest ties).
    public var maxEdgeLabels: Int?
    public var title: String?
    /// A small line under the legend, for the data's source.
    public var caption: String?
    /// Relationship types drawn without arrows and once per pair of nodes.
    public var undirectedTypes: Set<String>
    /// The layout engine the DOT is written for (dot staggers wide ranks).
    public var engine: LayoutEngine
    /// Place nodes by their `lat` and `lon` (see Geography); draw with the `nop` engine to keep them.
    public var geographic: Bool

    public init(
        color: Mapping? = nil, size: Mapping? = nil, label: Mapping? = nil, group: Mapping? = nil, width: Mapping? = nil,
        splines: Splines = .auto, maxNodeLabels: Int? = nil, maxEdgeLabels: Int? = nil, title: String? = nil, caption: String? = nil,
        undirectedTypes: Set<String> = [], engine: LayoutEngine = .neato, geographic: Bool = false
    ) {
        self.color = color
        self.size = size
        self.label = label
        self.group = group
        self.width = width
        self.splines = splines
        self.maxNodeLabels = maxNodeLabels
        self.maxEdgeLabels = maxEdgeLabels
        self.title = title
        self.caption = caption
        self.undirectedTypes = undirectedTypes
        self.engine = engine
        self.geographic = geographic
    }
}

/// Why a style cannot be applied, in words for the user.
public enum StyleError: Error, Equatable, CustomStringConvertible {
    case emptyMapping(String)
    case unknownScale(String)
    /// `option` names nothing the picture has: no result column, property key or label.
    case unknownField(option: String, by: String, columns: [String], labels: [String])
    /// `option` needs numbers but `by` holds another type.
    case notNumbers(option: String, by: String, example: String)

    public var description: String {
        switch self {
        case .emptyMapping(let text):
            return "'\(text)' names no column, property or label"
        case .unknownScale(let text):
            return "'\(text)': the scale after ':' must be 'category' or 'scale'"
        case .unknownField(let option, let by, let columns, let labels):
            let columnsText = columns.isEmpty ? "" : "; the result's columns are " + columns.joined(separator: ", ")
            return "\(option) \(by): no result column, node property or label is called `\(by)`\(columnsText); "
                + "labels: \(labels.joined(separator: ", ")); `label` colours by label"
        case .notNumbers(let option, let by, let example):
            return "\(option) \(by): needs numbers, but `\(by)` holds \(example)"
        }
    }
}
