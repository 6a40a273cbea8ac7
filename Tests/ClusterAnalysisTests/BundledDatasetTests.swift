// The bundled dataset answers the paper's questions as its sources say: Sweden is the hub, the Russian
// clusters are domestic, the Bothnian Arc is cross-border, ScanBalt transnational, and Medicon Valley
// cross-border under the seed's reading (the Øresund fixed link counts) but transnational by land alone.
// Each seed number is checked by a query.

import ClusterAnalysis
import Cypher
import Procedures
import Testing

/// The bundled dataset, loaded once per test.
func bundledDatabase() throws -> GraphDatabase {
    let database = GraphDatabase()
    ProcedureCatalog.registerAll(in: database.procedures)
    try database.executeScript(BundledDataset.script, fileName: BundledDataset.fileName)
    return database
}

@Suite struct BundledDatasetTests {
    @Test func swedenIsTheHubByClustersShared() throws {
        let db = try bundledDatabase()
        let rows = try db.execute("CALL clusters.hubs({level: 'country', by: 'clusters'}) YIELD node, score, rank RETURN node.iso, score, rank").rows
        #expect(rows.first == [.string("SE"), .float(9), .int(1)])
        #expect(rows.dropFirst().allSatisfy { $0[2] != .int(1) }, "Sweden alone is first")
    }

    @Test func centralitiesOfTheCoMembershipNetwork() throws {
        let db = try bundledDatabase()
        func top(_ by: String) throws -> Value? {
            try db.execute("CALL clusters.hubs({level: 'country', by: '\(by)'}) YIELD node, rank WHERE rank = 1 RETURN node.iso").rows.first?[0]
        }
        // Sweden shares the most clusters with the best-connected partners…
        #expect(try top("pagerank") == .string("SE"))
        #expect(try top("eigenvector") == .string("SE"))
        #expect(try top("strength") == .string("SE"))
        // …while Germany alone ties Switzerland and France (BioValley) to the rest: the broker.
        #expect(try top("betweenness") == .string("DE"))
        let regions = try db.execute("CALL clusters.hubs({level: 'region', by: 'degree'}) YIELD node RETURN count(node)").rows
        #expect(regions.first?.first.map { $0 != .int(0) } == true)
    }

    @Test func clusterTypesUnderTheDefaultRule() throws {
        let db = try bundledDatabase()
        let rows = try db.execute("CALL clusters.classify() YIELD cluster, type RETURN cluster.id, type").rows
        let types = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
        for russian in ["RU-C1", "RU-C2", "RU-C3"] { #expect(types[.string(russian)] == .string("domestic")) }
        #expect(types[.string("EU-C2")] == .string("cross-border"), "Bothnian Arc")
        #expect(types[.string("EU-C3")] == .string("transnational"), "ScanBalt")
        #expect(types[.string("EU-C1")] == .string("cross-border"), "Medicon Valley under the seed's reading")
    }

    @Test func mediconValleyIsTransnationalByLandAlone() throws {
        let db = try bundledDatabase()
        let rows = try db.execute(
            "CALL clusters.classify({neighbours: 'land'}) YIELD cluster, type, reason WHERE cluster.id = 'EU-C1' RETURN type, reason"
        ).rows
        #expect(rows.count == 1)
        #expect(rows.first?[0] == .string("transnational"))
    }

    @Test func unknownNeighbourRuleIsRefusedByName() throws {
        let db = try bundledDatabase()
        #expect(throws: CypherError.self) { try db.execute("CALL clusters.classify({neighbours: 'air'})") }
        do {
            _ = try db.execute("CALL clusters.classify({neighbors: 'land'})")
        } catch {
            #expect(error.message.contains("unknown option 'neighbors'"))
        }
    }

    /// (cluster, metric, value, unit) of every number the seed gives for the Russian clusters.
    static let seedNumbers: [(String, String, Double, String)] = [
        ("RU-C1", "revenue", 14, "bn RUB"),
        ("RU-C1", "jobs", 2200, "jobs"),
        ("RU-C1", "taxes", 1, "bn RUB"),
        ("RU-C1", "additional_federal_taxes", 1.1, "bn RUB"),
        ("RU-C1", "private_investment_per_budget_rub", 1.99, "RUB per RUB"),
        ("RU-C1", "supply_contracts", 1, "bn RUB"),
        ("RU-C1", "import_share_aluminium_can", 32, "%"),
        ("RU-C1", "import_share_aluminium_can", 7, "%"),
        ("RU-C1", "export_increase", 4.2, "bn RUB"),
        ("RU-C2", "revenue", 9.8, "bn RUB"),
        ("RU-C2", "jobs", 3100, "jobs"),
        ("RU-C2", "taxes", 851, "bn RUB"),
        ("RU-C2", "export_increase", 2.95, "bn RUB"),
        ("RU-C2", "supply_contracts", 4, "bn RUB"),
        ("RU-C3", "revenue", 15.4, "bn RUB"),
        ("RU-C3", "jobs", 4200, "jobs"),
        ("RU-C3", "taxes", 1.8, "bn RUB"),
    ]

    @Test func seedNumbersAreStoredAsPrinted() throws {
        let db = try bundledDatabase()
        let rows = try db.execute(
            """
            MATCH (c:Cluster)-[:HAS_INDICATOR]->(i:Indicator) WHERE i.source = 'seed'
            RETURN c.id AS cluster, i.metric AS metric, i.value AS value, i.unit AS unit
            """
        ).rows
        for (cluster, metric, value, unit) in Self.seedNumbers {
            let found = rows.contains { row in
                row[0] == .string(cluster) && row[1] == .string(metric) && row[2] == .float(value) && row[3] == .string(unit)
            }
            #expect(found, "\(cluster) \(metric) = \(value) \(unit)")
        }
    }

    @Test func aerosolClusterRevenueAndJobsOf2017() throws {
        let db = try bundledDatabase()
        let rows = try db.execute(
            """
            MATCH (:Cluster {id: 'RU-C1'})-[:HAS_INDICATOR]->(i:Indicator)
            WHERE i.metric IN ['revenue', 'jobs']
            RETURN i.metric, i.value, i.period ORDER BY i.metric
            """
        ).rows
        #expect(rows == [[.string("jobs"), .float(2200), .string("2017")], [.string("revenue"), .float(14), .string("2017")]])
    }

    @Test func typoedTaxesKeepTheirNote() throws {
        let db = try bundledDatabase()
        let rows = try db.execute(
            "MATCH (:Cluster {id: 'RU-C2'})-[:HAS_INDICATOR]->(i:Indicator {metric: 'taxes'}) RETURN i.value, i.suggested_value, i.note IS NOT NULL"
        ).rows
        #expect(rows == [[.float(851), .float(0.851), .bool(true)]])
    }

    @Test func everyNodeAndRelationshipCarriesItsSource() throws {
        let db = try bundledDatabase()
        let missing = try db.execute(
            "MATCH (n) WHERE n.source IS NULL RETURN count(n) AS nodes UNION ALL MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS nodes"
        ).rows
        #expect(missing == [[.int(0)], [.int(0)]])
        let counts = try db.execute("MATCH (n) RETURN count(n) AS n UNION ALL MATCH ()-[r]->() RETURN count(r) AS n").rows
        #expect(counts == [[.int(373)], [.int(719)]], "the counts FalkorDB reports for the same file")
    }
}
