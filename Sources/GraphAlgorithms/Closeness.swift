// Closeness and harmonic centrality: one shortest-path search per node (breadth-first, or Dijkstra's
// when weighted) along the out-arcs of the view, summing distances (closeness) or their reciprocals
// (harmonic). NetworkX measures distances *to* a node on directed graphs; select the view with
// direction `in` to get its numbers. Each node's score is written by the one search that computes it,
// so parallel runs are deterministic.

/// Options of ``Centrality/closeness(_:_:)``.
public struct ClosenessOptions: Sendable {
    /// Scale by the fraction of other nodes reached (Wasserman–Faust), so disconnected graphs compare.
    public var wassermanFaust: Bool
    /// Threads to use (the result does not depend on it).
    public var concurrency: Int

    public init(wassermanFaust: Bool = true, concurrency: Int? = nil) {
        self.wassermanFaust = wassermanFaust
        self.concurrency = concurrency ?? defaultConcurrency()
    }
}

extension Centrality {
    /// Closeness centrality: (r − 1) / Σ d(v, u) over the r nodes reachable from v (v included), times
    /// (r − 1)/(n − 1) with Wasserman–Faust; 0 for a node that reaches nobody.
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted.
    public static func closeness(_ graph: CompactGraph, _ options: ClosenessOptions = ClosenessOptions()) throws(AlgorithmError) -> [Double] {
        let n = graph.nodeCount
        if graph.isWeighted { try checkLengths(graph, parameter: "weightProperty") }
        return perSource(graph, concurrency: options.concurrency) { s, total, reached, _ in
            guard total > 0, n > 1 else { return 0 }
            let others = Double(reached - 1)
            var c = others / total
            if options.wassermanFaust { c *= others / Double(n - 1) }
            return c
        }
    }

    /// Harmonic centrality: Σ 1 / d(v, u) over the nodes u ≠ v that v reaches (at a positive distance),
    /// divided by n − 1 when `normalized`.
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted.
    public static func harmonic(_ graph: CompactGraph, normalized: Bool = false, concurrency: Int? = nil) throws(AlgorithmError)
        -> [Double]
    {
        let n = graph.nodeCount
        if graph.isWeighted { try checkLengths(graph, parameter: "weightProperty") }
        return perSource(graph, concurrency: concurrency ?? defaultConcurrency()) { _, _, _, inverseSum in
            normalized && n > 1 ? inverseSum / Double(n - 1) : inverseSum
        }
    }

    /// Runs a search from every node and maps (source, Σ distances, nodes reached, Σ 1/distance) to a score.
    static func perSource(
        _ graph: CompactGraph, concurrency: Int, _ score: (Int, Double, Int, Double) -> Double
    ) -> [Double] {
        let n = graph.nodeCount
        var scores = [Double](repeating: 0, count: n)
        let threads = Swift.max(1, Swift.min(concurrency, n))
        scores.withUnsafeMutableBufferPointer { out in
            guard let result = out.baseAddress else { return }
            graph.withOutArcs { arcs in
                forEachChunk(threads, threads: threads) { worker in
                    let workspace = BrandesWorkspace(nodeCount: n)
                    defer { workspace.free() }
                    var s = worker
                    while s < n {
                        let (total, reached, inverse) =
                            arcs.isWeighted ? workspace.dijkstraDistances(from: s, arcs) : workspace.breadthFirstDistances(from: s, arcs)
                        result[s] = score(s, total, reached, inverse)
                        s += threads
                    }
                }
            }
        }
        return scores
    }
}

extension BrandesWorkspace {
    /// BFS from `s`: (Σ distances, nodes reached including s, Σ 1/distance).
    @inline(__always) func breadthFirstDistances(from s: Int, _ arcs: ArcBuffers) -> (Double, Int, Double) {
        let dist = level.pointer, order = self.order.pointer
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress else { return (0, 1, 0) }
        dist[s] = 0
        order[0] = Int32(s)
        var head = 0, tail = 1
        var total = 0
        var inverse = 0.0
        while head < tail {
            let v = Int(order[head])
            head &+= 1
            let next = dist[v] &+ 1
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            while a < end {
                let w = Int(tgt[a])
                a &+= 1
                if dist[w] < 0 {
                    dist[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= 1
                }
            }
        }
        // The order array lists nodes level by level: sum per level.
        var j = 1
        while j < tail {
            let d = dist[Int(order[j])]
            var k = j
            while k < tail, dist[Int(order[k])] == d { k &+= 1 }
            total &+= (k - j) * Int(d)
            inverse += Double(k - j) / Double(d)
            j = k
        }
        for j in 0..<tail { dist[Int(order[j])] = -1 }
        return (Double(total), tail, inverse)
    }

    /// Dijkstra from `s`: (Σ distances, nodes reached including s, Σ 1/distance over positive distances).
    @inline(__always) func dijkstraDistances(from s: Int, _ arcs: ArcBuffers) -> (Double, Int, Double) {
        let dist = distance.pointer, order = self.order.pointer
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress, let wt = arcs.weights.baseAddress else {
            return (0, 1, 0)
        }
        var heap = self.heap
        dist[s] = 0
        heap.pushOrDecrease(Int32(s), dist)
        var settled = 0
        var total = 0.0, inverse = 0.0
        while !heap.isEmpty {
            let v = Int(heap.popMin(dist))
            order[settled] = Int32(truncatingIfNeeded: v)
            settled &+= 1
            let dv = dist[v]
            total += dv
            if dv > 0 { inverse += 1 / dv }
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            while a < end {
                let w = Int(tgt[a])
                let nd = dv + wt[a]
                a &+= 1
                if nd < dist[w] {
                    dist[w] = nd
                    heap.pushOrDecrease(Int32(truncatingIfNeeded: w), dist)
                }
            }
        }
        for j in 0..<settled { dist[Int(order[j])] = .infinity }
        return (total, settled, inverse)
    }
}
