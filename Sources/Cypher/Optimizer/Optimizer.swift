// The optimizer: rewrite rules applied in a fixed order to a logical plan, each over the whole tree. A
// rule only ever changes how a query runs, never what it answers; each states its preconditions in its
// file's header and declines (leaves the plan as it is) when one does not hold. Switched-off rules are
// skipped. Adding a rule: a file in Rules/ with a type conforming to RewriteRule, a case in OptimizerRule,
// and its place in `Optimizer.rules` — the differential test then checks it on and off.

/// A rewrite rule of the optimizer.
protocol RewriteRule: Sendable {
    /// The rule's name, by which it is switched off.
    var rule: OptimizerRule { get }
    /// The operator rewritten, or nil when the rule does not apply to it. Called on every operator of the
    /// plan, inputs and nested plans first.
    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan?
}

/// What rules may consult: the graph's statistics and indexes, which rules are on, and new slots.
final class OptimizerContext {
    let statistics: Statistics
    let disabled: Set<OptimizerRule>
    let slots: SlotAllocator
    /// The rules that changed the plan, in the order they ran.
    private(set) var fired: [OptimizerRule] = []

    init(graph: PropertyGraph, disabled: Set<OptimizerRule>, slots: SlotAllocator) {
        statistics = Statistics(graph: graph)
        self.disabled = disabled
        self.slots = slots
    }

    func isEnabled(_ rule: OptimizerRule) -> Bool { !disabled.contains(rule) }

    func record(_ rule: OptimizerRule) {
        if !fired.contains(rule) { fired.append(rule) }
    }
}

/// Applies the rules in order.
enum Optimizer {
    /// Every rule, in the order it runs: the chain rewrites first (they need the pattern whole), then the
    /// order of each remaining pattern, its index seeks, and where its conditions run.
    static let rules: [any RewriteRule] = [
        FrontierChainRule(), DistinctChainJoinRule(), JoinOrderRule(), IndexSeekRule(), FilterPushdownRule(),
        MergeKeysOnceRule(),
    ]

    /// The plan with every enabled rule applied.
    static func optimize(_ plan: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan {
        var plan = plan
        for rule in rules where context.isEnabled(rule.rule) {
            plan = plan.rewritten { node in
                guard let rewritten = rule.rewrite(node, context) else { return node }
                context.record(rule.rule)
                return rewritten
            }
        }
        return plan
    }
}
