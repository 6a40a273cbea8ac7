// ClusterGraph's network layout: stress majorization by stochastic gradient descent (Zheng, Pawar and
// Goodman, "Graph Drawing by Stochastic Gradient Descent", IEEE TVCG 2019 — the method behind Graphviz's
// `neato -Gmode=sgd`). It minimizes the stress neato minimizes — Σ d⁻²(|pᵢ − pⱼ| − d)² over all pairs,
// d the pair's ideal distance — but moves one pair at a time along a fixed annealing schedule, which
// converges in a few dozen sweeps instead of neato's hundreds of majorization steps. The ideal distance
// is the number of hops times the edge length plus the two nodes' half-sizes, so large nodes get room;
// what still overlaps afterwards is removed by scaling the whole layout up just enough (shape kept
// exactly). Each connected component is laid out alone and the components are packed in rows, largest
// first. Graphviz then only draws (its overlap removal finds nothing left to do). Deterministic: the
// shuffle and the initial positions come from a fixed seed.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Positions for the nodes of a network.
public enum StressLayout {
    /// The distance, in points, between two nodes one hop apart (neato's default `len`, one inch).
    public static let edgeLength = 72.0
    /// Sweeps over all pairs.
    public static let iterations = 30
    /// Room between packed components, in points.
    static let gap = 36.0

