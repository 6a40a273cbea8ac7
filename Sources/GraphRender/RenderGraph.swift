// The picture's content: the nodes and relationships to draw, each with a caption and a category that
// picks its style. It is built from a PropertyGraph and the element ids a query returned, so the same
// picture comes out of the CLI, the shell and tests; `apply` then reads the values a PictureStyle maps
// (from the query's columns, the nodes' properties or labels); DOTWriter turns it into DOT text.

import GraphStore

/// A graph to draw.
public struct RenderGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        /// The node's id in the store (the DOT node is named `n<id>`).
        public var id: Int
        /// The text in the node.
        public var caption: String
        /// The first label, which chooses the style ("" for none).
        public var category: String
        /// The values the style maps to colour, size and group (null: none).
        public var color: Value = .null
        public var size: Value = .null
        public var group: Value = .null
        /// Where a geographic picture puts the node (km on the map's plane).
        public var position: PlanePoint?
    }

    public struct Edge: Sendable, Equatable {
        /// The relationship's id, or nil for a tie drawn from a query's columns.
        public var id: Int?
        public var from: Int
        public var to: Int
        /// The relationship type, or the tie's weight, written on the edge.
        public var caption: String
        /// A tie's weight, or the relationship's value of the width mapping: sets the line's width.
        public var weight: Double?
    }

    /// An undirected tie between two nodes that is not a stored relationship — a pair of countries and
    /// the number of clusters they share, from `clusters.ties()` or any query.
    public struct Tie: Sendable, Equatable {
        public var a: NodeID
        public var b: NodeID
        public var weight: Double?

        public init(_ a: NodeID, _ b: NodeID, weight: Double? = nil) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// How many nodes a geographic picture left out for want of coordinates.
    public private(set) var unplaced = 0

    /// The given nodes, relationships and ties of `graph` (a relationship or tie brings its two end
    /// nodes), in id order; ids no longer in the graph are left out.
    public init(
        graph: PropertyGraph, nodes nodeIDs: some Sequence<NodeID>, relationships relationshipIDs: some Sequence<RelationshipID>,
        ties: [Tie] = []
    ) {
        var nodeSet = Set(nodeIDs.filter { graph.contains($0) })
        var edges: [Edge] = []
        for id in Set(relationshipIDs).sorted() {
            guard let (start, end) = graph.endpoints(of: id), let type = graph.type(of: id) else { continue }
            nodeSet.insert(start)
            nodeSet.insert(end)
            edges.append(Edge(id: id.rawValue, from: start.rawValue, to: end.rawValue, caption: graph.name(of: type)))
        }
        for tie in ties where graph.contains(tie.a) && graph.contains(tie.b) {
            nodeSet.insert(tie.a)
            nodeSet.insert(tie.b)
            let caption = tie.weight.map { $0 == $0.rounded() ? String(Int64($0)) : String($0) } ?? ""
            edges.append(Edge(id: nil, from: tie.a.rawValue, to: tie.b.rawValue, caption: caption, weight: tie.weight))
        }
        self.nodes = nodeSet.sorted().map { id in
            let labels = graph.labels(of: id).map { graph.name(of: $0) }
            return Node(id: id.rawValue, caption: Self.caption(of: id, labels: labels, in: graph), category: labels.first ?? "")
        }
        self.edges = edges
    }

    /// The properties that name a node, in order of preference.
    public static let captionKeys = ["name", "title", "iso", "code", "id"]

    /// The first naming property the node has, else its first label and id.
    static func caption(of id: NodeID, labels: [String], in graph: PropertyGraph) -> String {
        for key in captionKeys {
            guard let keyID = graph.propertyKeyID(key), let value = graph.property(keyID, of: id) else { continue }
            if case .string(let text) = value { return text }
            return value.literal
        }
        return (labels.first ?? "node") + " " + String(id.rawValue)
    }

    /// Reads, for every node, the values `style` maps, and for every relationship its width value.
    /// A mapping's name is looked up, for each node, as: a column of the row that returned the node
    /// (`columns`), a property of the node, `label` (its first label), then a label's name (any case):
    /// the node's own caption if it has that label, else the caption of a neighbour that has it — so
    /// `--color country` colours regions by the country they are in.
    public mutating func apply(_ style: PictureStyle, columns: [NodeID: [String: Value]] = [:], in graph: PropertyGraph) throws(StyleError) {
        let columnNames = Set(columns.values.flatMap(\.keys))
        let labelNames = graph.labelNames.names
        func resolver(_ mapping: Mapping?, option: String) throws(StyleError) -> ((NodeID) -> Value)? {
            guard let mapping else { return nil }
            let by = mapping.by
            let key = graph.propertyKeyID(by)
            let label = by == "label" ? nil : labelNames.first { $0.lowercased() == by.lowercased() }.flatMap(graph.labelID)
            guard columnNames.contains(by) || key != nil || by == "label" || label != nil else {
                throw .unknownField(option: option, by: by, columns: columnNames.sorted(), labels: labelNames.sorted())
            }
            return { id in
                if let value = columns[id]?[by] { return value }
                if let key, let value = graph.property(key, of: id) { return value }
                if by == "label" { return graph.labels(of: id).first.map { .string(graph.name(of: $0)) } ?? .null }
                guard let label else { return .null }
                if graph.hasLabel(id, label) { return .string(Self.caption(of: id, in: graph)) }
                for direction in [Direction.outgoing, .incoming] {
                    if let entry = graph.adjacency(of: id, direction).entries.first(where: { graph.hasLabel($0.neighbor, label) }) {
                        return .string(Self.caption(of: entry.neighbor, in: graph))
                    }
                }
                return .null
            }
        }
        let color = try resolver(style.color, option: "--color")
        let size = try resolver(style.size, option: "--size")
        let group = try resolver(style.group, option: "--group")
        let caption = try resolver(style.label, option: "--label")
        for i in nodes.indices {
            let id = NodeID(nodes[i].id)
            if let color { nodes[i].color = color(id) }
            if let size { nodes[i].size = size(id) }
            if let group { nodes[i].group = group(id) }
            if let caption { nodes[i].caption = displayText(caption(id)) }
        }
        if style.geographic { placeOnMap(graph) }
        // Ties bring their own weights; relationships take the width property (a width naming no
        // property is an error unless it names the ties' weight column).
        if let width = style.width, let key = graph.propertyKeyID(width.by) {
            for i in edges.indices {
                guard let id = edges[i].id, let value = graph.property(key, of: RelationshipID(id)) else { continue }
                guard let number = value.numericValue else {
                    throw .notNumbers(option: "--width", by: width.by, example: "\(value.typeName.lowercased()) values such as \(value.literal)")
                }
                edges[i].weight = number
            }
        } else if let width = style.width, !edges.contains(where: { $0.id == nil }) {
            throw .unknownField(option: "--width", by: width.by, columns: [], labels: [])
        }
    }

    /// Positions from the nodes' coordinates; a node without them goes to the mean position of its
    /// placed neighbours; nodes that still have none are left out, with their edges.
    mutating func placeOnMap(_ graph: PropertyGraph) {
        let keys = (graph.propertyKeyID(Geography.latitudeKey), graph.propertyKeyID(Geography.longitudeKey))
        var placed: [Int: PlanePoint] = [:]
        if let latitudeKey = keys.0, let longitudeKey = keys.1 {
            for node in nodes {
                let id = NodeID(node.id)
                if let latitude = graph.property(latitudeKey, of: id)?.numericValue, let longitude = graph.property(longitudeKey, of: id)?.numericValue,
                    (-90...90).contains(latitude), (-180...180).contains(longitude)
                {
                    placed[node.id] = Geography.project(latitude: latitude, longitude: longitude)
                }
            }
        }
        var neighbours: [Int: [Int]] = [:]
        for edge in edges {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        var centred: [Int: PlanePoint] = [:]
        for node in nodes where placed[node.id] == nil {
            let points = (neighbours[node.id] ?? []).compactMap { placed[$0] }
            guard !points.isEmpty else { continue }
            let count = Double(points.count)
            centred[node.id] = PlanePoint(x: points.map(\.x).reduce(0, +) / count, y: points.map(\.y).reduce(0, +) / count)
        }
        placed.merge(centred) { a, _ in a }
        let before = nodes.count
        nodes = nodes.compactMap { node in
            guard let point = placed[node.id] else { return nil }
            var node = node
            node.position = point
            return node
        }
        edges = edges.filter { placed[$0.from] != nil && placed[$0.to] != nil }
        unplaced = before - nodes.count
    }

    /// The node's caption by the naming properties.
    static func caption(of id: NodeID, in graph: PropertyGraph) -> String {
        caption(of: id, labels: graph.labels(of: id).map { graph.name(of: $0) }, in: graph)
    }
}
