// Variables in scope while a query is bound: each has a frame slot and a kind (node, relationship, path,
// list of relationships, or plain value with a static type). Clauses extend the scope; WITH and RETURN
// replace it with their projections.

/// What a variable holds, as far as the binder knows.
enum VariableKind: Equatable {
    case node
    case relationship
    case path
    case relationshipList
    case value(StaticType)

    var displayName: String {
        switch self {
        case .node: return "node"
        case .relationship: return "relationship"
        case .path: return "path"
        case .relationshipList: return "list of relationships"
        case .value(let type): return type.displayName
        }
    }

    var staticType: StaticType {
        switch self {
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .relationshipList: return .list(.relationship)
        case .value(let type): return type
        }
    }
}

/// A variable in scope.
struct Variable {
    let name: String
    let slot: Int
    var kind: VariableKind
    /// Hidden variables (anonymous pattern elements) are not part of `RETURN *`.
    var isHidden: Bool = false
}

/// The variables visible at a point of the query, in the order they were introduced.
struct Scope {
    private(set) var variables: [Variable] = []
    private var indexByName: [String: Int] = [:]

    subscript(name: String) -> Variable? {
        guard let i = indexByName[name] else { return nil }
        return variables[i]
    }

    mutating func add(_ variable: Variable) {
        if let i = indexByName[variable.name] {
            variables[i] = variable
        } else {
            indexByName[variable.name] = variables.count
            variables.append(variable)
        }
    }

    /// User-visible variables, sorted by name (the column order of `RETURN *`).
    var visibleSortedByName: [Variable] { variables.filter { !$0.isHidden }.sorted { $0.name < $1.name } }

    var names: [String] { variables.filter { !$0.isHidden }.map(\.name) }
}

/// The type of an expression as far as it is known before running the query.
indirect enum StaticType: Equatable {
    case any
    case null
    case boolean
    case integer
    case float
    case number
    case string
    case list(StaticType)
    case map
    case node
    case relationship
    case path
    /// A date, time, datetime or duration.
    case temporal

    var displayName: String {
        switch self {
        case .any: return "any value"
        case .null: return "null"
        case .boolean: return "boolean"
        case .integer: return "integer"
        case .float: return "float"
        case .number: return "number"
        case .string: return "string"
        case .list: return "list"
        case .map: return "map"
        case .node: return "node"
        case .relationship: return "relationship"
        case .path: return "path"
        case .temporal: return "temporal value"
        }
    }

    static func of(_ value: Value) -> StaticType {
        switch value {
        case .null: return .null
        case .bool: return .boolean
        case .int: return .integer
        case .float: return .float
        case .string: return .string
        case .list: return .list(.any)
        case .map: return .map
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .temporal: return .temporal
        }
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    /// True when a value of this type can never be a boolean (so AND/OR/NOT on it is a type error).
    var cannotBeBoolean: Bool {
        switch self {
        case .any, .null, .boolean: return false
        default: return true
        }
    }

    /// True when a value of this type can never have properties (so `x.key` on it is a type error).
    var cannotHaveProperties: Bool {
        switch self {
        case .boolean, .integer, .float, .number, .string, .list, .path: return true
        default: return false
        }
    }
}
