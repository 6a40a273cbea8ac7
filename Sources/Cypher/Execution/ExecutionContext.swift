// The state one statement runs with: the graph, the parameter values, the procedure registry, update
// counters, and the frame — the row of slot values that operators fill in as rows flow through the plan.

import Temporal

/// One row in flight: a value per slot of the plan.
struct Frame {
    var slots: [Value]

    init(size: Int) { slots = Array(repeating: .null, count: size) }

    @inline(__always) subscript(slot: Int) -> Value {
        get { slots[slot] }
        set { slots[slot] = newValue }
    }
}

/// Counters of what a statement changed, as Neo4j reports them.
public struct UpdateStatistics: Sendable, Equatable {
    public var nodesCreated = 0
    public var nodesDeleted = 0
    public var relationshipsCreated = 0
    public var relationshipsDeleted = 0
    public var propertiesSet = 0
    public var labelsAdded = 0
    public var labelsRemoved = 0
    public var indexesAdded = 0
    public var indexesRemoved = 0
    public var constraintsAdded = 0
    public var constraintsRemoved = 0

    public init() {}

    /// True when the statement changed nothing.
    public var isEmpty: Bool { self == UpdateStatistics() }

    /// "Created 2 nodes, set 4 properties" — or nil when nothing changed.
    public var summary: String? {
        var parts: [String] = []
        func add(_ count: Int, _ verb: String, _ one: String, _ many: String) {
            if count > 0 { parts.append("\(verb) \(count) \(count == 1 ? one : many)") }
        }
        add(nodesCreated, "created", "node", "nodes")
        add(nodesDeleted, "deleted", "node", "nodes")
        add(relationshipsCreated, "created", "relationship", "relationships")
        add(relationshipsDeleted, "deleted", "relationship", "relationships")
        add(propertiesSet, "set", "property", "properties")
        add(labelsAdded, "added", "label", "labels")
        add(labelsRemoved, "removed", "label", "labels")
        add(indexesAdded, "added", "index", "indexes")
        add(indexesRemoved, "removed", "index", "indexes")
        add(constraintsAdded, "added", "constraint", "constraints")
        add(constraintsRemoved, "removed", "constraint", "constraints")
        guard let first = parts.first else { return nil }
        parts[0] = first.prefix(1).uppercased() + first.dropFirst()
        return parts.joined(separator: ", ")
    }
}

/// Everything an operator needs while a statement runs.
final class ExecutionContext {
    let graph: PropertyGraph
    let parameters: [String: Value]
    let procedures: ProcedureRegistry
    var statistics = UpdateStatistics()
    var random = SystemRandomNumberGenerator()
    /// Compiled regular expressions by pattern text.
    var regexCache: [String: Regex<AnyRegexOutput>] = [:]
    /// Rows each operator emitted, when profiling.
    var profile: [ObjectIdentifier: OperatorProfile]?
    /// The CSR view of the adjacency, for statements that do not write (a writing statement changes the
    /// adjacency as it goes, so it reads the store's own lists). Built (or taken from the graph's cache)
    /// when an operator first asks: a statement that expands nothing does not pay for it.
    lazy var adjacencyIndex: AdjacencyIndex? = statementWrites ? nil : graph.adjacencyIndex()
    /// Asked every few thousand rows; when it answers true the statement stops with `.interrupted`.
    let interruption: (@Sendable () -> Bool)?
    /// The directory LOAD CSV may read under; nil for anywhere.
    var importDirectory: String?
    /// Whether LOAD CSV reads bytes that are not UTF-8 as U+FFFD rather than failing.
    var acceptsInvalidUTF8 = false
    /// The optimizer rules switched off (for queries that procedures run).
    var disabledRules: Set<OptimizerRule> = []
    /// The most threads the statement may use.
    var threads = 1
    /// The statement's time and memory limits, and when its time runs out.
    let limits: ResourceLimits
    let deadline: ContinuousClock.Instant?
    /// Per-node scratch buffers, lent by the database so that statements reuse them.
    let scratch: ScratchPool
    /// True when the statement writes: then what its earlier clauses did is visible to later ones, and
    /// nothing read from the graph (adjacency, labels, names) may be taken as fixed for the whole run.
    let statementWrites: Bool
    var rowsSinceInterruptionCheck = 0
    /// When the statement started: what `date()`, `datetime()`, … without arguments return throughout it.
    let statementClock: TemporalBuilder.Clock

    init(
        graph: PropertyGraph, parameters: [String: Value], procedures: ProcedureRegistry, profiling: Bool = false,
        readOnly: Bool = false, interruption: (@Sendable () -> Bool)? = nil, limits: ResourceLimits = ResourceLimits(),
        scratch: ScratchPool = ScratchPool()
    ) {
        self.graph = graph
        self.interruption = interruption
        self.limits = limits
        self.deadline = limits.timeout.map { ContinuousClock.now + $0 }
        self.scratch = scratch
        self.statementWrites = !readOnly
        self.parameters = parameters
        self.procedures = procedures
        self.profile = profiling ? [:] : nil
        self.statementClock = TemporalBuilder.Clock.now()
    }

    /// A context for a second thread working on the same read-only statement: the same graph, parameters,
    /// clock, limits and deadline, and the same adjacency index (built here if it was not), with its own
    /// caches, random numbers and counters. Not for profiling or writing statements.
    init(workerOf statement: ExecutionContext) {
        precondition(!statement.statementWrites && statement.profile == nil, "a worker context is for read-only statements")
        graph = statement.graph
        parameters = statement.parameters
        procedures = statement.procedures
        interruption = statement.interruption
        limits = statement.limits
        deadline = statement.deadline
        scratch = ScratchPool()
        statementWrites = false
        statementClock = statement.statementClock
        importDirectory = statement.importDirectory
        acceptsInvalidUTF8 = statement.acceptsInvalidUTF8
        disabledRules = statement.disabledRules
        threads = 1
        profile = nil
        adjacencyIndex = statement.adjacencyIndex
    }
}

/// What PROFILE records for one operator.
public struct OperatorProfile: Sendable {
    public var rows = 0
    public var nanoseconds: UInt64 = 0
}
