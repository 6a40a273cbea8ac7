// A small JSON parser for the readers of GraphIO: one JSON text (RFC 8259) to a tree that keeps what a
// property graph needs and Foundation's parser blurs — an integer (`3`) apart from a float (`3.0`,
// `3e0`), and the byte offset of every error, which the caller turns into a line and a column.

/// A parsed JSON value.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order written (a later duplicate key wins when looked up).
    case object([(key: String, value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: return false
        }
    }

    /// The member `key` of an object (the last one written), or nil.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }
}

/// Why a JSON text could not be parsed: what, and at which byte offset.
struct JSONSyntaxError: Error {
    let offset: Int
    let message: String
}

/// Parses one JSON text held in `bytes[range]`.
struct JSONText {
    private let bytes: [UInt8]
    private var position: Int
    private let end: Int
    /// How deep arrays and objects may nest (a guard against a stack overflow on hostile input).
    private static let maximumDepth = 512

    /// Parses the whole range as one value (surrounding white space allowed).
    static func parse(_ bytes: [UInt8], _ range: Range<Int>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONText(bytes: bytes, position: range.lowerBound, end: range.upperBound)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == parser.end else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], position: Int, end: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
    }

    private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: position, message: message) }

    private var current: UInt8? { position < end ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { position += 1 }
    }

    private mutating func expect(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        for byte in word.utf8 {
            guard current == byte else { throw error("expected '\(word)'") }
            position += 1
        }
        return value
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("arrays and objects nest deeper than \(Self.maximumDepth) levels") }
        guard let c = current else { throw error("expected a value, found the end of the line") }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value, found '\(Character(Unicode.Scalar(c)))'")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the member name") }
            position += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "}") else { throw error("expected ',' or '}' in the object") }
            position += 1
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "]") else { throw error("expected ',' or ']' in the array") }
            position += 1
            return .array(items)
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        func digits(_ parser: inout JSONText) -> Int {
            let from = parser.position
            while let c = parser.current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { parser.position += 1 }
            return parser.position - from
        }
        let whole = digits(&self)
        guard whole > 0 else { throw error("expected a digit") }
        if whole > 1, bytes[position - whole] == UInt8(ascii: "0") { throw JSONSyntaxError(offset: start, message: "a number may not start with 0") }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard digits(&self) > 0 else { throw error("expected a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger {
            guard let value = Int64(text) else { throw JSONSyntaxError(offset: start, message: "the integer \(text) does not fit in 64 bits") }
            return .int(value)
        }
        guard let value = Double(text), value.isFinite else { throw JSONSyntaxError(offset: start, message: "the number \(text) is out of range") }
        return .float(value)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flush(_ parser: JSONText, upTo index: Int) throws(JSONSyntaxError) {
            guard let run = String(validating: parser.bytes[runStart..<index], as: UTF8.self) else {
                throw JSONSyntaxError(offset: runStart, message: "the string is not valid UTF-8")
            }
            scalars.append(contentsOf: run.unicodeScalars)
        }
        while true {
            guard let c = current else { throw error("the string is not closed") }
            if c == UInt8(ascii: "\"") {
                try flush(self, upTo: position)
                position += 1
                return String(scalars)
            }
            if c < 0x20 { throw error("a control character in a string must be escaped") }
            if c != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            try flush(self, upTo: position)
            position += 1
            guard let e = current else { throw error("the string is not closed") }
            position += 1
            switch e {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var unit = try hex4()
                if (0xD800..<0xDC00).contains(unit) {
                    // A high surrogate: a low one must follow.
                    guard current == UInt8(ascii: "\\"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in the string")
                    }
                    position += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in the string") }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(unit) {
                    throw error("a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in the string")
                }
                guard let scalar = Unicode.Scalar(unit) else { throw error("not a character: \\u\(String(unit, radix: 16))") }
                scalars.append(scalar)
            default:
                position -= 1
                throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
            runStart = position
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = Character(Unicode.Scalar(c)).hexDigitValue else {
                throw error("expected four hexadecimal digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }
}
