// Louvain community detection (Blondel et al. 2008) on the undirected view: nodes move, in a seeded
// random order, to the neighbouring community with the largest modularity gain until a sweep moves
// nobody; communities then become the nodes of the next level, and levels repeat while modularity
// improves by more than the threshold (NetworkX's stopping rule). Neighbour-community weights gather in
// a dense array reset through a touched list, so a sweep costs O(m) with no allocation. The result is
// deterministic for a seed. Modularity (with resolution γ) is computed as NetworkX does.

/// A partition of the nodes into communities, with its modularity.
public struct CommunityResult: Sendable {
    /// The community of each node, named by the smallest node index in it.
    public var community: [Int32]
    /// The number of communities.
    public var count: Int
    /// The modularity of the partition on the undirected view of the input graph.
    public var modularity: Double
    /// Levels (Louvain) or iterations (label propagation) run.
    public var iterations: Int
}

/// Options of ``Communities/louvain(_:_:)``.
public struct LouvainOptions: Sendable {
    /// γ: above 1 favours smaller communities, below 1 larger ones.
    public var resolution: Double
    /// A level must raise modularity by more than this to be kept going.
    public var threshold: Double
    /// The most aggregation levels to run.
    public var maxLevels: Int
    /// The seed of the node order.
    public var seed: UInt64

    /// Options with NetworkX's defaults.
    public init(resolution: Double = 1, threshold: Double = 1e-7, maxLevels: Int = 100, seed: UInt64 = 0) {
        self.resolution = resolution
        self.threshold = threshold
        self.maxLevels = maxLevels
        self.seed = seed
    }
}

/// Community detection over a ``CompactGraph``.
public enum Communities {
    /// Louvain communities of the undirected view.
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:reason:)`` for a resolution or threshold out of
    ///   range; ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(levels · sweeps · m) time, O(n + m) memory.
    public static func louvain(_ graph: CompactGraph, _ options: LouvainOptions = LouvainOptions()) throws(AlgorithmError) -> CommunityResult {
        guard options.resolution > 0, options.resolution.isFinite else {
            throw .invalidParameter(name: "resolution", reason: "must be positive, got \(options.resolution)")
        }
        guard options.threshold >= 0 else { throw .invalidParameter(name: "threshold", reason: "must not be negative, got \(options.threshold)") }
        guard options.maxLevels >= 1 else { throw .invalidParameter(name: "maxLevels", reason: "must be at least 1, got \(options.maxLevels)") }
        try checkNonNegative(graph)
        let undirected = graph.undirected()
        let base = LevelGraph(undirected)
        var level = base
        let n = graph.nodeCount
        var membership = (0..<n).map { Int32($0) }
        var generator = SeededGenerator(seed: options.seed)
        let gamma = options.resolution
        var current = level.modularity(of: Array(0..<Int32(level.count)), resolution: gamma)
        var levels = 0
        while levels < options.maxLevels {
            try Cancellation.throwIfRequested()
            let (communities, moved) = level.moveNodes(resolution: gamma, generator: &generator)
            if !moved { break }
            levels += 1
            let (renumbered, count) = renumber(communities)
            for v in 0..<n { membership[v] = renumbered[Int(membership[v])] }
            let next = level.modularity(of: renumbered, resolution: gamma)
            level = level.aggregated(by: renumbered, count: count)
            if next - current <= options.threshold { break }
            current = next
        }
        let named = nameBySmallest(membership)
        return CommunityResult(
            community: named.0, count: named.1, modularity: base.modularity(of: renumber(named.0).0, resolution: gamma), iterations: levels)
    }

    /// Modularity of a partition (communities given per node by any integer label) on the undirected view,
    /// with self-loops and parallel edges counted as NetworkX counts them.
    /// - Complexity: O(n + m).
    public static func modularity(_ graph: CompactGraph, _ community: [Int32], resolution: Double = 1) -> Double {
        let level = LevelGraph(graph.undirected())
        let (renumbered, _) = renumber(community)
        return level.modularity(of: renumbered, resolution: resolution)
    }

    /// Dense community numbers 0..<count in order of first appearance.
    /// - Complexity: O(n) (with a hash table when labels are not node indexes).
    static func renumber(_ labels: [Int32]) -> ([Int32], Int) {
        if labels.allSatisfy({ $0 >= 0 && Int($0) < labels.count }) {
            var map = [Int32](repeating: -1, count: labels.count)
            var out = [Int32](repeating: 0, count: labels.count)
            var count: Int32 = 0
            for (i, l) in labels.enumerated() {
                if map[Int(l)] < 0 {
                    map[Int(l)] = count
                    count += 1
                }
                out[i] = map[Int(l)]
            }
            return (out, Int(count))
        }
        var map = [Int32: Int32]()
        var out = [Int32](repeating: 0, count: labels.count)
        for (i, l) in labels.enumerated() {
            if let m = map[l] {
                out[i] = m
            } else {
                let m = Int32(map.count)
                map[l] = m
                out[i] = m
            }
        }
        return (out, map.count)
    }

    /// Labels replaced by the smallest node index carrying them, and the number of labels.
    static func nameBySmallest(_ labels: [Int32]) -> ([Int32], Int) {
        let (dense, count) = renumber(labels)
        var smallest = [Int32](repeating: -1, count: count)
        for (i, c) in dense.enumerated() where smallest[Int(c)] < 0 { smallest[Int(c)] = Int32(i) }
        return (dense.map { smallest[Int($0)] }, count)
    }

    static func checkNonNegative(_ graph: CompactGraph) throws(AlgorithmError) {
        if let w = graph.outWeights, let bad = w.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidWeight(parameter: "weightProperty", value: bad, reason: "cannot weigh a community edge (must be finite and not negative)")
        }
    }
}

