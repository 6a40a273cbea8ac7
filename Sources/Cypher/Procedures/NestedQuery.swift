// Read-only queries run from inside a procedure (a graph algorithm's Cypher projection runs its node and
// relationship queries this way): parsed, planned and executed against the same graph, inside the
// statement's own transaction. A nested query may not write, nor be a schema command or EXPLAIN.

extension ProcedureInvocation {
    /// Runs a read-only query against the invocation's graph with the given parameters.
    ///
    /// - Throws: ``CypherError``; a query that writes, changes the schema or asks for a plan is refused.
    /// - Complexity: that of the query.
    public func runQuery(_ text: String, parameters: [String: Value] = [:]) throws(CypherError) -> QueryResult {
        var statement: Statement
        do {
            statement = try Parser.parseStatement(text)
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
        if case .schema = statement.kind {
            throw .runtime(.procedureFailed("a query run by a procedure cannot be a schema command"))
        }
        guard statement.mode == .normal else {
            throw .runtime(.procedureFailed("a query run by a procedure cannot use EXPLAIN or PROFILE"))
        }
        let bound = try Binder(procedures: registry).bind(statement.kind)
        if let name = bound.parameters.keys.sorted().first(where: { parameters[$0] == nil }) {
            throw .runtime(.missingParameter(name), at: bound.parameters[name])
        }
        let plan = GraphDatabase.plan(bound, graph: graph, disabledRules: [])
        guard !plan.writes else { throw .runtime(.procedureFailed("a query run by a procedure must not write")) }
        let context = ExecutionContext(graph: graph, parameters: parameters, procedures: registry, readOnly: true)
        var frame = Frame(size: plan.frameSize)
        var rows: [[Value]] = []
        let slots = plan.columnSlots
        _ = try plan.root.run(context, &frame) { f throws(CypherError) in
            rows.append(GraphDatabase.row(slots, f))
            return true
        }
        return QueryResult(columns: plan.columns, rows: rows)
    }
}
