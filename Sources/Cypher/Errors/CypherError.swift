// The one error type of the Cypher engine: a closed set of error kinds, each with the category and
// detail code the openCypher TCK uses (SyntaxError/UndefinedVariable, TypeError/InvalidArgumentType, …),
// the phase that raised it, and the source range it points at. Rendering with a caret is in
// CypherError+Rendering.swift.

/// An error raised while compiling or running a Cypher statement.
public struct CypherError: Error, Sendable, CustomStringConvertible {
    /// The error's category, as Neo4j and the TCK name it.
    public enum Category: String, Sendable {
        case syntaxError = "SyntaxError"
        case semanticError = "SemanticError"
        case typeError = "TypeError"
        case argumentError = "ArgumentError"
        case entityNotFound = "EntityNotFound"
        case parameterMissing = "ParameterMissing"
        case constraintVerificationFailed = "ConstraintVerificationFailed"
        case procedureError = "ProcedureError"
        case arithmeticError = "ArithmeticError"
        /// The statement committed, but the database file could not be written.
        case databaseError = "DatabaseError"
        /// A file named by the statement (LOAD CSV) could not be read or parsed.
        case externalResourceError = "ExternalResourceError"
        /// The statement was stopped from outside (Ctrl-C in the shell).
        case terminated = "Terminated"
        /// The statement needed more time or memory than it may have, or built a value too large.
        case resourceLimit = "ResourceLimit"
    }

    /// When the error was raised: while compiling (parse, semantic checks, planning) or while running.
    public enum Phase: String, Sendable {
        case compileTime = "compile time"
        case runtime = "runtime"
    }

    public let kind: ErrorKind
    public let category: Category
    public let phase: Phase
    /// Where in the statement text the error points, when known.
    public var range: SourceRange?
    /// The statement text, attached by the driver so the error can show the line and a caret.
    public var source: String?
    /// The name of the file the statement came from, when it came from a file.
    public var fileName: String?
    /// Where the statement starts within its file (line and column of its first character).
    public var statementOrigin: SourceLocation?

    public init(_ kind: ErrorKind, category: Category? = nil, phase: Phase, at range: SourceRange? = nil) {
        self.kind = kind
        self.category = category ?? kind.defaultCategory
        self.phase = phase
        self.range = range
    }

    /// A compile-time error.
    public static func compile(_ kind: ErrorKind, at range: SourceRange?, category: Category? = nil) -> CypherError {
        CypherError(kind, category: category, phase: .compileTime, at: range)
    }

    /// A run-time error.
    public static func runtime(_ kind: ErrorKind, at range: SourceRange? = nil, category: Category? = nil) -> CypherError {
        CypherError(kind, category: category, phase: .runtime, at: range)
    }

    /// The TCK detail code, e.g. `UndefinedVariable`.
    public var code: String { kind.code }
    /// A short lower-case message naming the subject.
    public var message: String { kind.message }

    public var description: String { "\(category.rawValue) (\(code)): \(message)" }
}

/// What went wrong. Each case names its subject; `code` is the TCK detail code.
public enum ErrorKind: Sendable, Equatable {
    // Lexical and syntactic
    case unexpectedToken(found: String, expected: String)
    case unknownClause(String, suggestion: String)
    case unterminated(String)
    case invalidNumberLiteral(String)
    case integerOverflow(String)
    case floatingPointOverflow(String)
    case invalidUnicodeLiteral(String)
    case invalidUnicodeCharacter(String)
    case emptyStatement
    // Semantic
    case undefinedVariable(String, suggestion: String?)
    case variableTypeConflict(String, declared: String, used: String)
    case variableAlreadyBound(String)
    case invalidAggregation(String)
    case nestedAggregation(String)
    case ambiguousAggregationExpression(String)
    case invalidArgumentType(String)
    case noSingleRelationshipType
    case requiresDirectedRelationship(String)
    case creatingVarLength
    case invalidRelationshipPattern(String)
    case invalidParameterUse(String)
    case nonConstantExpression(String)
    case negativeIntegerArgument(String)
    case invalidNumberOfArguments(function: String, expected: String, got: Int)
    case unknownFunction(String, suggestion: String?)
    case invalidDelete(String)
    case invalidClauseComposition(String)
    case differentColumnsInUnion
    case columnNameConflict(String)
    case noExpressionAlias(String)
    case noVariablesInScope
    case relationshipUniquenessViolation(String)
    case unsupported(String)
    // Procedures and parameters
    case procedureNotFound(String, suggestion: String?)
    case procedureArguments(procedure: String, expected: Int, got: Int)
    case procedureFailed(String)
    /// An in-query CALL without parentheses of a procedure that takes arguments.
    case invalidArgumentPassingMode(String)
    case missingParameter(String)
    // Run time
    case invalidArgumentValue(String)
    case numberOutOfRange(String)
    case divisionByZero
    case deletedEntityAccess(String)
    case deleteConnectedNode(String)
    case invalidPropertyType(String)
    case propertyAccessOnNonMap(String)
    /// `map[key]` with a key that is not a string.
    case mapElementAccessByNonString(String)
    /// `list[index]` with an index that is not an integer.
    case listElementAccessByNonInteger(String)
    case mergeReadOwnWrites(String)
    case uniqueConstraintViolation(String)
    case entityNotFound(String)
    case schema(String)
    case resourceLimit(String)
    /// The statement ran longer than the time limit.
    case timeLimit(String)
    /// The process held more memory than the memory limit while the statement ran.
    case memoryLimit(String)
    /// A file LOAD CSV reads: missing, unreadable, or malformed at a line and column.
    case externalResource(String)
    /// The database file could not be written after a statement committed.
    case storageFailure(String)
    case interrupted