    /// Positions (points) of the centres of nodes of the given `sizes` (width, height in points) joined
    /// by `edges` (pairs of indices; direction and repetition ignored); no two nodes' boxes overlap.
    /// - Complexity: O(n²) time and memory per component of n nodes (all-pairs hop distances).
    public static func positions(sizes: [(width: Double, height: Double)], edges: [(Int, Int)], seed: UInt64 = 0x5EED) -> [PlanePoint] {
        let nodeCount = sizes.count
        var neighbours = [[Int]](repeating: [], count: nodeCount)
        for (a, b) in edges where a != b && a >= 0 && b >= 0 && a < nodeCount && b < nodeCount {
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        var random = SplitMix(seed: seed)
        var positions = [PlanePoint](repeating: PlanePoint(x: 0, y: 0), count: nodeCount)
        var boxes: [(members: [Int], width: Double, height: Double)] = []
        for members in components(neighbours) {
            let local = separated(layOut(members, neighbours: neighbours, sizes: sizes, random: &random), sizes: members.map { sizes[$0] })
            // Move the component to the origin; remember its box.
            // Boxes of the nodes, not only their centres.
            let lefts = members.indices.map { local[$0].x - sizes[members[$0]].width / 2 }
            let rights = members.indices.map { local[$0].x + sizes[members[$0]].width / 2 }
            let bottoms = members.indices.map { local[$0].y - sizes[members[$0]].height / 2 }
            let tops = members.indices.map { local[$0].y + sizes[members[$0]].height / 2 }
            let minX = lefts.min() ?? 0, minY = bottoms.min() ?? 0
            for (i, node) in members.enumerated() { positions[node] = PlanePoint(x: local[i].x - minX, y: local[i].y - minY) }
            boxes.append((members, (rights.max() ?? 0) - minX, (tops.max() ?? 0) - minY))
        }
        // Pack the components in rows (largest first) about as wide as the whole is tall.
        boxes.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        let area = boxes.reduce(0.0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let rowWidth = max(area.squareRoot(), boxes.first.map { $0.width + gap } ?? 0)
        var (x, y, rowHeight) = (0.0, 0.0, 0.0)
        for box in boxes {
            if x > 0, x + box.width > rowWidth {
                y -= rowHeight + gap
                (x, rowHeight) = (0, 0)
            }
            for node in box.members {
                positions[node].x += x
                positions[node].y += y - box.height
            }
            x += box.width + gap
            rowHeight = max(rowHeight, box.height)
        }
        return positions
    }

    /// The connected components, each a list of node indices in increasing order, ordered by their
    /// smallest node.
    static func components(_ neighbours: [[Int]]) -> [[Int]] {
        var seen = [Bool](repeating: false, count: neighbours.count)
        var result: [[Int]] = []
        for start in neighbours.indices where !seen[start] {
            var members = [start]
            seen[start] = true
            var next = 0
            while next < members.count {
                for neighbour in neighbours[members[next]] where !seen[neighbour] {
                    seen[neighbour] = true
                    members.append(neighbour)
                }
                next += 1
            }
            result.append(members.sorted())
        }
        return result
    }

    /// The space kept between two nodes' boxes, in points.
    static let margin = 8.0

    /// `points` scaled by the least factor that leaves no two boxes overlapping.
    static func separated(_ points: [PlanePoint], sizes: [(width: Double, height: Double)]) -> [PlanePoint] {
        var factor = 1.0
        for i in points.indices {
            for j in points.indices where j > i {
                let reachX = (sizes[i].width + sizes[j].width) / 2 + margin
                let reachY = (sizes[i].height + sizes[j].height) / 2 + margin
                let (dx, dy) = (abs(points[i].x - points[j].x), abs(points[i].y - points[j].y))
                guard dx < reachX && dy < reachY else { continue }
                // Apart once either gap is wide enough; two nodes at one point cannot be scaled apart.
                let needed = min(dx > 0 ? reachX / dx : .infinity, dy > 0 ? reachY / dy : .infinity)
                if needed.isFinite { factor = max(factor, needed) }
            }
        }
        guard factor > 1 else { return points }
        return points.map { PlanePoint(x: $0.x * factor, y: $0.y * factor) }
    }

    /// One connected component by SGD on its pairs.
    static func layOut(_ members: [Int], neighbours: [[Int]], sizes: [(width: Double, height: Double)], random: inout SplitMix) -> [PlanePoint] {
        let n = members.count
        guard n > 1 else { return [PlanePoint(x: 0, y: 0)] }
        var index = [Int: Int](minimumCapacity: n)
        for (i, node) in members.enumerated() { index[node] = i }
        // Hop distances from every node (BFS), as pairs i < j.
        var pairs: [(i: Int32, j: Int32, distance: Double)] = []
        pairs.reserveCapacity(n * (n - 1) / 2)
        var hops = [Int32](repeating: -1, count: n)
        var queue = [Int](repeating: 0, count: n)
        // A node's half-size along the line to another: between half its height and half its width.
        let radius = members.map { (sizes[$0].width + sizes[$0].height) / 4 }
        var (longest, shortest) = (1.0, Double.infinity)
        for source in 0..<n {
            for k in 0..<n { hops[k] = -1 }
            hops[source] = 0
            queue[0] = source
            var (head, tail) = (0, 1)
            while head < tail {
                let current = queue[head]
                head += 1
                for neighbour in neighbours[members[current]] {
                    guard let k = index[neighbour], hops[k] < 0 else { continue }
                    hops[k] = hops[current] + 1
                    queue[tail] = k
                    tail += 1
                }
            }
            for target in (source + 1)..<n where hops[target] > 0 {
                let d = Double(hops[target]) * edgeLength + radius[source] + radius[target]
                longest = max(longest, d)
                shortest = min(shortest, d)
                pairs.append((Int32(source), Int32(target), d))
            }
        }
        // Random start in a square of the expected size.
        let side = Double(n).squareRoot() * edgeLength
        var x = (0..<n).map { _ in random.unit() * side }
        var y = (0..<n).map { _ in random.unit() * side }
        // Step sizes from 1/min weight (= longest²) down to 0.1/max weight (= 0.1 · shortest²), geometrically.
        let (etaMax, etaMin) = (longest * longest, 0.1 * shortest * shortest)
        let decay = log(etaMax / etaMin) / Double(iterations - 1)
        for sweep in 0..<iterations {
            let eta = etaMax * exp(-decay * Double(sweep))
            // Fisher–Yates shuffle of the pairs.
            for k in stride(from: pairs.count - 1, to: 0, by: -1) {
                let other = Int(random.next() % UInt64(k + 1))
                pairs.swapAt(k, other)
            }
            for pair in pairs {
                let (i, j, d) = (Int(pair.i), Int(pair.j), pair.distance)
                let mu = min(eta / (d * d), 1)
                let (dx, dy) = (x[i] - x[j], y[i] - y[j])
                let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
                let move = mu * (length - d) / (2 * length)
                x[i] -= move * dx
                y[i] -= move * dy
                x[j] += move * dx
                y[j] += move * dy
            }
        }
        return (0..<n).map { PlanePoint(x: x[$0], y: y[$0]) }
    }

    /// The layout's stress: Σ d⁻² (|pᵢ − pⱼ| − d·edgeLength)² over connected pairs (for tests and tuning).
    public static func stress(of positions: [PlanePoint], edges: [(Int, Int)]) -> Double {
        var neighbours = [[Int]](repeating: [], count: positions.count)
        for (a, b) in edges where a != b {
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        var total = 0.0
        for source in positions.indices {
            var hops = [Int](repeating: -1, count: positions.count)
            hops[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let current = queue[head]
                head += 1
                for neighbour in neighbours[current] where hops[neighbour] < 0 {
                    hops[neighbour] = hops[current] + 1
                    queue.append(neighbour)
                }
            }
            for target in (source + 1)..<positions.count where hops[target] > 0 {
                let d = Double(hops[target]) * edgeLength
                let (dx, dy) = (positions[source].x - positions[target].x, positions[source].y - positions[target].y)
                let error = (dx * dx + dy * dy).squareRoot() - d
                total += error * error / (d * d)
            }
        }
        return total
    }
}

/// A small, fast, seedable generator (SplitMix64), so layouts are the same from run to run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
