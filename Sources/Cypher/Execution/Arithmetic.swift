// Cypher arithmetic: integer operations checked for overflow, integer/float promotion, string and list
// concatenation with `+`, integer division and modulo by zero as errors, `^` always giving a float;
// temporal values plus or minus a duration, durations added, multiplied and divided.

import Foundation
import Temporal

enum Arithmetic {
    static func add(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.addingReportingOverflow(y)
            if overflow { throw overflowError("+", range) }
            return .int(r)
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .int), (.string(let x), .float): return .string(x + b.displayText)
        case (.int, .string(let y)), (.float, .string(let y)): return .string(a.displayText + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.temporal(let x), .temporal(.duration(let d))): return try temporal(range) { () throws(TemporalError) in try x.adding(d) }
        case (.temporal(.duration(let d)), .temporal(let y)): return try temporal(range) { () throws(TemporalError) in try y.adding(d) }
        default: throw mismatch("+", a, b, range)
        }
    }

    static func subtract(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.subtractingReportingOverflow(y)
            if overflow { throw overflowError("-", range) }
            return .int(r)
        case (.int(let x), .float(let y)): return .float(Double(x) - y)
        case (.float(let x), .int(let y)): return .float(x - Double(y))
        case (.float(let x), .float(let y)): return .float(x - y)
        case (.temporal(let x), .temporal(.duration(let d))): return try temporal(range) { () throws(TemporalError) in try x.subtracting(d) }
        default: throw mismatch("-", a, b, range)
        }
    }

    static func multiply(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            if overflow { throw overflowError("*", range) }
            return .int(r)
        case (.int(let x), .float(let y)): return .float(Double(x) * y)
        case (.float(let x), .int(let y)): return .float(x * Double(y))
        case (.float(let x), .float(let y)): return .float(x * y)
        case (.temporal(.duration(let d)), .int(let f)), (.int(let f), .temporal(.duration(let d))):
            return try temporal(range) { () throws(TemporalError) in .duration(try d.multiplied(by: f)) }
        case (.temporal(.duration(let d)), .float(let f)), (.float(let f), .temporal(.duration(let d))):
            return try temporal(range) { () throws(TemporalError) in .duration(try d.multiplied(by: f)) }
        default: throw mismatch("*", a, b, range)
        }
    }

    static func divide(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            if y == 0 { throw CypherError.runtime(.divisionByZero, at: range) }
            let (r, overflow) = x.dividedReportingOverflow(by: y)
            if overflow { throw overflowError("/", range) }
            return .int(r)
        case (.int(let x), .float(let y)): return .float(Double(x) / y)
        case (.float(let x), .int(let y)): return .float(x / Double(y))
        case (.float(let x), .float(let y)): return .float(x / y)
        case (.temporal(.duration(let d)), .int(let y)):
            if y == 0 { throw CypherError.runtime(.divisionByZero, at: range) }
            return try temporal(range) { () throws(TemporalError) in .duration(try d.divided(by: Double(y))) }
        case (.temporal(.duration(let d)), .float(let y)):
            if y == 0 { throw CypherError.runtime(.divisionByZero, at: range) }
            return try temporal(range) { () throws(TemporalError) in .duration(try d.divided(by: y)) }
        default: throw mismatch("/", a, b, range)
        }
    }

    static func modulo(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            if y == 0 { throw CypherError.runtime(.divisionByZero, at: range) }
            // Int64.min % -1 is 0 (as in Java); only its quotient overflows, which Swift flags here too.
            if y == -1 { return .int(0) }
            return .int(x % y)
        case (.int(let x), .float(let y)): return .float(fmod(Double(x), y))
        case (.float(let x), .int(let y)): return .float(fmod(x, Double(y)))
        case (.float(let x), .float(let y)): return .float(fmod(x, y))
        default: throw mismatch("%", a, b, range)
        }
    }

    static func power(_ a: Value, _ b: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        default:
            guard let x = a.numericValue, let y = b.numericValue else { throw mismatch("^", a, b, range) }
            return .float(pow(x, y))
        }
    }

    static func negate(_ a: Value, _ range: SourceRange) throws(CypherError) -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            if x == .min { throw overflowError("unary -", range) }
            return .int(-x)
        case .float(let x): return .float(-x)
        case .temporal(.duration(let d)): return try temporal(range) { () throws(TemporalError) in .duration(try d.negated()) }
        default:
            throw CypherError.runtime(
                .invalidArgumentType("unary - expects a number, got \(a.typeName)"), at: range, category: .typeError)
        }
    }

    /// Temporal arithmetic, its failures as Cypher errors at the operator.
    private static func temporal(_ range: SourceRange, _ body: () throws(TemporalError) -> TemporalValue) throws(CypherError) -> Value {
        .temporal(try catchingTemporal(range, body))
    }

    private static func overflowError(_ op: String, _ range: SourceRange) -> CypherError {
        .runtime(.numberOutOfRange("integer overflow in \(op)"), at: range, category: .arithmeticError)
    }

    private static func mismatch(_ op: String, _ a: Value, _ b: Value, _ range: SourceRange) -> CypherError {
        .runtime(
            .invalidArgumentType("cannot apply \(op) to \(a.typeName) and \(b.typeName)"), at: range, category: .typeError)
    }
}
