// The network as of a day: a small graph whose clusters and memberships carry since/until and
// founded/start/end dates; each case names the day and the places that must (not) take part. Also the
// co-membership projection of the algorithm procedures, and the refusal of a value that is not a date.

import ClusterAnalysis
import Cypher
import Procedures
import Testing

@Suite struct AsOfTests {
    /// Regions A1, A2 (country A) and B1, B2 (country B). Cluster X (founded 2000) spans A1 and B1, and B2
    /// from 2019 on; cluster Y (June 2005 to some day in 2010: an end known to the year) spans A2 and B2; cluster Z (no dates) spans A1 and B2 until
    /// 2012, and A2 with a `since` that is a year as an integer (not a date: always valid).
    static func database() throws -> GraphDatabase {
        let db = GraphDatabase()
        ProcedureCatalog.registerAll(in: db.procedures)
        try db.executeScript(
            """
            CREATE (a:Country {iso: 'A'}), (b:Country {iso: 'B'}),
                   (a1:Region {code: 'A1'})-[:IN]->(a), (a2:Region {code: 'A2'})-[:IN]->(a),
                   (b1:Region {code: 'B1'})-[:IN]->(b), (b2:Region {code: 'B2'})-[:IN]->(b),
                   (x:Cluster {id: 'X', founded: date('2000-01-01')}),
                   (y:Cluster {id: 'Y', start: date('2005-06-01'), end: date('2010-01-01'), end_precision: 'year'}),
                   (z:Cluster {id: 'Z'}),
                   (x)-[:SPANS]->(a1), (x)-[:SPANS]->(b1), (x)-[:SPANS {since: date('2019-01-01')}]->(b2),
                   (y)-[:SPANS]->(a2), (y)-[:SPANS]->(b2),
                   (z)-[:SPANS]->(a1), (z)-[:SPANS {until: date('2012-12-31')}]->(b2), (z)-[:SPANS {since: 2030}]->(a2)
            """)
        return db
    }

    static func ties(_ db: GraphDatabase, _ asOf: String) throws -> [String] {
        let config = asOf.isEmpty ? "{level: 'region'}" : "{level: 'region', asOf: \(asOf)}"
        return try db.execute("CALL clusters.ties(\(config)) YIELD a, b, clusters RETURN a.code + '-' + b.code + ':' + reduce(s = '', c IN clusters | s + c) AS tie ORDER BY tie")
            .rows.map { $0[0].displayText }
    }

    @Test(arguments: [
        ("date('1999-12-31')", ["A1-B2:Z", "A2-B2:Z"]),
        ("date('2000-01-01')", ["A1-B1:X", "A1-B2:Z", "A2-B2:Z"]),
        ("date('2007-01-01')", ["A1-B1:X", "A1-B2:Z", "A2-B2:YZ"]),
        ("date('2010-12-31')", ["A1-B1:X", "A1-B2:Z", "A2-B2:YZ"]),
        ("date('2011-01-01')", ["A1-B1:X", "A1-B2:Z", "A2-B2:Z"]),
        ("date('2012-12-31')", ["A1-B1:X", "A1-B2:Z", "A2-B2:Z"]),
        ("date('2013-01-01')", ["A1-B1:X"]),
        ("datetime('2019-01-01T00:00Z')", ["A1-B1:X", "A1-B2:X"]),
        ("'2019-01-01'", ["A1-B1:X", "A1-B2:X"]),
        ("", ["A1-B1:X", "A1-B2:XZ", "A2-B2:YZ"]),
    ])
    func tiesAsOfADay(asOf: String, expected: [String]) throws {
        #expect(try Self.ties(try Self.database(), asOf) == expected)
    }

    @Test func hubsAndClassificationFollowTheDay() throws {
        let db = try Self.database()
        let then = try db.execute("CALL clusters.hubs({level: 'region', asOf: date('2007-01-01')}) YIELD node, score RETURN node.code, score ORDER BY node.code").rows
        #expect(then == [[.string("A1"), .float(2)], [.string("A2"), .float(2)], [.string("B1"), .float(1)], [.string("B2"), .float(2)]])
        let classified = try db.execute("CALL clusters.classify({asOf: date('1999-01-01')}) YIELD cluster RETURN collect(cluster.id) AS ids").rows
        #expect(classified == [[.list([.string("Z")])]], "X and Y did not exist yet")
    }

    @Test func theProjectionOfAlgorithmsTakesADay() throws {
        let db = try Self.database()
        let degree = try db.execute(
            "CALL algo.degree({project: 'region', asOf: date('2013-01-01')}) YIELD node, score WHERE score > 0 RETURN node.code ORDER BY node.code"
        ).rows
        // X ties A1 and B1; Z ties A1 and A2 (B2 left Z at the end of 2012); Y has ended.
        #expect(degree == [[.string("A1")], [.string("A2")], [.string("B1")]])
    }

    @Test func aDayThatIsNotADateIsRefused() throws {
        let db = try Self.database()
        for (query, message) in [
            ("CALL clusters.hubs({asOf: 2018})", "must be a date such as date('2018-12-31'), got INTEGER"),
            ("CALL clusters.ties({asOf: localtime('12:00')})", "must be a date, got a LOCAL TIME"),
            ("CALL clusters.ties({asOf: '2018-13-01'})", "must be a date such as date('2018-12-31'), got '2018-13-01'"),
            ("CALL algo.degree({asOf: date('2018-12-31')})", "asOf: needs project"),
            (
                "CALL algo.degree({nodeQuery: 'MATCH (n) RETURN n AS node', relationshipQuery: 'MATCH (a)-->(b) RETURN a AS source, b AS target', asOf: date('2018-12-31')})",
                "asOf: cannot be combined with nodeQuery"
            ),
        ] {
            #expect(throws: CypherError.self, "\(query)") { try db.execute(query) }
            do {
                _ = try db.execute(query)
            } catch {
                #expect("\(error.message)".contains(message), "\(query): \(error.message)")
            }
        }
    }
}
