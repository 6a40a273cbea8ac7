// Operators that must see all their input before producing output: Aggregate (grouping with aggregate
// functions), Sort and Top (ORDER BY, with LIMIT folded in), Eager (materialises rows between reads and
// writes) and Union.

/// One aggregate computed by the Aggregate operator.
struct AggregateSpec {
    let slot: Int
    let kind: AggregateKind
    let distinct: Bool
    /// nil for count(*).
    let argument: BoundExpression?
    /// The percentile argument of percentileCont/percentileDisc.
    let percentile: BoundExpression?
    let range: SourceRange
}

/// Groups rows by key values and computes aggregates per group.
final class Aggregate: Operator {
    let keys: [(slot: Int, expression: BoundExpression)]
    let aggregates: [AggregateSpec]
    let describedAs: String

    init(input: Operator, keys: [(slot: Int, expression: BoundExpression)], aggregates: [AggregateSpec], describedAs: String) {
        self.keys = keys
        self.aggregates = aggregates
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { keys.isEmpty ? "Aggregate" : "GroupAggregate" }
    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        var groups = ValueRowSet(width: keys.count)
        // Accumulators of all groups in one flat table: group g's aggregate i is at g * count + i.
        var table: [Accumulator] = []
        let templates = try aggregates.map { spec throws(CypherError) -> Accumulator in
            var percentile = 0.0
            if let p = spec.percentile {
                var scratch = frame
                let value = try evaluator.evaluate(p, &scratch)
                guard let x = value.numericValue else {
                    // The percentile is read once, before the rows: one that reads them cannot be.
                    let why = p.isConstant ? "must be a number" : "must be the same for every row (a literal or a parameter), not read from the row"
                    throw .runtime(.invalidArgumentType("the percentile \(why)"), at: spec.range, category: .typeError)
                }
                guard x >= 0, x <= 1 else {
                    throw .runtime(.numberOutOfRange("percentile must be between 0.0 and 1.0, got \(x)"), at: spec.range, category: .argumentError)
                }
                percentile = x
            }
            return Accumulator(kind: spec.kind, distinct: spec.distinct, percentile: percentile)
        }
        let count = templates.count
        /// The group of the current key values, with its accumulators made when new.
        func group(_ read: (Int) throws(CypherError) -> Value) throws(CypherError) -> Int {
            let (index, inserted) = try groups.insert(read)
            if inserted { for t in templates { table.append(t.empty()) } }
            return index
        }
        // Rows of a nested-loop plan often share the slots a grouping key reads (the country of an
        // outer loop): remember the last row's inputs and group so equal inputs skip evaluation and hashing.
        let cacheable = keys.allSatisfy { $0.expression.isDeterminedBySlotsRead }
        let keyInputs = Array(Set(keys.flatMap { $0.expression.slotsRead })).sorted()
        var lastInputs = Array(repeating: Value.null, count: keyInputs.count)
        var lastIndex = -1
        var groupByInputs = InputKeyTable()
        let arguments = aggregates.map(\.argument)
        let ranges = aggregates.map(\.range)
        let argumentSlots: [Int?] = arguments.map { if case .slot(let s)? = $0 { return s } else { return nil } }
        _ = try runInput(context, &frame) { f throws(CypherError) in
            var index = -1
            if !cacheable {
                index = try group { c throws(CypherError) in try evaluator.evaluate(keys[c].expression, &f) }
            } else if lastIndex >= 0 {
                var same = true
                for (i, s) in keyInputs.enumerated() where !f[s].isIdentical(to: lastInputs[i]) {
                    same = false
                    break
                }
                if same { index = lastIndex }
            }
            if index < 0 {
                let inputKey = InputKey(keyInputs, f)
                if let inputKey, let known = groupByInputs.value(for: inputKey) {
                    index = known
                } else {
                    index = try group { c throws(CypherError) in try evaluator.evaluate(keys[c].expression, &f) }
                    if let inputKey { _ = groupByInputs.insert(inputKey, value: index) }
                }
                lastIndex = index
                for (i, s) in keyInputs.enumerated() { lastInputs[i] = f[s] }
            }
            let base = index * count
            for i in 0..<count {
                if let slot = argumentSlots[i] {
                    try table[base + i].add(f[slot], ranges[i])
                } else if let argument = arguments[i] {
                    try table[base + i].add(try evaluator.evaluate(argument, &f), ranges[i])
                } else {
                    table[base + i].addRow()
                }
            }
            return true
        }
        if keys.isEmpty && groups.count == 0 { _ = try group { _ throws(CypherError) in .null } }
        for g in 0..<groups.count {
            for (k, value) in zip(keys, groups.row(g)) { frame[k.slot] = value }
            for (i, spec) in aggregates.enumerated() { frame[spec.slot] = try table[g * count + i].result(spec.range) }
            if try !sink(&frame) { return false }
        }
        return true
    }
}

