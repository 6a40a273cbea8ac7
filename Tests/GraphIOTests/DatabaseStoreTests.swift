// Durable storage: a snapshot restores the graph exactly (ids, adjacency order, indexes); every commit
// logged replays to the graph in memory, across checkpoints; a torn last record is cut off cleanly at
// every byte it could be torn at; a second writer is refused while a reader may still open.

import ClusterAnalysis
import Cypher
import CypherTesting
import Foundation
import GraphIO
import GraphStore
import Testing

/// Everything observable of a graph, ids included, as text.
func storageFingerprint(_ g: PropertyGraph) -> String {
    var lines = ["bounds \(g.nodeIDBound) \(g.relationshipIDBound) counts \(g.nodeCount) \(g.relationshipCount)"]
    for i in 0..<g.nodeIDBound {
        guard let node = g.node(NodeID(i)) else { continue }
        let labels = node.labels.map { g.name(of: $0) }.sorted()
        let properties = node.properties.entries.map { "\(g.name(of: $0.0))=\($0.1.literal)" }.sorted()
        let out = node.outgoing.entries.map { "\(g.name(of: $0.type)):\($0.relationship.rawValue)>\($0.neighbor.rawValue)" }
        let incoming = node.incoming.entries.map { "\(g.name(of: $0.type)):\($0.relationship.rawValue)<\($0.neighbor.rawValue)" }
        lines.append("n\(i) \(labels) \(properties) \(out) \(incoming)")
    }
    for i in 0..<g.relationshipIDBound {
        guard let r = g.relationship(RelationshipID(i)) else { continue }
        let properties = r.properties.entries.map { "\(g.name(of: $0.0))=\($0.1.literal)" }.sorted()
        lines.append("r\(i) \(g.name(of: r.type)) \(r.start.rawValue)->\(r.end.rawValue) \(properties)")
    }
    for element in g.schemaElements { lines.append("schema \(element)") }
    for label in g.labelsInUse {
        lines.append("label \(g.name(of: label)) \(g.nodes(withLabel: label).ids)")
        for key in (0..<g.propertyKeyNames.names.count).map({ PropertyKeyID(Int32($0)) }) {
            guard let index = g.propertyIndex(label: label, key: key) else { continue }
            for id in g.nodes(withLabel: label) {
                if let v = g.property(key, of: NodeID(id)) { lines.append("index \(index.name) \(v.literal) -> \(index.lookup(v).ids)") }
            }
        }
    }
    return lines.joined(separator: "\n")
}

