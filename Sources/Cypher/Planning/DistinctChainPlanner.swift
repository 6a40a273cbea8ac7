// A rewrite for long chain patterns whose rows feed a duplicate-insensitive aggregation — "which pairs of
// countries share clusters", written as one 6-hop MATCH followed by `count(DISTINCT cl)`. Enumerating
// every path would produce millions of rows that the aggregation then collapses. Instead the chain is
// split at a middle node: for each middle node, the paths to the left end and to the right end are
// enumerated separately (each side's witnesses grouped by the variables the query still needs), and a
// left group and a right group are joined when some pair of their paths uses no relationship twice —
// Cypher's relationship uniqueness, checked exactly. The result is the set of distinct bindings of the
// needed variables, which is all a duplicate-insensitive aggregation can observe.

/// A MATCH of one chain pattern whose rows only feed a duplicate-insensitive projection: what the rest
/// of the query reads from it.
struct DuplicateInsensitiveChain {
    let part: PatternPart
    var nodes: [NodePattern] { [part.start] + part.steps.map(\.1) }
    var relationships: [RelationshipPattern] { part.steps.map(\.0) }
    /// The pattern's node variables that the WHERE or the next clause reads.
    let needed: Set<String>
}

extension QueryPlanner {
    /// The chain of a MATCH whose rows feed only a duplicate-insensitive projection (DISTINCT, or
    /// count(DISTINCT …), collect(DISTINCT …), min, max), or nil. Relationship variables must not be read
    /// and the pattern must not reuse variables bound before.
    func duplicateInsensitiveChain(
        _ pattern: [PatternPart], predicate: Expression?, next: Clause?, scope: Scope, minimumLength: Int
    ) -> DuplicateInsensitiveChain? {
        guard pattern.count == 1, let part = pattern.first, part.pathVariable == nil, part.shortest == .none,
            part.steps.count >= minimumLength, part.steps.allSatisfy({ $0.0.length == nil }), let next,
            part.start.labelExpression == nil, part.steps.allSatisfy({ $0.1.labelExpression == nil })
        else { return nil }
        let body: ProjectionBody
        var nextPredicate: Expression?
        switch next.kind {
        case .with(let b, let p):
            body = b
            nextPredicate = p
        case .return(let b): body = b
        default: return nil
        }
        guard !body.includesAll, body.items.allSatisfy({ $0.expression.isDuplicateInsensitive }) else { return nil }
        guard body.distinct || body.items.contains(where: { $0.expression.containsAggregate }) else { return nil }
        var referenced: Set<String> = []
        var expressions = body.items.map(\.expression) + body.orderBy.map(\.expression) + [nextPredicate].compactMap { $0 }
        if let predicate { expressions.append(predicate) }
        for e in expressions { e.walk { if case .variable(let v) = $0.kind { referenced.insert(v) } } }
        let nodes = [part.start] + part.steps.map(\.1)
        let relationships = part.steps.map(\.0)
        for r in relationships {
            if let v = r.variable, referenced.contains(v) || scope[v] != nil { return nil }
        }
        for n in nodes { if let v = n.variable, scope[v] != nil { return nil } }
        // A variable named twice in the chain (a cycle) ties two of its nodes together, which neither
        // rewrite checks: walk such a pattern path by path.
        let nodeVariables = nodes.compactMap(\.variable)
        if Set(nodeVariables).count != nodeVariables.count { return nil }
        return DuplicateInsensitiveChain(part: part, needed: Set(nodes.compactMap(\.variable).filter(referenced.contains)))
    }

