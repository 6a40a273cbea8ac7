// Closeness and harmonic centrality: a shortest-path search from every node (breadth-first 64 sources at
// a time, or Dijkstra's per source when weighted) along the out-arcs of the view, summing distances (closeness) or their reciprocals
// (harmonic). NetworkX measures distances *to* a node on directed graphs; select the view with
// direction `in` to get its numbers. Each node's score is written by the one search that computes it,
// so parallel runs are deterministic.

/// Options of ``Centrality/closeness(_:_:)``.
public struct ClosenessOptions: Sendable {
    /// Scale by the fraction of other nodes reached (Wasserman–Faust), so disconnected graphs compare.
    public var wassermanFaust: Bool
    /// Threads to use (the result does not depend on it).
    public var concurrency: Int

    /// Options with NetworkX's defaults; `concurrency` defaults to the processor count.
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
        return try perSource(graph, concurrency: options.concurrency) { s, total, reached, _ in
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
        return try perSource(graph, concurrency: concurrency ?? defaultConcurrency()) { _, _, _, inverseSum in
            normalized && n > 1 ? inverseSum / Double(n - 1) : inverseSum
        }
    }

    /// Runs a search from every node and maps (source, Σ distances, nodes reached, Σ 1/distance) to a score:
    /// 64 sources at a time on an unweighted graph (MultiSourceBFS), one Dijkstra search per source on a
    /// weighted one. Batches are dealt to the threads in turn; each score is written by its own search.
    static func perSource(
        _ graph: CompactGraph, concurrency: Int, _ score: (Int, Double, Int, Double) -> Double
    ) throws(AlgorithmError) -> [Double] {
        let n = graph.nodeCount
        var scores = [Double](repeating: 0, count: n)
        let batch = graph.isWeighted ? 1 : 64
        let batches = (n + batch - 1) / batch
        let threads = Swift.max(1, Swift.min(concurrency, batches))
        let sources = Array(0..<n)
        let stop = Cancellation.check
        scores.withUnsafeMutableBufferPointer { out in
            guard let result = out.baseAddress else { return }
            graph.withOutArcs { arcs in
                forEachChunk(threads, threads: threads) { worker in
                    if arcs.isWeighted {
                        let workspace = BrandesWorkspace(nodeCount: n)
                        defer { workspace.free() }
                        var s = worker
                        while s < n {
                            if let stop, s % 64 == worker, stop() { return }
                            let (total, reached, inverse) = workspace.dijkstraDistances(from: s, arcs)
                            result[s] = score(s, total, reached, inverse)
                            s += threads
                        }
                    } else {
                        let search = MultiSourceBFS(nodeCount: n)
                        defer { search.free() }
                        var b = worker
                        while b < batches {
                            if let stop, stop() { return }
                            let lanes = sources[(b * batch)..<Swift.min(n, (b + 1) * batch)]
                            for (lane, r) in search.run(lanes, arcs).enumerated() {
                                let s = lanes.startIndex + lane
                                result[s] = score(s, Double(r.total), r.reached, r.inverse)
                            }
                            b += threads
                        }
                    }
                }
            }
        }
        try Cancellation.throwIfRequested(stop)
        return scores
    }
}

extension BrandesWorkspace {
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
