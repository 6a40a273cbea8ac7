// Expressions after binding: variables resolved to frame slots, functions to their definitions, names of
// labels and keys to lazily resolved references. This is what the executor evaluates.

/// A property key named in a query, resolved to the graph's id on first successful lookup. Key ids are
/// never retired, so once found the id stays valid for the life of the graph. A lookup that finds nothing
/// writes nothing: once a read-only statement's names are resolved, evaluating it writes no reference
/// (DistinctChainJoin's workers read them from two threads).
final class PropertyKeyRef: @unchecked Sendable {
    let name: String
    private var cached: PropertyKeyID?

    init(_ name: String) { self.name = name }

    func id(in graph: PropertyGraph) -> PropertyKeyID? {
        if let cached { return cached }
        guard let found = graph.propertyKeyID(name) else { return nil }
        cached = found
        return found
    }

    func intern(in graph: PropertyGraph) -> PropertyKeyID {
        if let cached { return cached }
        let id = graph.internPropertyKey(name)
        cached = id
        return id
    }
}

/// A label named in a query, resolved lazily like ``PropertyKeyRef``.
final class LabelRef: @unchecked Sendable {
    let name: String
    private var cached: LabelID?

    init(_ name: String) { self.name = name }

    func id(in graph: PropertyGraph) -> LabelID? {
        if let cached { return cached }
        guard let found = graph.labelID(name) else { return nil }
        cached = found
        return found
    }

    func intern(in graph: PropertyGraph) -> LabelID {
        if let cached { return cached }
        let id = graph.internLabel(name)
        cached = id
        return id
    }
}

/// A relationship type named in a query, resolved lazily like ``PropertyKeyRef``.
final class TypeRef: @unchecked Sendable {
    let name: String
    private var cached: RelationshipTypeID?

    init(_ name: String) { self.name = name }

    func id(in graph: PropertyGraph) -> RelationshipTypeID? {
        if let cached { return cached }
        guard let found = graph.relationshipTypeID(name) else { return nil }
        cached = found
        return found
    }

    func intern(in graph: PropertyGraph) -> RelationshipTypeID {
        if let cached { return cached }
        let id = graph.internRelationshipType(name)
        cached = id
        return id
    }
}

