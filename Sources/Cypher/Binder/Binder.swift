// The binder: the first stage after parsing. It walks a query clause by clause, keeping the scope of
// variables as it goes, resolves every variable to a frame slot and every function and procedure to its
// definition, types expressions where it can, and raises every error that can be known before running
// (undefined variables, wrong clause order, aggregation where it is not allowed, …). It needs no graph
// and no parameter values, so a bound statement can be planned once and run many times. MATCH,
// projections, updates, CALL and subqueries have their own files.

/// Binds one statement.
final class Binder {
    let procedures: ProcedureRegistry
    let slots: SlotAllocator
    /// Set when a clause of the query writes to the graph.
    var writes = false
    /// True while binding a position where a pattern may stand as a condition (see ExpressionBinder).
    var patternPredicateAllowed = false
    /// The parameters read so far, and where each is first read.
    var parameters: [String: SourceRange] = [:]
    /// Plans of subquery expressions and pattern predicates met so far; planned with the statement.
    var nestedPlans: [NestedPlan] = []

    init(procedures: ProcedureRegistry, slots: SlotAllocator = SlotAllocator()) {
        self.procedures = procedures
        self.slots = slots
    }

    func allocateSlot() -> Int { slots.allocate() }

    /// The hidden name of an anonymous pattern element, derived from its position so that binding the
    /// same pattern twice (MERGE matches and creates it) gives the same names.
    func anonymousName(_ prefix: String, at range: SourceRange) -> String {
        "  \(prefix)@\(range.start.offset)"
    }

    /// Binds a query statement (not a schema command).
    func bind(_ statement: StatementKind) throws(CypherError) -> BoundStatement {
        let query: BoundQuery
        switch statement {
        case .query(let part):
            query = try bindQueryParts([part], unionAll: [])
        case .union(let parts, let all):
            query = try bindQueryParts(parts, unionAll: all)
        case .schema:
            throw .compile(.unsupported("a schema command inside a query"), at: nil)
        }
        return BoundStatement(query: query, slots: slots, writes: writes, parameters: parameters, nestedPlans: nestedPlans)
    }

    /// Binds query parts joined by UNION (or a single part); `outer` is the scope a subquery sees, or
    /// `outerOfPart` the scope each part sees (`CALL { WITH a … UNION WITH b … }` imports per part).
    func bindQueryParts(
        _ parts: [SingleQuery], unionAll all: [Bool], outer: Scope? = nil, outerOfPart: [Scope]? = nil
    ) throws(CypherError) -> BoundQuery {
        if parts.count == 1 {
            let part = try bindSingleQuery(parts[0], outer: outerOfPart?.first ?? outer)
            return BoundQuery(
                parts: [part], distinctUnion: false, columns: part.columns, columnSlots: part.columnSlots, columnKinds: part.columnKinds)
        }
        if Set(all).count > 1 {
            throw .compile(.invalidClauseComposition("UNION and UNION ALL cannot be mixed in one query"), at: parts[1].range)
        }
        var bound: [BoundPart] = []
        var columns: [String]?
        var kinds: [VariableKind]?
        for (i, part) in parts.enumerated() {
            let b = try bindSingleQuery(part, outer: outerOfPart.map { $0[i] } ?? outer)
            if let columns, columns != b.columns {
                throw .compile(.differentColumnsInUnion, at: part.range)
            }
            columns = b.columns
            // A column keeps its kind when every part agrees, else it is any value.
            kinds = kinds.map { zip($0, b.columnKinds).map { $0 == $1 ? $0 : .value(.any) } } ?? b.columnKinds
            bound.append(b)
        }
        let outputSlots = (columns ?? []).map { _ in allocateSlot() }
        return BoundQuery(
            parts: bound, distinctUnion: !(all.first ?? false), columns: columns ?? [], columnSlots: outputSlots, columnKinds: kinds ?? [])
    }

