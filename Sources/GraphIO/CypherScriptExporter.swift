// Writes a graph as an openCypher script that recreates it in ClusterGraph or Neo4j: the indexes and
// uniqueness constraints first (Neo4j 5 syntax, which Memgraph and FalkorDB do not share), then a single
// CREATE of every node and relationship — plain openCypher — so the load is all-or-nothing. Nodes are bound to variables n<id>; names that are not plain identifiers, or
// are reserved words, are quoted with backticks. Only what a literal can express is written: a float
// that is NaN or infinite becomes an expression (0.0/0.0, 1.0/0.0).

import GraphStore

/// Builds the Cypher script of a graph.
struct CypherScriptExporter {
    let graph: PropertyGraph

    /// The script: schema statements, then one CREATE of everything (nothing when the graph is empty).
    /// - Complexity: O(nodes + relationships + properties).
    func script() -> String {
        var out = "// ClusterGraph export: \(Self.count(graph.nodeCount, "node")), \(Self.count(graph.relationshipCount, "relationship")).\n"
        // A uniqueness constraint brings its own index: the index is not written separately.
        let constrained = Set(graph.schemaElements.filter { $0.kind == .uniqueConstraint }.map { [$0.label, $0.property] })
        for element in graph.schemaElements where element.kind == .uniqueConstraint || !constrained.contains([element.label, element.property]) {
            let label = CypherName.quoted(element.label), key = CypherName.quoted(element.property)
            switch element.kind {
            case .index:
                out += "CREATE INDEX \(CypherName.quoted(element.name)) IF NOT EXISTS FOR (n:\(label)) ON (n.\(key));\n"
            case .uniqueConstraint:
                out += "CREATE CONSTRAINT \(CypherName.quoted(element.name)) IF NOT EXISTS FOR (n:\(label)) REQUIRE n.\(key) IS UNIQUE;\n"
            }
        }
        let nodes = graph.allNodeIDs
        let relationships = graph.allRelationshipIDs
        guard !nodes.isEmpty else { return out }
        var items: [String] = []
        items.reserveCapacity(nodes.count + relationships.count)
        for node in nodes {
            let labels = graph.labels(of: node).map { ":" + CypherName.quoted(graph.name(of: $0)) }.joined()
            items.append("(n\(node.rawValue)\(labels)\(properties(graph.properties(of: node))))")
        }
        for relationship in relationships {
            guard let record = graph.relationship(relationship) else { continue }
            let type = CypherName.quoted(graph.name(of: record.type))
            items.append("(n\(record.start.rawValue))-[:\(type)\(properties(record.properties))]->(n\(record.end.rawValue))")
        }
        out += "CREATE " + items.joined(separator: ",\n       ") + ";\n"
        return out
    }

    /// "1 node", "3 nodes".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// ` {k: v, …}`, or nothing for no properties.
    private func properties(_ map: PropertyMap) -> String {
        guard !map.isEmpty else { return "" }
        let entries = map.entries.map { key, value in "\(CypherName.quoted(graph.name(of: key))): \(Self.literal(value))" }
        return " {" + entries.joined(separator: ", ") + "}"
    }

    /// A property value as a Cypher expression.
    static func literal(_ value: Value) -> String {
        switch value {
        case .float(let f) where f.isNaN: return "0.0 / 0.0"
        case .float(let f) where f.isInfinite: return f < 0 ? "-1.0 / 0.0" : "1.0 / 0.0"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        default: return value.literal
        }
    }
}

/// Names in Cypher text: labels, relationship types, property keys, schema names.
enum CypherName {
    /// Words that cannot stand unquoted as a name in every engine.
    static let reserved: Set<String> = [
        "ALL", "AND", "AS", "ASC", "ASCENDING", "BY", "CALL", "CASE", "CONSTRAINT", "CONTAINS", "COUNT", "CREATE", "CSV", "DELETE",
        "DESC", "DESCENDING", "DETACH", "DISTINCT", "DROP", "ELSE", "END", "ENDS", "EXISTS", "FALSE", "FOR", "FOREACH", "FROM", "IN",
        "INDEX", "IS", "LIMIT", "LOAD", "MATCH", "MERGE", "NOT", "NULL", "ON", "OPTIONAL", "OR", "ORDER", "REMOVE", "REQUIRE",
        "RETURN", "SET", "SKIP", "STARTS", "THEN", "TRUE", "UNION", "UNIQUE", "UNWIND", "WHEN", "WHERE", "WITH", "XOR", "YIELD",
    ]

    /// `name` as is when it is a plain identifier and not a reserved word, else in backticks (a backtick
    /// inside doubled).
    static func quoted(_ name: String) -> String {
        reserved.contains(name.uppercased()) ? "`" + name + "`" : Value.quoteName(name)
    }
}
