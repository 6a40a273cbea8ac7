// Binding of expressions: resolves variables to slots, functions to definitions and parameters to their
// values; infers a static type where it can and rejects what can be known wrong before running (undefined
// variables, unknown functions, wrong argument counts, aggregation where it is not allowed, operands of a
// type the operator never accepts). In an aggregating projection it also rewrites the expression so that
// it reads grouping keys and aggregate results from slots (see AggregationRewrite).

/// A bound expression with its static type.
struct TypedExpression {
    var expression: BoundExpression
    var type: StaticType
}

/// The state of binding one aggregating projection: which expressions are grouping keys (by canonical
/// text) and which aggregates have been collected.
final class AggregationRewrite {
    /// The scope before the projection: aggregate arguments are bound in it.
    let inputScope: Scope
    /// Expressions already computed into slots (grouping keys, projected items), by canonical text.
    var computed: [String: (slot: Int, type: StaticType)] = [:]
    var aggregates: [AggregateSpec] = []
    /// True while binding ORDER BY or WHERE after the projection: there a variable that no projection
    /// item mentions is undefined (rather than an ambiguous mix with aggregation, as in the items).
    var afterProjection = false
    /// Variables the projection items mention.
    var mentionedInItems: Set<String> = []
    /// True while the ORDER BY item being bound contains an aggregate.
    var bindingAggregateExpression = false
    private var aggregateSlots: [String: Int] = [:]

    init(inputScope: Scope) { self.inputScope = inputScope }

    func slot(forAggregate canonical: String) -> Int? { aggregateSlots[canonical] }
    func remember(aggregate canonical: String, slot: Int) { aggregateSlots[canonical] = slot }
}

