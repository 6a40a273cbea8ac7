// The algo.* procedures end to end on the bundled dataset: the region and country co-membership
// projections against NetworkX's values (fixtures bundled-region / bundled-country), the Cypher projection
// giving the same graph, write-back inside the statement's transaction, paths as Cypher paths, algo.list,
// and the errors of bad configurations — each names the option and never crashes.

import ClusterAnalysis
import Cypher
import Procedures
import Testing

@testable import GraphAlgorithms

/// The bundled dataset with every library procedure registered.
func loadBundled() throws -> GraphDatabase {
    let database = GraphDatabase()
    ProcedureCatalog.registerAll(in: database.procedures)
    try database.executeScript(BundledDataset.script, fileName: BundledDataset.fileName)
    return database
}

/// Scores by place key from a query returning (key, score).
func scores(_ db: GraphDatabase, _ query: String) throws -> [String: Double] {
    var result: [String: Double] = [:]
    for row in try db.execute(query).rows {
        guard case .string(let key) = row[0], let score = row[1].numericValue else { continue }
        result[key] = score
    }
    return result
}

/// The error message of a statement that must fail.
func failure(_ db: GraphDatabase, _ query: String) -> String {
    do {
        _ = try db.execute(query)
        return "no error"
    } catch {
        return error.message
    }
}

@Suite("algo.* procedures")
struct AlgorithmProcedureTests {
    @Test("co-membership projections match NetworkX", arguments: [("region", "code"), ("country", "iso")])
    func projections(_ level: String, _ key: String) throws {
        let db = try loadBundled()
        let f = try Fixture("bundled-\(level)")
        func expected(_ name: String) throws -> [String: Double] {
            let map = try #require(f.expected[name] as? [String: Any])
            return map.compactMapValues { number($0) }
        }
        func compare(_ procedure: String, _ options: String, _ name: String, tolerance: Double = 1e-9) throws {
            let actual = try scores(db, "CALL \(procedure)({project: '\(level)'\(options)}) YIELD node, score RETURN node.\(key), score")
            let want = try expected(name)
            #expect(actual.count == want.count, "\(procedure): \(actual.count) places, NetworkX \(want.count)")
            for (place, value) in want {
                let got = try #require(actual[place], "\(procedure): no score for \(place)")
                #expect(abs(got - value) <= tolerance * max(1, abs(value)), "\(procedure) \(place): \(got) vs NetworkX \(value)")
            }
        }
        try compare("algo.betweenness", "", "betweenness")
        try compare("algo.closeness", "", "closeness")
        try compare("algo.degree", ", weightProperty: 'shared'", "degreeWeighted")
        try compare("algo.pageRank", ", weightProperty: 'shared'", "pagerankWeighted", tolerance: 1e-6)
        let modularity = try #require(number(f.expected["louvainWeightedModularity"]))
        let rows = try db.execute("CALL algo.louvain({project: '\(level)', weightProperty: 'shared', seed: 42}) YIELD modularity RETURN modularity LIMIT 1").rows
        let ours = try #require(rows.first?.first?.numericValue)
        #expect(ours >= modularity * 0.99, "Louvain modularity \(ours) vs NetworkX \(modularity)")
    }

