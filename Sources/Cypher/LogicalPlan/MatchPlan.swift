// How a pattern is matched: its bound form (the nodes, relationships and conditions) and the steps that
// bind it — a node scanned or sought, a relationship expanded from a bound end, a condition checked, a path
// assembled. The logical planner writes the steps in the order the pattern is written, every condition
// at the end; optimizer rules reorder them (join_order), turn a scan into an index seek (index_seek) and
// move conditions up to where their variables are bound (filter_pushdown). Any order of the steps gives
// the same rows: that is what makes every rule safe to switch off.

/// A pattern and the steps that match it.
struct MatchPlan {
    var pattern: BoundMatch
    var steps: [MatchStep]
    /// When the clause after the pattern only needs distinct bindings (a duplicate-insensitive
    /// projection), the slots it reads; nil otherwise. The chain rules look for this.
    var distinctConsumer: Set<Int>?

    init(pattern: BoundMatch, distinctConsumer: Set<Int>? = nil) {
        self.pattern = pattern
        self.distinctConsumer = distinctConsumer
        steps = Self.writtenOrder(pattern)
    }
}

/// One step of matching a pattern.
enum MatchStep {
    /// Bind an unbound node by scanning a label (or all nodes, when `label` is nil); the node's other
    /// labels are checked right after.
    case scan(node: Int, label: String?)
    /// Bind an unbound node by an index seek that answers condition `predicate` (`n.k = v`, `n.k IN v`).
    case seek(node: Int, label: String, key: PropertyKeyRef, value: BoundExpression, isMembership: Bool, range: SourceRange, predicate: Int)
    /// Follow relationship `relationship` from its left (or right) node, which is bound; the other end is
    /// bound by the step when it was not, else checked.
    case expand(relationship: Int, fromLeft: Bool)
    /// Check conditions, by index in the pattern's predicates.
    case filter([Int])
    /// Assemble path variable `path` from its nodes and relationships.
    case projectPath(Int)
}

extension MatchPlan {
    /// The conditions a step consumes itself (index seeks on `=`), which no filter step needs to check.
    var consumedPredicates: Set<Int> {
        var consumed: Set<Int> = []
        for step in steps { if case .seek(_, _, _, _, let isMembership, _, let p) = step, !isMembership { consumed.insert(p) } }
        return consumed
    }

    /// The steps of the pattern as it is written: each relationship in turn, expanded from an end that is
    /// bound (a shortest path needs both ends bound), else the first unbound node scanned by its first
    /// label; then the paths; then every condition in one filter.
    static func writtenOrder(_ pattern: BoundMatch) -> [MatchStep] {
        var steps: [MatchStep] = []
        var nodeIsBound = pattern.nodes.map(\.wasBound)
        var bound: Set<Int> = []
        var done = Array(repeating: false, count: pattern.relationships.count)
        while nodeIsBound.contains(false) || done.contains(false) {
            if let (i, fromLeft) = pattern.relationships.indices.lazy.compactMap({ i -> (Int, Bool)? in
                guard !done[i], let fromLeft = pattern.expandable(i, nodeIsBound, bound) else { return nil }
                return (i, fromLeft)
            }).first {
                let r = pattern.relationships[i]
                steps.append(.expand(relationship: i, fromLeft: fromLeft))
                nodeIsBound[fromLeft ? r.right : r.left] = true
                bound.formUnion([r.slot, pattern.nodes[r.left].slot, pattern.nodes[r.right].slot])
                done[i] = true
            } else if let n = nodeIsBound.firstIndex(of: false) {
                steps.append(.scan(node: n, label: pattern.nodes[n].labels.first))
                nodeIsBound[n] = true
                bound.insert(pattern.nodes[n].slot)
            } else {
                break
            }
        }
        steps += pattern.paths.indices.map { MatchStep.projectPath($0) }
        if !pattern.predicates.isEmpty { steps.append(.filter(Array(pattern.predicates.indices))) }
        return steps
    }

    /// The steps without their filters, and the conditions those filters checked (in order).
    func stepsWithoutFilters() -> (steps: [MatchStep], predicates: [Int]) {
        var kept: [MatchStep] = []
        var predicates: [Int] = []
        for step in steps {
            if case .filter(let p) = step { predicates += p } else { kept.append(step) }
        }
        return (kept, predicates)
    }

    /// The slots step `step` binds.
    func slotsBound(by step: MatchStep) -> [Int] {
        switch step {
        case .scan(let node, _), .seek(let node, _, _, _, _, _, _): return [pattern.nodes[node].slot]
        case .expand(let i, let fromLeft):
            let r = pattern.relationships[i]
            return [r.slot, pattern.nodes[fromLeft ? r.right : r.left].slot]
        case .filter: return []
        case .projectPath(let p): return [pattern.paths[p].slot]
        }
    }
}

extension MatchStep {
    /// The step in a few words (which element, how), to tell two orders of steps apart.
    var summary: String {
        switch self {
        case .scan(let node, let label): return "scan \(node)\(label.map { ":" + $0 } ?? "")"
        case .seek(let node, let label, let key, _, let membership, _, let p): return "seek \(node):\(label).\(key.name) \(membership ? "IN" : "=") #\(p)"
        case .expand(let r, let fromLeft): return "expand \(r) \(fromLeft ? "->" : "<-")"
        case .filter(let p): return "filter \(p)"
        case .projectPath(let p): return "path \(p)"
        }
    }
}

extension BoundMatch {
    /// Whether relationship `i` can be expanded now, and from which end (true: from its left node): from a
    /// bound end, or between two bound ends for a shortest path — and only once the pattern's variables its
    /// variable-length property map reads (`[*1..2 {w: a.w}]`, evaluated when the expansion starts) are
    /// bound. Nil when it cannot be expanded yet. `bound` holds the pattern's slots bound so far.
    func expandable(_ i: Int, _ nodeIsBound: [Bool], _ bound: Set<Int>) -> Bool? {
        let r = relationships[i]
        let l = nodeIsBound[r.left], rb = nodeIsBound[r.right]
        var required = Set(r.variableLengthProperties.flatMap { $0.1.slotsRead }).intersection(introduced)
        required.remove(r.slot)
        if r.shortest != .none {
            // The shortest paths are chosen among those that satisfy the conditions on the path (see
            // ShortestPath): the pattern's nodes and other relationships those conditions read come first.
            let own = Set([r.slot] + paths.filter { $0.relationships.contains(i) }.map(\.slot))
            let others = Set(nodes.map(\.slot) + relationships.filter { $0.shortest == .none }.map(\.slot)).intersection(introduced)
            for p in predicates where !p.slotsRead.isDisjoint(with: own) { required.formUnion(p.slotsRead.intersection(others)) }
            required.subtract(own)
            return l && rb && required.isSubset(of: bound.union([nodes[r.left].slot, nodes[r.right].slot])) ? true : nil
        }
        if l, required.isSubset(of: bound.union([nodes[r.left].slot, rb ? nodes[r.right].slot : -1])) { return true }
        if rb, required.isSubset(of: bound.union([nodes[r.right].slot])) { return false }
        return nil
    }
}
