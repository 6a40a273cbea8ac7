// The statement splitter: `;` ends a statement only outside strings, backtick names and comments; each
// statement's text starts at its first character that is not white space or a comment, and its origin
// names that place in the script; an unfinished end (open quote, open block comment, text after the
// last `;`) is reported as pending.

import Testing

@testable import Cypher

@Suite struct StatementSplitterTests {
    @Test func splitsOnlyWhereASemicolonEndsAStatement() {
        let script = """
            // a comment; not a statement
            RETURN 'a;b' AS `x;y`;  /* between; */ RETURN "it\\"s;" AS q
              ; RETURN 1 // trailing; comment
            ;
            """
        let statements = StatementSplitter.split(script)
        #expect(statements.map(\.text) == ["RETURN 'a;b' AS `x;y`", "RETURN \"it\\\"s;\" AS q\n  ", "RETURN 1 // trailing; comment\n"])
        #expect(statements.map { [$0.origin.line, $0.origin.column] } == [[2, 1], [2, 40], [3, 5]])
        #expect(statements.map(\.origin.offset) == [30, 69, 94])
        #expect(StatementSplitter.isComplete(script))
    }

    @Test(arguments: ["RETURN 1", "RETURN 'open;", "RETURN 1; /* open", "RETURN `a", "RETURN 1; RETURN 2"])
    func anUnfinishedEndIsPending(text: String) {
        #expect(!StatementSplitter.isComplete(text))
    }

    @Test func textWithNonASCIICharactersKeepsItsPositions() {
        let statements = StatementSplitter.split("RETURN 'Övre Norrland ; 😀' AS name;\n\u{00A0}RETURN 2;")
        #expect(statements.map(\.text) == ["RETURN 'Övre Norrland ; 😀' AS name", "RETURN 2"])
        #expect(statements.last.map { [$0.origin.line, $0.origin.column, $0.origin.offset] } == [2, 2, 37])
    }
}