    var defaultCategory: CypherError.Category {
        switch self {
        case .procedureNotFound, .procedureArguments, .procedureFailed: return .procedureError
        case .missingParameter: return .parameterMissing
        case .invalidArgumentValue, .numberOutOfRange: return .argumentError
        case .divisionByZero: return .arithmeticError
        case .interrupted: return .terminated
        case .externalResource: return .externalResourceError
        case .storageFailure: return .databaseError
        case .deletedEntityAccess, .entityNotFound: return .entityNotFound
        case .deleteConnectedNode, .uniqueConstraintViolation: return .constraintVerificationFailed
        case .invalidPropertyType, .propertyAccessOnNonMap, .mapElementAccessByNonString, .listElementAccessByNonInteger: return .typeError
        case .mergeReadOwnWrites, .schema: return .semanticError
        case .resourceLimit, .timeLimit, .memoryLimit: return .resourceLimit
        default: return .syntaxError
        }
    }

    /// The TCK detail code.
    public var code: String {
        switch self {
        case .unexpectedToken, .unknownClause, .unterminated, .emptyStatement, .unsupported: return "UnexpectedSyntax"
        case .invalidNumberLiteral: return "InvalidNumberLiteral"
        case .integerOverflow: return "IntegerOverflow"
        case .floatingPointOverflow: return "FloatingPointOverflow"
        case .invalidUnicodeLiteral: return "InvalidUnicodeLiteral"
        case .invalidUnicodeCharacter: return "InvalidUnicodeCharacter"
        case .undefinedVariable: return "UndefinedVariable"
        case .variableTypeConflict: return "VariableTypeConflict"
        case .variableAlreadyBound: return "VariableAlreadyBound"
        case .invalidAggregation: return "InvalidAggregation"
        case .nestedAggregation: return "NestedAggregation"
        case .ambiguousAggregationExpression: return "AmbiguousAggregationExpression"
        case .invalidArgumentType, .propertyAccessOnNonMap: return "InvalidArgumentType"
        case .noSingleRelationshipType: return "NoSingleRelationshipType"
        case .requiresDirectedRelationship: return "RequiresDirectedRelationship"
        case .creatingVarLength: return "CreatingVarLength"
        case .invalidRelationshipPattern: return "InvalidRelationshipPattern"
        case .invalidParameterUse: return "InvalidParameterUse"
        case .nonConstantExpression: return "NonConstantExpression"
        case .negativeIntegerArgument: return "NegativeIntegerArgument"
        case .invalidNumberOfArguments, .procedureArguments: return "InvalidNumberOfArguments"
        case .unknownFunction: return "UnknownFunction"
        case .invalidDelete: return "InvalidDelete"
        case .invalidClauseComposition: return "InvalidClauseComposition"
        case .differentColumnsInUnion: return "DifferentColumnsInUnion"
        case .columnNameConflict: return "ColumnNameConflict"
        case .noExpressionAlias: return "NoExpressionAlias"
        case .noVariablesInScope: return "NoVariablesInScope"
        case .relationshipUniquenessViolation: return "RelationshipUniquenessViolation"
        case .procedureNotFound: return "ProcedureNotFound"
        case .procedureFailed: return "ProcedureFailed"
        case .invalidArgumentPassingMode: return "InvalidArgumentPassingMode"
        case .missingParameter: return "MissingParameter"
        case .invalidArgumentValue: return "InvalidArgumentValue"
        case .numberOutOfRange: return "NumberOutOfRange"
        case .divisionByZero: return "DivisionByZero"
        case .interrupted: return "Interrupted"
        case .deletedEntityAccess: return "DeletedEntityAccess"
        case .deleteConnectedNode: return "DeleteConnectedNode"
        case .invalidPropertyType: return "InvalidPropertyType"
        case .mapElementAccessByNonString: return "MapElementAccessByNonString"
        case .listElementAccessByNonInteger: return "ListElementAccessByNonInteger"
        case .mergeReadOwnWrites: return "MergeReadOwnWrites"
        case .uniqueConstraintViolation: return "UniquenessConstraintViolation"
        case .entityNotFound: return "EntityNotFound"
        case .schema: return "SchemaError"
        case .resourceLimit: return "ResourceLimit"
        case .timeLimit: return "TimeLimit"
        case .memoryLimit: return "MemoryLimit"
        case .externalResource: return "ExternalResourceFailed"
        case .storageFailure: return "StorageFailure"
        }
    }

