// Differential tests of the chain rewrites (DistinctChainJoin and FrontierChain): on random graphs built
// to provoke relationship uniqueness (organizations in several regions, repeated memberships, regions in
// two countries, self-loops), each query must give exactly the rows that plain path enumeration gives.

import Testing

@testable import Cypher
import CypherTesting

@Suite struct DistinctChainJoinTests {
    static func randomGraph(seed: UInt64) throws -> String {
        var g = SeededGenerator(seed: seed)
        var script: [String] = []
        let countries = 4, regions = 9, organizations = 25, clusters = 6
        for c in 0..<countries { script.append("CREATE (:Country {iso: 'C\(c)'})") }
        for r in 0..<regions { script.append("CREATE (:Region {code: 'R\(r)'})") }
        for o in 0..<organizations { script.append("CREATE (:Organization {name: 'O\(o)'})") }
        for k in 0..<clusters { script.append("CREATE (:Cluster {name: 'K\(k)'})") }
        for r in 0..<regions {
            for _ in 0..<(1 + g.next(4) / 3) {  // sometimes in two countries
                script.append("MATCH (r:Region {code: 'R\(r)'}), (c:Country {iso: 'C\(g.next(countries))'}) CREATE (r)-[:IN]->(c)")
            }
        }
        for o in 0..<organizations {
            for _ in 0..<(1 + g.next(5) / 4) {  // sometimes located in two regions
                script.append("MATCH (o:Organization {name: 'O\(o)'}), (r:Region {code: 'R\(g.next(regions))'}) CREATE (o)-[:LOCATED_IN]->(r)")
            }
            for _ in 0..<g.next(4) {  // repeated memberships happen
                script.append("MATCH (o:Organization {name: 'O\(o)'}), (k:Cluster {name: 'K\(g.next(clusters))'}) CREATE (o)-[:MEMBER_OF]->(k)")
            }
            for _ in 0..<g.next(3) {  // acquaintances, self-loops included
                let other = g.next(3) == 0 ? o : g.next(organizations)
                script.append("MATCH (o:Organization {name: 'O\(o)'}), (p:Organization {name: 'O\(other)'}) CREATE (o)-[:KNOWS]->(p)")
            }
        }
        return script.joined(separator: ";\n")
    }

    static let queries = [
        """
        MATCH (c1:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)-[:IN]->(c2:Country)
        WHERE c1.iso < c2.iso
        RETURN c1.iso AS a, c2.iso AS b, count(DISTINCT cl) AS shared
        """,
        """
        MATCH (c1:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)-[:IN]->(c2:Country)
        RETURN DISTINCT c1.iso AS a, c2.iso AS b
        """,
        """
        MATCH (o1:Organization)-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(:Organization)-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(o2)
        RETURN o1.name AS a, collect(DISTINCT o2.name) AS b, min(o2.name) AS m
        """,
        """
        MATCH (r1:Region)<-[:LOCATED_IN]-(o:Organization)-[:MEMBER_OF]->(k)<-[:MEMBER_OF]-(p)-[:LOCATED_IN]->(r2)
        WHERE o.name <> 'O3' AND r2.code STARTS WITH 'R'
        RETURN r1.code AS a, r2.code AS b, count(DISTINCT k) AS n
        """,
        """
        MATCH (a)-[]-(b)-[]-(c)-[]-(d)-[]-(e)
        RETURN count(DISTINCT a) AS n, count(DISTINCT e) AS m
        """,
        """
        MATCH (c:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
        WHERE c.iso <> 'C1'
        RETURN c.iso AS iso, count(DISTINCT cl) AS clusters
        """,
        """
        MATCH (o:Organization)-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(other)
        RETURN o.name AS name, collect(DISTINCT other.name) AS partners
        """,
        """
        MATCH (a:Organization)-[:KNOWS]-(b)-[:KNOWS]-(c)
        RETURN a.name AS name, count(DISTINCT c) AS reach
        """,
        """
        MATCH (a:Organization)-[:KNOWS]->()-[:KNOWS]->()-[:MEMBER_OF]->(k:Cluster {name: 'K1'})
        RETURN DISTINCT a.name AS name
        """,
        """
        MATCH (k:Cluster)<-[:MEMBER_OF]-(o)-[:KNOWS]-(p)-[:KNOWS]-(q)
        RETURN k.name AS cluster, count(DISTINCT q) AS reach
        """,
        """
        MATCH (k:Cluster)<-[:MEMBER_OF]-(o)-[:LOCATED_IN]->(r)
        WITH DISTINCT k.name AS cluster, r.code AS region
        RETURN cluster, count(region) AS regions
        """,
        // A statement that writes walks the store's own adjacency lists, not the read-only CSR view.
        """
        CREATE (m:Marker) DELETE m WITH count(*) AS written
        MATCH (c:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
        RETURN c.iso AS iso, count(DISTINCT cl) AS clusters
        """,
        // Variables read only inside a subquery or pattern comprehension must survive the rewrites.
        """
        MATCH (c:Country)<-[:IN]-(r:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
        RETURN DISTINCT c.iso AS iso, COUNT { (r)<-[:LOCATED_IN]-() } AS organizations
        """,
        """
        MATCH (k:Cluster)<-[:MEMBER_OF]-(o)-[:KNOWS]-(p)-[:KNOWS]-(q)
        RETURN k.name AS cluster, collect(DISTINCT [(p)-[:MEMBER_OF]->(x) | x.name]) AS memberships
        """,
        // The projection reads only the middle node, or nothing: each joined pair needs no value.
        """
        MATCH (:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)
        RETURN DISTINCT cl.name AS cluster
        """,
        """
        MATCH (:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)
        RETURN max(2) AS m, count(DISTINCT 1) AS one
        """,
    ]

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func rewriteGivesTheSameRowsAsEnumeration(seed: UInt64) throws {
        let script = try Self.randomGraph(seed: seed)
        let database = GraphDatabase()
        try database.executeScript(script)
        for query in Self.queries {
            // collect(DISTINCT …) promises no order: compare its lists sorted.
            func normalized(_ v: Value) -> String {
                if case .list(let items) = v { return items.map(\.literal).sorted().joined(separator: ",") }
                return v.literal
            }
            database.disabledRules = []
            let fast = try database.execute(query).rows.map { $0.map(normalized).joined(separator: "|") }.sorted()
            database.disabledRules = [.frontierChain, .distinctChainJoin]
            let plain = try database.execute(query).rows.map { $0.map(normalized).joined(separator: "|") }.sorted()
            #expect(fast == plain, "seed \(seed): \(query)")
        }
    }

