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
        let deterministic = assignments.allSatisfy { $0.expression.isDeterminedBySlotsRead }
        self.inputSlots = deterministic ? Array(Set(assignments.flatMap { $0.expression.slotsRead })).sorted() : nil
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { "Distinct" }
    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        var seenInputs = InputKeyTable()
        // One input slot (the common `DISTINCT other.name`): its packed id in an IntSet, without hashing a key.
        var seenSingleInputs = IntSet()
        let singleInput = inputSlots?.count == 1
        var seen = ValueRowSet(width: assignments.count)
        let single = assignments.count == 1 ? assignments[0] : nil
        return try runInput(context, &frame) { f throws(CypherError) in
            if let inputSlots, let key = InputKey(inputSlots, f) {
                let new = singleInput ? seenSingleInputs.insert(key.a) : seenInputs.insert(key, value: 0) == nil
                if !new { return true }
            }
            if let single {
                let value = try evaluator.evaluate(single.expression, &f)
                guard seen.insert(value) else { return true }
                f[single.slot] = value
                return try sink(&f)
            }
            // Evaluate each column once into its slot; drop the row if the combination was seen.
            let (_, inserted) = try seen.insert { c throws(CypherError) in
                let value = try evaluator.evaluate(assignments[c].expression, &f)
                f[assignments[c].slot] = value
                return value
            }
            guard inserted else { return true }
            return try sink(&f)
        }
    }
}
