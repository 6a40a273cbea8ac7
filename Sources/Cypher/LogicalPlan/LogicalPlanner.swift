// The logical planner: turns a bound query into its plain logical plan, clause by clause, each clause's
// operators on top of the previous clause's. It makes no choice of its own — a pattern is matched as it is
// written, conditions last — so the plan before the optimizer is the query read literally, and every
// optimizer rule can be checked against it.

/// Builds the logical plan of a bound query.
enum LogicalPlanner {
    /// The plan of a query or subquery: one part, or the parts' plans joined by UNION.
    static func plan(_ query: BoundQuery) -> LogicalPlan {
        if query.parts.count == 1, let part = query.parts.first { return plan(part.clauses, input: .argument) }
        let branches = query.parts.map { (plan: plan($0.clauses, input: .argument), slots: $0.columnSlots) }
        return .union(branches, outputSlots: query.columnSlots, distinct: query.distinctUnion)
    }

    /// The plan of clauses run in order on top of `input`.
    static func plan(_ clauses: [BoundClause], input: LogicalPlan) -> LogicalPlan {
        var plan = input
        for (index, clause) in clauses.enumerated() {
            let next = index + 1 < clauses.count ? clauses[index + 1] : nil
            plan = self.plan(clause, next: next, input: plan)
        }
        return plan
    }

    private static func plan(_ clause: BoundClause, next: BoundClause?, input: LogicalPlan) -> LogicalPlan {
        switch clause {
        case .match(let match):
            if match.optional {
                return .optional(input, inner: .match(.argument, MatchPlan(pattern: match)), introduced: match.introduced)
            }
            // The chain rules may rewrite a pattern whose rows only feed a duplicate-insensitive projection.
            var consumer: Set<Int>?
            if case .projection(let projection) = next, projection.isDuplicateInsensitive { consumer = projection.inputSlotsRead }
            return .match(input, MatchPlan(pattern: match, distinctConsumer: consumer))
        case .unwind(let list, let slot, let variable):
            return .unwind(input, list: list, slot: slot, variable: variable)
        case .loadCSV(let load):
            return .loadCSV(input, load)
        case .projection(let projection):
            return plan(projection, input: input)
        case .create(let creator, let paths):
            return paths.reduce(LogicalPlan.create(input, creator)) { .projectPath($0, $1) }
        case .merge(let merge):
            let plan = LogicalPlan.merge(
                input, matcher: .match(.argument, MatchPlan(pattern: merge.match)), creator: merge.creator, onMatch: merge.onMatch,
                onCreate: merge.onCreate)
            return merge.path.map { .projectPath(plan, $0) } ?? plan
        case .setProperties(let actions, let name):
            return .setProperties(input, actions, clause: name)
        case .delete(let targets, let detach):
            return .delete(input, targets: targets, detach: detach)
        case .foreach(let foreach):
            return .foreach(
                input, list: foreach.list, listRange: foreach.listRange, slot: foreach.slot, variable: foreach.variable,
                body: plan(foreach.body, input: .argument))
        case .call(let call):
            let plan = LogicalPlan.procedureCall(input, call)
            return call.filter.map { .filter(plan, $0.expression, text: $0.text) } ?? plan
        case .subqueryCall(let query, let returnsRows, let writes):
            return .subqueryCall(input, body: self.plan(query), returnsRows: returnsRows, writes: writes)
        }
    }

    /// A projection's operators: the items (plain, DISTINCT or grouped), expressions over aggregates,
    /// DISTINCT of the output, sort keys, ORDER BY, SKIP, LIMIT and WITH's WHERE.
    private static func plan(_ projection: BoundProjection, input: LogicalPlan) -> LogicalPlan {
        var plan = input
        switch projection.grouping {
        case .none(let assignments):
            if !assignments.isEmpty { plan = .project(plan, assignments, text: projection.describedAs) }
        case .distinct(let keys):
            plan = .distinctProject(plan, keys, text: projection.describedAs)
        case .aggregate(let keys, let aggregates, _):
            plan = .aggregate(plan, keys: keys, aggregates: aggregates, text: projection.describedAs)
        }
        if !projection.finals.isEmpty { plan = .project(plan, projection.finals, text: "aggregate expressions") }
        if case .aggregate(_, _, true) = projection.grouping { plan = .distinct(plan, slots: projection.outputSlots) }
        if !projection.sortKeysComputed.isEmpty { plan = .project(plan, projection.sortKeysComputed, text: "sort keys") }
        if !projection.sort.isEmpty { plan = .sort(plan, keys: projection.sort, text: projection.sortText) }
        if let skip = projection.skip { plan = .skip(plan, skip) }
        if let limit = projection.limit { plan = .limit(plan, limit) }
        if let filter = projection.filter { plan = .filter(plan, filter.expression, text: filter.text) }
        return plan
    }
}