extension Binder {
    /// Binds an expression. `aggregation` is non-nil in an aggregating projection (or one with DISTINCT);
    /// elsewhere aggregate functions are an error, named after `context`.
    func bind(
        _ e: Expression, _ scope: Scope, aggregation: AggregationRewrite? = nil, context: String = "this clause", topLevel: Bool = true
    ) throws(CypherError) -> TypedExpression {
        // A grouping key may be reused whole, or — inside a larger expression — when it is a variable or a
        // property of one (Neo4j's rule: `n.x + count(*)` is fine, `(a.x + b.x) + count(*)` is ambiguous).
        if let aggregation, topLevel || e.isSimpleReference, let computed = aggregation.computed[e.canonical] {
            return TypedExpression(expression: .slot(computed.slot), type: computed.type)
        }
        // A pattern may stand as a condition — in WHERE, under AND/OR/XOR/NOT, or in exists() — but not as a
        // value (size((a)-->()) is an error, as in openCypher).
        let patternAllowedHere = topLevel ? context == "WHERE" : patternPredicateAllowed
        let savedPatternPermission = patternPredicateAllowed
        defer { patternPredicateAllowed = savedPatternPermission }
        switch e.kind {
        case .binary(.and, _, _), .binary(.or, _, _), .binary(.xor, _, _), .unary(.not, _): patternPredicateAllowed = patternAllowedHere
        default: patternPredicateAllowed = false
        }
        func sub(_ x: Expression, _ s: Scope? = nil) throws(CypherError) -> TypedExpression {
            try bind(x, s ?? scope, aggregation: aggregation, context: context, topLevel: false)
        }
        switch e.kind {
        case .literal(let v):
            return TypedExpression(expression: .constant(v), type: literalType(v))
        case .parameter(let name):
            if parameters[name] == nil { parameters[name] = e.range }
            // A parameter's type is not known when the statement is compiled (its value may change
            // between runs), so type errors it causes are raised at run time.
            return TypedExpression(expression: .parameter(name), type: .any)
        case .variable(let name):
            if let v = scope[name] { return TypedExpression(expression: .slot(v.slot), type: v.kind.staticType) }
            if let aggregation, aggregation.inputScope[name] != nil,
                !aggregation.afterProjection || (aggregation.bindingAggregateExpression && aggregation.mentionedInItems.contains(name))
            {
                throw .compile(.ambiguousAggregationExpression("`\(name)` is neither a grouping key nor inside an aggregate"), at: e.range)
            }
            throw .compile(.undefinedVariable(name, suggestion: closestName(to: name, among: scope.names)), at: e.range)
        case .property(let base, let key):
            let b = try sub(base)
            if b.type.cannotHaveProperties {
                throw .compile(
                    .invalidArgumentType("property access .\(key) on a \(b.type.displayName)"), at: e.range,
                    category: b.type == .path ? .syntaxError : .typeError)
            }
            return TypedExpression(expression: .property(b.expression, PropertyKeyRef(key), e.range), type: .any)
        case .subscripted(let base, let index):
            let b = try sub(base), i = try sub(index)
            var type = StaticType.any
            if case .list(let element) = b.type { type = element }
            return TypedExpression(expression: .subscripted(b.expression, i.expression, e.range), type: type)
        case .slice(let base, let from, let to):
            let b = try sub(base)
            let f = try from.map { x throws(CypherError) in try sub(x).expression }
            let t = try to.map { x throws(CypherError) in try sub(x).expression }
            return TypedExpression(expression: .slice(b.expression, f, t), type: b.type.isList ? b.type : .any)
        case .list(let items):
            var bound: [BoundExpression] = []
            var element: StaticType?
            for item in items {
                let t = try sub(item)
                bound.append(t.expression)
                element = element == nil ? t.type : (element == t.type ? element : .any)
            }
            return TypedExpression(expression: .list(bound), type: .list(element ?? .any))
        case .map(let entries):
            var bound: [(String, BoundExpression)] = []
            for (k, v) in entries { bound.append((k, try sub(v).expression)) }
            return TypedExpression(expression: .map(bound), type: .map)
        case .mapProjection(let base, let items):
            let b = try sub(base)
            var bound: [BoundMapProjectionItem] = []
            for item in items {
                switch item {
                case .property(let k): bound.append(.property(k, PropertyKeyRef(k)))
                case .allProperties: bound.append(.allProperties)
                case .variable(let name):
                    bound.append(.entry(name, try sub(Expression(.variable(name), e.range)).expression))
                case .literal(let k, let v): bound.append(.entry(k, try sub(v).expression))
                }
            }
            return TypedExpression(expression: .mapProjection(b.expression, bound, e.range), type: .map)
        case .unary(let op, let operand):
            let o = try sub(operand)
            switch op {
            case .not:
                try requireBoolean(o, "NOT", operand.range)
                return TypedExpression(expression: .not(o.expression, e.range), type: .boolean)
            case .negate:
                try requireNumber(o, "unary -", operand.range, orDuration: true)
                return TypedExpression(expression: .negate(o.expression, e.range), type: o.type)
            case .plus:
                try requireNumber(o, "unary +", operand.range)
                return o
            }
        case .binary(let op, let a, let b):
            return try bindBinary(op, try sub(a), try sub(b), a, b, e.range)
        case .comparison(let first, let rest):
            var left = try sub(first)
            var result: BoundExpression?
            for (op, right) in rest {
                let r = try sub(right)
                let step = BoundExpression.binary(op, left.expression, r.expression, e.range)
                result = result.map { .and($0, step, e.range) } ?? step
                left = r
            }
            return TypedExpression(expression: result ?? left.expression, type: .boolean)
        case .isNull(let operand, let negated):
            return TypedExpression(expression: .isNull(try sub(operand).expression, negated: negated), type: .boolean)
        case .hasLabels(let operand, let labels):
            let o = try sub(operand)
            if o.type != .any, o.type != .node, o.type != .null {
                throw .compile(.invalidArgumentType("label predicate on a \(o.type.displayName)"), at: e.range)
            }
            return TypedExpression(expression: .hasLabels(o.expression, labels.map(LabelRef.init), e.range), type: .boolean)
        case .countStar:
            return try bindAggregate(e, kind: .count, resultType: .integer, distinct: false, arguments: [], scope, aggregation, context)
        case .function(let name, let distinct, var arguments):
            // normalize(s, NFD): Neo4j names the normal form by a bare word, which is no variable.
            if name.lowercased() == "normalize", arguments.count == 2, case .variable(let form) = arguments[1].kind,
                ["NFC", "NFD", "NFKC", "NFKD"].contains(form.uppercased()), scope[form] == nil
            {
                arguments[1].kind = .literal(.string(form.uppercased()))
            }
            return try bindFunction(e, name, distinct, arguments, scope, aggregation, context)
        case .caseExpression(let subject, let alternatives, let otherwise):
            var bound: [(BoundExpression, BoundExpression)] = []
            var type: StaticType?
            for (w, t) in alternatives {
                let result = try sub(t)
                type = type == nil ? result.type : (type == result.type ? type : .any)
                bound.append((try sub(w).expression, result.expression))
            }
            let other = try otherwise.map { x throws(CypherError) in try sub(x) }
            if let other, other.type != type { type = .any }
            if let subject {
                return TypedExpression(expression: .simpleCase(try sub(subject).expression, bound, other?.expression), type: type ?? .any)
            }
            return TypedExpression(expression: .genericCase(bound, other?.expression), type: type ?? .any)
        case .listComprehension(let variable, let source, let predicate, let projection):
            try rejectAggregates(in: [predicate, projection], of: e)
            let s = try sub(source)
            let (inner, slot) = scopeWithLocal(variable, elementType(s.type), scope)
            let p = try predicate.map { x throws(CypherError) in try sub(x, inner).expression }
            let m = try projection.map { x throws(CypherError) in try sub(x, inner) }
            return TypedExpression(
                expression: .listComprehension(slot: slot, source: s.expression, predicate: p, projection: m?.expression),
                type: .list(m?.type ?? elementType(s.type)))
        case .quantifier(let quantifier, let variable, let source, let predicate):
            try rejectAggregates(in: [predicate], of: e)
            let s = try sub(source)
            let (inner, slot) = scopeWithLocal(variable, elementType(s.type), scope)
            let p = try predicate.map { x throws(CypherError) in try sub(x, inner).expression }
            return TypedExpression(expression: .quantifier(quantifier, slot: slot, source: s.expression, predicate: p), type: .boolean)
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            try rejectAggregates(in: [body], of: e)
            let i = try sub(initial)
            let s = try sub(source)
            let (withAcc, accSlot) = scopeWithLocal(accumulator, .any, scope)
            let (inner, slot) = scopeWithLocal(variable, elementType(s.type), withAcc)
            let b = try sub(body, inner)
            return TypedExpression(
                expression: .reduce(accumulator: accSlot, initial: i.expression, slot: slot, source: s.expression, body: b.expression),
                type: .any)
        case .patternPredicate(let part):
            guard patternAllowedHere else {
                throw .compile(
                    .unexpectedToken(found: "pattern", expected: "an expression: a pattern can only be a condition (in WHERE, or exists((a)-->(b)))"),
                    at: e.range)
            }
            return TypedExpression(expression: try bindPatternPredicate(part, scope, e.range), type: .boolean)
        case .patternComprehension(let part, let predicate, let projection):
            try rejectAggregates(in: [predicate, projection], of: e)
            try rejectInsideAggregation(aggregation, e)
            return TypedExpression(
                expression: try bindPatternComprehension(part, predicate, projection, scope), type: .list(.any))
        case .subquery(let kind, let subquery):
            try rejectInsideAggregation(aggregation, e)
            return try bindSubquery(kind, subquery, scope, e.range)
        }
    }

