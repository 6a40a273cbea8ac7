// The operator of `CALL { … }`: for each incoming row, runs the subquery's plan on a copy of the row and
// passes on each row the subquery returns (the incoming values plus the returned variables); a subquery
// without RETURN passes the incoming row on once. A subquery that writes makes the operator eager on both
// sides, like the write operators: every incoming row is read before the first write.

/// `CALL { … }` run once per row.
final class SubqueryCall: Operator {
    private(set) var body: Operator
    /// False for a subquery without RETURN (it only writes).
    let returnsRows: Bool
    /// True when the subquery writes.
    let writes: Bool

    init(input: Operator, body: Operator, returnsRows: Bool, writes: Bool) {
        self.body = body
        self.returnsRows = returnsRows
        self.writes = writes
        super.init(input: input)
    }

    override var name: String { "SubqueryCall" }
    override var details: String { returnsRows ? "" : "without RETURN" }
    override var nested: [Operator] { [body] }
    override func wrapNested(_ wrap: (Operator) -> Operator) { body = wrap(body) }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        guard writes else {
            return try runInput(context, &frame) { f throws(CypherError) in try apply(context, &f, sink) }
        }
        var rows: [Frame] = []
        _ = try runInput(context, &frame) { f throws(CypherError) in
            rows.append(f)
            return true
        }
        var output: [Frame] = []
        for i in rows.indices {
            _ = try apply(context, &rows[i]) { g throws(CypherError) in
                output.append(g)
                return true
            }
        }
        rows = []
        for i in output.indices where try !sink(&output[i]) { return false }
        return true
    }

    /// Runs the subquery for one row and passes on its rows, or the row itself once.
    private func apply(_ context: ExecutionContext, _ f: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var inner = f
        guard returnsRows else {
            _ = try body.run(context, &inner) { _ throws(CypherError) in true }
            return try sink(&f)
        }
        return try body.run(context, &inner, sink)
    }
}
