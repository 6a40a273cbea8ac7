// Temporal values through every export: the Cypher script (in one CREATE and in batches) and GraphML
// give back the very values — export → load → export is byte for byte the same — and NetworkX reads the
// GraphML's temporal attributes as ISO 8601 strings; JSON Lines writes them as APOC does, as strings.

import Foundation
import GraphIO
import GraphStore
import Testing

@testable import Cypher

@Suite struct TemporalExportTests {
    /// A node with a value of each temporal type (a datetime in a named zone, one in a fixed offset),
    /// a list of dates, and a relationship with a date.
    static func temporalGraph() throws -> GraphDatabase {
        let database = GraphDatabase()
        try database.executeScript(
            """
            CREATE (a:Event {d: date('2019-01-01'), lt: localtime('12:31:14.645876123'), t: time('21:40+01:00'),
                             ldt: localdatetime('+12345-07-21T21:40:32.142'), zoned: datetime('2019-10-27T02:30[Europe/Stockholm]'),
                             fixed: datetime('1984-10-11T12:31-03:30'), dur: duration('P1Y2M3DT-4H5M6.000000007S'),
                             days: [date('2001-01-01'), date('-0044-03-15')]}),
                   (a)-[:NEXT {since: date('2022-01-01')}]->(:Event {d: date('2022-01-01')})
            """)
        return database
    }

    @Test(arguments: [0, 1, 2])
    func theCypherScriptGivesBackTheSameValues(batchSize: Int) throws {
        let original = try Self.temporalGraph()
        let options = batchSize == 0 ? CypherExportOptions() : CypherExportOptions(batchSize: batchSize)
        let script = original.graph.exported(as: .cypher, cypher: options)
        let reloaded = GraphDatabase()
        try reloaded.executeScript(script)
        #expect(reloaded.graph.exported(as: .cypher) == original.graph.exported(as: .cypher))
        let values = try reloaded.execute("MATCH (e:Event) WHERE e.zoned IS NOT NULL RETURN e.zoned.offset, e.dur.nanosecondsOfSecond, e.days[1].year").rows
        #expect(values == [[.string("+02:00"), .int(7), .int(-44)]])
    }

    @Test func graphMLGivesBackTheSameValues() throws {
        let original = try Self.temporalGraph()
        // GraphML has no list type: a list is written as its Cypher text and read back as a string.
        _ = try original.execute("MATCH (e:Event) REMOVE e.days")
        let document = original.graph.exported(as: .graphml)
        #expect(document.contains("attr.name=\"zoned\" attr.type=\"string\" cg.temporal=\"datetime\""))
        let reloaded = GraphDatabase()
        _ = try GraphMLReader.read(Array(document.utf8), name: "temporal.graphml", into: reloaded.graph)
        #expect(reloaded.graph.exported(as: .graphml) == document)
        #expect(reloaded.graph.exported(as: .cypher) == original.graph.exported(as: .cypher))
    }

    @Test func networkXReadsISOStrings() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.temporalGraph().graph.exported(as: .graphml).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import sys, networkx as nx
            G = nx.read_graphml(sys.argv[1])
            a = next(d for _, d in G.nodes(data=True) if "zoned" in d)
            print(a["d"], a["zoned"], a["dur"], a["ldt"], type(a["d"]).__name__)
            print([d["since"] for _, _, d in G.edges(data=True)])
            """
        let (status, printed, problems) = try runPython(script, file.path)
        #expect(status == 0, "python3 with networkx (.ci/install-deps) failed: \(problems)")
        #expect(
            printed == "2019-01-01 2019-10-27T02:30+02:00[Europe/Stockholm] P1Y2M3DT-3H-54M-53.999999993S +12345-07-21T21:40:32.142 str\n['2022-01-01']\n",
            "\(printed)\(problems)")
    }

    @Test func jsonLinesWriteISOStrings() throws {
        let lines = try Self.temporalGraph().graph.exported(as: .jsonl)
        #expect(lines.contains("\"d\":\"2019-01-01\""))
        #expect(lines.contains("\"since\":\"2022-01-01\""))
        #expect(lines.contains("\"days\":[\"2001-01-01\",\"-0044-03-15\"]"))
    }
}
