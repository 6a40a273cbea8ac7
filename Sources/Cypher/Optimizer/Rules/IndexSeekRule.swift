// Rule index_seek: a pattern node that would be found by a label scan is found by an index seek instead,
// when a condition of the pattern is `n.k = v`, `v = n.k` or `n.k IN v` for one of the node's labels with
// an index on `k`.
//
// Preconditions: the node is not bound before its step (it is a scan step); `v` does not read the node
// and reads no variable of the pattern bound after the step; the index exists now (if it is dropped
// later, the seek falls back to a scan). A seek on `=` then answers the condition itself, which the
// filters no longer check: it groups values by equivalence, which differs from `=` only for null, NaN and
// lists holding them — values the seek skips, as `=` would (never true). A seek on IN keeps its condition
// in the filters: when `v` is a list the filter passes every node the seek finds, and when it is not, the
// seek yields every node of the label, so that the filter fails with IN's type error exactly where the
// plan without the index fails — or not at all, when a condition before it already dropped every row.

/// Index seeks instead of label scans.
struct IndexSeekRule: RewriteRule {
    var rule: OptimizerRule { .indexSeek }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .match(let input, var plan) = node else { return nil }
        let introduced = Set(plan.pattern.introduced)
        var bound: Set<Int> = []
        var consumed = plan.consumedPredicates
        var changed = false
        var steps: [MatchStep] = []
        for step in plan.steps {
            if case .scan(let n, _) = step,
                let seek = Self.choice(for: n, in: plan.pattern, bound: bound, excluding: consumed, context.statistics)
            {
                steps.append(
                    .seek(
                        node: n, label: seek.label, key: seek.key, value: seek.value, isMembership: seek.isMembership, range: seek.range,
                        predicate: seek.predicate))
                if !seek.isMembership { consumed.insert(seek.predicate) }
                changed = true
            } else {
                steps.append(step)
            }
            bound.formUnion(plan.slotsBound(by: step).filter(introduced.contains))
        }
        guard changed else { return nil }
        // A seek on `=` answers its condition: no filter checks it again.
        plan.steps = steps.compactMap { step in
            guard case .filter(let p) = step else { return step }
            let rest = p.filter { !consumed.contains($0) }
            return rest.isEmpty ? nil : .filter(rest)
        }
        return .match(input, plan)
    }

    /// An index seek that can bind node `n`, and the condition it answers.
    struct Choice {
        let label: String
        let key: PropertyKeyRef
        let value: BoundExpression
        let isMembership: Bool
        let range: SourceRange
        let predicate: Int
        let estimatedRows: Int
    }

    /// The first index seek that can bind node `n` of `pattern` when the pattern's slots `bound` are bound,
    /// using a condition not in `excluding`.
    static func choice(for n: Int, in pattern: BoundMatch, bound: Set<Int>, excluding: Set<Int>, _ statistics: Statistics) -> Choice? {
        let node = pattern.nodes[n]
        let introduced = Set(pattern.introduced)
        for label in node.labels {
            for (i, p) in pattern.predicates.enumerated() where !excluding.contains(i) {
                guard let condition = Self.condition(p.expression, on: node.slot),
                    condition.value.slotsRead.intersection(introduced).isSubset(of: bound),
                    let perValue = statistics.rowsPerIndexedValue(label: label, key: condition.key.name)
                else { continue }
                return Choice(
                    label: label, key: condition.key, value: condition.value, isMembership: condition.isMembership,
                    range: condition.range, predicate: i, estimatedRows: perValue)
            }
        }
        return nil
    }

    /// A condition an index on some key would answer for the node in `slot`: `n.k = v`, `v = n.k` or
    /// `n.k IN v`, where `v` does not read the node. (PlanNotes asks the same, to suggest an index.)
    static func condition(_ expression: BoundExpression, on slot: Int)
        -> (key: PropertyKeyRef, value: BoundExpression, isMembership: Bool, range: SourceRange)?
    {
        guard case .binary(let op, let lhs, let rhs, let range) = expression, op == .equal || op == .in else { return nil }
        for (property, value) in op == .equal ? [(lhs, rhs), (rhs, lhs)] : [(lhs, rhs)] {
            if case .property(.slot(let s), let key, _) = property, s == slot, !value.slotsRead.contains(slot) {
                return (key, value, op == .in, range)
            }
        }
        return nil
    }
}
