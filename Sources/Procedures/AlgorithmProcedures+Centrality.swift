// The centrality procedures: degree, betweenness, closeness, harmonic, PageRank, eigenvector and Katz,
// each yielding (node, score) and able to `write` the score. Defaults are NetworkX's (normalized
// betweenness, Wasserman–Faust closeness, damping 0.85, tolerance 1e-6).

import Cypher
import GraphAlgorithms

extension AlgorithmProcedures {
    static let centralityProcedures: [AlgorithmProcedure] = [
        AlgorithmProcedure(
            name: "algo.degree", summary: "degree centrality: arcs per node in the selected direction (or the sum of their weights)",
            options: [AlgorithmOption("normalized", "false", "divide by n - 1")], outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            return try call.scoreRows(graph, Centrality.degree(graph, normalized: try call.config.bool("normalized", default: false)))
        },
        AlgorithmProcedure(
            name: "algo.betweenness",
            summary: "betweenness centrality (Brandes; Dijkstra when weighted): the share of shortest paths through each node",
            options: [
                AlgorithmOption("normalized", "true", "divide by (n - 1)(n - 2), as NetworkX"),
                AlgorithmOption("samplingSize", "all nodes", "estimate from this many random source nodes"),
                AlgorithmOption("samplingSeed", "0", "seed of the source sample"),
                AlgorithmOption("concurrency", "cores", "threads (the result does not depend on it)"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let c = call.config
            let options = BetweennessOptions(
                normalized: try c.bool("normalized", default: true), samplingSize: try c.optionalInt("samplingSize", minimum: 2),
                seed: UInt64(try c.int("samplingSeed", default: 0, minimum: 0)), concurrency: try c.concurrency())
            return try call.scoreRows(graph, try call.run { () throws(AlgorithmError) in try Centrality.betweenness(graph, options).scores })
        },
        AlgorithmProcedure(
            name: "algo.closeness",
            summary: "closeness centrality: (reached - 1) / total distance from the node, Wasserman-Faust scaled for disconnected graphs",
            options: [
                AlgorithmOption("wassermanFaust", "true", "scale by the share of nodes reached"),
                AlgorithmOption("concurrency", "cores", "threads"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let options = ClosenessOptions(
                wassermanFaust: try call.config.bool("wassermanFaust", default: true), concurrency: try call.config.concurrency())
            return try call.scoreRows(graph, try call.run { () throws(AlgorithmError) in try Centrality.closeness(graph, options) })
        },
        AlgorithmProcedure(
            name: "algo.harmonic", summary: "harmonic centrality: the sum of 1 / distance to every node reached",
            options: [
                AlgorithmOption("normalized", "false", "divide by n - 1"),
                AlgorithmOption("concurrency", "cores", "threads"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let normalized = try call.config.bool("normalized", default: false)
            let threads = try call.config.concurrency()
            return try call.scoreRows(
                graph, try call.run { () throws(AlgorithmError) in try Centrality.harmonic(graph, normalized: normalized, concurrency: threads) })
        },
        AlgorithmProcedure(
            name: "algo.pageRank", summary: "PageRank by power iteration (personalized with sourceNodes or personalizationProperty)",
            options: [
                AlgorithmOption("damping", "0.85", "probability of following an arc, in [0, 1)"),
                AlgorithmOption("tolerance", "1e-6", "stop when the L1 change is below n * tolerance"),
                AlgorithmOption("maxIterations", "100", "fail when not converged after this many iterations"),
                AlgorithmOption("sourceNodes", "none", "jump only to these nodes (personalized PageRank)"),
                AlgorithmOption("personalizationProperty", "none", "node property with each node's jump weight"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let c = call.config
            var options = PageRankOptions(
                damping: try c.double("damping", default: 0.85), tolerance: try c.double("tolerance", default: 1e-6),
                maxIterations: try c.int("maxIterations", default: 100, minimum: 1))
            options.personalization = try personalization(call, graph)
            return try call.scoreRows(graph, try call.run { () throws(AlgorithmError) in try Centrality.pageRank(graph, options).scores })
        },
        AlgorithmProcedure(
            name: "algo.eigenvector", summary: "eigenvector centrality by power iteration (an error, not a number, when it does not converge)",
            options: [
                AlgorithmOption("tolerance", "1e-6", "stop when the L1 change is below n * tolerance"),
                AlgorithmOption("maxIterations", "100", "fail when not converged after this many iterations"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let tolerance = try call.config.double("tolerance", default: 1e-6)
            let iterations = try call.config.int("maxIterations", default: 100, minimum: 1)
            return try call.scoreRows(
                graph,
                try call.run { () throws(AlgorithmError) in
                    try Centrality.eigenvector(graph, tolerance: tolerance, maxIterations: iterations).scores
                })
        },
        AlgorithmProcedure(
            name: "algo.katz", summary: "Katz centrality: x = alpha A^T x + beta, by iteration",
            options: [
                AlgorithmOption("alpha", "0.1", "attenuation; must be below 1 / the largest eigenvalue"),
                AlgorithmOption("beta", "1.0", "the constant each node starts with"),
                AlgorithmOption("tolerance", "1e-6", "stop when the L1 change is below n * tolerance"),
                AlgorithmOption("maxIterations", "1000", "fail when not converged after this many iterations"),
                AlgorithmOption("normalized", "true", "scale to unit L2 norm"),
            ],
            outputs: nodeScore, writable: true
        ) { call in
            let graph = try call.graph()
            let c = call.config
            let alpha = try c.double("alpha", default: 0.1), beta = try c.double("beta", default: 1)
            let tolerance = try c.double("tolerance", default: 1e-6)
            let iterations = try c.int("maxIterations", default: 1000, minimum: 1)
            let normalized = try c.bool("normalized", default: true)
            return try call.scoreRows(
                graph,
                try call.run { () throws(AlgorithmError) in
                    try Centrality.katz(
                        graph, alpha: alpha, beta: beta, tolerance: tolerance, maxIterations: iterations, normalized: normalized
                    ).scores
                })
        },
    ]

    /// The personalization vector of `sourceNodes` or `personalizationProperty`, or nil.
    static func personalization(_ call: AlgorithmCall, _ graph: CompactGraph) throws -> [Double]? {
        let sources = try call.config.nodes("sourceNodes")
        let property = try call.config.string("personalizationProperty")
        if !sources.isEmpty, property != nil {
            throw call.config.failure("sourceNodes", "cannot be combined with personalizationProperty")
        }
        if !sources.isEmpty {
            var p = [Double](repeating: 0, count: graph.nodeCount)
            for s in sources { p[try call.index(of: s, in: graph, option: "sourceNodes")] = 1 }
            return p
        }
        guard let property else { return nil }
        let store = call.invocation.graph
        guard let key = store.propertyKeyID(property) else {
            throw call.config.failure("personalizationProperty", "no node has a property `\(property)`")
        }
        return try graph.nodeIDs.map { id in
            guard let value = store.property(key, of: id) else { return 0 }
            guard let d = value.numericValue else {
                throw call.config.failure("personalizationProperty", "property `\(property)` of node \(id.rawValue) is \(value.typeName), not a number")
            }
            return d
        }
    }
}
