// Binding of CALL: resolving the procedure, checking the arguments against its signature (count and,
// where known, type), and the YIELD items against its outputs. A standalone CALL returns every output
// column; CALL without parentheses takes its arguments from parameters of the same names.

/// A bound CALL, the scope after it and the columns a standalone CALL returns.
struct CallResult {
    let call: BoundProcedureCall
    let scope: Scope
    let columns: [String]
    let columnSlots: [Int]
}

extension Binder {
    func bindCall(
        _ name: String, _ arguments: [Expression]?, _ yield: [YieldItem]?, _ yieldAll: Bool, _ predicate: Expression?,
        standalone: Bool, range: SourceRange, scope: Scope
    ) throws(CypherError) -> CallResult {
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
            // Each argument from the parameter of its name; one with a default may be left out.
            for field in signature.inputs {
                if let d = field.defaultValue {
                    bound.append(.parameterOrDefault(field.name, d))
                } else {
                    if parameters[field.name] == nil { parameters[field.name] = range }
                    bound.append(.parameter(field.name))
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
        let filter = try predicate.map { p throws(CypherError) in (try bindCondition(p, newScope).expression, p.canonical) }
        let call = BoundProcedureCall(procedure: procedure, arguments: bound, outputs: outputs, filter: filter, range: range)
        return CallResult(call: call, scope: newScope, columns: columns, columnSlots: columnSlots)
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