    /// A short lower-case message naming the subject.
    public var message: String {
        switch self {
        case .unexpectedToken(let found, let expected): return "unexpected \(found), expected \(expected)"
        case .unknownClause(let word, _): return "'\(word)' does not start a clause"
        case .unterminated(let what): return "unterminated \(what)"
        case .invalidNumberLiteral(let text): return "invalid number literal '\(text)'"
        case .integerOverflow(let text): return "integer literal '\(text)' does not fit in 64 bits"
        case .floatingPointOverflow(let text): return "float literal '\(text)' is too large"
        case .invalidUnicodeLiteral(let text): return "invalid unicode escape '\(text)'"
        case .invalidUnicodeCharacter(let text): return "invalid character '\(text)'"
        case .emptyStatement: return "empty statement"
        case .undefinedVariable(let name, _): return "variable `\(name)` not defined"
        case .variableTypeConflict(let name, let declared, let used):
            return "variable `\(name)` is a \(declared) and cannot be used as a \(used)"
        case .variableAlreadyBound(let name): return "variable `\(name)` is already bound"
        case .invalidAggregation(let what): return "invalid use of aggregation: \(what)"
        case .nestedAggregation(let what): return "aggregation inside an aggregation: \(what)"
        case .ambiguousAggregationExpression(let what):
            return "expression mixes aggregation with variables that are not grouping keys: \(what)"
        case .invalidArgumentType(let what): return what
        case .noSingleRelationshipType: return "a relationship to create needs exactly one type"
        case .requiresDirectedRelationship(let what): return "\(what) needs a directed relationship"
        case .creatingVarLength: return "a variable-length relationship cannot be created"
        case .invalidRelationshipPattern(let what): return "invalid relationship pattern: \(what)"
        case .invalidParameterUse(let what): return "parameter cannot be used here: \(what)"
        case .nonConstantExpression(let what): return "\(what) needs an expression that does not depend on rows"
        case .negativeIntegerArgument(let what): return "\(what) must not be negative"
        case .invalidNumberOfArguments(let function, let expected, let got):
            return "function \(function) takes \(expected) argument\(expected == "1" ? "" : "s"), got \(got)"
        case .unknownFunction(let name, _): return "unknown function '\(name)'"
        case .invalidDelete(let what): return "cannot delete \(what)"
        case .invalidClauseComposition(let what): return what
        case .differentColumnsInUnion: return "all parts of a UNION must return the same column names"
        case .columnNameConflict(let name): return "column `\(name)` is returned twice"
        case .noExpressionAlias(let text): return "expression `\(text)` in WITH needs an alias (… AS name)"
        case .noVariablesInScope: return "RETURN * / WITH * with no variables in scope"
        case .relationshipUniquenessViolation(let name): return "relationship `\(name)` is used twice in one pattern"
        case .unsupported(let what): return "\(what) is not supported"
        case .procedureNotFound(let name, _): return "there is no procedure '\(name)'"
        case .procedureArguments(let procedure, let expected, let got):
            return "procedure \(procedure) takes \(expected) argument\(expected == 1 ? "" : "s"), got \(got)"
        case .procedureFailed(let what): return what
        case .invalidArgumentPassingMode(let procedure):
            return "\(procedure) takes arguments: an in-query CALL must pass them in parentheses (only a standalone CALL takes them from parameters)"
        case .missingParameter(let name): return "parameter $\(name) has no value"
        case .invalidArgumentValue(let what): return what
        case .numberOutOfRange(let what): return what
        case .divisionByZero: return "division by zero"
        case .interrupted: return "the statement was interrupted; nothing it did remains"
        case .deletedEntityAccess(let what): return "\(what) was deleted"
        case .deleteConnectedNode(let what): return "cannot delete \(what) because it still has relationships; use DETACH DELETE"
        case .invalidPropertyType(let what): return what
        case .propertyAccessOnNonMap(let what): return what
        case .mapElementAccessByNonString(let what), .listElementAccessByNonInteger(let what): return what
        case .mergeReadOwnWrites(let what): return what
        case .uniqueConstraintViolation(let what): return what
        case .entityNotFound(let what): return what
        case .schema(let what): return what
        case .resourceLimit(let what), .timeLimit(let what), .memoryLimit(let what): return what
        case .externalResource(let what): return what
        case .storageFailure(let what): return what
        }
    }

    /// A "did you mean" hint, when the error has one.
    public var hint: String? {
        switch self {
        case .undefinedVariable(_, let s?), .unknownFunction(_, let s?), .procedureNotFound(_, let s?):
            return "did you mean `\(s)`?"
        case .unknownClause(_, let s): return "did you mean \(s)?"
        case .deleteConnectedNode: return "DETACH DELETE removes a node together with its relationships"
        case .timeLimit: return "raise the limit with --timeout SECONDS (or :timeout in the shell), or narrow the query"
        case .memoryLimit: return "raise the limit with --memory-limit SIZE (or :memory in the shell), or make the query return less"
        default: return nil
        }
    }
}