/// A sort key: a slot and its direction.
struct SortKey {
    let slot: Int
    let descending: Bool
}

/// Sorts all rows by key slots (ORDER BY), keeping the input order among equal keys; with a limit, keeps
/// only the first `limit` rows (Top).
final class Sort: Operator {
    let keys: [SortKey]
    let limit: BoundExpression?
    let describedAs: String

    init(input: Operator, keys: [SortKey], limit: BoundExpression?, describedAs: String) {
        self.keys = keys
        self.limit = limit
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { limit == nil ? "Sort" : "Top" }
    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let n = try limit.map { e throws(CypherError) in try evaluateCount(e, "LIMIT", context, &frame) }
        var rows: [Frame] = []
        _ = try runInput(context, &frame) { f throws(CypherError) in
            rows.append(f)
            return true
        }
        let order = rows.indices.sorted { a, b in
            for key in keys {
                let c = Value.orderCompare(rows[a][key.slot], rows[b][key.slot])
                if c != 0 { return key.descending ? c > 0 : c < 0 }
            }
            return a < b
        }
        for (emitted, i) in order.enumerated() {
            if let n, emitted >= n { break }
            if try !sink(&rows[i]) { return false }
        }
        return true
    }
}

/// Materialises every input row before passing any on, so that writes after it cannot be seen by the
/// reads before it, and reads after it see all of the writes before it.
final class Eager: Operator {
    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var rows: [Frame] = []
        _ = try runInput(context, &frame) { f throws(CypherError) in
            rows.append(f)
            return true
        }
        for i in rows.indices where try !sink(&rows[i]) { return false }
        return true
    }
}

/// Rows of several plans with the same columns, one after the other; UNION (not ALL) drops duplicates.
final class Union: Operator {
    private(set) var branches: [(plan: Operator, slots: [Int])]
    let outputSlots: [Int]
    let distinct: Bool

    init(branches: [(plan: Operator, slots: [Int])], outputSlots: [Int], distinct: Bool) {
        self.branches = branches
        self.outputSlots = outputSlots
        self.distinct = distinct
        super.init(input: nil)
    }

    override var name: String { distinct ? "Union" : "UnionAll" }
    override var nested: [Operator] { branches.map(\.plan) }
    override func wrapNested(_ wrap: (Operator) -> Operator) { branches = branches.map { (wrap($0.plan), $0.slots) } }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var seen = ValueRowSet(width: outputSlots.count)
        for branch in branches {
            var start = frame
            var stopped = false
            _ = try branch.plan.run(context, &start) { f throws(CypherError) in
                var out = frame
                for (from, to) in zip(branch.slots, outputSlots) { out[to] = f[from] }
                if distinct, try !seen.insert({ c throws(CypherError) in f[branch.slots[c]] }).inserted { return true }
                if try !sink(&out) {
                    stopped = true
                    return false
                }
                return true
            }
            if stopped { return false }
        }
        return true
    }
}
