// A compact hash key made of the node and relationship ids a row holds in a few slots, and a hash table
// of such keys. Operators that deduplicate or group by expressions over graph elements (`DISTINCT
// cl.name`, `GROUP BY c.iso`) first check whether they have seen the same elements before: equal inputs
// give equal results, so the row can be settled without evaluating or hashing the expressions' values.

/// Up to three graph-element ids packed into integers (nil when a slot holds anything else).
struct InputKey: Equatable {
    /// The first slot's packed id (≥ 0), which alone is the key when there is one slot.
    private(set) var a: Int = 0
    private var b: Int = 0
    private var c: Int = 0

    /// The key of `slots` in `frame`, or nil when a slot holds something other than a node or
    /// relationship (or there are more than three slots).
    init?(_ slots: [Int], _ frame: Frame) {
        guard slots.count <= 3 else { return nil }
        for (i, s) in slots.enumerated() {
            let packed: Int
            switch frame[s] {
            case .node(let id): packed = id.rawValue << 2 | 1
            case .relationship(let id): packed = id.rawValue << 2 | 2
            case .null: packed = 3
            default: return nil
            }
            switch i {
            case 0: a = packed
            case 1: b = packed
            default: c = packed
            }
        }
    }
}

/// A map from input keys to group numbers (or a set of input keys), with open addressing and a cheap
/// integer hash: Swift's Dictionary would seed and run SipHash for every row.
struct InputKeyTable {
    private var keys: [InputKey] = []
    private var values: [Int] = []
    /// Indexes into `keys`, -1 for an empty slot; a power of two long, and empty until the first
    /// insertion so that an unused table costs no allocation.
    private var table: [Int32] = []

    /// The value of `key`, nil when absent.
    @inline(__always)
    func value(for key: InputKey) -> Int? {
        if table.isEmpty { return nil }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let entry = Int(table[slot])
            if entry < 0 { return nil }
            if keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of `key` when present; otherwise inserts `key` with `value` and returns nil.
    /// - Complexity: O(1) expected.
    @inline(__always)
    mutating func insert(_ key: InputKey, value: Int) -> Int? {
        if table.isEmpty { grow() }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let entry = Int(table[slot])
            if entry < 0 { break }
            if keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
        table[slot] = Int32(keys.count)
        keys.append(key)
        values.append(value)
        if keys.count * 2 > table.count { grow() }
        return nil
    }

    private mutating func grow() {
        table = Array(repeating: -1, count: max(16, table.count * 2))
        let mask = table.count - 1
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(i)
        }
    }
}

extension InputKey {
    /// A hash of the three packed ids.
    var hash: UInt64 {
        mixHash(UInt64(bitPattern: Int64(a)) &+ mixHash(UInt64(bitPattern: Int64(b)) &+ mixHash(UInt64(bitPattern: Int64(c)))))
    }
}
