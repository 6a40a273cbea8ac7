// Bulk import of CSV files in the layout neo4j-admin import reads (and Memgraph, Kùzu and FalkorDB's
// bulk loaders follow): node files whose header names each column `name:type`, with one `:ID` column
// (optionally named — `code:ID` also stores the id as `code` — and in an id space, `:ID(Region)`) and
// an optional `:LABEL` column; relationship files with `:START_ID`, `:END_ID` (in the same id spaces)
// and an optional `:TYPE` column. Types: string (the default), int, long, short, byte, float, double,
// boolean, and arrays of them (`name:int[]`, elements split at the array delimiter, `;` by default);
// `:IGNORE` skips a column. Labels and a type can also be given per file. The import is all or nothing:
// it builds a new graph and stops at the first error, which names the file, line and column.

import Cypher
import GraphStore
import Temporal

/// One file to import and what its rows are.
public struct CSVImportFile: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Node rows, carrying these labels besides any in a `:LABEL` column.
        case nodes(labels: [String])
        /// Relationship rows, of this type unless a `:TYPE` column says otherwise.
        case relationships(type: String?)
    }

    public var kind: Kind
    public var path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }
}

/// Why an import failed, with the place in the file.
public struct CSVImportError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// 1-based; 0 when the problem is the whole record or file.
    public let column: Int
    public let message: String

    public var description: String {
        "\(file):\(line)" + (column > 0 ? ":\(column)" : "") + ": \(message)"
    }
}

/// The delimiters of the files.
public struct CSVImportOptions: Sendable {
    public var delimiter: UInt8 = UInt8(ascii: ",")
    public var arrayDelimiter: Character = ";"

    public init() {}
}

/// What an import created.
public struct CSVImportSummary: Sendable, Equatable {
    public var nodes = 0
    public var relationships = 0
}

public enum CSVImport {
    /// Reads `files` (node files first, in the order given, then relationship files) into a new graph.
    /// `read` returns a file's bytes (the caller opens files, so it owns paths and UTF-8 checks).
    public static func graph(
        from files: [CSVImportFile], options: CSVImportOptions = CSVImportOptions(), read: (String) throws -> [UInt8]
    ) throws -> (PropertyGraph, CSVImportSummary) {
        let graph = PropertyGraph()
        var summary = CSVImportSummary()
        var ids: [String: [String: NodeID]] = [:]  // id space → id → node
        // Relationships are read first and created together, each node's adjacency sized once.
        var pending: [PendingRelationship] = []
        let ordered = files.filter { if case .nodes = $0.kind { return true } else { return false } }
            + files.filter { if case .relationships = $0.kind { return true } else { return false } }
        for file in ordered {
            var reader = CSVReader(try read(file.path), separator: options.delimiter)
            let header: Header
            do {
                guard let fields = try reader.next() else { throw CSVImportError(file: file.path, line: 1, column: 0, message: "the file is empty; it needs a header line") }
                header = try Header(fields, file: file, graph: graph)
            } catch let malformed as CSVReader.Malformed {
                throw CSVImportError(file: file.path, line: malformed.line, column: malformed.column, message: malformed.reason)
            }
            while true {
                let record: [String?]
                do {
                    guard let next = try reader.next() else { break }
                    record = next
                } catch {
                    throw CSVImportError(file: file.path, line: error.line, column: error.column, message: error.reason)
                }
                let line = reader.recordLine
                if record.count == 1, record[0] == nil { continue }  // a blank line
                guard record.count == header.columns.count else {
                    throw CSVImportError(
                        file: file.path, line: line, column: 0,
                        message: "\(record.count) fields where the header has \(header.columns.count)")
                }
                try header.importRow(record, line: line, options: options, graph: graph, ids: &ids, summary: &summary, pending: &pending)
            }
        }
        var outgoing = [Int](repeating: 0, count: graph.nodeIDBound), incoming = outgoing
        for relationship in pending {
            outgoing[relationship.start.rawValue] += 1
            incoming[relationship.end.rawValue] += 1
        }
        graph.reserveCapacity(nodes: 0, relationships: pending.count)
        graph.reserveAdjacency(outgoing: outgoing, incoming: incoming)
        for relationship in pending {
            do {
                try graph.createRelationship(type: relationship.type, from: relationship.start, to: relationship.end, properties: relationship.properties)
            } catch {
                throw CSVImportError(file: relationship.file, line: relationship.line, column: 0, message: "\(error)")
            }
        }
        summary.relationships = pending.count
        return (graph, summary)
    }
}

