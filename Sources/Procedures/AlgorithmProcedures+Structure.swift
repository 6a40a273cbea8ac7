// The structure procedures: weakly and strongly connected components, Louvain and label propagation
// communities, triangles with the clustering coefficient, and core numbers. Components and communities
// are named by the id of their smallest member node, so the numbers are stable from run to run.

import Cypher
import GraphAlgorithms

extension AlgorithmProcedures {
    static let structureProcedures: [AlgorithmProcedure] = [
        AlgorithmProcedure(
            name: "algo.wcc", summary: "weakly connected components (directions ignored); componentId is the smallest node id in it",
            options: [], outputs: componentOutputs, writable: true
        ) { call in
            let graph = try call.graph()
            return try componentRows(call, graph, Components.weak(graph))
        },
        AlgorithmProcedure(
            name: "algo.scc", summary: "strongly connected components (Tarjan) of the selected direction",
            options: [], outputs: componentOutputs, writable: true
        ) { call in
            let graph = try call.graph()
            return try componentRows(call, graph, Components.strong(graph))
        },
        AlgorithmProcedure(
            name: "algo.louvain", summary: "Louvain communities of the undirected graph, deterministic for a seed; modularity reported",
            options: [
                AlgorithmOption("resolution", "1.0", "gamma: higher gives smaller communities"),
                AlgorithmOption("threshold", "1e-7", "minimum modularity gain of a level"),
                AlgorithmOption("maxLevels", "100", "maximum number of aggregation levels"),
                AlgorithmOption("seed", "0", "seed of the node order"),
            ],
            outputs: communityOutputs, writable: true
        ) { call in
            let graph = try call.graph()
            let c = call.config
            let options = LouvainOptions(
                resolution: try c.double("resolution", default: 1), threshold: try c.double("threshold", default: 1e-7),
                maxLevels: try c.int("maxLevels", default: 100, minimum: 1), seed: UInt64(try c.int("seed", default: 0, minimum: 0)))
            return try communityRows(call, graph, try call.run { () throws(AlgorithmError) in try Communities.louvain(graph, options) })
        },
        AlgorithmProcedure(
            name: "algo.labelPropagation", summary: "label propagation communities of the undirected graph, deterministic for a seed",
            options: [
                AlgorithmOption("maxIterations", "100", "maximum number of sweeps"),
                AlgorithmOption("seed", "0", "seed of the node order"),
            ],
            outputs: communityOutputs, writable: true
        ) { call in
            let graph = try call.graph()
            let iterations = try call.config.int("maxIterations", default: 100, minimum: 1)
            let seed = UInt64(try call.config.int("seed", default: 0, minimum: 0))
            return try communityRows(
                call, graph, try call.run { () throws(AlgorithmError) in try Communities.labelPropagation(graph, maxIterations: iterations, seed: seed) })
        },
        AlgorithmProcedure(
            name: "algo.triangleCount",
            summary: "triangles through each node and its local clustering coefficient (simple undirected graph); write stores the count",
            options: [], outputs: [ProcedureField("node", .node), ProcedureField("triangles", .integer), ProcedureField("coefficient", .float)],
            writable: true
        ) { call in
            let graph = try call.graph()
            let result = Structure.triangles(graph)
            try call.config.writeBack(graph, to: call.invocation.graph) { .int(Int64(result.triangles[$0])) }
            return (0..<graph.nodeCount).map {
                [.node(graph.nodeIDs[$0]), .int(Int64(result.triangles[$0])), .float(result.coefficients[$0])]
            }
        },
        AlgorithmProcedure(
            name: "algo.kcore", summary: "the core number of each node: the largest k of a k-core (simple undirected graph) containing it",
            options: [], outputs: [ProcedureField("node", .node), ProcedureField("core", .integer)], writable: true
        ) { call in
            let graph = try call.graph()
            let cores = Structure.coreNumbers(graph)
            try call.config.writeBack(graph, to: call.invocation.graph) { .int(Int64(cores[$0])) }
            return (0..<graph.nodeCount).map { [.node(graph.nodeIDs[$0]), .int(Int64(cores[$0]))] }
        },
    ]

    static let componentOutputs = [ProcedureField("node", .node), ProcedureField("componentId", .integer), ProcedureField("size", .integer)]
    static let communityOutputs = [ProcedureField("node", .node), ProcedureField("community", .integer), ProcedureField("modularity", .float)]

    static func componentRows(_ call: AlgorithmCall, _ graph: CompactGraph, _ result: ComponentResult) throws -> [[Value]] {
        let sizes = result.sizes
        let id = { (v: Int) in Int64(graph.nodeIDs[Int(result.representative[v])].rawValue) }
        try call.config.writeBack(graph, to: call.invocation.graph) { .int(id($0)) }
        return (0..<graph.nodeCount).map { [.node(graph.nodeIDs[$0]), .int(id($0)), .int(Int64(sizes[$0]))] }
    }

    static func communityRows(_ call: AlgorithmCall, _ graph: CompactGraph, _ result: CommunityResult) throws -> [[Value]] {
        let id = { (v: Int) in Int64(graph.nodeIDs[Int(result.community[v])].rawValue) }
        try call.config.writeBack(graph, to: call.invocation.graph) { .int(id($0)) }
        return (0..<graph.nodeCount).map { [.node(graph.nodeIDs[$0]), .int(id($0)), .float(result.modularity)] }
    }
}