    /// Binds the condition of a WHERE, which must be able to be a boolean (`WHERE n` is an error).
    func bindCondition(_ e: Expression, _ scope: Scope, aggregation: AggregationRewrite? = nil) throws(CypherError) -> TypedExpression {
        let bound = try bind(e, scope, aggregation: aggregation, context: "WHERE")
        if bound.type.cannotBeBoolean {
            let name = bound.type.displayName
            let article = name.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            throw .compile(.invalidArgumentType("WHERE expects a boolean condition, got \(article) \(name)"), at: e.range)
        }
        return bound
    }

    /// Aggregates cannot run per element of a list (`[x IN list | count(x)]`).
    private func rejectAggregates(in parts: [Expression?], of e: Expression) throws(CypherError) {
        for part in parts.compactMap({ $0 }) where part.containsAggregate {
            throw .compile(.invalidAggregation("an aggregate cannot be computed per element of a list"), at: part.range)
        }
    }

    /// `(a)-[:T]->(:L)` as a condition: true when the pattern has at least one match given the variables
    /// already bound. It may not introduce named variables (as in Neo4j).
    private func bindPatternPredicate(_ part: PatternPart, _ scope: Scope, _ range: SourceRange) throws(CypherError) -> BoundExpression {
        let named = ([part.start] + part.steps.map(\.1)).compactMap(\.variable) + part.steps.compactMap(\.0.variable)
        for name in named where scope[name] == nil {
            throw .compile(
                .undefinedVariable(name, suggestion: nil), at: range,
                category: .syntaxError)
        }
        if part.pathVariable != nil || part.shortest != .none {
            throw .compile(.unsupported("a path variable or shortestPath inside a pattern predicate"), at: range)
        }
        let (match, _) = try bindPattern([part], predicate: nil, scope: scope, clause: "a pattern predicate")
        return .subplan(.exists, nested(match), reads: outerSlots(scope))
    }

