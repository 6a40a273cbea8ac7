// Reads a plain edge list — `source,target[,weight[,more…]]` per line, as spreadsheets, Gephi's edge
// table, NetworkX's `write_weighted_edgelist` (with `delimiter=','`) and igraph's `Read_Ncol` files are
// written — into a graph: a node for every distinct name, with the name as its `id` property (an integer
// when it is one), and a RELATED relationship per line. The first line is a header when its first two
// fields are names such as source/target, from/to, src/dst, Source/Target; then the other columns are
// named by it, else they are `weight`, `column4`, … Values are integers, then floats, else strings; an
// empty field is no property. Lines starting with '#' and blank lines are skipped. Comma-separated
// (`.csv`) or tab-separated (`.tsv`). All or nothing: one transaction; errors name file, line, column.

import Cypher
import Foundation
import GraphStore

public enum EdgeListReader {
    /// The relationship type of every edge.
    public static let relationshipType = "RELATED"

    /// First fields that make the first line a header (compared without case).
    static let sourceNames: Set<String> = ["source", "src", "from", "start", "node1", "u", "head", ":start_id"]
    static let targetNames: Set<String> = ["target", "dst", "to", "end", "node2", "v", "tail", ":end_id"]

    /// Adds the edges of `bytes` (the file `name`, fields separated by `separator`) and their nodes to
    /// `graph`; returns how many nodes and relationships it added.
    public static func read(_ bytes: [UInt8], name: String, separator: UInt8, into graph: PropertyGraph) throws -> (nodes: Int, relationships: Int) {
        var reader = CSVReader(bytes, separator: separator)
        var columnNames: [String]?
        var rows: [(line: Int, fields: [String?])] = []
        do throws(CSVReader.Malformed) {
            while let fields = try reader.next() {
                let first = fields.first.flatMap { $0 }?.trimmingWhitespace ?? ""
                if (fields.count == 1 && first.isEmpty) || first.hasPrefix("#") { continue }
                if rows.isEmpty, columnNames == nil, fields.count >= 2, sourceNames.contains(first.lowercased()),
                    let second = fields[1], targetNames.contains(second.trimmingWhitespace.lowercased())
                {
                    columnNames = fields.map { $0?.trimmingWhitespace ?? "" }
                    continue
                }
                rows.append((reader.recordLine, fields))
            }
        } catch {
            throw GraphFileError(file: name, line: error.line, column: error.column, message: error.reason)
        }
        return try graph.transaction { () throws -> (Int, Int) in
            let idKey = graph.internPropertyKey("id")
            let type = graph.internRelationshipType(relationshipType)
            var nodes: [String: NodeID] = [:]
            func node(_ text: String) throws -> NodeID {
                if let id = nodes[text] { return id }
                let id = try graph.createNode(labels: [], properties: [(idKey, Int64(text).map(Value.int) ?? .string(text))])
                nodes[text] = id
                return id
            }
            var keys: [PropertyKeyID] = []
            func key(_ column: Int) -> PropertyKeyID {
                while keys.count <= column - 2 {
                    let index = keys.count + 2
                    let named = columnNames.flatMap { index < $0.count && !$0[index].isEmpty ? $0[index] : nil }
                    keys.append(graph.internPropertyKey(named ?? (index == 2 ? "weight" : "column\(index + 1)")))
                }
                return keys[column - 2]
            }
            // The edges are created together, each node's adjacency laid out once (createRelationships).
            var batch: [NewRelationship] = []
            batch.reserveCapacity(rows.count)
            var sharedKeys: [PropertyKeyID] = []
            for (line, fields) in rows {
                guard fields.count >= 2 else {
                    throw GraphFileError(file: name, line: line, column: 1, message: "a line needs a source and a target, separated by '\(Character(Unicode.Scalar(separator)))'")
                }
                var ends: [NodeID] = []
                for side in 0..<2 {
                    guard let text = fields[side]?.trimmingWhitespace, !text.isEmpty else {
                        throw GraphFileError(
                            file: name, line: line, column: 1, message: "the \(side == 0 ? "source (first field)" : "target (second field)") is empty")
                    }
                    ends.append(try node(text))
                }
                var properties: [(PropertyKeyID, Value)] = []
                for column in 2..<fields.count {
                    guard let text = fields[column]?.trimmingWhitespace, !text.isEmpty else { continue }
                    properties.append((key(column), Int64(text).map(Value.int) ?? Double(text).map(Value.float) ?? .string(text)))
                }
                batch.append(NewRelationship(type: type, start: ends[0], end: ends[1], properties: PropertyMap(properties, sharingKeys: &sharedKeys)))
            }
            do throws(BulkRelationshipError) {
                try graph.createRelationships(batch)
            } catch {
                throw GraphFileError(file: name, line: rows[error.index].line, column: 1, message: "\(error.error)")
            }
            return (nodes.count, rows.count)
        }
    }
}

extension String {
    /// Without leading and trailing whitespace (`CharacterSet.whitespaces`: tab and the Unicode space
    /// separators). A field that starts and ends with an ASCII byte other than tab and space has none
    /// and is returned as it is; only the others go through Foundation, whose trimming was half the time
    /// of reading a million-edge list.
    fileprivate var trimmingWhitespace: String {
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, first != tab, first != space, last != tab, last != space {
            return self
        }
        return trimmingCharacters(in: .whitespaces)
    }
}
