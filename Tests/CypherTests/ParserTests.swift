// Unit tests of the lexer and parser: literals, escapes, precedence, patterns, and error positions.

import Testing

@testable import Cypher

@Suite struct ParserTests {
    @Test func lexesLiteralsAndEscapes() throws {
        let tokens = try Lexer.tokenize("RETURN 0x1F, 1.5e3, 'a\\'b\\u0041', `we``ird`, $p // comment")
        let kinds = tokens.map(\.kind)
        #expect(kinds.contains(.integer("0x1F")))
        #expect(kinds.contains(.float("1.5e3")))
        #expect(kinds.contains(.string("a'bA")))
        #expect(kinds.contains(.quotedName("we`ird")))
        #expect(kinds.contains(.parameter("p")))
    }

    /// The lexer's ASCII fast path answers what the Unicode properties answer, for every ASCII scalar.
    @Test func asciiCharacterClassesMatchTheUnicodeProperties() throws {
        for value in UInt32(0)..<128 {
            let c = try #require(Unicode.Scalar(value))
            let start = c == "_" || c.properties.isAlphabetic || c.properties.isIDStart
            #expect(c.isIdentifierStart == start, "\(value)")
            #expect(c.isIdentifierPart == (start || c.isASCIIDigit || c.properties.isIDContinue), "\(value)")
            #expect(c.isCypherWhitespace == c.properties.isWhitespace, "\(value)")
        }
    }

    /// A literal list item is read at once only when a `,` or `]` follows it: an operator after it still
    /// takes it as its operand.
    @Test func listItemsThatAreLiteralsOrStartWithOne() throws {
        let result = try GraphDatabase().execute(
            "RETURN [1, 2 + 3, 'a', 'b' + 'c', null, true, TRUE OR false, 2.5, [4, 5], -6, 7 IN [7], null IS NULL] AS l")
        #expect(
            result.rows.first?.first
                == .list([
                    .int(1), .int(5), .string("a"), .string("bc"), .null, .bool(true), .bool(true), .float(2.5), .list([.int(4), .int(5)]),
                    .int(-6), .bool(true), .bool(true),
                ]))
    }

    @Test func rangeOfVariableLengthIsNotAFloat() throws {
        let tokens = try Lexer.tokenize("*1..3")
        #expect(tokens.map(\.kind) == [.symbol("*"), .integer("1"), .symbol(".."), .integer("3"), .endOfInput])
    }

    @Test func precedenceOfBooleanOperators() throws {
        var parser = try Parser("a OR b AND NOT c = d")
        let e = try parser.parseExpression()
        #expect(e.canonical == "(a OR (b AND (NOT (c = d))))")
    }

    @Test func syntaxErrorPointsAtToken() {
        do {
            _ = try Parser.parseStatement("MATCH (n RETURN n")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.category == .syntaxError)
            #expect(error.range?.start.column == 10)
        }
    }

    @Test func negativeIntegerLiteralBounds() throws {
        var parser = try Parser("-9223372036854775808")
        let e = try parser.parseExpression()
        guard case .literal(.int(let v)) = e.kind else {
            Issue.record("not a literal")
            return
        }
        #expect(v == Int64.min)
        #expect(throws: CypherError.self) { _ = try Parser.parseStatement("RETURN 9223372036854775808") }
    }
}
