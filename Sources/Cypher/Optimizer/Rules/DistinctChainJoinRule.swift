// Rule distinct_chain_join: a long chain pattern whose rows feed only a duplicate-insensitive projection —
// "which pairs of countries share clusters", written as one 6-hop MATCH followed by count(DISTINCT cl).
// Enumerating every path would produce millions of rows that the projection then collapses. Instead the
// chain is split at its middle node: for each middle node, the paths to the left end and to the right end
// are enumerated separately (each side's paths grouped by the variables the query still needs), and a
// left group and a right group are joined when some pair of their paths uses no relationship twice —
// Cypher's relationship uniqueness, checked exactly. The result is the set of distinct bindings of the
// needed variables, which is all a duplicate-insensitive projection can observe.
//
// Preconditions (checked; the rule declines otherwise):
// - the pattern is a chain (ChainShape) of four or more single hops whose nodes all differ;
// - the clause after it is a duplicate-insensitive projection that reads no relationship of the chain;
// - each condition of the pattern reads the elements of one half only (the middle node belongs to both),
//   or only nodes the query needs, which are then kept and checked after the join.

/// Long chains joined at their middle.
struct DistinctChainJoinRule: RewriteRule {
    var rule: OptimizerRule { .distinctChainJoin }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .match(let input, let plan) = node, let consumer = plan.distinctConsumer else { return nil }
        let pattern = plan.pattern
        guard let chain = ChainShape(pattern), chain.relationships.count >= 4, !chain.isCycle else { return nil }
        let nodes = chain.nodes.map { pattern.nodes[$0] }
        let relationships = chain.relationships.map { pattern.relationships[$0] }
        guard consumer.isDisjoint(with: relationships.map(\.slot)) else { return nil }

        let m = relationships.count / 2
        let middle = nodes[m]
        let leftSlots = Set(nodes[0...m].map(\.slot) + relationships[0..<m].map(\.slot))
        let rightSlots = Set(nodes[m...].map(\.slot) + relationships[m...].map(\.slot))
        let patternSlots = leftSlots.union(rightSlots)
        let nodeSlots = Set(nodes.map(\.slot))
        // The nodes the query needs: those the projection reads, and those conditions across both halves read.
        var needed = consumer.intersection(nodeSlots)
        var middlePredicates: [MatchPredicate] = [], leftPredicates: [MatchPredicate] = [], rightPredicates: [MatchPredicate] = []
        var joinPredicates: [MatchPredicate] = []
        for p in pattern.predicates {
            let reads = p.slotsRead.intersection(patternSlots)
            if reads.isSubset(of: [middle.slot]) {
                middlePredicates.append(p)
            } else if reads.isSubset(of: leftSlots) {
                leftPredicates.append(p)
            } else if reads.isSubset(of: rightSlots) {
                rightPredicates.append(p)
            } else if reads.isSubset(of: nodeSlots) {
                joinPredicates.append(p)
                needed.formUnion(reads)
            } else {
                return nil
            }
        }

        let scanMiddle = BoundMatch(
            nodes: [middle], relationships: [], paths: [], predicates: middlePredicates, introduced: [middle.slot], optional: false,
            keepRelationships: false)
        // Each half starts from the middle node (bound) and walks out to its end.
        let leftOrder = Array((0..<m).reversed())
        let rightOrder = Array(m..<relationships.count)
        let left = half(nodes: [middle] + leftOrder.map { nodes[$0] }, relationships: leftOrder.map { relationships[$0] }, reversed: true, leftPredicates)
        let right = half(nodes: [middle] + rightOrder.map { nodes[$0 + 1] }, relationships: rightOrder.map { relationships[$0] }, reversed: false, rightPredicates)

        // Needed nodes of each half, by their distance from the middle.
        let neededLeft = leftOrder.map { nodes[$0].slot }.filter(needed.contains)
        let neededRight = rightOrder.map { nodes[$0 + 1].slot }.filter(needed.contains)
        // A symmetric chain (the right half mirrors the left, needing the same positions) has the same paths
        // on both halves: they are collected once.
        let mirrored =
            leftPredicates.isEmpty && rightPredicates.isEmpty && relationships.count % 2 == 0
            && leftOrder.map { needed.contains(nodes[$0].slot) } == rightOrder.map { needed.contains(nodes[$0 + 1].slot) }
            && (0..<m).allSatisfy { i in
                let l = relationships[m - 1 - i], r = relationships[m + i]
                return Set(l.types) == Set(r.types) && l.direction.reversed == r.direction
                    && Set(nodes[m - 1 - i].labels) == Set(nodes[m + 1 + i].labels)
            }
        let cleared = patternSlots.subtracting(needed).subtracting([middle.slot]).sorted()
        let names = nodes.filter { needed.contains($0.slot) && !$0.isAnonymous }.map(\.name).sorted()
        let spec = DistinctChainJoinSpec(
            left: .match(.argument, MatchPlan(pattern: left)), right: .match(.argument, MatchPlan(pattern: right)),
            leftRelationships: leftOrder.map { relationships[$0].slot }, rightRelationships: rightOrder.map { relationships[$0].slot },
            leftNeeded: neededLeft, rightNeeded: neededRight, mirrored: mirrored, cleared: cleared,
            text: "split at (\(middle.isAnonymous ? "" : middle.name)), keeping \(names.joined(separator: ", "))")
        var rewritten = LogicalPlan.distinctChainJoin(middle: .match(input, MatchPlan(pattern: scanMiddle)), spec)
        if !joinPredicates.isEmpty {
            rewritten = .filter(
                rewritten, conjunction(joinPredicates.map(\.expression), at: middle.range), text: joinPredicates.map(\.text).joined(separator: " AND "))
        }
        return rewritten
    }

    /// One half as a pattern of its own: `nodes[0]` is the middle node (bound), relationship i joins
    /// nodes i and i + 1; `reversed` when the half runs against the written direction.
    private func half(nodes: [PatternNodeInfo], relationships: [PatternRelationshipInfo], reversed: Bool, _ predicates: [MatchPredicate])
        -> BoundMatch
    {
        var halfNodes = nodes
        halfNodes[0] = PatternNodeInfo(name: nodes[0].name, slot: nodes[0].slot, labels: [], wasBound: true, range: nodes[0].range)
        let halfRelationships = relationships.enumerated().map { i, r in
            var h = r
            h.left = i
            h.right = i + 1
            if reversed { h.direction = r.direction.reversed }
            return h
        }
        return BoundMatch(
            nodes: halfNodes, relationships: halfRelationships, paths: [], predicates: predicates,
            introduced: nodes.dropFirst().map(\.slot) + relationships.map(\.slot), optional: false, keepRelationships: true)
    }
}
