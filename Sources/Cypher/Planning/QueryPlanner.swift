// The planner: turns a parsed query into an operator tree, clause by clause, keeping the scope of
// variables as it goes. Semantic checks happen here too, because they need the same scope: a statement
// that plans without error is well-formed. MATCH, projections and updates have their own files.

/// A plan ready to run: the root operator, the output columns and the frame size.
struct QueryPlan {
    let root: Operator
    let columns: [String]
    let columnSlots: [Int]
    let frameSize: Int
    let writes: Bool
}

/// The plan of a query part or of parts joined by UNION: the root, the columns it returns (none for a
/// part without RETURN), their slots and what each holds.
struct PartPlan {
    let root: Operator
    let columns: [String]
    let columnSlots: [Int]
    let columnKinds: [VariableKind]
}

/// Plans one statement against a graph (whose statistics guide the choice of start points).
final class QueryPlanner {
    let graph: PropertyGraph
    let parameters: [String: Value]
    let procedures: ProcedureRegistry
    private(set) var slotCount = 0
    /// Set when a clause of the query writes to the graph.
    var writes = false
    /// True while binding a position where a pattern may stand as a condition (see ExpressionBinder).
    var patternPredicateAllowed = false
    /// The optimizer rules switched off for this statement.
    var disabledRules: Set<OptimizerRule> = []

    /// True when `rule` may be applied.
    func enabled(_ rule: OptimizerRule) -> Bool { !disabledRules.contains(rule) }

    init(graph: PropertyGraph, parameters: [String: Value], procedures: ProcedureRegistry) {
        self.graph = graph
        self.parameters = parameters
        self.procedures = procedures
    }

    func allocateSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// The hidden name of an anonymous pattern element, derived from its position so that planning the
    /// same pattern twice (MERGE matches and creates it) gives the same names.
    func anonymousName(_ prefix: String, at range: SourceRange) -> String {
        "  \(prefix)@\(range.start.offset)"
    }

    /// Plans a query statement (not a schema command).
    func plan(_ statement: StatementKind) throws(CypherError) -> QueryPlan {
        switch statement {
        case .query(let query):
            let planned = try planSingleQuery(query)
            return QueryPlan(
                root: planned.root, columns: planned.columns, columnSlots: planned.columnSlots, frameSize: slotCount, writes: writes)
        case .union(let parts, let all):
            let planned = try planQueryParts(parts, unionAll: all)
            return QueryPlan(
                root: planned.root, columns: planned.columns, columnSlots: planned.columnSlots, frameSize: slotCount, writes: writes)
        case .schema:
            throw .compile(.unsupported("a schema command inside a query"), at: nil)
        }
    }

    /// Plans query parts joined by UNION (or a single part); `outer` is the scope a subquery sees, or
    /// `outerOfPart` the scope each part sees (`CALL { WITH a … UNION WITH b … }` imports per part).
    func planQueryParts(
        _ parts: [SingleQuery], unionAll all: [Bool], outer: Scope? = nil, outerOfPart: [Scope]? = nil
    ) throws(CypherError) -> PartPlan {
        if parts.count == 1 { return try planSingleQuery(parts[0], outer: outerOfPart?.first ?? outer) }
        if Set(all).count > 1 {
            throw .compile(.invalidClauseComposition("UNION and UNION ALL cannot be mixed in one query"), at: parts[1].range)
        }
        var branches: [(plan: Operator, slots: [Int])] = []
        var columns: [String]?
        var kinds: [VariableKind]?
        for (i, part) in parts.enumerated() {
            let planned = try planSingleQuery(part, outer: outerOfPart.map { $0[i] } ?? outer)
            if let columns, columns != planned.columns {
                throw .compile(.differentColumnsInUnion, at: part.range)
            }
            columns = planned.columns
            // A column keeps its kind when every part agrees, else it is any value.
            kinds = kinds.map { zip($0, planned.columnKinds).map { $0 == $1 ? $0 : .value(.any) } } ?? planned.columnKinds
            branches.append((planned.root, planned.columnSlots))
        }
        let outputSlots = (columns ?? []).map { _ in allocateSlot() }
        let root = Union(branches: branches, outputSlots: outputSlots, distinct: !(all.first ?? false))
        return PartPlan(root: root, columns: columns ?? [], columnSlots: outputSlots, columnKinds: kinds ?? [])
    }

