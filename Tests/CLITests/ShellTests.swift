// Tests of the interactive shell's core, driven by scripted lines instead of a terminal: statements over
// several lines, Ctrl-C, the end of input, shell commands and their errors, and Tab completion's words.
// The terminal itself (libedit) is exercised by CommandLineTests through a pipe and by hand.

import Cypher
import Foundation
import Testing

@testable import ClusterGraphCLI

@Suite struct ShellTests {
    /// Lines given in advance; records what the shell asked to remember.
    struct ScriptedLines: LineSource {
        var reads: [LineRead]
        /// As if typed at a terminal (Ctrl-C and Ctrl-D act on the statement being typed).
        var isTyped = true
        var prompts: [String] = []
        var remembered: [String] = []
        mutating func read(prompt: String) -> LineRead {
            prompts.append(prompt)
            return reads.isEmpty ? .end : reads.removeFirst()
        }
        mutating func remember(_ text: String) { remembered.append(text) }
    }

    final class Transcript {
        var out = ""
        var err: [String] = []
    }

    func shell(_ database: GraphDatabase = GraphDatabase(), format: OutputFormat = .csv) -> (Shell, Transcript) {
        let transcript = Transcript()
        let shell = Shell(
            database: database, format: format, interactive: false,
            write: { transcript.out += $0 }, writeError: { transcript.err.append($0) })
        return (shell, transcript)
    }

    func run(_ lines: [LineRead], on shell: Shell, typed: Bool = true) -> ScriptedLines {
        var source = ScriptedLines(reads: lines, isTyped: typed)
        shell.run(&source)
        return source
    }

    @Test func aStatementRunsWhenItsSemicolonArrives() {
        let (shell, transcript) = shell()
        let source = run([.line("UNWIND [1, 2] AS x"), .line("RETURN x * 10 AS y"), .line(";"), .line("RETURN 'a;b' AS s;")], on: shell)
        #expect(transcript.out == "y\n10\n20\ns\na;b\n")
        #expect(source.prompts == [Shell.prompt, Shell.continuationPrompt, Shell.continuationPrompt, Shell.prompt, Shell.prompt])
        #expect(source.remembered == ["UNWIND [1, 2] AS x\nRETURN x * 10 AS y\n;", "RETURN 'a;b' AS s;"])
        #expect(!shell.failed)
    }

    @Test func ctrlCDropsTheStatementBeingTyped() {
        let (shell, transcript) = shell()
        _ = run([.line("RETURN 1 AS one"), .interrupted, .line("RETURN 2 AS two;")], on: shell)
        #expect(transcript.out == "two\n2\n")
    }

    @Test func theEndOfAPipedScriptRunsAnUnterminatedStatement() {
        let (shell, transcript) = shell()
        _ = run([.line("CREATE (:A {x: 1});"), .line("MATCH (a:A) RETURN a.x AS x")], on: shell, typed: false)
        #expect(transcript.out == "x\n1\n")
        #expect(transcript.err == ["Created 1 node, set 1 property, added 1 label"])
    }

    @Test func ctrlDOnAnUnfinishedTypedStatementDiscardsIt() {
        let (shell, transcript) = shell()
        _ = run([.line("MATCH (a:A)"), .end, .line("RETURN 2 AS two;")], on: shell)
        #expect(transcript.out == "two\n2\n")
        #expect(transcript.err == ["the unfinished statement was discarded"])
    }

    @Test func anErrorIsReportedWithItsPositionAndTheShellGoesOn() {
        let (shell, transcript) = shell()
        _ = run([.line("RETURN 0 AS zero;"), .line(""), .line("MATCH (n)"), .line("  RETRUN n;"), .line("RETURN 1 AS ok;")], on: shell)
        #expect(transcript.out == "zero\n0\nok\n1\n")
        #expect(transcript.err.count == 1)
        #expect(transcript.err.first?.contains("query:4:3") == true, "the line of the input, not of the statement")
        #expect(shell.failed)
    }

