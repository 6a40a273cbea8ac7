// Planning of `CALL { … }` subqueries: which outer variables the subquery sees (those a leading WITH
// names, or the scope clause `CALL (a, b)` / `CALL (*)`), its own plan (UNION allowed), and the variables
// its RETURN adds to the outer rows — none may already be bound. A subquery without RETURN must write;
// it then keeps each outer row once.

extension QueryPlanner {
    /// Plans `CALL { … }` on top of `input`; returns the operator, the scope after it, and whether the
    /// subquery returns rows.
    func planCallSubquery(_ imports: SubqueryImports, _ body: Subquery, input: Operator, scope: Scope, range: SourceRange)
        throws(CypherError) -> (Operator, Scope, Bool)
    {
        let visible = try body.parts.map { part throws(CypherError) in try importedScope(imports, part, scope, range) }
        let endsWithReturn = body.parts.map { part -> Bool in
            if case .return = part.clauses.last?.kind { return true }
            return false
        }
        if Set(endsWithReturn).count > 1, let part = body.parts.first(where: { part in
            guard case .return = part.clauses.last?.kind else { return true }
            return false
        }) {
            throw .compile(.invalidClauseComposition("every part of a UNION in CALL { … } must end with RETURN"), at: part.range)
        }
        // Whether the body writes, apart from what earlier clauses of the statement do.
        let writesBefore = writes
        writes = false
        let planned = try planQueryParts(body.parts, unionAll: body.unionAll, outerOfPart: visible)
        let bodyWrites = writes
        writes = writesBefore || bodyWrites
        let returnsRows = !planned.columns.isEmpty
        if !returnsRows, !bodyWrites {
            throw .compile(
                .invalidClauseComposition("a CALL { … } without RETURN must write (CREATE, MERGE, SET, …); add a RETURN clause"),
                at: range)
        }
        var after = scope
        for (i, name) in planned.columns.enumerated() {
            if let existing = scope[name], !existing.isHidden {
                throw .compile(.variableAlreadyBound(name), at: range)
            }
            after.add(Variable(name: name, slot: planned.columnSlots[i], kind: planned.columnKinds[i]))
        }
        let op = SubqueryCall(input: input, body: planned.root, returnsRows: returnsRows, writes: bodyWrites)
        return (op, after, returnsRows)
    }

    /// The outer variables one part of a subquery sees.
    private func importedScope(_ imports: SubqueryImports, _ part: SingleQuery, _ scope: Scope, _ range: SourceRange)
        throws(CypherError) -> Scope
    {
        var visible = Scope()
        switch imports {
        case .all:
            visible = scope
        case .variables(let names):
            for name in names {
                guard let variable = scope[name], !variable.isHidden else {
                    throw .compile(.undefinedVariable(name, suggestion: closestName(to: name, among: scope.names)), at: range)
                }
                visible.add(variable)
            }
        case .importingWith:
            // `WITH a, b` (or `WITH *`) opening the part imports those variables, by themselves.
            guard case .with(let projection, _) = part.clauses.first?.kind else { break }
            if projection.includesAll {
                for variable in scope.variables { visible.add(variable) }
            }
            for item in projection.items {
                guard case .variable(let name) = item.expression.kind, item.alias == nil || item.alias == name,
                    let variable = scope[name]
                else { continue }
                visible.add(variable)
            }
        }
        return visible
    }
}
