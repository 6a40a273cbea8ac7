// Binding of WITH and RETURN: projection items, DISTINCT, aggregation with implicit grouping, ORDER BY,
// SKIP and LIMIT. Without aggregation, ORDER BY may read both the projected columns and the variables
// before the projection; with DISTINCT or aggregation it may read only what the projection computes
// (grouping keys, aggregates and expressions of them).

/// A bound projection and the scope after it.
struct ProjectionResult {
    let projection: BoundProjection
    let scope: Scope
}

extension Binder {
    /// Binds WITH or RETURN; `predicate` is WITH's WHERE, applied after ORDER BY, SKIP and LIMIT.
    func bindProjection(_ body: ProjectionBody, scope: Scope, isReturn: Bool, predicate: Expression? = nil)
        throws(CypherError) -> ProjectionResult
    {
        let clause = isReturn ? "RETURN" : "WITH"
        var items = body.items
        if body.includesAll {
            let visible = scope.visibleSortedByName
            if visible.isEmpty && items.isEmpty && isReturn {
                throw .compile(.noVariablesInScope, at: body.range)
            }
            items = visible.map { v in
                ProjectionItem(expression: Expression(.variable(v.name), body.range), alias: v.name, text: v.name)
            } + items
        }
        var names: [String] = []
        for item in items {
            let name: String
            if let alias = item.alias {
                name = alias
            } else if case .variable(let v) = item.expression.kind {
                name = v
            } else if isReturn {
                name = item.text
            } else {
                throw .compile(.noExpressionAlias(item.text), at: item.expression.range)
            }
            if names.contains(name) {
                throw .compile(.columnNameConflict(name), at: item.expression.range)
            }
            names.append(name)
        }
        let aggregating = items.contains { $0.expression.containsAggregate }
        var newScope = Scope()
        var outputSlots: [Int] = []
        // ORDER BY may add aggregates of its own (`ORDER BY count(*)`): they count duplicates too.
        let isDuplicateInsensitive =
            !body.includesAll && (body.distinct || aggregating) && items.allSatisfy { $0.expression.isDuplicateInsensitive }
            && body.orderBy.allSatisfy { $0.expression.isDuplicateInsensitive }
        var projection: BoundProjection

        if !aggregating && !body.distinct {
            var assignments: [(slot: Int, expression: BoundExpression)] = []
            var projected: [String: Int] = [:]
            for (item, name) in zip(items, names) {
                let bound = try bind(item.expression, scope, context: clause)
                let slot: Int
                if case .variable = item.expression.kind, case .slot(let source) = bound.expression {
                    // A variable passed on (`WITH a, b AS c`) keeps its slot: nothing writes a slot after
                    // the operator that fills it, so the row needs no copy of the value.
                    slot = source
                } else {
                    slot = allocateSlot()
                    assignments.append((slot, bound.expression))
                }
                outputSlots.append(slot)
                newScope.add(Variable(name: name, slot: slot, kind: kind(of: item.expression, bound, scope)))
                projected[item.expression.canonical] = slot
            }
            projection = BoundProjection(
                grouping: .none(assignments), finals: [], sortKeysComputed: [], sort: [], sortText: "", skip: nil, limit: nil,
                filter: nil, columns: names, outputSlots: outputSlots, isDuplicateInsensitive: false,
                inputSlotsRead: Set(outputSlots).union(assignments.flatMap(\.expression.slotsRead)), describedAs: names.joined(separator: ", "))
            // ORDER BY sees the projected names and, behind them, the variables before the projection.
            var sortScope = scope
            for v in newScope.variables { sortScope.add(v) }
            let aliases = Set(newScope.variables.map(\.name))
            try bindOrderSkipLimit(body, into: &projection, sortScope: sortScope, projected: projected, aliases: aliases)
            if let predicate {
                // WHERE sees the projected names and, behind them, the variables before WITH.
                let bound = try bindCondition(predicate, sortScope)
                projection.filter = (bound.expression, predicate.canonical)
            }
            projection.inputSlotsRead.formUnion(projection.sortKeysComputed.flatMap(\.expression.slotsRead))
            projection.inputSlotsRead.formUnion(projection.filter?.expression.slotsRead ?? [])
        } else {
            let rewrite = AggregationRewrite(inputScope: scope)
            var keys: [(slot: Int, expression: BoundExpression)] = []
            var itemSlots: [Int?] = Array(repeating: nil, count: items.count)
            var kinds: [VariableKind] = Array(repeating: .value(.any), count: items.count)
            for (i, item) in items.enumerated() where !item.expression.containsAggregate {
                let bound = try bind(item.expression, scope, context: clause)
                let slot = allocateSlot()
                keys.append((slot, bound.expression))
                itemSlots[i] = slot
                kinds[i] = kind(of: item.expression, bound, scope)
                rewrite.computed[item.expression.canonical] = (slot, bound.type)
            }
            var finals: [(slot: Int, expression: BoundExpression)] = []
            for (i, item) in items.enumerated() where item.expression.containsAggregate {
                let bound = try bind(item.expression, Scope(), aggregation: rewrite, context: clause)
                if case .slot(let s) = bound.expression {
                    itemSlots[i] = s
                } else {
                    let slot = allocateSlot()
                    finals.append((slot, bound.expression))
                    itemSlots[i] = slot
                }
                kinds[i] = .value(bound.type)
            }
            for (i, name) in names.enumerated() {
                guard let slot = itemSlots[i] else { continue }
                outputSlots.append(slot)
                newScope.add(Variable(name: name, slot: slot, kind: kinds[i]))
                rewrite.computed[items[i].expression.canonical] = (slot, kinds[i].staticType)
            }
            // ORDER BY is bound before the Aggregate operator is built, so it may add aggregates of its own.
            var sortBindings: [(BoundExpression, Bool, String)] = []
            rewrite.afterProjection = true
            for item in items { item.expression.walk { if case .variable(let v) = $0.kind { rewrite.mentionedInItems.insert(v) } } }
            for sortItem in body.orderBy {
                rewrite.bindingAggregateExpression = sortItem.expression.containsAggregate
                let bound = try bind(sortItem.expression, newScope, aggregation: rewrite, context: "ORDER BY")
                sortBindings.append((bound.expression, sortItem.descending, sortItem.expression.canonical))
            }
            // WHERE (of WITH) likewise, but it may not introduce aggregates of its own.
            var filter: BoundExpression?
            if let predicate {
                let before = rewrite.aggregates.count
                rewrite.bindingAggregateExpression = false
                filter = try bindCondition(predicate, newScope, aggregation: rewrite).expression
                if rewrite.aggregates.count != before {
                    throw .compile(.invalidAggregation("aggregate functions are not allowed in WHERE; compute them in WITH"), at: predicate.range)
                }
            }
            let grouping: BoundProjection.Grouping
            let described: String
            if aggregating {
                grouping = .aggregate(keys: keys, aggregates: rewrite.aggregates, distinct: body.distinct)
                described = (keys.isEmpty ? "" : "by \(names.enumerated().filter { !items[$0.offset].expression.containsAggregate }.map(\.element).joined(separator: ", ")): ")
                    + rewrite.aggregates.map { "\($0.kind)" }.joined(separator: ", ")
            } else {
                grouping = .distinct(keys)
                described = names.joined(separator: ", ")
            }
            var read = Set(keys.flatMap(\.expression.slotsRead))
            for spec in rewrite.aggregates {
                read.formUnion(spec.argument?.slotsRead ?? [])
                read.formUnion(spec.percentile?.slotsRead ?? [])
            }
            projection = BoundProjection(
                grouping: grouping, finals: finals, sortKeysComputed: [], sort: [], sortText: "", skip: nil, limit: nil,
                filter: filter.flatMap { f in predicate.map { (f, $0.canonical) } }, columns: names, outputSlots: outputSlots,
                isDuplicateInsensitive: isDuplicateInsensitive, inputSlotsRead: read, describedAs: described)
            try bindSort(sortBindings, body, into: &projection)
        }
        return ProjectionResult(projection: projection, scope: newScope)
    }

