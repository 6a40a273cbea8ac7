// Planning of MATCH and OPTIONAL MATCH. The pattern's nodes and relationships become a small graph; the
// planner starts from the cheapest node (already bound < index seek < smallest label < all nodes), then
// expands along relationships, preferring ones that close a cycle (ExpandInto), single hops, and cheap
// targets. Every predicate — inline property maps, labels of bound nodes, WHERE conjuncts — is applied as
// soon as the variables it reads are bound.

/// A node of the pattern graph.
struct PatternNodeInfo {
    let name: String
    let slot: Int
    var labels: [String]
    let wasBound: Bool
    let range: SourceRange
}

/// A relationship of the pattern graph, between `left` and `right` as written.
struct PatternRelationshipInfo {
    let name: String
    let slot: Int
    let types: [String]
    let direction: PatternDirection
    let length: VariableLength?
    let properties: [(String, Expression)]
    let left: Int
    let right: Int
    let wasBound: Bool
    let range: SourceRange
    /// Set for the relationship of `shortestPath(…)` / `allShortestPaths(…)`.
    var shortest: PatternPart.Shortest = .none
}

/// A predicate waiting for the slots it reads to be bound.
struct PendingPredicate {
    let expression: BoundExpression
    /// Slots of this clause's new variables that the predicate reads.
    let dependencies: Set<Int>
    let text: String
    var applied = false
}

extension QueryPlanner {
    func planMatch(optional: Bool, pattern: [PatternPart], predicate: Expression?, input: Operator, scope: Scope)
        throws(CypherError) -> (Operator, Scope)
    {
        let start: Operator = optional ? Argument() : input
        let (inner, newScope, introduced) = try planPattern(pattern, predicate: predicate, input: start, scope: scope, clause: "MATCH")
        if optional {
            return (Optional(input: input, inner: inner, introducedSlots: introduced), newScope)
        }
        return (inner, newScope)
    }