    /// Plans the clauses of one query part; returns the root and its output columns. A subquery's part
    /// starts from the `outer` scope and need not end with RETURN.
    func planSingleQuery(_ query: SingleQuery, outer: Scope? = nil) throws(CypherError) -> PartPlan {
        var scope = outer ?? Scope()
        var op: Operator = Argument()
        var columns: [String] = []
        var columnSlots: [Int] = []
        var columnKinds: [VariableKind] = []
        let clauses = query.clauses
        for (index, clause) in clauses.enumerated() {
            let isLast = index == clauses.count - 1
            switch clause.kind {
            case .match(let optional, let pattern, let predicate):
                let next = index + 1 < clauses.count ? clauses[index + 1] : nil
                if !optional, let rewritten = try planFrontierChain(pattern: pattern, predicate: predicate, next: next, input: op, scope: scope) {
                    (op, scope) = rewritten
                } else if !optional, let rewritten = try planDistinctChain(
                    pattern: pattern, predicate: predicate, next: next, input: op, scope: scope)
                {
                    (op, scope) = rewritten
                } else {
                    (op, scope) = try planMatch(optional: optional, pattern: pattern, predicate: predicate, input: op, scope: scope)
                }
            case .unwind(let expression, let variable):
                let bound = try bind(expression, scope, context: "UNWIND")
                if scope[variable] != nil {
                    throw .compile(.variableAlreadyBound(variable), at: expression.range)
                }
                let slot = allocateSlot()
                var element = StaticType.any
                if case .list(let t) = bound.type { element = t }
                op = Unwind(input: op, expression: bound.expression, slot: slot, variable: variable)
                scope.add(Variable(name: variable, slot: slot, kind: .value(element)))
            case .loadCSV(let url, let withHeaders, let variable, let terminator):
                let bound = try bind(url, scope, context: "LOAD CSV")
                if scope[variable] != nil {
                    throw .compile(.variableAlreadyBound(variable), at: clause.range)
                }
                let slot = allocateSlot(), lineSlot = allocateSlot(), fileSlot = allocateSlot()
                op = LoadCSV(
                    input: op, url: bound.expression, urlRange: url.range, withHeaders: withHeaders,
                    fieldTerminator: terminator?.utf8.first ?? UInt8(ascii: ","), slot: slot, variable: variable,
                    lineSlot: lineSlot, fileSlot: fileSlot)
                scope.add(Variable(name: variable, slot: slot, kind: .value(withHeaders ? .map : .list(.string))))
                // What linenumber() and file() read, until the next WITH or RETURN.
                scope.add(Variable(name: LoadCSV.ContextFunction.linenumber.hiddenVariable, slot: lineSlot, kind: .value(.integer), isHidden: true))
                scope.add(Variable(name: LoadCSV.ContextFunction.file.hiddenVariable, slot: fileSlot, kind: .value(.string), isHidden: true))
            case .with(let body, let predicate):
                let result = try planProjection(body, input: op, scope: scope, isReturn: false, predicate: predicate)
                op = result.operator
                scope = result.scope
            case .return(let body):
                guard isLast else {
                    throw .compile(.invalidClauseComposition("RETURN can only be the last clause of a query"), at: clauses[index + 1].range)
                }
                let result = try planProjection(body, input: op, scope: scope, isReturn: true)
                op = result.operator
                columns = result.columns
                columnSlots = result.columnSlots
                columnKinds = result.columns.map { result.scope[$0]?.kind ?? .value(.any) }
            case .create, .merge, .set, .remove, .delete, .foreach:
                (op, scope) = try planUpdate(clause, input: op, scope: scope)
            case .callSubquery(let imports, let body):
                let returnsRows: Bool
                (op, scope, returnsRows) = try planCallSubquery(imports, body, input: op, scope: scope, range: clause.range)
                if isLast, outer == nil, returnsRows {
                    throw .compile(
                        .invalidClauseComposition("a query cannot end with a CALL { … } that returns rows; add a RETURN clause"),
                        at: clause.range)
                }
            case .call(let name, let arguments, let yield, let yieldAll, let predicate):
                let standalone = clauses.count == 1
                let result = try planCall(
                    name, arguments, yield, yieldAll, predicate, standalone: standalone, range: clause.range, input: op,
                    scope: scope)
                op = result.operator
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
        return PartPlan(root: op, columns: columns, columnSlots: columnSlots, columnKinds: columnKinds)
    }
}

extension QueryPlanner {
    /// Plans one updating clause on top of `input`: CREATE, MERGE, SET, REMOVE, DELETE, or FOREACH,
    /// whose clauses are planned the same way over a plan of their own.
    func planUpdate(_ clause: Clause, input: Operator, scope: Scope) throws(CypherError) -> (Operator, Scope) {
        writes = true
        switch clause.kind {
        case .create(let pattern):
            return try planCreate(pattern, input: input, scope: scope)
        case .merge(let part, let onCreate, let onMatch):
            return try planMerge(part, onCreate: onCreate, onMatch: onMatch, input: input, scope: scope)
        case .set(let items):
            return (SetProperties(input: input, actions: try bindSetItems(items, scope), clause: "SetProperties"), scope)
        case .remove(let items):
            return (SetProperties(input: input, actions: try bindRemoveItems(items, scope), clause: "Remove"), scope)
        case .delete(let expressions, let detach):
            return (try planDelete(expressions, detach: detach, input: input, scope: scope), scope)
        case .foreach(let variable, let list, let clauses):
            let bound = try bind(list, scope, context: "FOREACH")
            let slot = allocateSlot()
            var element = StaticType.any
            if case .list(let t) = bound.type { element = t }
            // The clauses see the outer variables and the element (which may shadow an outer variable of
            // its name, as in a list comprehension); what they introduce stays inside.
            var inner = scope
            inner.add(Variable(name: variable, slot: slot, kind: .value(element)))
            var body: Operator = Argument()
            for c in clauses { (body, inner) = try planUpdate(c, input: body, scope: inner) }
            let foreach = Foreach(input: input, list: bound.expression, listRange: list.range, slot: slot, variable: variable, body: body)
            return (foreach, scope)
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
