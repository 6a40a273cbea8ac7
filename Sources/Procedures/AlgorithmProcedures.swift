// The `algo.*` procedures: adapters from CALL to the functions of GraphAlgorithms, one table entry per
// algorithm (name, options with defaults, output columns, body). Every procedure takes one configuration
// map: the graph selection options shared by all (selectionOptions), the algorithm's own options, and
// `write` for those whose result is one value per node. `algo.list()` describes them all from the table.
//
//   CALL algo.pageRank({labels: 'Region', types: 'ADJACENT', damping: 0.85}) YIELD node, score
//   CALL algo.betweenness({project: 'region', write: 'betweenness'}) YIELD node, score
//   CALL algo.louvain({project: 'country', weightProperty: 'shared'}) YIELD node, community, modularity

import Cypher
import GraphAlgorithms

/// One algorithm procedure of the table.
struct AlgorithmProcedure: Sendable {
    let name: String
    let summary: String
    /// The algorithm's own options (the selection options are added to every procedure).
    let options: [AlgorithmOption]
    let outputs: [ProcedureField]
    /// True when the result is one value per node that `write` can store.
    let writable: Bool
    let body: @Sendable (AlgorithmCall) throws -> [[Value]]

    var allOptions: [AlgorithmOption] {
        selectionOptions + options + (writable ? [AlgorithmOption("write", "none", "store the result on each node under this property")] : [])
    }
}

/// What a procedure body gets: the configuration, the invocation, and the procedure's name for errors.
struct AlgorithmCall {
    let config: AlgorithmConfig
    let invocation: ProcedureInvocation

    var name: String { config.procedure }

    /// The selected or projected graph.
    func graph(keepRelationships: Bool = false) throws -> CompactGraph {
        try config.graph(invocation, keepRelationships: keepRelationships)
    }

    /// Runs a library function, turning its errors into procedure failures that name the procedure.
    func run<T>(_ body: () throws(AlgorithmError) -> T) throws -> T {
        do {
            // The algorithm polls the statement's stop check (Ctrl-C, time and memory limits).
            return try Cancellation.withCheck(invocation.shouldStop, body)
        } catch {
            throw ProcedureFailure("\(name): \(error)")
        }
    }

    /// One `(node, score)` row per node, after writing the scores when asked.
    func scoreRows(_ graph: CompactGraph, _ scores: [Double]) throws -> [[Value]] {
        try config.writeBack(graph, to: invocation.graph) { .float(scores[$0]) }
        return (0..<graph.nodeCount).map { [.node(graph.nodeIDs[$0]), .float(scores[$0])] }
    }

    /// The index of a node given as an option, which must be in the graph.
    func index(of node: NodeID, in graph: CompactGraph, option: String) throws -> Int {
        guard let i = graph.index(of: node) else { throw ProcedureFailure("\(name): \(AlgorithmError.nodeNotInGraph(parameter: option, node: node.rawValue))") }
        return i
    }
}

enum AlgorithmProcedures {
    /// Every algorithm procedure, in the order `algo.list()` shows them.
    static let table: [AlgorithmProcedure] = centralityProcedures + structureProcedures + pathProcedures

    static func register(in registry: ProcedureRegistry) {
        let config = [ProcedureField("config", .map, default: .map(ValueMap()))]
        for entry in table {
            let allowed = entry.allOptions.map(\.name)
            registry.register(
                Procedure(
                    ProcedureSignature(
                        name: entry.name, inputs: config, outputs: entry.outputs, description: entry.summary, writes: entry.writable)
                ) { invocation in
                    let configuration = try AlgorithmConfig(invocation.arguments.first ?? .null, procedure: entry.name, allowed: allowed)
                    return try entry.body(AlgorithmCall(config: configuration, invocation: invocation))
                })
        }
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "algo.list", inputs: [],
                    outputs: [
                        ProcedureField("name", .string), ProcedureField("signature", .string), ProcedureField("description", .string),
                        ProcedureField("options", .list(.string)),
                    ],
                    description: "every algo.* procedure with its signature, description and configuration options")
            ) { call in
                table.map { entry in
                    let signature = call.registry.lookup(entry.name)?.signature.text ?? entry.name
                    return [.string(entry.name), .string(signature), .string(entry.summary), .list(entry.allOptions.map { .string($0.text) })]
                }
            })
    }

    static let nodeScore = [ProcedureField("node", .node), ProcedureField("score", .float)]
}
