// The shape of a Cypher function: its name, how many arguments it takes, which static argument types it
// accepts (checked at compile time when the type is known), its result type, a one-line summary for
// SHOW FUNCTIONS and the REPL's help, and its body — a scalar implementation or an aggregate kind.

/// What a scalar function body can reach while it runs.
struct FunctionContext {
    let evaluator: Evaluator
    let range: SourceRange
    var graph: PropertyGraph { evaluator.graph }

    /// A type error naming the function, the expected type and what it got (TypeError/InvalidArgumentValue,
    /// as the TCK reports a function given a value of the wrong type).
    func typeError(_ function: String, expected: String, got value: Value) -> CypherError {
        .runtime(
            .invalidArgumentValue("\(function)() expects \(expected), got \(value.typeName)"), at: range,
            category: .typeError)
    }

    /// An error for an argument of the right type but a wrong value.
    func valueError(_ message: String) -> CypherError {
        .runtime(.invalidArgumentValue(message), at: range, category: .argumentError)
    }
}

typealias ScalarFunctionBody = ([Value], FunctionContext) throws(CypherError) -> Value

/// The kinds of aggregate functions.
enum AggregateKind: Sendable {
    case count, sum, avg, min, max, collect, stDev, stDevP, percentileCont, percentileDisc
}

/// A function callable from Cypher.
final class FunctionDefinition: @unchecked Sendable {
    enum Body {
        case scalar(ScalarFunctionBody)
        case aggregate(AggregateKind)
    }

    let name: String
    let arguments: ClosedRange<Int>
    /// Accepted static types per argument position; `.any` accepts everything.
    let argumentTypes: [[StaticType]]
    let returnType: StaticType
    let summary: String
    let signature: String
    let body: Body
    /// False for functions whose result may differ between calls with the same arguments (rand()).
    let isDeterministic: Bool

    init(
        _ name: String, _ signature: String, arguments: ClosedRange<Int>, types: [[StaticType]] = [],
        returns: StaticType = .any, deterministic: Bool = true, _ summary: String, _ body: Body
    ) {
        self.name = name
        self.signature = signature
        self.arguments = arguments
        self.argumentTypes = types
        self.returnType = returns
        self.isDeterministic = deterministic
        self.summary = summary
        self.body = body
    }

    /// True for functions whose arguments are graph elements (properties, labels, type, id, …): a value of
    /// a known wrong type given to them is rejected before the query runs.
    var takesGraphElements: Bool {
        argumentTypes.first.map { types in !types.isEmpty && types.allSatisfy { $0.isGraphElement || $0 == .map } } ?? false
    }

    var isAggregate: Bool {
        if case .aggregate = body { return true }
        return false
    }

    func invoke(_ values: [Value], _ context: FunctionContext) throws(CypherError) -> Value {
        switch body {
        case .scalar(let implementation): return try implementation(values, context)
        case .aggregate: return .null  // aggregates are computed by the Aggregate operator
        }
    }

    /// The types accepted at `position`, or nil when unchecked.
    func accepted(at position: Int) -> [StaticType]? {
        guard position < argumentTypes.count else { return nil }
        let types = argumentTypes[position]
        return types.contains(.any) ? nil : types
    }
}

extension StaticType {
    /// True when a value of static type `self` may be accepted where `required` is expected.
    func mayBe(_ required: StaticType) -> Bool {
        switch (self, required) {
        case (.any, _), (.null, _), (_, .any): return true
        case (.integer, .number), (.float, .number), (.number, .integer), (.number, .float): return true
        case (.list, .list): return true
        default: return self == required
        }
    }
}
