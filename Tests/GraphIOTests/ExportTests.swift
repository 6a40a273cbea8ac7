// Tests of the graph exports: golden files of a small graph in each format (UPDATE_GOLDEN=1 rewrites
// them after a deliberate change — review the diff), the bundled dataset through the Cypher script and
// back with nothing lost, GraphML that an XML parser reads with every data key declared, and JSON Lines
// whose every line is a JSON object.

import ClusterAnalysis
import Foundation
import GraphIO
import GraphStore
import Testing

@testable import Cypher

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ExportTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Two labels on a node, a reserved word as a type, a key that needs quoting, text that needs
    /// escaping in every format, numbers, booleans, lists, an index and a constraint.
    static func smallGraph() throws -> GraphDatabase {
        let database = GraphDatabase()
        try database.executeScript(
            """
            CREATE INDEX country_iso FOR (c:Country) ON (c.iso);
            CREATE CONSTRAINT region_code FOR (r:Region) REQUIRE r.code IS UNIQUE;
            CREATE (se:Country {iso: 'SE', name: 'Sweden', members: 9, hub: true}),
                   (r:Region:Border {code: 'SE332', name: 'Övre Norrland <north> & "Lapland"', `share of GDP`: 0.5, tags: ['arctic', 'it\\'s']}),
                   (r)-[:`IN` {since: 1995}]->(se),
                   (:Note {text: 'line one\\nline two\\ttab', label: 'a note', labels: 'its own'}),
                   (r)-[:SEE {type: 'reference', label: 'see also', weight: 1.0 / 0.0}]->(se)
            """)
        return database
    }

    @Test(arguments: ExportFormat.allCases)
    func aSmallGraphInEachFormat(format: ExportFormat) throws {
        let text = try Self.smallGraph().graph.exported(as: format)
        let url = Self.goldenDirectory.appendingPathComponent("small.\(format.fileExtension)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// The small graph in batches of two rows, in each engine's dialect (golden files: the schema lines
    /// differ, the batches do not).
    @Test(arguments: CypherDialect.allCases)
    func aSmallGraphInBatchesInEachDialect(dialect: CypherDialect) throws {
        let text = try Self.smallGraph().graph.exported(as: .cypher, cypher: CypherExportOptions(dialect: dialect, batchSize: 2))
        let url = Self.goldenDirectory.appendingPathComponent("small.batches.\(dialect.rawValue).cypher")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// Reloaded from UNWIND batches (of 1, 7 and 500 rows), a graph is the one exported: the same
    /// script in one CREATE, the same schema, and no trace of the temporary label.
    @Test(arguments: [1, 7, 500])
    func aGraphSurvivesItsBatchedScriptUnchanged(batchSize: Int) throws {
        let original = GraphDatabase()
        try original.executeScript(BundledDataset.script)
        let batched = original.graph.exported(as: .cypher, cypher: CypherExportOptions(batchSize: batchSize))
        #expect(batched.contains("UNWIND ["))
        let reloaded = GraphDatabase()
        try reloaded.executeScript(batched)
        #expect(reloaded.graph.exported(as: .cypher) == original.graph.exported(as: .cypher))
        #expect(reloaded.graph.schemaElements == original.graph.schemaElements)
        #expect(try reloaded.execute("MATCH (n:_cg_export) RETURN count(n)").rows == [[.int(0)]])
    }

    /// ClusterGraph reads every dialect it writes (Memgraph's `CREATE/DROP INDEX ON :L(k)`, FalkorDB's
    /// `DROP INDEX FOR (n:L) ON (n.k)`): the batched script of each gives the graph back.
    @Test(arguments: CypherDialect.allCases)
    func everyDialectLoadsBack(dialect: CypherDialect) throws {
        let original = GraphDatabase()
        try original.executeScript(BundledDataset.script)
        let script = original.graph.exported(as: .cypher, cypher: CypherExportOptions(dialect: dialect, batchSize: 100))
        let reloaded = GraphDatabase()
        try reloaded.executeScript(script)
        #expect(reloaded.graph.exported(as: .graphml) == original.graph.exported(as: .graphml))
        #expect(reloaded.graph.schemaElements.map { [$0.label, $0.property] } == original.graph.schemaElements.map { [$0.label, $0.property] })
        #expect(throws: CypherError.self) { try reloaded.execute("DROP INDEX ON :Nothing(here)") }
    }

    @Test(arguments: [false, true])
    func aGraphSurvivesItsCypherScriptUnchanged(bundled: Bool) throws {
        let original = bundled ? GraphDatabase() : try Self.smallGraph()
        if bundled { try original.executeScript(BundledDataset.script) }
        let script = original.graph.exported(as: .cypher)
        let reloaded = GraphDatabase()
        try reloaded.executeScript(script)
        #expect(reloaded.graph.nodeCount == original.graph.nodeCount)
        #expect(reloaded.graph.relationshipCount == original.graph.relationshipCount)
        // Ids are dense in both, so the reloaded graph writes the very same script.
        #expect(reloaded.graph.exported(as: .cypher) == script)
        #expect(reloaded.graph.exported(as: .graphml) == original.graph.exported(as: .graphml))
        #expect(reloaded.graph.schemaElements == original.graph.schemaElements)
    }

    @Test func graphMLParsesWithEveryDataKeyDeclared() throws {
        let database = GraphDatabase()
        try database.executeScript(BundledDataset.script)
        let document = database.graph.exported(as: .graphml)
        final class Collector: NSObject, XMLParserDelegate {
            var declared: Set<String> = []
            var used: Set<String> = []
            var counts: [String: Int] = [:]
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                counts[name, default: 0] += 1
                if name == "key", let id = attributes["id"] { declared.insert(id) }
                if name == "data", let key = attributes["key"] { used.insert(key) }
            }
        }
        let parser = XMLParser(data: Data(document.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(collector.counts["node"] == database.graph.nodeCount)
        #expect(collector.counts["edge"] == database.graph.relationshipCount)
        #expect(collector.used.isSubset(of: collector.declared))
    }

    /// The export read back by the peer tools (Debian's python3-networkx and python3-igraph, installed by
    /// .ci/install-deps): every node keeps its id in igraph and has a label for Gephi and yEd, and
    /// NetworkX sees the same nodes, edges and typed attributes.
    @Test func graphMLReadByIgraphAndNetworkX() throws {
        let database = GraphDatabase()
        try database.executeScript(BundledDataset.script)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        try database.graph.exported(as: .graphml).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import sys, warnings, igraph, networkx as nx
            warnings.simplefilter("error")
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            ids = g.vs["id"]
            print(g.vcount(), g.ecount(), len(set(ids)), all(i.startswith("n") for i in ids), sum(1 for l in g.vs["label"] if l))
            G = nx.read_graphml(sys.argv[1])
            sweden = next(d for _, d in G.nodes(data=True) if d.get("iso") == "SE")
            print(len(G), G.number_of_edges(), sweden["label"], type(sweden["lat"]).__name__, sweden["in_seed"])
            """
        let (status, printed, problems) = try runPython(script, file.path)
        #expect(status == 0, "python3 with networkx and igraph (.ci/install-deps) failed: \(problems)")
        let (nodes, edges) = (database.graph.nodeCount, database.graph.relationshipCount)
        #expect(printed == "\(nodes) \(edges) \(nodes) True \(nodes)\n\(nodes) \(edges) Sweden float True\n", "\(printed)\(problems)")
    }

    @Test func jsonLinesAreOneObjectPerElement() throws {
        let database = try Self.smallGraph()
        let lines = database.graph.exported(as: .jsonl).split(separator: "\n")
        #expect(lines.count == database.graph.nodeCount + database.graph.relationshipCount)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["type"] as? String == "node" || object?["type"] as? String == "relationship")
        }
    }
}

/// Runs a Python script (with Debian's python3, which has networkx and igraph after .ci/install-deps)
/// and returns its exit status, standard output and standard error.
func runPython(_ script: String, _ arguments: String...) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, printed, problems)
}
