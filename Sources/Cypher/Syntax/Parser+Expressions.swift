// Parsing of expressions by precedence climbing, loosest first: OR, XOR, AND, NOT, comparison chains,
// string/list/null predicates, + -, * / %, ^, unary + -, postfix (property, index, slice, labels), and
// atoms (literals, parameters, lists, maps, CASE, comprehensions, quantifiers, reduce, calls, variables).

extension Parser {
    /// How deeply the parser may recurse (parentheses, lists, subqueries, NOT, unary minus…).
    static let maximumNesting = 100
    /// How deep an expression tree may be (a chain `a + b + …` is as deep as it is long).
    static let maximumDepth = 400

    public mutating func parseExpression() throws(CypherError) -> Expression {
        try descend()
        defer { nesting -= 1 }
        return try limited(try parseOr())
    }

    /// `expression`, unless it is deeper than `maximumDepth`. The loops that build chains check as they
    /// go, so that no deeper tree is ever built (freeing one recurses as deep as it is).
    func limited(_ expression: Expression) throws(CypherError) -> Expression {
        guard expression.depth <= Parser.maximumDepth else {
            throw .compile(
                .resourceLimit(
                    "the expression is nested more than \(Parser.maximumDepth) operations deep; split it (a list with IN, or steps of WITH)"),
                at: expression.range)
        }
        return expression
    }

    /// Counts one more level of recursion (the caller undoes it with `defer { nesting -= 1 }`); deeper
    /// than `maximumNesting` is an error rather than a stack overflow.
    mutating func descend() throws(CypherError) {
        nesting += 1
        guard nesting <= Parser.maximumNesting else {
            throw .compile(.resourceLimit("the statement nests more than \(Parser.maximumNesting) levels deep"), at: current.range)
        }
    }

    /// OR, XOR and AND chains, built balanced: `a OR b OR … OR z` as deep as the logarithm of its length
    /// (the operators are associative; operands still run left to right).
    private mutating func binaryLoop(
        _ keyword: String, _ op: BinaryOperator, _ next: (inout Parser) throws(CypherError) -> Expression
    ) throws(CypherError) -> Expression {
        var operands = [try next(&self)]
        while accept(keyword: keyword) { operands.append(try next(&self)) }
        func balanced(_ part: ArraySlice<Expression>) -> Expression {
            guard part.count > 1, let first = part.first, let last = part.last else { return part.first ?? operands[0] }
            let middle = part.startIndex + part.count / 2
            let left = balanced(part[..<middle]), right = balanced(part[middle...])
            return Expression(.binary(op, left, right), first.range.union(last.range))
        }
        return balanced(operands[...])
    }

    mutating func parseOr() throws(CypherError) -> Expression { try binaryLoop("OR", .or) { p throws(CypherError) in try p.parseXor() } }
    mutating func parseXor() throws(CypherError) -> Expression { try binaryLoop("XOR", .xor) { p throws(CypherError) in try p.parseAnd() } }
    mutating func parseAnd() throws(CypherError) -> Expression { try binaryLoop("AND", .and) { p throws(CypherError) in try p.parseNot() } }

