// Row-at-a-time operators: Filter, Project, Unwind, Distinct, Skip, Limit, ProjectPath, and the
// sub-plan operators Optional (OPTIONAL MATCH) and SemiApply (pattern predicates).

/// Passes rows for which the predicate is true.
final class Filter: Operator {
    let predicate: BoundExpression
    let describedAs: String

    init(input: Operator, predicate: BoundExpression, describedAs: String) {
        self.predicate = predicate
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        return try runInput(context, &frame) { f throws(CypherError) in
            guard try evaluator.holds(predicate, &f) else { return true }
            return try sink(&f)
        }
    }
}

/// Computes expressions into slots.
final class Project: Operator {
    let assignments: [(slot: Int, expression: BoundExpression)]
    let describedAs: String

    init(input: Operator, assignments: [(slot: Int, expression: BoundExpression)], describedAs: String) {
        self.assignments = assignments
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        // Every assignment targets a fresh slot that no projected expression reads, so values can be
        // stored as they are computed.
        return try runInput(context, &frame) { f throws(CypherError) in
            for a in assignments { f[a.slot] = try evaluator.evaluate(a.expression, &f) }
            return try sink(&f)
        }
    }
}

/// One row per element of a list (none for an empty list or null; a non-list value is one row).
final class Unwind: Operator {
    let expression: BoundExpression
    let slot: Int
    let variable: String

    init(input: Operator, expression: BoundExpression, slot: Int, variable: String) {
        self.expression = expression
        self.slot = slot
        self.variable = variable
        super.init(input: input)
    }

    override var details: String { variable }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        return try runInput(context, &frame) { f throws(CypherError) in
            switch try evaluator.evaluate(expression, &f) {
            case .null:
                return true
            case .list(let items):
                for item in items {
                    try context.checkInterruption()
                    f[slot] = item
                    if try !sink(&f) { return false }
                }
                return true
            case let single:
                f[slot] = single
                return try sink(&f)
            }
        }
    }
}

/// Passes the first row of each distinct combination of slot values.
final class Distinct: Operator {
    let slots: [Int]

    init(input: Operator, slots: [Int]) {
        self.slots = slots
        super.init(input: input)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var seen = ValueRowSet(width: slots.count)
        return try runInput(context, &frame) { f throws(CypherError) in
            guard try seen.insert({ c throws(CypherError) in f[slots[c]] }).inserted else { return true }
            return try sink(&f)
        }
    }
}

/// Evaluates a SKIP or LIMIT count: a non-negative integer, checked at run time when it comes from a
/// parameter.
func evaluateCount(_ expression: BoundExpression, _ what: String, _ context: ExecutionContext, _ frame: inout Frame)
    throws(CypherError) -> Int
{
    let value = try Evaluator(context).evaluate(expression, &frame)
    switch value {
    case .int(let i):
        guard i >= 0 else {
            throw .runtime(.negativeIntegerArgument("\(what) (\(i))"), category: .syntaxError)
        }
        return Int(clamping: i)
    case .float(let f) where f == f.rounded() && f >= 0:
        throw .runtime(.invalidArgumentType("\(what) expects an integer, got FLOAT"), category: .syntaxError)
    default:
        throw .runtime(.invalidArgumentType("\(what) expects an integer, got \(value.typeName)"), category: .syntaxError)
    }
}

/// Drops the first n rows.
final class Skip: Operator {
    let count: BoundExpression

    init(input: Operator, count: BoundExpression) {
        self.count = count
        super.init(input: input)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let n = try evaluateCount(count, "SKIP", context, &frame)
        var seen = 0
        return try runInput(context, &frame) { f throws(CypherError) in
            seen += 1
            if seen <= n { return true }
            return try sink(&f)
        }
    }
}

/// Passes the first n rows, then stops its input.
final class Limit: Operator {
    let count: BoundExpression

