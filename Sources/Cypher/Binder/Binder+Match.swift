// Binding of patterns (MATCH, OPTIONAL MATCH, MERGE's pattern, pattern predicates and comprehensions):
// every node and relationship of the pattern gets its slot (a variable bound before keeps its own), the
// pattern becomes a small graph, and every condition — inline property maps, labels of nodes bound
// before, label expressions, WHERE conjuncts — is bound with the slots it reads. Nothing here decides the
// order of matching: the planner and the optimizer do (LogicalPlan/, Optimizer/).

extension Binder {
    /// Binds a pattern and its WHERE; returns the bound pattern and the scope with its variables.
    /// - Parameter keepRelationships: bind every relationship slot even when nothing in the pattern reads
    ///   it (the caller will).
    func bindPattern(
        _ pattern: [PatternPart], predicate: Expression?, scope: Scope, clause: String, optional: Bool = false,
        keepRelationships: Bool = false
    ) throws(CypherError) -> (BoundMatch, Scope) {
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
        var paths: [PatternPathInfo] = []
        var matchScope = scope
        var introduced: [Int] = []
        var nodeProperties: [(node: Int, key: String, value: Expression)] = []
        var relationshipProperties: [(relationship: Int, key: String, value: Expression)] = []

        func registerNode(_ np: NodePattern) throws(CypherError) -> Int {
            let name = np.variable ?? anonymousName("node", at: np.range)
            if let props = np.properties {
                guard case .map(let entries) = props.kind else {
                    throw CypherError.compile(.invalidParameterUse("a parameter cannot give the properties of a pattern in \(clause)"), at: props.range)
                }
                for (k, v) in entries { nodeProperties.append((nodeIndex[name] ?? nodes.count, k, v)) }
            }
            if let i = nodeIndex[name] {
                nodes[i].labels += np.labels.filter { !nodes[i].labels.contains($0) }
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
                if let props = rp.properties, case .map(let entries) = props.kind {
                    for (k, v) in entries { relationshipProperties.append((relationships.count, k, v)) }
                }
                steps.append(relationships.count)
                var info = PatternRelationshipInfo(
                    name: name, slot: slot, types: rp.types, direction: rp.direction,
                    length: part.shortest == .none ? rp.length : (rp.length ?? VariableLength(minimum: 1, maximum: 1)),
                    variableLengthProperties: [], left: left, right: right, wasBound: wasBound, range: rp.range)
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
                paths.append(PatternPathInfo(name: pathName, slot: slot, start: startNode, relationships: steps, range: part.range))
            }
        }

        // Conditions, in the order written: inline maps, labels of bound nodes, then the WHERE.
        var predicates: [MatchPredicate] = []
        func addPredicate(_ bound: BoundExpression, _ text: String) {
            predicates.append(MatchPredicate(expression: bound, slotsRead: bound.slotsRead, text: text))
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
            // null node. (A label test with no labels is true for a node, false for null, and a TypeError
            // otherwise.)
            let text = node.labels.isEmpty ? node.name.trimmingWhitespace + " IS NOT NULL" : node.name + ":" + node.labels.joined(separator: ":")
            addPredicate(.hasLabels(.slot(node.slot), node.labels.map(LabelRef.init), node.range), text)
        }
        var variableLengthProperties: [Int: [(PropertyKeyRef, BoundExpression)]] = [:]
        for (i, key, value) in relationshipProperties {
            let rel = relationships[i]
            let v = try bind(value, matchScope, context: clause)
            if rel.length != nil {
                variableLengthProperties[i, default: []].append((PropertyKeyRef(key), v.expression))
            } else {
                addPredicate(
                    .binary(.equal, .property(.slot(rel.slot), PropertyKeyRef(key), value.range), v.expression, value.range),
                    "\(rel.name.trimmingWhitespace).\(key) = \(value.canonical)")
            }
        }
        for (i, properties) in variableLengthProperties {
            let r = relationships[i]
            var info = PatternRelationshipInfo(
                name: r.name, slot: r.slot, types: r.types, direction: r.direction, length: r.length, variableLengthProperties: properties,
                left: r.left, right: r.right, wasBound: r.wasBound, range: r.range)
            info.shortest = r.shortest
            relationships[i] = info
        }
        if let predicate {
            for conjunct in predicate.conjuncts {
                addPredicate(try bindCondition(conjunct, matchScope).expression, conjunct.canonical)
            }
        }
        let match = BoundMatch(
            nodes: nodes, relationships: relationships, paths: paths, predicates: predicates, introduced: introduced, optional: optional,
            keepRelationships: keepRelationships)
        return (match, matchScope)
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
