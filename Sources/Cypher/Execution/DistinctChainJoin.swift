// The operator behind the distinct chain rewrite (Planning/DistinctChainPlanner.swift): for each middle
// node from its input, runs the left and right side plans, groups each side's paths by the variables the
// query still needs, and emits one row per pair of groups that has a pair of paths sharing no
// relationship — the set of distinct bindings of the needed variables.

final class DistinctChainJoin: Operator {
    private(set) var left: Operator
    private(set) var right: Operator
    let leftRelationships: [Int]
    let rightRelationships: [Int]
    let leftNeeded: [Int]
    let rightNeeded: [Int]
    /// True when the right side's paths are the left side's (a symmetric chain): collected once.
    let mirrored: Bool
    /// Slots of variables the rest of the query does not read; they are null in the output rows.
    let cleared: [Int]
    let describedAs: String

    init(
        input: Operator, left: Operator, right: Operator, leftRelationships: [Int], rightRelationships: [Int], leftNeeded: [Int],
        rightNeeded: [Int], mirrored: Bool, cleared: [Int], describedAs: String
    ) {
        self.mirrored = mirrored
        self.left = left
        self.right = right
        self.leftRelationships = leftRelationships
        self.rightRelationships = rightRelationships
        self.leftNeeded = leftNeeded
        self.rightNeeded = rightNeeded
        self.cleared = cleared
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs + (mirrored ? " (mirrored)" : "") }
    override var nested: [Operator] { [left, right] }
    override func wrapNested(_ wrap: (Operator) -> Operator) {
        left = wrap(left)
        right = wrap(right)
    }

    /// One side's paths, grouped by the needed values: each path as its sorted relationship ids.
    private struct Side {
        var keys: [[Value]] = []
        var paths: [[[Int]]] = []
        var index: [[Value]: Int] = [:]

        mutating func add(_ key: [Value], _ path: [Int]) {
            if let i = index[key] {
                paths[i].append(path)
            } else {
                index[key] = keys.count
                keys.append(key)
                paths.append([path])
            }
        }
    }

    private func collect(_ plan: Operator, _ relationships: [Int], _ needed: [Int], _ context: ExecutionContext, _ frame: inout Frame)
        throws(CypherError) -> Side
    {
        var side = Side()
        var probe = frame
        _ = try plan.run(context, &probe) { f throws(CypherError) in
            var path: [Int] = []
            path.reserveCapacity(relationships.count)
            for s in relationships { if case .relationship(let r) = f[s] { path.append(r.rawValue) } }
            path.sort()
            side.add(needed.map { f[$0] }, path)
            return true
        }
        return side
    }

    /// True when the sorted id lists share no element.
    private static func disjoint(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return false }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        try runInput(context, &frame) { f throws(CypherError) in
            let l = try collect(left, leftRelationships, leftNeeded, context, &f)
            guard !l.keys.isEmpty else { return true }
            let r = mirrored ? l : try collect(right, rightRelationships, rightNeeded, context, &f)
            for s in cleared { f[s] = .null }
            for (li, lk) in l.keys.enumerated() {
                for (ri, rk) in r.keys.enumerated() {
                    let compatible = l.paths[li].contains { x in r.paths[ri].contains { y in Self.disjoint(x, y) } }
                    guard compatible else { continue }
                    for (s, v) in zip(leftNeeded, lk) { f[s] = v }
                    for (s, v) in zip(rightNeeded, rk) { f[s] = v }
                    if try !sink(&f) { return false }
                }
            }
            return true
        }
    }
}
