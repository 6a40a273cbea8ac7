// The operator that calls a procedure once per input row, checking its arguments against the
// signature, and binds the columns it yields (a procedure without outputs passes the row on once).

/// Calls a procedure per input row and binds the yielded columns.
final class ProcedureCall: Operator {
    let procedure: Procedure
    let arguments: [BoundExpression]
    let outputs: [(index: Int, slot: Int)]
    let range: SourceRange

    init(input: Operator, procedure: Procedure, arguments: [BoundExpression], outputs: [(index: Int, slot: Int)], range: SourceRange) {
        self.procedure = procedure
        self.arguments = arguments
        self.outputs = outputs
        self.range = range
        super.init(input: input)
    }

    override var details: String { procedure.signature.name }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        let signature = procedure.signature
        return try runInput(context, &frame) { f throws(CypherError) in
            var values: [Value] = []
            for (expression, field) in zip(arguments, signature.inputs) {
                let v = try evaluator.evaluate(expression, &f)
                guard field.type.accepts(v) else {
                    throw .runtime(
                        .invalidArgumentType("\(signature.name)() expects \(field.type) for `\(field.name)`, got \(v.typeName)"),
                        at: range, category: .typeError)
                }
                values.append(field.type.coerce(v))
            }
            let rows: [[Value]]
            do {
                var invocation = ProcedureInvocation(graph: context.graph, arguments: values, registry: context.procedures)
                let limits = UncheckedContext(context)
                invocation.shouldStop = { (try? limits.context.checkLimitsNow()) == nil }
                invocation.limits = context.limits
                invocation.disabledRules = context.disabledRules
                invocation.importDirectory = context.importDirectory
                invocation.acceptsInvalidUTF8 = context.acceptsInvalidUTF8
                rows = try procedure.body(invocation)
            } catch let error as CypherError {
                throw error
            } catch let error as ProcedureFailure {
                // A procedure that gave up because the statement was stopped fails with that reason.
                try context.checkLimitsNow()
                throw .runtime(.procedureFailed(error.message), at: range)
            } catch {
                throw .runtime(.procedureFailed("\(signature.name) failed: \(error)"), at: range)
            }
            if signature.outputs.isEmpty { return try sink(&f) }
            for row in rows {
                for (index, slot) in outputs { f[slot] = index < row.count ? row[index] : .null }
                if try !sink(&f) { return false }
            }
            return true
        }
    }
}

/// The context handed to a procedure's stop check, which may be asked from the procedure's worker threads:
/// it reads only what does not change while the statement runs (the interruption flag, the deadline,
/// the memory limit).
private struct UncheckedContext: @unchecked Sendable {
    let context: ExecutionContext
    init(_ context: ExecutionContext) { self.context = context }
}
