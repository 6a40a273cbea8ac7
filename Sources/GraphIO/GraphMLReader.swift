// Reads GraphML (http://graphml.graphdrawing.org) as NetworkX, igraph, Gephi, yEd and our own export
// write it, into a graph: every <node> a node, every <edge> a relationship from source to target (an
// undirected graph's edges keep the direction they are written in). Attribute values take their key's
// attr.type — int and long as integers, float and double as floats, boolean, string — and a key's
// <default> fills in where a node or edge has no <data>. Our own export (its key ids `labels`, `label`,
// `type`, `edgelabel`) is read back exactly: labels from `labels`, the type from `type`, renamed
// properties (`:labels`, `label_`, `id_`) under their names, the tools' `label` dropped. Other files: nodes
// get no label, their GraphML id becomes the property `id` (unless they have one), and a relationship's
// type is its `type` attribute, else its `label`, else RELATED. All or nothing: one transaction.

import Foundation
import Temporal
import GraphStore

#if canImport(FoundationXML)
    import FoundationXML
#endif

public enum GraphMLReader {
    /// The relationship type of an edge that names none.
    public static let defaultType = "RELATED"

    /// Adds the nodes and edges of the GraphML `bytes` (from the file `name`) to `graph`; returns how
    /// many of each it added.
    public static func read(_ bytes: [UInt8], name: String, into graph: PropertyGraph) throws -> (nodes: Int, relationships: Int) {
        let collector = Collector(file: name)
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        let parsed = parser.parse()
        if let failure = collector.failure { throw failure }
        guard parsed else {
            let code = parser.parserError.map { " (XML parser error \(($0 as NSError).code))" } ?? ""
            throw GraphFileError(
                file: name, line: parser.lineNumber, column: parser.columnNumber, message: "not GraphML: the XML is not well-formed\(code)")
        }
        guard collector.sawGraphML else {
            throw GraphFileError(file: name, line: 1, column: 1, message: "not GraphML: there is no <graphml> element")
        }
        return try graph.transaction { () throws -> (Int, Int) in try collector.create(in: graph) }
    }
}

/// The SAX side: keys, nodes and edges as they come.
private final class Collector: NSObject, XMLParserDelegate {
    struct Key {
        var name: String
        var type: String
        var scope: String
        var fallback: String?
    }

    struct Element {
        var id: String
        var source = "", target = ""
        var data: [(key: String, text: String)] = []
        var line = 0, column = 0
    }

    let file: String
    var failure: GraphFileError?
    var sawGraphML = false
    var keys: [String: Key] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []
    private var current: Element?
    private var currentIsNode = false
    private var dataKey: String?
    private var defaultFor: String?
    private var text = ""

    init(file: String) { self.file = file }