    /// A nested plan of one MATCH.
    private func nested(_ match: BoundMatch) -> NestedPlan {
        let query = BoundQuery(
            parts: [BoundPart(clauses: [.match(match)], columns: [], columnSlots: [], columnKinds: [])], distinctUnion: false,
            columns: [], columnSlots: [], columnKinds: [])
        return nested(query)
    }

    /// A nested plan of a query, registered for planning with the statement.
    private func nested(_ query: BoundQuery) -> NestedPlan {
        let plan = NestedPlan(query: query)
        nestedPlans.append(plan)
        return plan
    }

    /// A plan that runs inside an expression may read any variable in scope: its plan does not say which,
    /// so every one counts as read (a cache keyed by the slots an expression reads must see them all).
    private func outerSlots(_ scope: Scope) -> [Int] { scope.variables.map(\.slot) }

    /// Next to an aggregate, a projection item binds against the aggregates' results, where a nested plan
    /// would not see the variables it reads: it must be a grouping key by itself or inside an aggregate.
    /// (The WHERE and ORDER BY after the projection see the projected variables, so they may hold one.)
    private func rejectInsideAggregation(_ aggregation: AggregationRewrite?, _ e: Expression) throws(CypherError) {
        guard let aggregation, !aggregation.afterProjection else { return }
        throw .compile(
            .ambiguousAggregationExpression("a subquery or pattern comprehension next to an aggregate must be a projection item of its own"),
            at: e.range)
    }

    /// `[p = (a)-->(b) WHERE … | projection]`: the pattern may introduce variables of its own, visible in
    /// the WHERE and the projection only.
    private func bindPatternComprehension(
        _ part: PatternPart, _ predicate: Expression?, _ projection: Expression, _ scope: Scope
    ) throws(CypherError) -> BoundExpression {
        let (match, inner) = try bindPattern([part], predicate: predicate, scope: scope, clause: "a pattern comprehension")
        let bound = try bind(projection, inner, context: "a pattern comprehension", topLevel: false)
        return .subplan(.comprehension(bound.expression), nested(match), reads: outerSlots(scope))
    }

