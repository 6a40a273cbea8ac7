// Evaluating a standalone Cypher literal (`42`, `'text'`, `[1, 2]`, `{k: 'v'}`), as the CLI's
// `--param name=value` and the test runner's parameter tables need.

extension GraphDatabase {
    /// The value of a constant Cypher expression; variables are not allowed.
    public static func evaluateLiteral(_ text: String) throws(CypherError) -> Value {
        do throws(CypherError) {
            var parser = try Parser(text)
            let expression = try parser.parseExpression()
            guard parser.atEnd else { throw parser.unexpected(expected: "the end of the value") }
            let binder = Binder(procedures: ProcedureRegistry())
            let bound = try binder.bind(expression, Scope(), context: "a literal value")
            if let name = binder.parameters.keys.sorted().first {
                throw CypherError.compile(.invalidParameterUse("a literal value cannot read parameter $\(name)"), at: expression.range)
            }
            if !binder.nestedPlans.isEmpty {
                throw CypherError.compile(.unsupported("a pattern or subquery in a literal value"), at: expression.range)
            }
            let context = ExecutionContext(graph: PropertyGraph(), parameters: [:], procedures: ProcedureRegistry())
            var frame = Frame(size: binder.slots.count)
            return try Evaluator(context).evaluate(bound.expression, &frame)
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }
}