    @Test("a Cypher projection of the same graph gives the same scores")
    func cypherProjection() throws {
        let db = try loadBundled()
        let projected = try scores(db, "CALL algo.pageRank({project: 'region', weightProperty: 'shared'}) YIELD node, score RETURN node.code, score")
        let viaCypher = try scores(
            db,
            """
            CALL algo.pageRank({
              nodeQuery: 'MATCH (r:Region) RETURN r AS node',
              relationshipQuery: 'MATCH (a:Region)<-[:SPANS]-(c:Cluster)-[:SPANS]->(b:Region) WHERE id(a) < id(b) RETURN a AS source, b AS target, count(DISTINCT c) AS shared',
              weightProperty: 'shared'}) YIELD node, score
            RETURN node.code, score
            """)
        #expect(projected.count == 71 && viaCypher.count == 71)
        for (code, score) in projected { #expect(abs((viaCypher[code] ?? -1) - score) < 1e-12, "\(code)") }
        let parameterized = try db.execute(
            """
            CALL algo.wcc({nodeQuery: 'MATCH (c:Country) WHERE c.iso IN $isos RETURN id(c) AS id',
                           relationshipQuery: 'MATCH (a:Country)-[:BORDERS]-(b:Country) WHERE a.iso IN $isos AND b.iso IN $isos RETURN a AS source, b AS target',
                           parameters: {isos: ['DK', 'SE', 'NO', 'FI']}}) YIELD node, componentId, size
            RETURN node.iso, size ORDER BY node.iso
            """
        ).rows
        #expect(parameterized == [[.string("DK"), .int(4)], [.string("FI"), .int(4)], [.string("NO"), .int(4)], [.string("SE"), .int(4)]])
    }

    @Test("write stores the result on the nodes, and a failing statement stores nothing")
    func write() throws {
        let db = try loadBundled()
        let rows = try db.execute("CALL algo.pageRank({labels: 'Country', types: 'BORDERS', write: 'pagerank'}) YIELD node, score RETURN count(*) AS n").rows
        #expect(rows == [[.int(26)]])
        let stored = try db.execute("MATCH (c:Country) WHERE c.pagerank > 0 RETURN count(c)").rows
        #expect(stored == [[.int(26)]])
        _ = try db.execute("CALL algo.wcc({labels: 'Region', types: 'ADJACENT', write: 'component'}) YIELD node RETURN count(*)")
        let components = try db.execute("MATCH (r:Region) RETURN count(DISTINCT r.component) AS c").rows
        #expect(components.first?.first != .int(0))
        #expect(failure(db, "CALL algo.kcore({labels: 'Country', write: 'core'}) YIELD node WITH node RETURN 1 / 0") != "no error")
        #expect(try db.execute("MATCH (c:Country) WHERE c.core IS NOT NULL RETURN count(c)").rows == [[.int(0)]], "rolled back")
    }

    @Test("paths are Cypher paths as long as their cost")
    func paths() throws {
        let db = try loadBundled()
        let rows = try db.execute(
            """
            MATCH (a:Country {iso: 'DK'}), (b:Country {iso: 'RU'})
            CALL algo.shortestPath({source: a, target: b, labels: 'Country', types: 'BORDERS'}) YIELD totalCost, nodes, path
            RETURN totalCost, size(nodes) AS n, length(path) AS hops, [x IN nodes(path) | x.iso] AS isos
            """
        ).rows
        let row = try #require(rows.first)
        #expect(row[0].numericValue == Double(try #require(row[2].numericValue)))
        #expect(row[1].numericValue == (row[2].numericValue ?? 0) + 1)
        let hops = Int(try #require(row[0].numericValue))
        let all = try db.execute(
            """
            MATCH (a:Country {iso: 'DK'}), (b:Country {iso: 'RU'})
            CALL algo.allShortestPaths({source: a, target: b, labels: 'Country', types: 'BORDERS'}) YIELD path
            RETURN count(path) AS n
            """
        ).rows
        let cypher = try db.execute("MATCH p = (:Country {iso: 'DK'})-[:BORDERS*\(hops)]-(:Country {iso: 'RU'}) RETURN count(p) AS n").rows
        #expect(all == cypher, "every shortest path, as MATCH enumerates the paths of that length")
        let everywhere = try db.execute(
            "MATCH (a:Country {iso: 'SE'}) CALL algo.shortestPath({source: a, labels: 'Country', types: 'BORDERS'}) YIELD target RETURN count(target)"
        ).rows
        #expect(everywhere.first?.first?.numericValue ?? 0 > 10)
    }

    @Test("algo.list describes every algorithm with its options")
    func list() throws {
        let db = try loadBundled()
        let rows = try db.execute("CALL algo.list() YIELD name, options RETURN name, options").rows
        let names = rows.compactMap { row -> String? in if case .string(let s) = row[0] { return s } else { return nil } }
        for expected in [
            "algo.degree", "algo.betweenness", "algo.closeness", "algo.harmonic", "algo.pageRank", "algo.eigenvector", "algo.katz", "algo.wcc",
            "algo.scc", "algo.louvain", "algo.labelPropagation", "algo.triangleCount", "algo.kcore", "algo.shortestPath",
            "algo.allShortestPaths",
        ] {
            #expect(names.contains(expected), "\(expected) listed")
        }
        let pageRank = try #require(rows.first { $0[0] == .string("algo.pageRank") })
        guard case .list(let options) = pageRank[1] else { Issue.record("options is not a list"); return }
        #expect(options.contains(.string("damping = 0.85: probability of following an arc, in [0, 1)")))
    }

    @Test(
        "bad configurations fail with a message naming the option",
        arguments: [
            ("CALL algo.pageRank({labels: 'Regoin'}) YIELD node RETURN node", "labels: unknown label `Regoin` (did you mean `Region`?)"),
            ("CALL algo.pageRank({damping: -0.5}) YIELD node RETURN node", "damping: must be in [0, 1), got -0.5"),
            ("CALL algo.pageRank({types: 'ADJACENT', weightProperty: 'length_km'}) YIELD node RETURN node", "weightProperty: relationship"),
            ("CALL algo.betweenness({types: 'BORDERS', weightProperty: 'kind'}) YIELD node RETURN node", "is STRING, not a number"),
            ("CALL algo.pageRank({dampnig: 0.5}) YIELD node RETURN node", "unknown option 'dampnig'"),
            ("CALL algo.pageRank({direction: 'up'}) YIELD node RETURN node", "direction: cannot be 'up'; use one of 'out', 'in', 'both'"),
            ("CALL algo.louvain({project: 'region', labels: 'Region'}) YIELD node RETURN node", "labels: cannot be combined with project"),
            ("CALL algo.pageRank({project: 'country', direction: 'out'}) YIELD node RETURN node", "direction: a co-membership projection is undirected"),
            ("CALL algo.degree({project: 'country', defaultWeight: 2}) YIELD node RETURN node", "defaultWeight: cannot be combined with project"),
            ("CALL algo.betweenness({samplingSize: 1}) YIELD node RETURN node", "samplingSize: must be at least 2, got 1"),
            ("CALL algo.shortestPath({labels: 'Country'}) YIELD path RETURN path", "source: is required"),
            ("MATCH (r:Region {code: 'DK01'}) CALL algo.shortestPath({source: r, labels: 'Country'}) YIELD path RETURN path", "source: node"),
            (
                "CALL algo.eigenvector({labels: ['Region', 'Macroregion'], types: 'IN_MACROREGION', direction: 'out'}) YIELD node RETURN node",
                "eigenvector did not converge"
            ),
            ("CALL algo.katz({types: 'BORDERS', alpha: 0.9}) YIELD node RETURN node", "katz did not converge"),
            ("CALL algo.pageRank({nodeQuery: 'MATCH (n) RETURN n'}) YIELD node RETURN node", "relationshipQuery: is needed"),
            (
                "CALL algo.pageRank({nodeQuery: 'MATCH (n) RETURN n', relationshipQuery: 'RETURN 1 AS source, 2 AS target'}) YIELD node RETURN node",
                "nodeQuery: must return a column `node`"
            ),
            (
                "CALL algo.pageRank({nodeQuery: 'CREATE (n) RETURN n AS node', relationshipQuery: 'RETURN 1 AS source, 2 AS target'}) YIELD node RETURN node",
                "must not write"
            ),
            (
                "CALL algo.wcc({nodeQuery: 'MATCH (c:Country {iso: \\'SE\\'}) RETURN c AS node', relationshipQuery: 'MATCH (a:Country)-[:BORDERS]-(b:Country) RETURN a AS source, b AS target'}) YIELD node RETURN node",
                "relationshipQuery: row 1 refers to node"
            ),
            ("CALL algo.pageRank({project: 'continent'}) YIELD node RETURN node", "project: must be 'region', 'country'"),
            ("CALL algo.pageRank({project: 'region', weightProperty: 'w'}) YIELD node RETURN node", "only weight is 'shared'"),
            ("CALL algo.wcc({write: 3}) YIELD node RETURN node", "write: must be a string"),
        ])
    func errors(_ query: String, _ expected: String) throws {
        let db = try loadBundled()
        let message = failure(db, query)
        #expect(message.contains(expected), "got: \(message)")
        #expect(message.hasPrefix("algo."), "names the procedure: \(message)")
    }

    @Test func aSubqueryCannotCallAProcedureThatWrites() throws {
        let db = try loadBundled()
        let message = failure(db, "MATCH (c:Country) WHERE EXISTS { CALL algo.pageRank({write: 'pr'}) YIELD node RETURN node } RETURN c")
        #expect(message.contains("cannot call a procedure that writes"), "got: \(message)")
        #expect(try db.execute("MATCH (n) WHERE n.pr IS NOT NULL RETURN count(n) AS n").rows == [[.int(0)]])
    }
}

/// A long algorithm polls the statement's stop check: past the time limit it stops with TimeLimit,
/// within a fraction of a second, and the database goes on.
@Suite struct AlgorithmCancellationTests {
    @Test func betweennessStopsAtTheTimeLimit() throws {
        let database = GraphDatabase()
        ProcedureCatalog.registerAll(in: database.procedures)
        try database.executeScript(
            """
            CREATE INDEX FOR (p:P) ON (p.i);
            UNWIND range(1, 20000) AS i CREATE (:P {i: i});
            UNWIND range(1, 20000) AS i MATCH (a:P {i: i}), (b:P {i: i % 20000 + 1}), (c:P {i: (i * 7919) % 20000 + 1})
            CREATE (a)-[:E]->(b), (a)-[:E]->(c)
            """)
        database.limits = ResourceLimits(timeout: .milliseconds(300))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try database.execute("CALL algo.betweenness({}) YIELD node, score RETURN count(*)")
            Issue.record("betweenness of 20,000 nodes finished within 0.3 s")
        } catch {
            #expect(error.code == "TimeLimit", "\(error)")
        }
        #expect(clock.now - start < .seconds(2))
        #expect(try database.execute("MATCH (p:P) RETURN count(p) AS n").rows == [[.int(20000)]])
    }
}
