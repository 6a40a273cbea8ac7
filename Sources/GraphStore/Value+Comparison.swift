// Cypher's comparison semantics: three-valued equality (`=`), the partial order behind `<`, `<=`, `>`,
// `>=` (null when the operands are not comparable), and the total order ORDER BY uses across all types:
// map < node < relationship < list < path < datetime < local datetime < date < time < local time <
// duration < string < boolean < number (NaN last) < null.

import Temporal

/// The outcome of comparing two values with `<`, `<=`, `>`, `>=`.
public enum ComparisonOutcome: Sendable {
    case less, equal, greater
    /// The values are of types Cypher does not order against each other: the comparison is null.
    case incomparable
    /// A NaN took part: every ordering comparison is false.
    case unordered
}

extension Value {
    /// Cypher's `=`: true, false, or nil for null (a null operand, or null inside lists/maps that
    /// decides the result).
    public func cypherEquals(_ other: Value) -> Bool? {
        switch (self, other) {
        case (.null, _), (_, .null): return nil
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.int(let a), .float(let b)), (.float(let b), .int(let a)): return numericEquals(a, b)
        case (.string(let a), .string(let b)): return a.hasSameCodePoints(as: b)
        case (.node(let a), .node(let b)): return a == b
        case (.relationship(let a), .relationship(let b)): return a == b
        case (.path(let a), .path(let b)): return a == b
        case (.temporal(let a), .temporal(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            var sawNull = false
            for (x, y) in zip(a, b) {
                switch x.cypherEquals(y) {
                case .some(false): return false
                case nil: sawNull = true
                case .some(true): break
                }
            }
            return sawNull ? nil : true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            var sawNull = false
            for (key, x) in a {
                guard let y = b[key] else { return false }
                switch x.cypherEquals(y) {
                case .some(false): return false
                case nil: sawNull = true
                case .some(true): break
                }
            }
            return sawNull ? nil : true
        default: return false
        }
    }

    /// Cypher's ordering comparison, the basis of `<`, `<=`, `>`, `>=`.
    public func cypherCompare(_ other: Value) -> ComparisonOutcome {
        switch (self, other) {
        case (.null, _), (_, .null): return .incomparable
        case (.int(let a), .int(let b)): return a < b ? .less : (a == b ? .equal : .greater)
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return .unordered }
            return a < b ? .less : (a == b ? .equal : .greater)
        case (.int(let a), .float(let b)):
            if b.isNaN { return .unordered }
            return outcome(compareIntToDouble(a, b))
        case (.float(let a), .int(let b)):
            if a.isNaN { return .unordered }
            return outcome(-compareIntToDouble(b, a))
        case (.string(let a), .string(let b)): return outcome(a.codePointCompare(b))
        case (.bool(let a), .bool(let b)): return a == b ? .equal : (!a ? .less : .greater)
        case (.temporal(let a), .temporal(let b)): return a.compare(b).map(outcome) ?? .incomparable
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let step = x.cypherCompare(y)
                if case .equal = step { continue }
                return step
            }
            return a.count < b.count ? .less : (a.count == b.count ? .equal : .greater)
        default: return .incomparable
        }
    }

    /// The total order used by ORDER BY, DISTINCT-free sorting and min/max: negative, zero or positive.
    public static func orderCompare(_ a: Value, _ b: Value) -> Int {
        let ra = a.orderRank, rb = b.orderRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return x.isNaN ? (y.isNaN ? 0 : 1) : -1 }
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.int(let x), .float(let y)):
            return y.isNaN ? -1 : compareIntToDouble(x, y)
        case (.float(let x), .int(let y)):
            return x.isNaN ? 1 : -compareIntToDouble(y, x)
        case (.string(let x), .string(let y)): return x.codePointCompare(y)
        case (.list(let x), .list(let y)): return orderCompareLists(x, y)
        case (.node(let x), .node(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.relationship(let x), .relationship(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.path(let x), .path(let y)):
            let byNodes = orderCompareLists(x.nodes.map(Value.node), y.nodes.map(Value.node))
            if byNodes != 0 { return byNodes }
            return orderCompareLists(x.relationships.map(Value.relationship), y.relationships.map(Value.relationship))
        case (.temporal(let x), .temporal(let y)):
            if case .duration(let p) = x, case .duration(let q) = y { return CypherDuration.orderCompare(p, q) }
            if let c = x.compare(y), c != 0 { return c }
            // Same instant in different zones: order by offset, then zone name, so the order is total.
            let ox = x.zone?.offsetSeconds ?? 0, oy = y.zone?.offsetSeconds ?? 0
            if ox != oy { return ox < oy ? -1 : 1 }
            let nx = x.zone?.name ?? "", ny = y.zone?.name ?? ""
            return nx < ny ? -1 : (nx == ny ? 0 : 1)
        case (.map(let x), .map(let y)):
            // As Neo4j orders maps: the smaller map first, then by the sorted keys, then by the values in key order.
            if x.count != y.count { return x.count < y.count ? -1 : 1 }
            let xKeys = x.keys.sorted(), yKeys = y.keys.sorted()
            let byKeys = orderCompareLists(xKeys.map(Value.string), yKeys.map(Value.string))
            if byKeys != 0 { return byKeys }
            return orderCompareLists(xKeys.map { x[$0] ?? .null }, yKeys.map { y[$0] ?? .null })
        default: return 0
        }
    }

    /// Position of the value's type in ORDER BY's cross-type order.
    private var orderRank: Int {
        switch self {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .temporal(let t):
            switch t {
            case .dateTime: return 5
            case .localDateTime: return 6
            case .date: return 7
            case .time: return 8
            case .localTime: return 9
            case .duration: return 10
            }
        case .string: return 11
        case .bool: return 12
        case .int, .float: return 13
        case .null: return 14
        }
    }

    private static func orderCompareLists(_ x: [Value], _ y: [Value]) -> Int {
        for (a, b) in zip(x, y) {
            let c = orderCompare(a, b)
            if c != 0 { return c }
        }
        return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
    }
}

private func outcome(_ c: Int) -> ComparisonOutcome { c < 0 ? .less : (c == 0 ? .equal : .greater) }

/// Exact comparison of a 64-bit integer with a (non-NaN) double, without rounding the integer.
func compareIntToDouble(_ i: Int64, _ d: Double) -> Int {
    if d >= 9_223_372_036_854_775_808.0 { return -1 }
    if d < -9_223_372_036_854_775_808.0 { return 1 }
    let whole = d.rounded(.towardZero)
    let w = Int64(whole)
    if i != w { return i < w ? -1 : 1 }
    let fraction = d - whole
    return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
}
