// Bulk import of CSV files in the layout neo4j-admin import reads (and Memgraph, Kùzu and FalkorDB's
// bulk loaders follow): node files whose header names each column `name:type`, with one `:ID` column
// (optionally named — `code:ID` also stores the id as `code` — and in an id space, `:ID(Region)`) and
// an optional `:LABEL` column; relationship files with `:START_ID`, `:END_ID` (in the same id spaces)
// and an optional `:TYPE` column. Types: string (the default), int, long, short, byte, float, double,
// boolean, and arrays of them (`name:int[]`, elements split at the array delimiter, `;` by default);
// `:IGNORE` skips a column. Labels and a type can also be given per file. The import is all or nothing:
// it builds a new graph and stops at the first error, which names the file, line and column.

import Cypher
import Foundation
import GraphStore

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

/// The delimiters of the files, and how many threads read a large file (CSVImportPieces.swift).
public struct CSVImportOptions: Sendable {
    public var delimiter: UInt8 = UInt8(ascii: ",")
    public var arrayDelimiter: Character = ";"
    /// The most pieces a file is read in at the same time: the processor count (at most 8) by default.
    public var readers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
    /// The smallest piece worth a thread of its own, in bytes.
    public var minimumPieceBytes = 1 << 18

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
        var ids = ImportIDs()
        // Relationships are read first and created together, each node's adjacency laid out once.
        var pending = PendingRelationships()
        let ordered = files.filter { if case .nodes = $0.kind { return true } else { return false } }
            + files.filter { if case .relationships = $0.kind { return true } else { return false } }
        for file in ordered {
            let bytes = try read(file.path)
            var reader = CSVReader(bytes, separator: options.delimiter)
            let header: Header
            do {
                guard let fields = try reader.next() else { throw CSVImportError(file: file.path, line: 1, column: 0, message: "the file is empty; it needs a header line") }
                header = try Header(fields, file: file, graph: graph, ids: &ids)
            } catch let malformed as CSVReader.Malformed {
                throw CSVImportError(file: file.path, line: malformed.line, column: malformed.column, message: malformed.reason)
            }
            let (offset, line) = reader.nextRecordStart
            let pieces = CSVImportPieces.cut(bytes, body: offset..<bytes.count, line: line, into: options.readers, minimumBytes: options.minimumPieceBytes)
            let parsed =
                pieces.count == 1
                ? [CSVImportPieces.parsePiece(&reader, rows: pieces[0].rows, header: header, options: options, ids: ids)]
                : CSVImportPieces.parse(bytes, pieces: pieces, header: header, options: options, ids: ids)
            // The rows in file order; a piece's error once the rows before it are in (CSVImportPieces.swift).
            pending.reserveCapacity(parsed.reduce(0) { $0 + $1.relationships.count })
            for piece in parsed {
                for row in piece.nodes {
                    try header.addNode(row, graph: graph, ids: &ids)
                    summary.nodes += 1
                }
                var relationships = piece.relationships
                for (index, name) in piece.typeNames.enumerated() { relationships[index].type = graph.internRelationshipType(name) }
                pending.append(contentsOf: relationships, lines: piece.lines, file: file.path)
                if let error = piece.error { throw error }
            }
        }
        do {
            try graph.createRelationships(pending.relationships)
        } catch {
            let (file, line) = pending.place(of: error.index)
            throw CSVImportError(file: file, line: line, column: 0, message: "\(error.error)")
        }
        summary.relationships = pending.relationships.count
        return (graph, summary)
    }
}

/// The relationships read and checked, to be created together, and where each was read.
private struct PendingRelationships {
    var relationships: [NewRelationship] = []
    /// The line of each relationship, and the files with the index of the first relationship read from each.
    var lines: [Int] = []
    var files: [(path: String, first: Int)] = []

    mutating func reserveCapacity(_ more: Int) {
        relationships.reserveCapacity(relationships.count + more)
        lines.reserveCapacity(lines.count + more)
    }

    mutating func append(contentsOf more: [NewRelationship], lines moreLines: [Int], file: String) {
        if files.last?.path != file { files.append((file, relationships.count)) }
        relationships.append(contentsOf: more)
        lines.append(contentsOf: moreLines)
    }

    /// The file and line relationship `index` was read from.
    func place(of index: Int) -> (file: String, line: Int) {
        (files.last { $0.first <= index }?.path ?? "", lines[index])
    }
}
