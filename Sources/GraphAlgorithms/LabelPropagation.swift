// Label propagation (Raghavan et al. 2007), asynchronous and deterministic: every node starts with its
// own label and, in a seeded random order, takes the label of greatest total arc weight among its
// neighbours in the undirected view — keeping its own when that is among the best, else the smallest of
// the best — until a sweep changes nothing or the iteration limit is reached.

extension Communities {
    /// Label propagation communities of the undirected view.
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:reason:)`` for `maxIterations` below 1;
    ///   ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(iterations · m).
    public static func labelPropagation(_ graph: CompactGraph, maxIterations: Int = 100, seed: UInt64 = 0) throws(AlgorithmError)
        -> CommunityResult
    {
        guard maxIterations >= 1 else { throw .invalidParameter(name: "maxIterations", reason: "must be at least 1, got \(maxIterations)") }
        try checkNonNegative(graph)
        let g = graph.undirected()
        let n = g.nodeCount
        var label = (0..<n).map { Int32($0) }
        var order = Array(0..<n)
        var generator = SeededGenerator(seed: seed)
        order.shuffle(using: &generator)
        var weight = [Double](repeating: 0, count: n)
        // Marks the labels the current evaluation has met: an evaluation number, never reused.
        var stamp = [Int](repeating: -1, count: n)
        var evaluation = 0
        var touched: [Int32] = []
        var iterations = 0
        while iterations < maxIterations {
            try Cancellation.throwIfRequested()
            iterations += 1
            var changes = 0
            for v in order {
                evaluation += 1
                touched.removeAll(keepingCapacity: true)
                for a in g.outRange(v) {
                    let u = Int(g.outTargets[a])
                    if u == v { continue }
                    let l = label[u]
                    if stamp[Int(l)] != evaluation {
                        stamp[Int(l)] = evaluation
                        weight[Int(l)] = 0
                        touched.append(l)
                    }
                    weight[Int(l)] += g.outWeights?[a] ?? 1
                }
                guard !touched.isEmpty else { continue }
                var best = touched[0]
                for l in touched.dropFirst() where weight[Int(l)] > weight[Int(best)] || (weight[Int(l)] == weight[Int(best)] && l < best) {
                    best = l
                }
                let own = label[v]
                if own != best, !(stamp[Int(own)] == evaluation && weight[Int(own)] == weight[Int(best)]) {
                    label[v] = best
                    changes += 1
                }
            }
            if changes == 0 { break }
        }
        let named = nameBySmallest(label)
        return CommunityResult(community: named.0, count: named.1, modularity: modularity(g, named.0), iterations: iterations)
    }
}