/// One level of Louvain: an undirected weighted graph without self-loop arcs, the self-loop weight of
/// each node kept apart, and each node's strength k (self-loops counted twice).
struct LevelGraph {
    var offsets: [Int32]
    var targets: [Int32]
    var weights: [Double]
    var loops: [Double]
    var strength: [Double]
    var count: Int { loops.count }
    /// Σ strength = 2m.
    var total: Double

    init(offsets: [Int32], targets: [Int32], weights: [Double], loops: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        var strength = [Double](repeating: 0, count: loops.count)
        var total = 0.0
        for v in 0..<loops.count {
            var k = 2 * loops[v]
            for a in Int(offsets[v])..<Int(offsets[v + 1]) { k += weights[a] }
            strength[v] = k
            total += k
        }
        self.strength = strength
        self.total = total
    }

    /// The level of an undirected compact graph.
    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var loops = [Double](repeating: 0, count: n)
        targets.reserveCapacity(graph.arcCount)
        weights.reserveCapacity(graph.arcCount)
        for v in 0..<n {
            for a in graph.outRange(v) {
                let w = graph.outWeights?[a] ?? 1
                let t = graph.outTargets[a]
                if Int(t) == v {
                    loops[v] += w
                } else {
                    targets.append(t)
                    weights.append(w)
                }
            }
            offsets[v + 1] = Int32(targets.count)
        }
        self.init(offsets: offsets, targets: targets, weights: weights, loops: loops)
    }

    /// Modularity of `community` (dense labels) on this level.
    func modularity(of community: [Int32], resolution: Double) -> Double {
        guard total > 0 else { return 0 }
        let m = total / 2
        var inside = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        for v in 0..<count {
            let c = Int(community[v])
            degree[c] += strength[v]
            inside[c] += loops[v]
            for a in Int(offsets[v])..<Int(offsets[v + 1]) where community[Int(targets[a])] == Int32(c) {
                inside[c] += weights[a] / 2
            }
        }
        var q = 0.0
        for c in 0..<count where degree[c] > 0 || inside[c] > 0 {
            q += inside[c] / m - resolution * (degree[c] / total) * (degree[c] / total)
        }
        return q
    }

    /// The local moving phase (with the queue of Traag's fast local moving: after a move, only the
    /// neighbours outside the new community are evaluated again): returns each node's community (a node
    /// index) and whether any node moved.
    func moveNodes(resolution gamma: Double, generator: inout SeededGenerator) -> ([Int32], Bool) {
        let n = count
        var community = (0..<n).map { Int32($0) }
        guard total > 0 else { return (community, false) }
        var order = (0..<n).map { Int32($0) }
        order.shuffle(using: &generator)
        let totals = Scratch<Double>(count: n, repeating: 0)
        let linkWeight = Scratch<Double>(count: n, repeating: 0)
        // Marks which communities the current evaluation has met: an evaluation number, never reused.
        let stamp = Scratch<Int>(count: n, repeating: -1)
        let touched = Scratch<Int32>(count: n + 1, repeating: 0)
        let touchedWeight = Scratch<Double>(count: n + 1, repeating: 0)
        let queued = Scratch<Bool>(count: n, repeating: true)
        // A ring buffer of the nodes to evaluate; it never holds a node twice.
        let queue = Scratch<Int32>(count: n, repeating: 0)
        defer {
            totals.free()
            linkWeight.free()
            touchedWeight.free()
            stamp.free()
            touched.free()
            queued.free()
            queue.free()
        }
        for v in 0..<n {
            totals[v] = strength[v]
            queue[v] = order[v]
        }
        var head = 0, size = n
        var movedAny = false
        let scale = gamma / total
        var evaluations = 0
        let limit = 1000 * n
        community.withUnsafeMutableBufferPointer { comm in
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { tgt in
                    weights.withUnsafeBufferPointer { wt in
                        strength.withUnsafeBufferPointer { k in
                            while size > 0, evaluations < limit {
                                evaluations += 1
                                let i = Int(queue[head])
                                head = head + 1 == n ? 0 : head + 1
                                size -= 1
                                queued[i] = false
                                let own = comm[i]
                                let ki = k[i]
                                touched[0] = own
                                touchedWeight[0] = 0
                                var touchedCount = 1
                                let start = Int(off[i]), end = Int(off[i + 1])
                                if end - start <= 32 {
                                    // Few neighbours: gather their communities by linear search (all in L1).
                                    for a in start..<end {
                                        let c = comm[Int(tgt[a])]
                                        var t = 0
                                        while t < touchedCount, touched[t] != c { t += 1 }
                                        if t == touchedCount {
                                            touched[t] = c
                                            touchedWeight[t] = wt[a]
                                            touchedCount += 1
                                        } else {
                                            touchedWeight[t] += wt[a]
                                        }
                                    }
                                } else {
                                    stamp[Int(own)] = evaluations
                                    linkWeight[Int(own)] = 0
                                    for a in start..<end {
                                        let c = Int(comm[Int(tgt[a])])
                                        if stamp[c] != evaluations {
                                            stamp[c] = evaluations
                                            linkWeight[c] = 0
                                            touched[touchedCount] = Int32(c)
                                            touchedCount += 1
                                        }
                                        linkWeight[c] += wt[a]
                                    }
                                    for t in 0..<touchedCount { touchedWeight[t] = linkWeight[Int(touched[t])] }
                                }
                                totals[Int(own)] -= ki
                                var best = own
                                var bestGain = touchedWeight[0] - scale * totals[Int(own)] * ki
                                for t in 1..<touchedCount {
                                    let c = touched[t]
                                    let gain = touchedWeight[t] - scale * totals[Int(c)] * ki
                                    if gain > bestGain {
                                        bestGain = gain
                                        best = c
                                    }
                                }
                                totals[Int(best)] += ki
                                guard best != own else { continue }
                                comm[i] = best
                                movedAny = true
                                for a in start..<end {
                                    let j = Int(tgt[a])
                                    if !queued[j], comm[j] != best {
                                        queued[j] = true
                                        var tail = head + size
                                        if tail >= n { tail -= n }
                                        queue[tail] = Int32(j)
                                        size += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (community, movedAny)
    }

    /// The next level: one node per community (labels dense in 0..<count).
    func aggregated(by community: [Int32], count groups: Int) -> LevelGraph {
        // Members of each community, as a CSR.
        var memberOffsets = [Int32](repeating: 0, count: groups + 1)
        for c in community { memberOffsets[Int(c) + 1] += 1 }
        for c in 0..<groups { memberOffsets[c + 1] += memberOffsets[c] }
        var next = memberOffsets
        var members = [Int32](repeating: 0, count: count)
        for v in 0..<count {
            let c = Int(community[v])
            members[Int(next[c])] = Int32(v)
            next[c] += 1
        }
        var offsets = [Int32](repeating: 0, count: groups + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var loops = [Double](repeating: 0, count: groups)
        var acc = [Double](repeating: 0, count: groups)
        var stamp = [Int32](repeating: -1, count: groups)
        var touched: [Int32] = []
        for c in 0..<groups {
            for m in Int(memberOffsets[c])..<Int(memberOffsets[c + 1]) {
                let v = Int(members[m])
                loops[c] += self.loops[v]
                for a in Int(self.offsets[v])..<Int(self.offsets[v + 1]) {
                    let d = community[Int(self.targets[a])]
                    if Int(d) == c {
                        loops[c] += self.weights[a] / 2
                    } else {
                        if stamp[Int(d)] != Int32(c) {
                            stamp[Int(d)] = Int32(c)
                            acc[Int(d)] = 0
                            touched.append(d)
                        }
                        acc[Int(d)] += self.weights[a]
                    }
                }
            }
            for d in touched {
                targets.append(d)
                weights.append(acc[Int(d)])
            }
            touched.removeAll(keepingCapacity: true)
            offsets[c + 1] = Int32(targets.count)
        }
        return LevelGraph(offsets: offsets, targets: targets, weights: weights, loops: loops)
    }
}
