// Writes a graph as an openCypher script that recreates it in ClusterGraph, Neo4j, Memgraph or FalkorDB:
// the indexes and uniqueness constraints first, in the chosen engine's syntax, then the elements. A graph
// that fits in one batch is one CREATE of every node and relationship (nodes bound to variables n<id>),
// plain and all-or-nothing. A larger one is written as APOC's export does, in statements of at most
// `batchSize` rows: `UNWIND [{i: …, p: {…}}, …] AS row CREATE (n:Labels:_cg_export {_cg_id: row.i})
// SET n += row.p` for each run of consecutive nodes with the same labels, then relationships by runs of
// one type, found through a temporary index on the temporary label, which the script drops at the end
// (the key `_cg_id` stays known to the engine, as APOC's import id does). A million relationships then
// load in statements an engine can plan once each, instead of one CREATE of a million patterns. Names
// that are not plain identifiers, or are reserved words, are quoted with backticks; a float that is NaN
// or infinite becomes an expression (0.0/0.0, 1.0/0.0).

import GraphStore

/// The engine a Cypher script is written for: they share openCypher's CREATE, UNWIND, MATCH and SET, but
/// not the syntax of indexes and constraints.
public enum CypherDialect: String, CaseIterable, Sendable {
    /// Neo4j 5 (`CREATE INDEX name IF NOT EXISTS FOR (n:L) ON (n.k)`), which ClusterGraph reads too.
    case neo4j
    /// Memgraph (`CREATE INDEX ON :L(k)`, `CREATE CONSTRAINT ON (n:L) ASSERT n.k IS UNIQUE`).
    case memgraph
    /// FalkorDB (`CREATE INDEX FOR (n:L) ON (n.k)`; its uniqueness constraints are not Cypher, so they
    /// become an index and a comment with the command that adds them).
    case falkordb
}

/// How a Cypher export is written.
public struct CypherExportOptions: Sendable {
    public var dialect: CypherDialect = .neo4j
    /// Rows per UNWIND statement; a graph with at most this many nodes and relationships together is one
    /// CREATE.
    public var batchSize = 10_000

    public init(dialect: CypherDialect = .neo4j, batchSize: Int = 10_000) {
        self.dialect = dialect
        self.batchSize = max(1, batchSize)
    }
}

/// Builds the Cypher script of a graph.
struct CypherScriptExporter {
    let graph: PropertyGraph
    var options = CypherExportOptions()

    /// The temporary label and key that join relationships to their nodes across batches.
    static let exportLabel = "_cg_export", exportKey = "_cg_id"

    /// The script: schema statements, then the elements (nothing when the graph is empty).
    /// - Complexity: O(nodes + relationships + properties).
    func script() -> String {
        let nodes = graph.allNodeIDs
        let relationships = graph.allRelationshipIDs
        let batched = nodes.count + relationships.count > options.batchSize
        var out = "// ClusterGraph export: \(Self.count(graph.nodeCount, "node")), \(Self.count(graph.relationshipCount, "relationship"))"
        out += batched ? ", in UNWIND statements of at most \(options.batchSize) rows" : ""
        out += (options.dialect == .neo4j ? "" : " (\(options.dialect.rawValue) syntax)") + ".\n"
        out += schema()
        guard !nodes.isEmpty else { return out }
        if batched { return out + batches(nodes, relationships) }
        var items: [String] = []
        items.reserveCapacity(nodes.count + relationships.count)
        for node in nodes {
            items.append("(n\(node.rawValue)\(labels(of: node))\(properties(graph.properties(of: node))))")
        }
        for relationship in relationships {
            guard let record = graph.relationship(relationship) else { continue }
            let type = CypherName.quoted(graph.name(of: record.type))
            items.append("(n\(record.start.rawValue))-[:\(type)\(properties(record.properties))]->(n\(record.end.rawValue))")
        }
        out += "CREATE " + items.joined(separator: ",\n       ") + ";\n"
        return out
    }

    /// The indexes and constraints, in the dialect's syntax. A uniqueness constraint brings its own index:
    /// the index is not written separately.
    private func schema() -> String {
        var out = ""
        let constrained = Set(graph.schemaElements.filter { $0.kind == .uniqueConstraint }.map { [$0.label, $0.property] })
        for element in graph.schemaElements where element.kind == .uniqueConstraint || !constrained.contains([element.label, element.property]) {
            let label = CypherName.quoted(element.label), key = CypherName.quoted(element.property), name = CypherName.quoted(element.name)
            switch (element.kind, options.dialect) {
            case (.index, _): out += createIndex(name: name, label: label, key: key)
            case (.uniqueConstraint, .neo4j):
                out += "CREATE CONSTRAINT \(name) IF NOT EXISTS FOR (n:\(label)) REQUIRE n.\(key) IS UNIQUE;\n"
            case (.uniqueConstraint, .memgraph): out += "CREATE CONSTRAINT ON (n:\(label)) ASSERT n.\(key) IS UNIQUE;\n"
            case (.uniqueConstraint, .falkordb):
                out += "// unique \(element.label).\(element.property): GRAPH.CONSTRAINT CREATE <graph> UNIQUE NODE \(element.label) PROPERTIES 1 \(element.property)\n"
                out += createIndex(name: name, label: label, key: key)
            }
        }
        return out
    }

