// Read-only queries run from inside a procedure (a graph algorithm's Cypher projection runs its node and
// relationship queries this way): prepared and run by the same driver as every statement, against the
// same graph, inside the calling statement's own transaction. A nested query may not write, nor be a
// schema command or EXPLAIN.

extension ProcedureInvocation {
    /// Runs a read-only query against the invocation's graph with the given parameters.
    ///
    /// - Throws: ``CypherError``; a query that writes, changes the schema or asks for a plan is refused.
    /// - Complexity: that of the query.
    public func runQuery(_ text: String, parameters: [String: Value] = [:]) throws(CypherError) -> QueryResult {
        // The calling statement's settings hold here too: its stop check, limits, rules and import directory.
        let database = GraphDatabase(graph: graph, procedures: registry, registeringBuiltins: false)
        database.interruption = shouldStop
        database.limits = limits
        database.disabledRules = disabledRules
        database.importDirectory = importDirectory
        database.acceptsInvalidUTF8 = acceptsInvalidUTF8
        let prepared = try database.prepare(text)
        do {
            return try database.run(prepared, parameters: parameters, readOnly: true)
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }
}
