// The byte layout shared by the binary snapshot and the change log of durable storage: variable-length
// integers (LEB128; signed ones zig-zag encoded), little-endian floats, length-prefixed UTF-8 strings and
// tagged property values. Reading never traps: a short or malformed input is a `CorruptData` error.

import Temporal

/// Bytes that do not decode: truncated, or not what the format says.
public struct CorruptData: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Appends encoded values to a byte array.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    public mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    /// An unsigned integer, seven bits per byte.
    public mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func count(_ value: Int) { unsigned(UInt64(max(0, value))) }

    /// A signed integer, zig-zag encoded so small magnitudes take few bytes.
    public mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    public mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func fixed32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    public mutating func string(_ s: String) {
        var text = s
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A property value: a tag byte, then its payload.
    public mutating func value(_ v: Value) {
        switch v {
        case .null: byte(0)
        case .bool(let b): byte(b ? 2 : 1)
        case .int(let i):
            byte(3)
            signed(i)
        case .float(let f):
            byte(4)
            fixed64(f.bitPattern)
        case .string(let s):
            byte(5)
            string(s)
        case .list(let items):
            byte(6)
            count(items.count)
            for item in items { value(item) }
        case .map(let map):
            byte(7)
            count(map.count)
            for (key, item) in map {
                string(key)
                value(item)
            }
        case .temporal(let t):
            byte(8)
            temporal(t)
        case .node, .relationship, .path:
            // Never a property value; stored as null so that a reader stays in step.
            byte(0)
        }
    }
}

extension ByteWriter {
    /// A temporal value: its kind, then its fields as signed integers (a zone name as a string).
    mutating func temporal(_ t: TemporalValue) {
        switch t {
        case .date(let d):
            byte(0)
            signed(d.dayNumber)
        case .localTime(let time):
            byte(1)
            signed(time.nanosecondOfDay)
        case .time(let time, let offset):
            byte(2)
            signed(time.nanosecondOfDay)
            signed(Int64(offset))
        case .localDateTime(let d, let time):
            byte(3)
            signed(d.dayNumber)
            signed(time.nanosecondOfDay)
        case .dateTime(let d, let time, let zone):
            byte(4)
            signed(d.dayNumber)
            signed(time.nanosecondOfDay)
            signed(Int64(zone.offsetSeconds))
            string(zone.name ?? "")
        case .duration(let duration):
            byte(5)
            signed(duration.months)
            signed(duration.days)
            signed(duration.seconds)
            signed(duration.nanoseconds)
        }
    }
}

extension ByteReader {
    mutating func temporal() throws(CorruptData) -> TemporalValue {
        let start = position
        func check(_ ok: Bool) throws(CorruptData) {
            if !ok { throw CorruptData("a temporal value out of range at byte \(start)") }
        }
        func date() throws(CorruptData) -> LocalDate {
            let n = try signed()
            try check(LocalDate.dayNumbers.contains(n))
            return LocalDate(dayNumber: n)
        }
        func time() throws(CorruptData) -> LocalTime {
            let n = try signed()
            try check(n >= 0 && n < LocalTime.nanosecondsPerDay)
            return LocalTime(nanosecondOfDay: n)
        }
        func offset() throws(CorruptData) -> Int32 {
            let o = try signed()
            try check((-18 * 3600...18 * 3600).contains(o))
            return Int32(o)
        }
        switch try byte() {
        case 0: return .date(try date())
        case 1: return .localTime(try time())
        case 2:
            let t = try time()
            return .time(t, offsetSeconds: try offset())
        case 3:
            let d = try date()
            return .localDateTime(d, try time())
        case 4:
            let d = try date()
            let t = try time()
            let o = try offset()
            let name = try string()
            return .dateTime(d, t, ZoneInfo(offsetSeconds: o, name: name.isEmpty ? nil : name))
        case 5:
            let months = try signed(), days = try signed(), seconds = try signed(), nanos = try signed()
            try check(nanos >= 0 && nanos < 1_000_000_000)
            guard let duration = try? CypherDuration(months: months, days: days, seconds: seconds, nanoseconds: nanos) else {
                throw CorruptData("a duration out of range at byte \(start)")
            }
            return .duration(duration)
        case let kind: throw CorruptData("an unknown temporal kind \(kind) at byte \(start)")
        }
    }
}

/// Reads encoded values from bytes, front to back.
public struct ByteReader {
    private let bytes: [UInt8]
    public private(set) var position: Int
    /// Where the bytes this reader may read end (the array can go on: a section of a larger image).
    private let end: Int
    /// Strings are checked to be UTF-8 unless the bytes were already checked whole (a snapshot whose
    /// checksum matched: what was written was valid).
    private let validatesStrings: Bool

