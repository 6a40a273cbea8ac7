// Local structure on the simple undirected view (no self-loops, no parallel edges): triangles per node
// with the local clustering coefficient, by the forward algorithm (each edge oriented from lower to
// higher degree rank, so every triangle is found once in O(m^1.5)), and the k-core number of every node
// by Batagelj and Zaversnik's bucket algorithm in O(n + m).

/// Triangles through each node and its local clustering coefficient.
public struct TriangleResult: Sendable {
    /// The number of triangles through each node.
    public var triangles: [Int]
    /// 2·triangles / (d·(d − 1)) for a node of d distinct neighbours; 0 when d < 2.
    public var coefficients: [Double]
    /// The mean of the coefficients over all nodes (NetworkX's `average_clustering`).
    public var averageCoefficient: Double
    /// The number of distinct triangles in the graph.
    public var total: Int
}

/// Structural measures over a ``CompactGraph``.
public enum Structure {
    /// Triangle counts and clustering coefficients of the simple undirected view.
    /// - Complexity: O(m^1.5) time, O(n + m) memory.
    public static func triangles(_ graph: CompactGraph) -> TriangleResult {
        let simple = SimpleAdjacency(graph)
        let n = simple.nodeCount
        // Orient each edge towards the higher (degree, index) rank.
        func higher(_ a: Int, _ b: Int) -> Bool {
            let da = simple.degree(a), db = simple.degree(b)
            return db > da || (db == da && b > a)
        }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var forward: [Int32] = []
        forward.reserveCapacity(simple.neighbors.count / 2)
        for v in 0..<n {
            for a in Int(simple.offsets[v])..<Int(simple.offsets[v + 1]) where higher(v, Int(simple.neighbors[a])) {
                forward.append(simple.neighbors[a])
            }
            offsets[v + 1] = Int32(forward.count)
        }
        var count = [Int](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var total = 0
        for u in 0..<n {
            let us = Int(offsets[u])..<Int(offsets[u + 1])
            for a in us { stamp[Int(forward[a])] = Int32(u) }
            for a in us {
                let v = Int(forward[a])
                for b in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(forward[b])
                    if stamp[w] == Int32(u) {
                        count[u] += 1
                        count[v] += 1
                        count[w] += 1
                        total += 1
                    }
                }
            }
        }
        var coefficients = [Double](repeating: 0, count: n)
        var sum = 0.0
        for v in 0..<n {
            let d = simple.degree(v)
            if d >= 2 { coefficients[v] = 2 * Double(count[v]) / Double(d * (d - 1)) }
            sum += coefficients[v]
        }
        return TriangleResult(triangles: count, coefficients: coefficients, averageCoefficient: n > 0 ? sum / Double(n) : 0, total: total)
    }

    /// The core number of each node of the simple undirected view: the largest k such that the node
    /// belongs to a subgraph where every node has at least k neighbours.
    /// - Complexity: O(n + m).
    public static func coreNumbers(_ graph: CompactGraph) -> [Int] {
        let simple = SimpleAdjacency(graph)
        let n = simple.nodeCount
        var degree = (0..<n).map { simple.degree($0) }
        let maxDegree = degree.max() ?? 0
        var bin = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { bin[d] += 1 }
        var start = 0
        for d in 0...maxDegree {
            let count = bin[d]
            bin[d] = start
            start += count
        }
        var position = [Int](repeating: 0, count: n)
        var vertex = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = bin[degree[v]]
            vertex[position[v]] = v
            bin[degree[v]] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
        if maxDegree >= 0 { bin[0] = 0 }
        for i in 0..<n {
            let v = vertex[i]
            for a in Int(simple.offsets[v])..<Int(simple.offsets[v + 1]) {
                let u = Int(simple.neighbors[a])
                if degree[u] > degree[v] {
                    let du = degree[u]
                    let pu = position[u]
                    let pw = bin[du]
                    let w = vertex[pw]
                    if u != w {
                        position[u] = pw
                        vertex[pu] = w
                        position[w] = pu
                        vertex[pw] = u
                    }
                    bin[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return degree
    }
}
