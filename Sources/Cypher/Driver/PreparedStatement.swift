// A statement compiled once — parsed and bound, which needs neither the graph nor parameter values — to be
// run any number of times with different parameters. Its plan is made at the first run and kept while
// the graph's indexes and the optimizer's switches stay as they were.

/// A parsed and bound statement, ready to run.
public final class PreparedStatement: @unchecked Sendable {
    /// The statement's text.
    public let text: String
    let statement: Statement
    /// The bound query; nil for a schema command.
    let bound: BoundStatement?
    /// The plan of the last run, and what it was made for.
    var cached: (key: PlanKey, plan: ExecutablePlan)?
    /// The graph of the database that prepared it: names in the bound statement cache that graph's ids,
    /// so it runs on no other.
    let graph: ObjectIdentifier

    init(text: String, statement: Statement, bound: BoundStatement?, graph: ObjectIdentifier) {
        self.text = text
        self.statement = statement
        self.bound = bound
        self.graph = graph
    }

    /// The parameters the statement reads, sorted by name.
    public var parameterNames: [String] { bound?.parameters.keys.sorted() ?? [] }

    /// The columns the statement returns (none for one that only writes, or a schema command).
    public var columns: [String] { bound?.query.columns ?? [] }
}

/// What a plan depends on besides the statement: the graph's indexes and the rules switched off.
struct PlanKey: Equatable {
    let schema: [SchemaElement]
    let disabledRules: Set<OptimizerRule>
}

/// A plan ready to run: the operators, the logical plan they came from (for EXPLAIN), the rules that
/// changed it, and the layout of the rows.
struct ExecutablePlan {
    let root: Operator
    let logical: LogicalPlan
    let fired: [OptimizerRule]
    /// What the planner notes about the plan (a scan per row that an index would avoid).
    let notes: [PlanNote]
    let columns: [String]
    let columnSlots: [Int]
    let frameSize: Int
    let writes: Bool
}

extension GraphDatabase {
    /// Parses and binds a statement. Errors found here are compile-time errors; the graph is not read.
    ///
    /// - Throws: ``CypherError`` with the statement text attached.
    public func prepare(_ text: String) throws(CypherError) -> PreparedStatement {
        do {
            let statement = try Parser.parseStatement(text)
            return try prepare(statement, text: text)
        } catch var error {
            if error.source == nil { error.source = text }
            throw error
        }
    }

    /// Binds a parsed statement.
    func prepare(_ statement: Statement, text: String) throws(CypherError) -> PreparedStatement {
        let identity = ObjectIdentifier(graph)
        if case .schema = statement.kind { return PreparedStatement(text: text, statement: statement, bound: nil, graph: identity) }
        let bound = try Binder(procedures: procedures).bind(statement.kind)
        return PreparedStatement(text: text, statement: statement, bound: bound, graph: identity)
    }

    /// The plan of a prepared statement for the graph as it is now. Reused while its key holds, unless
    /// `fresh` (PROFILE instruments the operators it runs, so it needs its own).
    func plan(_ prepared: PreparedStatement, _ bound: BoundStatement, fresh: Bool) -> ExecutablePlan {
        let key = PlanKey(schema: graph.schemaElements, disabledRules: disabledRules)
        if !fresh, let cached = prepared.cached, cached.key == key { return cached.plan }
        let plan = Self.plan(bound, graph: graph, disabledRules: disabledRules)
        if !fresh { prepared.cached = (key, plan) }
        return plan
    }

    /// The plan of a bound statement: its logical plan, optimized, lowered to operators — the nested
    /// plans of its subquery expressions too.
    static func plan(_ bound: BoundStatement, graph: PropertyGraph, disabledRules: Set<OptimizerRule>) -> ExecutablePlan {
        let context = OptimizerContext(graph: graph, disabled: disabledRules, slots: bound.slots)
        for nested in bound.nestedPlans {
            nested.root = PhysicalPlanner.plan(Optimizer.optimize(LogicalPlanner.plan(nested.query), context))
        }
        let logical = Optimizer.optimize(LogicalPlanner.plan(bound.query), context)
        let root = PhysicalPlanner.plan(logical)
        return ExecutablePlan(
            root: root, logical: logical, fired: context.fired, notes: PlanNotes.find(in: logical, context.statistics),
            columns: bound.query.columns, columnSlots: bound.query.columnSlots, frameSize: bound.slots.count, writes: bound.writes)
    }
}
