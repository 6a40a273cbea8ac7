// The expression evaluator: computes a bound expression against a frame, with Cypher's null semantics
// (null in, null out; three-valued logic), its type rules (a type error names the operator and the
// offending type) and graph access for properties and labels.

import Temporal

/// Evaluates bound expressions for one statement.
struct Evaluator {
    let context: ExecutionContext
    var graph: PropertyGraph { context.graph }

    init(_ context: ExecutionContext) { self.context = context }

    func evaluate(_ expression: BoundExpression, _ frame: inout Frame) throws(CypherError) -> Value {
        switch expression {
        case .constant(let value):
            return value
        case .slot(let slot):
            return frame[slot]
        case .parameter(let name):
            guard let value = context.parameters[name] else { throw .runtime(.missingParameter(name)) }
            return value
        case .parameterOrDefault(let name, let fallback):
            return context.parameters[name] ?? fallback
        case .property(let base, let key, let range):
            return try property(of: try evaluate(base, &frame), key, range)
        case .subscripted(let base, let index, let range):
            return try subscripted(try evaluate(base, &frame), try evaluate(index, &frame), range)
        case .slice(let base, let from, let to):
            return try slice(
                try evaluate(base, &frame), try from.map { e throws(CypherError) in try evaluate(e, &frame) },
                try to.map { e throws(CypherError) in try evaluate(e, &frame) })
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, &frame)) }
            return .list(values)
        case .map(let entries):
            var map = ValueMap()
            for (key, e) in entries { map[key] = try evaluate(e, &frame) }
            return .map(map)
        case .mapProjection(let base, let items, let range):
            return try mapProjection(try evaluate(base, &frame), items, range, &frame)
        case .not(let e, let range):
            switch try evaluate(e, &frame) {
            case .null: return .null
            case .bool(let b): return .bool(!b)
            case let other: throw typeError("NOT", expected: "a boolean", other, range)
            }
        case .and(let a, let b, let range):
            let left = try boolean(try evaluate(a, &frame), "AND", range)
            if left == false { return .bool(false) }
            let right = try boolean(try evaluate(b, &frame), "AND", range)
            if right == false { return .bool(false) }
            if left == nil || right == nil { return .null }
            return .bool(true)
        case .or(let a, let b, let range):
            let left = try boolean(try evaluate(a, &frame), "OR", range)
            if left == true { return .bool(true) }
            let right = try boolean(try evaluate(b, &frame), "OR", range)
            if right == true { return .bool(true) }
            if left == nil || right == nil { return .null }
            return .bool(false)
        case .xor(let a, let b, let range):
            let left = try boolean(try evaluate(a, &frame), "XOR", range)
            let right = try boolean(try evaluate(b, &frame), "XOR", range)
            guard let left, let right else { return .null }
            return .bool(left != right)
        case .binary(let op, let a, let b, let range):
            return try binary(op, try evaluate(a, &frame), try evaluate(b, &frame), range)
        case .negate(let e, let range):
            return try Arithmetic.negate(try evaluate(e, &frame), range)
        case .isNull(let e, let negated):
            let isNull = try evaluate(e, &frame).isNull
            return .bool(negated ? !isNull : isNull)
        case .hasLabels(let e, let labels, let range):
            switch try evaluate(e, &frame) {
            case .null: return .null
            case .node(let id):
                guard graph.contains(id) else {
                    throw .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: range)
                }
                for label in labels {
                    guard let labelID = label.id(in: graph), graph.hasLabel(id, labelID) else { return .bool(false) }
                }
                return .bool(true)
            case let other: throw typeError("label predicate", expected: "a node", other, range)
            }
        case .function(let definition, let arguments, let range):
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try evaluate(argument, &frame)) }
            return try definition.invoke(values, FunctionContext(evaluator: self, range: range))
        case .simpleCase(let subject, let alternatives, let otherwise):
            let value = try evaluate(subject, &frame)
            for (candidate, result) in alternatives where try evaluate(candidate, &frame).cypherEquals(value) == true {
                return try evaluate(result, &frame)
            }
            return try otherwise.map { e throws(CypherError) in try evaluate(e, &frame) } ?? .null
        case .genericCase(let alternatives, let otherwise):
            for (condition, result) in alternatives where try evaluate(condition, &frame) == .bool(true) {
                return try evaluate(result, &frame)
            }
            return try otherwise.map { e throws(CypherError) in try evaluate(e, &frame) } ?? .null
        case .listComprehension(let slot, let source, let predicate, let projection):
            guard case .list(let items) = try iterable(try evaluate(source, &frame), "list comprehension") else { return .null }
            var result: [Value] = []
            for item in items {
                try context.checkInterruption()
                frame[slot] = item
                if let predicate, try evaluate(predicate, &frame) != .bool(true) { continue }
                result.append(try projection.map { e throws(CypherError) in try evaluate(e, &frame) } ?? item)
            }
            return .list(result)
        case .quantifier(let quantifier, let slot, let source, let predicate):
            guard case .list(let items) = try iterable(try evaluate(source, &frame), quantifier.rawValue + "()") else {
                return .null
            }
            return try quantify(quantifier, items, slot, predicate, &frame)
        case .subplan(let result, let nested, _):
            guard let plan = nested.root else { throw .runtime(.procedureFailed("internal error: a nested plan was not planned")) }
            var probe = frame
            switch result {
            case .exists:
                var found = false
                _ = try plan.run(context, &probe) { _ throws(CypherError) in
                    found = true
                    return false
                }
                return .bool(found)
            case .count:
                var count: Int64 = 0
                _ = try plan.run(context, &probe) { _ throws(CypherError) in
                    count += 1
                    return true
                }
                return .int(count)
            case .collect(let slot):
                var values: [Value] = []
                _ = try plan.run(context, &probe) { f throws(CypherError) in
                    values.append(f[slot])
                    return true
                }
                return .list(values)
            case .comprehension(let projection):
                var values: [Value] = []
                _ = try plan.run(context, &probe) { f throws(CypherError) in
                    values.append(try evaluate(projection, &f))
                    return true
                }
                return .list(values)
            }
        case .reduce(let accumulator, let initial, let slot, let source, let body):
            var acc = try evaluate(initial, &frame)
            guard case .list(let items) = try iterable(try evaluate(source, &frame), "reduce()") else { return .null }
            for item in items {
                try context.checkInterruption()
                frame[accumulator] = acc
                frame[slot] = item
                acc = try evaluate(body, &frame)
            }
            return acc
        }
    }

    /// True when the predicate holds (null and false both reject the row).
    @inline(__always) func holds(_ predicate: BoundExpression, _ frame: inout Frame) throws(CypherError) -> Bool {
        if case .bool(true) = try evaluate(predicate, &frame) { return true }
        return false
    }

    // MARK: - Pieces

    func property(of base: Value, _ key: PropertyKeyRef, _ range: SourceRange) throws(CypherError) -> Value {
        switch base {
        case .null: return .null
        case .node(let id):
            guard graph.contains(id) else { throw .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: range) }
            guard let keyID = key.id(in: graph) else { return .null }
            return graph.property(keyID, of: id) ?? .null
        case .relationship(let id):
            guard graph.contains(id) else {
                throw .runtime(.deletedEntityAccess("relationship \(id.rawValue)"), at: range)
            }
            guard let keyID = key.id(in: graph) else { return .null }
            return graph.property(keyID, of: id) ?? .null
        case .map(let map):
            return map[key.name] ?? .null
        case .temporal(let value):
            switch try catchingTemporal(range, { () throws(TemporalError) in try value.field(key.name) }) {
            case .integer(let i)?: return .int(i)
            case .text(let t)?: return .string(t)
            case nil:
                throw .runtime(
                    .invalidArgumentValue("a \(value.typeName) has no field '\(key.name)'"), at: range, category: .argumentError)
            }
        default:
            throw typeError("property access .\(key.name)", expected: "a node, relationship, map or temporal value", base, range)
        }
    }

    private func subscripted(_ base: Value, _ index: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (base, index) {
        case (.null, _): return .null
        case (.list(let items), .int(let i)):
            let n = Int64(items.count)
            let position = i < 0 ? n + i : i
            guard position >= 0, position < n else { return .null }
            return items[Int(position)]
        case (.list, .null): return .null
        case (.list, let other):
            throw .runtime(.listElementAccessByNonInteger("list index expects an integer, got \(other.typeName)"), at: range)
        case (.map(let map), .string(let key)): return map[key] ?? .null
        case (.node, .string(let key)), (.relationship, .string(let key)):
            return try property(of: base, PropertyKeyRef(key), range)
        case (.map, .null), (.node, .null), (.relationship, .null): return .null
        case (.map, let other), (.node, let other), (.relationship, let other):
            throw .runtime(.mapElementAccessByNonString("map key expects a string, got \(other.typeName)"), at: range)
        default:
            throw typeError("subscript [ ]", expected: "a list or a map", base, range)
        }
    }

    private func slice(_ base: Value, _ from: Value?, _ to: Value?) throws(CypherError) -> Value {
        guard case .list(let items) = base else {
            if base.isNull { return .null }
            throw typeError("list slice", expected: "a list", base, nil)
        }
        let n = Int64(items.count)
        func bound(_ v: Value?, _ fallback: Int64) throws(CypherError) -> Int64? {
            guard let v else { return fallback }
            switch v {
            case .null: return nil
            case .int(let i): return max(0, min(n, i < 0 ? n + i : i))
            default: throw typeError("list slice bound", expected: "an integer", v, nil)
            }
        }
        guard let lo = try bound(from, 0), let hi = try bound(to, n) else { return .null }
        guard lo < hi else { return .list([]) }
        return .list(Array(items[Int(lo)..<Int(hi)]))
    }

    private func mapProjection(
        _ base: Value, _ items: [BoundMapProjectionItem], _ range: SourceRange, _ frame: inout Frame
    ) throws(CypherError) -> Value {
        if base.isNull { return .null }
        var result = ValueMap()
        for item in items {
            switch item {
            case .property(let name, let key):
                result[name] = try property(of: base, key, range)
            case .allProperties:
                for (k, v) in try allProperties(of: base, range) { result[k] = v }
            case .entry(let name, let e):
                result[name] = try evaluate(e, &frame)
            }
        }
        return .map(result)
    }

    /// The properties of a node, relationship or map as a map.
    func allProperties(of value: Value, _ range: SourceRange?) throws(CypherError) -> ValueMap {
        switch value {
        case .node(let id):
            guard graph.contains(id) else { throw .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: range) }
            return ValueMap(graph.properties(of: id).entries.map { (graph.name(of: $0.0), $0.1) })
        case .relationship(let id):
            guard graph.contains(id) else {
                throw .runtime(.deletedEntityAccess("relationship \(id.rawValue)"), at: range)
            }
            return ValueMap(graph.properties(of: id).entries.map { (graph.name(of: $0.0), $0.1) })
        case .map(let map):
            return map
        default:
            throw typeError("properties", expected: "a node, relationship or map", value, range)
        }
    }

    private func boolean(_ value: Value, _ op: String, _ range: SourceRange) throws(CypherError) -> Bool? {
        switch value {
        case .bool(let b): return b
        case .null: return nil
        default: throw typeError(op, expected: "booleans", value, range)
        }
    }

    private func iterable(_ value: Value, _ what: String) throws(CypherError) -> Value {
        switch value {
        case .list, .null: return value
        default: throw typeError(what, expected: "a list", value, nil)
        }
    }

    private func quantify(
        _ quantifier: Quantifier, _ items: [Value], _ slot: Int, _ predicate: BoundExpression?, _ frame: inout Frame
    ) throws(CypherError) -> Value {
        var trues = 0, nulls = 0, falses = 0
        for item in items {
            frame[slot] = item
            let outcome = try predicate.map { p throws(CypherError) in try evaluate(p, &frame) } ?? item
            switch outcome {
            case .bool(true): trues += 1
            case .bool(false): falses += 1
            case .null: nulls += 1
            default: throw typeError("\(quantifier.rawValue)() predicate", expected: "a boolean", outcome, nil)
            }
            switch quantifier {
            case .all where falses > 0: return .bool(false)
            case .any where trues > 0: return .bool(true)
            case .none where trues > 0: return .bool(false)
            case .single where trues > 1: return .bool(false)
            default: break
            }
        }
        switch quantifier {
        case .all: return nulls > 0 ? .null : .bool(true)
        case .any: return nulls > 0 ? .null : .bool(false)
        case .none: return nulls > 0 ? .null : .bool(true)
        case .single: return nulls > 0 ? .null : .bool(trues == 1)
        }
    }

    func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch op {
        case .equal:
            return a.cypherEquals(b).map(Value.bool) ?? .null
        case .notEqual:
            return a.cypherEquals(b).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            switch a.cypherCompare(b) {
            case .incomparable: return .null
            case .unordered: return .bool(false)
            case .less: return .bool(op == .less || op == .lessOrEqual)
            case .equal: return .bool(op == .lessOrEqual || op == .greaterOrEqual)
            case .greater: return .bool(op == .greater || op == .greaterOrEqual)
            }
        case .add:
            // Concatenating doubles a value at most; refuse one that could not fit in the memory limit.
            switch (a, b) {
            case (.string(let x), .string(let y)):
                try context.requireRoom(for: x.utf8.count + y.utf8.count, bytesEach: 1, building: "a string", at: range)
            case (.list(let x), .list(let y)):
                try context.requireRoom(for: x.count + y.count, bytesEach: MemoryLayout<Value>.stride, building: "a list", at: range)
            default: break
            }
            return try Arithmetic.add(a, b, range)
        case .subtract: return try Arithmetic.subtract(a, b, range)
        case .multiply: return try Arithmetic.multiply(a, b, range)
        case .divide: return try Arithmetic.divide(a, b, range)
        case .modulo: return try Arithmetic.modulo(a, b, range)
        case .power: return try Arithmetic.power(a, b, range)
        case .in:
            switch b {
            case .null: return .null
            case .list(let items):
                if a.isNull { return items.isEmpty ? .bool(false) : .null }
                var sawNull = false
                for item in items {
                    switch a.cypherEquals(item) {
                    case .some(true): return .bool(true)
                    case nil: sawNull = true
                    case .some(false): break
                    }
                }
                return sawNull ? .null : .bool(false)
            default: throw typeError("IN", expected: "a list on the right", b, range)
            }
        case .startsWith, .endsWith, .contains:
            guard case .string(let s) = a, case .string(let t) = b else { return .null }
            switch op {
            case .startsWith: return .bool(s.unicodeScalars.starts(with: t.unicodeScalars))
            case .endsWith: return .bool(s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed()))
            default: return .bool(s.containsCodePoints(of: t))
            }
        case .regexMatch:
            guard case .string(let s) = a, case .string(let pattern) = b else { return .null }
            return .bool(try regexMatches(s, pattern, range))
        case .and, .or, .xor:
            return .null  // bound to dedicated cases
        }
    }

    private func regexMatches(_ s: String, _ pattern: String, _ range: SourceRange) throws(CypherError) -> Bool {
        let regex: Regex<AnyRegexOutput>
        if let cached = context.regexCache[pattern] {
            regex = cached
        } else {
            do {
                // As java.util.regex matches (Neo4j's =~): '.' and classes take one code point, not a
                // character, and \d, \w, \s and the POSIX classes are ASCII only.
                regex = try Regex(pattern).matchingSemantics(.unicodeScalar).asciiOnlyCharacterClasses()
            } catch {
                throw .runtime(.invalidArgumentValue("invalid regular expression '\(pattern)'"), at: range)
            }
            context.regexCache[pattern] = regex
        }
        return (try? regex.wholeMatch(in: s)) != nil
    }

    func typeError(_ what: String, expected: String, _ value: Value, _ range: SourceRange?) -> CypherError {
        Self.typeError(what, expected: expected, value, range)
    }

    /// The run-time TypeError of an operand of the wrong type.
    static func typeError(_ what: String, expected: String, _ value: Value, _ range: SourceRange?) -> CypherError {
        .runtime(.invalidArgumentType("\(what) expects \(expected), got \(value.typeName)"), at: range, category: .typeError)
    }
}