    mutating func parseNot() throws(CypherError) -> Expression {
        let start = current.range
        if accept(keyword: "NOT") {
            try descend()
            defer { nesting -= 1 }
            let operand = try parseNot()
            return Expression(.unary(.not, operand), start.union(operand.range))
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(CypherError) -> Expression {
        let first = try parsePredicates()
        var rest: [(BinaryOperator, Expression)] = []
        while true {
            let op: BinaryOperator
            if current.isSymbol("=") {
                op = .equal
            } else if current.isSymbol("<>") || current.isSymbol("!=") {
                op = .notEqual
            } else if current.isSymbol("<") {
                op = .less
            } else if current.isSymbol(">") {
                op = .greater
            } else if current.isSymbol("<=") {
                op = .lessOrEqual
            } else if current.isSymbol(">=") {
                op = .greaterOrEqual
            } else {
                break
            }
            advance()
            rest.append((op, try parsePredicates()))
        }
        guard let last = rest.last else { return first }
        let range = first.range.union(last.1.range)
        if rest.count == 1 { return Expression(.binary(rest[0].0, first, rest[0].1), range) }
        return Expression(.comparison(first, rest), range)
    }

    mutating func parsePredicates() throws(CypherError) -> Expression {
        var left = try parseAdditive()
        while true {
            let op: BinaryOperator
            if accept(keywords: "STARTS", "WITH") {
                op = .startsWith
            } else if accept(keywords: "ENDS", "WITH") {
                op = .endsWith
            } else if accept(keyword: "CONTAINS") {
                op = .contains
            } else if accept(keyword: "IN") {
                op = .in
            } else if accept(symbol: "=~") {
                op = .regexMatch
            } else if current.isKeyword("IS") {
                advance()
                let negated = accept(keyword: "NOT")
                try expect(keyword: "NULL")
                left = try limited(Expression(.isNull(left, negated: negated), left.range.union(previous.range)))
                continue
            } else {
                return left
            }
            let right = try parseAdditive()
            left = try limited(Expression(.binary(op, left, right), left.range.union(right.range)))
        }
    }

    mutating func parseAdditive() throws(CypherError) -> Expression {
        var left = try parseMultiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            let op: BinaryOperator = current.isSymbol("+") ? .add : .subtract
            advance()
            let right = try parseMultiplicative()
            left = try limited(Expression(.binary(op, left, right), left.range.union(right.range)))
        }
        return left
    }

    mutating func parseMultiplicative() throws(CypherError) -> Expression {
        var left = try parsePower()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            let op: BinaryOperator = current.isSymbol("*") ? .multiply : (current.isSymbol("/") ? .divide : .modulo)
            advance()
            let right = try parsePower()
            left = try limited(Expression(.binary(op, left, right), left.range.union(right.range)))
        }
        return left
    }

    mutating func parsePower() throws(CypherError) -> Expression {
        var left = try parseUnary()
        while accept(symbol: "^") {
            let right = try parseUnary()
            left = try limited(Expression(.binary(.power, left, right), left.range.union(right.range)))
        }
        return left
    }

    mutating func parseUnary() throws(CypherError) -> Expression {
        let start = current.range
        if current.isSymbol("-") {
            advance()
            if case .integer(let text) = current.kind {
                let r = start.union(current.range)
                advance()
                guard let value = Parser.integerValue(text, negative: true) else {
                    throw CypherError.compile(.integerOverflow("-" + text), at: r)
                }
                return try parsePostfix(Expression(.literal(.int(value)), r))
            }
            try descend()
            defer { nesting -= 1 }
            let operand = try parseUnary()
            return Expression(.unary(.negate, operand), start.union(operand.range))
        }
        if accept(symbol: "+") {
            try descend()
            defer { nesting -= 1 }
            let operand = try parseUnary()
            return Expression(.unary(.plus, operand), start.union(operand.range))
        }
        return try parsePostfixExpression()
    }

    mutating func parsePostfixExpression() throws(CypherError) -> Expression {
        try parsePostfix(try parseAtom())
    }

    mutating func parsePostfix(_ base: Expression) throws(CypherError) -> Expression {
        var expression = base
        while true {
            expression = try limited(expression)
            if accept(symbol: ".") {
                let name = try parseSymbolicName("a property key")
                expression = Expression(.property(expression, name), expression.range.union(previous.range))
            } else if current.isSymbol("[") {
                advance()
                if accept(symbol: "..") {
                    let to = current.isSymbol("]") ? nil : try parseExpression()
                    try expect(symbol: "]")
                    expression = Expression(.slice(expression, from: nil, to: to), expression.range.union(previous.range))
                    continue
                }
                let index = try parseExpression()
                if accept(symbol: "..") {
                    let to = current.isSymbol("]") ? nil : try parseExpression()
                    try expect(symbol: "]")
                    expression = Expression(.slice(expression, from: index, to: to), expression.range.union(previous.range))
                    continue
                }
                try expect(symbol: "]")
                expression = Expression(.subscripted(expression, index), expression.range.union(previous.range))
            } else if current.isSymbol(":"), isLabelPredicateContext {
                let labels = try parseLabelExpression(allowingBareDisjunction: !inComprehensionPredicate)
                let range = expression.range.union(previous.range)
                if let conjunction = labels.conjunction {
                    expression = Expression(.hasLabels(expression, conjunction), range)
                } else {
                    expression = Expression(labels.condition(on: expression).kind, range)
                }
            } else {
                return expression
            }
        }
    }

    /// A `:` after an expression starts a label predicate unless it belongs to a map literal key, which
    /// cannot reach here because map keys are parsed separately.
    private var isLabelPredicateContext: Bool {
        switch peek().kind {
        case .word, .quotedName: return true
        case .symbol(let s): return s == "!" || s == "%" || s == "("
        default: return false
        }
    }

