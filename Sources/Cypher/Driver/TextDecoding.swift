// Reading text from bytes: scripts, standard input and CSV files must be UTF-8. Invalid bytes are an
// error naming the line and column of the first one (rather than being replaced by U+FFFD unseen),
// unless the caller asks for lossy decoding.

/// Bytes that are not valid UTF-8, and where the first invalid one is.
public struct InvalidUTF8: Error, Sendable, CustomStringConvertible {
    /// 1-based line and column (in characters decoded so far on that line) of the first invalid byte.
    public let line: Int
    public let column: Int
    /// The byte's offset in the input, and its value.
    public let offset: Int
    public let byte: UInt8

    public var description: String {
        "invalid UTF-8 at line \(line), column \(column) (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset))"
    }
}

public enum TextDecoding {
    /// The text of UTF-8 `bytes` (a leading byte-order mark is kept, as in the input); throws at the first
    /// invalid sequence.
    /// - Complexity: O(bytes).
    public static func utf8(_ bytes: [UInt8]) throws(InvalidUTF8) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw firstInvalid(bytes)
    }

    /// Where the first invalid sequence of `bytes` is.
    static func firstInvalid(_ bytes: [UInt8]) -> InvalidUTF8 {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        // Track the byte offset of each scalar by re-encoding its length.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return InvalidUTF8(line: line, column: column, offset: offset, byte: 0)
            case .error:
                let byte = offset < bytes.count ? bytes[offset] : 0
                return InvalidUTF8(line: line, column: column, offset: offset, byte: byte)
            }
        }
    }
}
