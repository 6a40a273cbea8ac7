// Degree and the centralities computed by power iteration: PageRank, eigenvector and Katz. The
// iterations are NetworkX's (same start vectors, same update, same L1 stopping rule `Σ|Δx| < n·tol`), so
// the numbers agree with it to far below the tolerance; each pulls over the in-arcs into a second
// buffer, with no allocation inside the loop. A run that does not reach the tolerance is an error, never
// a number.

/// Options of ``Centrality/pageRank(_:_:)``.
public struct PageRankOptions: Sendable {
    /// The probability of following an arc rather than jumping; in [0, 1).
    public var damping: Double
    /// The iteration stops when Σ|Δx| < nodeCount · tolerance.
    public var tolerance: Double
    /// A run that has not converged after this many iterations is an error.
    public var maxIterations: Int
    /// Jump probabilities per node index (normalized to sum 1); nil for uniform.
    public var personalization: [Double]?

    /// Options with NetworkX's defaults.
    public init(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100, personalization: [Double]? = nil) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.personalization = personalization
    }
}

/// Scores with the number of iterations they took.
public struct IterativeResult: Sendable {
    /// The score of each node index.
    public var scores: [Double]
    /// The iterations run until the change fell below the tolerance.
    public var iterations: Int
}

extension Centrality {
    /// The degree of each node in the view (its out-arcs: use direction `in` for in-degree and `both` for
    /// the total), or the sum of the arc weights when weighted; divided by n − 1 when `normalized`.
    /// - Complexity: O(n + m).
    public static func degree(_ graph: CompactGraph, normalized: Bool = false) -> [Double] {
        let n = graph.nodeCount
        var scores = [Double](repeating: 0, count: n)
        for v in 0..<n {
            if let w = graph.outWeights {
                var sum = 0.0
                for a in graph.outRange(v) { sum += w[a] }
                scores[v] = sum
            } else {
                scores[v] = Double(graph.outOffsets[v + 1] - graph.outOffsets[v])
            }
        }
        if normalized, n > 1 { for v in 0..<n { scores[v] /= Double(n - 1) } }
        return scores
    }

