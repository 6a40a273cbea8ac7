// The engine's front door and the one place that drives a statement through every stage, top to bottom:
// text → Parser → (schema command | QueryPlanner: binding, semantic checks, planning) → operator tree →
// execution inside a transaction → QueryResult. A statement that fails at any stage changes nothing.

/// A property graph with its Cypher engine and procedure registry.
public final class GraphDatabase {
    /// The graph this database queries and updates.
    public let graph: PropertyGraph
    /// The procedures callable with CALL.
    public let procedures: ProcedureRegistry
    /// Optimizer rules not to apply (see ``OptimizerRule``): answers must not change, only speed. Tests
    /// and users chasing a suspected optimizer bug switch rules off to compare.
    public var disabledRules: Set<OptimizerRule> = []
    /// Asked now and then while a statement runs (every few thousand rows of its scans, expansions and
    /// UNWINDs); when it answers true, the statement stops with a `Terminated` error and, like any
    /// failed statement, changes nothing. The shell sets it from Ctrl-C.
    public var interruption: (@Sendable () -> Bool)?
    /// Called after a statement (or an atomic script) committed a change to the graph or its schema —
    /// where durable storage writes the graph out. When it throws, the statement fails with a
    /// `DatabaseError` saying that the change is kept in memory only.
    public var afterCommit: (() throws -> Void)?
    /// Scratch memory reused from statement to statement.
    private let scratch = ScratchPool()

    public init(graph: PropertyGraph = PropertyGraph(), procedures: ProcedureRegistry = ProcedureRegistry()) {
        self.graph = graph
        self.procedures = procedures
        BuiltinProcedures.register(in: procedures)
    }

    /// Runs one statement in its own transaction.
    ///
    /// - Throws: ``CypherError`` with the statement text attached, so ``CypherError/report`` can show the caret.
    public func execute(_ text: String, parameters: [String: Value] = [:]) throws(CypherError) -> QueryResult {
        do {
            let statement = try Parser.parseStatement(text)
            let changesBefore = graph.committedChanges
            let result = try graph.transactionTyped { () throws(CypherError) in try run(statement, parameters: parameters) }
            try notifyCommit(since: changesBefore)
            return result
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }

    /// Runs every statement of a script. With `atomic`, the whole script is one transaction: every
    /// statement is parsed before any runs, and if one fails nothing of the script remains.
    ///
    /// - Parameter fileName: named in errors, which point at the file's own line and column.
    @discardableResult
    public func executeScript(_ script: String, fileName: String? = nil, parameters: [String: Value] = [:], atomic: Bool = true)
        throws(CypherError) -> [QueryResult]
    {
        let pieces = StatementSplitter.split(script)
        var parsed: [(ScriptStatement, Statement)] = []
        for piece in pieces {
            do {
                parsed.append((piece, try Parser.parseStatement(piece.text)))
            } catch {
                throw located(error, piece, fileName)
            }
        }
        let changesBefore = graph.committedChanges
        func runAll() throws(CypherError) -> [QueryResult] {
            var results: [QueryResult] = []
            for (piece, statement) in parsed {
                do {
                    if atomic {
                        results.append(try run(statement, parameters: parameters))
                    } else {
                        let before = graph.committedChanges
                        results.append(try graph.transactionTyped { () throws(CypherError) in try run(statement, parameters: parameters) })
                        try notifyCommit(since: before)
                    }
                } catch {
                    throw located(error, piece, fileName)
                }
            }
            return results
        }
        guard atomic else { return try runAll() }
        let results = try graph.transactionTyped(runAll)
        try notifyCommit(since: changesBefore)
        return results
    }

    /// Runs `afterCommit` when transactions committed changes since the count was `before`.
    private func notifyCommit(since before: Int) throws(CypherError) {
        guard graph.committedChanges != before, let afterCommit else { return }
        do {
            try afterCommit()
        } catch {
            throw .runtime(.storageFailure("the change is kept in memory only: \(error)"))
        }
    }

    private func located(_ error: CypherError, _ piece: ScriptStatement, _ fileName: String?) -> CypherError {
        var e = error
        if e.source == nil { e.source = piece.text }
        e.fileName = fileName
        e.statementOrigin = piece.origin
        return e
    }

    /// Plans and runs a parsed statement; the caller holds the transaction.
    private func run(_ statement: Statement, parameters: [String: Value]) throws(CypherError) -> QueryResult {
        if case .schema(let command) = statement.kind {
            return try SchemaCommands.run(command, mode: statement.mode, graph: graph, procedures: procedures)
        }
        let planner = QueryPlanner(graph: graph, parameters: parameters, procedures: procedures)
        planner.disabledRules = disabledRules
        let plan = try planner.plan(statement.kind)
        if statement.mode == .explain {
            return QueryResult(columns: [], rows: [], plan: PlanDescription.render(plan, profile: nil))
        }
        let profiling = statement.mode == .profile
        let root = profiling ? instrumentForProfile(plan.root) : plan.root
        let context = ExecutionContext(
            graph: graph, parameters: parameters, procedures: procedures, profiling: profiling, readOnly: !plan.writes,
            interruption: interruption, scratch: scratch)
        var frame = Frame(size: plan.frameSize)
        var rows: [[Value]] = []
        let slots = plan.columnSlots
        let returnsRows = !plan.columns.isEmpty
        _ = try root.run(context, &frame) { f throws(CypherError) in
            try context.checkInterruption()
            if returnsRows { rows.append(Self.row(slots, f)) }
            return true
        }
        let description = profiling ? PlanDescription.render(plan, profile: context.profile, root: root) : nil
        return QueryResult(columns: plan.columns, rows: rows, statistics: context.statistics, plan: description)
    }

    /// The values of `slots` in `frame`, as one result row (allocated once, at its final size).
    static func row(_ slots: [Int], _ frame: Frame) -> [Value] {
        var row: [Value] = []
        row.reserveCapacity(slots.count)
        for s in slots { row.append(frame[s]) }
        return row
    }
}

extension PropertyGraph {
    /// `transaction(_:)` for bodies that throw only ``CypherError``; store errors at commit are mapped.
    func transactionTyped<T>(_ body: () throws(CypherError) -> T) throws(CypherError) -> T {
        do {
            return try transaction { try body() }
        } catch let error as CypherError {
            throw error
        } catch let error as GraphStoreError {
            throw CypherError(storeError: error, at: nil)
        } catch {
            throw .runtime(.procedureFailed("\(error)"))
        }
    }
}
