// Connected components: weakly connected by union–find over the arcs (union by smaller index, path
// halving), strongly connected by Tarjan's algorithm with an explicit stack (no recursion, so deep graphs
// cannot overflow the thread stack). A component is named by its smallest node index, which makes the
// numbering deterministic and independent of traversal order.

/// A partition of the nodes into components.
public struct ComponentResult: Sendable {
    /// The smallest node index of each node's component.
    public var representative: [Int32]
    /// The number of components.
    public var count: Int

    /// The size of each node's component.
    /// - Complexity: O(n).
    public var sizes: [Int] {
        var size = [Int](repeating: 0, count: representative.count)
        for r in representative { size[Int(r)] += 1 }
        return representative.map { size[Int($0)] }
    }
}

/// Component algorithms over a ``CompactGraph``.
public enum Components {
    /// Weakly connected components (arc directions ignored).
    /// - Complexity: O(n + m·α(n)).
    public static func weak(_ graph: CompactGraph) -> ComponentResult {
        let n = graph.nodeCount
        let undirected = graph.isUndirected
        var parent = [Int32](repeating: 0, count: n)
        for v in 0..<n { parent[v] = Int32(v) }
        parent.withUnsafeMutableBufferPointer { p in
            @inline(__always) func find(_ x: Int32) -> Int32 {
                var x = x
                while p[Int(x)] != x {
                    let up = p[Int(p[Int(x)])]
                    p[Int(x)] = up
                    x = up
                }
                return x
            }
            graph.withOutArcs { arcs in
                for v in 0..<n {
                    // v's root, kept current through the unions below (a union only lowers it).
                    var rv = find(Int32(v))
                    var a = Int(arcs.offsets[v])
                    let end = Int(arcs.offsets[v + 1])
                    while a < end {
                        let w = arcs.targets[a]
                        a += 1
                        // An undirected view holds each edge twice; one of its arcs is enough.
                        if undirected, Int(w) < v { continue }
                        let rw = find(w)
                        if rv < rw {
                            p[Int(rw)] = rv
                        } else if rw < rv {
                            p[Int(rv)] = rw
                            rv = rw
                        }
                    }
                }
            }
            // Parents never exceed their children, so one ascending pass reaches every root.
            for v in 0..<n { p[v] = p[Int(p[v])] }
        }
        var count = 0
        for v in 0..<n where parent[v] == Int32(v) { count += 1 }
        return ComponentResult(representative: parent, count: count)
    }

    /// Strongly connected components (Tarjan). On an undirected view they equal the weak components.
    /// - Complexity: O(n + m).
    public static func strong(_ graph: CompactGraph) -> ComponentResult {
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var representative = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var calls: [(node: Int32, arc: Int32)] = []
        var counter: Int32 = 0
        var count = 0
        for root in 0..<n where index[root] < 0 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            calls.append((Int32(root), graph.outOffsets[root]))
            while let (v32, a) = calls.last {
                let v = Int(v32)
                if a < graph.outOffsets[v + 1] {
                    calls[calls.count - 1].arc = a + 1
                    let w = Int(graph.outTargets[Int(a)])
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        calls.append((Int32(w), graph.outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = Swift.min(low[v], index[w])
                    }
                } else {
                    calls.removeLast()
                    if let parent = calls.last { low[Int(parent.node)] = Swift.min(low[Int(parent.node)], low[v]) }
                    if low[v] == index[v] {
                        let start = stack.lastIndex(of: v32) ?? 0
                        let members = stack[start...]
                        let smallest = members.min() ?? v32
                        for m in members {
                            onStack[Int(m)] = false
                            representative[Int(m)] = smallest
                        }
                        stack.removeSubrange(start...)
                        count += 1
                    }
                }
            }
        }
        return ComponentResult(representative: representative, count: count)
    }
}
