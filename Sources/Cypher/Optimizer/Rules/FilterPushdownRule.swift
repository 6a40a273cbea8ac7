// Rule filter_pushdown: each condition of a pattern is checked right after the step that binds the last
// of the pattern's variables it reads (or before the first step, when it reads none of them), instead of
// once the whole pattern is matched — so rows that fail it are dropped before they are expanded further.
//
// Preconditions: none. A condition reads only variables bound before the pattern and the pattern's own
// (a nested plan counts as reading every variable in scope, so it waits for all of them); checking it
// as soon as those are bound keeps exactly the rows that checking it at the end keeps. Errors a condition
// raises may come earlier or from other rows, which openCypher leaves open (conditions have no order).

/// Conditions as early as their variables allow.
struct FilterPushdownRule: RewriteRule {
    var rule: OptimizerRule { .filterPushdown }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .match(let input, var plan) = node else { return nil }
        let introduced = Set(plan.pattern.introduced)
        let (steps, predicates) = plan.stepsWithoutFilters()
        var waiting = predicates
        var bound: Set<Int> = []
        func ready() -> [Int] {
            let now = waiting.filter { plan.pattern.predicates[$0].slotsRead.intersection(introduced).isSubset(of: bound) }
            waiting.removeAll { now.contains($0) }
            return now
        }
        var placed: [MatchStep] = []
        if case let now = ready(), !now.isEmpty { placed.append(.filter(now)) }
        for step in steps {
            placed.append(step)
            bound.formUnion(plan.slotsBound(by: step).filter(introduced.contains))
            if case let now = ready(), !now.isEmpty { placed.append(.filter(now)) }
        }
        if !waiting.isEmpty { placed.append(.filter(waiting)) }
        guard placed.map(\.summary) != plan.steps.map(\.summary) else { return nil }
        plan.steps = placed
        return .match(input, plan)
    }
}
