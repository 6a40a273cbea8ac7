// Shortest paths between two nodes along the out-arcs of the view: breadth-first on an unweighted graph,
// Dijkstra's algorithm on a weighted one. `shortestPath` stops as soon as the target is settled;
// `allShortestPaths` computes the distances, marks the nodes that lie on some shortest path to the
// target (walking tight arcs backwards from it), and enumerates the paths forwards from the source in arc
// order, so each path knows the arcs (hence the relationships) it used.

/// One path: its nodes, the arcs between them, and the distance at every node.
public struct PathResult: Sendable, Equatable {
    /// Node indexes from source to target.
    public var nodes: [Int]
    /// Out-arc indexes (into `outTargets`) of each step; `nodes.count - 1` of them.
    public var arcs: [Int]
    /// The distance from the source at each node (0 first).
    public var costs: [Double]
    /// The length of the path.
    public var totalCost: Double { costs.last ?? 0 }
}

/// Shortest-path searches over a ``CompactGraph``.
public enum ShortestPaths {
    /// The distance from `source` to every node (`+infinity` where unreachable).
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(m) unweighted, O(m + n log n) weighted.
    public static func distances(_ graph: CompactGraph, from source: Int) throws(AlgorithmError) -> [Double] {
        try search(graph, from: source, stopAt: nil).distance
    }

    /// One shortest path from `source` to `target`, or nil when the target is unreachable.
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(m) unweighted, O(m + n log n) weighted.
    public static func shortestPath(_ graph: CompactGraph, from source: Int, to target: Int) throws(AlgorithmError) -> PathResult? {
        let state = try search(graph, from: source, stopAt: target)
        guard state.distance[target].isFinite else { return nil }
        var nodes = [target]
        var arcs: [Int] = []
        var v = target
        while v != source {
            let a = state.parentArc[v]
            arcs.append(a)
            v = state.parent[v]
            nodes.append(v)
        }
        nodes.reverse()
        arcs.reverse()
        return PathResult(nodes: nodes, arcs: arcs, costs: nodes.map { state.distance[$0] })
    }

    /// One shortest path from `source` to every node it reaches (itself first), by increasing distance
    /// (ties by node index), all from one search tree.
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(m + n log n) plus the length of the output.
    public static func shortestPaths(_ graph: CompactGraph, from source: Int) throws(AlgorithmError) -> [PathResult] {
        let state = try search(graph, from: source, stopAt: nil)
        let reached = (0..<graph.nodeCount).filter { state.distance[$0].isFinite }
            .sorted { (state.distance[$0], $0) < (state.distance[$1], $1) }
        return reached.map { target in
            var nodes = [target]
            var arcs: [Int] = []
            var v = target
            while v != source {
                arcs.append(state.parentArc[v])
                v = state.parent[v]
                nodes.append(v)
            }
            nodes.reverse()
            arcs.reverse()
            return PathResult(nodes: nodes, arcs: arcs, costs: nodes.map { state.distance[$0] })
        }
    }

    /// Every shortest path from `source` to `target` (parallel arcs give distinct paths), in arc order; at
    /// most `limit` of them when given. Empty when the target is unreachable.
    ///
    /// - Throws: ``AlgorithmError/invalidWeight(parameter:value:reason:)`` for a negative weight.
    /// - Complexity: O(m + n log n) plus the length of the output.
    public static func allShortestPaths(_ graph: CompactGraph, from source: Int, to target: Int, limit: Int? = nil) throws(AlgorithmError)
        -> [PathResult]
    {
        let distance = try search(graph, from: source, stopAt: nil).distance
        guard distance[target].isFinite else { return [] }
        func weight(_ a: Int) -> Double { graph.outWeights?[a] ?? 1 }
        // Nodes on some shortest path to the target: backwards over tight in-arcs.
        let n = graph.nodeCount
        var onPath = [Bool](repeating: false, count: n)
        onPath[target] = true
        var stack = [target]
        while let v = stack.popLast() {
            for a in graph.inRange(v) {
                let u = Int(graph.inSources[a])
                if !onPath[u], distance[u] + (graph.inWeights?[a] ?? 1) == distance[v] {
                    onPath[u] = true
                    stack.append(u)
                }
            }
        }
        // Enumerate forwards along tight out-arcs into marked nodes.
        var results: [PathResult] = []
        var nodes = [source]
        var arcs: [Int] = []
        var cursor = [graph.outRange(source).lowerBound]
        var inPath = [Bool](repeating: false, count: n)
        inPath[source] = true
        if source == target { return [PathResult(nodes: [source], arcs: [], costs: [0])] }
        while let top = cursor.last {
            if let limit, results.count >= limit { break }
            let v = nodes[nodes.count - 1]
            let end = graph.outRange(v).upperBound
            var a = top
            while a < end {
                let w = Int(graph.outTargets[a])
                if onPath[w], !inPath[w], distance[v] + weight(a) == distance[w] { break }
                a += 1
            }
            if a == end {
                cursor.removeLast()
                inPath[nodes.removeLast()] = false
                if !arcs.isEmpty { arcs.removeLast() }
                continue
            }
            cursor[cursor.count - 1] = a + 1
            let w = Int(graph.outTargets[a])
            if w == target {
                results.append(PathResult(nodes: nodes + [w], arcs: arcs + [a], costs: (nodes + [w]).map { distance[$0] }))
            } else {
                nodes.append(w)
                inPath[w] = true
                arcs.append(a)
                cursor.append(graph.outRange(w).lowerBound)
            }
        }
        return results
    }

    struct SearchState {
        var distance: [Double]
        var parent: [Int]
        var parentArc: [Int]
    }

    /// BFS or Dijkstra from `source`, stopping once `stopAt` is settled.
    static func search(_ graph: CompactGraph, from source: Int, stopAt: Int?) throws(AlgorithmError) -> SearchState {
        let n = graph.nodeCount
        if graph.isWeighted { try Centrality.checkLengths(graph, parameter: "weightProperty") }
        var distance = [Double](repeating: .infinity, count: n)
        var parent = [Int](repeating: -1, count: n)
        var parentArc = [Int](repeating: -1, count: n)
        distance[source] = 0
        if let weights = graph.outWeights {
            var heap = IndexedHeap(capacity: n)
            defer { heap.free() }
            distance.withUnsafeMutableBufferPointer { d in
                guard let dist = d.baseAddress else { return }
                heap.pushOrDecrease(Int32(source), dist)
                while !heap.isEmpty {
                    let v = Int(heap.popMin(dist))
                    if v == stopAt { break }
                    for a in graph.outRange(v) {
                        let w = Int(graph.outTargets[a])
                        let nd = dist[v] + weights[a]
                        if nd < dist[w] {
                            dist[w] = nd
                            parent[w] = v
                            parentArc[w] = a
                            heap.pushOrDecrease(Int32(w), dist)
                        }
                    }
                }
            }
        } else {
            var queue = [source]
            var head = 0
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for a in graph.outRange(v) {
                    let w = Int(graph.outTargets[a])
                    if distance[w] == .infinity {
                        distance[w] = distance[v] + 1
                        parent[w] = v
                        parentArc[w] = a
                        if w == stopAt { break search }
                        queue.append(w)
                    }
                }
            }
        }
        let state = SearchState(distance: distance, parent: parent, parentArc: parentArc)
        return state
    }
}
