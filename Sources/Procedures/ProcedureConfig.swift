// Reading a procedure's configuration map: unknown keys and wrong values are refused with a message that
// names the option and lists what is accepted.

import Cypher
import GraphAlgorithms
import Temporal

/// The configuration map of one procedure call.
struct ProcedureConfig {
    let values: ValueMap
    let procedure: String

    init(_ value: Value, procedure: String, allowed: [String]) throws {
        self.procedure = procedure
        switch value {
        case .null: values = ValueMap()
        case .map(let map): values = map
        default: throw ProcedureFailure("\(procedure) expects a configuration map, got \(value.typeName)")
        }
        for key in values.keys where !allowed.contains(key) {
            throw ProcedureFailure("\(procedure): unknown option '\(key)'; options are \(allowed.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    /// A string option that must be one of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, default fallback: T) throws -> T where T.RawValue == String {
        guard let value = values[key], !value.isNull else { return fallback }
        let accepted = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        guard case .string(let s) = value else {
            throw ProcedureFailure("\(procedure): option '\(key)' must be a string, one of \(accepted); got \(value.typeName)")
        }
        guard let choice = T(rawValue: s) else {
            throw ProcedureFailure("\(procedure): option '\(key)' cannot be '\(s)'; use one of \(accepted)")
        }
        return choice
    }

    /// The `asOf` option: a date (or a datetime, by its date, or ISO text of a date), nil when absent.
    func asOf(_ key: String = "asOf") throws -> ValidityDay? {
        try validityDay(values[key], option: key, procedure: procedure)
    }
}

/// An `asOf` option's value as the day a network is looked at.
func validityDay(_ value: Value?, option: String, procedure: String) throws -> ValidityDay? {
    switch value {
    case nil, .null?: return nil
    case .temporal(let t)?:
        guard let day = t.datePart else {
            throw ProcedureFailure("\(procedure): option '\(option)' must be a date, got a \(t.typeName)")
        }
        return ValidityDay(day)
    case .string(let text)?:
        guard let day = try? TemporalParser.date(text) else {
            throw ProcedureFailure("\(procedure): option '\(option)' must be a date such as date('2018-12-31'), got '\(text)'")
        }
        return ValidityDay(day)
    case let other?:
        throw ProcedureFailure("\(procedure): option '\(option)' must be a date such as date('2018-12-31'), got \(other.typeName)")
    }
}