/// A relationship read and checked, to be created with the others.
private struct PendingRelationship {
    var type: RelationshipTypeID
    var start: NodeID
    var end: NodeID
    var properties: [(PropertyKeyID, Value)]
    var file: String
    var line: Int
}

/// A file's header: what each column is.
private struct Header {
    enum Role {
        case property(PropertyKeyID, FieldType, array: Bool)
        case id(space: String, key: PropertyKeyID?)
        case labels
        case start(space: String)
        case end(space: String)
        case type
        case ignored
    }

    enum FieldType: String {
        case string, int, long, short, byte, float, double, boolean
        case date, localtime, time, localdatetime, datetime, duration
    }

    let file: CSVImportFile
    let columns: [Role]
    let labels: [LabelID]
    let type: RelationshipTypeID?

    init(_ fields: [String?], file: CSVImportFile, graph: PropertyGraph) throws {
        self.file = file
        var columns: [Role] = []
        for (index, field) in fields.enumerated() {
            let text = field ?? ""
            func fail(_ message: String) -> CSVImportError {
                CSVImportError(file: file.path, line: 1, column: index + 1, message: message)
            }
            // name:TYPE(space), the name and the type both optional.
            let colon = text.lastIndex(of: ":")
            let name = colon.map { String(text[..<$0]) } ?? text
            var kind = colon.map { String(text[text.index(after: $0)...]) } ?? ""
            var space = ""
            if let open = kind.firstIndex(of: "("), kind.hasSuffix(")") {
                space = String(kind[kind.index(after: open)..<kind.index(before: kind.endIndex)])
                kind = String(kind[..<open])
            }
            switch kind.uppercased() {
            case "ID": columns.append(.id(space: space, key: name.isEmpty ? nil : graph.internPropertyKey(name)))
            case "LABEL": columns.append(.labels)
            case "START_ID": columns.append(.start(space: space))
            case "END_ID": columns.append(.end(space: space))
            case "TYPE": columns.append(.type)
            case "IGNORE": columns.append(.ignored)
            default:
                guard !name.isEmpty else { throw fail("a column needs a name (name:type) or a role (:ID, :LABEL, :START_ID, :END_ID, :TYPE, :IGNORE)") }
                let array = kind.hasSuffix("[]")
                let base = array ? String(kind.dropLast(2)) : kind
                guard let type = base.isEmpty ? .string : FieldType(rawValue: base.lowercased()) else {
                    throw fail(
                        "unknown type '\(kind)' (string, int, long, short, byte, float, double, boolean, date, localtime, time, localdatetime, datetime, duration, or an array of one: int[])"
                    )
                }
                columns.append(.property(graph.internPropertyKey(name), type, array: array))
            }
        }
        let count = { (match: (Role) -> Bool) in columns.filter(match).count }
        switch file.kind {
        case .nodes(let names):
            guard count({ if case .id = $0 { return true } else { return false } }) <= 1 else {
                throw CSVImportError(file: file.path, line: 1, column: 0, message: "a node file has at most one :ID column")
            }
            labels = names.map(graph.internLabel)
            type = nil
        case .relationships(let name):
            guard count({ if case .start = $0 { return true } else { return false } }) == 1,
                count({ if case .end = $0 { return true } else { return false } }) == 1
            else {
                throw CSVImportError(file: file.path, line: 1, column: 0, message: "a relationship file needs one :START_ID and one :END_ID column")
            }
            guard name != nil || columns.contains(where: { if case .type = $0 { return true } else { return false } }) else {
                throw CSVImportError(
                    file: file.path, line: 1, column: 0, message: "the relationships have no type: give one (--relationships=TYPE) or a :TYPE column")
            }
            labels = []
            type = name.map(graph.internRelationshipType)
        }
        self.columns = columns
    }

