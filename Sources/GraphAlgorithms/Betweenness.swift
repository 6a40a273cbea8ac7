// Betweenness centrality by Brandes' algorithm: one shortest-path search per source (breadth-first, or
// Dijkstra's when the graph is weighted), then the dependencies accumulated in reverse order of distance.
// Predecessor lists are never built: the backward pass re-reads each node's arcs and keeps the ones that
// lie on a shortest path, and each node stores (1 + δ) / σ so that an arc costs one compare and one add.
// Sources are cut into a fixed number of interleaved chunks that accumulate separately and are summed in
// chunk order, so the scores do not depend on how many threads ran them. Scaling follows NetworkX
// (`endpoints=False`), including its correction for sampled sources.

/// Options of ``Centrality/betweenness(_:_:)``.
public struct BetweennessOptions: Sendable {
    /// Divide by the number of node pairs that could have a path through the node, (n-1)(n-2).
    public var normalized: Bool
    /// Use this many sources chosen at random (with `seed`) instead of all nodes; nil for exact scores.
    public var samplingSize: Int?
    /// The seed of the source sample.
    public var seed: UInt64
    /// Explicit source nodes (indexes) instead of a random sample; nil for all nodes or `samplingSize`.
    public var sources: [Int]?
    /// Threads to use (the result does not depend on it).
    public var concurrency: Int
    /// Run one search per source even where batches of sources would run (for tests).
    var oneSearchPerSource = false

    /// Options with NetworkX's defaults (normalized, exact); `concurrency` defaults to the processor count.
    public init(normalized: Bool = true, samplingSize: Int? = nil, seed: UInt64 = 0, sources: [Int]? = nil, concurrency: Int? = nil) {
        self.normalized = normalized
        self.samplingSize = samplingSize
        self.seed = seed
        self.sources = sources
        self.concurrency = concurrency ?? defaultConcurrency()
    }
}

/// Betweenness scores and the work done.
public struct BetweennessResult: Sendable {
    /// The score of each node index.
    public var scores: [Double]
    /// The source nodes used (all nodes for exact scores), ascending.
    public var sources: [Int]
    /// Arcs scanned by the forward searches (each scanned again by the backward passes).
    public var arcsVisited: Int
}

/// Centrality measures over a ``CompactGraph``: each returns one score per node index.
public enum Centrality {
    /// The number of fixed chunks sources are cut into (independent of the thread count).
    static let chunkCount = 8

