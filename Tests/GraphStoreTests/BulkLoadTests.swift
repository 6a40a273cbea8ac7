// createRelationships (a bulk load's one call) against createRelationship one at a time, on random
// graphs that already have relationships of several types: the same records, ids, type sets and
// adjacency lists in the same order, also when a batch adds types that sort before a node's earlier
// entries; a batch with a bad element changes nothing; and a rolled-back batch leaves the graph as it was.

import CypherTesting
import Testing

@testable import GraphStore

@Suite struct BulkLoadTests {
    /// A graph of `nodes` nodes and `relationships` relationships of random types among `types`.
    func graph(_ random: inout SeededGenerator, nodes: Int, relationships: Int, types: [RelationshipTypeID]) throws -> PropertyGraph {
        let graph = PropertyGraph()
        for name in ["A", "B", "C", "D"] { _ = graph.internRelationshipType(name) }
        let w = graph.internPropertyKey("w")
        _ = graph.internPropertyKey("other")
        for _ in 0..<nodes { try graph.createNode(labels: []) }
        for _ in 0..<relationships {
            try graph.createRelationship(
                type: types[random.next(types.count)], from: NodeID(random.next(nodes)), to: NodeID(random.next(nodes)),
                properties: [(w, .int(Int64(random.next(5))))])
        }
        return graph
    }

    func lists(_ graph: PropertyGraph) -> [[AdjacencyEntry]] {
        (0..<graph.nodeIDBound).flatMap { node in
            [Array(graph.adjacency(of: NodeID(node), .outgoing).entries), Array(graph.adjacency(of: NodeID(node), .incoming).entries)]
        }
    }

    @Test(arguments: 0..<30)
    func aBatchGivesWhatOneAtATimeGives(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let nodes = 1 + random.next(12)
        // Earlier relationships of the later types only, then batches of any type: a node's new entries
        // must sort before its old ones.
        let bulk = try graph(&random, nodes: nodes, relationships: random.next(30), types: [RelationshipTypeID(2), RelationshipTypeID(3)])
        // The same graph, built from `bulk`'s records, to take the batches one relationship at a time.
        let same = PropertyGraph()
        for name in ["A", "B", "C", "D"] { _ = same.internRelationshipType(name) }
        let w = same.internPropertyKey("w"), other = same.internPropertyKey("other")
        for _ in 0..<nodes { try same.createNode(labels: []) }
        for id in bulk.allRelationshipIDs {
            let record = try #require(bulk.relationship(id))
            try same.createRelationship(type: record.type, from: record.start, to: record.end, properties: Array(record.properties.entries))
        }
        for _ in 0..<(1 + random.next(3)) {
            var batch: [NewRelationship] = []
            for _ in 0..<random.next(25) {
                let properties: [(PropertyKeyID, Value)] =
                    random.next(3) == 0 ? [] : random.next(2) == 0 ? [(w, .int(7))] : [(other, .string("x")), (w, .null)]
                batch.append(
                    NewRelationship(
                        type: RelationshipTypeID(Int32(random.next(4))), start: NodeID(random.next(nodes)), end: NodeID(random.next(nodes)),
                        properties: properties))
            }
            let ids = try bulk.createRelationships(batch)
            for relationship in batch {
                let id = try same.createRelationship(
                    type: relationship.type, from: relationship.start, to: relationship.end, properties: Array(relationship.properties.entries))
                #expect(ids.contains(id.rawValue))
            }
        }
        let sameRecords = bulk.encodedSnapshot(sequence: 0) == same.encodedSnapshot(sequence: 0)
        #expect(sameRecords)
        let sameLists = lists(bulk) == lists(same)
        #expect(sameLists)
        #expect(bulk.relationshipCount == same.relationshipCount)
        for type in 0..<4 {
            let t = RelationshipTypeID(Int32(type))
            #expect(Array(bulk.relationships(ofType: t)) == Array(same.relationships(ofType: t)))
        }
    }

    @Test func aBadElementChangesNothing() throws {
        let graph = PropertyGraph()
        let r = graph.internRelationshipType("R"), key = graph.internPropertyKey("p")
        let a = try graph.createNode(labels: []), b = try graph.createNode(labels: [])
        try graph.createRelationship(type: r, from: a, to: b)
        let before = graph.encodedSnapshot(sequence: 0)
        let batch = [
            NewRelationship(type: r, start: b, end: a), NewRelationship(type: r, start: a, end: NodeID(9)),
        ]
        #expect(throws: BulkRelationshipError(index: 1, error: .nodeNotFound(NodeID(9)))) { try graph.createRelationships(batch) }
        let badValue = [NewRelationship(type: r, start: a, end: b, properties: [(key, .map(ValueMap()))])]
        #expect(throws: BulkRelationshipError.self) { try graph.createRelationships(badValue) }
        #expect(graph.encodedSnapshot(sequence: 0) == before)
        #expect(graph.adjacency(of: a, .outgoing).count == 1)
    }

    @Test func aRolledBackBatchLeavesTheGraphAsItWas() throws {
        var random = SeededGenerator(seed: 5)
        let graph = try graph(&random, nodes: 6, relationships: 10, types: [RelationshipTypeID(1), RelationshipTypeID(3)])
        let before = graph.encodedSnapshot(sequence: 0), beforeLists = lists(graph)
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try graph.transaction {
                try graph.createRelationships([
                    NewRelationship(type: RelationshipTypeID(0), start: NodeID(1), end: NodeID(2)),
                    NewRelationship(type: RelationshipTypeID(2), start: NodeID(2), end: NodeID(2)),
                ])
                throw Abort()
            }
        }
        #expect(graph.encodedSnapshot(sequence: 0) == before)
        #expect(lists(graph) == beforeLists)
    }
}