    /// Plans the matching of a pattern on top of `input`; returns the operator, the scope with the
    /// pattern's variables, and the slots it introduced.
    /// - Parameter keepRelationships: bind every relationship slot even when nothing in the pattern reads
    ///   it (the caller will).
    func planPattern(
        _ pattern: [PatternPart], predicate: Expression?, input: Operator, scope: Scope, clause: String,
        keepRelationships: Bool = false
    ) throws(CypherError) -> (Operator, Scope, [Int]) {
        // Label expressions beyond a conjunction (`:A|B`, `:!A`, `:%`) are conditions on their nodes.
        var predicate = predicate
        for part in pattern {
            for np in [part.start] + part.steps.map(\.1) {
                guard let expression = np.labelExpression else { continue }
                let node = Expression(.variable(np.variable ?? anonymousName("node", at: np.range)), np.range)
                let condition = expression.condition(on: node)
                predicate = predicate.map { Expression(.binary(.and, $0, condition), $0.range) } ?? condition
            }
        }
        var nodes: [PatternNodeInfo] = []
        var nodeIndex: [String: Int] = [:]
        var relationships: [PatternRelationshipInfo] = []
        var paths: [(name: String, slot: Int, start: Int, steps: [Int], range: SourceRange)] = []
        var matchScope = scope
        var introduced: [Int] = []
        var nodeProperties: [(node: Int, key: String, value: Expression)] = []

        func registerNode(_ np: NodePattern) throws(CypherError) -> Int {
            let name = np.variable ?? anonymousName("node", at: np.range)
            if let props = np.properties {
                guard case .map(let entries) = props.kind else {
                    throw CypherError.compile(.invalidParameterUse("a parameter cannot give the properties of a pattern in \(clause)"), at: props.range)
                }
                for (k, v) in entries { nodeProperties.append((nodes.count, k, v)) }
            }
            if let i = nodeIndex[name] {
                nodes[i].labels += np.labels.filter { !nodes[i].labels.contains($0) }
                if let props = np.properties, case .map(let entries) = props.kind {
                    let count = entries.count
                    for j in (nodeProperties.count - count)..<nodeProperties.count { nodeProperties[j].node = i }
                }
                return i
            }
            let index = nodes.count
            if let existing = matchScope[name] {
                guard existing.kind.canBeNode else {
                    throw CypherError.compile(.variableTypeConflict(name, declared: existing.kind.displayName, used: "node"), at: np.range)
                }
                nodes.append(PatternNodeInfo(name: name, slot: existing.slot, labels: np.labels, wasBound: true, range: np.range))
            } else {
                let slot = allocateSlot()
                introduced.append(slot)
                nodes.append(PatternNodeInfo(name: name, slot: slot, labels: np.labels, wasBound: false, range: np.range))
                matchScope.add(Variable(name: name, slot: slot, kind: .node, isHidden: np.variable == nil))
            }
            nodeIndex[name] = index
            return index
        }

        var relationshipNamesInClause: Set<String> = []
        for part in pattern {
            if part.shortest != .none, part.steps.count != 1 {
                throw CypherError.compile(
                    .invalidRelationshipPattern("shortestPath() and allShortestPaths() take a pattern of one relationship, as in (a)-[*]-(b)"),
                    at: part.range)
            }
            var left = try registerNode(part.start)
            let startNode = left
            var steps: [Int] = []
            for (rp, np) in part.steps {
                let right = try registerNode(np)
                let name = rp.variable ?? anonymousName("rel", at: rp.range)
                if rp.variable != nil, relationshipNamesInClause.contains(name) {
                    throw CypherError.compile(.relationshipUniquenessViolation(name), at: rp.range)
                }
                relationshipNamesInClause.insert(name)
                if let props = rp.properties, case .parameter = props.kind {
                    throw CypherError.compile(.invalidParameterUse("a parameter cannot give the properties of a pattern in \(clause)"), at: props.range)
                }
                var properties: [(String, Expression)] = []
                if let props = rp.properties, case .map(let entries) = props.kind { properties = entries }
                var wasBound = false
                let slot: Int
                if let existing = matchScope[name], rp.variable != nil {
                    let fits = rp.length == nil ? existing.kind.canBeRelationship : existing.kind.canBeRelationshipList
                    guard fits, nodeIndex[name] == nil else {
                        throw CypherError.compile(
                            .variableTypeConflict(name, declared: existing.kind.displayName, used: rp.length == nil ? "relationship" : "list of relationships"),
                            at: rp.range)
                    }
                    // shortestPath computes its relationship list: it cannot match one bound before (and
                    // must not overwrite the slot, which a variable passed on by WITH may share).
                    if part.shortest != .none {
                        throw CypherError.compile(.variableAlreadyBound(name), at: rp.range)
                    }
                    slot = existing.slot
                    wasBound = true
                } else {
                    slot = allocateSlot()
                    introduced.append(slot)
                    let isList = rp.length != nil || part.shortest != .none
                    matchScope.add(Variable(name: name, slot: slot, kind: isList ? .relationshipList : .relationship, isHidden: rp.variable == nil))
                }
                steps.append(relationships.count)
                var info = PatternRelationshipInfo(
                    name: name, slot: slot, types: rp.types, direction: rp.direction,
                    length: part.shortest == .none ? rp.length : (rp.length ?? VariableLength(minimum: 1, maximum: 1)),
                    properties: properties, left: left, right: right, wasBound: wasBound, range: rp.range)
                info.shortest = part.shortest
                relationships.append(info)
                left = right
            }
            if let pathName = part.pathVariable {
                if matchScope[pathName] != nil {
                    throw CypherError.compile(.variableAlreadyBound(pathName), at: part.range)
                }
                let slot = allocateSlot()
                introduced.append(slot)
                matchScope.add(Variable(name: pathName, slot: slot, kind: .path))
                paths.append((pathName, slot, startNode, steps, part.range))
            }
        }

        // Predicates.
        let newSlots = Set(introduced)
        var predicates: [PendingPredicate] = []
        func addPredicate(_ bound: BoundExpression, _ text: String) {
            predicates.append(PendingPredicate(expression: bound, dependencies: bound.slotsRead.intersection(newSlots), text: text))
        }
        for (nodeIdx, key, value) in nodeProperties {
            let node = nodes[nodeIdx]
            let v = try bind(value, matchScope, context: clause)
            addPredicate(
                .binary(.equal, .property(.slot(node.slot), PropertyKeyRef(key), value.range), v.expression, value.range),
                "\(node.name.trimmingWhitespace).\(key) = \(value.canonical)")
        }
        for node in nodes where node.wasBound {
            // A node variable bound before may be null (OPTIONAL MATCH found nothing): a pattern matches no
            // null node.
            // (A label test with no labels is true for a node, false for null, and a TypeError otherwise.)
            let text = node.labels.isEmpty ? node.name.trimmingWhitespace + " IS NOT NULL" : node.name + ":" + node.labels.joined(separator: ":")
            addPredicate(.hasLabels(.slot(node.slot), node.labels.map(LabelRef.init), node.range), text)
        }
        var variableLengthProperties: [Int: [(PropertyKeyRef, BoundExpression)]] = [:]
        for (i, rel) in relationships.enumerated() {
            for (key, value) in rel.properties {
                let v = try bind(value, matchScope, context: clause)
                if rel.length != nil {
                    variableLengthProperties[i, default: []].append((PropertyKeyRef(key), v.expression))
                } else {
                    addPredicate(
                        .binary(.equal, .property(.slot(rel.slot), PropertyKeyRef(key), value.range), v.expression, value.range),
                        "\(rel.name.trimmingWhitespace).\(key) = \(value.canonical)")
                }
            }
        }
        if let predicate {
            for conjunct in predicate.conjuncts {
                addPredicate(try bindCondition(conjunct, matchScope).expression, conjunct.canonical)
            }
        }

        // Ordering.
        var op = input
        var boundSlots: Set<Int> = []
        var nodeIsBound = nodes.map(\.wasBound)
        var relationshipDone = Array(repeating: false, count: relationships.count)
        var expandedRelationships: [Int] = []

        // Without filter push-down, conditions wait until the whole pattern is bound.
        let pushDown = enabled(.filterPushdown)
        var patternBound = false
        func applyReady() {
            guard pushDown || patternBound else { return }
            var ready: [PendingPredicate] = []
            for i in predicates.indices where !predicates[i].applied && predicates[i].dependencies.isSubset(of: boundSlots) {
                predicates[i].applied = true
                ready.append(predicates[i])
            }
            guard let first = ready.first else { return }
            let combined = ready.dropFirst().reduce(first.expression) { .and($0, $1.expression, nodes.first?.range ?? SourceRange(.start, .start)) }
            op = Filter(input: op, predicate: combined, describedAs: ready.map(\.text).joined(separator: " AND "))
        }

        applyReady()
        // With join ordering, the cheapest step comes first; without it, the pattern is walked as written:
        // each relationship in turn from a bound end, else the first unbound node is scanned.
        let ordered = enabled(.joinOrder)
        while nodeIsBound.contains(false) || relationshipDone.contains(false) {
            // Expand along the best relationship that touches a bound node.
            var best: (index: Int, score: (Int, Int, Int))?
            for (i, rel) in relationships.enumerated() where !relationshipDone[i] {
                let l = nodeIsBound[rel.left], r = nodeIsBound[rel.right]
                guard l || r else { continue }
                if rel.shortest != .none && !(l && r) { continue }  // a shortest path joins two bound nodes
                let both = l && r
                let target = l ? rel.right : rel.left
                let score = ordered ? (both ? 0 : 1, rel.length == nil ? 0 : 1, both ? 0 : estimate(nodes[target])) : (i, 0, 0)
                if let current = best, current.score <= score { continue }
                best = (i, score)
            }
            if let (i, _) = best {
                let rel = relationships[i]
                let fromLeft = nodeIsBound[rel.left]
                let from = fromLeft ? rel.left : rel.right
                let to = fromLeft ? rel.right : rel.left
                let direction = traversal(rel.direction, fromLeft: fromLeft)
                let toBound = nodeIsBound[to]
                var uniqueness = UniquenessCheck()
                // Only a relationship of a type this one can have could be the same relationship.
                for j in expandedRelationships where Self.typesMayOverlap(relationships[j].types, rel.types) {
                    if relationships[j].length == nil {
                        uniqueness.relationshipSlots.append(relationships[j].slot)
                    } else {
                        uniqueness.listSlots.append(relationships[j].slot)
                    }
                }
                let toLabels = toBound ? [] : nodes[to].labels.map(LabelRef.init)
                let text = describeStep(nodes[from], rel, nodes[to], fromLeft: fromLeft)
                if rel.shortest != .none, let length = rel.length {
                    op = ShortestPath(
                        input: op, fromSlot: nodes[rel.left].slot, toSlot: nodes[rel.right].slot, listSlot: rel.slot,
                        types: rel.types.map(TypeRef.init), direction: traversal(rel.direction, fromLeft: true),
                        minimum: length.minimum ?? 1, maximum: length.maximum, all: rel.shortest == .allShortest,
                        relationshipProperties: variableLengthProperties[i] ?? [], describedAs: text)
                } else if let length = rel.length {
                    op = VarExpand(
                        input: op, fromSlot: nodes[from].slot, listSlot: rel.slot, toSlot: nodes[to].slot, types: rel.types.map(TypeRef.init),
                        direction: direction, minimum: length.minimum ?? 1, maximum: length.maximum, toIsBound: toBound,
                        listIsBound: rel.wasBound, uniqueness: uniqueness, toLabels: toLabels,
                        relationshipProperties: variableLengthProperties[i] ?? [], reversed: !fromLeft, describedAs: text)
                } else {
                    // An anonymous relationship no predicate, path or uniqueness check reads need not be bound.
                    let read =
                        keepRelationships || !rel.name.hasPrefix("  ") || !rel.properties.isEmpty || paths.contains { $0.steps.contains(i) }
                        || relationships.indices.contains { $0 != i && Self.typesMayOverlap(relationships[$0].types, rel.types) }
                    op = Expand(
                        input: op, fromSlot: nodes[from].slot, relationshipSlot: rel.slot, toSlot: nodes[to].slot,
                        types: rel.types.map(TypeRef.init), direction: direction, toIsBound: toBound, relationshipIsBound: rel.wasBound,
                        uniqueness: uniqueness, toLabels: toLabels, bindsRelationship: read, describedAs: text)
                }
                relationshipDone[i] = true
                expandedRelationships.append(i)
                boundSlots.insert(rel.slot)
                if !toBound {
                    nodeIsBound[to] = true
                    boundSlots.insert(nodes[to].slot)
                }
                applyReady()
                continue
            }
            // Otherwise start from the cheapest unbound node.
            var cheapest: (index: Int, cost: Int)?
            for (i, node) in nodes.enumerated() where !nodeIsBound[i] {
                let cost = ordered ? startCost(node, predicates, boundSlots) : i
                if let current = cheapest, current.cost <= cost { continue }
                cheapest = (i, cost)
            }
            guard let (i, _) = cheapest else { break }
            op = scan(nodes[i], &predicates, boundSlots, input: op)
            nodeIsBound[i] = true
            boundSlots.insert(nodes[i].slot)
            applyReady()
        }
        for path in paths {
            let steps = path.steps.map { relationships[$0].length == nil ? ProjectPath.Step.single(relationships[$0].slot) : .variableLength(relationships[$0].slot) }
            op = ProjectPath(input: op, slot: path.slot, startSlot: nodes[path.start].slot, steps: steps, variable: path.name)
            boundSlots.insert(path.slot)
            applyReady()
        }
        boundSlots.formUnion(newSlots)
        patternBound = true
        applyReady()
        return (op, matchScope, introduced)
    }

