// Data in as users have it, through the process: `clustergraph import` of neo4j-admin's CSV layout into a
// new database that `query` then opens (typed columns and arrays, id spaces; all or nothing — a duplicate
// :ID, a dangling :END_ID or a value not of its type names the file, line and column, and no database is
// written), and `--load` of a GraphML file NetworkX wrote, of APOC's JSON Lines (with NetworkX reading
// nothing here: the layout is Neo4j's), of edge lists, and of our own GraphML and JSON Lines exports
// (which come back byte for byte when exported again).

import Foundation
import Testing

@Suite struct ImportTests {
    let cli = CommandLineTests()

    /// A scratch directory with the files `files` (name → text); removed by the caller.
    func scratch(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    static let regions = "code:ID(Region),name,population:int,tags:string[]\nSE224,Skåne,1400000,south;coast\nDK01,Hovedstaden,1900000,capital\nFI1D9,Pohjois-Pohjanmaa,,north\n"

    @Test func importsIntoANewDatabaseThatQueryOpens() throws {
        let directory = try scratch(["regions.csv": Self.regions, "adj.csv": ":START_ID(Region),:END_ID(Region),kind,km:float\nSE224,DK01,fixed_link,16.4\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("w.cgdb").path
        let imported = try cli.run(["import", "--nodes=Region", directory.appendingPathComponent("regions.csv").path,
                                    "--relationships=ADJACENT", directory.appendingPathComponent("adj.csv").path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 3 nodes and 1 relationships"), "\(imported.stderr)")
        let queried = try cli.run([
            "query", "--db", db, "--format", "csv", "-c",
            "MATCH (a:Region)-[r:ADJACENT]->(b:Region) OPTIONAL MATCH (f:Region {code: 'FI1D9'}) RETURN a.name, a.population, a.tags, r.kind, r.km, b.code, f.population IS NULL AS empty",
        ])
        #expect(queried.stdout == "a.name,a.population,a.tags,r.kind,r.km,b.code,empty\nSkåne,1400000,\"['south', 'coast']\",fixed_link,16.4,DK01,true\n", "\(queried.stdout)\(queried.stderr)")
    }

    @Test(arguments: [
        ("dup.csv", "code:ID(Region),name\nSE224,Skåne\nDK01,Hovedstaden\nSE224,Again\n", "dup.csv:4:1: the id 'SE224' is used twice in id space Region"),
        ("bad.csv", "code:ID(Region),n:int\nA,12x\n", "bad.csv:2:2: '12x' is not of type int"),
        ("odd.csv", "code:ID(Region),name\nA,x,y\n", "odd.csv:2: 3 fields where the header has 2"),
        ("day.csv", "code:ID(Region),joined:date\nA,2019-02-29\n", "day.csv:2:2: '2019-02-29' is not of type date: day 29 is out of range: it must be 1 to 28"),
    ])
    func aBadNodeFileNamesTheLineAndImportsNothing(file: String, text: String, message: String) throws {
        let directory = try scratch([file: text])
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("never.cgdb").path
        let outcome = try cli.run(["import", "--nodes=Region", directory.appendingPathComponent(file).path, "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was imported"))
        #expect(!FileManager.default.fileExists(atPath: db), "a database was written")
    }

    @Test func aDanglingEndNamesTheLineAndImportsNothing() throws {
        let directory = try scratch(["regions.csv": Self.regions, "adj.csv": ":START_ID(Region),:END_ID(Region)\nSE224,DK01\nSE224,XX99\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("never.cgdb").path
        let outcome = try cli.run(["import", "--nodes=Region", directory.appendingPathComponent("regions.csv").path,
                                   "--relationships=ADJACENT", directory.appendingPathComponent("adj.csv").path, "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("adj.csv:3:2: no node has the id 'XX99' in id space Region"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func intoMemoryWithAQueryAndLabelsAndTypesFromColumns() throws {
        let directory = try scratch([
            "nodes.csv": "id:ID,:LABEL,name\n1,Person;Author,Ann\n2,Person,Bo\n",
            "rels.csv": ":START_ID,:END_ID,:TYPE,since:int\n1,2,KNOWS,2019\n2,1,LIKES,2020\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try cli.run([
            "import", "--nodes", directory.appendingPathComponent("nodes.csv").path, "--relationships", directory.appendingPathComponent("rels.csv").path,
            "--format", "csv", "-c", "MATCH (a)-[r]->(b) RETURN a.name, labels(a) AS labels, type(r) AS t, r.since ORDER BY t",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "a.name,labels,t,r.since\nAnn,\"['Person', 'Author']\",KNOWS,2019\nBo,['Person'],LIKES,2020\n", "\(outcome.stdout)")
    }

    /// neo4j-admin's temporal column types: date, localtime, time, localdatetime, datetime, duration.
    @Test func temporalColumnsImportAsTemporalValues() throws {
        let directory = try scratch([
            "members.csv": "code:ID,since:date,meets:localtime,opened:datetime,term:duration,dates:date[]\nSE231,2019-01-01,09:30,2019-01-01T10:00[Europe/Stockholm],P4Y,2019-01-01;2023-01-01\n"
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try cli.run([
            "import", "--nodes=Region", directory.appendingPathComponent("members.csv").path, "--format", "csv", "-c",
            "MATCH (r:Region) RETURN r.since.year AS year, r.meets.minute AS minute, r.opened.offset AS offset, r.since + r.term AS until, size(r.dates) AS n",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "year,minute,offset,until,n\n2019,30,+01:00,2023-01-01,2\n", "\(outcome.stdout)")
    }

    @Test func helpAndBadArgumentsAreUsageMessages() throws {
        let help = try cli.run(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("neo4j-admin's layout") && help.stdout.contains("--relationships"), "\(help.stdout)")
        let nothing = try cli.run(["import", "--db", "x.cgdb"])
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("nothing to import"), "\(nothing.stderr)")
        let orphan = try cli.run(["import", "file.csv", "-c", "RETURN 1"])
        #expect(orphan.stderr.contains("say what it holds first, with --nodes or --relationships"), "\(orphan.stderr)")
    }

    @Test func aGraphMLFileNetworkXWroteLoadsWithItsTypes() throws {
        let directory = try scratch([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("nx.graphml").path
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        writer.arguments = ["-c", """
            import sys, networkx as nx
            G = nx.Graph()
            G.add_node("Stockholm", population=975551, area=188.0, capital=True)
            G.add_node("Helsinki", population=658864, area=214.0, capital=True)
            G.add_node("Turku", population=195000, area=245.7, capital=False)
            G.add_edge("Stockholm", "Helsinki", km=396.0)
            G.add_edge("Helsinki", "Turku", km=150.5)
            nx.write_graphml(G, sys.argv[1])
            """, file]
        try writer.run()
        writer.waitUntilExit()
        try #require(writer.terminationStatus == 0, "python3 with networkx (.ci/install-deps) could not write the file")
        let outcome = try cli.run([
            "query", "--load", file, "--format", "csv", "-c",
            "MATCH (a)-[r]->(b) RETURN a.id, a.population, a.area, a.capital, type(r) AS t, r.km, b.id ORDER BY a.id",
            "-c", "MATCH (n) RETURN count(n) AS nodes, sum(n.population) AS people",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            a.id,a.population,a.area,a.capital,t,r.km,b.id
            Helsinki,658864,214.0,true,RELATED,150.5,Turku
            Stockholm,975551,188.0,true,RELATED,396.0,Helsinki
            nodes,people
            3,1829415

            """, "\(outcome.stdout)")
    }

    @Test func ourGraphMLExportLoadsBackExactly() throws {
        let directory = try scratch([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.graphml").path, second = directory.appendingPathComponent("b.graphml").path
        #expect(try cli.run(["export", "-o", first]).status == 0)
        let again = try cli.run(["export", "--load", first, "-o", second])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        // A key's <default> fills in where a node has no data; data wins where it has.
        let defaulted = directory.appendingPathComponent("defaults.graphml")
        try """
            <graphml><key id="w" for="node" attr.name="weight" attr.type="double"><default>1.5</default></key>
            <graph><node id="a"/><node id="b"><data key="w">4</data></node></graph></graphml>
            """.write(to: defaulted, atomically: true, encoding: .utf8)
        let weights = try cli.run(["query", "--load", defaulted.path, "--format", "csv", "-c", "MATCH (n) RETURN n.id, n.weight ORDER BY n.id"])
        #expect(weights.stdout == "n.id,n.weight\na,1.5\nb,4.0\n", "\(weights.stdout)\(weights.stderr)")
        let bad = directory.appendingPathComponent("bad.graphml")
        try "<graphml>\n<key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/>\n<graph>\n<node id=\"a\"><data key=\"d0\">12x</data></node>\n</graph></graphml>\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try cli.run(["query", "--load", bad.path, "-c", "RETURN 1"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad.graphml:4:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("'12x' is not of type int"), "\(outcome.stderr)")
        for (name, text, message) in [
            ("empty.graphml", "", "empty.graphml:1:1: not GraphML: there is no <graphml> element"),
            ("junk.graphml", "not xml", "junk.graphml:1:1: not GraphML: the XML is not well-formed"),
            ("dangling.graphml", "<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"b\"/></graph></graphml>", "the edge's target 'b' is no node"),
        ] {
            let file = directory.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let failed = try cli.run(["query", "--load", file.path, "-c", "RETURN 1"])
            #expect(failed.status == 1)
            #expect(failed.stderr.contains(message), "\(failed.stderr)")
        }
    }

    @Test func ourJSONLinesExportLoadsBackExactly() throws {
        let directory = try scratch([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.jsonl").path, second = directory.appendingPathComponent("b.jsonl").path
        #expect(try cli.run(["export", "--format", "jsonl", "-o", first]).status == 0)
        let again = try cli.run(["export", "--load", first, "--format", "jsonl", "-o", second])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    /// Lines as APOC writes them: integer or string ids, relationships before their nodes, a null that
    /// means no property, integers apart from floats, arrays; a blank line.
    @Test func apocJSONLinesLoadWithTheirTypes() throws {
        let lines = """
            {"id":"7","type":"relationship","label":"KNOWS","properties":{"since":1993,"weight":1.0},"start":{"id":"1","labels":["User"]},"end":{"id":2,"labels":["User"]}}
            {"type":"node","id":"1","labels":["User","Admin"],"properties":{"name":"Adam","age":42,"male":true,"kids":["Sam","Anna"],"nick":null}}

            {"type":"node","id":2,"labels":["User"],"properties":{"name":"Jim \\u00e9\\ud83d\\ude00","score":2.5e1}}
            """
        let directory = try scratch(["apoc.json": lines])
        defer { try? FileManager.default.removeItem(at: directory) }
        // .json is not recognised as JSON Lines: --load-format says it is.
        let outcome = try cli.run([
            "query", "--load", directory.appendingPathComponent("apoc.json").path, "--load-format", "jsonl", "--format", "csv", "-c",
            "MATCH (a)-[r:KNOWS]->(b) RETURN labels(a) AS l, a.name, a.age, a.male, a.kids, a.nick, r.since, r.weight, b.name, b.score",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            l,a.name,a.age,a.male,a.kids,a.nick,r.since,r.weight,b.name,b.score
            "['User', 'Admin']",Adam,42,true,"['Sam', 'Anna']",,1993,1.0,Jim é😀,25.0

            """, "\(outcome.stdout)")
    }

    @Test(arguments: [
        ("dup.jsonl", "{\"type\":\"node\",\"id\":\"1\"}\n{\"type\":\"node\",\"id\":1}\n", "dup.jsonl:2:1: the node id 1 is used twice"),
        ("dangling.jsonl", "{\"type\":\"node\",\"id\":\"1\"}\n{\"type\":\"relationship\",\"label\":\"R\",\"start\":{\"id\":\"1\"},\"end\":{\"id\":\"9\"}}\n",
         "dangling.jsonl:2:1: the relationship's end node 9 is on no line"),
        ("syntax.jsonl", "{\"type\":\"node\",\"id\":\"1\"}\n{\"type\":\"node\", \"id\":\"2\",}\n", "syntax.jsonl:2:26: not JSON: expected a member name"),
        ("map.jsonl", "{\"type\":\"node\",\"id\":\"1\",\"properties\":{\"at\":{\"x\":1}}}\n", "map.jsonl:1:1: property at is a map"),
        ("short.csv", "a,b\nc\n", "short.csv:2:1: a line needs a source and a target"),
    ])
    func aBadGraphFileNamesThePlaceAndLoadsNothing(name: String, text: String, message: String) throws {
        let directory = try scratch([name: text])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try cli.run(["query", "--load", directory.appendingPathComponent(name).path, "-c", "MATCH (n) RETURN count(n)"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty, "\(outcome.stdout)")
    }

    /// An edge list with a header naming its columns, comments, a blank line, an empty weight and a quoted
    /// name; another without a header, tab-separated, with integer names.
    @Test func edgeListsLoadAsRelatedNodes() throws {
        let directory = try scratch([
            "ties.csv": "Source,Target,Weight,kind\n# regions\nStockholm,Uppsala,2,rail\n\nUppsala,\"Gävle, city\",1.5,\nStockholm,Uppsala,,road\n",
            "plain.tsv": "1\t2\n2\t3\t7\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try cli.run([
            "query", "--load", directory.appendingPathComponent("ties.csv").path, "--format", "csv", "-c",
            "MATCH (a)-[r]->(b) RETURN a.id, type(r) AS t, r.Weight, r.kind, b.id ORDER BY a.id, r.Weight",
            "-c", "MATCH (n) RETURN count(n) AS nodes",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            a.id,t,r.Weight,r.kind,b.id
            Stockholm,RELATED,2,rail,Uppsala
            Stockholm,RELATED,,road,Uppsala
            Uppsala,RELATED,1.5,,"Gävle, city"
            nodes
            3

            """, "\(outcome.stdout)")
        let plain = try cli.run([
            "query", "--load", directory.appendingPathComponent("plain.tsv").path, "--format", "csv", "-c",
            "MATCH (a)-[r]->(b) RETURN a.id + b.id AS sum, r.weight ORDER BY sum",
        ])
        #expect(plain.stdout == "sum,r.weight\n3,\n5,7\n", "\(plain.stdout)\(plain.stderr)")
    }

    /// `import` takes whole graphs too — JSON Lines and an edge list here — beside CSV files, into a new
    /// database; a bad one names its place, and no database is written.
    @Test func importTakesGraphFilesBesideCSV() throws {
        let directory = try scratch([
            "regions.csv": Self.regions,
            "more.jsonl": "{\"type\":\"node\",\"id\":\"a\",\"labels\":[\"City\"],\"properties\":{\"name\":\"Malmö\"}}\n",
            "ties.csv": "source,target,weight\nMalmö,Lund,2\n",
            "bad.jsonl": "{\"type\":\"edge\"}\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let db = path("w.cgdb")
        let imported = try cli.run(["import", "--nodes=Region", path("regions.csv"), "--jsonl", path("more.jsonl"), "--edges", path("ties.csv"), "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 6 nodes and 1 relationships from 3 files"), "\(imported.stderr)")
        let counted = try cli.run(["query", "--db", db, "--format", "csv", "-c", "MATCH (n) RETURN count(n) AS n, count(CASE WHEN n:City THEN 1 END) AS cities"])
        #expect(counted.stdout == "n,cities\n6,1\n", "\(counted.stdout)\(counted.stderr)")
        let bad = path("bad.cgdb")
        let failed = try cli.run(["import", "--nodes=Region", path("regions.csv"), "--jsonl", path("bad.jsonl"), "--db", bad])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.jsonl:1:1: each line must be an object"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bad))
    }
}
