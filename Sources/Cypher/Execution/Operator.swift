// The physical operators' common shape. Execution is push-based: an operator receives a frame from its
// caller, runs its input with that frame, and for each row its input produces, does its work and hands
// zero or more frames to its sink. A sink returns false to stop the rows above it (LIMIT). Leaves start
// from the frame they are given (`Argument`), so the same plan shape serves top-level queries and the
// per-row inner plans of OPTIONAL MATCH and MERGE.

/// Receives a row; returns false to ask the producer to stop.
typealias Sink = (inout Frame) throws(CypherError) -> Bool

/// A physical operator.
class Operator {
    /// The operator whose rows this one consumes; nil for leaves. (Mutable only so PROFILE can wrap it.)
    var input: Operator?

    init(input: Operator?) { self.input = input }

    /// Runs the operator for one incoming frame, pushing its rows to `sink`. Returns false when a sink
    /// asked to stop.
    func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        try runInput(context, &frame, sink)
    }

    /// Runs the input with `sink` (a leaf hands its one incoming frame to `sink`): operators that
    /// transform their input's rows call it from `run`.
    final func runInput(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        guard let input else { return try sink(&frame) }
        return try input.run(context, &frame, sink)
    }

    /// The operator's name in EXPLAIN output.
    var name: String { String(describing: type(of: self)) }
    /// One line of detail for EXPLAIN.
    var details: String { "" }
    /// Operators nested inside this one (the inner plans of OPTIONAL MATCH, MERGE, UNION branches).
    var nested: [Operator] { [] }

    /// Replaces the nested plans by wrapped ones (for PROFILE); operators with nested plans override it.
    func wrapNested(_ wrap: (Operator) -> Operator) {}
}

/// Wraps every operator of a plan in a `Profiled` counter, inputs and nested plans alike.
func instrumentForProfile(_ op: Operator) -> Operator {
    if let input = op.input { op.input = instrumentForProfile(input) }
    op.wrapNested { instrumentForProfile($0) }
    return Profiled(op)
}

/// The leaf of every plan: emits the frame it is given, once.
final class Argument: Operator {
    init() { super.init(input: nil) }
    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        try sink(&frame)
    }
}

/// Wraps an operator to count its rows and time for PROFILE.
final class Profiled: Operator {
    let inner: Operator

    init(_ inner: Operator) {
        self.inner = inner
        super.init(input: nil)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let key = ObjectIdentifier(inner)
        let start = ContinuousClock.now
        var downstream: Duration = .zero
        let result = try inner.run(context, &frame) { f throws(CypherError) in
            context.profile?[key, default: OperatorProfile()].rows += 1
            let t = ContinuousClock.now
            let keepGoing = try sink(&f)
            downstream += ContinuousClock.now - t
            return keepGoing
        }
        let own = (ContinuousClock.now - start) - downstream
        let ns = UInt64(max(0, own.components.seconds * 1_000_000_000 + own.components.attoseconds / 1_000_000_000))
        context.profile?[key, default: OperatorProfile()].nanoseconds += ns
        return result
    }

    override var name: String { inner.name }
    override var details: String { inner.details }
}
