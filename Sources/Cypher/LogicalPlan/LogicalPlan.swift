// The logical plan: what a query computes, as a tree of operators kept as data, so that the optimizer's
// rules can look at it and rewrite it before the physical planner turns it into the operators that run.
// Each operator's first value is its input (the rows it works on); leaves start from `argument`, the
// row handed in from outside (a top-level query's empty row, an OPTIONAL MATCH's or a subquery's outer
// row). A pattern stays one `match` operator holding its steps (MatchPlan.swift) until it runs.

/// A logical operator and, through its input, the plan below it.
indirect enum LogicalPlan {
    /// The row handed in from outside.
    case argument
    /// Match a pattern, in the order of the plan's steps.
    case match(LogicalPlan, MatchPlan)
    /// Run `inner` per row; when it has no row, pass the row on with the `introduced` slots null.
    case optional(LogicalPlan, inner: LogicalPlan, introduced: [Int])
    case filter(LogicalPlan, BoundExpression, text: String)
    case unwind(LogicalPlan, list: BoundExpression, slot: Int, variable: String)
    case loadCSV(LogicalPlan, BoundLoadCSV)
    case project(LogicalPlan, [(slot: Int, expression: BoundExpression)], text: String)
    case aggregate(LogicalPlan, keys: [(slot: Int, expression: BoundExpression)], aggregates: [AggregateSpec], text: String)
    /// DISTINCT over computed items (the items are the keys).
    case distinctProject(LogicalPlan, [(slot: Int, expression: BoundExpression)], text: String)
    /// Drop rows equal in `slots` to an earlier one.
    case distinct(LogicalPlan, slots: [Int])
    case sort(LogicalPlan, keys: [SortKey], text: String)
    case skip(LogicalPlan, BoundExpression)
    case limit(LogicalPlan, BoundExpression)
    case union([(plan: LogicalPlan, slots: [Int])], outputSlots: [Int], distinct: Bool)
    case procedureCall(LogicalPlan, BoundProcedureCall)
    case subqueryCall(LogicalPlan, body: LogicalPlan, returnsRows: Bool, writes: Bool)
    case create(LogicalPlan, PatternCreator)
    case merge(LogicalPlan, matcher: LogicalPlan, creator: PatternCreator, onMatch: [SetAction], onCreate: [SetAction])
    case setProperties(LogicalPlan, [SetAction], clause: String)
    case delete(LogicalPlan, targets: [(expression: BoundExpression, range: SourceRange)], detach: Bool)
    case foreach(LogicalPlan, list: BoundExpression, listRange: SourceRange, slot: Int, variable: String, body: LogicalPlan)
    case projectPath(LogicalPlan, BoundPathProjection)
    /// A chain walked over sets of distinct nodes from the start node `start` binds (FrontierChainRule).
    case frontierChain(start: LogicalPlan, FrontierChainSpec)
    /// A chain split at a middle node `middle` binds, its halves' paths joined (DistinctChainJoinRule).
    case distinctChainJoin(middle: LogicalPlan, DistinctChainJoinSpec)
}

/// What a FrontierChain walks: from `startSlot` along `hops` to `endSlot` (or back to the start).
struct FrontierChainSpec {
    let startSlot: Int
    let endSlot: Int
    let hops: [FrontierChain.Hop]
    let returnsToStart: Bool
    let text: String
}

/// What a DistinctChainJoin joins: the two halves (each starting from the middle node), the slots of
/// their relationships, the variables the query still needs from each, and which slots it leaves null.
struct DistinctChainJoinSpec {
    let left: LogicalPlan
    let right: LogicalPlan
    let leftRelationships: [Int]
    let rightRelationships: [Int]
    let leftNeeded: [Int]
    let rightNeeded: [Int]
    let mirrored: Bool
    let cleared: [Int]
    let text: String
}