    init(input: Operator, count: BoundExpression) {
        self.count = count
        super.init(input: input)
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let n = try evaluateCount(count, "LIMIT", context, &frame)
        guard n > 0 else {
            // Nothing passes, but the input still runs up to its first row: writes before it happen.
            _ = try runInput(context, &frame) { _ throws(CypherError) in false }
            return true
        }
        var passed = 0
        var downstreamStopped = false
        _ = try runInput(context, &frame) { f throws(CypherError) in
            passed += 1
            if try !sink(&f) {
                downstreamStopped = true
                return false
            }
            return passed < n
        }
        return !downstreamStopped
    }
}

/// For each row, runs an inner plan; rows without any inner match continue once with the inner plan's
/// new variables set to null (OPTIONAL MATCH).
final class Optional: Operator {
    private(set) var inner: Operator
    let introducedSlots: [Int]

    init(input: Operator, inner: Operator, introducedSlots: [Int]) {
        self.inner = inner
        self.introducedSlots = introducedSlots
        super.init(input: input)
    }

    override var name: String { "OptionalApply" }
    override var nested: [Operator] { [inner] }
    override func wrapNested(_ wrap: (Operator) -> Operator) { inner = wrap(inner) }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        try runInput(context, &frame) { f throws(CypherError) in
            var matched = false
            var keepGoing = true
            _ = try inner.run(context, &f) { g throws(CypherError) in
                matched = true
                keepGoing = try sink(&g)
                return keepGoing
            }
            if !keepGoing { return false }
            if !matched {
                for s in introducedSlots { f[s] = .null }
                return try sink(&f)
            }
            return true
        }
    }
}

/// Passes rows for which an inner plan finds at least one match (or, negated, none).
final class SemiApply: Operator {
    private(set) var inner: Operator
    let negated: Bool

    init(input: Operator, inner: Operator, negated: Bool) {
        self.inner = inner
        self.negated = negated
        super.init(input: input)
    }

    override var name: String { negated ? "AntiSemiApply" : "SemiApply" }
    override var nested: [Operator] { [inner] }
    override func wrapNested(_ wrap: (Operator) -> Operator) { inner = wrap(inner) }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        try runInput(context, &frame) { f throws(CypherError) in
            var found = false
            var probe = f
            _ = try inner.run(context, &probe) { _ throws(CypherError) in
                found = true
                return false
            }
            guard found != negated else { return true }
            return try sink(&f)
        }
    }
}

/// Builds a path value from the node and relationship slots of a pattern part.
final class ProjectPath: Operator {
    enum Step {
        case single(Int)
        case variableLength(Int)
    }

    let slot: Int
    let startSlot: Int
    let steps: [Step]
    let variable: String

    init(input: Operator, slot: Int, startSlot: Int, steps: [Step], variable: String) {
        self.slot = slot
        self.startSlot = startSlot
        self.steps = steps
        self.variable = variable
        super.init(input: input)
    }

    override var details: String { variable }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        return try runInput(context, &frame) { f throws(CypherError) in
            guard case .node(let start) = f[startSlot] else {
                f[slot] = .null
                return try sink(&f)
            }
            var nodes = [start]
            var relationships: [RelationshipID] = []
            var node = start
            func walk(_ value: Value) -> Bool {
                guard case .relationship(let r) = value, let record = graph.relationship(r) else { return false }
                relationships.append(r)
                node = record.otherEnd(from: node)
                nodes.append(node)
                return true
            }
            for step in steps {
                switch step {
                case .single(let s):
                    guard walk(f[s]) else {
                        f[slot] = .null
                        return try sink(&f)
                    }
                case .variableLength(let s):
                    guard case .list(let items) = f[s] else {
                        f[slot] = .null
                        return try sink(&f)
                    }
                    for item in items where !walk(item) {
                        f[slot] = .null
                        return try sink(&f)
                    }
                }
            }
            f[slot] = .path(PathValue(nodes: nodes, relationships: relationships))
            return try sink(&f)
        }
    }
}
