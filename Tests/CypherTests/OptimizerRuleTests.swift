// Each optimizer rule fires where it should — EXPLAIN names it — and switched off, it does not, while
// the answer stays the same. (The differential test checks the answers on random queries; this one makes
// sure every rule is actually exercised, so that check means something.)

import Testing

@testable import Cypher

@Suite struct OptimizerRuleTests {
    static let graph = """
        CREATE INDEX FOR (o:Organization) ON (o.name);
        CREATE (se:Country {iso: 'SE'}), (dk:Country {iso: 'DK'}),
               (r1:Region {code: 'SE22'})-[:IN]->(se), (r2:Region {code: 'DK01'})-[:IN]->(dk),
               (a:Organization {name: 'a'})-[:LOCATED_IN]->(r1), (b:Organization {name: 'b'})-[:LOCATED_IN]->(r2),
               (c:Organization {name: 'c'})-[:LOCATED_IN]->(r1),
               (k:Cluster {name: 'Medicon Valley'}), (a)-[:MEMBER_OF]->(k), (b)-[:MEMBER_OF]->(k), (c)-[:MEMBER_OF]->(k)
        """

    /// A query for each rule, where the rule applies.
    static let cases: [(OptimizerRule, String)] = [
        (.filterPushdown, "MATCH (r:Region)-[:IN]->(c:Country) WHERE r.code STARTS WITH 'SE' RETURN c.iso"),
        (.indexSeek, "MATCH (o:Organization {name: 'a'})-[:LOCATED_IN]->(r) RETURN r.code"),
        (.joinOrder, "MATCH (r)-[:IN]->(c:Country {iso: 'DK'}) RETURN r.code"),
        (.frontierChain, "MATCH (c:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(k:Cluster) RETURN c.iso, count(DISTINCT k)"),
        (.distinctChainJoin,
            "MATCH (c1:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(k:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)-[:IN]->(c2:Country) WHERE c1.iso < c2.iso RETURN c1.iso, c2.iso, count(DISTINCT k)"),
        (.mergeKeysOnce, "UNWIND ['S', 'D'] AS p MERGE (r:Region {code: p + 'E22'}) RETURN r.code"),
    ]

    @Test(arguments: OptimizerRuleTests.cases.map(\.0))
    func ruleFiresAndKeepsTheAnswer(rule: OptimizerRule) throws {
        let query = try #require(Self.cases.first { $0.0 == rule }?.1)
        let database = GraphDatabase()
        try database.executeScript(Self.graph)
        let on = try database.execute(query).rows.map { $0.map(\.literal) }
        let explainOn = try database.execute("EXPLAIN " + query).plan ?? ""
        #expect(explainOn.contains("rules applied:") && explainOn.firstLine.contains(rule.rawValue), "\(rule) does not fire:\n\(explainOn)")
        database.disabledRules = [rule]
        let off = try database.execute(query).rows.map { $0.map(\.literal) }
        let explainOff = try database.execute("EXPLAIN " + query).plan ?? ""
        #expect(!explainOff.firstLine.contains(rule.rawValue), "\(rule) fires although switched off:\n\(explainOff)")
        #expect(on.sorted { $0.joined() < $1.joined() } == off.sorted { $0.joined() < $1.joined() })
        #expect(!on.isEmpty)
    }

    /// A chain that returns to its start is walked as a frontier too, and keeps a row only when the walk
    /// reaches the start again.
    @Test func frontierChainBackToTheStart() throws {
        let database = GraphDatabase()
        try database.executeScript("CREATE (a {id: 1})-[:R]->({id: 2})-[:S]->(a), ({id: 3})-[:R]->({id: 4})-[:S]->({id: 5})")
        let query = "MATCH (x)-[:R]->(y)-[:S]->(x) RETURN DISTINCT x.id AS id"
        #expect(try database.execute("EXPLAIN " + query).plan?.contains("back to the start") == true)
        #expect(try database.execute(query).rows == [[.int(1)]])
    }
}

extension String {
    fileprivate var firstLine: Substring { split(separator: "\n").first ?? "" }
}
