// The shape both chain rules (frontier_chain, distinct_chain_join) look for: a pattern whose
// relationships form one path, node to node, each a single typed hop, with nothing bound before it, no
// path variable and no shortest path — `(a)-[:R]->(b)<-[:S]-(c)…`, written as one part or several parts
// that join end to end. The nodes along it may all differ, or the last may be the first (a cycle).

/// A pattern read as a chain of hops.
struct ChainShape {
    /// Node indices of the pattern, in chain order (the last equals the first for a cycle).
    let nodes: [Int]
    /// Relationship indices of the pattern, in chain order; relationship i joins nodes[i] and nodes[i + 1].
    let relationships: [Int]

    /// The chain of `pattern`, or nil when it is not one.
    init?(_ pattern: BoundMatch) {
        let rels = pattern.relationships
        guard !rels.isEmpty, pattern.paths.isEmpty,
            rels.allSatisfy({ $0.length == nil && $0.shortest == .none && !$0.wasBound }),
            pattern.nodes.allSatisfy({ !$0.wasBound })
        else { return nil }
        var order = [rels[0].left, rels[0].right]
        for i in 1..<rels.count {
            guard rels[i].left == order[order.count - 1] else { return nil }
            order.append(rels[i].right)
        }
        // Every pattern node lies on the chain once (the last may close a cycle onto the first).
        let inner = order.dropLast()
        guard Set(inner).count == inner.count, Set(order).count == pattern.nodes.count else { return nil }
        if let last = order.last, inner.contains(last), last != order[0] { return nil }
        nodes = order
        relationships = Array(rels.indices)
    }

    var isCycle: Bool { nodes.first == nodes.last }

    /// Whether relationship uniqueness can be checked hop by hop: relationships two or more hops apart
    /// can never be the same one (their types differ), so only adjacent hops need comparing.
    func onlyAdjacentHopsMayShareRelationships(_ pattern: BoundMatch) -> Bool {
        for i in relationships.indices {
            for j in relationships.indices where j >= i + 2 {
                if typesMayOverlap(pattern.relationships[relationships[i]].types, pattern.relationships[relationships[j]].types) {
                    return false
                }
            }
        }
        return true
    }
}

/// True when relationships typed `a` and `b` (empty: any type) could be the same relationship.
func typesMayOverlap(_ a: [String], _ b: [String]) -> Bool {
    a.isEmpty || b.isEmpty || !Set(a).isDisjoint(with: b)
}

extension PatternDirection {
    var reversed: PatternDirection {
        switch self {
        case .leftToRight: return .rightToLeft
        case .rightToLeft: return .leftToRight
        case .undirected: return .undirected
        }
    }

    /// The store direction to follow for a relationship written this way, walking from its left or
    /// right node.
    func traversal(fromLeft: Bool) -> Direction {
        switch self {
        case .undirected: return .both
        case .leftToRight: return fromLeft ? .outgoing : .incoming
        case .rightToLeft: return fromLeft ? .incoming : .outgoing
        }
    }
}
