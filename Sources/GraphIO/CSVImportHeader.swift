// The header of a bulk-import CSV file (what each column is: `name:type`, or a role such as `:ID(space)`,
// `:START_ID`, `:LABEL`), and reading one record of the file by it: converting the fields to values and
// looking up the nodes a relationship joins. Reading a record touches no shared state (rows are added
// to the graph afterwards, in file order), so the pieces of a large file can be read at the same time.

import Cypher
import GraphStore
import Temporal

/// One record of a file, read and converted but not yet in the graph.
struct ParsedRow: Sendable {
    var line: Int
    var properties = PropertyMap()
    /// A node row's labels from the :LABEL column; a relationship row's type from the :TYPE column.
    var names: [String] = []
    /// A node row's :ID.
    var id: String?
    /// A relationship row's ends.
    var start = NodeID(-1)
    var end = NodeID(-1)
}

/// A file's header: what each column is.
struct Header {
    enum Role {
        case property(PropertyKeyID, FieldType, array: Bool)
        case id(space: IDSpace, key: PropertyKeyID?)
        case labels
        case start(space: IDSpace)
        case end(space: IDSpace)
        case type
        case ignored
    }

    /// An id space: its name (empty for the default one) and its slot in the import's ``ImportIDs``.
    struct IDSpace {
        let name: String
        let slot: Int
    }

    enum FieldType: String {
        case string, int, long, short, byte, float, double, boolean
        case date, localtime, time, localdatetime, datetime, duration
    }

    let file: CSVImportFile
    let columns: [Role]
    let labels: [LabelID]
    let type: RelationshipTypeID?
    /// The :ID column's index and id space, if the file has one.
    let idColumn: (Int, IDSpace)?

    init(_ fields: [String?], file: CSVImportFile, graph: PropertyGraph, ids: inout ImportIDs) throws {
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
            let idSpace = IDSpace(name: space, slot: ids.slot(of: space))
            switch kind.uppercased() {
            case "ID": columns.append(.id(space: idSpace, key: name.isEmpty ? nil : graph.internPropertyKey(name)))
            case "LABEL": columns.append(.labels)
            case "START_ID": columns.append(.start(space: idSpace))
            case "END_ID": columns.append(.end(space: idSpace))
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
        idColumn = columns.enumerated().lazy.compactMap { index, role in
            if case .id(let space, _) = role { (index, space) } else { nil }
        }.first
    }

    /// Reads one record (of this header's file, `record.count == columns.count`) into a row: values
    /// converted, node ids of relationship ends looked up in `ids` (complete: node files are read
    /// first), nothing looked up in or added to the graph. Touches no shared state, so the pieces of a
    /// file can be read at the same time.
    /// `scratch` holds the row's properties while it is read (one array for all rows), and `keys` the
    /// key array the rows' property maps share.
    func parse(
        _ record: [String?], line: Int, options: CSVImportOptions, ids: ImportIDs, scratch: inout [(PropertyKeyID, Value)],
        keys: inout [PropertyKeyID]
    ) throws(CSVImportError) -> ParsedRow {
        func fail(_ column: Int, _ message: String) -> CSVImportError {
            CSVImportError(file: file.path, line: line, column: column + 1, message: message)
        }
        var row = ParsedRow(line: line)
        scratch.removeAll(keepingCapacity: true)
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
                    scratch.append((key, .list(values)))
                } else {
                    guard let value = Self.convert(text, fieldType) else { throw fail(index, Self.mismatch(text, fieldType)) }
                    scratch.append((key, value))
                }
            case .id(_, let key):
                guard let text = field else { throw fail(index, "the :ID is empty") }
                row.id = text
                if let key { scratch.append((key, .string(text))) }
            case .labels:
                for name in (field ?? "").split(separator: options.arrayDelimiter) where !name.isEmpty {
                    row.names.append(String(name))
                }
            case .start(let space), .end(let space):
                guard let text = field else { throw fail(index, "the node id is empty") }
                guard let node = ids.node(text, in: space.slot) else {
                    let spaceText = space.name.isEmpty ? "" : " in id space \(space.name)"
                    throw fail(index, "no node has the id '\(text)'\(spaceText) (the relationship would dangle)")
                }
                if case .start = role { row.start = node } else { row.end = node }
            case .type:
                guard let text = field else { throw fail(index, "the :TYPE is empty") }
                row.names = [text]
            }
        }
        row.properties = PropertyMap(scratch, sharingKeys: &keys)
        return row
    }

    /// Takes a row of a node file into the graph: creates the node and records its id (a taken id is
    /// an error).
    func addNode(_ row: ParsedRow, graph: PropertyGraph, ids: inout ImportIDs) throws(CSVImportError) {
        let node: NodeID
        do {
            node = try graph.createNode(labels: labels + row.names.map(graph.internLabel), properties: row.properties)
        } catch {
            throw CSVImportError(file: file.path, line: row.line, column: 0, message: "\(error)")
        }
        guard let text = row.id, let (index, space) = idColumn else { return }
        guard ids.insert(text, node: node, in: space.slot) else {
            throw CSVImportError(
                file: file.path, line: row.line, column: index + 1,
                message: "the id '\(text)' is used twice" + (space.name.isEmpty ? "" : " in id space \(space.name)"))
        }
    }

    /// A row of a relationship file as a relationship to create, and the type its :TYPE column names
    /// (the relationship's type is the file's until that name is interned in the graph).
    func relationship(_ row: ParsedRow) -> (NewRelationship, typeName: String?) {
        (NewRelationship(type: type ?? RelationshipTypeID(0), start: row.start, end: row.end, properties: row.properties), row.names.first)
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
        guard utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return self }
        return String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
