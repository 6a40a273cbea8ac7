// A compact hash key made of the node and relationship ids a row holds in a few slots. Operators that
// deduplicate or group by expressions over graph elements (`DISTINCT cl.name`, `GROUP BY c.iso`) first
// check whether they have seen the same elements before: equal inputs give equal results, so the row can
// be settled without evaluating or hashing the expressions' values.

/// Up to three graph-element ids packed into integers (nil when a slot holds anything else).
struct InputKey: Hashable {
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