    /// The variable kind of a projected item: a bare variable keeps its kind.
    private func kind(of expression: Expression, _ bound: TypedExpression, _ scope: Scope) -> VariableKind {
        if case .variable(let name) = expression.kind, let v = scope[name] { return v.kind }
        switch bound.type {
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        default: return .value(bound.type)
        }
    }

    /// ORDER BY, SKIP and LIMIT of a projection without aggregation; a sort key that repeats a projected
    /// expression (`RETURN r.name ORDER BY r.name`) reads the projected slot.
    private func bindOrderSkipLimit(
        _ body: ProjectionBody, into projection: inout BoundProjection, sortScope: Scope, projected: [String: Int], aliases: Set<String>
    ) throws(CypherError) {
        var bindings: [(BoundExpression, Bool, String)] = []
        for item in body.orderBy {
            let canonical = item.expression.canonical
            var readsAlias = false
            item.expression.walk { if case .variable(let v) = $0.kind, aliases.contains(v) { readsAlias = true } }
            // Reuse only when the expression's variables still mean what they meant in the projection.
            if let slot = projected[canonical], !readsAlias {
                bindings.append((.slot(slot), item.descending, canonical))
                continue
            }
            let bound = try bind(item.expression, sortScope, context: "ORDER BY")
            bindings.append((bound.expression, item.descending, canonical))
        }
        try bindSort(bindings, body, into: &projection)
    }

    /// ORDER BY (keys that are not a slot are computed into one first), SKIP and LIMIT.
    private func bindSort(_ bindings: [(BoundExpression, Bool, String)], _ body: ProjectionBody, into projection: inout BoundProjection)
        throws(CypherError)
    {
        projection.skip = try body.skip.map { e throws(CypherError) in try bindCount(e, "SKIP") }
        projection.limit = try body.limit.map { e throws(CypherError) in try bindCount(e, "LIMIT") }
        for (expression, descending, _) in bindings {
            if case .slot(let s) = expression {
                projection.sort.append(SortKey(slot: s, descending: descending))
            } else {
                let slot = allocateSlot()
                projection.sortKeysComputed.append((slot, expression))
                projection.sort.append(SortKey(slot: slot, descending: descending))
            }
        }
        projection.sortText = bindings.map { $0.2 + ($0.1 ? " DESC" : "") }.joined(separator: ", ")
    }

    /// Binds the expression of SKIP or LIMIT, which must not depend on rows.
    private func bindCount(_ e: Expression, _ what: String) throws(CypherError) -> BoundExpression {
        var usesVariable = false
        e.walk { if case .variable = $0.kind { usesVariable = true } }
        if usesVariable {
            throw .compile(.nonConstantExpression(what), at: e.range)
        }
        let bound = try bind(e, Scope(), context: what)
        switch bound.expression {
        case .constant(.int(let i)) where i < 0:
            throw .compile(.negativeIntegerArgument("\(what) (\(i))"), at: e.range)
        case .constant(let v):
            if case .int = v { break }
            throw .compile(.invalidArgumentType("\(what) expects an integer, got \(v.typeName)"), at: e.range)
        default:
            break
        }
        return bound.expression
    }
}
