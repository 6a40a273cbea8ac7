// Rule join_order: the steps of a pattern are chosen greedily by estimated cost instead of following the
// written order. At each step, a relationship from a bound node is expanded if there is one — first one
// that closes a cycle (both ends bound: a check, not a search), then single hops before variable-length
// ones, then the one whose far node is rarest; otherwise the cheapest unbound node is bound: by an index
// seek if index_seek is on and a condition allows one, else by a scan of its rarest label.
//
// Preconditions: none beyond the pattern's — every order of the steps binds the same rows (relationship
// uniqueness and the checks of bound ends are made by the expand steps whatever their order), except that
// a shortest path is expanded only once both its ends are bound, and a variable-length relationship only
// once the variables its property map reads are bound (the map is evaluated when the expansion starts),
// as in the written order (BoundMatch.expandable). Conditions stay in the filter at the end
// (filter_pushdown moves them).

/// Cost-based order of a pattern's steps.
struct JoinOrderRule: RewriteRule {
    var rule: OptimizerRule { .joinOrder }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .match(let input, var plan) = node else { return nil }
        let ordered = order(plan, context)
        guard ordered.map(\.summary) != plan.steps.map(\.summary) else { return nil }
        plan.steps = ordered
        return .match(input, plan)
    }

    private func order(_ plan: MatchPlan, _ context: OptimizerContext) -> [MatchStep] {
        let pattern = plan.pattern
        let statistics = context.statistics
        let seeks = context.isEnabled(.indexSeek)
        let introduced = Set(pattern.introduced)
        var steps: [MatchStep] = []
        var bound: Set<Int> = []
        var patternBound: Set<Int> = []
        var nodeIsBound = pattern.nodes.map(\.wasBound)
        var done = Array(repeating: false, count: pattern.relationships.count)
        while nodeIsBound.contains(false) || done.contains(false) {
            var best: (index: Int, fromLeft: Bool, score: (Int, Int, Int))?
            for (i, r) in pattern.relationships.enumerated() where !done[i] {
                // A bound end (two for a shortest path), and the variables of a variable-length map bound.
                guard let fromLeft = pattern.expandable(i, nodeIsBound, patternBound) else { continue }
                let both = nodeIsBound[r.left] && nodeIsBound[r.right]
                let target = pattern.nodes[fromLeft ? r.right : r.left]
                let score = (both ? 0 : 1, r.length == nil ? 0 : 1, both ? 0 : statistics.nodeCount(labels: target.labels))
                if let current = best, current.score <= score { continue }
                best = (i, fromLeft, score)
            }
            if let (i, fromLeft, _) = best {
                let r = pattern.relationships[i]
                let step = MatchStep.expand(relationship: i, fromLeft: fromLeft)
                steps.append(step)
                bound.formUnion(plan.slotsBound(by: step).filter(introduced.contains))
                patternBound.formUnion([r.slot, pattern.nodes[r.left].slot, pattern.nodes[r.right].slot])
                nodeIsBound[fromLeft ? r.right : r.left] = true
                done[i] = true
                continue
            }
            var cheapest: (index: Int, cost: Int)?
            for (i, n) in pattern.nodes.enumerated() where !nodeIsBound[i] {
                var cost = statistics.nodeCount(labels: n.labels) + 1
                if seeks, let seek = IndexSeekRule.choice(for: i, in: pattern, bound: bound, excluding: [], statistics) {
                    cost = seek.estimatedRows
                }
                if let current = cheapest, current.cost <= cost { continue }
                cheapest = (i, cost)
            }
            guard let (n, _) = cheapest else { break }
            let step = MatchStep.scan(node: n, label: statistics.rarest(pattern.nodes[n].labels))
            steps.append(step)
            bound.formUnion(plan.slotsBound(by: step).filter(introduced.contains))
            patternBound.insert(pattern.nodes[n].slot)
            nodeIsBound[n] = true
        }
        steps += pattern.paths.indices.map { MatchStep.projectPath($0) }
        let (_, predicates) = plan.stepsWithoutFilters()
        if !predicates.isEmpty { steps.append(.filter(predicates)) }
        return steps
    }
}
