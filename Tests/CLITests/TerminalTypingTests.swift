// Typing into the shell in a real pseudo-terminal: the shell reads keys itself (to notice Ctrl-C at any
// moment), decoding UTF-8 — so text in any script must arrive whole, and editing keys must act on whole
// characters, as the dataset's Cyrillic names and the paper's Russian terms need.

import Foundation
import Testing

@Suite(.serialized) struct TerminalTypingTests {
    @Test func typedNonASCIITextArrivesWholeAndEditsByCharacter() throws {
        let executable = try #require(CommandLineTests.executable, "no clustergraph binary; run `swift build` first")
        let shell = try TerminalSession(executable, ["--empty", "--format", "csv"])
        try #require(shell.waitFor("clustergraph> ") != nil, "no prompt:\n\(shell.output)")
        // Backspace (DEL) after "Швеци" removes the whole "и", not one of its two bytes.
        shell.type("RETURN 'Швеци\u{7f}ия — 🇸🇪' AS name, size('Швеция') AS n;\r")
        #expect(shell.waitFor("Швеция — 🇸🇪,6") != nil, "\(shell.output)")
        shell.type(":quit\r")
        #expect(shell.finish() == 0)
        #expect(!shell.output.contains("Error"), "\(shell.output)")
    }
}
