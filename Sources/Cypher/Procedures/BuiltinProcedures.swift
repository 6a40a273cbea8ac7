// The procedures every database has: the catalog (db.labels, db.relationshipTypes, db.propertyKeys,
// db.schema.visualization, db.indexes) and the registry's own listing (dbms.procedures, dbms.functions).

enum BuiltinProcedures {
    static func register(in registry: ProcedureRegistry) {
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "db.labels", inputs: [], outputs: [ProcedureField("label", .string)],
                    description: "the labels carried by at least one node")
            ) { call in call.graph.labelsInUse.map { [.string(call.graph.name(of: $0))] } })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "db.relationshipTypes", inputs: [], outputs: [ProcedureField("relationshipType", .string)],
                    description: "the types of at least one relationship")
            ) { call in call.graph.relationshipTypesInUse.map { [.string(call.graph.name(of: $0))] } })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "db.propertyKeys", inputs: [], outputs: [ProcedureField("propertyKey", .string)],
                    description: "the property keys ever used")
            ) { call in call.graph.propertyKeyNames.names.map { [.string($0)] } })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "db.schema.visualization", inputs: [],
                    outputs: [
                        ProcedureField("from", .string), ProcedureField("relationshipType", .string), ProcedureField("to", .string),
                        ProcedureField("count", .integer),
                    ],
                    description: "which labels connect to which by which relationship types, with counts")
            ) { call in schemaSummary(call.graph) })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "db.indexes", inputs: [],
                    outputs: [ProcedureField("name", .string), ProcedureField("label", .string), ProcedureField("property", .string)],
                    description: "the property indexes")
            ) { call in
                call.graph.schemaElements.filter { $0.kind == .index }.map { [.string($0.name), .string($0.label), .string($0.property)] }
            })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "dbms.procedures", inputs: [],
                    outputs: [ProcedureField("name", .string), ProcedureField("signature", .string), ProcedureField("description", .string)],
                    description: "every procedure with its signature and description")
            ) { call in
                call.registry.all.map { [.string($0.signature.name), .string($0.signature.text), .string($0.signature.description)] }
            })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "dbms.functions", inputs: [],
                    outputs: [ProcedureField("name", .string), ProcedureField("signature", .string), ProcedureField("description", .string)],
                    description: "every function with its signature and description")
            ) { _ in FunctionRegistry.all.map { [.string($0.name), .string($0.signature), .string($0.summary)] } })
    }

    /// (start label, type, end label, count) over all relationships; unlabelled nodes count as "".
    private static func schemaSummary(_ graph: PropertyGraph) -> [[Value]] {
        var counts: [String: (String, String, String, Int)] = [:]
        for id in graph.allRelationshipIDs {
            guard let r = graph.relationship(id) else { continue }
            let type = graph.name(of: r.type)
            let from = graph.labels(of: r.start).map { graph.name(of: $0) }
            let to = graph.labels(of: r.end).map { graph.name(of: $0) }
            for a in from.isEmpty ? [""] : from {
                for b in to.isEmpty ? [""] : to {
                    let key = a + "\u{0}" + type + "\u{0}" + b
                    counts[key, default: (a, type, b, 0)].3 += 1
                }
            }
        }
        return counts.values.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map {
            [.string($0.0), .string($0.1), .string($0.2), .int(Int64($0.3))]
        }
    }
}