    /// Binds the clauses of one query part. A subquery's part starts from the `outer` scope and need
    /// not end with RETURN.
    func bindSingleQuery(_ query: SingleQuery, outer: Scope? = nil) throws(CypherError) -> BoundPart {
        var scope = outer ?? Scope()
        var bound: [BoundClause] = []
        var columns: [String] = []
        var columnSlots: [Int] = []
        var columnKinds: [VariableKind] = []
        let clauses = query.clauses
        for (index, clause) in clauses.enumerated() {
            let isLast = index == clauses.count - 1
            switch clause.kind {
            case .match(let optional, let pattern, let predicate):
                let match: BoundMatch
                (match, scope) = try bindPattern(pattern, predicate: predicate, scope: scope, clause: "MATCH", optional: optional)
                bound.append(.match(match))
            case .unwind(let expression, let variable):
                let list = try bind(expression, scope, context: "UNWIND")
                if scope[variable] != nil {
                    throw .compile(.variableAlreadyBound(variable), at: expression.range)
                }
                let slot = allocateSlot()
                var element = StaticType.any
                if case .list(let t) = list.type { element = t }
                bound.append(.unwind(list: list.expression, slot: slot, variable: variable))
                scope.add(Variable(name: variable, slot: slot, kind: .value(element)))
            case .loadCSV(let url, let withHeaders, let variable, let terminator):
                let boundURL = try bind(url, scope, context: "LOAD CSV")
                if scope[variable] != nil {
                    throw .compile(.variableAlreadyBound(variable), at: clause.range)
                }
                let load = BoundLoadCSV(
                    url: boundURL.expression, urlRange: url.range, withHeaders: withHeaders,
                    fieldTerminator: terminator?.utf8.first ?? UInt8(ascii: ","), slot: allocateSlot(), variable: variable,
                    lineSlot: allocateSlot(), fileSlot: allocateSlot())
                bound.append(.loadCSV(load))
                scope.add(Variable(name: variable, slot: load.slot, kind: .value(withHeaders ? .map : .list(.string))))
                // What linenumber() and file() read, until the next WITH or RETURN.
                scope.add(Variable(name: LoadCSV.ContextFunction.linenumber.hiddenVariable, slot: load.lineSlot, kind: .value(.integer), isHidden: true))
                scope.add(Variable(name: LoadCSV.ContextFunction.file.hiddenVariable, slot: load.fileSlot, kind: .value(.string), isHidden: true))
            case .with(let body, let predicate):
                let result = try bindProjection(body, scope: scope, isReturn: false, predicate: predicate)
                bound.append(.projection(result.projection))
                scope = result.scope
            case .return(let body):
                guard isLast else {
                    throw .compile(.invalidClauseComposition("RETURN can only be the last clause of a query"), at: clauses[index + 1].range)
                }
                let result = try bindProjection(body, scope: scope, isReturn: true)
                bound.append(.projection(result.projection))
                columns = result.projection.columns
                columnSlots = result.projection.outputSlots
                columnKinds = columns.map { result.scope[$0]?.kind ?? .value(.any) }
            case .create, .merge, .set, .remove, .delete, .foreach:
                let update: BoundClause
                (update, scope) = try bindUpdate(clause, scope: scope)
                bound.append(update)
            case .callSubquery(let imports, let body):
                let result = try bindCallSubquery(imports, body, scope: scope, range: clause.range)
                bound.append(result.clause)
                scope = result.scope
                if isLast, outer == nil, result.returnsRows {
                    throw .compile(
                        .invalidClauseComposition("a query cannot end with a CALL { … } that returns rows; add a RETURN clause"),
                        at: clause.range)
                }
            case .call(let name, let arguments, let yield, let yieldAll, let predicate):
                let standalone = clauses.count == 1
                let result = try bindCall(
                    name, arguments, yield, yieldAll, predicate, standalone: standalone, range: clause.range, scope: scope)
                bound.append(.call(result.call))
                scope = result.scope
                if standalone {
                    columns = result.columns
                    columnSlots = result.columnSlots
                    columnKinds = result.columns.map { result.scope[$0]?.kind ?? .value(.any) }
                }
            }
            if isLast, outer == nil {
                switch clause.kind {
                case .match, .with, .unwind, .loadCSV:
                    throw .compile(
                        .invalidClauseComposition("a query cannot end with \(clause.kind.keyword); add a RETURN clause"),
                        at: clause.range)
                case .call(_, _, let yield, let yieldAll, _) where clauses.count > 1 && (yield != nil || yieldAll):
                    throw .compile(
                        .invalidClauseComposition("a query cannot end with CALL … YIELD; add a RETURN clause"), at: clause.range)
                default: break
                }
            }
        }
        return BoundPart(clauses: bound, columns: columns, columnSlots: columnSlots, columnKinds: columnKinds)
    }
}

