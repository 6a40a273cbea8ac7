// The hand-written recursive-descent parser: tokens to an AST. This file holds the parser state, token
// helpers and statements; clauses, patterns and expressions are in the Parser+*.swift files. Errors
// point at the token where the parse went wrong and say what was expected there.

/// Parses one Cypher statement.
public struct Parser {
    var tokens: [Token]
    var position = 0
    /// How deep the recursive descent is (see `descend()`).
    var nesting = 0
    /// True while parsing the WHERE of a list or pattern comprehension (see parseLabelExpression).
    var inComprehensionPredicate = false
    /// Token positions where a speculative parse (a pattern predicate, a pattern comprehension) already
    /// failed: it is not tried again there. Without this, nested parentheses that never close make the
    /// parser try both readings at every level — exponential in the depth.
    var failedPatternPredicates: Set<Int> = []
    var failedPatternComprehensions: Set<Int> = []
    let source: [Unicode.Scalar]

    public init(_ text: String) throws(CypherError) {
        tokens = try Lexer.tokenize(text)
        source = Array(text.unicodeScalars)
    }

    /// Parses `text` as one statement (a trailing `;` is allowed).
    public static func parseStatement(_ text: String) throws(CypherError) -> Statement {
        var parser = try Parser(text)
        return try parser.parseStatement()
    }

    // MARK: - Token helpers

    var current: Token { tokens[position] }
    var previous: Token { tokens[max(position - 1, 0)] }

    func peek(_ ahead: Int = 1) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    var atEnd: Bool {
        if case .endOfInput = current.kind { return true }
        return false
    }

    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    /// Consumes the keyword if present.
    mutating func accept(keyword: String) -> Bool {
        if current.isKeyword(keyword) {
            advance()
            return true
        }
        return false
    }

    /// Consumes the keyword sequence if all of it is present.
    mutating func accept(keywords: String...) -> Bool {
        for (i, k) in keywords.enumerated() where !peek(i).isKeyword(k) { return false }
        for _ in keywords { advance() }
        return true
    }

    mutating func accept(symbol: String) -> Bool {
        if current.isSymbol(symbol) {
            advance()
            return true
        }
        return false
    }

    mutating func expect(keyword: String) throws(CypherError) {
        guard accept(keyword: keyword) else { throw unexpected(expected: keyword) }
    }

    mutating func expect(symbol: String) throws(CypherError) {
        guard accept(symbol: symbol) else { throw unexpected(expected: "'\(symbol)'") }
    }

    /// An error at the current token.
    func unexpected(expected: String) -> CypherError {
        if case .lookalike(let ascii, let text) = current.kind {
            return .compile(.invalidUnicodeCharacter("\(text) (use '\(ascii)')"), at: current.range)
        }
        let found: String
        if case .endOfInput = current.kind { found = "end of input" } else { found = "'\(current.display)'" }
        return .compile(.unexpectedToken(found: found, expected: expected), at: current.range)
    }

    /// A name: an unquoted word or a backtick-quoted name.
    mutating func parseName(_ what: String) throws(CypherError) -> String {
        switch current.kind {
        case .word(let w):
            advance()
            return w
        case .quotedName(let n):
            advance()
            return n
        default:
            throw unexpected(expected: what)
        }
    }

    /// A name that may also be written as a reserved word (labels, types, property keys).
    mutating func parseSymbolicName(_ what: String) throws(CypherError) -> String { try parseName(what) }

    func text(_ range: SourceRange) -> String {
        let lo = max(0, min(range.start.offset, source.count)), hi = max(lo, min(range.end.offset, source.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source[lo..<hi])
        return String(view)
    }

    func range(from start: SourceLocation) -> SourceRange { SourceRange(start, previous.range.end) }

    // MARK: - Statements

    mutating func parseStatement() throws(CypherError) -> Statement {
        let start = current.range.start
        if atEnd { throw .compile(.emptyStatement, at: current.range) }
        var mode = ExecutionMode.normal
        if accept(keyword: "EXPLAIN") {
            mode = .explain
        } else if accept(keyword: "PROFILE") {
            mode = .profile
        }
        let kind: StatementKind
        if let schema = try parseSchemaCommand() {
            kind = .schema(schema)
        } else {
            var parts = [try parseSingleQuery()]
            var all: [Bool] = []
            while accept(keyword: "UNION") {
                all.append(accept(keyword: "ALL"))
                parts.append(try parseSingleQuery())
            }
            kind = parts.count == 1 ? .query(parts[0]) : .union(parts, all: all)
        }
        _ = accept(symbol: ";")
        guard atEnd else { throw unexpected(expected: "a clause or the end of the statement") }
        return Statement(kind: kind, mode: mode, range: range(from: start))
    }

    static let clauseKeywords = [
        "MATCH", "OPTIONAL MATCH", "UNWIND", "LOAD CSV", "WITH", "RETURN", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH DELETE", "FOREACH", "CALL",
    ]

    /// The error for a token where a clause should start; a misspelt keyword gets a "did you mean".
    func expectedClause() -> CypherError {
        if case .word(let w) = current.kind,
            let guess = closestName(to: w, among: Parser.clauseKeywords + ["UNION", "ORDER BY", "LIMIT", "SKIP", "WHERE"])
        {
            return .compile(.unknownClause(w, suggestion: guess), at: current.range)
        }
        return unexpected(expected: "a clause (" + Parser.clauseKeywords.joined(separator: ", ") + ")")
    }

    mutating func parseSingleQuery() throws(CypherError) -> SingleQuery {
        let start = current.range.start
        var clauses: [Clause] = []
        while !atEnd, !current.isKeyword("UNION"), !current.isSymbol(";"), !current.isSymbol("}") {
            clauses.append(try parseClause())
        }
        if clauses.isEmpty {
            throw expectedClause()
        }
        return SingleQuery(clauses: clauses, range: range(from: start))
    }
}
