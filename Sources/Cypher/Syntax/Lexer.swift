// The lexer: query text to tokens with positions. It skips whitespace and `//` / `/* */` comments,
// resolves string escapes, and reports malformed literals (bad escapes, unterminated strings) with the
// exact range so the caret lands on them.

/// Splits Cypher text into tokens.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// All tokens of the text, ending with `.endOfInput`.
    public static func tokenize(_ text: String) throws(CypherError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if case .endOfInput = token.kind { return tokens }
        }
    }

    private var location: SourceLocation { SourceLocation(offset: index, line: line, column: column) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = index + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// The next token.
    public mutating func next() throws(CypherError) -> Token {
        try skipTrivia()
        let start = location
        guard let c = peek() else { return Token(kind: .endOfInput, range: SourceRange(start, start)) }
        let kind: TokenKind
        if c.isIdentifierStart {
            kind = .word(readWhile { $0.isIdentifierPart })
        } else if c.isASCIIDigit || (c == "." && (peek(1)?.isASCIIDigit ?? false)) {
            kind = try readNumber(start)
        } else if c == "'" || c == "\"" {
            kind = .string(try readString(start))
        } else if c == "`" {
            kind = .quotedName(try readQuotedName(start))
        } else if c == "$" {
            advance()
            if peek() == "`" {
                kind = .parameter(try readQuotedName(start))
            } else if let p = peek(), p.isIdentifierPart {
                kind = .parameter(readWhile { $0.isIdentifierPart })
            } else {
                throw .compile(.unexpectedToken(found: "'$'", expected: "a parameter name"), at: SourceRange(start, location))
            }
        } else if let mapped = Lexer.dashLike[c] {
            advance()
            kind = .lookalike(mapped, text: String(c))
        } else {
            kind = .symbol(try readSymbol(start))
        }
        return Token(kind: kind, range: SourceRange(start, location))
    }

    private mutating func skipTrivia() throws(CypherError) {
        while let c = peek() {
            if c.isCypherWhitespace {
                advance()
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { advance() }
            } else if c == "/", peek(1) == "*" {
                let start = location
                advance()
                advance()
                while true {
                    guard let d = peek() else {
                        throw .compile(.unterminated("comment"), at: SourceRange(start, location))
                    }
                    if d == "*", peek(1) == "/" {
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            } else {
                return
            }
        }
    }

    private mutating func readWhile(_ predicate: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let c = peek(), predicate(c) {
            text.append(c)
            advance()
        }
        return String(text)
    }

    private mutating func readNumber(_ start: SourceLocation) throws(CypherError) -> TokenKind {
        if peek() == "0", let x = peek(1), x == "x" || x == "X" || x == "o" || x == "O" {
            advance()
            advance()
            let digits = readWhile { $0.isIdentifierPart }
            let text = "0\(x)\(digits)"
            let valid = x == "x" || x == "X" ? digits.unicodeScalars.allSatisfy(\.isHexDigit) : digits.unicodeScalars.allSatisfy(\.isOctalDigit)
            guard !digits.isEmpty, valid else { return .malformedNumber(text) }
            return .integer(text)
        }
        var text = readWhile(\.isASCIIDigit)
        var isFloat = false
        if peek() == ".", let d = peek(1), d.isASCIIDigit {
            advance()
            text += "." + readWhile(\.isASCIIDigit)
            isFloat = true
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            let hasSign = sign == "+" || sign == "-"
            if let d = peek(hasSign ? 2 : 1), d.isASCIIDigit {
                advance()
                if hasSign, let sign { advance(); text += "e" + String(sign) } else { text += "e" }
                text += readWhile(\.isASCIIDigit)
                isFloat = true
            }
        }
        if let c = peek(), c.isIdentifierPart {
            let rest = readWhile { $0.isIdentifierPart }
            return .malformedNumber(text + rest)
        }
        return isFloat ? .float(text) : .integer(text)
    }

    private mutating func readString(_ start: SourceLocation) throws(CypherError) -> String {
        guard let quote = peek() else { return "" }
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                throw .compile(.unterminated("string literal"), at: SourceRange(start, location))
            }
            if c == quote {
                advance()
                return String(result)
            }
            if c == "\\" {
                let escapeStart = location
                advance()
                guard let e = peek() else {
                    throw .compile(.unterminated("string literal"), at: SourceRange(start, location))
                }
                advance()
                switch e {
                case "\\": result.append("\\")
                case "'": result.append("'")
                case "\"": result.append("\"")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<count {
                        guard let h = peek(), h.isHexDigit else { break }
                        hex.unicodeScalars.append(h)
                        advance()
                    }
                    guard hex.count == count, var code = UInt32(hex, radix: 16) else {
                        throw .compile(.invalidUnicodeLiteral("\\\(e)\(hex)"), at: SourceRange(escapeStart, location))
                    }
                    // A UTF-16 surrogate pair written as two escapes ('\ud83d\ude00', as Java reads it) is
                    // one code point; a lone surrogate is no character and stays an error.
                    if (0xD800...0xDBFF).contains(code), let low = lowSurrogate() {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        for _ in 0..<6 { advance() }
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw .compile(.invalidUnicodeLiteral("\\\(e)\(hex)"), at: SourceRange(escapeStart, location))
                    }
                    result.append(scalar)
                default:
                    // Unknown escapes keep the backslash, as Neo4j does.
                    result.append("\\")
                    result.append(e)
                }
                continue
            }
            result.append(c)
            advance()
        }
    }

    /// The low surrogate of a `\uDC00`…`\uDFFF` escape that comes next, if one does.
    private func lowSurrogate() -> UInt32? {
        guard peek() == "\\", peek(1) == "u" else { return nil }
        var hex = ""
        for i in 2..<6 {
            guard let h = peek(i), h.isHexDigit else { return nil }
            hex.unicodeScalars.append(h)
        }
        guard let code = UInt32(hex, radix: 16), (0xDC00...0xDFFF).contains(code) else { return nil }
        return code
    }

    private mutating func readQuotedName(_ start: SourceLocation) throws(CypherError) -> String {
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                throw .compile(.unterminated("quoted name"), at: SourceRange(start, location))
            }
            advance()
            if c == "`" {
                if peek() == "`" {
                    result.append("`")
                    advance()
                    continue
                }
                return String(result)
            }
            result.append(c)
        }
    }

    private static let twoCharacterSymbols: Set<String> = ["..", "<>", "!=", "<=", ">=", "=~", "+=", "||"]
    private static let oneCharacterSymbols: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<", ">", "&", "!",
    ]

    private mutating func readSymbol(_ start: SourceLocation) throws(CypherError) -> String {
        guard let c = peek() else { return "" }
        if let d = peek(1) {
            var pair = String(c)
            pair.unicodeScalars.append(d)
            if Lexer.twoCharacterSymbols.contains(pair) {
                advance()
                advance()
                return pair
            }
        }
        guard Lexer.oneCharacterSymbols.contains(c) else {
            advance()
            throw .compile(.unexpectedToken(found: "'\(c)'", expected: "a Cypher token"), at: SourceRange(start, location))
        }
        advance()
        return String(c)
    }

    /// Typographic dashes and arrow heads that openCypher accepts in place of `-`, `<`, `>`.
    private static let dashLike: [Unicode.Scalar: String] = [
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-",
        "\u{2212}": "-", "\u{FE58}": "-", "\u{FE63}": "-", "\u{FF0D}": "-", "\u{00AD}": "-",
        "\u{27E8}": "<", "\u{3008}": "<", "\u{FE64}": "<", "\u{FF1C}": "<",
        "\u{27E9}": ">", "\u{3009}": ">", "\u{FE65}": ">", "\u{FF1E}": ">",
    ]
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isHexDigit: Bool { isASCIIDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
    var isOctalDigit: Bool { ("0"..."7").contains(self) }
    // ASCII first: the Unicode property lookups cost most of the time of lexing a large script, and for
    // ASCII they answer exactly this (letters are the only alphabetic, ID_Start characters; ID_Continue
    // adds digits and '_'; White_Space is tab to carriage return and space).
    private var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isIdentifierStart: Bool {
        if isASCII { return isASCIILetter || self == "_" }
        return properties.isAlphabetic || properties.isIDStart
    }
    var isIdentifierPart: Bool {
        if isASCII { return isASCIILetter || isASCIIDigit || self == "_" }
        return isIdentifierStart || properties.isIDContinue
    }
    var isCypherWhitespace: Bool {
        if isASCII { return self == " " || ("\u{09}"..."\u{0D}").contains(self) }
        return properties.isWhitespace
    }
}
