// Breadth-first search from 64 sources at once (Then et al., "The More the Merrier: Efficient Multi-Source
// Graph Traversal", VLDB 2014): each node carries a 64-bit mask of the sources that have reached it, so
// one scan of a node's arcs advances every search that has the node in its frontier at that level. On
// small-world graphs the searches of a batch meet the same node at only a few distinct levels, so the arcs
// are scanned several times less often than by 64 separate searches. Closeness and harmonic centrality of
// unweighted graphs use it; per level it yields, for each source, how many nodes it reached.

/// The per-thread state of a 64-source breadth-first search, allocated once.
struct MultiSourceBFS {
    let seen: Scratch<UInt64>
    let frontier: Scratch<UInt64>
    let next: Scratch<UInt64>
    let current: Scratch<Int32>
    let upcoming: Scratch<Int32>
    let visited: Scratch<Int32>

    init(nodeCount n: Int) {
        seen = Scratch(count: n, repeating: 0)
        frontier = Scratch(count: n, repeating: 0)
        next = Scratch(count: n, repeating: 0)
        current = Scratch(count: n, repeating: 0)
        upcoming = Scratch(count: n, repeating: 0)
        visited = Scratch(count: n, repeating: 0)
    }

    func free() {
        seen.free()
        frontier.free()
        next.free()
        current.free()
        upcoming.free()
        visited.free()
    }

    /// Searches from up to 64 `sources` (lane i is `sources[i]`) and returns, per lane, the sum of the
    /// distances, the number of nodes reached (the source included) and the sum of 1/distance.
    func run(_ sources: ArraySlice<Int>, _ arcs: ArcBuffers) -> [(total: Int, reached: Int, inverse: Double)] {
        let lanes = sources.count
        var results = [(total: Int, reached: Int, inverse: Double)](repeating: (0, 1, 0), count: lanes)
        guard let off = arcs.offsets.baseAddress, let tgt = arcs.targets.baseAddress else { return results }
        let seen = self.seen.pointer, frontier = self.frontier.pointer, next = self.next.pointer
        var current = self.current.pointer, upcoming = self.upcoming.pointer
        let visited = self.visited.pointer
        var visitedCount = 0
        var currentCount = 0
        for (lane, s) in sources.enumerated() {
            let bit = UInt64(1) << UInt64(lane)
            if seen[s] == 0 {
                current[currentCount] = Int32(s)
                currentCount += 1
                visited[visitedCount] = Int32(s)
                visitedCount += 1
            }
            seen[s] |= bit
            frontier[s] |= bit
        }
        var counts = [Int](repeating: 0, count: 64)
        var level = 0
        while currentCount > 0 {
            level += 1
            var upcomingCount = 0
            for i in 0..<currentCount {
                let v = Int(current[i])
                let f = frontier[v]
                var a = Int(off[v])
                let end = Int(off[v &+ 1])
                while a < end {
                    let w = Int(tgt[a])
                    a &+= 1
                    let add = f & ~seen[w]
                    if add != 0 {
                        if next[w] == 0 {
                            upcoming[upcomingCount] = Int32(truncatingIfNeeded: w)
                            upcomingCount &+= 1
                        }
                        next[w] |= add
                    }
                }
            }
            for i in 0..<currentCount { frontier[Int(current[i])] = 0 }
            for i in 0..<upcomingCount {
                let w = Int(upcoming[i])
                var bits = next[w]
                next[w] = 0
                if seen[w] == 0 {
                    visited[visitedCount] = Int32(truncatingIfNeeded: w)
                    visitedCount &+= 1
                }
                seen[w] |= bits
                frontier[w] = bits
                while bits != 0 {
                    counts[bits.trailingZeroBitCount] &+= 1
                    bits &= bits &- 1
                }
            }
            for lane in 0..<lanes where counts[lane] > 0 {
                let c = counts[lane]
                results[lane].total &+= c &* level
                results[lane].reached &+= c
                results[lane].inverse += Double(c) / Double(level)
                counts[lane] = 0
            }
            swap(&current, &upcoming)
            currentCount = upcomingCount
        }
        for i in 0..<visitedCount {
            let v = Int(visited[i])
            seen[v] = 0
            frontier[v] = 0
        }
        return results
    }
}
