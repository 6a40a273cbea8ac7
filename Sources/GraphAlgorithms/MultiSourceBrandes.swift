// Brandes' algorithm for unweighted graphs, run for a batch of up to 64 sources at once in the manner of
// multi-source BFS: a node's arcs are scanned once per distinct level at which the batch's searches meet
// it, with a 64-bit mask saying which searches those are; path counts (σ) and dependencies (δ) are kept
// per node and search, and only the arcs that lie on a shortest path of some search cost per-search work.
// On small-world graphs this scans arcs several times less often than one search per source. The forward
// pass records each level as (node, mask) entries; the backward pass walks them in reverse, marking the
// masks of the level below so an arc is on a shortest path exactly for the searches in both masks.

/// The per-thread state of batched Brandes, allocated once per thread (σ takes 8 bytes per node and
/// search of the batch; the level entries grow when a batch needs more than 8 per node).
struct MultiSourceBrandes {
    /// Searches per batch.
    static let lanes = 64
    /// The largest graph batched Brandes runs on (σ then takes 128 MB per thread); larger graphs run one
    /// search per source.
    static let maximumNodes = 1 << 18
    let nodeCount: Int
    /// σ per node and search, replaced by (1 + δ) / σ once the node is done in the backward pass.
    let sigma: Scratch<Double>
    let seen: Scratch<UInt64>
    let next: Scratch<UInt64>
    let levelMask: Scratch<UInt64>
    var entryNode: Scratch<Int32>
    var entryMask: Scratch<UInt64>
    let upcoming: Scratch<Int32>
    let accumulator: Scratch<Double>
    /// Where each level's entries start (levels ≤ n).
    let levelStart: Scratch<Int>

    init(nodeCount n: Int) {
        nodeCount = n
        let lanes = Self.lanes
        sigma = Scratch(count: n * lanes, repeating: 0)
        seen = Scratch(count: n, repeating: 0)
        next = Scratch(count: n, repeating: 0)
        levelMask = Scratch(count: n, repeating: 0)
        entryNode = Scratch(count: 8 * n + lanes, repeating: 0)
        entryMask = Scratch(count: 8 * n + lanes, repeating: 0)
        upcoming = Scratch(count: n, repeating: 0)
        accumulator = Scratch(count: lanes, repeating: 0)
        levelStart = Scratch(count: n + 2, repeating: 0)
    }

    func free() {
        for s in [seen, next, levelMask, entryMask] { s.free() }
        for s in [entryNode, upcoming] { s.free() }
        sigma.free()
        accumulator.free()
        levelStart.free()
    }

    /// Adds the dependencies of the searches from `sources` (at most `lanes`, distinct) to `bc`; returns
    /// the arcs a separate search per source would have scanned.
    mutating func run(_ sources: ArraySlice<Int>, _ arcs: ArcBuffers, into bc: UnsafeMutablePointer<Double>) -> Int {
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress else { return 0 }
        let B = Self.lanes
        let sigma = self.sigma.pointer, seen = self.seen.pointer, next = self.next.pointer
        let levelMask = self.levelMask.pointer
        var node = entryNode.pointer, mask = entryMask.pointer
        let upcoming = self.upcoming.pointer, acc = accumulator.pointer, levelStart = self.levelStart.pointer
        var entries = 0
        var scanned = 0
        for (lane, s) in sources.enumerated() {
            let bit = UInt64(1) << UInt64(lane)
            seen[s] |= bit
            sigma[s &* B &+ lane] = 1
            node[entries] = Int32(truncatingIfNeeded: s)
            mask[entries] = bit
            entries &+= 1
            scanned &+= Int(off[s &+ 1] &- off[s])
        }
        // Forward: level by level, σ flows along the arcs into nodes first reached at the next level.
        var levels = 0
        levelStart[0] = 0
        while levelStart[levels] < entries {
            let start = levelStart[levels], end = entries
            var upcomingCount = 0
            for e in start..<end {
                let v = Int(node[e])
                let f = mask[e]
                let sv = sigma + v &* B
                var a = Int(off[v])
                let stop = Int(off[v &+ 1])
                while a < stop {
                    let w = Int(tgt[a])
                    a &+= 1
                    var add = f & ~seen[w]
                    if add != 0 {
                        if next[w] == 0 {
                            upcoming[upcomingCount] = Int32(truncatingIfNeeded: w)
                            upcomingCount &+= 1
                        }
                        next[w] |= add
                        let sw = sigma + w &* B
                        repeat {
                            let lane = add.trailingZeroBitCount
                            sw[lane] += sv[lane]
                            add &= add &- 1
                        } while add != 0
                    }
                }
            }
            levels &+= 1
            levelStart[levels] = entries
            if entries &+ upcomingCount > entryNode.count {
                // Rare: the batch's searches meet the nodes at many distinct levels.
                entryNode = entryNode.grown(to: 2 * (entries + upcomingCount), keeping: entries, filler: 0)
                entryMask = entryMask.grown(to: 2 * (entries + upcomingCount), keeping: entries, filler: 0)
                node = entryNode.pointer
                mask = entryMask.pointer
            }
            for i in 0..<upcomingCount {
                let w = Int(upcoming[i])
                let bits = next[w]
                next[w] = 0
                seen[w] |= bits
                node[entries] = Int32(truncatingIfNeeded: w)
                mask[entries] = bits
                entries &+= 1
                scanned &+= bits.nonzeroBitCount &* Int(off[w &+ 1] &- off[w])
            }
        }
        // Backward: from the deepest level up, δ flows back along the arcs into the level below.
        var d = levels &- 1
        while d >= 0 {
            let below = d &+ 1 < levels
            if below {
                for e in levelStart[d &+ 1]..<levelStart[d &+ 2] { levelMask[Int(node[e])] = mask[e] }
            }
            for e in levelStart[d]..<levelStart[d &+ 1] {
                let v = Int(node[e])
                let l = mask[e]
                if below {
                    var a = Int(off[v])
                    let stop = Int(off[v &+ 1])
                    while a < stop {
                        let w = Int(tgt[a])
                        a &+= 1
                        var m = l & levelMask[w]
                        if m != 0 {
                            let cw = sigma + w &* B
                            repeat {
                                let lane = m.trailingZeroBitCount
                                acc[lane] += cw[lane]
                                m &= m &- 1
                            } while m != 0
                        }
                    }
                }
                let sv = sigma + v &* B
                var bits = l
                var total = 0.0
                while bits != 0 {
                    let lane = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    let s = sv[lane]
                    let delta = s * acc[lane]
                    acc[lane] = 0
                    total += delta
                    sv[lane] = (1 + delta) / s
                }
                if d > 0 { bc[v] += total }
            }
            if below {
                for e in levelStart[d &+ 1]..<levelStart[d &+ 2] { levelMask[Int(node[e])] = 0 }
            }
            d &-= 1
        }
        // Reset what the batch touched.
        for e in 0..<entries {
            let v = Int(node[e])
            seen[v] = 0
            var bits = mask[e]
            let sv = sigma + v &* B
            while bits != 0 {
                sv[bits.trailingZeroBitCount] = 0
                bits &= bits &- 1
            }
        }
        return scanned
    }
}
