// The procedure registry: every procedure callable with CALL declares its signature (input names and
// types, output columns) and a one-line description, and provides a body. `dbms.procedures()` / SHOW
// PROCEDURES list this table; the binder checks calls against it; domain and algorithm modules register
// their procedures here.

/// A Cypher type as procedure signatures write it: `INTEGER?`, `LIST<STRING>`, `NODE`, `ANY?`.
public indirect enum CypherType: Sendable, Equatable, CustomStringConvertible {
    case any, boolean, integer, float, number, string, map, node, relationship, path
    case list(CypherType)

    public var description: String {
        switch self {
        case .any: return "ANY"
        case .boolean: return "BOOLEAN"
        case .integer: return "INTEGER"
        case .float: return "FLOAT"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        case .list(let element): return "LIST<\(element)>"
        }
    }

    /// Parses `INTEGER`, `LIST OF STRING`, `LIST<FLOAT>` (a trailing `?` is stripped by the caller).
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace.uppercased()
        if t.hasPrefix("LIST<"), t.hasSuffix(">") {
            guard let inner = CypherType(parsing: String(t.dropFirst(5).dropLast())) else { return nil }
            self = .list(inner)
            return
        }
        if t.hasPrefix("LIST OF ") {
            guard let inner = CypherType(parsing: String(t.dropFirst(8))) else { return nil }
            self = .list(inner)
            return
        }
        switch t.hasSuffix("?") ? String(t.dropLast()) : t {
        case "ANY": self = .any
        case "BOOLEAN": self = .boolean
        case "INTEGER", "INT": self = .integer
        case "FLOAT": self = .float
        case "NUMBER": self = .number
        case "STRING": self = .string
        case "MAP": self = .map
        case "NODE": self = .node
        case "RELATIONSHIP": self = .relationship
        case "PATH": self = .path
        case "LIST": self = .list(.any)
        default: return nil
        }
    }

    /// True when `value` is of this type (null is accepted everywhere; INTEGER widens to FLOAT and NUMBER).
    public func accepts(_ value: Value) -> Bool {
        switch (self, value) {
        case (_, .null), (.any, _): return true
        case (.boolean, .bool), (.integer, .int), (.float, .float), (.float, .int), (.number, .int), (.number, .float),
            (.string, .string), (.map, .map), (.node, .node), (.relationship, .relationship), (.path, .path):
            return true
        case (.list(let element), .list(let items)): return items.allSatisfy(element.accepts)
        default: return false
        }
    }

    /// Converts an accepted value to this type (an integer passed for a FLOAT becomes a float).
    public func coerce(_ value: Value) -> Value {
        if case .float = self, case .int(let i) = value { return .float(Double(i)) }
        return value
    }
}

/// A named, typed parameter or output column of a procedure.
public struct ProcedureField: Sendable, Equatable {
    public let name: String
    public let type: CypherType
    /// A default makes the input optional.
    public let defaultValue: Value?

    public init(_ name: String, _ type: CypherType, default defaultValue: Value? = nil) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// The declared shape of a procedure.
public struct ProcedureSignature: Sendable {
    public let name: String
    public let inputs: [ProcedureField]
    public let outputs: [ProcedureField]
    public let description: String
    /// True for procedures that may write to the graph.
    public let writes: Bool

    public init(name: String, inputs: [ProcedureField], outputs: [ProcedureField], description: String, writes: Bool = false) {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.description = description
        self.writes = writes
    }

    /// `name(in :: TYPE, …) :: (out :: TYPE, …)`.
    public var text: String {
        let ins = inputs.map { "\($0.name) :: \($0.type)" + ($0.defaultValue.map { " = \($0.literal)" } ?? "") }
        let outs = outputs.map { "\($0.name) :: \($0.type)" }
        return "\(name)(\(ins.joined(separator: ", "))) :: (\(outs.joined(separator: ", ")))"
    }
}

/// What a procedure body receives.
public struct ProcedureInvocation {
    /// The graph, readable and (for writing procedures) writable inside the statement's transaction.
    public let graph: PropertyGraph
    /// Argument values in declaration order, coerced to the declared types.
    public let arguments: [Value]
    /// The registry, so procedures can describe their peers (`dbms.procedures()`).
    public let registry: ProcedureRegistry
    /// True once the statement was asked to stop (Ctrl-C, its time or memory limit): long procedures
    /// poll it now and then and give up; the statement then fails with the reason.
    public var shouldStop: @Sendable () -> Bool = { false }
    /// The calling statement's settings, which queries the procedure runs (`runQuery`) keep.
    var limits = ResourceLimits()
    var disabledRules: Set<OptimizerRule> = []
    var importDirectory: String?
    var acceptsInvalidUTF8 = false

    public init(graph: PropertyGraph, arguments: [Value], registry: ProcedureRegistry) {
        self.graph = graph
        self.arguments = arguments
        self.registry = registry
    }

    /// The argument named `name`.
    public func argument(_ name: String, in signature: ProcedureSignature) -> Value {
        guard let i = signature.inputs.firstIndex(where: { $0.name == name }), i < arguments.count else { return .null }
        return arguments[i]
    }
}

/// An error a procedure body raises; it reaches the user as a ProcedureError with this message.
public struct ProcedureFailure: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// A procedure: signature plus body producing output rows (one value per output column).
public struct Procedure: Sendable {
    public let signature: ProcedureSignature
    public let body: @Sendable (ProcedureInvocation) throws -> [[Value]]

    public init(_ signature: ProcedureSignature, body: @escaping @Sendable (ProcedureInvocation) throws -> [[Value]]) {
        self.signature = signature
        self.body = body
    }
}

/// The table of procedures known to a database.
public final class ProcedureRegistry: @unchecked Sendable {
    private var procedures: [String: Procedure] = [:]

    public init() {}

    /// Adds (or replaces) a procedure.
    public func register(_ procedure: Procedure) { procedures[procedure.signature.name.lowercased()] = procedure }

    /// The procedure called `name` (case-insensitive), or nil.
    public func lookup(_ name: String) -> Procedure? { procedures[name.lowercased()] }

    /// Every procedure, sorted by name.
    public var all: [Procedure] { procedures.values.sorted { $0.signature.name < $1.signature.name } }

    /// The registered name closest to `name`, for "did you mean".
    func suggestion(for name: String) -> String? { closestName(to: name, among: all.map(\.signature.name)) }
}