@Suite struct DatabaseStoreTests {
    func directory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cg-store-\(UUID().uuidString)").path
    }

    @Test func aSnapshotRestoresTheGraphExactly() throws {
        let database = GraphDatabase()
        try database.executeScript(BundledDataset.script)
        try database.executeScript("CREATE INDEX FOR (c:Country) ON (c.iso); MATCH (r:Region) WITH r LIMIT 5 DETACH DELETE r")
        // A uniqueness constraint (with the index it brings), and a node with more labels than fit in a
        // node's label bits.
        try database.executeScript("CREATE (:U {k: 1}), (:U {k: 2}); CREATE CONSTRAINT FOR (u:U) REQUIRE u.k IS UNIQUE")
        try database.executeScript("CREATE (:" + (1...70).map { "L\($0)" }.joined(separator: ":") + " {k: 3})")
        let (restored, sequence) = try PropertyGraph.restoring(snapshot: database.graph.encodedSnapshot(sequence: 42))
        #expect(sequence == 42)
        #expect(storageFingerprint(restored) == storageFingerprint(database.graph))
    }

    /// A restored graph's adjacency lists are slices of one shared array; writes after the restore —
    /// relationships of a lower type inserted in the middle of a list, relationships removed, nodes
    /// detached — must leave the graph the same writes leave the original, and reads see them all.
    @Test func writesAfterARestoreChangeTheSharedListsLikeOwnOnes() throws {
        let original = GraphDatabase()
        try original.executeScript(BundledDataset.script)
        let (restored, _) = try PropertyGraph.restoring(snapshot: original.graph.encodedSnapshot(sequence: 1))
        let copy = GraphDatabase(graph: restored)
        let writes = [
            "MATCH (r:Region {code: 'SE224'}), (c:Cluster) CREATE (r)-[:AAA_FIRST_TYPE {n: 1}]->(c)",
            "MATCH (c:Cluster {id: 'EU-C6'})-[s:SPANS]->(r:Region {code: 'SE231'}) DELETE s",
            "MATCH (r:Region {code: 'DK01'}) DETACH DELETE r",
            "MATCH (a:Region {code: 'SE224'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:ADJACENT {kind: 'test'}]->(b), (b)-[:ADJACENT {kind: 'test'}]->(a)",
            // Statements that write read the store's own lists (not the CSR copy): walks of every kind.
            "MATCH (r:Region {code: 'SE224'})-[*1..2]-(x) WITH count(DISTINCT x) AS n CREATE (:Reached {n: n})",
            "MATCH p = shortestPath((a:Region {code: 'SE224'})-[*]-(b:Region {code: 'FI1D9'})) CREATE (:Path {length: length(p)})",
            "MATCH (c:Country)<-[:IN]-(:Region)<-[:SPANS]-(k:Cluster) WITH c, count(DISTINCT k) AS n CREATE (:CountryClusters {iso: c.iso, n: n})",
        ]
        for write in writes {
            try original.executeScript(write)
            try copy.executeScript(write)
        }
        #expect(storageFingerprint(copy.graph) == storageFingerprint(original.graph))
        let query = "MATCH (r:Region {code: 'SE224'})-[e]-(x) RETURN type(e) AS t, count(*) AS n ORDER BY t"
        #expect(try copy.execute(query).rows == original.execute(query).rows)
        #expect(try copy.execute("MATCH (:Region {code: 'SE224'})-[:AAA_FIRST_TYPE]->(c) RETURN count(c)").rows == [[.int(14)]])
    }

    @Test func aDamagedSnapshotIsAnError() throws {
        var bytes = GraphDatabase().graph.encodedSnapshot(sequence: 1)
        bytes[bytes.count / 2] ^= 0xFF
        #expect(throws: CorruptData.self) { try PropertyGraph.restoring(snapshot: bytes) }
        #expect(throws: CorruptData.self) { try PropertyGraph.restoring(snapshot: Array(bytes.prefix(10))) }
    }

    @Test func aSnapshotOfAnotherFormatNamesItsVersion() throws {
        var bytes = GraphDatabase().graph.encodedSnapshot(sequence: 1)
        bytes.replaceSubrange(0..<8, with: Array("CGSNAP01".utf8))
        let error = #expect(throws: CorruptData.self) { try PropertyGraph.restoring(snapshot: bytes) }
        #expect(error?.description == "a snapshot of format 01; this version reads format 02")
    }

    /// Random writes, each logged; the directory reopened now and then (once after a checkpoint) must
    /// hold exactly the graph in memory.
    @Test(arguments: [UInt64(1), 2, 3])
    func everyCommitReplaysToTheSameGraph(seed: UInt64) throws {
        let path = directory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var random = SeededGenerator(seed: seed)
        let database = GraphDatabase()
        try database.executeScript(RandomGraph(&random, maxNodes: 12).script)
        let store = try DatabaseStore.create(path, with: database.graph)
        database.afterCommit = { try store.commit(database.graph) }
        let statements = [
            "CREATE (:A {x: $i, s: 'n' + toString($i)})",
            "MATCH (n:A) WHERE n.x % 3 = $i % 3 SET n.y = $i, n:B",
            "MATCH (a), (b) WHERE a.id = $i % 7 AND b.id = $i % 5 CREATE (a)-[:R {w: $i}]->(b)",
            "MATCH (n) WHERE n.x = $i - 4 DETACH DELETE n",
            "MATCH ()-[r:R]->() WHERE r.w % 4 = 0 DELETE r",
            "MATCH (n:B) REMOVE n:B, n.s",
            "MERGE (m:M {k: $i % 6}) ON MATCH SET m.hits = coalesce(m.hits, 0) + 1",
            "CREATE INDEX IF NOT EXISTS FOR (n:A) ON (n.x)",
            "CREATE (:Temp) WITH 1 AS one MATCH (t:Temp) DELETE t",
            "DROP INDEX index_A_x IF EXISTS",
        ]
        for i in 0..<120 {
            _ = try database.execute(random.pick(statements), parameters: ["i": .int(Int64(i))])
            if i == 60 { try store.checkpoint(database.graph) }
            if i % 20 == 19 {
                let (reader, graph) = try DatabaseStore.open(path, readOnly: true)
                #expect(storageFingerprint(graph) == storageFingerprint(database.graph), "after statement \(i)")
                reader.close()
            }
        }
        // Ids handed out after a reopen are those the original would hand out.
        store.close()
        database.afterCommit = nil
        let (reopened, graph) = try DatabaseStore.open(path)
        let next = GraphDatabase(graph: graph)
        next.afterCommit = { try reopened.commit(graph) }
        _ = try next.execute("CREATE (:Last)")
        _ = try database.execute("CREATE (:Last)")
        #expect(storageFingerprint(graph) == storageFingerprint(database.graph))
    }

    /// A process killed mid-append leaves part of a record: opening cuts it off wherever it was torn, the
    /// graph is that of the last whole record, and the next commit follows it.
    @Test func aTornLastRecordIsCutOffCleanly() throws {
        let path = directory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = GraphDatabase()
        let store = try DatabaseStore.create(path, with: database.graph)
        database.afterCommit = { try store.commit(database.graph) }
        _ = try database.execute("CREATE (:A {k: 1})-[:R]->(:B {k: 2})")
        let before = storageFingerprint(database.graph)
        let logBefore = try Data(contentsOf: URL(fileURLWithPath: path + "/log"))
        _ = try database.execute("MATCH (a:A) SET a.k = 10 CREATE (a)-[:S]->(:C {name: 'tail'})")
        let after = storageFingerprint(database.graph)
        store.close()
        let log = try Data(contentsOf: URL(fileURLWithPath: path + "/log"))
        for cut in logBefore.count...log.count {
            try log.prefix(cut).write(to: URL(fileURLWithPath: path + "/log"))
            let (reopened, graph) = try DatabaseStore.open(path)
            #expect(storageFingerprint(graph) == (cut == log.count ? after : before), "cut at \(cut) of \(log.count)")
            if cut == logBefore.count + 3 {
                let next = GraphDatabase(graph: graph)
                next.afterCommit = { try reopened.commit(graph) }
                _ = try next.execute("CREATE (:D)")
                reopened.close()
                let (_, again) = try DatabaseStore.open(path, readOnly: true)
                #expect(storageFingerprint(again) == storageFingerprint(graph))
            }
            reopened.close()
        }
    }

    /// Damage before the last record is not a torn append: opening fails, and nothing is cut off.
    @Test func damageInsideTheLogIsAnErrorNotATruncation() throws {
        let path = directory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = GraphDatabase()
        let store = try DatabaseStore.create(path, with: database.graph)
        database.afterCommit = { try store.commit(database.graph) }
        _ = try database.execute("CREATE (:A {k: 1})")
        _ = try database.execute("CREATE (:B {k: 2})")
        store.close()
        let url = URL(fileURLWithPath: path + "/log")
        var log = try Data(contentsOf: url)
        log[12] ^= 0xFF  // inside the first record's payload
        try log.write(to: url)
        do {
            _ = try DatabaseStore.open(path)
            Issue.record("a damaged log opened")
        } catch {
            #expect(error.description.contains("damaged"), "\(error)")
        }
        #expect(try Data(contentsOf: url) == log, "the damaged log was changed")
    }

    @Test func aSecondWriterIsRefusedAndAReaderMayOpen() throws {
        let path = directory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = GraphDatabase()
        _ = try database.execute("CREATE (:A)")
        let writer = try DatabaseStore.create(path, with: database.graph)
        do {
            _ = try DatabaseStore.open(path)
            Issue.record("a second writer opened the database")
        } catch {
            #expect(error.description.contains("open in another process"), "\(error)")
        }
        let (_, graph) = try DatabaseStore.open(path, readOnly: true)
        #expect(graph.nodeCount == 1)
        writer.close()
        let (second, _) = try DatabaseStore.open(path)
        second.close()
    }
}
