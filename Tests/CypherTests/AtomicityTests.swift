// All-or-nothing statements: a write that fails part-way — a uniqueness violation on the 1,000th row of an
// UNWIND, a DELETE of a node that still has relationships — leaves the graph exactly as it was: counts,
// properties, labels and indexes. A script loaded with an error in one statement loads nothing.

import Testing

@testable import Cypher

/// Everything observable about a graph, as text, for before/after comparisons.
func fingerprint(_ db: GraphDatabase) throws -> String {
    let g = db.graph
    var lines: [String] = ["nodes \(g.nodeCount) relationships \(g.relationshipCount)"]
    for id in g.allNodeIDs { lines.append(g.render(.node(id))) }
    for id in g.allRelationshipIDs {
        guard let (s, e) = g.endpoints(of: id) else { continue }
        lines.append("\(s.rawValue)-\(g.render(.relationship(id)))->\(e.rawValue)")
    }
    for element in g.schemaElements { lines.append("schema \(element)") }
    for label in g.labelsInUse {
        for key in (0..<g.propertyKeyNames.count).map({ PropertyKeyID(Int32($0)) }) {
            guard let index = g.propertyIndex(label: label, key: key) else { continue }
            for id in g.nodes(withLabel: label) {
                if let v = g.property(key, of: NodeID(id)) { lines.append("index \(index.name) \(v.literal) -> \(index.lookup(v).ids)") }
            }
        }
    }
    lines.append(try db.execute("MATCH (n:Item) WHERE n.key = 'k7' RETURN count(n) AS c").rows.description)
    return lines.joined(separator: "\n")
}

@Suite struct AtomicityTests {
    func seeded() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript(
            """
            CREATE CONSTRAINT item_key FOR (n:Item) REQUIRE n.key IS UNIQUE;
            CREATE INDEX item_rank FOR (n:Item) ON (n.rank);
            UNWIND range(0, 9) AS i CREATE (:Item {key: 'k' + i, rank: i});
            MATCH (a:Item {key: 'k1'}), (b:Item {key: 'k2'}) CREATE (a)-[:NEXT {w: 1}]->(b)
            """)
        return db
    }

    @Test func uniquenessViolationOnTheThousandthRowChangesNothing() throws {
        let db = try seeded()
        let before = try fingerprint(db)
        do {
            // Rows 0..998 create new keys and touch existing nodes; row 999 repeats an existing key.
            _ = try db.execute(
                """
                UNWIND range(0, 999) AS i
                MATCH (anchor:Item {key: 'k0'})
                SET anchor.rank = i, anchor:Touched
                CREATE (:Item {key: CASE WHEN i = 999 THEN 'k5' ELSE 'new' + i END, rank: -i})
                """)
            Issue.record("expected a constraint violation")
        } catch {
            #expect(error.category == .constraintVerificationFailed)
        }
        #expect(try fingerprint(db) == before)
        #expect(try db.execute("MATCH (n:Touched) RETURN count(n)").rows == [[.int(0)]])
        #expect(try db.execute("MATCH (n:Item {rank: 0}) RETURN n.key").rows == [[.string("k0")]], "index still finds the old value")
    }

    @Test func deletingAConnectedNodeChangesNothing() throws {
        let db = try seeded()
        let before = try fingerprint(db)
        #expect(throws: CypherError.self) {
            try db.execute("MATCH (n:Item) SET n.seen = true REMOVE n:Item WITH n WHERE n.key IN ['k0', 'k1'] DELETE n")
        }
        #expect(try fingerprint(db) == before)
    }

    @Test func scriptWithAnErrorLoadsNothing() throws {
        let db = GraphDatabase()
        let script = """
            CREATE (:Country {iso: 'SE'});
            CREATE (:Country {iso: 'DK'});
            // the next statement is malformed
            MATCH (a:Country {iso: 'SE'}), (b:Country {iso: 'DK'})
            CREATE (a)-[:BORDERS {kind: 'fixed_link'}->(b);
            CREATE (:Country {iso: 'FI'})
            """
        do {
            try db.executeScript(script, fileName: "broken.cypher")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.category == .syntaxError)
            #expect(error.report.contains("--> broken.cypher:5:42"), "\(error.report)")
            #expect(error.report.contains("CREATE (a)-[:BORDERS {kind: 'fixed_link'}->(b)"))
        }
        #expect(db.graph.nodeCount == 0)
    }

    @Test func runtimeErrorInTheMiddleOfAScriptLoadsNothing() throws {
        let db = GraphDatabase()
        #expect(throws: CypherError.self) {
            try db.executeScript("CREATE (:A); CREATE (:B {x: [1, 'mixed']}); CREATE (:C)", fileName: "mixed.cypher")
        }
        #expect(db.graph.nodeCount == 0)
        #expect(db.graph.labelsInUse.isEmpty)
    }

    @Test func anInterruptedStatementStopsAndChangesNothing() throws {
        let db = try seeded()
        let before = try fingerprint(db)
        let asked = Counter()
        db.interruption = { asked.increment() >= 3 }
        do {
            _ = try db.execute("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b CREATE (:Spam {a: a, b: b})")
            Issue.record("expected an interruption")
        } catch {
            #expect(error.category == .terminated)
            #expect(error.code == "Interrupted")
        }
        db.interruption = nil
        #expect(try fingerprint(db) == before)
        #expect(asked.value >= 3)
    }
}

/// A counter a @Sendable closure can bump (tests run the statement on one thread).
final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func increment() -> Int {
        value += 1
        return value
    }
}