    /// PageRank by power iteration, as NetworkX: dangling nodes jump by the personalization vector.
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:reason:)`` for a damping outside [0, 1), a
    ///   tolerance or iteration count below the minimum, or a bad personalization;
    ///   ``AlgorithmError/didNotConverge(algorithm:iterations:residual:threshold:hint:)``.
    /// - Complexity: O(iterations · (n + m)).
    public static func pageRank(_ graph: CompactGraph, _ options: PageRankOptions = PageRankOptions()) throws(AlgorithmError)
        -> IterativeResult
    {
        let n = graph.nodeCount
        let alpha = options.damping
        guard alpha >= 0, alpha < 1 else { throw .invalidParameter(name: "damping", reason: "must be in [0, 1), got \(alpha)") }
        try checkIteration(options.tolerance, options.maxIterations)
        if n == 0 { return IterativeResult(scores: [], iterations: 0) }
        if let w = graph.outWeights, let bad = w.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidWeight(parameter: "weightProperty", value: bad, reason: "cannot be a PageRank weight (must be finite and not negative)")
        }
        var p = [Double](repeating: 1 / Double(n), count: n)
        if let given = options.personalization {
            guard given.count == n else { throw .invalidParameter(name: "personalization", reason: "needs one value per node") }
            guard given.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .invalidParameter(name: "personalization", reason: "values must be finite and not negative")
            }
            let total = given.reduce(0, +)
            guard total > 0 else { throw .invalidParameter(name: "personalization", reason: "values must not all be zero") }
            p = given.map { $0 / total }
        }
        // 1 / out-strength per node, 0 for dangling nodes.
        let strength = degree(graph)
        let inverse = strength.map { $0 != 0 ? 1 / $0 : 0 }
        let dangling = (0..<n).filter { strength[$0] == 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var contribution = [Double](repeating: 0, count: n)
        let threshold = Double(n) * options.tolerance
        var error = 0.0
        for iteration in 1...options.maxIterations {
            try Cancellation.throwIfRequested()
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            for u in 0..<n { contribution[u] = x[u] * inverse[u] }
            error = 0
            graph.withInArcs { arcs in
                contribution.withUnsafeBufferPointer { c in
                    next.withUnsafeMutableBufferPointer { out in
                        for v in 0..<n {
                            var acc = 0.0
                            let range = Int(arcs.offsets[v])..<Int(arcs.offsets[v + 1])
                            if arcs.isWeighted {
                                for a in range { acc += c[Int(arcs.targets[a])] * arcs.weights[a] }
                            } else {
                                for a in range { acc += c[Int(arcs.targets[a])] }
                            }
                            let value = alpha * (acc + danglingSum * p[v]) + (1 - alpha) * p[v]
                            error += abs(value - x[v])
                            out[v] = value
                        }
                    }
                }
            }
            swap(&x, &next)
            if error < threshold { return IterativeResult(scores: x, iterations: iteration) }
        }
        throw .didNotConverge(
            algorithm: "pageRank", iterations: options.maxIterations, residual: error, threshold: threshold,
            hint: "raise maxIterations or tolerance")
    }

    /// Eigenvector centrality by power iteration on A + I (NetworkX's shift), L2-normalized: the left
    /// eigenvector, so a node scores by the scores of the nodes with arcs *to* it.
    ///
    /// - Throws: ``AlgorithmError/didNotConverge(algorithm:iterations:residual:threshold:hint:)`` when the
    ///   iteration has not settled after `maxIterations` (e.g. on a directed acyclic graph).
    /// - Complexity: O(iterations · (n + m)).
    public static func eigenvector(_ graph: CompactGraph, tolerance: Double = 1e-6, maxIterations: Int = 100) throws(AlgorithmError)
        -> IterativeResult
    {
        let n = graph.nodeCount
        try checkIteration(tolerance, maxIterations)
        if n == 0 { return IterativeResult(scores: [], iterations: 0) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        var error = 0.0
        for iteration in 1...maxIterations {
            try Cancellation.throwIfRequested()
            pull(graph, from: x, into: &next, scale: 1, offset: x)
            var norm = 0.0
            for v in 0..<n { norm += next[v] * next[v] }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            error = 0
            for v in 0..<n {
                next[v] /= norm
                error += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if error < threshold { return IterativeResult(scores: x, iterations: iteration) }
        }
        throw .didNotConverge(
            algorithm: "eigenvector", iterations: maxIterations, residual: error, threshold: threshold,
            hint: "the graph may have no dominant eigenvector (e.g. it is directed and acyclic); raise maxIterations or select it undirected")
    }

    /// Katz centrality: x = α·Aᵀx + β by iteration from 0, L2-normalized when `normalized`.
    ///
    /// - Throws: ``AlgorithmError/didNotConverge(algorithm:iterations:residual:threshold:hint:)`` when α is
    ///   too large for the graph (at least 1 / the largest eigenvalue) or the iterations too few.
    /// - Complexity: O(iterations · (n + m)).
    public static func katz(
        _ graph: CompactGraph, alpha: Double = 0.1, beta: Double = 1, tolerance: Double = 1e-6, maxIterations: Int = 1000,
        normalized: Bool = true
    ) throws(AlgorithmError) -> IterativeResult {
        let n = graph.nodeCount
        guard alpha >= 0, alpha.isFinite else { throw .invalidParameter(name: "alpha", reason: "must be finite and not negative, got \(alpha)") }
        guard beta.isFinite else { throw .invalidParameter(name: "beta", reason: "must be finite, got \(beta)") }
        try checkIteration(tolerance, maxIterations)
        if n == 0 { return IterativeResult(scores: [], iterations: 0) }
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let constant = [Double](repeating: beta, count: n)
        let threshold = Double(n) * tolerance
        var error = 0.0
        for iteration in 1...maxIterations {
            try Cancellation.throwIfRequested()
            pull(graph, from: x, into: &next, scale: alpha, offset: constant)
            error = 0
            for v in 0..<n { error += abs(next[v] - x[v]) }
            swap(&x, &next)
            if !error.isFinite { break }
            if error < threshold {
                if normalized {
                    var norm = 0.0
                    for v in 0..<n { norm += x[v] * x[v] }
                    let s = norm > 0 ? 1 / norm.squareRoot() : 1
                    for v in 0..<n { x[v] *= s }
                }
                return IterativeResult(scores: x, iterations: iteration)
            }
        }
        throw .didNotConverge(
            algorithm: "katz", iterations: maxIterations, residual: error, threshold: threshold,
            hint: "alpha must be below 1 / the largest eigenvalue of the adjacency matrix; lower alpha")
    }

    /// next[v] = scale · Σ_{u→v} x[u]·w(u, v) + offset[v].
    static func pull(_ graph: CompactGraph, from x: [Double], into next: inout [Double], scale: Double, offset: [Double]) {
        let n = graph.nodeCount
        graph.withInArcs { arcs in
            x.withUnsafeBufferPointer { xs in
                next.withUnsafeMutableBufferPointer { out in
                    for v in 0..<n {
                        var acc = 0.0
                        let range = Int(arcs.offsets[v])..<Int(arcs.offsets[v + 1])
                        if arcs.isWeighted {
                            for a in range { acc += xs[Int(arcs.targets[a])] * arcs.weights[a] }
                        } else {
                            for a in range { acc += xs[Int(arcs.targets[a])] }
                        }
                        out[v] = scale * acc + offset[v]
                    }
                }
            }
        }
    }

    static func checkIteration(_ tolerance: Double, _ maxIterations: Int) throws(AlgorithmError) {
        guard tolerance > 0, tolerance.isFinite else { throw .invalidParameter(name: "tolerance", reason: "must be positive, got \(tolerance)") }
        guard maxIterations >= 1 else { throw .invalidParameter(name: "maxIterations", reason: "must be at least 1, got \(maxIterations)") }
    }
}
