// Reading the records of one large import file on several threads: the file's body (after the header)
// is cut into pieces at line breaks, each piece read by its own CSVReader and parsed into rows at the
// same time (Header.parse touches no shared state), and the rows are then added to the graph in file
// order by the caller.
//
// The rule for cutting, and why it gives the same rows and errors as one reader:
// - A piece starts right after a line feed, and only in a body without a double quote byte: without
//   quotes no field spans a line break, so every line feed ends a record (CRLF ends at its LF).
// - Each piece's reader starts at that record's line number (1 + the line feeds before it), so lines and
//   columns in errors are the file's.
// - Each piece stops at its first error and keeps the rows before it; the caller adds the pieces' rows
//   in order and throws a piece's error once its rows are in, so the error reported is the first one
//   in the file, as a single reader would report it, including errors found only when rows are added
//   (a taken id).
// - Bodies under the options' `minimumPieceBytes` per piece, or with a quote anywhere, are one piece.

import Cypher
import Dispatch
import Foundation
import GraphStore

/// One piece of a file: the rows read from it, and the error that stopped it, if any.
struct ParsedPiece: Sendable {
    /// A node file's rows.
    var nodes: [ParsedRow] = []
    /// A relationship file's rows as relationships, with their lines; with a :TYPE column, each row's
    /// type name too (one per relationship), to be interned when they are added to the graph.
    var relationships: [NewRelationship] = []
    var lines: [Int] = []
    var typeNames: [String] = []
    var error: CSVImportError?
}

/// A piece of a file's body: its bytes, the line its first record starts on, and at least how many
/// records it holds (its line feeds plus one, for sizing arrays once).
struct CSVPiece: Sendable {
    let range: Range<Int>
    let line: Int
    let rows: Int
}

enum CSVImportPieces {
    /// Where to cut `body` of `bytes` (which starts a record on line `line`) into at most `count`
    /// pieces of at least `minimumBytes`; one piece when the rule above does not allow cutting.
    static func cut(_ bytes: [UInt8], body: Range<Int>, line: Int, into count: Int, minimumBytes: Int) -> [CSVPiece] {
        let pieces = min(count, body.count / max(1, minimumBytes))
        let lf = UInt8(ascii: "\n")
        guard pieces > 1, !bytes[body].contains(UInt8(ascii: "\"")) else {
            return [CSVPiece(range: body, line: line, rows: lineCount(bytes[body]))]
        }
        var result: [CSVPiece] = []
        var start = body.lowerBound, startLine = line
        for piece in 1..<pieces {
            // The piece ends after the first line feed at or past its share of the body.
            var cut = body.lowerBound + body.count * piece / pieces
            guard cut > start else { continue }
            while cut < body.upperBound, bytes[cut - 1] != lf { cut += 1 }
            guard cut < body.upperBound else { break }
            let rows = lineCount(bytes[start..<cut])
            result.append(CSVPiece(range: start..<cut, line: startLine, rows: rows))
            startLine += rows - 1
            start = cut
        }
        result.append(CSVPiece(range: start..<body.upperBound, line: startLine, rows: lineCount(bytes[start..<body.upperBound])))
        return result
    }

    /// Reads every piece of `bytes` by `header`, the pieces at the same time.
    static func parse(
        _ bytes: [UInt8], pieces: [CSVPiece], header: Header, options: CSVImportOptions, ids: ImportIDs
    ) -> [ParsedPiece] {
        let results = PieceResults(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
            let piece = pieces[index]
            var reader = CSVReader(bytes, range: piece.range, line: piece.line, separator: options.delimiter)
            results.store(parsePiece(&reader, rows: piece.rows, header: header, options: options, ids: ids), at: index)
        }
        return results.pieces
    }

    /// The number of line feeds in `bytes`, plus one: at least the number of records there, for
    /// sizing arrays once instead of growing them record by record.
    static func lineCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in buffer.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
    }

    /// Reads the records of one reader until its end or its first error; `rows` is about how many
    /// records there are.
    static func parsePiece(_ reader: inout CSVReader, rows: Int, header: Header, options: CSVImportOptions, ids: ImportIDs) -> ParsedPiece {
        var piece = ParsedPiece()
        switch header.file.kind {
        case .nodes: piece.nodes.reserveCapacity(rows)
        case .relationships:
            piece.relationships.reserveCapacity(rows)
            piece.lines.reserveCapacity(rows)
        }
        var record: [String?] = []
        var scratch: [(PropertyKeyID, Value)] = []
        var keys: [PropertyKeyID] = []
        let path = header.file.path
        do throws(CSVImportError) {
            while true {
                do {
                    guard try reader.next(into: &record) else { break }
                } catch {
                    throw CSVImportError(file: path, line: error.line, column: error.column, message: error.reason)
                }
                let line = reader.recordLine
                if record.count == 1, record[0] == nil { continue }  // a blank line
                guard record.count == header.columns.count else {
                    throw CSVImportError(
                        file: path, line: line, column: 0, message: "\(record.count) fields where the header has \(header.columns.count)")
                }
                let row = try header.parse(record, line: line, options: options, ids: ids, scratch: &scratch, keys: &keys)
                switch header.file.kind {
                case .nodes: piece.nodes.append(row)
                case .relationships:
                    let (relationship, typeName) = header.relationship(row)
                    piece.relationships.append(relationship)
                    piece.lines.append(line)
                    if let typeName { piece.typeNames.append(typeName) }
                }
            }
        } catch {
            piece.error = error
        }
        return piece
    }
}

/// The pieces' results, one slot each. Unchecked: each thread writes only its own slot under the
/// lock, and the slots are read after `concurrentPerform` returned.
private final class PieceResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ParsedPiece]

    init(count: Int) { slots = Array(repeating: ParsedPiece(), count: count) }

    func store(_ piece: ParsedPiece, at index: Int) {
        lock.lock()
        slots[index] = piece
        lock.unlock()
    }

    var pieces: [ParsedPiece] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