/// A bound expression.
indirect enum BoundExpression: @unchecked Sendable {
    case constant(Value)
    case slot(Int)
    case parameter(String)
    /// The parameter of that name when given, else the value (an implicit argument of a standalone CALL).
    case parameterOrDefault(String, Value)
    case property(BoundExpression, PropertyKeyRef, SourceRange)
    case subscripted(BoundExpression, BoundExpression, SourceRange)
    case slice(BoundExpression, BoundExpression?, BoundExpression?)
    case list([BoundExpression])
    case map([(String, BoundExpression)])
    case mapProjection(BoundExpression, [BoundMapProjectionItem], SourceRange)
    case not(BoundExpression, SourceRange)
    case and(BoundExpression, BoundExpression, SourceRange)
    case or(BoundExpression, BoundExpression, SourceRange)
    case xor(BoundExpression, BoundExpression, SourceRange)
    case binary(BinaryOperator, BoundExpression, BoundExpression, SourceRange)
    case negate(BoundExpression, SourceRange)
    case isNull(BoundExpression, negated: Bool)
    case hasLabels(BoundExpression, [LabelRef], SourceRange)
    case function(FunctionDefinition, [BoundExpression], SourceRange)
    case simpleCase(BoundExpression, [(BoundExpression, BoundExpression)], BoundExpression?)
    case genericCase([(BoundExpression, BoundExpression)], BoundExpression?)
    case listComprehension(slot: Int, source: BoundExpression, predicate: BoundExpression?, projection: BoundExpression?)
    case quantifier(Quantifier, slot: Int, source: BoundExpression, predicate: BoundExpression?)
    case reduce(accumulator: Int, initial: BoundExpression, slot: Int, source: BoundExpression, body: BoundExpression)
    /// A plan run from the current row — a pattern predicate, a pattern comprehension or a subquery —
    /// and what is made of its rows; `reads` are the outer slots the plan may read.
    case subplan(SubplanResult, NestedPlan, reads: [Int])

    /// True when the value depends on nothing but the slots the expression reads — no rand(), no nested
    /// plan (whose value may also depend on the graph) — so a cache keyed by those slots may reuse it.
    var isDeterminedBySlotsRead: Bool {
        var determined = true
        visit { e in
            switch e {
            case .function(let f, _, _) where !f.isDeterministic: determined = false
            case .subplan: determined = false
            default: break
            }
        }
        return determined
    }

    /// True when the expression reads no frame slot (it may still read parameters).
    var isConstant: Bool { slotsRead.isEmpty }

    /// The slots the expression reads.
    var slotsRead: Set<Int> {
        var slots: Set<Int> = []
        visit { e in
            if case .slot(let s) = e { slots.insert(s) }
            if case .subplan(_, _, let reads) = e { slots.formUnion(reads) }
        }
        return slots
    }

    /// Calls `body` on this expression and every sub-expression.
    func visit(_ body: (BoundExpression) -> Void) {
        body(self)
        switch self {
        // A subplan's own expressions read its inner slots; what it reads outside is in `reads`.
        case .constant, .slot, .parameter, .parameterOrDefault, .subplan: break
        case .property(let e, _, _), .not(let e, _), .negate(let e, _), .isNull(let e, _), .hasLabels(let e, _, _):
            e.visit(body)
        case .subscripted(let a, let b, _), .and(let a, let b, _), .or(let a, let b, _), .xor(let a, let b, _),
            .binary(_, let a, let b, _):
            a.visit(body)
            b.visit(body)
        case .slice(let a, let b, let c):
            a.visit(body)
            b?.visit(body)
            c?.visit(body)
        case .list(let items), .function(_, let items, _):
            for item in items { item.visit(body) }
        case .map(let entries):
            for (_, e) in entries { e.visit(body) }
        case .mapProjection(let base, let items, _):
            base.visit(body)
            for item in items { if case .entry(_, let e) = item { e.visit(body) } }
        case .simpleCase(let subject, let alternatives, let otherwise):
            subject.visit(body)
            for (a, b) in alternatives {
                a.visit(body)
                b.visit(body)
            }
            otherwise?.visit(body)
        case .genericCase(let alternatives, let otherwise):
            for (a, b) in alternatives {
                a.visit(body)
                b.visit(body)
            }
            otherwise?.visit(body)
        case .listComprehension(_, let source, let predicate, let projection):
            source.visit(body)
            predicate?.visit(body)
            projection?.visit(body)
        case .quantifier(_, _, let source, let predicate):
            source.visit(body)
            predicate?.visit(body)
        case .reduce(_, let initial, _, let source, let b):
            initial.visit(body)
            source.visit(body)
            b.visit(body)
        }
    }
}

/// The query of a subquery expression or pattern predicate: bound with the statement, planned with it
/// (its operators are filled in by the physical planner before the statement runs).
final class NestedPlan: @unchecked Sendable {
    let query: BoundQuery
    /// The operators that run the query, once planned.
    var root: Operator?

    init(query: BoundQuery) { self.query = query }
}

/// What an expression makes of the rows of its subplan.
enum SubplanResult {
    /// True when there is a row (a pattern predicate, `EXISTS { … }`).
    case exists
    /// The number of rows (`COUNT { … }`).
    case count
    /// The list of the value in `slot` of every row (`COLLECT { … }`).
    case collect(slot: Int)
    /// The list of the expression evaluated on every row (a pattern comprehension).
    case comprehension(BoundExpression)
}

/// A bound element of a map projection.
enum BoundMapProjectionItem {
    case property(String, PropertyKeyRef)
    case allProperties
    case entry(String, BoundExpression)
}

/// The expressions joined by AND (true when there are none).
func conjunction(_ expressions: [BoundExpression], at range: SourceRange) -> BoundExpression {
    guard let first = expressions.first else { return .constant(.bool(true)) }
    return expressions.dropFirst().reduce(first) { .and($0, $1, range) }
}
