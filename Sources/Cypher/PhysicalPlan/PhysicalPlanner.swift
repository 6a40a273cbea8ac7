// The physical planner: turns an optimized logical plan into the operators that run (Execution/), one
// logical operator at a time, choosing the physical form where there is a choice — ORDER BY with a LIMIT
// and no SKIP becomes a Top that keeps only the first rows; a pattern's steps become scans, seeks,
// expansions and filters (PhysicalPlanner+Match.swift).

/// Lowers logical plans to operators.
enum PhysicalPlanner {
    static func plan(_ logical: LogicalPlan) -> Operator {
        switch logical {
        case .argument:
            return Argument()
        case .match(let input, let match):
            return plan(match, input: plan(input))
        case .optional(let input, let inner, let introduced):
            return Optional(input: plan(input), inner: plan(inner), introducedSlots: introduced)
        case .filter(let input, let predicate, let text):
            return Filter(input: plan(input), predicate: predicate, describedAs: text)
        case .unwind(let input, let list, let slot, let variable):
            return Unwind(input: plan(input), expression: list, slot: slot, variable: variable)
        case .loadCSV(let input, let load):
            return LoadCSV(
                input: plan(input), url: load.url, urlRange: load.urlRange, withHeaders: load.withHeaders,
                fieldTerminator: load.fieldTerminator, slot: load.slot, variable: load.variable, lineSlot: load.lineSlot, fileSlot: load.fileSlot)
        case .project(let input, let assignments, let text):
            return Project(input: plan(input), assignments: assignments, describedAs: text)
        case .aggregate(let input, let keys, let aggregates, let text):
            return Aggregate(input: plan(input), keys: keys, aggregates: aggregates, describedAs: text)
        case .distinctProject(let input, let keys, let text):
            return DistinctProjection(input: plan(input), assignments: keys, describedAs: text)
        case .distinct(let input, let slots):
            return Distinct(input: plan(input), slots: slots)
        case .sort(let input, let keys, let text):
            return Sort(input: plan(input), keys: keys, limit: nil, describedAs: text)
        case .skip(let input, let count):
            return Skip(input: plan(input), count: count)
        case .limit(.sort(let input, let keys, let text), let count):
            // Sorting only to keep the first rows: keep just those while sorting (Top).
            return Sort(input: plan(input), keys: keys, limit: count, describedAs: text)
        case .limit(let input, let count):
            return Limit(input: plan(input), count: count)
        case .union(let branches, let outputSlots, let distinct):
            return Union(branches: branches.map { (plan($0.plan), $0.slots) }, outputSlots: outputSlots, distinct: distinct)
        case .procedureCall(let input, let call):
            return ProcedureCall(input: plan(input), procedure: call.procedure, arguments: call.arguments, outputs: call.outputs, range: call.range)
        case .subqueryCall(let input, let body, let returnsRows, let writes):
            return SubqueryCall(input: plan(input), body: plan(body), returnsRows: returnsRows, writes: writes)
        case .create(let input, let creator):
            return Create(input: plan(input), creator: creator)
        case .merge(let input, let matcher, let creator, let onMatch, let onCreate):
            return Merge(input: plan(input), matcher: plan(matcher), creator: creator, onMatch: onMatch, onCreate: onCreate)
        case .setProperties(let input, let actions, let clause):
            return SetProperties(input: plan(input), actions: actions, clause: clause)
        case .delete(let input, let targets, let detach):
            return Delete(input: plan(input), targets: targets, detach: detach)
        case .foreach(let input, let list, let listRange, let slot, let variable, let body):
            return Foreach(input: plan(input), list: list, listRange: listRange, slot: slot, variable: variable, body: plan(body))
        case .projectPath(let input, let path):
            return ProjectPath(input: plan(input), slot: path.slot, startSlot: path.startSlot, steps: path.steps, variable: path.name)
        case .frontierChain(let start, let spec):
            return FrontierChain(
                input: plan(start), startSlot: spec.startSlot, endSlot: spec.endSlot, hops: spec.hops, returnsToStart: spec.returnsToStart,
                describedAs: spec.text)
        case .distinctChainJoin(let middle, let spec):
            return DistinctChainJoin(
                input: plan(middle), left: plan(spec.left), right: plan(spec.right), leftRelationships: spec.leftRelationships,
                rightRelationships: spec.rightRelationships, leftNeeded: spec.leftNeeded, rightNeeded: spec.rightNeeded,
                mirrored: spec.mirrored, cleared: spec.cleared, describedAs: spec.text)
        }
    }
}