    /// True when relationships typed `a` and `b` (empty: any type) could be the same relationship.
    static func typesMayOverlap(_ a: [String], _ b: [String]) -> Bool {
        a.isEmpty || b.isEmpty || !Set(a).isDisjoint(with: b)
    }

    /// The store direction to follow for a pattern relationship, walking from its left or right node.
    func traversal(_ direction: PatternDirection, fromLeft: Bool) -> Direction {
        switch direction {
        case .undirected: return .both
        case .leftToRight: return fromLeft ? .outgoing : .incoming
        case .rightToLeft: return fromLeft ? .incoming : .outgoing
        }
    }

    private func describeStep(_ from: PatternNodeInfo, _ rel: PatternRelationshipInfo, _ to: PatternNodeInfo, fromLeft: Bool) -> String {
        let types = rel.types.isEmpty ? "" : ":" + rel.types.joined(separator: "|")
        var length = ""
        if let l = rel.length { length = "*\(l.minimum.map(String.init) ?? "")..\(l.maximum.map(String.init) ?? "")" }
        let name = rel.name.hasPrefix("  ") ? "" : rel.name
        let body = "[\(name)\(types)\(length)]"
        let dir = traversal(rel.direction, fromLeft: fromLeft)
        let arrow = dir == .outgoing ? "-\(body)->" : (dir == .incoming ? "<-\(body)-" : "-\(body)-")
        func node(_ n: PatternNodeInfo) -> String {
            (n.name.hasPrefix("  ") ? "" : n.name) + n.labels.map { ":" + $0 }.joined()
        }
        return "(\(node(from)))\(arrow)(\(node(to)))"
    }

