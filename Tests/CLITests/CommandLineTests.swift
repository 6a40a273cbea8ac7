// End-to-end tests of the `clustergraph` executable, run as a user runs it: a separate process with
// arguments and standard input, checked on its standard output, standard error and exit code. They
// cover what only the process shows — stdout holding nothing but results, errors with file:line:column
// on stderr, exit codes, statements from -c (repeated), -f and stdin, --load, --param, and the
// bundled dataset as the default graph.

import Foundation
import Testing

@Suite struct CommandLineTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable, next to the test bundle in the build directory.
    static var executable: URL? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("clustergraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func run(_ arguments: [String], input: String = "") throws -> Outcome {
        try run(arguments, bytes: Array(input.utf8))
    }

    func run(_ arguments: [String], bytes input: [UInt8]) throws -> Outcome {
        let executable = try #require(Self.executable, "no clustergraph binary beside \(CommandLine.arguments[0]); run `swift build` first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A temporary file with `text`, removed by the caller.
    func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Bytes that are not UTF-8 are an error naming the file, line and column — in a script, on standard
    /// input and in a CSV file — unless --lossy reads them as U+FFFD.
    @Test func textThatIsNotUTF8IsAnErrorWithItsPosition() throws {
        let bytes: [UInt8] = Array("RETURN 1 AS one;\nRETURN 'caf".utf8) + [0xE9] + Array("' AS x;\n".utf8)
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)-latin1.cypher")
        try Data(bytes).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let file = try run(["query", "--empty", "-f", script.path])
        #expect(file.status == 1)
        #expect(file.stderr.contains("\(script.path):2:12: not UTF-8 (byte 0xE9)"), "\(file.stderr)")
        #expect(file.stdout == "")
        let lossy = try run(["query", "--empty", "--lossy", "--format", "csv", "-f", script.path])
        #expect(lossy.status == 0 && lossy.stdout.contains("caf\u{FFFD}"), "\(lossy)")
        let piped = try run(["--empty", "--format", "csv"], bytes: bytes)
        #expect(piped.status == 1 && piped.stdout == "one\n1\n", "\(piped)")
        #expect(piped.stderr.contains("<stdin>:2:12: not UTF-8 (byte 0xE9)"), "\(piped.stderr)")
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)-latin1.csv")
        try Data(Array("code\nSk".utf8) + [0xE5] + Array("ne\n".utf8)).write(to: csv)
        defer { try? FileManager.default.removeItem(at: csv) }
        let load = try run([
            "query", "--empty", "--import-dir", csv.deletingLastPathComponent().path, "-c", "LOAD CSV FROM '\(csv.lastPathComponent)' AS r RETURN r",
        ])
        #expect(load.status == 1 && load.stderr.contains("\(csv.path):2:3: not UTF-8 (byte 0xE5)"), "\(load.stderr)")
    }

    @Test func loadCSVReadsAFileIntoTheGraph() throws {
        let csv = try temporaryFile("regions.csv", "code,name\nSE224,\"Skåne, län\"\nDK01,Hovedstaden\n")
        defer { try? FileManager.default.removeItem(at: csv) }
        let outcome = try run([
            "query", "--empty", "--format", "csv", "--import-dir", csv.deletingLastPathComponent().path,
            "-c", "LOAD CSV WITH HEADERS FROM 'file://\(csv.path)' AS row CREATE (:Region {code: row.code, name: row.name})",
            "-c", "MATCH (r:Region) RETURN r.code AS code, r.name AS name ORDER BY code",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "code,name\nDK01,Hovedstaden\nSE224,\"Skåne, län\"\n")
        #expect(outcome.stderr == "")
    }

    @Test func aMalformedCSVFileIsReportedByFileLineAndColumn() throws {
        let csv = try temporaryFile("bad.csv", "code,name\nSE224,ok\nDK01,\"unclosed\n")
        defer { try? FileManager.default.removeItem(at: csv) }
        let outcome = try run([
            "query", "--empty", "--format", "csv", "--import-dir", csv.deletingLastPathComponent().path,
            "-c", "LOAD CSV WITH HEADERS FROM '\(csv.path)' AS row CREATE (:Region {code: row.code})",
            "-c", "MATCH (r:Region) RETURN count(r) AS n",
        ])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("ExternalResourceError (ExternalResourceFailed): \(csv.path):3:6: a quoted field is not closed"))
        #expect(outcome.stdout == "")
        let missing = try run(["query", "--empty", "--import-dir", "/", "-c", "LOAD CSV FROM '/nonexistent/x.csv' AS r RETURN r"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot load CSV from '/nonexistent/x.csv': no such file"))
        // Outside the import directory (the current one, by default), nothing is read.
        let outside = try run(["query", "--empty", "-c", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r"])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("outside the import directory"), "\(outside.stderr)")
        #expect(outside.stdout == "")
    }

    @Test func anExportedScriptLoadsBackAndGraphMLGoesToAFile() throws {
        let script = try temporaryFile("export.cypher", "")
        let graphml = try temporaryFile("export.graphml", "")
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(at: graphml)
        }
        let exported = try run(["export", "-c", "MATCH (n:Indicator) DETACH DELETE n", "-o", script.path])
        #expect(exported.status == 0)
        #expect(exported.stderr.hasPrefix("wrote \(script.path) ("))
        let counts = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"
        let original = try run(["query", "-c", "MATCH (n:Indicator) DETACH DELETE n", "-c", counts, "--format", "csv"])
        let reloaded = try run(["query", "--load", script.path, "-c", counts, "--format", "csv"])
        #expect(reloaded.status == 0)
        #expect(reloaded.stdout == original.stdout.split(separator: "\n").suffix(2).joined(separator: "\n") + "\n")
        let picture = try run(["export", "-o", graphml.path])
        #expect(picture.status == 0)
        #expect(try String(contentsOf: graphml, encoding: .utf8).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"))
        let unwritable = try run(["export", "-o", "/nonexistent/dir/x.cypher"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("cannot write '/nonexistent/dir/x.cypher'"))
    }

    @Test func anExportThatCannotBeWrittenFails() throws {
        let executable = try #require(Self.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["export", "--format", "jsonl"]
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(err.contains("writing to standard output failed"))
    }

    @Test func aDatabaseKeepsEveryCommittedStatementAcrossRuns() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("cg-db-\(UUID().uuidString).cgdb")
        defer { try? FileManager.default.removeItem(at: db) }
        let created = try run(["query", "--db", db.path, "--empty", "-c", "CREATE (:Country {iso: 'SE'})-[:BORDERS]->(:Country {iso: 'FI'})"])
        #expect(created.status == 0)
        let failing = try run(["query", "--db", db.path, "-c", "MATCH (c:Country {iso: 'SE'}) SET c.hub = true", "-c", "CREATE (:Country {iso: })"])
        #expect(failing.status == 1)
        func logSize() throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: db.path + "/log")[.size] as? Int)
        }
        let before = try logSize()
        let read = try run([
            "query", "--db", db.path, "--format", "csv", "-c", "MATCH (c:Country) RETURN c.iso AS iso, c.hub AS hub ORDER BY iso",
        ])
        #expect(read.stdout == "iso,hub\nFI,\nSE,true\n")
        // A statement that changes nothing logs nothing.
        #expect(try logSize() == before)
        let reopened = try run(["query", "--db", db.path, "--empty", "-c", "RETURN 1"])
        #expect(reopened.status != 0)
        #expect(reopened.stderr.contains("exists: it is opened as it is"))
        let nowhere = try run(["query", "--db", "/nonexistent/dir/x.cgdb", "--empty", "-c", "RETURN 1"])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("cannot create the database"), "\(nowhere.stderr)")
        // A database file of an earlier version (an openCypher script) is named as such, with the way out.
        let old = try temporaryFile("old.cypher", "CREATE (:A);\n")
        defer { try? FileManager.default.removeItem(at: old) }
        let legacy = try run(["query", "--db", old.path, "-c", "RETURN 1"])
        #expect(legacy.status == 1 && legacy.stderr.contains("--load \(old.path) --db \(old.path).cgdb"), "\(legacy.stderr)")
    }

    /// One process writes a database at a time: a second writer is refused with a clear message while a
    /// --read-only one opens and reads (and refuses to write).
    @Test func aSecondWriterIsRefusedAndAReaderReads() throws {
        let executable = try #require(Self.executable)
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("cg-db-\(UUID().uuidString).cgdb")
        defer { try? FileManager.default.removeItem(at: db) }
        #expect(try run(["query", "--db", db.path, "--empty", "-c", "CREATE (:A {k: 1})"]).status == 0)
        // The first writer: a shell that stays open while its input is.
        let shell = Process()
        shell.executableURL = executable
        shell.arguments = ["--db", db.path]
        let input = Pipe()
        shell.standardInput = input
        shell.standardOutput = Pipe()
        shell.standardError = Pipe()
        try shell.run()
        defer {
            try? input.fileHandleForWriting.close()
            shell.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("CREATE (:A {k: 2});\n".utf8))
        Thread.sleep(forTimeInterval: 1)
        let second = try run(["query", "--db", db.path, "-c", "CREATE (:A {k: 3})"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("is open in another process"), "\(second.stderr)")
        let reader = try run(["query", "--db", db.path, "--read-only", "--format", "csv", "-c", "MATCH (a:A) RETURN a.k AS k ORDER BY k"])
        #expect(reader.status == 0 && reader.stdout == "k\n1\n2\n", "\(reader)")
        let readerWrites = try run(["query", "--db", db.path, "--read-only", "-c", "CREATE (:A {k: 4})"])
        #expect(readerWrites.status == 1 && readerWrites.stderr.contains("read-only"), "\(readerWrites.stderr)")
    }

    @Test func theBundledDatasetIsTheDefaultGraph() throws {
        let outcome = try run(["query", "-c", "MATCH (c:Country {iso: 'SE'}) RETURN c.name AS name", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "name\nSweden\n")
        #expect(outcome.stderr == "")
    }

    @Test func repeatedCommandsRunInOrderOnOneGraph() throws {
        let outcome = try run([
            "query", "--empty", "-c", "CREATE (:A {x: 1}), (:A {x: 2})", "-c", "MATCH (a:A) RETURN sum(a.x) AS total", "--format", "csv",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "total\n3\n")
    }

    @Test func statementsFromAFileWithCommentsAndSemicolonsInStrings() throws {
        let file = try temporaryFile(
            "q.cypher",
            """
            // a comment; with a semicolon
            CREATE (:Note {text: 'a; b'});
            /* another
               comment */
            MATCH (n:Note) RETURN n.text AS text
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try run(["query", "--empty", "-f", file.path, "--format", "jsonl"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "{\"text\": \"a; b\"}\n")
    }

    @Test func statementsFromStandardInputWithAParameter() throws {
        let outcome = try run(["query", "--empty", "--param", "x=41", "--format", "csv"], input: "RETURN $x + 1 AS y\n")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "y\n42\n")
    }

    @Test func aSyntaxErrorGoesToStandardErrorWithItsPositionAndFailsTheCommand() throws {
        let outcome = try run(["query", "--empty", "-c", "MATCH (n) RETRUN n"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("query:1:11"))
        #expect(outcome.stderr.contains("1 | MATCH (n) RETRUN n\n  |           ^^^^^^"))
    }

    @Test func aMalformedScriptNamesItsFileLineAndColumnAndFailsTheCommand() throws {
        let script = try temporaryFile("bad.cypher", "CREATE (:A {x: 1});\nCREATE (:B {x: 2});\nCREATE (:C {x: });\n")
        defer { try? FileManager.default.removeItem(at: script) }
        let outcome = try run(["query", "--load", script.path, "-c", "MATCH (n) RETURN count(n) AS n"])
        #expect(outcome.status != 0)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("\(script.lastPathComponent):3:16"))
    }

    /// A statement stopped by the memory limit leaves the memory it took free for the next one: its
    /// writes are rolled back, and the limit (the resident set) is measured after the allocator gave back
    /// what it keeps freed (ResourceLimitTests checks that part alone, since how much glibc keeps depends
    /// on the build).
    @Test func aStatementStoppedByTheMemoryLimitLeavesRoomForTheNext() throws {
        // Every MERGE matches all X nodes so far and the CREATE after it doubles them: rows grow
        // exponentially until the limit stops the statement.
        let runaway = String(repeating: "CREATE (:X) MERGE (:X) CREATE (:X)\n", count: 14) + ";\n"
        let counting = "UNWIND range(1, 200000) AS i RETURN count(*) AS n;\n"
        let outcome = try run(["--empty", "--format", "csv", "--memory-limit", "300MB"], input: runaway + counting + runaway + counting)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.components(separatedBy: "MemoryLimit").count - 1 == 2, "\(outcome.stderr)")
        #expect(outcome.stdout == "n\n200000\nn\n200000\n")
    }

    @Test func withoutASubcommandTheShellReadsAPipe() throws {
        let outcome = try run(
            ["--empty", "--format", "csv"], input: "CREATE (:A {x: 1});\nMATCH (a:A)\nRETURN a.x AS x;\nRETRUN 1;\n:format jsonl\nRETURN 2 AS y")
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "x\n1\n{\"y\": 2}\n")
        #expect(outcome.stderr.contains("Created 1 node"))
        #expect(outcome.stderr.contains("<stdin>:4:1"))
    }

    /// Scriptable output: several results in json are one valid document; a plan in csv or json goes to
    /// standard error; csv tells a null from an empty string (and --null names the null).
    @Test func outputForScriptsStaysParseable() throws {
        let several = try run(["query", "-c", "RETURN 1 AS a", "-c", "CREATE (:Tmp)", "-c", "UNWIND [2, 3] AS b RETURN b", "--format", "json"])
        #expect(several.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(several.stdout.utf8)) as? [[[String: Int]]]
        #expect(parsed == [[["a": 1]], [["b": 2], ["b": 3]]], "\(several.stdout)")
        let one = try run(["query", "-c", "RETURN 1 AS a", "--format", "json"])
        #expect(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Int]] == [["a": 1]])

        let profiled = try run(["query", "-c", "PROFILE MATCH (c:Country) RETURN count(c) AS n", "--format", "csv"])
        #expect(profiled.stdout == "n\n26\n")
        #expect(profiled.stderr.contains("NodeByLabelScan"), "\(profiled.stderr)")
        let explained = try run(["query", "-c", "EXPLAIN MATCH (c:Country) RETURN c", "--format", "json"])
        #expect(explained.stdout.isEmpty || (try? JSONSerialization.jsonObject(with: Data(explained.stdout.utf8))) != nil, "\(explained.stdout)")

        let nulls = try run(["query", "-c", "RETURN null AS a, '' AS b, 'x' AS c", "--format", "csv"])
        #expect(nulls.stdout == "a,b,c\n,\"\",x\n")
        let named = try run(["query", "-c", "RETURN null AS a, '' AS b", "--format", "csv", "--null", "NULL"])
        #expect(named.stdout == "a,b\nNULL,\"\"\n")
    }

    /// The formats for people and other tools beside csv and json: tsv (escaped, one row a line),
    /// markdown (a GitHub table, numbers right-aligned) and line (a value per line, for wide rows).
    @Test(arguments: [
        ("tsv", "s\tx\tn\na|b\t1.5\t\ntab\\there\t2\t\n"),
        ("markdown", "| s | x | n |\n|---|---:|---:|\n| a\\|b | 1.5 |  |\n| tab\there | 2 |  |\n"),
        ("line", "s = a|b\nx = 1.5\nn = null\n\ns = tab\there\nx = 2\nn = null\n"),
    ])
    func moreOutputFormats(format: String, expected: String) throws {
        let outcome = try run(["query", "--format", format, "-c", "RETURN 'a|b' AS s, 1.5 AS x, null AS n UNION ALL RETURN 'tab\there' AS s, 2 AS x, null AS n"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == expected, "\(outcome.stdout)")
    }

    @Test func renderWritesDOTAndPictures() throws {
        let query = "MATCH p = (:Cluster {name: 'Bothnian Arc'})-[:INVOLVES]->(:Country) RETURN p"
        let dot = try run(["render", "-c", query, "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph clustergraph {"))
        for caption in ["label=\"Bothnian Arc\", shape=hexagon", "label=\"Sweden\", shape=box", "label=\"Finland\", shape=box"] {
            #expect(dot.stdout.contains(caption), "\(caption)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        let svg = try run(["render", "-c", query, "-o", file.path])
        #expect(svg.status == 0)
        #expect(svg.stdout == "")
        // A layout slower than a second (a loaded machine) says so first, on its own line.
        #expect(svg.stderr.split(separator: "\n").last?.hasPrefix("wrote \(file.path)") == true, "\(svg.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Bothnian Arc"))
    }

    @Test func renderDrawsTiesFromColumns() throws {
        let query = "CALL clusters.ties({level: 'country'}) YIELD a, b, shared WHERE a.iso = 'DK' AND b.iso = 'SE' RETURN a, b, shared"
        let outcome = try run(["render", "-c", query, "--tie", "a,b,shared", "--format", "dot"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("[dir=none, label=\"5\", penwidth=6.0];"), "\(outcome.stdout)")
        let wrong = try run(["render", "-c", query, "--tie", "a,x"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "error: --tie: no result has the columns a, x; the last result's columns are a, b, shared.\n")
    }

    @Test func renderingNothingIsAnError() throws {
        let outcome = try run(["render", "-c", "MATCH (c:Country) RETURN c.name"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("returned no nodes, relationships or paths to draw"))
    }

    @Test func theCentralityCommandRanksTheBundledDataset() throws {
        let outcome = try run(["centrality", "--project", "country", "--algorithm", "degree", "--top", "1", "--format", "csv"])
        #expect(outcome.status == 0)
        // Germany shares a cluster with 12 other countries, more than any other (Queries/hubs.expected).
        #expect(outcome.stdout == "rank,key,name,degree\n1,DE,Germany,12.0\n")
    }

    @Test func anUnknownAlgorithmIsRefusedWithTheChoices() throws {
        let outcome = try run(["centrality", "--algorithm", "betweeness"])
        #expect(outcome.status != 0)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("betweenness"))
    }

    /// A MERGE that will scan a large label for every row says so on standard error, with the fix, and
    /// still answers on standard output.
    @Test func aScanPerRowThatAnIndexWouldAvoidIsNoted() throws {
        let outcome = try run([
            "query", "--empty", "--format", "csv", "-c", "UNWIND range(1, 10000) AS i CREATE (:P {k: i})",
            "-c", "UNWIND range(1, 3) AS i MERGE (p:P {k: i}) RETURN count(p) AS n",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "n\n3\n", "\(outcome.stdout)")
        #expect(outcome.stderr.contains("note: MERGE scans all 10000 :P nodes for every incoming row"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("CREATE INDEX FOR (n:P) ON (n.k)"), "\(outcome.stderr)")
    }
}