extension Binder {
    /// Binds one updating clause: CREATE, MERGE, SET, REMOVE, DELETE, or FOREACH, whose clauses are
    /// bound the same way. Returns the bound clause and the scope after it.
    func bindUpdate(_ clause: Clause, scope: Scope) throws(CypherError) -> (BoundClause, Scope) {
        writes = true
        switch clause.kind {
        case .create(let pattern):
            return try bindCreate(pattern, scope: scope)
        case .merge(let part, let onCreate, let onMatch):
            return try bindMerge(part, onCreate: onCreate, onMatch: onMatch, scope: scope)
        case .set(let items):
            return (.setProperties(try bindSetItems(items, scope), clause: "SetProperties"), scope)
        case .remove(let items):
            return (.setProperties(try bindRemoveItems(items, scope), clause: "Remove"), scope)
        case .delete(let expressions, let detach):
            return (try bindDelete(expressions, detach: detach, scope: scope), scope)
        case .foreach(let variable, let list, let clauses):
            let bound = try bind(list, scope, context: "FOREACH")
            let slot = allocateSlot()
            var element = StaticType.any
            if case .list(let t) = bound.type { element = t }
            // The clauses see the outer variables and the element (which may shadow an outer variable of
            // its name, as in a list comprehension); what they introduce stays inside.
            var inner = scope
            inner.add(Variable(name: variable, slot: slot, kind: .value(element)))
            var body: [BoundClause] = []
            for c in clauses {
                let b: BoundClause
                (b, inner) = try bindUpdate(c, scope: inner)
                body.append(b)
            }
            return (.foreach(BoundForeach(list: bound.expression, listRange: list.range, slot: slot, variable: variable, body: body)), scope)
        case .match, .unwind, .loadCSV, .with, .return, .call, .callSubquery:
            throw .compile(.invalidClauseComposition("\(clause.kind.keyword) is not an updating clause"), at: clause.range)
        }
    }
}

extension ClauseKind {
    /// True for an updating clause, or a `CALL { … }` that holds one (at any depth).
    var mayWrite: Bool {
        if isUpdate { return true }
        guard case .callSubquery(_, let body) = self else { return false }
        return body.parts.contains { $0.clauses.contains(where: \.kind.mayWrite) }
    }

    /// True for the clauses that write to the graph.
    var isUpdate: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete, .foreach: return true
        case .match, .unwind, .loadCSV, .with, .return, .call, .callSubquery: return false
        }
    }

    var keyword: String {
        switch self {
        case .match(let optional, _, _): return optional ? "OPTIONAL MATCH" : "MATCH"
        case .unwind: return "UNWIND"
        case .loadCSV: return "LOAD CSV"
        case .with: return "WITH"
        case .return: return "RETURN"
        case .create: return "CREATE"
        case .merge: return "MERGE"
        case .set: return "SET"
        case .remove: return "REMOVE"
        case .delete(_, let detach): return detach ? "DETACH DELETE" : "DELETE"
        case .call: return "CALL"
        case .callSubquery: return "CALL { … }"
        case .foreach: return "FOREACH"
        }
    }
}
