// A set of integers with open addressing and a multiplicative hash: the seen-set of DISTINCT aggregates
// over nodes and relationships, where Swift's general-purpose hashing would cost more than the rest of the
// row's work.

/// A set of non-negative integers.
struct IntSet {
    /// Empty until the first insertion, so that an unused set costs no allocation.
    private var slots: [Int] = []
    private var shift = 64 - 3
    private(set) var count = 0

    init() {}

    /// Inserts `x` (≥ 0); returns false when it was already present.
    /// - Complexity: O(1) expected.
    @inline(__always) mutating func insert(_ x: Int) -> Bool {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(x)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while true {
            let s = slots[i]
            if s == x { return false }
            if s < 0 {
                slots[i] = x
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: -1, count: max(16, old.count * 2))
        shift -= 1
        count = 0
        for x in old where x >= 0 { _ = insert(x) }
    }
}
