// The path procedures: one shortest path from a source to a target (or to every node reached, without
// a target) and every shortest path between two nodes, breadth-first or — with weightProperty — by
// Dijkstra's algorithm. Each row gives the nodes, the distance at each node, the total cost, and the
// path as a Cypher path when the graph is a selection of the store (projections have no relationships).

import Cypher
import GraphAlgorithms

extension AlgorithmProcedures {
    static let pathOutputs = [
        ProcedureField("index", .integer), ProcedureField("source", .node), ProcedureField("target", .node), ProcedureField("totalCost", .float),
        ProcedureField("nodes", .list(.node)), ProcedureField("costs", .list(.float)), ProcedureField("path", .path),
    ]

    static let pathProcedures: [AlgorithmProcedure] = [
        AlgorithmProcedure(
            name: "algo.shortestPath",
            summary: "a shortest path from source to target (BFS, or Dijkstra with weightProperty); without target, one to every node reached",
            options: [
                AlgorithmOption("source", "required", "the start node (a node or its id)"),
                AlgorithmOption("target", "none", "the end node; without it, a path to every reachable node"),
            ],
            outputs: pathOutputs, writable: false
        ) { call in
            let graph = try call.graph(keepRelationships: true)
            guard let sourceNode = try call.config.node("source") else { throw call.config.failure("source", "is required") }
            let source = try call.index(of: sourceNode, in: graph, option: "source")
            var paths: [PathResult] = []
            if let targetNode = try call.config.node("target") {
                let target = try call.index(of: targetNode, in: graph, option: "target")
                if let p = try call.run({ () throws(AlgorithmError) in try ShortestPaths.shortestPath(graph, from: source, to: target) }) {
                    paths.append(p)
                }
            } else {
                paths = try call.run { () throws(AlgorithmError) in try ShortestPaths.shortestPaths(graph, from: source) }
            }
            return pathRows(call, graph, paths)
        },
        AlgorithmProcedure(
            name: "algo.allShortestPaths",
            summary: "every shortest path between source and target (BFS, or Dijkstra with weightProperty), as Cypher's allShortestPaths",
            options: [
                AlgorithmOption("source", "required", "the start node (a node or its id)"),
                AlgorithmOption("target", "required", "the end node"),
                AlgorithmOption("maxPaths", "all", "stop after this many paths"),
            ],
            outputs: pathOutputs, writable: false
        ) { call in
            let graph = try call.graph(keepRelationships: true)
            guard let sourceNode = try call.config.node("source") else { throw call.config.failure("source", "is required") }
            guard let targetNode = try call.config.node("target") else { throw call.config.failure("target", "is required") }
            let source = try call.index(of: sourceNode, in: graph, option: "source")
            let target = try call.index(of: targetNode, in: graph, option: "target")
            let limit = try call.config.optionalInt("maxPaths", minimum: 1)
            let paths = try call.run { () throws(AlgorithmError) in
                try ShortestPaths.allShortestPaths(graph, from: source, to: target, limit: limit)
            }
            return pathRows(call, graph, paths)
        },
    ]

    static func pathRows(_ call: AlgorithmCall, _ graph: CompactGraph, _ paths: [PathResult]) -> [[Value]] {
        paths.enumerated().map { i, p in
            let nodes = p.nodes.map { graph.nodeIDs[$0] }
            var path = Value.null
            if let relationships = graph.outRelationships {
                let ids = p.arcs.map { Int(relationships[$0]) }
                if ids.allSatisfy({ $0 >= 0 }) { path = .path(PathValue(nodes: nodes, relationships: ids.map(RelationshipID.init))) }
            }
            return [
                .int(Int64(i)), .node(nodes[0]), .node(nodes[nodes.count - 1]), .float(p.totalCost), .list(nodes.map(Value.node)),
                .list(p.costs.map(Value.float)), path,
            ]
        }
    }
}
