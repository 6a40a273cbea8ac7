// Writes a graph as GraphML (http://graphml.graphdrawing.org), the exchange format of Gephi, yEd,
// Cytoscape, NetworkX and igraph. Every property key becomes an attribute key per element kind, typed
// `long`, `double`, `boolean` or `string` from the values it holds (mixed or list values as their
// Cypher text); labels are one `labels` attribute (`:A:B`, as Neo4j's GraphML export writes them) and
// relationship types a `type` attribute (also Gephi's edge `label`). Every node has a `label` attribute,
// which Gephi and yEd show: its name, title, code or iso property, else its labels. The names the tools
// reserve are the export's: a property named `label` is written as `label_`, and one named `id` as
// `id_` (igraph keeps each node's GraphML id, `n<id>`, in its `id` attribute — if a property already
// had that name, igraph dropped the ids). A property named like one of our own attributes wins: those
// are renamed (`:labels`, `:type`).

import GraphStore

/// Builds the GraphML document of a graph.
struct GraphMLExporter {
    let graph: PropertyGraph

    /// The XML attribute type of a property key, from the values it holds.
    private enum AttributeType: String {
        case long, double, boolean, string

        /// The narrowest type that holds every value: integers and floats together are `double`, any
        /// other mix `string`.
        static func of(_ values: [Value]) -> AttributeType {
            var type: AttributeType?
            for value in values {
                let next: AttributeType
                switch value {
                case .int: next = .long
                case .float: next = .double
                case .bool: next = .boolean
                default: next = .string
                }
                switch (type, next) {
                case (nil, _): type = next
                case (.long?, .double), (.double?, .long): type = .double
                case (let current?, _) where current != next: return .string
                default: break
                }
            }
            return type ?? .string
        }
    }

    /// The GraphML document: the attribute keys, then every node and every relationship.
    /// - Complexity: O(nodes + relationships + properties).
    func document() -> String {
        let nodes = graph.allNodeIDs
        let relationships = graph.allRelationshipIDs.compactMap { id in graph.relationship(id).map { (id, $0) } }
        let nodeKeys = keys(nodes.map { graph.properties(of: $0) })
        let edgeKeys = keys(relationships.map(\.1.properties))
        // `labels` and `type` give way to properties of the same name (renamed `:labels`, `:type`);
        // properties named `label` or `id` give way to the tools' attributes (see the header).
        let nodePropertyNames = Set(nodeKeys.map(\.0)), edgePropertyNames = Set(edgeKeys.map(\.0))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += "  <key id=\"labels\" for=\"node\" attr.name=\"\(nodePropertyNames.contains("labels") ? ":labels" : "labels")\" attr.type=\"string\"/>\n"
        out += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        // Key ids are positional, d0, d1, … as NetworkX writes them (an id cannot hold every character a
        // property name may).
        let nodeKeyID = Self.declare(nodeKeys, for: "node", firstID: 0, into: &out)
        out += "  <key id=\"type\" for=\"edge\" attr.name=\"\(edgePropertyNames.contains("type") ? ":type" : "type")\" attr.type=\"string\"/>\n"
        out += "  <key id=\"edgelabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        let edgeKeyID = Self.declare(edgeKeys, for: "edge", firstID: nodeKeys.count, into: &out)
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for node in nodes {
            let properties = graph.properties(of: node)
            let labels = graph.labels(of: node).map { ":" + graph.name(of: $0) }.joined()
            out += "    <node id=\"n\(node.rawValue)\"><data key=\"labels\">\(Self.escaped(labels))</data>"
            let shown = ["name", "title", "code", "iso"].lazy.compactMap { key in
                self.graph.propertyKeyID(key).flatMap { properties[$0] }
            }.first?.displayText ?? labels
            out += "<data key=\"label\">\(Self.escaped(shown))</data>"
            out += data(properties, nodeKeyID) + "</node>\n"
        }
        for (id, record) in relationships {
            let type = Self.escaped(graph.name(of: record.type))
            out += "    <edge id=\"e\(id.rawValue)\" source=\"n\(record.start.rawValue)\" target=\"n\(record.end.rawValue)\">"
            out += "<data key=\"type\">\(type)</data>"
            out += "<data key=\"edgelabel\">\(type)</data>"
            out += data(record.properties, edgeKeyID) + "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Property names the tools use for their own attributes: written with a trailing `_`.
    static let reservedNames: Set<String> = ["label", "id"]

    /// Declares an attribute key per property name, with ids d<firstID>, d<firstID + 1>, …; returns the
    /// id of each name.
    private static func declare(_ keys: [(String, AttributeType, String?)], for element: String, firstID: Int, into out: inout String)
        -> [String: String]
    {
        var ids: [String: String] = [:]
        for (i, (name, type, temporal)) in keys.enumerated() {
            ids[name] = "d\(firstID + i)"
            var written = name
            if reservedNames.contains(name) {
                // label_, or label__ if a property is called label_ too.
                repeat { written += "_" } while keys.contains { $0.0 == written }
            }
            // A temporal key is an ISO 8601 string to the tools, and says its type for ClusterGraph to read back.
            let temporalType = temporal.map { " \(temporalAttribute)=\"\($0)\"" } ?? ""
            out += "  <key id=\"d\(firstID + i)\" for=\"\(element)\" attr.name=\"\(escaped(written))\" attr.type=\"\(type.rawValue)\"\(temporalType)/>\n"
        }
        return ids
    }

    /// The `<data>` elements of an element's properties.
    private func data(_ properties: PropertyMap, _ ids: [String: String]) -> String {
        var out = ""
        for (key, value) in properties.entries {
            guard let id = ids[graph.name(of: key)] else { continue }
            out += "<data key=\"\(id)\">\(Self.escaped(Self.text(value)))</data>"
        }
        return out
    }

    /// The attribute of a `<key>` naming the temporal type (`date`, `datetime`, …) its ISO strings hold.
    static let temporalAttribute = "cg.temporal"

    /// Every property key of the elements, sorted by name, with the attribute type of its values and,
    /// when they are all temporal values of one type, that type's name.
    private func keys(_ maps: [PropertyMap]) -> [(String, AttributeType, String?)] {
        var values: [String: [Value]] = [:]
        for map in maps {
            for (key, value) in map.entries { values[graph.name(of: key), default: []].append(value) }
        }
        return values.keys.sorted().map { name in
            let held = values[name] ?? []
            let temporalTypes = Set(held.map { value -> String? in
                if case .temporal(let t) = value { return t.constructorName }
                return nil
            })
            return (name, AttributeType.of(held), temporalTypes.count == 1 ? temporalTypes.first ?? nil : nil)
        }
    }

    /// A value as attribute text: numbers and booleans plainly, strings as they are, lists as Cypher text.
    private static func text(_ value: Value) -> String {
        switch value {
        case .float(let f): return f.isFinite ? Value.formatFloat(f) : (f.isNaN ? "NaN" : (f < 0 ? "-Infinity" : "Infinity"))
        default: return value.displayText
        }
    }

    /// Text escaped for XML content and attribute values.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no other control characters, not even escaped.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
