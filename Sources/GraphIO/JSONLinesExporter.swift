// Writes a graph as JSON Lines in the layout of Neo4j's APOC `apoc.export.json.all`: one object per
// node ({"type":"node","id":"0","labels":[…],"properties":{…}}) and then one per relationship
// ({"type":"relationship","id":"0","label":"IN","start":{"id":"1","labels":[…]},"end":{…},"properties":{…}}).
// Ids are strings, as APOC writes them; NaN and infinities, which JSON lacks, are written as strings.

import GraphStore

/// Builds the JSON Lines of a graph.
struct JSONLinesExporter {
    let graph: PropertyGraph

    /// One line per node, then one per relationship.
    /// - Complexity: O(nodes + relationships + properties).
    func lines() -> String {
        var out = ""
        for node in graph.allNodeIDs {
            out += "{\"type\":\"node\",\"id\":\"\(node.rawValue)\",\"labels\":\(labels(node)),\"properties\":\(object(graph.properties(of: node)))}\n"
        }
        for id in graph.allRelationshipIDs {
            guard let record = graph.relationship(id) else { continue }
            out += "{\"type\":\"relationship\",\"id\":\"\(id.rawValue)\",\"label\":\(Self.string(graph.name(of: record.type))),"
            out += "\"start\":{\"id\":\"\(record.start.rawValue)\",\"labels\":\(labels(record.start))},"
            out += "\"end\":{\"id\":\"\(record.end.rawValue)\",\"labels\":\(labels(record.end))},"
            out += "\"properties\":\(object(record.properties))}\n"
        }
        return out
    }

    private func labels(_ node: NodeID) -> String {
        "[" + graph.labels(of: node).map { Self.string(graph.name(of: $0)) }.joined(separator: ",") + "]"
    }

    private func object(_ map: PropertyMap) -> String {
        "{" + map.entries.map { key, value in Self.string(graph.name(of: key)) + ":" + Self.json(value) }.joined(separator: ",") + "}"
    }

    /// A property value as JSON.
    static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return f.isFinite ? Value.formatFloat(f) : string(f.isNaN ? "NaN" : (f < 0 ? "-Infinity" : "Infinity"))
        case .string(let s): return string(s)
        case .list(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        // Temporal values as ISO 8601 strings, as APOC's export.json writes them.
        case .temporal: return string(value.displayText)
        default: return string(value.literal)
        }
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String { Value.jsonQuote(s) }
}