    /// A reader of `bytes[position..<end]` (`end` defaults to the end of `bytes` and is clamped to it).
    public init(_ bytes: [UInt8], from position: Int = 0, to end: Int? = nil, validatingStrings: Bool = true) {
        self.bytes = bytes
        self.position = position
        self.end = min(end ?? bytes.count, bytes.count)
        self.validatesStrings = validatingStrings
    }

    public var isAtEnd: Bool { position >= end }

    public mutating func byte() throws(CorruptData) -> UInt8 {
        guard position < end else { throw CorruptData("unexpected end of data at byte \(position)") }
        defer { position += 1 }
        return bytes[position]
    }

    /// An unsigned integer, seven bits per byte. Most (counts, label and key ids) take one byte: read at
    /// once; longer ones byte by byte.
    @inline(__always) public mutating func unsigned() throws(CorruptData) -> UInt64 {
        if position < end {
            let b = bytes[position]
            if b < 0x80 {
                position += 1
                return UInt64(b)
            }
        }
        return try unsignedInParts()
    }

    private mutating func unsignedInParts() throws(CorruptData) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CorruptData("an integer longer than 64 bits at byte \(position)") }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// A count or id: a non-negative integer of at most `limit` (which guards allocations).
    public mutating func count(limit: Int = Int(Int32.max)) throws(CorruptData) -> Int {
        let v = try unsigned()
        guard limit >= 0, v <= UInt64(limit) else { throw CorruptData("a count of \(v) (above \(limit)) at byte \(position)") }
        return Int(v)
    }

    public mutating func signed() throws(CorruptData) -> Int64 {
        let v = try unsigned()
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }

    public mutating func fixed64() throws(CorruptData) -> UInt64 {
        guard position + 8 <= end else { throw CorruptData("unexpected end of data at byte \(position)") }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << UInt64(8 * i) }
        position += 8
        return v
    }

    public mutating func fixed32() throws(CorruptData) -> UInt32 {
        guard position + 4 <= end else { throw CorruptData("unexpected end of data at byte \(position)") }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[position + i]) << UInt32(8 * i) }
        position += 4
        return v
    }

    public mutating func string() throws(CorruptData) -> String {
        let length = try count(limit: end - position)
        let utf8 = bytes[position..<(position + length)]
        position += length
        guard validatesStrings else { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw CorruptData("a string that is not UTF-8 at byte \(position - length)")
        }
        return text
    }

    public mutating func value(depth: Int = 0) throws(CorruptData) -> Value {
        guard depth < 64 else { throw CorruptData("values nested too deep at byte \(position)") }
        switch try byte() {
        case 0: return .null
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .int(try signed())
        case 4: return .float(Double(bitPattern: try fixed64()))
        case 5: return .string(try string())
        case 6:
            let n = try count(limit: end - position)
            var items: [Value] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try value(depth: depth + 1)) }
            return .list(items)
        case 7:
            let n = try count(limit: end - position)
            var map = ValueMap()
            for _ in 0..<n {
                let key = try string()
                map[key] = try value(depth: depth + 1)
            }
            return .map(map)
        case 8: return .temporal(try temporal())
        case let tag: throw CorruptData("an unknown value tag \(tag) at byte \(position - 1)")
        }
    }
}

/// CRC-32 (IEEE 802.3), the checksum of snapshots and change-log records.
public enum CRC32 {
    /// Eight tables of 256 entries (slicing-by-8: eight bytes per step): table k gives the effect of a
    /// byte followed by k zero bytes.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = t[(k - 1) * 256 + n]
                t[k * 256 + n] = (previous >> 8) ^ t[Int(previous & 0xFF)]
            }
        }
        return t
    }()

    /// The checksum of `bytes[range]`.
    /// - Complexity: O(bytes), eight bytes per step.
    public static func checksum(_ bytes: [UInt8], _ range: Range<Int>? = nil) -> UInt32 {
        let r = range ?? 0..<bytes.count
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { buffer in
                var i = r.lowerBound
                func word(_ at: Int) -> UInt32 {
                    UInt32(buffer[at]) | UInt32(buffer[at + 1]) << 8 | UInt32(buffer[at + 2]) << 16 | UInt32(buffer[at + 3]) << 24
                }
                while i + 8 <= r.upperBound {
                    let one = word(i) ^ crc, two = word(i + 4)
                    crc = t[7 * 256 + Int(one & 0xFF)] ^ t[6 * 256 + Int((one >> 8) & 0xFF)]
                        ^ t[5 * 256 + Int((one >> 16) & 0xFF)] ^ t[4 * 256 + Int(one >> 24)]
                        ^ t[3 * 256 + Int(two & 0xFF)] ^ t[2 * 256 + Int((two >> 8) & 0xFF)]
                        ^ t[256 + Int((two >> 16) & 0xFF)] ^ t[Int(two >> 24)]
                    i += 8
                }
                while i < r.upperBound {
                    crc = t[Int((crc ^ UInt32(buffer[i])) & 0xFF)] ^ (crc >> 8)
                    i += 1
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
