// A rewrite for chain patterns whose rows feed a duplicate-insensitive projection and whose query reads
// only the chain's two ends — "count(DISTINCT cluster) per country" over
// Country<-IN-Region<-LOCATED_IN-Organization-MEMBER_OF->Cluster. Only which end nodes each start node
// reaches matters, so the chain is walked hop by hop over sets of distinct nodes (a frontier) instead of
// path by path. It is exact when relationship uniqueness cannot exclude a path: hops two or more apart
// never share a relationship type, and between adjacent hops of one type the frontier remembers the
// relationship a node was reached by when there was only one.

extension QueryPlanner {
    /// Plans the MATCH as a scan of one end and a FrontierChain to the other, or returns nil.
    func planFrontierChain(pattern: [PatternPart], predicate: Expression?, next: Clause?, input: Operator, scope: Scope)
        throws(CypherError) -> (Operator, Scope)?
    {
        guard enabled(.frontierChain),
            let chain = duplicateInsensitiveChain(pattern, predicate: predicate, next: next, scope: scope, minimumLength: 2)
        else { return nil }
        var nodes = chain.nodes
        var relationships = chain.relationships
        let last = nodes.count - 1
        // The inner nodes are only passed through: not read, no properties.
        for node in nodes[1..<last] {
            if node.properties != nil { return nil }
            if let v = node.variable, chain.needed.contains(v) { return nil }
        }
        // Every relationship typed, without properties; hops two or more apart never the same relationship.
        guard relationships.allSatisfy({ !$0.types.isEmpty && $0.properties == nil }) else { return nil }
        for i in relationships.indices {
            for j in relationships.indices where j >= i + 2 {
                if Self.typesMayOverlap(relationships[i].types, relationships[j].types) { return nil }
            }
        }
        // Start from the end with fewer candidate nodes.
        func estimate(_ n: NodePattern) -> Int {
            n.labels.map { graph.labelID($0).map { graph.nodeCount(withLabel: $0) } ?? 0 }.min() ?? graph.nodeCount
        }
        if estimate(nodes[last]) < estimate(nodes[0]) {
            nodes.reverse()
            relationships = relationships.reversed().map { r in
                var reversed = r
                reversed.direction = r.direction.reversed
                return reversed
            }
        }
        let startName = nodes[0].variable ?? anonymousName("node", at: nodes[0].range)
        let endName = nodes[last].variable ?? anonymousName("node", at: nodes[last].range)
        // WHERE conjuncts may read only the two ends; those on the start alone run before the walk.
        var startConjuncts: [Expression] = []
        var afterConjuncts: [Expression] = []
        for conjunct in predicate?.conjuncts ?? [] {
            guard let vars = conjunct.variablesIfNoPattern else { return nil }
            let patternVars = vars.subtracting(Set(scope.names))
            if patternVars.isSubset(of: [startName]) {
                startConjuncts.append(conjunct)
            } else if patternVars.isSubset(of: [startName, endName]) {
                afterConjuncts.append(conjunct)
            } else {
                return nil
            }
        }
        let startPattern = NodePattern(variable: startName, labels: nodes[0].labels, properties: nodes[0].properties, range: nodes[0].range)
        let (scan, startScope, _) = try planPattern(
            [PatternPart(pathVariable: nil, shortest: .none, start: startPattern, steps: [], range: nodes[0].range)],
            predicate: startConjuncts.conjoined, input: input, scope: scope, clause: "MATCH")
        guard let startSlot = startScope[startName]?.slot else { return nil }
        let endSlot = allocateSlot()
        var outScope = startScope
        outScope.add(Variable(name: endName, slot: endSlot, kind: .node, isHidden: nodes[last].variable == nil))
        let hops = relationships.enumerated().map { i, r in
            FrontierChain.Hop(
                types: r.types.map(TypeRef.init), direction: traversal(r.direction, fromLeft: true),
                labels: nodes[i + 1].labels.map(LabelRef.init),
                excludesPrevious: i > 0 && Self.typesMayOverlap(relationships[i - 1].types, r.types))
        }
        let text = "(\(nodes[0].variable ?? ""))" + relationships.enumerated().map { i, r in
            "-[:\(r.types.joined(separator: "|"))]-(\(nodes[i + 1].variable ?? "")\(nodes[i + 1].labels.map { ":" + $0 }.joined()))"
        }.joined()
        var op: Operator = FrontierChain(input: scan, startSlot: startSlot, endSlot: endSlot, hops: hops, describedAs: text)
        var filters: [BoundExpression] = []
        if let props = nodes[last].properties, case .map(let entries) = props.kind {
            for (key, value) in entries {
                let v = try bind(value, outScope, context: "MATCH")
                filters.append(.binary(.equal, .property(.slot(endSlot), PropertyKeyRef(key), value.range), v.expression, value.range))
            }
        } else if let props = nodes[last].properties {
            throw .compile(.invalidParameterUse("a parameter cannot give the properties of a pattern in MATCH"), at: props.range)
        }
        for conjunct in afterConjuncts { filters.append(try bindCondition(conjunct, outScope).expression) }
        if let first = filters.first {
            let range = nodes[last].range
            op = Filter(
                input: op, predicate: filters.dropFirst().reduce(first) { .and($0, $1, range) },
                describedAs: afterConjuncts.map(\.canonical).joined(separator: " AND "))
        }
        return (op, outScope)
    }
}
