// The engine's front door and the one place that drives a statement through every stage, top to bottom:
// text → Parser → Binder (a bound statement: prepare) → LogicalPlanner → Optimizer (rewrite rules) →
// PhysicalPlanner (operators) → execution inside a transaction → QueryResult (execute). A schema command
// goes from the parser straight to SchemaCommands. A statement that fails at any stage changes nothing.

import Foundation

/// A property graph with its Cypher engine and procedure registry.
public final class GraphDatabase {
    /// The graph this database queries and updates.
    public let graph: PropertyGraph
    /// The procedures callable with CALL.
    public let procedures: ProcedureRegistry
    /// Optimizer rules not to apply (see ``OptimizerRule``): answers must not change, only speed. Tests
    /// and users chasing a suspected optimizer bug switch rules off to compare.
    public var disabledRules: Set<OptimizerRule> = []
    /// The most threads one read-only statement may use (the distinct chain join splits its input rows
    /// among them); 1 runs every statement on the calling thread. Answers do not depend on it.
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Asked now and then while a statement runs (every few thousand rows of its scans, expansions and
    /// UNWINDs); when it answers true, the statement stops with a `Terminated` error and, like any
    /// failed statement, changes nothing. The shell sets it from Ctrl-C.
    public var interruption: (@Sendable () -> Bool)?
    /// How long a statement may run and how much memory it may take; past either, it stops with a
    /// ResourceLimit error and changes nothing.
    public var limits = ResourceLimits()
    /// The directory LOAD CSV reads files under (as Neo4j's `server.directories.import`): relative paths
    /// are taken from it, and no path may lead out of it. By default the current directory; nil allows
    /// every file the process can read.
    public var importDirectory: String? = FileManager.default.currentDirectoryPath
    /// When true, statements that write are refused before they run (a database opened read-only).
    public var readOnly = false
    /// Whether LOAD CSV reads bytes that are not UTF-8 as U+FFFD; by default they fail the statement,
    /// naming the file, line and column.
    public var acceptsInvalidUTF8 = false
    /// Called after a statement (or an atomic script) committed a change to the graph or its schema —
    /// where durable storage writes the graph out. When it throws, the statement fails with a
    /// `DatabaseError` saying that the change is kept in memory only.
    public var afterCommit: (() throws -> Void)?
    /// Called before a statement runs with each note the planner has on its plan (a scan per row that an
    /// index would avoid), so a command can tell the user while the statement runs; EXPLAIN shows them too.
    public var planNoted: ((PlanNote) -> Void)?
    /// Scratch memory reused from statement to statement.
    private let scratch = ScratchPool()

    public convenience init(graph: PropertyGraph = PropertyGraph(), procedures: ProcedureRegistry = ProcedureRegistry()) {
        self.init(graph: graph, procedures: procedures, registeringBuiltins: true)
    }

    /// A database on `graph`; without `registeringBuiltins` when `procedures` has them already.
    init(graph: PropertyGraph, procedures: ProcedureRegistry, registeringBuiltins: Bool) {
        self.graph = graph
        self.procedures = procedures
        if registeringBuiltins { BuiltinProcedures.register(in: procedures) }
    }

    /// Runs one statement in its own transaction: prepares it, then executes it.
    ///
    /// - Throws: ``CypherError`` with the statement text attached, so ``CypherError/report`` can show the caret.
    public func execute(_ text: String, parameters: [String: Value] = [:]) throws(CypherError) -> QueryResult {
        try execute(try prepare(text), parameters: parameters)
    }

    /// Runs a prepared statement in its own transaction with the given parameters.
    ///
    /// - Throws: ``CypherError`` with the statement text attached.
    public func execute(_ prepared: PreparedStatement, parameters: [String: Value] = [:]) throws(CypherError) -> QueryResult {
        do {
            let changesBefore = graph.committedChanges
            let result = try graph.transactionTyped { () throws(CypherError) in try run(prepared, parameters: parameters) }
            try notifyCommit(since: changesBefore)
            return result
        } catch var error {
            if error.source == nil { error.source = prepared.text }
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
        // Every statement is parsed before any runs; each is bound when its turn comes (binding needs no
        // graph, but a statement may name what an earlier one made).
        let pieces = StatementSplitter.split(script)
        var parsed: [(ScriptStatement, Statement)] = []
        for piece in pieces {
            do {
                parsed.append((piece, try Parser.parseStatement(piece.text)))
            } catch {
                throw located(error, piece, fileName)
            }
        }
        func run(_ statement: Statement, _ text: String) throws(CypherError) -> QueryResult {
            try self.run(try prepare(statement, text: text), parameters: parameters)
        }
        let changesBefore = graph.committedChanges
        func runAll() throws(CypherError) -> [QueryResult] {
            var results: [QueryResult] = []
            for (piece, statement) in parsed {
                do {
                    if atomic {
                        results.append(try run(statement, piece.text))
                    } else {
                        let before = graph.committedChanges
                        results.append(try graph.transactionTyped { () throws(CypherError) in try run(statement, piece.text) })
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

    /// Plans and runs a prepared statement; the caller holds the transaction. With `readOnly`, a statement
    /// that writes, changes the schema or asks for a plan is refused (a query run by a procedure).
    func run(_ prepared: PreparedStatement, parameters: [String: Value], readOnly: Bool = false) throws(CypherError) -> QueryResult {
        let statement = prepared.statement
        guard prepared.graph == ObjectIdentifier(graph) else {
            throw .compile(.unsupported("running a statement prepared by another database"), at: nil)
        }
        if readOnly {
            guard prepared.bound != nil else { throw .runtime(.procedureFailed("a query run by a procedure cannot be a schema command")) }
            guard statement.mode == .normal else { throw .runtime(.procedureFailed("a query run by a procedure cannot use EXPLAIN or PROFILE")) }
            guard prepared.bound?.writes == false else { throw .runtime(.procedureFailed("a query run by a procedure must not write")) }
        }
        guard let bound = prepared.bound else {
            guard case .schema(let command) = statement.kind else { throw .runtime(.procedureFailed("internal error: an unbound query")) }
            if self.readOnly, command.changesSchema {
                throw .compile(.storageFailure("the database is open read-only: statements that write are refused"), at: nil)
            }
            return try SchemaCommands.run(command, mode: statement.mode, graph: graph, procedures: procedures)
        }
        // Every parameter the statement reads must be given (checked before anything runs, so it counts as
        // a compile-time error, as in Neo4j).
        if let (name, range) = bound.parameters.filter({ parameters[$0.key] == nil }).min(by: { $0.value.start.offset < $1.value.start.offset }) {
            throw .compile(.missingParameter(name), at: range)
        }
        if self.readOnly, bound.writes {
            throw .compile(.storageFailure("the database is open read-only: statements that write are refused"), at: nil)
        }
        let profiling = statement.mode == .profile
        let plan = self.plan(prepared, bound, fresh: profiling)
        if statement.mode == .explain {
            return QueryResult(columns: [], rows: [], plan: PlanDescription.explain(plan))
        }
        if let planNoted { plan.notes.forEach(planNoted) }
        let root = profiling ? instrumentForProfile(plan.root) : plan.root
        let context = ExecutionContext(
            graph: graph, parameters: parameters, procedures: procedures, profiling: profiling, readOnly: !plan.writes,
            interruption: interruption, limits: limits, scratch: scratch)
        context.importDirectory = importDirectory
        context.acceptsInvalidUTF8 = acceptsInvalidUTF8
        context.disabledRules = disabledRules
        context.threads = max(1, threads)
        var frame = Frame(size: plan.frameSize)
        var rows: [[Value]] = []
        let slots = plan.columnSlots
        let returnsRows = !plan.columns.isEmpty
        _ = try root.run(context, &frame) { f throws(CypherError) in
            try context.checkInterruption()
            if returnsRows { rows.append(Self.row(slots, f)) }
            return true
        }
        let description = profiling ? PlanDescription.render(columns: plan.columns, root: root, profile: context.profile) : nil
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

extension SchemaCommand {
    /// True for the commands that create or drop an index or constraint.
    var changesSchema: Bool {
        switch self {
        case .createIndex, .dropIndex, .dropIndexOn, .createUniqueConstraint, .dropConstraint: return true
        case .showIndexes, .showConstraints, .showProcedures, .showFunctions: return false
        }
    }
}