    /// A comprehension's WHERE condition, in which a bare `|` ends the condition rather than joining labels.
    private mutating func parseComprehensionPredicate() throws(CypherError) -> Expression {
        let outer = inComprehensionPredicate
        inComprehensionPredicate = true
        defer { inComprehensionPredicate = outer }
        return try parseExpression()
    }

    // MARK: - Atoms

    mutating func parseAtom() throws(CypherError) -> Expression {
        let token = current
        let start = token.range
        switch token.kind {
        case .integer(let text):
            advance()
            guard let value = Parser.integerValue(text) else { throw CypherError.compile(.integerOverflow(text), at: start) }
            return Expression(.literal(.int(value)), start)
        case .float(let text):
            advance()
            guard let value = Double(text) else { throw CypherError.compile(.invalidNumberLiteral(text), at: start) }
            guard value.isFinite else { throw CypherError.compile(.floatingPointOverflow(text), at: start) }
            return Expression(.literal(.float(value)), start)
        case .string(let s):
            advance()
            return Expression(.literal(.string(s)), start)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), start)
        case .symbol("["):
            return try parseListOrComprehension()
        case .symbol("{"):
            return try parseMapLiteral()
        case .symbol("("):
            if let pattern = try parsePatternPredicateIfPresent() { return pattern }
            advance()
            let inner = try parseExpression()
            try expect(symbol: ")")
            return Expression(inner.kind, start.union(previous.range))
        case .word(let word):
            return try parseWordAtom(word, start: start)
        case .malformedNumber(let text):
            throw CypherError.compile(.invalidNumberLiteral(text), at: start)
        case .lookalike(_, let text):
            throw CypherError.compile(.invalidUnicodeCharacter(text), at: start)
        case .quotedName(let name):
            advance()
            return try parseVariableOrProjection(name, start: start)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    private mutating func parseWordAtom(_ word: String, start: SourceRange) throws(CypherError) -> Expression {
        let upper = word.uppercased()
        switch upper {
        case "TRUE":
            advance()
            return Expression(.literal(.bool(true)), start)
        case "FALSE":
            advance()
            return Expression(.literal(.bool(false)), start)
        case "NULL":
            advance()
            return Expression(.literal(.null), start)
        case "CASE":
            return try parseCase()
        case "COUNT" where peek().isSymbol("(") && peek(2).isSymbol("*"):
            advance()
            advance()
            advance()
            try expect(symbol: ")")
            return Expression(.countStar, start.union(previous.range))
        case "ALL", "ANY", "NONE", "SINGLE":
            if peek().isSymbol("("), case .word = peek(2).kind, peek(3).isKeyword("IN") {
                return try parseQuantifier(Quantifier(rawValue: word.lowercased()) ?? .all, start: start)
            }
        case "REDUCE" where peek().isSymbol("("):
            return try parseReduce(start: start)
        case "EXISTS" where peek().isSymbol("{"):
            return try parseSubquery(.exists, start: start)
        case "COUNT" where peek().isSymbol("{"):
            return try parseSubquery(.count, start: start)
        case "COLLECT" where peek().isSymbol("{"):
            return try parseSubquery(.collect, start: start)
        default:
            break
        }
        advance()
        if current.isSymbol("(") || (current.isSymbol(".") && isQualifiedCall) {
            var name = word
            while accept(symbol: ".") { name += "." + (try parseName("a function name")) }
            try expect(symbol: "(")
            let distinct = accept(keyword: "DISTINCT")
            var arguments: [Expression] = []
            if !current.isSymbol(")") { arguments = try parseExpressionList() }
            try expect(symbol: ")")
            return Expression(.function(name: name, distinct: distinct, arguments: arguments), start.union(previous.range))
        }
        return try parseVariableOrProjection(word, start: start)
    }

    /// True when the tokens ahead read `.name(.name)*(`: a namespaced function call.
    private var isQualifiedCall: Bool {
        var i = 0
        while peek(i).isSymbol(".") {
            switch peek(i + 1).kind {
            case .word, .quotedName: i += 2
            default: return false
            }
        }
        return i > 0 && peek(i).isSymbol("(")
    }

