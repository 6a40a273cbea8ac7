// Planning of CALL: resolving the procedure, checking the arguments against its signature (count and,
// where known, type), and the YIELD items against its outputs. A standalone CALL returns every output
// column; CALL without parentheses takes its arguments from parameters of the same names.

extension QueryPlanner {
    func planCall(
        _ name: String, _ arguments: [Expression]?, _ yield: [YieldItem]?, _ yieldAll: Bool, _ predicate: Expression?,
        standalone: Bool, range: SourceRange, input: Operator, scope: Scope
    ) throws(CypherError) -> ProjectionResult {
        guard let procedure = procedures.lookup(name) else {
            throw .compile(.procedureNotFound(name, suggestion: procedures.suggestion(for: name)), at: range)
        }
        let signature = procedure.signature
        var bound: [BoundExpression] = []
        if let arguments {
            let required = signature.inputs.filter { $0.defaultValue == nil }.count
            guard arguments.count >= required, arguments.count <= signature.inputs.count else {
                let expected = required == signature.inputs.count ? "\(required)" : "\(required) to \(signature.inputs.count)"
                throw .compile(.invalidNumberOfArguments(function: signature.name, expected: expected, got: arguments.count), at: range)
            }
            for (argument, field) in zip(arguments, signature.inputs) {
                let b = try bind(argument, scope, context: "a procedure argument")
                if case .constant(let v) = b.expression, !field.type.accepts(v) {
                    throw .compile(
                        .invalidArgumentType("\(signature.name)() expects \(field.type) for `\(field.name)`, got \(v.typeName)"),
                        at: argument.range)
                }
                bound.append(b.expression)
            }
            for field in signature.inputs.dropFirst(arguments.count) {
                bound.append(.constant(field.defaultValue ?? .null))
            }
        } else {
            guard standalone || signature.inputs.isEmpty else {
                throw .compile(.invalidArgumentPassingMode(signature.name), at: range)
            }
            for field in signature.inputs {
                if parameters[field.name] != nil {
                    bound.append(.parameter(field.name))
                } else if let d = field.defaultValue {
                    bound.append(.constant(d))
                } else {
                    throw .compile(.missingParameter(field.name), at: range)
                }
            }
        }
        var newScope = scope
        var columns: [String] = []
        var columnSlots: [Int] = []
        var outputs: [(index: Int, slot: Int)] = []
        if let yield {
            for item in yield {
                guard let index = signature.outputs.firstIndex(where: { $0.name == item.column }) else {
                    throw .compile(
                        .undefinedVariable(item.column, suggestion: closestName(to: item.column, among: signature.outputs.map(\.name))),
                        at: item.range)
                }
                let variable = item.alias ?? item.column
                if newScope[variable] != nil { throw .compile(.variableAlreadyBound(variable), at: item.range) }
                let slot = allocateSlot()
                outputs.append((index, slot))
                newScope.add(Variable(name: variable, slot: slot, kind: .value(staticType(signature.outputs[index].type))))
                columns.append(variable)
                columnSlots.append(slot)
            }
        } else if yieldAll && !standalone {
            throw .compile(.unexpectedToken(found: "YIELD *", expected: "the columns to yield (YIELD * is only allowed in a standalone CALL)"), at: range)
        } else if yieldAll || standalone {
            for (index, field) in signature.outputs.enumerated() {
                let slot = allocateSlot()
                outputs.append((index, slot))
                newScope.add(Variable(name: field.name, slot: slot, kind: .value(staticType(field.type))))
                columns.append(field.name)
                columnSlots.append(slot)
            }
        }
        if signature.writes { writes = true }
        var op: Operator = ProcedureCall(input: input, procedure: procedure, arguments: bound, outputs: outputs, range: range)
        if let predicate {
            let p = try bindCondition(predicate, newScope)
            op = Filter(input: op, predicate: p.expression, describedAs: predicate.canonical)
        }
        return ProjectionResult(operator: op, scope: newScope, columns: columns, columnSlots: columnSlots)
    }

    private func staticType(_ type: CypherType) -> StaticType {
        switch type {
        case .any: return .any
        case .boolean: return .boolean
        case .integer: return .integer
        case .float: return .float
        case .number: return .number
        case .string: return .string
        case .map: return .map
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .list(let element): return .list(staticType(element))
        }
    }
}

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
                rows = try procedure.body(ProcedureInvocation(graph: context.graph, arguments: values, registry: context.procedures))
            } catch let error as CypherError {
                throw error
            } catch let error as ProcedureFailure {
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
