// Reading a procedure's configuration map: unknown keys and wrong values are refused with a message that
// names the option and lists what is accepted.

import Cypher

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
}