    /// `EXISTS { … }`, `COUNT { … }`, `COLLECT { … }`: the query is planned with the outer variables in
    /// scope and run once per row. It may not write; COLLECT's must return exactly one column.
    private func bindSubquery(
        _ kind: SubqueryKind, _ subquery: Subquery, _ scope: Scope, _ range: SourceRange
    ) throws(CypherError) -> TypedExpression {
        for part in subquery.parts {
            if let clause = part.clauses.first(where: \.kind.mayWrite) {
                throw .compile(
                    .invalidClauseComposition("\(kind.rawValue) { … } cannot write (it contains \(clause.kind.keyword)): a subquery expression only reads"),
                    at: clause.range)
            }
        }
        if subquery.parts.count > 1, let part = subquery.firstPartWithoutReturn {
            throw .compile(.invalidClauseComposition("each part of a UNION in \(kind.rawValue) { … } must end with RETURN"), at: part.range)
        }
        let (planned, subqueryWrites) = try bindSubqueryParts(subquery, outer: scope)
        if subqueryWrites {
            throw .compile(.invalidClauseComposition("\(kind.rawValue) { … } cannot call a procedure that writes: a subquery expression only reads"), at: range)
        }
        let reads = outerSlots(scope)
        switch kind {
        case .exists: return TypedExpression(expression: .subplan(.exists, nested(planned), reads: reads), type: .boolean)
        case .count: return TypedExpression(expression: .subplan(.count, nested(planned), reads: reads), type: .integer)
        case .collect:
            guard planned.columnSlots.count == 1 else {
                throw .compile(
                    .invalidClauseComposition("COLLECT { … } must end with a RETURN of exactly one column"), at: range)
            }
            return TypedExpression(
                expression: .subplan(.collect(slot: planned.columnSlots[0]), nested(planned), reads: reads), type: .list(.any))
        }
    }

    private func literalType(_ v: Value) -> StaticType {
        if case .list(let items) = v {
            let types = Set(items.map { StaticType.of($0).displayName })
            return .list(types.count == 1 ? StaticType.of(items[0]) : .any)
        }
        return StaticType.of(v)
    }

    private func elementType(_ t: StaticType) -> StaticType {
        if case .list(let element) = t { return element }
        return .any
    }

    /// A copy of `scope` with a local variable (of a comprehension, quantifier or reduce) in a fresh slot.
    func scopeWithLocal(_ name: String, _ type: StaticType, _ scope: Scope) -> (Scope, Int) {
        var inner = scope
        let slot = allocateSlot()
        inner.add(Variable(name: name, slot: slot, kind: .value(type), isHidden: true))
        return (inner, slot)
    }

    private func requireBoolean(_ t: TypedExpression, _ op: String, _ range: SourceRange) throws(CypherError) {
        if t.type.cannotBeBoolean {
            throw .compile(.invalidArgumentType("\(op) expects booleans, got a \(t.type.displayName)"), at: range)
        }
    }

    private func requireNumber(_ t: TypedExpression, _ op: String, _ range: SourceRange, orDuration: Bool = false) throws(CypherError) {
        switch t.type {
        case .any, .null, .integer, .float, .number: return
        case .temporal where orDuration: return
        default: throw .compile(.invalidArgumentType("\(op) expects a number, got a \(t.type.displayName)"), at: range)
        }
    }

