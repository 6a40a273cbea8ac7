// Parsing of clauses: MATCH, OPTIONAL MATCH, UNWIND, LOAD CSV, WITH, RETURN, CREATE, MERGE, SET, REMOVE,
// DELETE, FOREACH, CALL, and the schema commands (CREATE/DROP INDEX and CONSTRAINT, SHOW …).

extension Parser {
    mutating func parseClause() throws(CypherError) -> Clause {
        let start = current.range.start
        let kind: ClauseKind
        if accept(keyword: "MATCH") {
            kind = try parseMatch(optional: false)
        } else if accept(keywords: "OPTIONAL", "MATCH") {
            kind = try parseMatch(optional: true)
        } else if accept(keyword: "UNWIND") {
            let expression = try parseExpression()
            try expect(keyword: "AS")
            kind = .unwind(expression, variable: try parseName("a variable name"))
        } else if accept(keywords: "LOAD", "CSV") {
            kind = try parseLoadCSV()
        } else if accept(keyword: "WITH") {
            let body = try parseProjectionBody(start: start)
            let predicate = accept(keyword: "WHERE") ? try parseExpression() : nil
            kind = .with(body, predicate: predicate)
        } else if accept(keyword: "RETURN") {
            kind = .return(try parseProjectionBody(start: start))
        } else if accept(keyword: "CREATE") {
            kind = .create(try parsePattern())
        } else if accept(keyword: "MERGE") {
            kind = try parseMerge()
        } else if accept(keyword: "SET") {
            kind = .set(try parseSetItems())
        } else if accept(keyword: "REMOVE") {
            kind = .remove(try parseRemoveItems())
        } else if accept(keyword: "DELETE") {
            kind = .delete(try parseExpressionList(), detach: false)
        } else if accept(keywords: "DETACH", "DELETE") {
            kind = .delete(try parseExpressionList(), detach: true)
        } else if accept(keyword: "CALL") {
            kind = try parseCall()
        } else if accept(keyword: "FOREACH") {
            kind = try parseForeach()
        } else {
            throw expectedClause()
        }
        return Clause(kind: kind, range: range(from: start))
    }

    /// The rest of `CALL [(a, b) | (*)] { query [UNION query …] }`.
    mutating func parseCallSubquery() throws(CypherError) -> ClauseKind {
        var imports = SubqueryImports.importingWith
        if accept(symbol: "(") {
            if accept(symbol: "*") {
                imports = .all
            } else {
                var names: [ImportedName] = []
                if !current.isSymbol(")") {
                    repeat {
                        let start = current.range.start
                        let name = try parseName("a variable to import")
                        names.append(ImportedName(name: name, range: range(from: start)))
                    } while accept(symbol: ",")
                }
                imports = .variables(names)
            }
            try expect(symbol: ")")
        }
        try expect(symbol: "{")
        let bodyStart = current.range.start
        var parts = [try parseSingleQuery()]
        var all: [Bool] = []
        while accept(keyword: "UNION") {
            all.append(accept(keyword: "ALL"))
            parts.append(try parseSingleQuery())
        }
        let bodyText = text(range(from: bodyStart))
        try expect(symbol: "}")
        if current.isKeyword("IN") {
            throw .compile(.unsupported("CALL { … } IN TRANSACTIONS"), at: current.range)
        }
        return .callSubquery(imports: imports, body: Subquery(parts: parts, unionAll: all, text: bodyText))
    }

    /// The rest of `FOREACH (variable IN list | clause …)`: one or more updating clauses.
    mutating func parseForeach() throws(CypherError) -> ClauseKind {
        try expect(symbol: "(")
        let variable = try parseName("a variable name")
        try expect(keyword: "IN")
        let list = try parseExpression()
        try expect(symbol: "|")
        var clauses: [Clause] = []
        while !current.isSymbol(")") {
            if atEnd || current.isSymbol(";") { throw unexpected(expected: "an updating clause or ')' closing FOREACH") }
            let clause = try parseClause()
            guard clause.kind.isUpdate else {
                throw .compile(
                    .invalidClauseComposition("only CREATE, MERGE, SET, REMOVE, DELETE and FOREACH can be used inside FOREACH"),
                    at: clause.range)
            }
            clauses.append(clause)
        }
        if clauses.isEmpty { throw unexpected(expected: "an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)") }
        try expect(symbol: ")")
        return .foreach(variable: variable, list: list, clauses: clauses)
    }