    /// Plans `MATCH` + the following projection's needs with a DistinctChainJoin when that is exact;
    /// returns nil when the rewrite does not apply.
    func planDistinctChain(
        pattern: [PatternPart], predicate: Expression?, next: Clause?, input: Operator, scope: Scope
    ) throws(CypherError) -> (Operator, Scope)? {
        guard enabled(.distinctChainJoin),
            let chain = duplicateInsensitiveChain(pattern, predicate: predicate, next: next, scope: scope, minimumLength: 4)
        else { return nil }
        let part = chain.part
        let nodes = chain.nodes
        let relationships = chain.relationships
        let needed = chain.needed

        // Split at the middle node; every WHERE conjunct must belong to one side or read only needed nodes.
        let middle = part.steps.count / 2
        let leftNames = Set(nodes[0...middle].compactMap(\.variable))
        let rightNames = Set(nodes[middle...].compactMap(\.variable))
        var leftConjuncts: [Expression] = []
        var rightConjuncts: [Expression] = []
        var joinConjuncts: [Expression] = []
        for conjunct in predicate?.conjuncts ?? [] {
            guard let vars = conjunct.variablesIfNoPattern else { return nil }
            let patternVars = vars.intersection(leftNames.union(rightNames))
            if patternVars.isSubset(of: leftNames) {
                leftConjuncts.append(conjunct)
            } else if patternVars.isSubset(of: rightNames) {
                rightConjuncts.append(conjunct)
            } else if patternVars.isSubset(of: needed) {
                joinConjuncts.append(conjunct)
            } else {
                return nil
            }
        }

        // The middle node, bound by its own scan.
        let middleNode = nodes[middle]
        let middleName = middleNode.variable ?? anonymousName("node", at: middleNode.range)
        let middlePattern = NodePattern(variable: middleName, labels: middleNode.labels, properties: middleNode.properties, range: middleNode.range)
        let (scanMiddle, middleScope, middleSlots) = try planPattern(
            [PatternPart(pathVariable: nil, shortest: .none, start: middlePattern, steps: [], range: middleNode.range)],
            predicate: nil, input: input, scope: scope, clause: "MATCH")
        // Left side: walk from the middle node back to the start (relationships reversed).
        var leftSteps: [(RelationshipPattern, NodePattern)] = []
        for i in stride(from: middle - 1, through: 0, by: -1) {
            var rel = relationships[i]
            rel.direction = rel.direction.reversed
            leftSteps.append((rel, nodes[i]))
        }
        let boundMiddle = NodePattern(variable: middleName, labels: [], properties: nil, range: middleNode.range)
        let leftPart = PatternPart(pathVariable: nil, shortest: .none, start: boundMiddle, steps: leftSteps, range: part.range)
        let rightPart = PatternPart(
            pathVariable: nil, shortest: .none, start: boundMiddle, steps: Array(part.steps[middle...]), range: part.range)
        let (leftPlan, leftScope, leftSlots) = try planPattern(
            [leftPart], predicate: leftConjuncts.conjoined, input: Argument(), scope: middleScope, clause: "MATCH",
            keepRelationships: true)
        let (rightPlan, rightScope, rightSlots) = try planPattern(
            [rightPart], predicate: rightConjuncts.conjoined, input: Argument(), scope: middleScope, clause: "MATCH",
            keepRelationships: true)

        var outScope = leftScope
        for v in rightScope.variables where outScope[v.name] == nil { outScope.add(v) }
        let relationshipSlots = { (side: Scope, names: [String]) in names.compactMap { side[$0]?.slot } }
        let leftRelationshipNames = (0..<middle).map { relationships[$0].variable ?? anonymousName("rel", at: relationships[$0].range) }
        let rightRelationshipNames = (middle..<relationships.count).map {
            relationships[$0].variable ?? anonymousName("rel", at: relationships[$0].range)
        }
        // Needed variables of each side, ordered by their distance from the middle node.
        let leftOrder = (0..<middle).reversed().map { nodes[$0].variable }
        let rightOrder = ((middle + 1)...part.steps.count).map { nodes[$0].variable }
        let neededLeftNames = leftOrder.map { $0.flatMap { needed.contains($0) && $0 != middleName ? $0 : nil } }
        let neededRightNames = rightOrder.map { $0.flatMap { needed.contains($0) && $0 != middleName && !leftNames.contains($0) ? $0 : nil } }
        let neededLeft = neededLeftNames.compactMap { $0.flatMap { leftScope[$0]?.slot } }
        let neededRight = neededRightNames.compactMap { $0.flatMap { rightScope[$0]?.slot } }
        // A symmetric chain (the right half mirrors the left, needing the same positions) has the same
        // paths on both sides: collect them once.
        let mirrored =
            leftConjuncts.isEmpty && rightConjuncts.isEmpty && part.steps.count % 2 == 0
            && neededLeftNames.map { $0 != nil } == neededRightNames.map { $0 != nil }
            && (0..<middle).allSatisfy { i in
                let l = relationships[middle - 1 - i], r = relationships[middle + i]
                let ln = nodes[middle - 1 - i], rn = nodes[middle + 1 + i]
                return Set(l.types) == Set(r.types) && l.direction.reversed == r.direction
                    && l.properties?.canonical == r.properties?.canonical && Set(ln.labels) == Set(rn.labels)
                    && ln.properties?.canonical == rn.properties?.canonical
            }
        var op: Operator = DistinctChainJoin(
            input: scanMiddle, left: leftPlan, right: rightPlan,
            leftRelationships: relationshipSlots(leftScope, leftRelationshipNames),
            rightRelationships: relationshipSlots(rightScope, rightRelationshipNames),
            leftNeeded: neededLeft, rightNeeded: neededRight, mirrored: mirrored,
            cleared: Set(middleSlots + leftSlots + rightSlots).subtracting(neededLeft + neededRight + [middleScope[middleName]?.slot ?? -1]).sorted(),
            describedAs: "split at (\(middleName.trimmingWhitespace)), keeping \(needed.sorted().joined(separator: ", "))")
        if let join = joinConjuncts.conjoined {
            let bound = try bindCondition(join, outScope)
            op = Filter(input: op, predicate: bound.expression, describedAs: join.canonical)
        }
        return (op, outScope)
    }
}