    /// The statement creating an index on `label`.`key` (quoted names), in the dialect's syntax; Neo4j's
    /// also names it.
    private func createIndex(name: String, label: String, key: String) -> String {
        switch options.dialect {
        case .neo4j: return "CREATE INDEX \(name) IF NOT EXISTS FOR (n:\(label)) ON (n.\(key));\n"
        case .memgraph: return "CREATE INDEX ON :\(label)(\(key));\n"
        case .falkordb: return "CREATE INDEX FOR (n:\(label)) ON (n.\(key));\n"
        }
    }

    /// The statement dropping the index `createIndex` made.
    private func dropIndex(name: String, label: String, key: String) -> String {
        switch options.dialect {
        case .neo4j: return "DROP INDEX \(name);\n"
        case .memgraph: return "DROP INDEX ON :\(label)(\(key));\n"
        case .falkordb: return "DROP INDEX FOR (n:\(label)) ON (n.\(key));\n"
        }
    }

    /// The elements in UNWIND statements: runs of consecutive nodes with the same labels, then runs of
    /// consecutive relationships of one type, each cut into batches (so a reloaded graph has the same
    /// ids, in the same order). A row is a list — the id (or the two ends' ids), then a value for each
    /// property key of the batch, null where the element has none (CREATE sets no null property) —
    /// which parses and runs faster than a map per row.
    private func batches(_ nodes: [NodeID], _ relationships: [RelationshipID]) -> String {
        let label = CypherName.quoted(Self.exportLabel), key = CypherName.quoted(Self.exportKey)
        var out = ""
        out += createIndex(name: "cg_export_id", label: label, key: key)
        /// Writes one batch: `ids` are each row's `leading` first values, `maps` its properties.
        func batch(_ ids: [String], leading: Int, _ maps: [PropertyMap], _ statement: (String) -> String) {
            guard !ids.isEmpty else { return }
            let keys = Set(maps.flatMap(\.keys)).sorted()
            let rows = zip(ids, maps).map { id, map in
                "[" + id + keys.map { k in ", " + (map[k].map(Self.literal) ?? "null") }.joined() + "]"
            }
            let properties = keys.enumerated().map { i, k in "\(CypherName.quoted(graph.name(of: k))): row[\(leading + i)]" }
            out += "UNWIND [" + rows.joined(separator: ",\n        ") + "] AS row " + statement(properties.joined(separator: ", ")) + ";\n"
        }
        var ids: [String] = [], maps: [PropertyMap] = []
        var currentLabels: String?
        func flushNodes() {
            guard let labels = currentLabels else { return }
            batch(ids, leading: 1, maps) { properties in "CREATE (\(labels):\(label) {\(key): row[0]\(properties.isEmpty ? "" : ", " + properties)})" }
            ids.removeAll(keepingCapacity: true)
            maps.removeAll(keepingCapacity: true)
        }
        for node in nodes {
            let labels = labels(of: node)
            if labels != currentLabels || ids.count == options.batchSize {
                flushNodes()
                currentLabels = labels
            }
            ids.append("\(node.rawValue)")
            maps.append(graph.properties(of: node))
        }
        flushNodes()
        var currentType: String?
        func flushRelationships() {
            guard let type = currentType else { return }
            batch(ids, leading: 2, maps) { properties in
                "MATCH (a:\(label) {\(key): row[0]}), (b:\(label) {\(key): row[1]}) CREATE (a)-[:\(type)\(properties.isEmpty ? "" : " {" + properties + "}")]->(b)"
            }
            ids.removeAll(keepingCapacity: true)
            maps.removeAll(keepingCapacity: true)
        }
        for relationship in relationships {
            guard let record = graph.relationship(relationship) else { continue }
            let type = CypherName.quoted(graph.name(of: record.type))
            if type != currentType || ids.count == options.batchSize {
                flushRelationships()
                currentType = type
            }
            ids.append("\(record.start.rawValue), \(record.end.rawValue)")
            maps.append(record.properties)
        }
        flushRelationships()
        out += "MATCH (n:\(label)) REMOVE n:\(label), n.\(key);\n"
        out += dropIndex(name: "cg_export_id", label: label, key: key)
        return out
    }

    /// `:A:B`, the labels of `node` as a pattern writes them.
    private func labels(of node: NodeID) -> String {
        graph.labels(of: node).map { ":" + CypherName.quoted(graph.name(of: $0)) }.joined()
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
