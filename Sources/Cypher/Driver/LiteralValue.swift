// Evaluating a standalone Cypher literal (`42`, `'text'`, `[1, 2]`, `{k: 'v'}`), as the CLI's
// `--param name=value` and the test runner's parameter tables need: the expression is read as the one
// item of a RETURN and run by the same driver as every statement, on an empty graph.

extension GraphDatabase {
    /// The value of a constant Cypher expression; variables are not allowed.
    public static func evaluateLiteral(_ text: String) throws(CypherError) -> Value {
        do throws(CypherError) {
            var parser = try Parser(text)
            let expression = try parser.parseExpression()
            guard parser.atEnd else { throw parser.unexpected(expected: "the end of the value") }
            let range = expression.range
            let item = ProjectionItem(expression: expression, alias: "value", text: text)
            let body = ProjectionBody(distinct: false, includesAll: false, items: [item], orderBy: [], skip: nil, limit: nil, range: range)
            let query = SingleQuery(clauses: [Clause(kind: .return(body), range: range)], range: range)
            let database = GraphDatabase()
            let prepared = try database.prepare(Statement(kind: .query(query), mode: .normal, range: range), text: text)
            let result = try database.run(prepared, parameters: [:])
            return result.rows.first?.first ?? .null
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }
}