extension PatternDirection {
    var reversed: PatternDirection {
        switch self {
        case .leftToRight: return .rightToLeft
        case .rightToLeft: return .leftToRight
        case .undirected: return .undirected
        }
    }
}

extension Expression {
    /// The variables the expression reads, or nil when it contains a pattern predicate, pattern
    /// comprehension or subquery (whose plan reads more than its variables say).
    var variablesIfNoPattern: Set<String>? {
        var vars: Set<String> = []
        var pure = true
        walk { e in
            if case .variable(let v) = e.kind { vars.insert(v) }
            switch e.kind {
            case .patternPredicate, .patternComprehension, .subquery: pure = false
            default: break
            }
        }
        return pure ? vars : nil
    }
}

extension Array where Element == Expression {
    /// The expressions joined by AND, or nil when empty.
    var conjoined: Expression? {
        guard var result = first else { return nil }
        for e in dropFirst() { result = Expression(.binary(.and, result, e), result.range.union(e.range)) }
        return result
    }
}

extension Expression {
    /// True when the value of a projection item is the same whether its input rows contain duplicates or
    /// not: no aggregate, or only count(DISTINCT …), collect(DISTINCT …), min and max.
    var isDuplicateInsensitive: Bool {
        var ok = true
        walk { e in
            switch e.kind {
            case .countStar: ok = false
            case .function(let name, let distinct, _):
                guard let f = FunctionRegistry.lookup(name), case .aggregate(let kind) = f.body else { return }
                switch kind {
                case .min, .max: break
                case .count, .collect: if !distinct { ok = false }
                default: if !distinct { ok = false }
                }
            // A nested plan reads variables its syntax does not show: keep the plain plan.
            case .patternPredicate, .patternComprehension, .subquery: ok = false
            default: break
            }
        }
        return ok
    }
}
