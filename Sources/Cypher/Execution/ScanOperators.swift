// Leaf-side operators that bind a node variable from the store: all nodes, nodes by label, nodes by an
// index lookup on (label, property). Each iterates a snapshot of the id set taken when it starts, so
// nodes created later in the same statement are not seen (Cypher's clause-at-a-time semantics).

/// Binds `slot` to every node.
final class AllNodesScan: Operator {
    let slot: Int
    let variable: String

    init(input: Operator, slot: Int, variable: String) {
        self.slot = slot
        self.variable = variable
        super.init(input: input)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        return try runInput(context, &frame) { f throws(CypherError) in
            let bound = graph.nodeIDBound
            for i in 0..<bound where graph.contains(NodeID(i)) {
                try context.checkInterruption()
                f[slot] = .node(NodeID(i))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    override var details: String { variable }
}

/// Binds `slot` to every node carrying a label.
final class NodeByLabelScan: Operator {
    let slot: Int
    let variable: String
    let label: LabelRef

    init(input: Operator, slot: Int, variable: String, label: LabelRef) {
        self.slot = slot
        self.variable = variable
        self.label = label
        super.init(input: input)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        return try runInput(context, &frame) { f throws(CypherError) in
            guard let labelID = label.id(in: graph) else { return true }
            let ids = graph.nodes(withLabel: labelID).ids
            for id in ids where graph.contains(NodeID(id)) {
                try context.checkInterruption()
                f[slot] = .node(NodeID(id))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    override var details: String { "\(variable):\(label.name)" }
}

/// Binds `slot` to the nodes whose indexed property equals a value (or any value of a list, for IN). It
/// answers the predicate `n.k = v` (or `n.k IN list`) by itself: the index groups values by equivalence,
/// which differs from `=` only for null, NaN and lists holding them — values the seek skips.
final class NodeIndexSeek: Operator {
    let slot: Int
    let variable: String
    let label: LabelRef
    let key: PropertyKeyRef
    let value: BoundExpression
    /// True for `n.k IN list`: seek every element of the list.
    let isMembership: Bool
    /// The predicate the seek answers, where its errors point.
    let predicateRange: SourceRange

    init(
        input: Operator, slot: Int, variable: String, label: LabelRef, key: PropertyKeyRef, value: BoundExpression, isMembership: Bool,
        predicateRange: SourceRange
    ) {
        self.slot = slot
        self.variable = variable
        self.label = label
        self.key = key
        self.value = value
        self.isMembership = isMembership
        self.predicateRange = predicateRange
        super.init(input: input)
    }

    /// What `n.k IN sought` looks for.
    private enum Members {
        /// The list's elements.
        case elements([Value])
        /// Nothing can match: `sought` is null.
        case none
        /// `sought` is not a list: every node of the label, for the IN condition (which stays in the
        /// filters after a seek on IN) to fail on as it fails without the index.
        case everyNode
    }

    private func members(of sought: Value) -> Members {
        switch sought {
        case .list(let items): return .elements(items)
        case .null: return .none
        default: return .everyNode
        }
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        let evaluator = Evaluator(context)
        return try runInput(context, &frame) { f throws(CypherError) in
            guard let labelID = label.id(in: graph), let keyID = key.id(in: graph),
                let index = graph.propertyIndex(label: labelID, key: keyID)
            else {
                return try fallbackScan(graph, evaluator, &f, sink)
            }
            let sought = try evaluator.evaluate(value, &f)
            var keys: [Value] = []
            if isMembership {
                switch members(of: sought) {
                case .none: return true
                case .everyNode: return try everyNode(labelID, graph, &f, sink)
                case .elements(let items): keys = Array(Set(items.filter { $0.cypherEquals($0) == true }))
                }
            } else if sought.cypherEquals(sought) == true {
                keys = [sought]
            }
            var ids: [Int] = []
            for k in keys { ids.append(contentsOf: index.lookup(k).ids) }
            if keys.count > 1 { ids.sort() }
            for id in ids where graph.contains(NodeID(id)) {
                f[slot] = .node(NodeID(id))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// Without the index (dropped since planning) scan the label and test the property.
    private func fallbackScan(_ graph: PropertyGraph, _ evaluator: Evaluator, _ f: inout Frame, _ sink: Sink) throws(CypherError)
        -> Bool
    {
        guard let labelID = label.id(in: graph) else { return true }
        // A seek on IN leaves its condition in the filters after it: every node of the label, for them.
        if isMembership { return try everyNode(labelID, graph, &f, sink) }
        let sought = try evaluator.evaluate(value, &f)
        for id in graph.nodes(withLabel: labelID).ids {
            let actual = key.id(in: graph).flatMap { graph.property($0, of: NodeID(id)) } ?? .null
            guard actual.cypherEquals(sought) == true else { continue }
            f[slot] = .node(NodeID(id))
            if try !sink(&f) { return false }
        }
        return true
    }

    /// Every node of the label, in id order.
    private func everyNode(_ labelID: LabelID, _ graph: PropertyGraph, _ f: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        for id in graph.nodes(withLabel: labelID).ids {
            f[slot] = .node(NodeID(id))
            if try !sink(&f) { return false }
        }
        return true
    }

    override var details: String { "\(variable):\(label.name)(\(key.name))" }
}