extension LogicalPlan {
    /// The operator's input (nil for leaves: `argument`, `union`).
    var input: LogicalPlan? {
        switch self {
        case .argument, .union: return nil
        case .match(let i, _), .optional(let i, _, _), .filter(let i, _, _), .unwind(let i, _, _, _), .loadCSV(let i, _),
            .project(let i, _, _), .aggregate(let i, _, _, _), .distinctProject(let i, _, _), .distinct(let i, _), .sort(let i, _, _),
            .skip(let i, _), .limit(let i, _), .procedureCall(let i, _), .subqueryCall(let i, _, _, _), .create(let i, _),
            .merge(let i, _, _, _, _), .setProperties(let i, _, _), .delete(let i, _, _), .foreach(let i, _, _, _, _, _),
            .projectPath(let i, _), .frontierChain(let i, _), .distinctChainJoin(let i, _):
            return i
        }
    }

    /// The same operator on every nested plan and input rewritten by `transform` (applied bottom-up to
    /// each): how a rule visits the whole tree.
    func rewritten(_ transform: (LogicalPlan) -> LogicalPlan) -> LogicalPlan {
        func r(_ plan: LogicalPlan) -> LogicalPlan { plan.rewritten(transform) }
        let node: LogicalPlan
        switch self {
        case .argument: node = self
        case .match(let i, let m): node = .match(r(i), m)
        case .optional(let i, let inner, let introduced): node = .optional(r(i), inner: r(inner), introduced: introduced)
        case .filter(let i, let e, let t): node = .filter(r(i), e, text: t)
        case .unwind(let i, let l, let s, let v): node = .unwind(r(i), list: l, slot: s, variable: v)
        case .loadCSV(let i, let l): node = .loadCSV(r(i), l)
        case .project(let i, let a, let t): node = .project(r(i), a, text: t)
        case .aggregate(let i, let k, let a, let t): node = .aggregate(r(i), keys: k, aggregates: a, text: t)
        case .distinctProject(let i, let a, let t): node = .distinctProject(r(i), a, text: t)
        case .distinct(let i, let s): node = .distinct(r(i), slots: s)
        case .sort(let i, let k, let t): node = .sort(r(i), keys: k, text: t)
        case .skip(let i, let e): node = .skip(r(i), e)
        case .limit(let i, let e): node = .limit(r(i), e)
        case .union(let branches, let out, let d): node = .union(branches.map { (r($0.plan), $0.slots) }, outputSlots: out, distinct: d)
        case .procedureCall(let i, let c): node = .procedureCall(r(i), c)
        case .subqueryCall(let i, let body, let rows, let w): node = .subqueryCall(r(i), body: r(body), returnsRows: rows, writes: w)
        case .create(let i, let c): node = .create(r(i), c)
        case .merge(let i, let m, let c, let om, let oc): node = .merge(r(i), matcher: r(m), creator: c, onMatch: om, onCreate: oc)
        case .setProperties(let i, let a, let c): node = .setProperties(r(i), a, clause: c)
        case .delete(let i, let t, let d): node = .delete(r(i), targets: t, detach: d)
        case .foreach(let i, let l, let lr, let s, let v, let body):
            node = .foreach(r(i), list: l, listRange: lr, slot: s, variable: v, body: r(body))
        case .projectPath(let i, let p): node = .projectPath(r(i), p)
        case .frontierChain(let start, let spec): node = .frontierChain(start: r(start), spec)
        case .distinctChainJoin(let middle, let spec):
            let sides = DistinctChainJoinSpec(
                left: r(spec.left), right: r(spec.right), leftRelationships: spec.leftRelationships, rightRelationships: spec.rightRelationships,
                leftNeeded: spec.leftNeeded, rightNeeded: spec.rightNeeded, mirrored: spec.mirrored, cleared: spec.cleared, text: spec.text)
            node = .distinctChainJoin(middle: r(middle), sides)
        }
        return transform(node)
    }

    /// Calls `body` on this operator and every operator below it, nested plans included.
    func forEach(_ body: (LogicalPlan) -> Void) {
        _ = rewritten { node in
            body(node)
            return node
        }
    }
}
