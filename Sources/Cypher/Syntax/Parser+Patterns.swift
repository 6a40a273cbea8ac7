// Parsing of graph patterns: comma-separated parts, each an optional `p =`, an optional
// shortestPath(...)/allShortestPaths(...), and a chain of node and relationship patterns.

extension Parser {
    mutating func parsePattern() throws(CypherError) -> [PatternPart] {
        var parts = [try parsePatternPart()]
        while accept(symbol: ",") { parts.append(try parsePatternPart()) }
        return parts
    }

    mutating func parsePatternPart() throws(CypherError) -> PatternPart {
        let start = current.range.start
        var pathVariable: String?
        if peek().isSymbol("="), !current.isSymbol("(") {
            pathVariable = try parseName("a path variable")
            advance()
        }
        var shortest = PatternPart.Shortest.none
        if current.isKeyword("SHORTESTPATH") || current.isKeyword("ALLSHORTESTPATHS"), peek().isSymbol("(") {
            shortest = current.isKeyword("SHORTESTPATH") ? .shortest : .allShortest
            advance()
            advance()
        }
        var part = try parseChain()
        if shortest != .none { try expect(symbol: ")") }
        part.pathVariable = pathVariable
        part.shortest = shortest
        part.range = range(from: start)
        return part
    }

    mutating func parseChain() throws(CypherError) -> PatternPart {
        let start = current.range.start
        guard current.isSymbol("(") else { throw unexpected(expected: "a node pattern '('") }
        let first = try parseNodePattern()
        var steps: [(RelationshipPattern, NodePattern)] = []
        while current.isPatternSymbol("-") || current.isPatternSymbol("<") {
            let relationship = try parseRelationshipPattern()
            guard current.isSymbol("(") else { throw unexpected(expected: "a node pattern '('") }
            steps.append((relationship, try parseNodePattern()))
        }
        return PatternPart(pathVariable: nil, shortest: .none, start: first, steps: steps, range: range(from: start))
    }

    mutating func parseNodePattern() throws(CypherError) -> NodePattern {
        let start = current.range.start
        try expect(symbol: "(")
        var variable: String?
        switch current.kind {
        case .word, .quotedName: variable = try parseName("a variable")
        default: break
        }
        let expression = current.isSymbol(":") ? try parseLabelExpression() : nil
        let properties = try parsePatternProperties()
        try expect(symbol: ")")
        let labels = expression.map { $0.conjunction } ?? []
        return NodePattern(
            variable: variable, labels: labels ?? [], properties: properties, range: range(from: start),
            labelExpression: labels == nil ? expression : nil)
    }

    /// `:A:B`, `:A&B`, `:A|B`, `:!A`, `:%`, `:(A|B)&C` — after the colon, a label expression; further
    /// colons join conjunctively. `|` binds looser than `&`, which binds looser than `!`.
    /// In a comprehension's WHERE, a bare `|` ends the predicate (`[x IN l WHERE x:A | x.name]`), so
    /// `allowingBareDisjunction` is false there; `(A|B)` still works.
    mutating func parseLabelExpression(allowingBareDisjunction: Bool = true) throws(CypherError) -> LabelExpression {
        try expect(symbol: ":")
        var expression = try parseLabelDisjunction(allowingBareDisjunction)
        while accept(symbol: ":") { expression = .and(expression, try parseLabelDisjunction(allowingBareDisjunction)) }
        return expression
    }

    private mutating func parseLabelDisjunction(_ allowed: Bool = true) throws(CypherError) -> LabelExpression {
        var expression = try parseLabelConjunction()
        while allowed, accept(symbol: "|") {
            _ = accept(symbol: ":")  // `:A|:B`, the older spelling
            expression = .or(expression, try parseLabelConjunction())
        }
        return expression
    }

    private mutating func parseLabelConjunction() throws(CypherError) -> LabelExpression {
        var expression = try parseLabelFactor()
        while accept(symbol: "&") { expression = .and(expression, try parseLabelFactor()) }
        return expression
    }