    @Test func parametersFormatsAndQuitting() {
        let (shell, transcript) = shell()
        _ = run(
            [
                .line(":param limit => 2"), .line(":param name = 'Malmö'"), .line(":param arrow = 'a=>b'"), .line(":params"),
                .line(":format jsonl"),
                .line("UNWIND range(1, 5) AS i WITH i LIMIT $limit RETURN i, $name AS name;"), .line(":quit"),
                .line("RETURN 'never' AS x;"),
            ], on: shell)
        #expect(transcript.out == ":param arrow => 'a=>b'\n:param limit => 2\n:param name => 'Malmö'\n{\"i\": 1, \"name\": \"Malmö\"}\n{\"i\": 2, \"name\": \"Malmö\"}\n")
        #expect(!shell.failed)
    }

    @Test(arguments: [
        (":frmat csv", "unknown command :frmat (did you mean :format?)"),
        (":format xml", ":format [table|csv|tsv|json|jsonl|markdown|line]: unknown format 'xml'"),
        (":param 1x", ":param [name => value]: write :param name => value"),
        (":param x => [1,", ":param [name => value]: the value must be a Cypher literal"),
        (":timing maybe", ":timing [on|off]: say on or off"),
        (":history 0", ":history [n]: give a number above 0"),
        (":source /nonexistent.cypher", ":source file: cannot open '/nonexistent.cypher'"),
        (":load /nonexistent.cypher", ":load file: cannot open '/nonexistent.cypher'"),
    ])
    func aBadCommandSaysWhatIsWrong(line: String, message: String) {
        let (shell, transcript) = shell()
        _ = run([.line(line)], on: shell)
        #expect(transcript.err.first?.hasPrefix("error: " + message) == true, "\(transcript.err)")
        #expect(shell.failed)
    }

    /// Without an argument, :timing, :param and :format say how things stand.
    @Test func commandsWithoutArgumentsShowTheState() {
        let (shell, transcript) = shell()
        _ = run([.line(":timing"), .line(":param"), .line(":format"), .line(":param a => 5"), .line(":param")], on: shell)
        #expect(transcript.err == ["timing is off", "no parameters", "the format is csv"])
        #expect(transcript.out == ":param a => 5\n")
        #expect(!shell.failed)
    }