    private func bindBinary(
        _ op: BinaryOperator, _ a: TypedExpression, _ b: TypedExpression, _ ea: Expression, _ eb: Expression, _ range: SourceRange
    ) throws(CypherError) -> TypedExpression {
        switch op {
        case .and, .or, .xor:
            try requireBoolean(a, op.rawValue, ea.range)
            try requireBoolean(b, op.rawValue, eb.range)
            let expression: BoundExpression
            switch op {
            case .and: expression = .and(a.expression, b.expression, range)
            case .or: expression = .or(a.expression, b.expression, range)
            default: expression = .xor(a.expression, b.expression, range)
            }
            return TypedExpression(expression: expression, type: .boolean)
        case .subtract where a.type == .temporal || b.type == .temporal,
            .multiply where a.type == .temporal || b.type == .temporal,
            .divide where a.type == .temporal || b.type == .temporal:
            // Durations move temporal values and scale by numbers; the run-time checks the rest.
            return TypedExpression(expression: .binary(op, a.expression, b.expression, range), type: .temporal)
        case .subtract, .multiply, .divide, .modulo, .power:
            try requireNumber(a, op.rawValue, ea.range)
            try requireNumber(b, op.rawValue, eb.range)
            let type: StaticType
            switch (a.type, b.type) {
            case (.integer, .integer) where op != .power: type = .integer
            case (.float, _), (_, .float): type = .float
            default: type = op == .power ? .float : .number
            }
            return TypedExpression(expression: .binary(op, a.expression, b.expression, range), type: type)
        case .add:
            let type: StaticType
            switch (a.type, b.type) {
            case (.integer, .integer): type = .integer
            case (.float, .integer), (.integer, .float), (.float, .float): type = .float
            case (.string, .string): type = .string
            case (.list, _), (_, .list): type = .list(.any)
            case (.temporal, .temporal): type = .temporal
            case (.boolean, _), (_, .boolean), (.map, _), (_, .map), (.node, _), (_, .node), (.relationship, _), (_, .relationship),
                (.path, _), (_, .path):
                throw .compile(.invalidArgumentType("cannot apply + to a \(a.type.displayName) and a \(b.type.displayName)"), at: range)
            default: type = .any
            }
            return TypedExpression(expression: .binary(op, a.expression, b.expression, range), type: type)
        case .in:
            switch b.type {
            case .any, .null, .list: break
            default: throw .compile(.invalidArgumentType("IN expects a list on the right, got \(b.type.displayName)"), at: eb.range)
            }
            return TypedExpression(expression: .binary(op, a.expression, b.expression, range), type: .boolean)
        default:
            return TypedExpression(expression: .binary(op, a.expression, b.expression, range), type: .boolean)
        }
    }

    private func bindFunction(
        _ e: Expression, _ name: String, _ distinct: Bool, _ arguments: [Expression], _ scope: Scope,
        _ aggregation: AggregationRewrite?, _ context: String
    ) throws(CypherError) -> TypedExpression {
        if name.lowercased() == "exists", arguments.count == 1, case .patternPredicate(let part) = arguments[0].kind {
            return TypedExpression(expression: try bindPatternPredicate(part, scope, arguments[0].range), type: .boolean)
        }
        if arguments.isEmpty, let context = LoadCSV.ContextFunction(rawValue: name.lowercased()) {
            // linenumber() and file(): where the enclosing LOAD CSV is; null outside one.
            guard let variable = scope[context.hiddenVariable] else { return TypedExpression(expression: .constant(.null), type: .null) }
            return TypedExpression(expression: .slot(variable.slot), type: context == .linenumber ? .integer : .string)
        }
        guard let definition = FunctionRegistry.lookup(name) else {
            throw .compile(.unknownFunction(name, suggestion: FunctionRegistry.suggestion(for: name)), at: e.range)
        }
        guard definition.arguments.contains(arguments.count) else {
            let a = definition.arguments
            let expected = a.lowerBound == a.upperBound ? "\(a.lowerBound)" : (a.upperBound == Int.max ? "at least \(a.lowerBound)" : "\(a.lowerBound) to \(a.upperBound)")
            throw .compile(.invalidNumberOfArguments(function: definition.name, expected: expected, got: arguments.count), at: e.range)
        }
        if case .aggregate(let kind) = definition.body {
            return try bindAggregate(
                e, kind: kind, resultType: definition.returnType, distinct: distinct, arguments: arguments, scope, aggregation, context)
        }
        var bound: [BoundExpression] = []
        for (i, argument) in arguments.enumerated() {
            let t = try bind(argument, scope, aggregation: aggregation, context: context, topLevel: false)
            // Rejected before running: a graph element where none is accepted (labels(path)), and any value of
            // a known wrong type given to a function of graph elements (properties(1)). Other mismatches are
            // reported when the function runs, as the TCK expects (range(true, 1) is an ArgumentError).
            let checkStatically = t.type.isGraphElement || definition.takesGraphElements
            if let accepted = definition.accepted(at: i), checkStatically, !accepted.contains(where: { t.type.mayBe($0) }) {
                throw .compile(
                    .invalidArgumentType("\(definition.name)() does not accept a \(t.type.displayName) as argument \(i + 1)"),
                    at: argument.range)
            }
            bound.append(t.expression)
        }
        return TypedExpression(expression: .function(definition, bound, e.range), type: definition.returnType)
    }

