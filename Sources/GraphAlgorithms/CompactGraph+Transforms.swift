// Transformations of a compact graph into another: merging parallel arcs (the `aggregation` of a
// selection), and the simple undirected adjacency that triangle counting, k-core and community detection
// need (no self-loops, no parallel edges, each edge both ways). Both run in linear time with a marker
// array instead of sorting.

import GraphStore

extension CompactGraph {
    /// The same graph with parallel arcs (same source and target) combined into one.
    ///
    /// Weights combine by `aggregation` (`count` makes an unweighted graph weighted by multiplicity);
    /// arcs keep the order of their first occurrence; `min` and `max` keep the relationship id of the
    /// winning arc, the others the first one.
    /// - Complexity: O(nodes + arcs).
    public func mergingParallelArcs(_ aggregation: ArcAggregation) -> CompactGraph {
        if aggregation == .none { return self }
        let n = nodeCount
        var slotOf = [Int32](repeating: -1, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(arcCount)
        let weighted = outWeights != nil || aggregation == .count
        var weights: [Double] = []
        var relationships: [Int32] = []
        var sources: [Int32] = []
        for v in 0..<n {
            for a in outRange(v) {
                let t = Int(outTargets[a])
                let w = outWeights?[a] ?? 1
                if stamp[t] == Int32(v) {
                    let s = Int(slotOf[t])
                    switch aggregation {
                    case .none, .single: break
                    case .sum: weights[s] += w
                    case .count: weights[s] += 1
                    case .min:
                        if w < weights[s] {
                            weights[s] = w
                            if let r = outRelationships { relationships[s] = r[a] }
                        }
                    case .max:
                        if w > weights[s] {
                            weights[s] = w
                            if let r = outRelationships { relationships[s] = r[a] }
                        }
                    }
                } else {
                    stamp[t] = Int32(v)
                    slotOf[t] = Int32(targets.count)
                    targets.append(Int32(t))
                    sources.append(Int32(v))
                    if weighted { weights.append(aggregation == .count ? 1 : w) }
                    if let r = outRelationships { relationships.append(r[a]) }
                }
            }
            offsets[v + 1] = Int32(targets.count)
        }
        let out = CSRBuilder.Arrays(
            offsets: offsets, targets: targets, weights: weighted ? weights : nil,
            relationships: outRelationships == nil ? nil : relationships)
        let inward =
            isUndirected
            ? nil
            : CSRBuilder.build(nodeCount: n, from: targets, to: sources, weights: out.weights, relationships: nil, mirrored: false)
        return CompactGraph(nodeIDs: nodeIDs, indexByNodeID: indexByNodeID, undirected: isUndirected, out: out, in: inward)
    }

    /// The undirected view of this graph: every arc becomes an edge (for an undirected graph, itself).
    /// Parallel arcs are kept; a directed pair u→v, v→u gives two parallel edges.
    /// - Complexity: O(nodes + arcs).
    public func undirected() -> CompactGraph {
        if isUndirected { return self }
        var sources = [Int32](repeating: 0, count: arcCount)
        for v in 0..<nodeCount {
            for a in outRange(v) { sources[a] = Int32(v) }
        }
        let out = CSRBuilder.build(
            nodeCount: nodeCount, from: sources, to: outTargets, weights: outWeights, relationships: outRelationships, mirrored: true)
        return CompactGraph(nodeIDs: nodeIDs, indexByNodeID: indexByNodeID, undirected: true, out: out, in: nil)
    }
}

/// The simple undirected adjacency of a graph: for each node, its distinct neighbours other than itself,
/// ascending, whatever the direction and multiplicity of the arcs that joined them.
public struct SimpleAdjacency: Sendable {
    /// The number of nodes, as in the graph it was built from.
    public let nodeCount: Int
    /// `offsets[v]..<offsets[v + 1]` indexes v's neighbours in `neighbors`.
    public let offsets: [Int32]
    /// The neighbours of all nodes, run after run.
    public let neighbors: [Int32]

    /// - Complexity: O(nodes + arcs) plus sorting each neighbour list.
    public init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var stamp = [Int32](repeating: -1, count: n)
        var offsets = [Int32](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(graph.isUndirected ? graph.arcCount : 2 * graph.arcCount)
        for v in 0..<n {
            let start = neighbors.count
            stamp[v] = Int32(v)
            for a in graph.outRange(v) {
                let t = Int(graph.outTargets[a])
                if stamp[t] != Int32(v) {
                    stamp[t] = Int32(v)
                    neighbors.append(Int32(t))
                }
            }
            if !graph.isUndirected {
                for a in graph.inRange(v) {
                    let t = Int(graph.inSources[a])
                    if stamp[t] != Int32(v) {
                        stamp[t] = Int32(v)
                        neighbors.append(Int32(t))
                    }
                }
            }
            neighbors[start..<neighbors.count].sort()
            offsets[v + 1] = Int32(neighbors.count)
        }
        self.nodeCount = n
        self.offsets = offsets
        self.neighbors = neighbors
    }

    /// The number of distinct neighbours of `v`.
    /// - Complexity: O(1).
    @inlinable public func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }
}
