// Indexes a snapshot restores are filled when first read (PropertyIndex). Checked here against an index
// built from scratch: random writes made before the first read (set, remove, label added and removed,
// nodes created and deleted, some rolled back) must leave the filled index answering every value as a
// fresh one does; a uniqueness constraint restored unfilled still refuses a duplicate at commit; and an
// index filled inside a transaction that rolls back stays consistent with the graph.

import CypherTesting
import Testing

@testable import GraphStore

@Suite struct UnfilledIndexTests {
    /// A graph with an index on (:L {k}), written to a snapshot and restored.
    func restored(_ random: inout SeededGenerator, nodes: Int) throws -> PropertyGraph {
        let graph = PropertyGraph()
        let l = graph.internLabel("L"), m = graph.internLabel("M"), k = graph.internPropertyKey("k")
        for _ in 0..<nodes {
            let labels = [[l], [m], [l, m], []][random.next(4)]
            try graph.createNode(labels: labels, properties: random.next(4) == 0 ? [] : [(k, .int(Int64(random.next(6))))])
        }
        try graph.createIndex(label: l, key: k, name: "by_k")
        return try PropertyGraph.restoring(snapshot: graph.encodedSnapshot(sequence: 0)).graph
    }

    /// Every value's holders in the graph's index against an index built now.
    func expectMatchesAFreshIndex(_ graph: PropertyGraph) throws {
        let l = try #require(graph.labelID("L")), k = try #require(graph.propertyKeyID("k"))
        let index = try #require(graph.propertyIndex(label: l, key: k))
        let fresh = graph.buildIndex(PropertyIndexKey(label: l, key: k), name: "fresh")
        for v in -1..<8 {
            let value = Value.int(Int64(v))
            #expect(Array(index.lookup(value)) == Array(fresh.lookup(value)), "value \(v)")
        }
        #expect(index.distinctValues == fresh.distinctValues)
    }

    @Test(arguments: 0..<40)
    func writesBeforeTheFirstReadAreInTheFilledIndex(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let graph = try restored(&random, nodes: 5 + random.next(20))
        let key = PropertyIndexKey(label: try #require(graph.labelID("L")), key: try #require(graph.propertyKeyID("k")))
        #expect(graph.propertyIndexes[key]?.isFilled == false)
        let l = key.label, m = try #require(graph.labelID("M")), k = key.key
        for _ in 0..<(1 + random.next(12)) {
            let nodes = graph.allNodeIDs
            guard let node = nodes.isEmpty ? nil : nodes[random.next(nodes.count)] else { break }
            let write = { () throws in
                switch random.next(6) {
                case 0: try graph.setProperty(k, of: node, to: random.next(3) == 0 ? .null : .int(Int64(random.next(6))))
                case 1: try graph.addLabel(l, to: node)
                case 2: try graph.removeLabel(l, from: node)
                case 3: try graph.createNode(labels: [l, m], properties: [(k, .int(Int64(random.next(6))))])
                case 4: try graph.deleteNode(node, detach: true)
                default: try graph.addLabel(m, to: node)
                }
            }
            if random.next(4) == 0 {
                struct Abort: Error {}
                _ = try? graph.transaction {
                    try write()
                    throw Abort()
                }
            } else {
                try graph.transaction { try write() }
            }
        }
        #expect(graph.propertyIndexes[key]?.isFilled == false)
        try expectMatchesAFreshIndex(graph)
        #expect(graph.propertyIndexes[key]?.isFilled == true)
        // Writes after the fill are kept in step as before.
        let node = try graph.createNode(labels: [l], properties: [(k, .int(7))])
        try graph.setProperty(k, of: node, to: .int(6))
        try expectMatchesAFreshIndex(graph)
    }

    @Test func aRestoredConstraintRefusesADuplicateBeforeItsIndexWasRead() throws {
        let graph = PropertyGraph()
        let l = graph.internLabel("L"), k = graph.internPropertyKey("k")
        for v in 0..<5 { try graph.createNode(labels: [l], properties: [(k, .int(Int64(v)))]) }
        try graph.createUniqueConstraint(label: l, key: k, name: "unique_k")
        let copy = try PropertyGraph.restoring(snapshot: graph.encodedSnapshot(sequence: 0)).graph
        #expect(copy.propertyIndexes[PropertyIndexKey(label: l, key: k)]?.isFilled == false)
        #expect(throws: GraphStoreError.self) {
            try copy.transaction { try copy.createNode(labels: [l], properties: [(k, .int(3))]) }
        }
        #expect(copy.nodeCount == 5)
        _ = try copy.transaction { try copy.createNode(labels: [l], properties: [(k, .int(9))]) }
        #expect(copy.nodeCount == 6)
    }

    @Test func anIndexFilledInARolledBackTransactionStaysInStep() throws {
        var random = SeededGenerator(seed: 99)
        let graph = try restored(&random, nodes: 12)
        let l = try #require(graph.labelID("L")), k = try #require(graph.propertyKeyID("k"))
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try graph.transaction {
                try graph.createNode(labels: [l], properties: [(k, .int(5))])
                _ = graph.propertyIndex(label: l, key: k)  // filled here, holding the new node
                try graph.createNode(labels: [l], properties: [(k, .int(4))])
                throw Abort()
            }
        }
        try expectMatchesAFreshIndex(graph)
    }
}