    private func bindAggregate(
        _ e: Expression, kind: AggregateKind, resultType: StaticType, distinct: Bool, arguments: [Expression], _ scope: Scope,
        _ aggregation: AggregationRewrite?, _ context: String
    ) throws(CypherError) -> TypedExpression {
        guard let aggregation else {
            throw .compile(.invalidAggregation("aggregate functions are not allowed in \(context)"), at: e.range)
        }
        let canonical = e.canonical
        if let slot = aggregation.slot(forAggregate: canonical) {
            return TypedExpression(expression: .slot(slot), type: resultType)
        }
        var bound: [BoundExpression] = []
        for argument in arguments {
            if argument.containsAggregate {
                throw .compile(.nestedAggregation(argument.canonical), at: argument.range)
            }
            if argument.containsNondeterministicCall {
                throw .compile(.nonConstantExpression("an aggregate's argument (rand() gives a different value each time)"), at: argument.range)
            }
            bound.append(try bind(argument, aggregation.inputScope, context: "an aggregate's argument").expression)
        }
        let slot = allocateSlot()
        aggregation.remember(aggregate: canonical, slot: slot)
        aggregation.aggregates.append(
            AggregateSpec(slot: slot, kind: kind, distinct: distinct, argument: bound.first, percentile: bound.count > 1 ? bound[1] : nil, range: e.range))
        return TypedExpression(expression: .slot(slot), type: resultType)
    }
}

extension Expression {
    /// A variable, or a property of a variable.
    var isSimpleReference: Bool {
        switch kind {
        case .variable: return true
        case .property(let base, _): if case .variable = base.kind { return true }
        default: break
        }
        return false
    }

    /// True when the value of a projection item is the same whether its input rows contain duplicates or
    /// not: no aggregate, or only count(DISTINCT …), collect(DISTINCT …), min and max; no nested plan
    /// (whose rows the item would count); and no call whose value changes per row (rand()), which would
    /// tell duplicates apart.
    var isDuplicateInsensitive: Bool {
        var ok = true
        walk { e in
            switch e.kind {
            case .countStar: ok = false
            case .function(let name, let distinct, _):
                guard let f = FunctionRegistry.lookup(name) else { return }
                if !f.isDeterministic { ok = false }
                guard case .aggregate(let kind) = f.body else { return }
                switch kind {
                case .min, .max: break
                default: if !distinct { ok = false }
                }
            case .patternPredicate, .patternComprehension, .subquery: ok = false
            default: break
            }
        }
        return ok
    }

    /// True when the expression calls a function whose result changes between calls (rand()).
    var containsNondeterministicCall: Bool {
        var found = false
        walk { e in
            if case .function(let name, _, _) = e.kind, FunctionRegistry.lookup(name)?.isDeterministic == false { found = true }
        }
        return found
    }
}

extension StaticType {
    var isGraphElement: Bool { self == .node || self == .relationship || self == .path }
}