    func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = GraphFileError(file: file, line: parser.lineNumber, column: parser.columnNumber, message: message) }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        switch name {
        case "graphml": sawGraphML = true
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> without an id") }
            let type = attributes[GraphMLExporter.temporalAttribute].map { "temporal:" + $0 } ?? attributes["attr.type"] ?? "string"
            keys[id] = Key(name: attributes["attr.name"] ?? id, type: type, scope: attributes["for"] ?? "all")
            defaultFor = id
        case "node":
            guard let id = attributes["id"] else { return fail(parser, "a <node> without an id") }
            current = Element(id: id, line: parser.lineNumber, column: parser.columnNumber)
            currentIsNode = true
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(parser, "an <edge> needs a source and a target")
            }
            current = Element(id: attributes["id"] ?? "", source: source, target: target, line: parser.lineNumber, column: parser.columnNumber)
            currentIsNode = false
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "a <data> without a key") }
            guard keys[key] != nil else { return fail(parser, "<data key=\"\(key)\">: no <key> declares \(key)") }
            dataKey = key
        case "hyperedge": fail(parser, "hyperedges have no counterpart in a property graph")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "default":
            if let id = defaultFor { keys[id]?.fallback = text }
        case "key": defaultFor = nil
        case "data":
            if let key = dataKey { current?.data.append((key, text)) }
            dataKey = nil
        case "node", "edge":
            if let element = current {
                if currentIsNode { nodes.append(element) } else { edges.append(element) }
            }
            current = nil
        default: break
        }
    }

    /// Whether the file is one of our exports: its node labels are declared under the key id `labels`.
    private var isOurExport: Bool { keys["labels"].map { $0.scope == "node" && $0.name.hasSuffix("labels") } ?? false }

    func create(in graph: PropertyGraph) throws -> (Int, Int) {
        let ours = isOurExport
        let (nodeDefaults, edgeDefaults) = (defaults(for: "node"), defaults(for: "edge"))
        var ids: [String: NodeID] = [:]
        for node in nodes {
            var labels: [LabelID] = []
            var properties: [(String, Value)] = []  // in the order written, as the export wrote them
            for (id, name, value) in try values(of: node, defaults: nodeDefaults) {
                if ours && id == "labels" {
                    if case .string(let text) = value { labels = text.split(separator: ":").map { graph.internLabel(String($0)) } }
                } else if !(ours && id == "label") {
                    properties.append((ours ? Self.restored(name) : name, value))
                }
            }
            if !ours, !properties.contains(where: { $0.0 == "id" }) { properties.insert(("id", .string(node.id)), at: 0) }
            guard ids[node.id] == nil else { throw error(node, "the node id '\(node.id)' is used twice") }
            ids[node.id] = try graph.createNode(labels: labels, properties: properties.map { (graph.internPropertyKey($0.0), $0.1) })
        }
        // The edges are created together, each node's adjacency laid out once (createRelationships).
        var batch: [NewRelationship] = []
        batch.reserveCapacity(edges.count)
        for edge in edges {
            guard let start = ids[edge.source] else { throw error(edge, "the edge's source '\(edge.source)' is no node") }
            guard let end = ids[edge.target] else { throw error(edge, "the edge's target '\(edge.target)' is no node") }
            var type: String?, labelType: String?
            var properties: [(String, Value)] = []
            for (id, name, value) in try values(of: edge, defaults: edgeDefaults) {
                if ours {
                    if id == "type", case .string(let text) = value { type = text } else if id != "edgelabel" { properties.append((Self.restored(name), value)) }
                } else if name == "type", case .string(let text) = value, !text.isEmpty {
                    type = text
                } else {
                    if name == "label", case .string(let text) = value, !text.isEmpty { labelType = text }
                    properties.append((name, value))
                }
            }
            batch.append(
                NewRelationship(
                    type: graph.internRelationshipType(type ?? labelType ?? GraphMLReader.defaultType), start: start, end: end,
                    properties: properties.map { (graph.internPropertyKey($0.0), $0.1) }))
        }
        do {
            try graph.createRelationships(batch)
        } catch {
            throw self.error(edges[error.index], "\(error.error)")
        }
        return (nodes.count, edges.count)
    }

    /// A property name as it was before our export renamed it (`:labels` → `labels`, `label_` → `label`).
    private static func restored(_ name: String) -> String {
        if name.hasPrefix(":") { return String(name.dropFirst()) }
        if name.hasSuffix("_"), GraphMLExporter.reservedNames.contains(name.trimmingCharacters(in: ["_"])) { return String(name.dropLast()) }
        return name
    }

    /// The keys of `scope` ("node" or "edge") that have a default, as (key id, default text), by id.
    private func defaults(for scope: String) -> [(key: String, text: String)] {
        keys.sorted { $0.key < $1.key }.compactMap { id, key in
            guard key.scope == scope || key.scope == "all", let text = key.fallback else { return nil }
            return (id, text)
        }
    }

    /// An element's values: its data, then `defaults` for the keys it has no data for, as (key id,
    /// attribute name, value) in the order written.
    private func values(of element: Element, defaults: [(key: String, text: String)]) throws -> [(String, String, Value)] {
        var result: [(String, String, Value)] = []
        var seen: Set<String> = []
        for (id, text) in element.data + defaults {  // the first text of a key wins: data before defaults
            guard let key = keys[id], seen.insert(id).inserted else { continue }
            guard let value = Self.value(text, type: key.type) else {
                let type = key.type.hasPrefix("temporal:") ? String(key.type.dropFirst("temporal:".count)) : key.type
                throw error(element, "'\(text)' is not of type \(type) (attribute \(key.name))")
            }
            result.append((id, key.name, value))
        }
        return result
    }

    private func error(_ element: Element, _ message: String) -> GraphFileError {
        GraphFileError(file: file, line: element.line, column: element.column, message: message)
    }

    static func value(_ text: String, type: String) -> Value? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch type.lowercased() {
        case "int", "long": return Int64(trimmed).map(Value.int)
        case "float", "double": return Double(trimmed).map(Value.float)
        case "boolean":
            switch trimmed.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        case let temporal where temporal.hasPrefix("temporal:"):
            return temporalValue(trimmed, type: String(temporal.dropFirst("temporal:".count)))
        default: return .string(text)
        }
    }

    /// ISO 8601 text of a key ClusterGraph marked temporal, as that type; nil when it does not parse.
    private static func temporalValue(_ text: String, type: String) -> Value? {
        do {
            guard let value = try TemporalParser.value(text, type: type) else { return .string(text) }
            return .temporal(value)
        } catch {
            return nil
        }
    }
}
