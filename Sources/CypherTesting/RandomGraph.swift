// Random small property graphs for differential testing: few labels and types, small value ranges (so
// equalities and duplicates happen), self-loops and parallel relationships, nulls, temporal values (dates,
// and a local datetime that no date compares with), and optionally property indexes. Each node and relationship has a unique `id` so answers can be read by a person.

/// A random property graph, kept as data so a failing case can be shrunk element by element.
public struct RandomGraph: Sendable {
    public struct Node: Sendable {
        public var id: Int
        public var labels: [String]
        public var x: Int?
        public var s: String?
        /// A temporal literal (`date('2019-01-02')`, …) or nil.
        public var d: String?
    }

    public struct Relationship: Sendable {
        public var id: Int
        public var type: String
        public var from: Int
        public var to: Int
        public var w: Int?
    }

    public var nodes: [Node]
    public var relationships: [Relationship]
    /// `CREATE INDEX` statements run before the data is created.
    public var indexes: [String]

    public static let labels = ["A", "B", "C"]
    public static let types = ["R", "S", "T"]
    public static let strings = ["a", "ab", "b", "ba", ""]
    public static let temporals = ["date('2019-01-01')", "date('2019-01-02')", "date('2020-02-29')", "localdatetime('2019-01-01T00:00')"]

    /// A graph of up to `maxNodes` nodes and about twice as many relationships.
    public init(_ random: inout SeededGenerator, maxNodes: Int = 10) {
        let nodeCount = 1 + random.next(maxNodes)
        nodes = (0..<nodeCount).map { i in
            var labels: [String] = []
            for label in Self.labels where random.chance(0.4) { labels.append(label) }
            return Node(
                id: i, labels: labels, x: random.chance(0.8) ? random.next(4) : nil,
                s: random.chance(0.8) ? random.pick(Self.strings) : nil, d: random.chance(0.5) ? random.pick(Self.temporals) : nil)
        }
        let relationshipCount = nodeCount / 2 + random.next(nodeCount * 2 + 1)
        relationships = (0..<relationshipCount).map { i in
            Relationship(
                id: 100 + i, type: random.pick(Self.types), from: random.next(nodeCount), to: random.next(nodeCount),
                w: random.chance(0.7) ? random.next(3) : nil)
        }
        indexes = []
        if random.chance(0.5) { indexes.append("CREATE INDEX FOR (n:A) ON (n.x)") }
        if random.chance(0.3) { indexes.append("CREATE INDEX FOR (n:B) ON (n.s)") }
        if random.chance(0.3) { indexes.append("CREATE INDEX FOR (n:C) ON (n.d)") }
    }

    /// The statements that build the graph: indexes first, then one CREATE of everything.
    public var statements: [String] {
        var elements: [String] = []
        for node in nodes {
            var properties = ["id: \(node.id)"]
            if let x = node.x { properties.append("x: \(x)") }
            if let s = node.s { properties.append("s: '\(s)'") }
            if let d = node.d { properties.append("d: \(d)") }
            elements.append("(n\(node.id)\(node.labels.map { ":" + $0 }.joined()) {\(properties.joined(separator: ", "))})")
        }
        for r in relationships {
            var properties = ["id: \(r.id)"]
            if let w = r.w { properties.append("w: \(w)") }
            elements.append("(n\(r.from))-[:\(r.type) {\(properties.joined(separator: ", "))}]->(n\(r.to))")
        }
        return indexes + (elements.isEmpty ? [] : ["CREATE " + elements.joined(separator: ",\n       ")])
    }

    /// The graph as one script, statements separated by `;`.
    public var script: String { statements.joined(separator: ";\n") + "\n" }

    /// Smaller variants of this graph, for shrinking a failing case: without one node (and its
    /// relationships), without one relationship, without an index.
    public var shrunk: [RandomGraph] {
        var variants: [RandomGraph] = []
        for i in indexes.indices {
            var g = self
            g.indexes.remove(at: i)
            variants.append(g)
        }
        for node in nodes {
            var g = self
            g.nodes.removeAll { $0.id == node.id }
            g.relationships.removeAll { $0.from == node.id || $0.to == node.id }
            variants.append(g)
        }
        for r in relationships {
            var g = self
            g.relationships.removeAll { $0.id == r.id }
            variants.append(g)
        }
        return variants
    }
}
