// Rule frontier_chain: a chain pattern whose rows feed only a duplicate-insensitive projection (DISTINCT,
// count(DISTINCT …), collect(DISTINCT …), min, max) that reads only the chain's two ends — "count(DISTINCT
// cluster) per country" over Country<-IN-Region<-LOCATED_IN-Organization-MEMBER_OF->Cluster. Only which
// end nodes each start node reaches matters, so the chain is walked hop by hop over sets of distinct
// nodes (a frontier) instead of path by path. A chain that returns to its start, `(a)-…->(a)`, keeps a
// row when the walk reaches the start again.
//
// Preconditions (checked; the rule declines otherwise):
// - the pattern is a chain of two or more single typed hops (ChainShape): no variable-length hop, no path
//   variable, nothing bound before the pattern, no node twice except the last as the first;
// - the clause after the pattern is a duplicate-insensitive projection, and neither it nor any condition
//   of the pattern reads an inner node or a relationship: conditions read only the ends;
// - hops two or more apart never share a relationship type, so relationship uniqueness only concerns
//   adjacent hops — which the walk handles exactly: a node reached by a single relationship remembers it,
//   and the next hop does not take it again.

/// Chains walked as frontiers of distinct nodes.
struct FrontierChainRule: RewriteRule {
    var rule: OptimizerRule { .frontierChain }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .match(let input, let plan) = node, let consumer = plan.distinctConsumer else { return nil }
        let pattern = plan.pattern
        guard let chain = ChainShape(pattern), chain.relationships.count >= 2,
            chain.onlyAdjacentHopsMayShareRelationships(pattern)
        else { return nil }
        var nodes = chain.nodes.map { pattern.nodes[$0] }
        var relationships = chain.relationships.map { pattern.relationships[$0] }
        guard relationships.allSatisfy({ !$0.types.isEmpty }) else { return nil }
        let relationshipSlots = Set(relationships.map(\.slot))
        let innerSlots = Set(nodes.dropFirst().dropLast().map(\.slot))
        let ends: Set<Int> = [nodes[0].slot, nodes[nodes.count - 1].slot]
        guard consumer.isDisjoint(with: relationshipSlots.union(innerSlots)) else { return nil }
        let patternSlots = relationshipSlots.union(innerSlots).union(ends)
        guard pattern.predicates.allSatisfy({ $0.slotsRead.intersection(patternSlots).isSubset(of: ends) }) else { return nil }

        // Walk from the end with fewer candidate nodes.
        let statistics = context.statistics
        if !chain.isCycle, statistics.nodeCount(labels: nodes[nodes.count - 1].labels) < statistics.nodeCount(labels: nodes[0].labels) {
            nodes.reverse()
            relationships = relationships.reversed().map { r in
                var reversed = r
                reversed.direction = r.direction.reversed
                return reversed
            }
        }
        let start = nodes[0], end = nodes[nodes.count - 1]
        // Conditions on the start alone run before the walk, the others after it.
        let startOnly = pattern.predicates.filter { $0.slotsRead.intersection(patternSlots).isSubset(of: [start.slot]) }
        let after = pattern.predicates.filter { !$0.slotsRead.intersection(patternSlots).isSubset(of: [start.slot]) }
        let startPattern = BoundMatch(
            nodes: [start], relationships: [], paths: [], predicates: startOnly, introduced: [start.slot], optional: false,
            keepRelationships: false)
        let hops = relationships.enumerated().map { i, r in
            FrontierChain.Hop(
                types: r.types.map(TypeRef.init), direction: r.direction.traversal(fromLeft: true),
                labels: nodes[i + 1].labels.map(LabelRef.init),
                excludesPrevious: i > 0 && typesMayOverlap(relationships[i - 1].types, r.types))
        }
        func describe(_ n: PatternNodeInfo) -> String { (n.isAnonymous ? "" : n.name) + n.labels.map { ":" + $0 }.joined() }
        let text = "(\(describe(start)))" + relationships.enumerated().map { i, r in
            "-[:\(r.types.joined(separator: "|"))]-(\(describe(nodes[i + 1])))"
        }.joined()
        let spec = FrontierChainSpec(startSlot: start.slot, endSlot: end.slot, hops: hops, returnsToStart: chain.isCycle, text: text)
        var rewritten = LogicalPlan.frontierChain(start: .match(input, MatchPlan(pattern: startPattern)), spec)
        if !after.isEmpty {
            rewritten = .filter(rewritten, conjunction(after.map(\.expression), at: end.range), text: after.map(\.text).joined(separator: " AND "))
        }
        return rewritten
    }
}
