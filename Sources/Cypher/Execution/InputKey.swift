// A compact hash key made of the node and relationship ids a row holds in a few slots. Operators that
// deduplicate or group by expressions over graph elements (`DISTINCT cl.name`, `GROUP BY c.iso`) first
// check whether they have seen the same elements before: equal inputs give equal results, so the row can
// be settled without evaluating or hashing the expressions' values.

/// Up to three graph-element ids packed into integers (nil when a slot holds anything else).
struct InputKey: Hashable {
    private var a: Int = 0
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

/// WITH/RETURN DISTINCT: projects expressions into slots and passes each distinct combination of values
/// once. Rows whose input graph elements were seen before are dropped before any evaluation.
final class DistinctProjection: Operator {
    let assignments: [(slot: Int, expression: BoundExpression)]
    /// The slots the expressions read, when equal inputs are sure to give equal rows (no rand()).
    let inputSlots: [Int]?
    let describedAs: String

    init(input: Operator, assignments: [(slot: Int, expression: BoundExpression)], describedAs: String) {
        self.assignments = assignments
        let deterministic = assignments.allSatisfy { a in
            var pure = true
            a.expression.visit { if case .function(let f, _, _) = $0, !f.isDeterministic { pure = false } }
            return pure
        }
        self.inputSlots = deterministic ? Array(Set(assignments.flatMap { $0.expression.slotsRead })).sorted() : nil
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { "Distinct" }
    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        var seenInputs: Set<InputKey> = []
        var seenValues: Set<[Value]> = []
        var seenSingle: Set<Value> = []
        let single = assignments.count == 1 ? assignments[0] : nil
        return try input!.run(context, &frame) { f throws(CypherError) in
            if let inputSlots, let key = InputKey(inputSlots, f), !seenInputs.insert(key).inserted { return true }
            if let single {
                let value = try evaluator.evaluate(single.expression, &f)
                guard seenSingle.insert(value).inserted else { return true }
                f[single.slot] = value
                return try sink(&f)
            }
            var values: [Value] = []
            values.reserveCapacity(assignments.count)
            for a in assignments { values.append(try evaluator.evaluate(a.expression, &f)) }
            guard seenValues.insert(values).inserted else { return true }
            for (a, v) in zip(assignments, values) { f[a.slot] = v }
            return try sink(&f)
        }
    }
}
