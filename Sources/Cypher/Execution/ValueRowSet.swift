// Hash tables for rows of values — the seen-sets and group tables of DISTINCT, grouping and DISTINCT
// aggregates. They hash with a cheap multiply-and-mix over integers and over a string's UTF-8 bytes,
// eight at a time, instead of Swift's SipHash, and store rows of a fixed width in one flat array. Equality
// is Cypher equivalence (Value's ==), so 1 and 1.0 fall together, as grouping requires; the hash agrees
// with it (integral floats hash as integers, strings by their UTF-8 bytes).

/// A fast, non-cryptographic hash of a value, consistent with Value's equivalence.
func fastHash(_ value: Value) -> UInt64 {
    switch value {
    case .null: return 0x1234
    case .bool(let b): return b ? 0x5678 : 0x9ABC
    case .int(let i): return mixHash(UInt64(bitPattern: i))
    case .float(let f):
        // Integral floats hash like the integer they equal; NaN like every NaN.
        if let i = Int64(exactly: f) { return mixHash(UInt64(bitPattern: i)) }
        if f.isNaN { return 0xDEAD }
        return mixHash(f.bitPattern ^ 0xF10A7)
    case .string(let s):
        // Strings are equal by their code points, so their UTF-8 bytes are what is hashed.
        return hashUTF8(s)
    case .node(let id): return mixHash(UInt64(bitPattern: Int64(id.rawValue)) ^ 0x11)
    case .relationship(let id): return mixHash(UInt64(bitPattern: Int64(id.rawValue)) ^ 0x22)
    default: return UInt64(bitPattern: Int64(value.hashValue))
    }
}

/// The hash of `s`'s UTF-8 bytes, eight at a time.
private func hashUTF8(_ s: String) -> UInt64 {
    var s = s
    return s.withUTF8 { bytes -> UInt64 in
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = mixHash(h ^ word)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return mixHash(h ^ tail)
    }
}

/// A 64-bit finalizer (splitmix64): every input bit affects every output bit.
@inline(__always) func mixHash(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

/// A set of rows of `width` values (a map from row to a dense index, in insertion order).
struct ValueRowSet {
    let width: Int
    /// Row i occupies rows[i * width ..< (i + 1) * width].
    private(set) var rows: [Value] = []
    private var hashes: [UInt64] = []
    /// Indexes into `hashes`, -1 for an empty slot; a power of two long, and empty until the first
    /// insertion so that an unused set costs no allocation.
    private var table: [Int32] = []
    private var mask = -1

    init(width: Int) {
        self.width = width
    }

    /// The number of rows.
    var count: Int { hashes.count }

    /// The values of row `i`.
    func row(_ i: Int) -> ArraySlice<Value> { rows[(i * width)..<((i + 1) * width)] }

    /// The index of the row read from `read(column)`, inserting it when new; `inserted` tells which.
    /// - Complexity: O(width) expected.
    @inline(__always)
    mutating func insert(_ read: (Int) throws(CypherError) -> Value) throws(CypherError) -> (index: Int, inserted: Bool) {
        // The candidate row is appended in place and taken back when it is already present (or when
        // reading a column fails), so a row costs no allocation of its own.
        if table.isEmpty { grow() }
        let start = rows.count
        var h: UInt64 = 0x5151
        for c in 0..<width {
            let v: Value
            do { v = try read(c) } catch {
                rows.removeLast(rows.count - start)
                throw error
            }
            h = (h &* 0x100_0000_01B3) ^ fastHash(v)
            rows.append(v)
        }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(table[slot])
            if entry < 0 { break }
            if hashes[entry] == h, rows[(entry * width)..<((entry + 1) * width)].elementsEqual(rows[start...]) {
                rows.removeLast(rows.count - start)
                return (entry, false)
            }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        table[slot] = Int32(index)
        hashes.append(h)
        if hashes.count * 4 > table.count * 3 { grow() }
        return (index, true)
    }

    /// Inserts a single value (width 1); true when it was new.
    @inline(__always)
    mutating func insert(_ value: Value) -> Bool {
        if table.isEmpty { grow() }
        var h: UInt64 = 0x5151
        h = (h &* 0x100_0000_01B3) ^ fastHash(value)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(table[slot])
            if entry < 0 { break }
            if hashes[entry] == h, rows[entry] == value { return false }
            slot = (slot + 1) & mask
        }
        table[slot] = Int32(hashes.count)
        hashes.append(h)
        rows.append(value)
        if hashes.count * 4 > table.count * 3 { grow() }
        return true
    }

    private mutating func grow() {
        table = Array(repeating: -1, count: max(16, table.count * 2))
        mask = table.count - 1
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(i)
        }
    }
}