    /// The rest of `LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']`.
    mutating func parseLoadCSV() throws(CypherError) -> ClauseKind {
        let withHeaders = accept(keywords: "WITH", "HEADERS")
        try expect(keyword: "FROM")
        let url = try parseExpression()
        try expect(keyword: "AS")
        let variable = try parseName("a variable name")
        var terminator: String?
        if accept(keyword: "FIELDTERMINATOR") {
            guard case .string(let text) = current.kind else { throw unexpected(expected: "a one-character string such as ';' or '\\t'") }
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, scalar.isASCII, scalar != "\"",
                scalar != "\n", scalar != "\r"
            else {
                throw .compile(
                    .invalidArgumentValue("FIELDTERMINATOR must be one ASCII character other than a quote or a line break, got '\(text)'"),
                    at: current.range, category: .syntaxError)
            }
            terminator = text
            advance()
        }
        return .loadCSV(url: url, withHeaders: withHeaders, variable: variable, fieldTerminator: terminator)
    }

    mutating func parseMatch(optional: Bool) throws(CypherError) -> ClauseKind {
        let pattern = try parsePattern()
        let predicate = accept(keyword: "WHERE") ? try parseExpression() : nil
        return .match(optional: optional, pattern: pattern, predicate: predicate)
    }

    mutating func parseExpressionList() throws(CypherError) -> [Expression] {
        var list = [try parseExpression()]
        while accept(symbol: ",") { list.append(try parseExpression()) }
        return list
    }

    mutating func parseProjectionBody(start: SourceLocation) throws(CypherError) -> ProjectionBody {
        let distinct = accept(keyword: "DISTINCT")
        var includesAll = false
        var items: [ProjectionItem] = []
        if accept(symbol: "*") {
            includesAll = true
        }
        if !includesAll || accept(symbol: ",") {
            repeat {
                let expression = try parseExpression()
                var alias: String?
                if accept(keyword: "AS") { alias = try parseName("an alias") }
                items.append(ProjectionItem(expression: expression, alias: alias, text: text(expression.range)))
            } while accept(symbol: ",")
        }
        var orderBy: [SortItem] = []
        if accept(keywords: "ORDER", "BY") {
            repeat {
                let expression = try parseExpression()
                var descending = false
                if accept(keyword: "DESC") || accept(keyword: "DESCENDING") {
                    descending = true
                } else if accept(keyword: "ASC") || accept(keyword: "ASCENDING") {
                    descending = false
                }
                orderBy.append(SortItem(expression: expression, descending: descending))
            } while accept(symbol: ",")
        }
        let skip = accept(keyword: "SKIP") || accept(keyword: "OFFSET") ? try parseExpression() : nil
        let limit = accept(keyword: "LIMIT") ? try parseExpression() : nil
        return ProjectionBody(
            distinct: distinct, includesAll: includesAll, items: items, orderBy: orderBy, skip: skip, limit: limit,
            range: range(from: start))
    }

    mutating func parseMerge() throws(CypherError) -> ClauseKind {
        let part = try parsePatternPart()
        var onCreate: [SetItem] = []
        var onMatch: [SetItem] = []
        while current.isKeyword("ON") {
            if accept(keywords: "ON", "CREATE", "SET") {
                onCreate += try parseSetItems()
            } else if accept(keywords: "ON", "MATCH", "SET") {
                onMatch += try parseSetItems()
            } else {
                advance()
                throw unexpected(expected: "CREATE SET or MATCH SET")
            }
        }
        return .merge(part, onCreate: onCreate, onMatch: onMatch)
    }