    private mutating func parseLabelFactor() throws(CypherError) -> LabelExpression {
        try descend()
        defer { nesting -= 1 }
        if accept(symbol: "!") { return .not(try parseLabelFactor()) }
        if accept(symbol: "%") { return .any }
        if accept(symbol: "(") {
            let inner = try parseLabelDisjunction()
            try expect(symbol: ")")
            return inner
        }
        return .label(try parseSymbolicName("a label name"))
    }

    /// `:A:B` (a conjunction of labels).
    mutating func parseLabels() throws(CypherError) -> [String] {
        var labels: [String] = []
        while accept(symbol: ":") {
            labels.append(try parseSymbolicName("a label name"))
            while accept(symbol: "&") { labels.append(try parseSymbolicName("a label name")) }
        }
        return labels
    }

    mutating func parsePatternProperties() throws(CypherError) -> Expression? {
        if current.isSymbol("{") { return try parseMapLiteral() }
        if case .parameter(let name) = current.kind {
            let range = current.range
            advance()
            return Expression(.parameter(name), range)
        }
        return nil
    }

    mutating func parseRelationshipPattern() throws(CypherError) -> RelationshipPattern {
        let start = current.range.start
        let pointsLeft = acceptPattern("<")
        guard acceptPattern("-") else { throw unexpected(expected: "'-'") }
        var variable: String?
        var types: [String] = []
        var length: VariableLength?
        var properties: Expression?
        if accept(symbol: "[") {
            switch current.kind {
            case .word, .quotedName: variable = try parseName("a variable")
            default: break
            }
            if accept(symbol: ":") {
                types.append(try parseSymbolicName("a relationship type"))
                while accept(symbol: "|") {
                    _ = accept(symbol: ":")
                    types.append(try parseSymbolicName("a relationship type"))
                }
            }
            if accept(symbol: "*") {
                length = try parseVariableLength()
            } else if current.isSymbol("..") || isIntegerToken {
                throw CypherError.compile(.invalidRelationshipPattern("a variable length needs '*', as in [*1..3]"), at: current.range)
            }
            properties = try parsePatternProperties()
            try expect(symbol: "]")
        }
        guard acceptPattern("-") else { throw unexpected(expected: "'-'") }
        let pointsRight = acceptPattern(">")
        let direction: PatternDirection
        switch (pointsLeft, pointsRight) {
        case (true, false): direction = .rightToLeft
        case (false, true): direction = .leftToRight
        default: direction = .undirected
        }
        return RelationshipPattern(
            variable: variable, types: types, direction: direction, length: length, properties: properties,
            range: range(from: start))
    }

    private var isIntegerToken: Bool {
        if case .integer = current.kind { return true }
        return false
    }

    private mutating func acceptPattern(_ s: String) -> Bool {
        if current.isPatternSymbol(s) {
            advance()
            return true
        }
        return false
    }

    mutating func parseVariableLength() throws(CypherError) -> VariableLength {
        if current.isSymbol("-") {
            throw CypherError.compile(.invalidRelationshipPattern("a variable length cannot be negative"), at: current.range)
        }
        var minimum: Int?
        var maximum: Int?
        if case .integer = current.kind { minimum = try parseLengthBound() }
        if accept(symbol: "..") {
            if current.isSymbol("-") {
                throw CypherError.compile(.invalidRelationshipPattern("a variable length cannot be negative"), at: current.range)
            }
            if case .integer = current.kind { maximum = try parseLengthBound() }
        } else {
            maximum = minimum
        }
        return VariableLength(minimum: minimum, maximum: maximum)
    }

    private mutating func parseLengthBound() throws(CypherError) -> Int {
        guard case .integer(let text) = current.kind else { throw unexpected(expected: "an integer") }
        let range = current.range
        advance()
        guard let value = Parser.integerValue(text) else { throw CypherError.compile(.integerOverflow(text), at: range) }
        return Int(value)
    }
}