    /// Estimated rows of binding a node without constraints from the pattern.
    private func estimate(_ node: PatternNodeInfo) -> Int {
        var best = graph.nodeCount
        for label in node.labels {
            guard let id = graph.labelID(label) else { return 0 }
            best = min(best, graph.nodeCount(withLabel: id))
        }
        return best
    }

    /// An index seek that can start from a node, and the predicate it answers.
    private struct IndexSeekChoice {
        let label: String
        let key: PropertyKeyRef
        let value: BoundExpression
        let isMembership: Bool
        let estimatedRows: Int
        let predicate: Int
        let range: SourceRange
    }

    /// An index seek usable to start from this node.
    private func indexSeek(_ node: PatternNodeInfo, _ predicates: [PendingPredicate], _ bound: Set<Int>) -> IndexSeekChoice? {
        guard enabled(.indexSeek) else { return nil }
        for label in node.labels {
            guard let labelID = graph.labelID(label) else { continue }
            for (i, p) in predicates.enumerated() where !p.applied {
                guard case .binary(let op, let lhs, let rhs, let range) = p.expression, op == .equal || op == .in else { continue }
                var candidates: [(BoundExpression, BoundExpression)] = [(lhs, rhs)]
                if op == .equal { candidates.append((rhs, lhs)) }
                for (property, value) in candidates {
                    guard case .property(.slot(let s), let key, _) = property, s == node.slot,
                        value.slotsRead.intersection(p.dependencies).isSubset(of: bound), !value.slotsRead.contains(node.slot),
                        let keyID = graph.propertyKeyID(key.name), let index = graph.propertyIndex(label: labelID, key: keyID)
                    else { continue }
                    let perValue = max(1, graph.nodeCount(withLabel: labelID) / max(1, index.distinctValues))
                    return IndexSeekChoice(label: label, key: key, value: value, isMembership: op == .in, estimatedRows: perValue, predicate: i, range: range)
                }
            }
        }
        return nil
    }