    /// The join's input rows split between two threads give the serial run's rows in the serial run's
    /// order, stop where it stops under LIMIT, and fail with its first error. Clusters are many, so the
    /// input spans several batches.
    @Test(arguments: [UInt64(11), 12, 13])
    func twoThreadsGiveTheSerialRowsInOrder(seed: UInt64) throws {
        let script = try Self.randomGraph(seed: seed) + """
            ;
            UNWIND range(1, 300) AS i
            MATCH (o:Organization {name: 'O' + toString(i % 25)}), (r:Organization {name: 'O' + toString(i * 7 % 25)})
            CREATE (o)-[:MEMBER_OF]->(:Cluster {name: 'X' + toString(i)})<-[:MEMBER_OF]-(r)
            """
        let database = GraphDatabase()
        try database.executeScript(script)
        let failing = """
            MATCH (c1:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(o1:Organization)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(o2:Organization)-[:LOCATED_IN]->(:Region)-[:IN]->(c2:Country)
            WHERE o2.name < 'O2' OR date(o2.name) IS NULL
            RETURN DISTINCT c1.iso AS a, c2.iso AS b, cl.name AS k
            """
        let queries = [
            Self.queries[0], Self.queries[1], Self.queries[1] + " LIMIT 7", Self.queries[2], Self.queries[4], Self.queries[14],
            Self.queries[15], failing,
        ]
        for query in queries {
            #expect(try database.execute("EXPLAIN " + query).plan?.contains("DistinctChainJoin") == true, "\(query)")
            func run(threads: Int) -> String {
                database.threads = threads
                do {
                    return try database.execute(query).rows.map { $0.map(\.literal).joined(separator: "|") }.joined(separator: "\n")
                } catch {
                    return "error: \(error)"
                }
            }
            let serial = run(threads: 1), parallel = run(threads: 2)
            #expect(serial == parallel, "seed \(seed): \(query)")
            #expect(!serial.isEmpty)
        }
    }

    @Test func explainShowsTheRewrites() throws {
        let database = GraphDatabase()
        let plan = try database.execute("EXPLAIN " + Self.queries[0]).plan ?? ""
        #expect(plan.contains("DistinctChainJoin"))
        #expect(plan.contains("mirrored"))
        let frontier = try database.execute("EXPLAIN " + Self.queries[5]).plan ?? ""
        #expect(frontier.contains("FrontierChain"))
        let writing = try database.execute("EXPLAIN " + Self.queries[11]).plan ?? ""
        #expect(writing.contains("FrontierChain") && writing.contains("Create"))
    }

    /// Frontiers of thousands of nodes whose ids span three bytes, reached in an order unlike id order:
    /// the walk must reach each once and hand them on ascending (the radix sort's every pass counts).
    @Test func largeFrontiersComeOutOnceEachInIdOrder() throws {
        let database = GraphDatabase()
        // 64,000 filler nodes put the members' ids on both sides of 2^16, so their third bytes differ.
        try database.executeScript(
            """
            UNWIND range(1, 64000) AS i CREATE (:Filler);
            CREATE (:Organization {name: 'start'})-[:MEMBER_OF]->(:Cluster {name: 'hub'});
            UNWIND range(1, 3000) AS i CREATE (:Organization {name: 'm' + toString(i)});
            MATCH (o:Organization) WHERE o.name STARTS WITH 'm' WITH o ORDER BY o.name DESC
            MATCH (k:Cluster {name: 'hub'}) CREATE (o)-[:MEMBER_OF]->(k)
            """)
        let query = """
            MATCH (s:Organization {name: 'start'})-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(other:Organization)
            RETURN DISTINCT id(other) AS id
            """
        #expect(try database.execute("EXPLAIN " + query).plan?.contains("FrontierChain") == true)
        let ids = try database.execute(query).rows.map { row -> Int64 in
            guard case .int(let id) = row[0] else { return -1 }
            return id
        }
        let expected = try database.execute("MATCH (o:Organization) WHERE o.name STARTS WITH 'm' RETURN id(o) AS id ORDER BY id")
            .rows.map { row -> Int64 in
                guard case .int(let id) = row[0] else { return -1 }
                return id
            }
        #expect(ids.count == 3000)
        let firstDifference = zip(ids, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        let inIdOrder = ids.elementsEqual(expected)
        #expect(inIdOrder, "rows differ from id order first at row \(firstDifference ?? ids.count)")
        #expect((expected.first ?? 0) < 65536 && (expected.last ?? 0) > 65536)
    }
}
