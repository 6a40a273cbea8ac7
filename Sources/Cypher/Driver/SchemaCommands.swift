// Schema statements: CREATE/DROP INDEX, CREATE/DROP CONSTRAINT, and the SHOW commands that list indexes,
// constraints, procedures and functions.

enum SchemaCommands {
    static func run(_ command: SchemaCommand, mode: ExecutionMode, graph: PropertyGraph, procedures: ProcedureRegistry)
        throws(CypherError) -> QueryResult
    {
        var statistics = UpdateStatistics()
        switch command {
        case .createIndex(let name, let label, let property, let ifNotExists):
            if mode == .explain { return QueryResult(columns: [], rows: [], plan: "CreateIndex :\(label)(\(property))") }
            let created = try storeCall(nil) { () throws(GraphStoreError) in
                try graph.createIndex(
                    label: graph.internLabel(label), key: graph.internPropertyKey(property), name: name, ifNotExists: ifNotExists)
            }
            if created { statistics.indexesAdded = 1 }
            return QueryResult(columns: [], rows: [], statistics: statistics)
        case .dropIndex(let name, let ifExists):
            try storeCall(nil) { () throws(GraphStoreError) in try graph.dropIndex(named: name, ifExists: ifExists) }
            statistics.indexesRemoved = 1
            return QueryResult(columns: [], rows: [], statistics: statistics)
        case .dropIndexOn(let label, let property):
            guard let labelID = graph.labelID(label), let keyID = graph.propertyKeyID(property),
                let index = graph.propertyIndex(label: labelID, key: keyID)
            else {
                throw .runtime(.schema("there is no index on :\(label)(\(property)) to drop"), at: nil)
            }
            try storeCall(nil) { () throws(GraphStoreError) in try graph.dropIndex(named: index.name, ifExists: false) }
            statistics.indexesRemoved = 1
            return QueryResult(columns: [], rows: [], statistics: statistics)
        case .createUniqueConstraint(let name, _, let label, let property, let ifNotExists):
            if mode == .explain { return QueryResult(columns: [], rows: [], plan: "CreateConstraint :\(label)(\(property)) IS UNIQUE") }
            let created = try storeCall(nil) { () throws(GraphStoreError) in
                try graph.createUniqueConstraint(
                    label: graph.internLabel(label), key: graph.internPropertyKey(property), name: name, ifNotExists: ifNotExists)
            }
            if created { statistics.constraintsAdded = 1 }
            return QueryResult(columns: [], rows: [], statistics: statistics)
        case .dropConstraint(let name, let ifExists):
            try storeCall(nil) { () throws(GraphStoreError) in try graph.dropConstraint(named: name, ifExists: ifExists) }
            statistics.constraintsRemoved = 1
            return QueryResult(columns: [], rows: [], statistics: statistics)
        case .showIndexes:
            let rows = graph.schemaElements.map { e -> [Value] in
                [.string(e.name), .string(e.kind == .index ? "RANGE" : "UNIQUE"), .string(e.label), .list([.string(e.property)])]
            }
            return QueryResult(columns: ["name", "type", "label", "properties"], rows: rows)
        case .showConstraints:
            let rows = graph.schemaElements.filter { $0.kind == .uniqueConstraint }.map { e -> [Value] in
                [.string(e.name), .string("UNIQUENESS"), .string(e.label), .list([.string(e.property)])]
            }
            return QueryResult(columns: ["name", "type", "label", "properties"], rows: rows)
        case .showProcedures:
            let rows = procedures.all.map { p -> [Value] in
                [.string(p.signature.name), .string(p.signature.text), .string(p.signature.description), .string(p.signature.writes ? "WRITE" : "READ")]
            }
            return QueryResult(columns: ["name", "signature", "description", "mode"], rows: rows)
        case .showFunctions:
            let rows = FunctionRegistry.all.map { f -> [Value] in
                [.string(f.name), .string(f.signature), .string(f.summary), .bool(f.isAggregate)]
            }
            return QueryResult(columns: ["name", "signature", "description", "aggregating"], rows: rows)
        }
    }
}
