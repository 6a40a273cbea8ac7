// merge_keys_once against MERGE without it: the same rows, the same graph, the same errors — for keys
// computed from the row, null keys, failing keys, keys of relationships between bound nodes (one of them
// null), keys on an index, paths of new nodes, and keys that must not be hoisted (rand(), the pattern's
// own variables).

import Testing

@testable import Cypher

@Suite struct MergeKeysOnceTests {
    static let setup = """
        CREATE INDEX FOR (q:Q) ON (q.k);
        UNWIND range(1, 6) AS i CREATE (:P {k: i}), (:Q {k: i})
        """

    static let statements = [
        "UNWIND range(1, 8) AS i MERGE (p:P {k: i * 2}) ON CREATE SET p.new = true ON MATCH SET p.seen = i RETURN p.k, p.new, p.seen",
        "UNWIND range(1, 8) AS i MERGE (q:Q {k: i + 1}) RETURN q.k",
        "UNWIND [1, null, 2] AS i MERGE (p:P {k: i * 3}) RETURN p.k",
        "UNWIND [2, 1, 0] AS i MERGE (p:P {k: 6 / i}) RETURN p.k",
        "UNWIND [0, 1] AS i MERGE (p:P {k: 6 / i}) RETURN p.k",
        "MATCH (a:P), (b:Q) WHERE a.k < 3 AND b.k < 3 MERGE (a)-[r:R {w: a.k * 10 + b.k}]->(b) RETURN a.k, b.k, r.w",
        "MATCH (a:P) WHERE a.k < 4 MERGE (a)-[:S]->(b:P {k: a.k + 100}) RETURN b.k",
        "UNWIND range(1, 3) AS i MERGE (p:P {k: i, x: toString(i) + 'x'}) RETURN p.k, p.x",
        "UNWIND range(1, 3) AS i MERGE (p:Fresh {k: toInteger(rand() * 0) + i}) RETURN p.k",
        "WITH 1 AS one MATCH (a:P {k: 1}) OPTIONAL MATCH (b:Nope) MERGE (a)-[:R {w: 1 / (one - 1)}]->(b)",
        "UNWIND range(1, 3) AS i MERGE (:P {k: i * 10})-[r:T {w: i + 1}]->(:Q {k: i * 100}) RETURN r.w",
    ]

    /// The rows (or the error) and the whole graph after a statement.
    static func outcome(_ statement: String, disabled: Set<OptimizerRule>) throws -> [String] {
        let database = GraphDatabase()
        try database.executeScript(Self.setup)
        database.disabledRules = disabled
        var seen: [String]
        do {
            seen = try database.execute(statement).rows.map { $0.map(\.literal).joined(separator: ",") }.sorted()
        } catch {
            seen = ["error: \(error.category.rawValue) \(error.message)"]
        }
        database.disabledRules = []
        let graph = try database.execute(
            "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n), properties(n), type(r), properties(r), properties(m)"
        ).rows.map { $0.map(\.literal).joined(separator: ",") }.sorted()
        return seen + ["--"] + graph
    }

    @Test(arguments: statements)
    func theRuleKeepsRowsGraphAndErrors(statement: String) throws {
        let on = try Self.outcome(statement, disabled: [])
        let off = try Self.outcome(statement, disabled: [.mergeKeysOnce])
        #expect(on == off, "\(statement)")
    }

    @Test func theRuleFiresOnlyOnRowConstantKeys() throws {
        let database = GraphDatabase()
        try database.executeScript(Self.setup)
        func fires(_ statement: String) throws -> Bool {
            (try database.execute("EXPLAIN " + statement).plan ?? "").contains("once per row")
        }
        #expect(try fires(Self.statements[0]))
        #expect(try fires(Self.statements[1]), "an index seek on the computed key")
        #expect(try !fires(Self.statements[5]), "a pattern with bound nodes (which may be null) is left alone")
        #expect(try fires(Self.statements[10]), "a path of new nodes")
        #expect(try !fires(Self.statements[8]), "rand() is not hoisted")
        #expect(try !fires("UNWIND [1] AS i MERGE (p:P {k: i})"), "a variable is already computed")
        #expect(try !fires("MATCH (a:P) MERGE (a)-[:S]->(b:P {k: 1})"), "a constant is already computed")
    }
}
