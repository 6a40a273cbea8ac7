// The operator behind the distinct chain rewrite (Optimizer/Rules/DistinctChainJoinRule.swift): for each middle
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

    /// One side's paths, grouped by the needed values: group g's key is `keys.row(g)`, and its paths lie
    /// in `paths[g]` one after another, each as its length followed by its sorted relationship ids.
    private struct Side {
        var keys: ValueRowSet
        var paths: [[Int]] = []

        init(width: Int) { keys = ValueRowSet(width: width) }

        /// Calls `body` with each path of group g; stops early when it returns true, and returns that.
        func anyPath(of g: Int, _ body: (ArraySlice<Int>) -> Bool) -> Bool {
            let flat = paths[g]
            var i = 0
            while i < flat.count {
                let n = flat[i]
                if body(flat[(i + 1)..<(i + 1 + n)]) { return true }
                i += 1 + n
            }
            return false
        }
    }

    private func collect(_ plan: Operator, _ relationships: [Int], _ needed: [Int], _ context: ExecutionContext, _ row: Frame)
        throws(CypherError) -> Side
    {
        var side = Side(width: needed.count)
        var probe = row
        var path: [Int] = []
        path.reserveCapacity(relationships.count)
        _ = try plan.run(context, &probe) { f throws(CypherError) in
            path.removeLast(path.count)
            for s in relationships {
                guard case .relationship(let r) = f[s] else { continue }
                // Insertion into the sorted path: chains are a few hops long.
                var i = path.count
                path.append(r.rawValue)
                while i > 0, path[i - 1] > r.rawValue {
                    path[i] = path[i - 1]
                    i -= 1
                }
                path[i] = r.rawValue
            }
            let (g, inserted) = try side.keys.insert { c throws(CypherError) in f[needed[c]] }
            if inserted { side.paths.append([]) }
            side.paths[g].append(path.count)
            side.paths[g].append(contentsOf: path)
            return true
        }
        return side
    }

    /// True when the sorted id lists share no element.
    private static func disjoint(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) -> Bool {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { return false }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        if runsOnBothCores(context) { return try runOnBothCores(context, &frame, sink) }
        return try runInput(context, &frame) { f throws(CypherError) in
            try forEachJoinedPair(context, f) { left, right throws(CypherError) in
                for s in cleared { f[s] = .null }
                for (s, v) in zip(leftNeeded, left) { f[s] = v }
                for (s, v) in zip(rightNeeded, right) { f[s] = v }
                return try sink(&f)
            }
        }
    }

    /// Joins the sides for the input row `row`: calls `body` with the needed
    /// values of each left and right group that have a pair of paths sharing no relationship. Stops early,
    /// returning false, when `body` does.
    func forEachJoinedPair(
        _ context: ExecutionContext, _ row: Frame, _ body: (ArraySlice<Value>, ArraySlice<Value>) throws(CypherError) -> Bool
    ) throws(CypherError) -> Bool {
        let l = try collect(left, leftRelationships, leftNeeded, context, row)
        guard l.keys.count > 0 else { return true }
        let r = mirrored ? l : try collect(right, rightRelationships, rightNeeded, context, row)
        for li in 0..<l.keys.count {
            for ri in 0..<r.keys.count {
                let compatible = l.anyPath(of: li) { x in r.anyPath(of: ri) { y in Self.disjoint(x, y) } }
                guard compatible else { continue }
                if try !body(l.keys.row(li), r.keys.row(ri)) { return false }
            }
        }
        return true
    }
}
