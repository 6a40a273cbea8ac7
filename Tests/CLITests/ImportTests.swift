// `clustergraph import` as a user runs it: neo4j-admin's CSV layout into a new database that `query`
// then opens, typed columns and arrays, id spaces; and all or nothing — a duplicate :ID, a dangling
// :END_ID or a value not of its type names the file, line and column, and no database is written.

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
}