    /// :source runs a file's statements as if typed — results printed — and stops at the first that
    /// fails, naming the file, line and column; :history lists what was entered, numbered.
    @Test func sourceRunsAFileAndHistoryListsTheSession() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).cypher")
        defer { try? FileManager.default.removeItem(at: file) }
        try "RETURN 1 AS one;\nRETURN x;\nRETURN 3 AS three;\n".write(to: file, atomically: true, encoding: .utf8)
        let (shell, transcript) = shell()
        _ = run([.line(":source \(file.path)"), .line("RETURN 2 AS two;"), .line(":history"), .line(":history 1")], on: shell)
        #expect(transcript.out == "one\n1\ntwo\n2\n1  :source \(file.path)\n2  RETURN 2 AS two;\n3  :history\n")
        #expect(transcript.err.contains { $0.contains("\(file.path):2:8") }, "\(transcript.err)")
        #expect(transcript.err.last == "error: :source file: \(file.path) stopped at the statement that failed")
        #expect(!transcript.out.contains("three"))
    }

    /// :schema lists each label and relationship type with its count and property keys (in name order),
    /// then the indexes and constraints.
    @Test func schemaListsCountsAndPropertyKeys() {
        let (shell, transcript) = shell()
        _ = run(
            [
                .line("CREATE (:A {x: 1, b: 2})-[:R {w: 1}]->(:A:B), (:C);"), .line("CREATE INDEX FOR (a:A) ON (a.x);"),
                .line(":schema"),
            ], on: shell)
        #expect(transcript.out.hasPrefix("""
            label,nodes,properties
            A,2,"['b', 'x']"
            B,1,[]
            C,1,[]
            type,relationships,properties
            R,1,['w']
            name,type,label,properties

            """), "\(transcript.out)")
        #expect(transcript.out.contains(",A,['x']"), "\(transcript.out)")
        #expect(!shell.failed)
    }

    @Test func loadingAScriptIsAllOrNothing() throws {
        let database = GraphDatabase()
        let (shell, transcript) = shell(database)
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("shell-bad-\(UUID().uuidString).cypher")
        try "CREATE (:A);\nCREATE (:B {x: });\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        _ = run([.line(":load \(bad.path)")], on: shell)
        #expect(database.graph.nodeCount == 0)
        #expect(transcript.err.contains { $0.contains("\(bad.lastPathComponent):2:") })
        #expect(transcript.err.last == "error: :load file: nothing of \(bad.path) was loaded")
    }

    @Test func renderDrawsTheLastResult() throws {
        let database = GraphDatabase()
        let (shell, transcript) = shell(database)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("shell-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = run(
            [
                .line(":render \(file.path)"), .line("CREATE (:Country {name: 'Sweden'})-[:BORDERS]->(:Country {name: 'Finland'});"),
                .line("MATCH p = ()-[:BORDERS]->() RETURN p;"), .line(":render \(file.path)"),
            ], on: shell)
        #expect(transcript.err.first == "error: :render file [a,b[,weight]]: run a query first; :render draws its result")
        #expect(transcript.err.last?.hasPrefix("wrote \(file.path)") == true)
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.contains("label=\"Sweden\"") && dot.contains("label=\"Finland\"") && dot.contains("n0 -> n1 [dir=none];"), "BORDERS is drawn without arrows")
    }

    @Test func exportWritesTheGraphInTheFormatOfTheFileName() throws {
        let database = GraphDatabase()
        let (shell, transcript) = shell(database)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("shell-\(UUID().uuidString).cypher")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = run(
            [.line("CREATE (:Country {iso: 'SE'})-[:BORDERS]->(:Country {iso: 'FI'});"), .line(":export \(file.path)"), .line(":export x.txt")],
            on: shell)
        #expect(transcript.err.contains("wrote \(file.path) (2 nodes, 1 relationships, cypher)"))
        #expect(transcript.err.last == "error: :export file: end the file name in .cypher, .graphml or .jsonl to choose the format")
        let reloaded = GraphDatabase()
        try reloaded.executeScript(try String(contentsOf: file, encoding: .utf8))
        #expect(try reloaded.execute("MATCH (a)-[:BORDERS]->(b) RETURN a.iso + b.iso AS pair").rows == [[.string("SEFI")]])
    }

    @Test func completionOffersNamesKeywordsInTheWordsCaseAndCommands() throws {
        let database = GraphDatabase()
        _ = try database.execute("CREATE (:Country {iso: 'SE'})-[:BORDERS]->(:County {code: 'X'})")
        var completion = Completion()
        completion.refresh(from: database)
        #expect(completion.candidates(for: "Cou", in: "MATCH (c:Cou") == ["Country", "County"])
        #expect(completion.candidates(for: "ret", in: "MATCH (c) ret") == ["return"])
        #expect(completion.candidates(for: "RET", in: "MATCH (c) RET") == ["RETURN"])
        #expect(completion.candidates(for: "BOR", in: "MATCH ()-[:BOR") == ["BORDERS"])
        #expect(completion.candidates(for: "is", in: "RETURN c.is").contains("iso"))
        #expect(completion.candidates(for: "toUp", in: "RETURN toUp") == ["toUpper"])
        #expect(completion.candidates(for: "form", in: ":form") == ["format"])
        // After `variable.`: the property keys; dotted procedure names still complete.
        #expect(completion.candidates(for: "c.i", in: "MATCH (c) RETURN c.i") == ["c.iso"])
        #expect(completion.candidates(for: "n.", in: "RETURN n.") == ["n.code", "n.iso"])
        #expect(completion.candidates(for: "db.la", in: "CALL db.la") == ["db.labels"])
    }

    @Test(arguments: [
        ("", true), ("MATCH (n) RETURN n", false), ("MATCH (n) RETURN n;", true), ("RETURN ';'", false),
        ("RETURN 1; // a comment", true), ("RETURN 1; /* open", false), ("RETURN 1;\nRETURN", false), ("// only a comment", true),
    ])
    func aStatementIsCompleteAtItsSemicolon(text: String, complete: Bool) {
        #expect(StatementSplitter.isComplete(text) == complete)
    }
}
