// Typing into the shell in a real pseudo-terminal: the shell reads keys itself (to notice Ctrl-C at any
// moment), decoding UTF-8 — so text in any script must arrive whole, and editing keys must act on whole
// characters, as the dataset's Cyrillic names and the paper's Russian terms need; and Tab completion,
// output formats, :history, tables cut to fit the terminal and the line a long statement shows, as a
// person meets them.

import Foundation
import Testing

@Suite(.serialized) struct TerminalTypingTests {
    @Test func typedNonASCIITextArrivesWholeAndEditsByCharacter() throws {
        let shell = try TerminalSession.shell(["--empty", "--format", "csv"])
        // Backspace (DEL) after "Швеци" removes the whole "и", not one of its two bytes.
        shell.type("RETURN 'Швеци\u{7f}ия — 🇸🇪' AS name, size('Швеция') AS n;\r")
        #expect(shell.waitFor("Швеция — 🇸🇪,6") != nil, "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        #expect(!shell.output.contains("Error"), "\(shell.output)")
    }
}

/// The shell's conveniences as a person meets them at a terminal: Tab completes a property key after
/// `variable.` (libedit inserts it), `:format markdown` prints a Markdown table, and `:history` lists
/// what was typed.
@Suite(.serialized) struct TerminalShellTests {
    @Test func tabCompletesAPropertyKeyAndTheShellCommandsWork() throws {
        let shell = try TerminalSession.shell(["--empty"])
        shell.type("CREATE (:City {population: 975551});\r")
        try #require(shell.waitFor("Created 1 node") != nil, "\(shell.output)")
        shell.type(":format markdown\r")
        let mark = shell.output.count
        shell.type("MATCH (c:City) RETURN c.popu\t")
        #expect(shell.waitFor("c.population", after: mark) != nil, "Tab did not complete the key:\n\(shell.output)")
        shell.type(" AS people;\r")
        #expect(shell.waitFor("| people |\r\n|---:|\r\n| 975551 |", after: mark) != nil, "\(shell.output)")
        shell.type(":history 2\r")
        #expect(shell.waitFor("MATCH (c:City) RETURN c.population AS people;", after: mark) != nil, "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        #expect(!shell.output.contains("Error"), "\(shell.output)")
    }

    /// At a terminal, a long result shows its first and last rows with a ⋮ row between and says how many
    /// it left out; a wide one has its widest column cut with … to fit; both limits can be changed.
    @Test func longAndWideResultsAreCutWithMarks() throws {
        let shell = try TerminalSession.shell(["--empty"])
        shell.type("UNWIND range(1, 100) AS i RETURN i;\r")
        #expect(shell.waitFor("│  20 │\r\n│  ⋮  │\r\n│  81 │") != nil, "\(shell.output)")
        #expect(shell.waitFor("100 rows (40 shown)") != nil, "\(shell.output)")
        #expect(!shell.output.contains("│  21 │"), "\(shell.output)")
        let mark = shell.output.count
        shell.type(":maxrows 4\r:maxwidth 24\r")
        shell.type("UNWIND range(1, 10) AS i RETURN i, 'a text far too long for the width' AS t;\r")
        #expect(shell.waitFor("│  2 │ a text far too… │\r\n│ ⋮  │        ⋮        │\r\n│  9 │", after: mark) != nil, "\(shell.output)")
        #expect(shell.waitFor("10 rows (4 shown)", after: mark) != nil, "\(shell.output)")
        shell.type(":maxrows off\r:maxwidth off\r:maxrows\r")
        #expect(shell.waitFor("tables show every row", after: mark) != nil, "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        #expect(!shell.output.contains("Error"), "\(shell.output)")
    }

    /// A result taller than the terminal goes through the pager (here one that records what it got and
    /// says so), a short one does not; `:pager off` prints even a tall one as it is.
    @Test func tallResultsGoThroughThePager() throws {
        let record = FileManager.default.temporaryDirectory.appendingPathComponent("cg-pager-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: record) }
        let shell = try TerminalSession.shell(
            ["--empty"], environment: ["CLUSTERGRAPH_PAGER": "cat > '\(record)'; echo PAGER-QUIT", "LINES": "20"])
        shell.type(":pager\r")
        #expect(shell.waitFor("results taller than the terminal go through 'cat >") != nil, "\(shell.output)")
        var mark = shell.output.count  // the note names the command, PAGER-QUIT included
        shell.type(":maxrows off\rUNWIND range(1, 300) AS i RETURN i;\r")
        #expect(shell.waitFor("PAGER-QUIT\r\n", after: mark) != nil, "\(shell.output)")
        #expect(!shell.output.contains("│ 300 │"), "the tall table was printed, not paged:\n\(shell.output)")
        let paged = try String(contentsOfFile: record, encoding: .utf8)
        #expect(paged.contains("│   1 │") && paged.contains("│ 300 │") && paged.contains("300 rows"), "\(paged)")
        mark = shell.output.count
        shell.type("RETURN 42 AS answer;\r")
        #expect(shell.waitFor("│     42 │", after: mark) != nil, "a short result is printed:\n\(shell.output)")
        shell.type(":pager off\r")
        mark = shell.output.count
        shell.type("UNWIND range(1, 300) AS i RETURN i;\r")
        #expect(shell.waitFor("│ 300 │", after: mark) != nil, "\(shell.output)")
        #expect(!String(shell.output.dropFirst(mark)).contains("PAGER-QUIT"), "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
    }

    /// A statement running over a second says so on a line of its own, rewritten each second; Ctrl-C
    /// stops it, the line is erased, and the next statement's output has no trace of it.
    @Test func aLongStatementSaysItIsRunning() throws {
        let shell = try TerminalSession.shell(["--empty"])
        shell.type("UNWIND range(1, 200) AS i CREATE (:N {i: i});\r")
        try #require(shell.waitFor("200 nodes") != nil, "\(shell.output)")
        let mark = shell.output.count
        shell.type("MATCH (a), (b), (c), (d) RETURN count(*);\r")
        #expect(shell.waitFor("running for 1 s (Ctrl-C stops it)", after: mark, timeout: .seconds(5)) != nil, "\(shell.output)")
        #expect(shell.waitFor("running for 2 s (Ctrl-C stops it)", after: mark, timeout: .seconds(5)) != nil, "\(shell.output)")
        shell.type("\u{03}")
        #expect(shell.waitFor("interrupted", after: mark) != nil, "\(shell.output)")
        let after = shell.output.count
        shell.type("RETURN 1 AS one;\r")
        #expect(shell.waitFor("1 row", after: after) != nil, "\(shell.output)")
        #expect(!String(shell.output.dropFirst(after)).contains("running for"), "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
    }
}
