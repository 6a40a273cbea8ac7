// Unit tests of the store: creation, deletion, indexes and the all-or-nothing transaction.

import Testing

@testable import GraphStore

@Suite struct PropertyGraphTests {
    @Test func createsNodesAndRelationships() throws {
        let g = PropertyGraph()
        let person = g.internLabel("Person")
        let name = g.internPropertyKey("name")
        let knows = g.internRelationshipType("KNOWS")
        let a = try g.createNode(labels: [person], properties: [(name, .string("Ann"))])
        let b = try g.createNode(labels: [person], properties: [(name, .string("Bob"))])
        let r = try g.createRelationship(type: knows, from: a, to: b)
        #expect(g.nodeCount == 2)
        #expect(g.relationshipCount == 1)
        #expect(g.adjacency(of: a, .outgoing).entries.map(\.neighbor) == [b])
        #expect(g.adjacency(of: b, .incoming).entries.map(\.relationship) == [r])
        #expect(g.property(name, of: b) == .string("Bob"))
        #expect(g.nodes(withLabel: person).ids == [0, 1])
    }

    @Test func failedTransactionLeavesGraphUnchanged() throws {
        let g = PropertyGraph()
        let label = g.internLabel("L")
        let key = g.internPropertyKey("k")
        let a = try g.createNode(labels: [label], properties: [(key, .int(1))])
        try g.createIndex(label: label, key: key, name: nil)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try g.transaction {
                let b = try g.createNode(labels: [label], properties: [(key, .int(2))])
                try g.setProperty(key, of: a, to: .int(5))
                _ = try g.createRelationship(type: g.internRelationshipType("T"), from: a, to: b)
                try g.deleteNode(a, detach: true)
                throw Boom()
            }
        }
        #expect(g.nodeCount == 1)
        #expect(g.relationshipCount == 0)
        #expect(g.property(key, of: a) == .int(1))
        #expect(g.propertyIndex(label: label, key: key)?.lookup(.int(1)).ids == [0])
        #expect(g.propertyIndex(label: label, key: key)?.lookup(.int(2)).isEmpty == true)
        #expect(g.nodeIDBound == 1)
    }

    /// A rolled-back transaction that created many nodes and relationships gives the room back: removing
    /// array elements keeps capacity, and a statement stopped by the memory limit must not leave the
    /// process holding what it took.
    @Test func rollbackGivesBackTheRoomOfWhatItCreated() throws {
        let g = PropertyGraph()
        let label = g.internLabel("L")
        let type = g.internRelationshipType("T")
        let kept = try g.createNode(labels: [label])
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try g.transaction {
                for _ in 0..<50_000 {
                    let node = try g.createNode(labels: [label])
                    try g.createRelationship(type: type, from: kept, to: node)
                }
                throw Boom()
            }
        }
        #expect(g.nodeIDBound == 1 && g.relationshipIDBound == 0)
        #expect(g.nodeProperties.capacity < 4096 && g.outgoingLists.capacity < 4096)
        #expect(g.relationshipStarts.capacity < 4096 && g.relationshipProperties.capacity < 4096)
        #expect(g.nodes(withLabel: label).ids.capacity < 4096)
        #expect(g.adjacency(of: kept, .outgoing).isEmpty)
    }

    @Test func refusesToDeleteConnectedNode() throws {
        let g = PropertyGraph()
        let a = try g.createNode(labels: [])
        let b = try g.createNode(labels: [])
        try g.createRelationship(type: g.internRelationshipType("T"), from: a, to: b)
        #expect(throws: GraphStoreError.nodeHasRelationships(a, count: 1)) { try g.deleteNode(a) }
        try g.deleteNode(a, detach: true)
        #expect(g.nodeCount == 1)
        #expect(g.relationshipCount == 0)
        #expect(g.adjacency(of: b, .incoming).isEmpty)
    }

    @Test func uniqueConstraintIsCheckedAtCommit() throws {
        let g = PropertyGraph()
        let label = g.internLabel("C")
        let key = g.internPropertyKey("id")
        try g.createUniqueConstraint(label: label, key: key, name: "c_id")
        try g.transaction { _ = try g.createNode(labels: [label], properties: [(key, .string("x"))]) }
        #expect(throws: GraphStoreError.self) {
            try g.transaction { _ = try g.createNode(labels: [label], properties: [(key, .string("x"))]) }
        }
        #expect(g.nodeCount == 1)
    }

    @Test func equivalenceMakesIntegerAndFloatEqual() {
        #expect(Value.int(1) == Value.float(1.0))
        #expect(Value.int(1).hashValue == Value.float(1.0).hashValue)
        #expect(Value.float(.nan) == Value.float(.nan))
        #expect(Value.int(1).cypherEquals(.null) == nil)
        #expect(Value.list([.int(1), .null]).cypherEquals(.list([.int(2), .null])) == false)
    }

    @Test func floatsPrintLikeJava() {
        #expect(Value.formatFloat(1.0) == "1.0")
        #expect(Value.formatFloat(0.001) == "0.001")
        #expect(Value.formatFloat(1e7) == "1.0E7")
        #expect(Value.formatFloat(1.5e-4) == "1.5E-4")
        #expect(Value.formatFloat(-123.456) == "-123.456")
        #expect(Value.formatFloat(1e-305) == "1.0E-305")
    }
}
