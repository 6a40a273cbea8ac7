// The state one statement runs with: the graph, the parameter values, the procedure registry, update
// counters, and the frame — the row of slot values that operators fill in as rows flow through the plan.

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
        func add(_ count: Int, _ verb: String, _ noun: String) {
            if count > 0 { parts.append("\(verb) \(count) \(noun)\(count == 1 ? "" : "s")") }
        }
        add(nodesCreated, "created", "node")
        add(nodesDeleted, "deleted", "node")
        add(relationshipsCreated, "created", "relationship")
        add(relationshipsDeleted, "deleted", "relationship")
        add(propertiesSet, "set", "property")
        add(labelsAdded, "added", "label")
        add(labelsRemoved, "removed", "label")
        add(indexesAdded, "added", "index")
        add(indexesRemoved, "removed", "index")
        add(constraintsAdded, "added", "constraint")
        add(constraintsRemoved, "removed", "constraint")
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: ", ").replacingFirst("propertys", "properties").replacingFirst("indexs", "indexes")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

extension String {
    func replacingFirst(_ target: String, _ replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }

    private func range(of target: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<(index(i, offsetBy: target.count)) }
            i = index(after: i)
        }
        return nil
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
    /// adjacency as it goes, so it reads the store's own lists).
    let adjacencyIndex: AdjacencyIndex?

    init(
        graph: PropertyGraph, parameters: [String: Value], procedures: ProcedureRegistry, profiling: Bool = false,
        readOnly: Bool = false
    ) {
        self.graph = graph
        self.adjacencyIndex = readOnly ? graph.adjacencyIndex() : nil
        self.parameters = parameters
        self.procedures = procedures
        self.profile = profiling ? [:] : nil
    }
}

/// What PROFILE records for one operator.
public struct OperatorProfile: Sendable {
    public var rows = 0
    public var nanoseconds: UInt64 = 0
}
