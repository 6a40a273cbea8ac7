// WITH DISTINCT and RETURN DISTINCT without aggregation: projection and deduplication in one operator,
// so rows whose input graph elements were seen before are dropped before anything is evaluated.

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
