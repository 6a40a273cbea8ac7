// Binding of `CALL { … }` subqueries: which outer variables the subquery sees (those a leading WITH
// names, or the scope clause `CALL (a, b)` / `CALL (*)`), its own plan (UNION allowed), and the variables
// its RETURN adds to the outer rows — none may already be bound. A subquery without RETURN must write;
// it then keeps each outer row once.

extension Binder {
    /// Binds `CALL { … }`; returns the clause, the scope after it, and whether the subquery returns rows.
    func bindCallSubquery(_ imports: SubqueryImports, _ body: Subquery, scope: Scope, range: SourceRange)
        throws(CypherError) -> (clause: BoundClause, scope: Scope, returnsRows: Bool)
    {
        let visible = try body.parts.map { part throws(CypherError) in try importedScope(imports, part, scope, range) }
        // The parts of a UNION all return rows, or (writing) none does.
        let withoutReturn = body.parts.filter { !$0.endsWithReturn }
        if let part = withoutReturn.first, withoutReturn.count < body.parts.count {
            throw .compile(.invalidClauseComposition("every part of a UNION in CALL { … } must end with RETURN"), at: part.range)
        }
        let (planned, bodyWrites) = try bindSubqueryParts(body, outerOfPart: visible)
        if bodyWrites { writes = true }
        let returnsRows = !planned.columns.isEmpty
        if !returnsRows, !bodyWrites {
            throw .compile(
                .invalidClauseComposition("a CALL { … } without RETURN must write (CREATE, MERGE, SET, …); add a RETURN clause"),
                at: range)
        }
        var after = scope
        for (i, name) in planned.columns.enumerated() {
            if let existing = scope[name], !existing.isHidden {
                throw .compile(.variableAlreadyBound(name), at: Self.returnItemRange(of: name, in: body) ?? range)
            }
            after.add(Variable(name: name, slot: planned.columnSlots[i], kind: planned.columnKinds[i]))
        }
        return (.subqueryCall(planned, returnsRows: returnsRows, writes: bodyWrites), after, returnsRows)
    }

    /// Binds a subquery's parts; also says whether they write, apart from the statement around them (whose
    /// `writes` is left as it was).
    func bindSubqueryParts(_ subquery: Subquery, outer: Scope? = nil, outerOfPart: [Scope]? = nil) throws(CypherError) -> (BoundQuery, Bool) {
        let writesBefore = writes
        writes = false
        do {
            let planned = try bindQueryParts(subquery.parts, unionAll: subquery.unionAll, outer: outer, outerOfPart: outerOfPart)
            let subqueryWrites = writes
            writes = writesBefore
            return (planned, subqueryWrites)
        } catch {
            writes = writesBefore
            throw error
        }
    }

    /// Where the subquery's first part returns column `name`, for errors about it.
    private static func returnItemRange(of name: String, in body: Subquery) -> SourceRange? {
        guard case .return(let projection) = body.parts.first?.clauses.last?.kind else { return nil }
        return projection.items.first { ($0.alias ?? $0.text) == name }?.expression.range
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
            for imported in names {
                let name = imported.name
                guard let variable = scope[name], !variable.isHidden else {
                    throw .compile(.undefinedVariable(name, suggestion: closestName(to: name, among: scope.names)), at: imported.range)
                }
                visible.add(variable)
            }
        case .importingWith:
            // `WITH a, b` (or `WITH *`) opening the part imports those variables. As in Neo4j, such a WITH
            // holds nothing else, so that it reads the same in both.
            guard case .with(let projection, let predicate) = part.clauses.first?.kind else { break }
            func importedVariable(_ item: ProjectionItem) -> Variable? {
                guard case .variable(let name) = item.expression.kind, item.alias == nil || item.alias == name else { return nil }
                return scope[name]
            }
            let imported = projection.items.compactMap(importedVariable)
            guard projection.includesAll || !imported.isEmpty else { break }
            if let other = projection.items.first(where: { importedVariable($0) == nil }) {
                let item = other.alias.map { "\(other.text) AS \($0)" } ?? other.text
                throw .compile(
                    .invalidClauseComposition(
                        "a WITH that imports variables into CALL { … } names only outer variables; compute `\(item)` in a WITH after it"),
                    at: other.expression.range)
            }
            if predicate != nil || projection.distinct || !projection.orderBy.isEmpty || projection.skip != nil || projection.limit != nil {
                throw .compile(
                    .invalidClauseComposition(
                        "a WITH that imports variables into CALL { … } has no WHERE, DISTINCT, ORDER BY, SKIP or LIMIT; add a WITH after it"),
                    at: projection.range)
            }
            if projection.includesAll {
                for variable in scope.variables { visible.add(variable) }
            }
            for variable in imported { visible.add(variable) }
        }
        return visible
    }
}