    mutating func parseSetItems() throws(CypherError) -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let start = current.range.start
            // `n:Label`, `n = map`, `n += map`, or `expr.key = value`
            if case .word = current.kind, peek().isSymbol(":") {
                let variable = try parseName("a variable")
                items.append(.labels(variable: variable, labels: try parseLabels(), range: range(from: start)))
                continue
            }
            if case .quotedName = current.kind, peek().isSymbol(":") {
                let variable = try parseName("a variable")
                items.append(.labels(variable: variable, labels: try parseLabels(), range: range(from: start)))
                continue
            }
            if peek().isSymbol("=") || peek().isSymbol("+=") {
                let variable = try parseName("a variable")
                let merging = current.isSymbol("+=")
                advance()
                let value = try parseExpression()
                let r = range(from: start)
                items.append(merging ? .merge(variable: variable, value: value, range: r) : .replaceAll(variable: variable, value: value, range: r))
                continue
            }
            let target = try parsePostfixExpression()
            guard case .property(let owner, let key) = target.kind else {
                throw CypherError.compile(
                    .unexpectedToken(found: "'\(text(target.range))'", expected: "a property (n.key), a label (n:Label) or a variable"),
                    at: target.range)
            }
            try expect(symbol: "=")
            items.append(.property(target: owner, key: key, value: try parseExpression()))
        } while accept(symbol: ",")
        return items
    }

    mutating func parseRemoveItems() throws(CypherError) -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            let start = current.range.start
            if peek().isSymbol(":") {
                let variable = try parseName("a variable")
                items.append(.labels(variable: variable, labels: try parseLabels(), range: range(from: start)))
                continue
            }
            let target = try parsePostfixExpression()
            guard case .property(let owner, let key) = target.kind else {
                throw CypherError.compile(
                    .unexpectedToken(found: "'\(text(target.range))'", expected: "a property (n.key) or a label (n:Label)"),
                    at: target.range)
            }
            items.append(.property(target: owner, key: key))
        } while accept(symbol: ",")
        return items
    }

    mutating func parseCall() throws(CypherError) -> ClauseKind {
        if current.isSymbol("{") || current.isSymbol("(") { return try parseCallSubquery() }
        var name = try parseName("a procedure name")
        while accept(symbol: ".") { name += "." + (try parseName("a procedure name")) }
        var arguments: [Expression]?
        if accept(symbol: "(") {
            var list: [Expression] = []
            if !current.isSymbol(")") { list = try parseExpressionList() }
            try expect(symbol: ")")
            arguments = list
        }
        var yield: [YieldItem]?
        var yieldAll = false
        var predicate: Expression?
        if accept(keyword: "YIELD") {
            if accept(symbol: "*") {
                yieldAll = true
            } else {
                var items: [YieldItem] = []
                repeat {
                    let start = current.range.start
                    let column = try parseName("a column to yield")
                    let alias = accept(keyword: "AS") ? try parseName("an alias") : nil
                    items.append(YieldItem(column: column, alias: alias, range: range(from: start)))
                } while accept(symbol: ",")
                yield = items
            }
            if accept(keyword: "WHERE") { predicate = try parseExpression() }
        }
        return .call(procedure: name, arguments: arguments, yield: yield, yieldAll: yieldAll, predicate: predicate)
    }

    // MARK: - Schema commands

    /// Parses a schema command when the statement starts with one; otherwise consumes nothing.
    mutating func parseSchemaCommand() throws(CypherError) -> SchemaCommand? {
        if current.isKeyword("SHOW") {
            advance()
            if accept(keyword: "INDEXES") || accept(keyword: "INDEX") { return .showIndexes }
            if accept(keyword: "CONSTRAINTS") || accept(keyword: "CONSTRAINT") { return .showConstraints }
            if accept(keyword: "PROCEDURES") || accept(keyword: "PROCEDURE") { return .showProcedures }
            if accept(keyword: "FUNCTIONS") || accept(keyword: "FUNCTION") { return .showFunctions }
            throw unexpected(expected: "INDEXES, CONSTRAINTS, PROCEDURES or FUNCTIONS")
        }
        if current.isKeyword("DROP") {
            advance()
            if accept(keyword: "INDEX") {
                if accept(keyword: "ON") {  // Memgraph, Neo4j 3: DROP INDEX ON :Label(key)
                    let (label, property) = try parseLegacyIndexTarget()
                    return .dropIndexOn(label: label, property: property)
                }
                if accept(keyword: "FOR") {  // FalkorDB: DROP INDEX FOR (n:Label) ON (n.key)
                    let (label, property) = try parseIndexTarget()
                    return .dropIndexOn(label: label, property: property)
                }
                let name = try parseName("an index name")
                return .dropIndex(name: name, ifExists: accept(keywords: "IF", "EXISTS"))
            }
            if accept(keyword: "CONSTRAINT") {
                let name = try parseName("a constraint name")
                return .dropConstraint(name: name, ifExists: accept(keywords: "IF", "EXISTS"))
            }
            throw unexpected(expected: "INDEX or CONSTRAINT")
        }
        guard current.isKeyword("CREATE"), peek().isKeyword("INDEX") || peek().isKeyword("CONSTRAINT") else { return nil }
        advance()
        if accept(keyword: "INDEX") {
            if accept(keyword: "ON") {  // Memgraph, Neo4j 3: CREATE INDEX ON :Label(key)
                let (label, property) = try parseLegacyIndexTarget()
                return .createIndex(name: nil, label: label, property: property, ifNotExists: false)
            }
            var name: String?
            if !current.isKeyword("FOR"), !current.isKeyword("IF") { name = try parseName("an index name") }
            let ifNotExists = accept(keywords: "IF", "NOT", "EXISTS")
            try expect(keyword: "FOR")
            let (label, property) = try parseIndexTarget()
            return .createIndex(name: name, label: label, property: property, ifNotExists: ifNotExists)
        }
        try expect(keyword: "CONSTRAINT")
        var name: String?
        if !current.isKeyword("FOR"), !current.isKeyword("ON"), !current.isKeyword("IF") {
            name = try parseName("a constraint name")
        }
        let ifNotExists = accept(keywords: "IF", "NOT", "EXISTS")
        guard accept(keyword: "FOR") || accept(keyword: "ON") else { throw unexpected(expected: "FOR") }
        let (variable, label) = try parseSchemaNode()
        guard accept(keyword: "REQUIRE") || accept(keyword: "ASSERT") else { throw unexpected(expected: "REQUIRE") }
        let property = try parseSchemaProperty(variable)
        try expect(keyword: "IS")
        try expect(keyword: "UNIQUE")
        return .createUniqueConstraint(name: name, variable: variable, label: label, property: property, ifNotExists: ifNotExists)
    }

    /// `(n:Label) ON (n.key)`, after `INDEX … FOR`.
    private mutating func parseIndexTarget() throws(CypherError) -> (label: String, property: String) {
        let (variable, label) = try parseSchemaNode()
        try expect(keyword: "ON")
        try expect(symbol: "(")
        let property = try parseSchemaProperty(variable)
        try expect(symbol: ")")
        return (label, property)
    }

    /// `:Label(key)`, after `INDEX ON`.
    private mutating func parseLegacyIndexTarget() throws(CypherError) -> (label: String, property: String) {
        try expect(symbol: ":")
        let label = try parseSymbolicName("a label")
        try expect(symbol: "(")
        let property = try parseSymbolicName("a property key")
        try expect(symbol: ")")
        return (label, property)
    }

    private mutating func parseSchemaNode() throws(CypherError) -> (String, String) {
        try expect(symbol: "(")
        let variable = try parseName("a variable")
        try expect(symbol: ":")
        let label = try parseSymbolicName("a label")
        try expect(symbol: ")")
        return (variable, label)
    }

    private mutating func parseSchemaProperty(_ variable: String) throws(CypherError) -> String {
        let start = current
        let owner = try parseName("the variable \(variable)")
        guard owner == variable else {
            throw CypherError.compile(.undefinedVariable(owner, suggestion: variable), at: start.range)
        }
        try expect(symbol: ".")
        return try parseSymbolicName("a property key")
    }
}
