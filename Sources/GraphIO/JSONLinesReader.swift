// Reads JSON Lines in the layout of Neo4j's APOC (`apoc.export.json.all`, and our own `export --format
// jsonl`): one object per line, {"type":"node","id":…,"labels":[…],"properties":{…}} or
// {"type":"relationship","id":…,"label":TYPE,"start":{"id":…},"end":{"id":…},"properties":{…}}, nodes
// and relationships in any order. Ids may be strings or integers; they only join relationships to nodes
// and are not stored. Property values: JSON integers as integers, other numbers as floats, strings,
// booleans, arrays of those; null means no property; an object (APOC's points and maps) is refused, as
// a property graph cannot store it. Blank lines are skipped. All or nothing: one transaction; an error
// names file, line and column.

import GraphStore

public enum JSONLinesReader {
    /// Adds the nodes and relationships of the JSON Lines `bytes` (from the file `name`) to `graph`;
    /// returns how many of each it added.
    public static func read(_ bytes: [UInt8], name: String, into graph: PropertyGraph) throws -> (nodes: Int, relationships: Int) {
        var nodes: [Line] = []
        var relationships: [Line] = []
        var lineStart = 0, lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let range = lineStart..<(lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd)
            defer { lineStart = lineEnd + 1 }
            guard bytes[range].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let value: JSONValue
            do throws(JSONSyntaxError) {
                value = try JSONText.parse(bytes, range)
            } catch {
                throw GraphFileError(
                    file: name, line: lineNumber, column: column(bytes, from: lineStart, to: error.offset), message: "not JSON: \(error.message)")
            }
            let line = Line(value: value, number: lineNumber, start: lineStart)
            switch value["type"] {
            case .string("node"): nodes.append(line)
            case .string("relationship"): relationships.append(line)
            default:
                throw GraphFileError(
                    file: name, line: lineNumber, column: 1,
                    message: "each line must be an object with \"type\": \"node\" or \"relationship\" (APOC's JSON Lines)")
            }
        }
        return try graph.transaction { () throws -> (Int, Int) in
            var ids: [String: NodeID] = [:]
            for line in nodes {
                let id = try line.identifier(in: name)
                guard ids[id] == nil else { throw line.error(in: name, "the node id \(id) is used twice") }
                var labels: [LabelID] = []
                switch line.value["labels"] {
                case nil, .null?: break
                case .array(let items)?:
                    for item in items {
                        guard case .string(let label) = item, !label.isEmpty else { throw line.error(in: name, "\"labels\" must be an array of names") }
                        labels.append(graph.internLabel(label))
                    }
                default: throw line.error(in: name, "\"labels\" must be an array of names")
                }
                ids[id] = try graph.createNode(labels: labels, properties: try line.properties(in: name, graph))
            }
            // The relationships are created together, each node's adjacency laid out once.
            var batch: [NewRelationship] = []
            batch.reserveCapacity(relationships.count)
            for line in relationships {
                guard case .string(let type)? = line.value["label"], !type.isEmpty else {
                    throw line.error(in: name, "a relationship needs its type as \"label\": \"TYPE\"")
                }
                func endpoint(_ side: String) throws -> NodeID {
                    guard let end = line.value[side], let id = try Line.identifier(end["id"]) else {
                        throw line.error(in: name, "a relationship needs \"\(side)\": {\"id\": …}")
                    }
                    guard let node = ids[id] else { throw line.error(in: name, "the relationship's \(side) node \(id) is on no line") }
                    return node
                }
                batch.append(
                    NewRelationship(
                        type: graph.internRelationshipType(type), start: try endpoint("start"), end: try endpoint("end"),
                        properties: try line.properties(in: name, graph)))
            }
            do throws(BulkRelationshipError) {
                try graph.createRelationships(batch)
            } catch {
                throw relationships[error.index].error(in: name, "\(error.error)")
            }
            return (nodes.count, relationships.count)
        }
    }

    /// One line's object, and where it is.
    private struct Line {
        let value: JSONValue
        let number: Int
        let start: Int

        func error(in file: String, _ message: String) -> GraphFileError {
            GraphFileError(file: file, line: number, column: 1, message: message)
        }

        /// The line's "id", as text (a string id as it is, an integer id in decimal).
        func identifier(in file: String) throws -> String {
            guard let id = try Self.identifier(value["id"]) else { throw error(in: file, "a node needs an \"id\" (a string or an integer)") }
            return id
        }

        static func identifier(_ value: JSONValue?) throws -> String? {
            switch value {
            case .string(let s)?: return s
            case .int(let i)?: return String(i)
            default: return nil
            }
        }

        /// The "properties" object as the graph's (key, value) pairs; nulls are left out.
        func properties(in file: String, _ graph: PropertyGraph) throws -> [(PropertyKeyID, Value)] {
            switch value["properties"] {
            case nil, .null?: return []
            case .object(let members)?:
                // The last of a repeated key wins; keys are interned in the order written (an export keeps it).
                var last: [String: Int] = [:]
                for (index, member) in members.enumerated() { last[member.key] = index }
                var result: [(PropertyKeyID, Value)] = []
                for (index, (key, json)) in members.enumerated() where last[key] == index {
                    guard let converted = try property(json, key: key, file: file), !converted.isNull else { continue }
                    result.append((graph.internPropertyKey(key), converted))
                }
                return result
            default: throw error(in: file, "\"properties\" must be an object")
            }
        }

        private func property(_ json: JSONValue, key: String, file: String) throws -> Value? {
            switch json {
            case .null: return nil
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let f): return .float(f)
            case .string(let s): return .string(s)
            case .array(let items):
                return .list(
                    try items.map { item in
                        if case .array = item { throw error(in: file, "property \(key): a list may not hold lists") }
                        return try property(item, key: key, file: file) ?? .null
                    })
            case .object:
                throw error(in: file, "property \(key) is a map (a point, a temporal value or a nested object), which a property cannot hold; flatten it first")
            }
        }
    }

    /// The column (counted in characters, from 1) of byte `offset` on the line starting at `lineStart`.
    private static func column(_ bytes: [UInt8], from lineStart: Int, to offset: Int) -> Int {
        String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
    }
}