    private mutating func parseVariableOrProjection(_ name: String, start: SourceRange) throws(CypherError) -> Expression {
        let variable = Expression(.variable(name), start)
        guard current.isSymbol("{") else { return variable }
        advance()
        var items: [MapProjectionItem] = []
        if !current.isSymbol("}") {
            repeat {
                if accept(symbol: ".") {
                    if accept(symbol: "*") {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try parseSymbolicName("a property key")))
                    }
                } else {
                    let key = try parseSymbolicName("a key or variable")
                    if accept(symbol: ":") {
                        items.append(.literal(key, try parseExpression()))
                    } else {
                        items.append(.variable(key))
                    }
                }
            } while accept(symbol: ",")
        }
        try expect(symbol: "}")
        return Expression(.mapProjection(variable, items), start.union(previous.range))
    }

    mutating func parseMapLiteral() throws(CypherError) -> Expression {
        let start = current.range
        try expect(symbol: "{")
        var entries: [(String, Expression)] = []
        if !current.isSymbol("}") {
            repeat {
                let key: String
                if case .string(let s) = current.kind {
                    key = s
                    advance()
                } else {
                    key = try parseSymbolicName("a map key")
                }
                try expect(symbol: ":")
                entries.append((key, try parseExpression()))
            } while accept(symbol: ",")
        }
        try expect(symbol: "}")
        return Expression(.map(entries), start.union(previous.range))
    }

    private mutating func parseListOrComprehension() throws(CypherError) -> Expression {
        let start = current.range
        advance()
        if case .word(let variable) = current.kind, peek().isKeyword("IN") {
            let saved = position
            advance()
            advance()
            let source = try parseExpression()
            if current.isKeyword("WHERE") || current.isSymbol("|") || current.isSymbol("]") {
                let predicate = accept(keyword: "WHERE") ? try parseComprehensionPredicate() : nil
                let projection = accept(symbol: "|") ? try parseExpression() : nil
                try expect(symbol: "]")
                return Expression(
                    .listComprehension(variable: variable, source: source, predicate: predicate, projection: projection),
                    start.union(previous.range))
            }
            position = saved
        }
        if let comprehension = try parsePatternComprehensionIfPresent(start: start) { return comprehension }
        var items: [Expression] = []
        if !current.isSymbol("]") {
            repeat { items.append(try parseListItem()) } while accept(symbol: ",")
        }
        try expect(symbol: "]")
        return Expression(.list(items), start.union(previous.range))
    }

    /// An item of a list literal. A literal followed by `,` or `]` is the whole item: it is read at once,
    /// not down the ladder of operator precedences, each of which would find no operator and return it
    /// as it is — a large script of data (an export's UNWIND batches) is mostly such items.
    private mutating func parseListItem() throws(CypherError) -> Expression {
        let next = peek()
        if next.isSymbol(",") || next.isSymbol("]") {
            switch current.kind {
            case .integer, .float, .string: return try parseAtom()
            case .word(let word) where ["TRUE", "FALSE", "NULL"].contains(word.uppercased()): return try parseAtom()
            default: break
            }
        }
        return try parseExpression()
    }

    private mutating func parseCase() throws(CypherError) -> Expression {
        let start = current.range
        advance()
        let subject = current.isKeyword("WHEN") ? nil : try parseExpression()
        var alternatives: [(Expression, Expression)] = []
        while accept(keyword: "WHEN") {
            let condition = try parseExpression()
            try expect(keyword: "THEN")
            alternatives.append((condition, try parseExpression()))
        }
        if alternatives.isEmpty { throw unexpected(expected: "WHEN") }
        let otherwise = accept(keyword: "ELSE") ? try parseExpression() : nil
        try expect(keyword: "END")
        return Expression(
            .caseExpression(subject: subject, alternatives: alternatives, otherwise: otherwise), start.union(previous.range))
    }

    private mutating func parseQuantifier(_ quantifier: Quantifier, start: SourceRange) throws(CypherError) -> Expression {
        advance()
        try expect(symbol: "(")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let source = try parseExpression()
        let predicate = accept(keyword: "WHERE") ? try parseExpression() : nil
        try expect(symbol: ")")
        return Expression(
            .quantifier(quantifier, variable: variable, source: source, predicate: predicate), start.union(previous.range))
    }

    private mutating func parseReduce(start: SourceRange) throws(CypherError) -> Expression {
        advance()
        try expect(symbol: "(")
        let accumulator = try parseName("an accumulator variable")
        try expect(symbol: "=")
        let initial = try parseExpression()
        try expect(symbol: ",")
        let variable = try parseName("a variable")
        try expect(keyword: "IN")
        let source = try parseExpression()
        try expect(symbol: "|")
        let body = try parseExpression()
        try expect(symbol: ")")
        return Expression(
            .reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, body: body),
            start.union(previous.range))
    }

    /// After `[`: parses `p = (a)-->(b) WHERE … | projection]` when a pattern with a relationship and then
    /// WHERE or `|` follow; otherwise consumes nothing (the bracket opens a list, perhaps of patterns).
    private mutating func parsePatternComprehensionIfPresent(start: SourceRange) throws(CypherError) -> Expression? {
        let pathNamed = peek().isSymbol("=") && peek(2).isSymbol("(")
        guard current.isSymbol("(") || pathNamed else { return nil }
        let saved = position
        guard !failedPatternComprehensions.contains(saved) else { return nil }
        let attempt: PatternPart?
        do { attempt = try parsePatternPart() } catch { attempt = nil; remember(error, at: saved, in: &failedPatternComprehensions) }
        guard let part = attempt, !part.steps.isEmpty, current.isKeyword("WHERE") || current.isSymbol("|") else {
            if attempt != nil { failedPatternComprehensions.insert(saved) }
            position = saved
            return nil
        }
        let predicate = accept(keyword: "WHERE") ? try parseComprehensionPredicate() : nil
        try expect(symbol: "|")
        let projection = try parseExpression()
        try expect(symbol: "]")
        return Expression(.patternComprehension(part, predicate: predicate, projection: projection), start.union(previous.range))
    }

    /// `EXISTS { … }`, `COUNT { … }`, `COLLECT { … }`: the braces hold a pattern with an optional WHERE, or
    /// a query (clauses, perhaps joined by UNION).
    private mutating func parseSubquery(_ kind: SubqueryKind, start: SourceRange) throws(CypherError) -> Expression {
        advance()
        try expect(symbol: "{")
        let bodyStart = current.range.start
        var parts: [SingleQuery] = []
        var all: [Bool] = []
        if current.isSymbol("(") || (peek().isSymbol("=") && peek(2).isSymbol("(")) {
            let pattern = try parsePattern()
            let predicate = accept(keyword: "WHERE") ? try parseExpression() : nil
            let body = range(from: bodyStart)
            parts = [SingleQuery(clauses: [Clause(kind: .match(optional: false, pattern: pattern, predicate: predicate), range: body)], range: body)]
        } else {
            parts = [try parseSingleQuery()]
            while accept(keyword: "UNION") {
                all.append(accept(keyword: "ALL"))
                parts.append(try parseSingleQuery())
            }
        }
        let bodyText = text(range(from: bodyStart))
        try expect(symbol: "}")
        return Expression(.subquery(kind, Subquery(parts: parts, unionAll: all, text: bodyText)), start.union(previous.range))
    }

    /// Parses `(a)-->(b)…` as a pattern predicate when the parenthesis starts one; otherwise consumes nothing.
    private mutating func parsePatternPredicateIfPresent() throws(CypherError) -> Expression? {
        let saved = position
        guard !failedPatternPredicates.contains(saved) else { return nil }
        let attempt: PatternPart?
        do { attempt = try parseChain() } catch { attempt = nil; remember(error, at: saved, in: &failedPatternPredicates) }
        guard let part = attempt, !part.steps.isEmpty else {
            if attempt != nil { failedPatternPredicates.insert(saved) }
            position = saved
            return nil
        }
        return Expression(.patternPredicate(part), part.range)
    }

    /// Records that a speculative parse failed at `position` — unless it failed on the nesting limit, which
    /// depends on how deep the parser was, not only on the tokens, and so may not fail from elsewhere.
    private func remember(_ error: CypherError, at position: Int, in failures: inout Set<Int>) {
        if error.code != "ResourceLimit" { failures.insert(position) }
    }

    /// The value of an integer literal's text, or nil when it does not fit in 64 bits.
    static func integerValue(_ text: String, negative: Bool = false) -> Int64? {
        let magnitude: UInt64?
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            magnitude = UInt64(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("0o") || text.hasPrefix("0O") {
            magnitude = UInt64(text.dropFirst(2), radix: 8)
        } else {
            magnitude = UInt64(text, radix: 10)
        }
        guard let magnitude else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }
}
