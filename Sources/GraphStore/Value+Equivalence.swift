// Cypher equivalence as Swift's Equatable and Hashable: the relation used by DISTINCT, grouping keys,
// UNION and map/set lookups. Unlike Cypher's `=`, null is equivalent to null and NaN to NaN; numbers are
// equivalent when numerically equal, so 1 and 1.0 group together.

extension Value: Equatable, Hashable {
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.int(let a), .float(let b)), (.float(let b), .int(let a)): return numericEquals(a, b)
        case (.string(let a), .string(let b)): return a.hasSameCodePoints(as: b)
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a == b
        case (.node(let a), .node(let b)): return a == b
        case (.relationship(let a), .relationship(let b)): return a == b
        case (.path(let a), .path(let b)): return a == b
        case (.temporal(let a), .temporal(let b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        // A number that is an integer feeds one word (an index of a million integer keys hashes each
        // key once at load); the other cases a tag first.
        case .int(let i): hasher.combine(i)
        case .float(let f):
            if let i = Int64(exactly: f) {
                hasher.combine(i)
            } else if f.isNaN {
                hasher.combine(3)
            } else {
                hasher.combine(4); hasher.combine(f)
            }
        case .string(let s): hasher.combine(5); s.hashCodePoints(into: &hasher)
        case .list(let items):
            hasher.combine(6); hasher.combine(items.count)
            for item in items { item.hash(into: &hasher) }
        case .map(let map): hasher.combine(7); map.hash(into: &hasher)
        case .node(let id): hasher.combine(8); hasher.combine(id)
        case .relationship(let id): hasher.combine(9); hasher.combine(id)
        case .path(let path): hasher.combine(10); hasher.combine(path)
        case .temporal(let t): hasher.combine(11); hasher.combine(t)
        }
    }
}

/// True when an integer and a float denote the same number exactly.
@inlinable func numericEquals(_ i: Int64, _ f: Double) -> Bool {
    guard let exact = Int64(exactly: f) else { return false }
    return exact == i
}

extension ValueMap: Equatable, Hashable {
    public static func == (lhs: ValueMap, rhs: ValueMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-entry hashes commutatively.
        var combined = 0
        for (key, value) in self {
            var entry = Hasher()
            entry.combine(key)
            entry.combine(value)
            combined ^= entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension Value {
    /// A cheap identity test for caches: true only when both values are the same node, the same
    /// relationship, or equal scalars of the same type. False is always safe (it only costs a cache miss).
    @inlinable public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.node(let a), .node(let b)): return a == b
        case (.relationship(let a), .relationship(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }
}