    /// Betweenness centrality (Brandes), over the out-arcs of the graph; weighted graphs use Dijkstra's
    /// algorithm with the weights as lengths.
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:reason:)`` for a sampling size below 2 or a
    ///   source out of range; ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative
    ///   or non-finite weight.
    /// - Complexity: O(s·m) unweighted, O(s·(m + n log n)) weighted, for s sources and m arcs; memory
    ///   O(chunks·n).
    public static func betweenness(_ graph: CompactGraph, _ options: BetweennessOptions = BetweennessOptions()) throws(AlgorithmError)
        -> BetweennessResult
    {
        let n = graph.nodeCount
        var sources: [Int]
        var sampled = false
        if let explicit = options.sources {
            for s in explicit where s < 0 || s >= n {
                throw .invalidParameter(name: "sources", reason: "node index \(s) is outside 0..<\(n)")
            }
            sources = Array(Set(explicit)).sorted()
            sampled = sources.count < n
        } else if let k = options.samplingSize, k < n {
            guard k >= 2 else { throw .invalidParameter(name: "samplingSize", reason: "must be at least 2, got \(k)") }
            sources = sample(k, of: n, seed: options.seed)
            sampled = true
        } else {
            sources = Array(0..<n)
        }
        if graph.isWeighted { try checkLengths(graph, parameter: "weightProperty", positive: true) }

        // Unweighted graphs run batches of sources together (MultiSourceBrandes); weighted ones one
        // Dijkstra search per source. Batch b belongs to chunk b mod chunks, whatever the thread count.
        let batched = !graph.isWeighted && n <= MultiSourceBrandes.maximumNodes && !options.oneSearchPerSource
        let batch = batched ? MultiSourceBrandes.lanes : 1
        let batches = (sources.count + batch - 1) / batch
        let chunks = Swift.min(chunkCount, Swift.max(1, batches))
        let threads = Swift.max(1, Swift.min(options.concurrency, chunks))
        let partial = Scratch<Double>(count: chunks * n, repeating: 0)
        defer { partial.free() }
        let visited = Scratch<Int>(count: threads, repeating: 0)
        defer { visited.free() }
        let stop = Cancellation.check
        graph.withOutArcs { arcs in
            forEachChunk(threads, threads: threads) { worker in
                let workspace = batched ? nil : BrandesWorkspace(nodeCount: n)
                var multi = batched ? MultiSourceBrandes(nodeCount: n) : nil
                defer {
                    workspace?.free()
                    multi?.free()
                }
                var c = worker
                while c < chunks {
                    let bc = partial.pointer + c * n
                    var b = c
                    while b < batches {
                        if let stop, stop() { return }
                        if let workspace {
                            visited[worker] +=
                                arcs.isWeighted
                                ? workspace.dijkstraPass(from: sources[b], arcs, into: bc)
                                : workspace.breadthFirstPass(from: sources[b], arcs, into: bc)
                        } else {
                            let lanes = sources[(b * batch)..<Swift.min(sources.count, (b + 1) * batch)]
                            visited[worker] += multi?.run(lanes, arcs, into: bc) ?? 0
                        }
                        b += chunks
                    }
                    c += threads
                }
            }
        }
        try Cancellation.throwIfRequested(stop)
        var scores = [Double](repeating: 0, count: n)
        for c in 0..<chunks {
            for v in 0..<n { scores[v] += partial[c * n + v] }
        }
        var arcsVisited = 0
        for t in 0..<threads { arcsVisited += visited[t] }
        rescale(&scores, graph: graph, normalized: options.normalized, sources: sampled ? sources : nil)
        return BetweennessResult(scores: scores, sources: sources, arcsVisited: arcsVisited)
    }

    /// NetworkX's `_rescale` with `endpoints=False`.
    static func rescale(_ scores: inout [Double], graph: CompactGraph, normalized: Bool, sources: [Int]?) {
        let n = graph.nodeCount
        let bigN = Double(n - 1)
        guard n - 1 >= 2 else { return }
        let correction = graph.isUndirected ? 2.0 : 1.0
        guard let sources else {
            let scale = normalized ? 1 / (bigN * (bigN - 1)) : 1 / correction
            if scale != 1 { for v in 0..<n { scores[v] *= scale } }
            return
        }
        let k = Double(sources.count)
        let sourceScale = normalized ? 1 / ((k - 1) * (bigN - 1)) : bigN / ((k - 1) * correction)
        let otherScale = normalized ? 1 / (k * (bigN - 1)) : bigN / (k * correction)
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }
        for v in 0..<n { scores[v] *= isSource[v] ? sourceScale : otherScale }
    }

    /// `k` distinct indexes of `0..<n` chosen with a seeded partial Fisher–Yates shuffle, ascending.
    static func sample(_ k: Int, of n: Int, seed: UInt64) -> [Int] {
        var generator = SeededGenerator(seed: seed)
        var pool = Array(0..<n)
        for i in 0..<k {
            let j = i + Int(generator.next() % UInt64(n - i))
            pool.swapAt(i, j)
        }
        return pool[0..<k].sorted()
    }

    /// Fails unless every weight is a finite, non-negative (with `positive`, positive) length.
    static func checkLengths(_ graph: CompactGraph, parameter: String, positive: Bool = false) throws(AlgorithmError) {
        guard let weights = graph.outWeights else { return }
        for w in weights where !(w.isFinite && (positive ? w > 0 : w >= 0)) {
            let rule = positive ? "positive (counting shortest paths needs it)" : "finite and not negative"
            throw .invalidWeight(parameter: parameter, value: w, reason: "cannot be a path length (lengths must be \(rule))")
        }
    }
}

