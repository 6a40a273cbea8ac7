// Interruption as a user meets it, never faked: the shell in a real pseudo-terminal, where typing Ctrl-C
// makes the terminal send SIGINT — it must stop a running statement within a second, roll it back, and
// leave the shell usable; drop a line being typed; and Ctrl-D must discard an unfinished statement. And
// `clustergraph query` sent SIGINT or SIGTERM by `kill` must stop, roll back and exit with 128 + the signal.

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized) struct InterruptionTests {
    static let runaway = "MATCH (a), (b), (c), (d) RETURN count(*);\r"

    func session() throws -> TerminalSession { try TerminalSession.shell(["--empty"]) }

    @Test func ctrlCStopsARunningStatementAndTheShellGoesOn() throws {
        let shell = try session()
        shell.type("UNWIND range(1, 200) AS i CREATE (:N {i: i});\r")
        try #require(shell.waitFor("200 nodes") != nil, "the graph was not created:\n\(shell.output)")

        let before = shell.output.count
        shell.type(Self.runaway)
        Thread.sleep(forTimeInterval: 1)
        shell.type("\u{03}")
        let stopped = shell.waitFor("interrupted", after: before, timeout: .seconds(10))
        #expect(stopped != nil, "Ctrl-C did not stop the statement:\n\(shell.output)")
        #expect((stopped ?? .seconds(99)) < .seconds(1), "stopping took \(String(describing: stopped))")

        // A write that is interrupted leaves nothing behind; the next statement runs.
        let mark = shell.output.count
        shell.type("UNWIND range(1, 100000000) AS i CREATE (:M);\r")
        Thread.sleep(forTimeInterval: 1)
        shell.type("\u{03}")
        #expect(shell.waitFor("interrupted", after: mark) != nil, "\(shell.output)")
        let after = shell.output.count
        shell.type(":format csv\r")
        shell.type("MATCH (n) RETURN count(n) AS total, sum(CASE WHEN n:M THEN 1 ELSE 0 END) AS written;\r")
        #expect(shell.waitFor("200,0", after: after) != nil, "the graph changed or the shell stopped:\n\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
    }

    @Test func ctrlCDropsTheLineBeingTypedAndCtrlDTheUnfinishedStatement() throws {
        let shell = try session()
        shell.type("RETURN 'dropped' AS x")
        try #require(shell.waitFor("AS x") != nil, "the line typed was not shown:\n\(shell.output)")
        shell.type("\u{03}")
        try #require(shell.waitFor("^C") != nil, "Ctrl-C did not end the line:\n\(shell.output)")
        shell.type("RETURN 'kept' AS y;\r")
        #expect(shell.waitFor("│ kept") != nil, "\(shell.output)")
        shell.type("RETURN 'unfinished' AS z\r")
        try #require(shell.waitFor("...> ") != nil, "\(shell.output)")
        shell.type("\u{04}")
        #expect(shell.waitFor("discarded") != nil, "\(shell.output)")
        let mark = shell.output.count
        shell.type("RETURN 'after' AS w;\r")
        #expect(shell.waitFor("after", after: mark) != nil, "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        let shown = shell.output
        #expect(!shown.contains("│ dropped"), "the interrupted line ran:\n\(shown)")
        #expect(!shown.contains("│ unfinished"), "the discarded statement ran:\n\(shown)")
        #expect(!shown.contains("Error"), "\(shown)")
    }

    /// Ctrl-C pressed at any moment of typing — while the shell is still drawing the characters before it,
    /// or on another thread than the one reading — drops the line; what is typed next runs alone.
    @Test func ctrlCAtAnyMomentOfTypingDropsTheLine() throws {
        let shell = try session()
        for round in 1...20 {
            let mark = shell.output.count
            shell.type("RETURN 'dropped' AS d\(round)" + String(repeating: " ", count: round % 5) + "\u{03}")
            try #require(shell.waitFor("^C", after: mark) != nil, "round \(round): Ctrl-C was lost:\n\(shell.output)")
            let next = shell.output.count
            shell.type("RETURN \(round) AS kept;\r")
            // The result, then the next prompt: the shell reads again (a Ctrl-C before it is for no line).
            try #require(shell.waitFor("1 row\r\nclustergraph> ", after: next) != nil, "round \(round):\n\(shell.output)")
        }
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        let shown = shell.output
        #expect(!shown.contains("│ dropped"), "an interrupted line ran:\n\(shown)")
        #expect(!shown.contains("Error"), "\(shown)")
    }

    /// `query` stopped by `kill -INT` / `kill -TERM`: the statement stops at once, the database file keeps
    /// the state before it, and the exit status says which signal stopped it.
    @Test(arguments: [SIGINT, SIGTERM])
    func querySignalledStopsAndRollsBack(signal: Int32) throws {
        let executable = try #require(CommandLineTests.executable)
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).cgdb")
        defer { try? FileManager.default.removeItem(at: db) }
        let setup = Process()
        setup.executableURL = executable
        setup.arguments = ["query", "--empty", "--db", db.path, "-c", "UNWIND range(1, 200) AS i CREATE (:N {i: i})"]
        try setup.run()
        setup.waitUntilExit()
        try #require(setup.terminationStatus == 0)
        let saved = try Data(contentsOf: db.appendingPathComponent("log"))

        let process = Process()
        process.executableURL = executable
        process.arguments = ["query", "--db", db.path, "-c", "MATCH (a), (b), (c) CREATE (:Pair) WITH count(*) AS c MATCH (d) RETURN c"]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1)
        let clock = ContinuousClock()
        let start = clock.now
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let took = clock.now - start
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 128 + signal, "status \(process.terminationStatus): \(message)")
        #expect(took < .seconds(1), "stopping took \(took)")
        #expect(message.contains("interrupted"), "\(message)")
        #expect(try Data(contentsOf: db.appendingPathComponent("log")) == saved, "the database changed")
    }
}
