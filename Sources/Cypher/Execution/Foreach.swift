// The FOREACH operator: for each incoming row, runs a plan of updating clauses once per element of a
// list, with the element bound to the loop variable, then passes the row on once. What the clauses bind
// stays inside. Like the other write operators it is eager on both sides (WriteOperators.swift).

/// `FOREACH (variable IN list | clauses)`.
final class Foreach: WriteOperator {
    let list: BoundExpression
    /// Where the list expression is in the statement, for a type error about its value.
    let listRange: SourceRange
    let slot: Int
    let variable: String
    private(set) var body: Operator

    init(input: Operator, list: BoundExpression, listRange: SourceRange, slot: Int, variable: String, body: Operator) {
        self.list = list
        self.listRange = listRange
        self.slot = slot
        self.variable = variable
        self.body = body
        super.init(input: input)
    }

    override var details: String { variable }
    override var nested: [Operator] { [body] }
    override func wrapNested(_ wrap: (Operator) -> Operator) { body = wrap(body) }

    override func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] {
        let items: [Value]
        switch try Evaluator(context).evaluate(list, &frame) {
        case .null: items = []
        case .list(let values): items = values
        case let other:
            throw .runtime(.invalidArgumentType("FOREACH expects a list, got \(other.typeName)"), at: listRange, category: .typeError)
        }
        for item in items {
            try context.checkInterruption()
            var inner = frame
            inner[slot] = item
            _ = try body.run(context, &inner) { _ throws(CypherError) in true }
        }
        return [frame]
    }
}
