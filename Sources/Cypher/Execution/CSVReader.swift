// A reader of CSV text as RFC 4180 describes it, for LOAD CSV and bulk import (GraphIO's CSVImport): fields separated by one byte (a comma by
// default), records by LF or CRLF, double quotes around fields that contain separators, quotes or line
// breaks (a quote inside written twice). It tells an empty field from an empty quoted one (LOAD CSV reads
// the first as null, the second as an empty string) and reports malformed input with its line and column.

/// Reads the records of CSV bytes one at a time.
public struct CSVReader {
    /// Why the bytes are not CSV, and where (1-based line and column of the offending byte).
    public struct Malformed: Error {
        public let line: Int
        public let column: Int
        public let reason: String
    }

    private let bytes: [UInt8]
    /// The end of the bytes read (a piece of a larger file ends before the file does).
    private let end: Int
    private let separator: UInt8
    private var position = 0
    /// The 1-based line of `position`, and the offset where that line starts.
    private var line = 1
    private var lineStart = 0
    /// The 1-based line the last record returned started on.
    public private(set) var recordLine = 0

    /// A reader of `bytes`; a UTF-8 byte-order mark at the start is skipped.
    public init(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.end = bytes.count
        self.separator = separator
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            lineStart = 3
        }
    }

    /// A reader of the records in `range` of `bytes`, which starts a record on 1-based line `line`
    /// (a piece of a file read apart from the rest; the bytes are shared, not copied).
    public init(_ bytes: [UInt8], range: Range<Int>, line: Int, separator: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.end = range.upperBound
        self.separator = separator
        self.position = range.lowerBound
        self.lineStart = range.lowerBound
        self.line = line
    }

    /// Where the next record starts: its byte offset and 1-based line.
    public var nextRecordStart: (offset: Int, line: Int) { (position, line) }

    /// The next record's fields — nil for an empty unquoted field — or nil at the end of the input.
    /// A blank line is a record of one null field, as in other CSV readers.
    /// - Complexity: O(length of the record).
    public mutating func next() throws(Malformed) -> [String?]? {
        var fields: [String?] = []
        return try next(into: &fields) ? fields : nil
    }

    /// Reads the next record into `fields` (replacing what it held, keeping its storage: a bulk reader
    /// allocates no array per record); false at the end of the input.
    public mutating func next(into fields: inout [String?]) throws(Malformed) -> Bool {
        guard position < end else { return false }
        recordLine = line
        fields.removeAll(keepingCapacity: true)
        while true {
            let (field, atEndOfRecord) = try readField()
            fields.append(field)
            if atEndOfRecord { return true }
        }
    }

    /// Reads one field and the separator or line break after it; true when the record ends there.
    private mutating func readField() throws(Malformed) -> (String?, Bool) {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        if position < end, bytes[position] == quote {
            let opening = (line, position - lineStart + 1)
            position += 1
            var text: [UInt8] = []
            while true {
                guard position < end else {
                    throw Malformed(line: opening.0, column: opening.1, reason: "a quoted field is not closed")
                }
                let b = bytes[position]
                if b == quote {
                    if position + 1 < end, bytes[position + 1] == quote {
                        text.append(quote)
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                if b == lf {
                    line += 1
                    lineStart = position + 1
                }
                text.append(b)
                position += 1
            }
            // After the closing quote: a separator, a line break, or the end.
            if position >= end { return (String(decoding: text, as: UTF8.self), true) }
            let b = bytes[position]
            if b == separator {
                position += 1
                return (String(decoding: text, as: UTF8.self), false)
            }
            if b == lf || (b == cr && position + 1 < end && bytes[position + 1] == lf) || (b == cr && position + 1 == end) {
                endLine(at: b)
                return (String(decoding: text, as: UTF8.self), true)
            }
            throw Malformed(
                line: line, column: position - lineStart + 1,
                reason: "unexpected character after a closing quote (a quote inside a quoted field is written twice)")
        }
        let start = position
        while position < end {
            let b = bytes[position]
            if b == separator {
                let field = start == position ? nil : String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return (field, false)
            }
            if b == lf || (b == cr && (position + 1 == end || bytes[position + 1] == lf)) {
                let field = start == position ? nil : String(decoding: bytes[start..<position], as: UTF8.self)
                endLine(at: b)
                return (field, true)
            }
            if b == quote {
                throw Malformed(
                    line: line, column: position - lineStart + 1, reason: "a quote inside an unquoted field (quote the whole field)")
            }
            position += 1
        }
        return (start == position ? nil : String(decoding: bytes[start..<position], as: UTF8.self), true)
    }

    /// Steps over the line break at `position` (LF or CRLF, or a CR ending the input).
    private mutating func endLine(at b: UInt8) {
        position += b == UInt8(ascii: "\r") && position + 1 < end ? 2 : 1
        line += 1
        lineStart = position
    }
}