    private func startCost(_ node: PatternNodeInfo, _ predicates: [PendingPredicate], _ bound: Set<Int>) -> Int {
        if let seek = indexSeek(node, predicates, bound) { return seek.estimatedRows }
        return estimate(node) + 1
    }

    /// The operator that binds a node first: an index seek (which then answers its predicate, so it is
    /// marked applied), a label scan, or a scan of all nodes.
    private func scan(_ node: PatternNodeInfo, _ predicates: inout [PendingPredicate], _ bound: Set<Int>, input: Operator) -> Operator {
        let name = node.name.trimmingWhitespace
        var op: Operator
        var covered: String?
        if let seek = indexSeek(node, predicates, bound) {
            op = NodeIndexSeek(
                input: input, slot: node.slot, variable: name, label: LabelRef(seek.label), key: seek.key, value: seek.value,
                isMembership: seek.isMembership, predicateRange: seek.range)
            predicates[seek.predicate].applied = true
            covered = seek.label
        } else if let label = node.labels.min(by: { estimateLabel($0) < estimateLabel($1) }) {
            op = NodeByLabelScan(input: input, slot: node.slot, variable: name, label: LabelRef(label))
            covered = label
        } else {
            op = AllNodesScan(input: input, slot: node.slot, variable: name)
        }
        let others = node.labels.filter { $0 != covered }
        if !others.isEmpty {
            op = Filter(
                input: op, predicate: .hasLabels(.slot(node.slot), others.map(LabelRef.init), node.range),
                describedAs: name + others.map { ":" + $0 }.joined())
        }
        return op
    }

    private func estimateLabel(_ label: String) -> Int {
        guard let id = graph.labelID(label) else { return 0 }
        return graph.nodeCount(withLabel: id)
    }
}

extension VariableKind {
    var canBeNode: Bool {
        switch self {
        case .node: return true
        case .value(let t): return t == .any || t == .node || t == .null
        default: return false
        }
    }

    var canBeRelationship: Bool {
        switch self {
        case .relationship: return true
        case .value(let t): return t == .any || t == .relationship || t == .null
        default: return false
        }
    }

    var canBeRelationshipList: Bool {
        switch self {
        case .relationshipList: return true
        case .value(let t): return t == .any || t.isList || t == .null
        default: return false
        }
    }
}

extension Expression {
    /// The operands of a chain of ANDs (the expression itself when it is not an AND).
    var conjuncts: [Expression] {
        if case .binary(.and, let a, let b) = kind { return a.conjuncts + b.conjuncts }
        return [self]
    }
}