/// The per-thread state of Brandes' algorithm, allocated once and reset only where a search touched it.
struct BrandesWorkspace {
    let level: Scratch<Int32>
    let distance: Scratch<Double>
    let sigma: Scratch<Double>
    let coefficient: Scratch<Double>
    let order: Scratch<Int32>
    var heap: IndexedHeap

    init(nodeCount n: Int) {
        level = Scratch(count: n, repeating: -1)
        distance = Scratch(count: n, repeating: .infinity)
        sigma = Scratch(count: n, repeating: 0)
        coefficient = Scratch(count: n, repeating: 0)
        order = Scratch(count: n, repeating: 0)
        heap = IndexedHeap(capacity: n)
    }

    func free() {
        level.free()
        distance.free()
        sigma.free()
        coefficient.free()
        order.free()
        heap.free()
    }

    /// One unweighted source: BFS counting shortest paths, then the dependency accumulation into `bc`.
    /// Returns the number of arcs scanned forward.
    @inline(__always) func breadthFirstPass(from s: Int, _ arcs: ArcBuffers, into bc: UnsafeMutablePointer<Double>) -> Int {
        let dist = level.pointer, sigma = self.sigma.pointer, coef = coefficient.pointer, order = self.order.pointer
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress else { return 0 }
        dist[s] = 0
        sigma[s] = 1
        order[0] = Int32(s)
        var head = 0, tail = 1, scanned = 0
        while head < tail {
            let v = Int(order[head])
            head &+= 1
            let next = dist[v] &+ 1
            let sv = sigma[v]
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            scanned &+= end &- a
            while a < end {
                let w = Int(tgt[a])
                a &+= 1
                let dw = dist[w]
                if dw < 0 {
                    dist[w] = next
                    sigma[w] = sv
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= 1
                } else if dw == next {
                    sigma[w] += sv
                }
            }
        }
        var i = tail &- 1
        while i > 0 {
            let v = Int(order[i])
            let next = dist[v] &+ 1
            var acc = 0.0
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            while a < end {
                let w = Int(tgt[a])
                a &+= 1
                acc += dist[w] == next ? coef[w] : 0
            }
            let delta = sigma[v] * acc
            bc[v] += delta
            coef[v] = (1 + delta) / sigma[v]
            i &-= 1
        }
        for j in 0..<tail { dist[Int(order[j])] = -1 }
        return scanned
    }

    /// One weighted source: Dijkstra counting shortest paths, then the dependency accumulation into `bc`.
    /// Returns the number of arcs scanned forward.
    @inline(__always) func dijkstraPass(from s: Int, _ arcs: ArcBuffers, into bc: UnsafeMutablePointer<Double>) -> Int {
        let dist = distance.pointer, sigma = self.sigma.pointer, coef = coefficient.pointer, order = self.order.pointer
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress, let wt = arcs.weights.baseAddress else { return 0 }
        var heap = self.heap
        dist[s] = 0
        sigma[s] = 1
        heap.pushOrDecrease(Int32(s), dist)
        var settled = 0, scanned = 0
        while !heap.isEmpty {
            let v = Int(heap.popMin(dist))
            order[settled] = Int32(truncatingIfNeeded: v)
            settled &+= 1
            let dv = dist[v]
            let sv = sigma[v]
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            scanned &+= end &- a
            while a < end {
                let w = Int(tgt[a])
                let nd = dv + wt[a]
                a &+= 1
                let dw = dist[w]
                if nd < dw {
                    dist[w] = nd
                    sigma[w] = sv
                    heap.pushOrDecrease(Int32(truncatingIfNeeded: w), dist)
                } else if nd == dw {
                    sigma[w] += sv
                }
            }
        }
        var i = settled &- 1
        while i > 0 {
            let v = Int(order[i])
            let dv = dist[v]
            var acc = 0.0
            var a = Int(off[v])
            let end = Int(off[v &+ 1])
            while a < end {
                let w = Int(tgt[a])
                acc += dist[w] == dv + wt[a] ? coef[w] : 0
                a &+= 1
            }
            let delta = sigma[v] * acc
            bc[v] += delta
            coef[v] = (1 + delta) / sigma[v]
            i &-= 1
        }
        for j in 0..<settled { dist[Int(order[j])] = .infinity }
        return scanned
    }
}