    func importRow(
        _ record: [String?], line: Int, options: CSVImportOptions, graph: PropertyGraph, ids: inout [String: [String: NodeID]],
        summary: inout CSVImportSummary, pending: inout [PendingRelationship]
    ) throws {
        func fail(_ column: Int, _ message: String) -> CSVImportError {
            CSVImportError(file: file.path, line: line, column: column + 1, message: message)
        }
        var properties: [(PropertyKeyID, Value)] = []
        var labels = self.labels
        var id: (space: String, value: String)?
        var start: NodeID?, end: NodeID?
        var type = self.type
        for (index, role) in columns.enumerated() {
            let field = record[index]
            switch role {
            case .ignored: continue
            case .property(let key, let fieldType, let array):
                guard let text = field else { continue }  // an empty field is no property
                if array {
                    let items = text.split(separator: options.arrayDelimiter, omittingEmptySubsequences: false)
                    var values: [Value] = []
                    for item in items {
                        guard let value = Self.convert(String(item), fieldType) else { throw fail(index, Self.mismatch(String(item), fieldType)) }
                        values.append(value)
                    }
                    properties.append((key, .list(values)))
                } else {
                    guard let value = Self.convert(text, fieldType) else { throw fail(index, Self.mismatch(text, fieldType)) }
                    properties.append((key, value))
                }
            case .id(let space, let key):
                guard let text = field else { throw fail(index, "the :ID is empty") }
                id = (space, text)
                if let key { properties.append((key, .string(text))) }
            case .labels:
                for name in (field ?? "").split(separator: options.arrayDelimiter) where !name.isEmpty {
                    labels.append(graph.internLabel(String(name)))
                }
            case .start(let space), .end(let space):
                guard let text = field else { throw fail(index, "the node id is empty") }
                guard let node = ids[space]?[text] else {
                    let spaceText = space.isEmpty ? "" : " in id space \(space)"
                    throw fail(index, "no node has the id '\(text)'\(spaceText) (the relationship would dangle)")
                }
                if case .start = role { start = node } else { end = node }
            case .type:
                guard let text = field else { throw fail(index, "the :TYPE is empty") }
                type = graph.internRelationshipType(text)
            }
        }
        do {
            switch file.kind {
            case .nodes:
                let node = try graph.createNode(labels: labels, properties: properties)
                summary.nodes += 1
                if let id {
                    guard ids[id.space, default: [:]].updateValue(node, forKey: id.value) == nil else {
                        let column = columns.firstIndex { if case .id = $0 { return true } else { return false } } ?? 0
                        throw fail(column, "the id '\(id.value)' is used twice" + (id.space.isEmpty ? "" : " in id space \(id.space)"))
                    }
                }
            case .relationships:
                guard let start, let end, let type else { return }
                pending.append(PendingRelationship(type: type, start: start, end: end, properties: properties, file: file.path, line: line))
            }
        } catch let error as GraphStoreError {
            throw CSVImportError(file: file.path, line: line, column: 0, message: "\(error)")
        }
    }

    /// Why a field's text is not a value of `type` (for a temporal type, what is wrong with the text).
    static func mismatch(_ text: String, _ type: FieldType) -> String {
        var message = "'\(text)' is not of type \(type.rawValue)"
        do {
            _ = try TemporalParser.value(text.trimmingSpaces, type: type.rawValue)
        } catch {
            message += ": " + error.message
        }
        return message
    }

    /// A field's text as a value of `type`; nil when it is not one.
    static func convert(_ text: String, _ type: FieldType) -> Value? {
        let trimmed = text.trimmingSpaces
        switch type {
        case .string: return .string(text)
        case .int, .long, .short, .byte: return Int64(trimmed).map(Value.int)
        case .float, .double: return Double(trimmed).map(Value.float)
        case .boolean:
            switch trimmed.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .date, .localtime, .time, .localdatetime, .datetime, .duration:
            return (try? TemporalParser.value(trimmed, type: type.rawValue)).map(Value.temporal)
        }
    }
}

extension String {
    /// Without leading and trailing spaces (most fields have none: they are returned as they are).
    fileprivate var trimmingSpaces: String {
        guard first == " " || last == " " else { return self }
        return String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
