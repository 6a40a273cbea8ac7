// The picture's content: the nodes and relationships to draw, each with a caption and a category that
// picks its style. It is built from a PropertyGraph and the element ids a query returned, so the same
// picture comes out of the CLI, the shell and tests; DOTWriter turns it into DOT text.

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
    }

    public struct Edge: Sendable, Equatable {
        /// The relationship's id, or nil for a tie drawn from a query's columns.
        public var id: Int?
        public var from: Int
        public var to: Int
        /// The relationship type, or the tie's weight, written on the edge.
        public var caption: String
        /// A tie's weight, which sets the line's width.
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
}
