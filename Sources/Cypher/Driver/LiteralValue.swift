// Evaluating a standalone Cypher literal (`42`, `'text'`, `[1, 2]`, `{k: 'v'}`), as the CLI's
// `--param name=value` and the test runner's parameter tables need.

extension GraphDatabase {
    /// The value of a constant Cypher expression; variables are not allowed.
    public static func evaluateLiteral(_ text: String) throws(CypherError) -> Value {
        do throws(CypherError) {
            var parser = try Parser(text)
            let expression = try parser.parseExpression()
            guard parser.atEnd else { throw parser.unexpected(expected: "the end of the value") }
            let planner = QueryPlanner(graph: PropertyGraph(), parameters: [:], procedures: ProcedureRegistry())
            let bound = try planner.bind(expression, Scope(), context: "a literal value")
            let context = ExecutionContext(graph: PropertyGraph(), parameters: [:], procedures: ProcedureRegistry())
            var frame = Frame(size: planner.slotCount)
            return try Evaluator(context).evaluate(bound.expression, &frame)
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }
}
