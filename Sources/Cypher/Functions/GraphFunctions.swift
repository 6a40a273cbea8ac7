// Functions over graph elements: id, elementId, labels, type, keys, properties, startNode, endNode,
// nodes, relationships, length, exists.

extension FunctionRegistry {
    static let graphFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "id", "id(entity) :: INTEGER", arguments: 1...1, types: [[.node, .relationship]], returns: .integer,
            "the id of a node or relationship",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .node(let id): return .int(Int64(id.rawValue))
                case .relationship(let id): return .int(Int64(id.rawValue))
                case let other: throw ctx.typeError("id", expected: "a node or relationship", got: other)
                }
            }),
        FunctionDefinition(
            "elementId", "elementId(entity) :: STRING", arguments: 1...1, types: [[.node, .relationship]], returns: .string,
            "the element id of a node or relationship, as a string",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .node(let id): return .string("n:\(id.rawValue)")
                case .relationship(let id): return .string("r:\(id.rawValue)")
                case let other: throw ctx.typeError("elementId", expected: "a node or relationship", got: other)
                }
            }),
        FunctionDefinition(
            "labels", "labels(node) :: LIST<STRING>", arguments: 1...1, types: [[.node]], returns: .list(.string),
            "the labels of a node",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .node(let id):
                    guard ctx.graph.contains(id) else {
                        throw .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: ctx.range)
                    }
                    return .list(ctx.graph.labels(of: id).map { .string(ctx.graph.name(of: $0)) })
                case let other: throw ctx.typeError("labels", expected: "a node", got: other)
                }
            }),
        FunctionDefinition(
            "type", "type(relationship) :: STRING", arguments: 1...1, types: [[.relationship]], returns: .string,
            "the type of a relationship",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .relationship(let id):
                    // The type of a relationship deleted earlier in the statement is still known.
                    guard let record = ctx.graph.relationshipIncludingDeleted(id) else {
                        throw .runtime(.deletedEntityAccess("relationship \(id.rawValue)"), at: ctx.range)
                    }
                    return .string(ctx.graph.name(of: record.type))
                case let other: throw ctx.typeError("type", expected: "a relationship", got: other)
                }
            }),
        FunctionDefinition(
            "keys", "keys(entity or map) :: LIST<STRING>", arguments: 1...1, types: [[.node, .relationship, .map]],
            returns: .list(.string), "the property keys of a node or relationship, or the keys of a map",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                return .list(try ctx.evaluator.allProperties(of: args[0], ctx.range).keys.map(Value.string))
            }),
        FunctionDefinition(
            "properties", "properties(entity or map) :: MAP", arguments: 1...1, types: [[.node, .relationship, .map]],
            returns: .map, "the properties of a node or relationship as a map",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                return .map(try ctx.evaluator.allProperties(of: args[0], ctx.range))
            }),
        endpointFunction("startNode", "the start node of a relationship") { $0.start },
        endpointFunction("endNode", "the end node of a relationship") { $0.end },
        FunctionDefinition(
            "nodes", "nodes(path) :: LIST<NODE>", arguments: 1...1, types: [[.path]], returns: .list(.node),
            "the nodes of a path",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .path(let p): return .list(p.nodes.map(Value.node))
                case let other: throw ctx.typeError("nodes", expected: "a path", got: other)
                }
            }),
        FunctionDefinition(
            "relationships", "relationships(path) :: LIST<RELATIONSHIP>", arguments: 1...1, types: [[.path]],
            returns: .list(.relationship), "the relationships of a path",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .path(let p): return .list(p.relationships.map(Value.relationship))
                case let other: throw ctx.typeError("relationships", expected: "a path", got: other)
                }
            }),
        FunctionDefinition(
            "length", "length(path) :: INTEGER", arguments: 1...1, types: [[.path]], returns: .integer,
            "the number of relationships in a path",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .path(let p): return .int(Int64(p.length))
                case let other: throw ctx.typeError("length", expected: "a path", got: other)
                }
            }),
        FunctionDefinition(
            "exists", "exists(property) :: BOOLEAN", arguments: 1...1, returns: .boolean,
            "true when the property (or value) is not null",
            .scalar { args, _ throws(CypherError) in .bool(!args[0].isNull) }),
    ]

    /// startNode() and endNode(): an end point of a relationship.
    private static func endpointFunction(_ name: String, _ summary: String, _ endpoint: @escaping @Sendable (RelationshipRecord) -> NodeID)
        -> FunctionDefinition
    {
        FunctionDefinition(
            name, "\(name)(relationship) :: NODE", arguments: 1...1, types: [[.relationship]], returns: .node, summary,
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .relationship(let id):
                    guard let record = ctx.graph.relationship(id) else {
                        throw .runtime(.deletedEntityAccess("relationship \(id.rawValue)"), at: ctx.range)
                    }
                    return .node(endpoint(record))
                case let other: throw ctx.typeError(name, expected: "a relationship", got: other)
                }
            })
    }
}
