// The `algo.*` procedures: adapters from CALL to the functions of GraphAlgorithms. `algo.list()` describes
// every registered algorithm procedure with its signature.

import Cypher

enum AlgorithmProcedures {
    static func register(in registry: ProcedureRegistry) {
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "algo.list", inputs: [],
                    outputs: [ProcedureField("name", .string), ProcedureField("signature", .string), ProcedureField("description", .string)],
                    description: "every algo.* procedure with its signature and description")
            ) { call in
                call.registry.all.filter { $0.signature.name.hasPrefix("algo.") }.map {
                    [.string($0.signature.name), .string($0.signature.text), .string($0.signature.description)]
                }
            })
    }
}
