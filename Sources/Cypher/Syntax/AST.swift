// The abstract syntax tree of openCypher statements, as the parser produces it: statements made of
// clauses, clauses made of patterns and expressions. Every node keeps its source range; expressions keep
// their source text too, because an unaliased RETURN item is named after the text the user wrote.

/// An expression with its source range.
public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange
    /// The length of the longest chain of nested sub-expressions, this one included: what the binder and
    /// the evaluator recurse through, which the parser bounds.
    public let depth: Int

    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        switch kind {
        // The common forms without building the list of children (the parser makes many expressions).
        case .literal, .parameter, .variable, .countStar: depth = 1
        case .property(let e, _), .unary(_, let e), .isNull(let e, _), .hasLabels(let e, _): depth = e.depth + 1
        case .binary(_, let a, let b), .subscripted(let a, let b): depth = max(a.depth, b.depth) + 1
        default:
            var deepest = 0
            for child in Expression.children(of: kind) where child.depth > deepest { deepest = child.depth }
            depth = deepest + 1
        }
    }
}

/// The forms of expressions.
public indirect enum ExpressionKind: Sendable {
    case literal(Value)
    case parameter(String)
    case variable(String)
    case property(Expression, String)
    case subscripted(Expression, Expression)
    case slice(Expression, from: Expression?, to: Expression?)
    case list([Expression])
    case map([(String, Expression)])
    case mapProjection(Expression, [MapProjectionItem])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `a < b <= c`: each adjacent pair compared, the results joined by AND.
    case comparison(Expression, [(BinaryOperator, Expression)])
    case isNull(Expression, negated: Bool)
    case hasLabels(Expression, [String])
    case function(name: String, distinct: Bool, arguments: [Expression])
    case countStar
    case caseExpression(subject: Expression?, alternatives: [(Expression, Expression)], otherwise: Expression?)
    case listComprehension(variable: String, source: Expression, predicate: Expression?, projection: Expression?)
    case quantifier(Quantifier, variable: String, source: Expression, predicate: Expression?)
    case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, body: Expression)
    case patternPredicate(PatternPart)
    /// `[p = (a)-->(b) WHERE … | projection]`: the projection for every match of the pattern.
    case patternComprehension(PatternPart, predicate: Expression?, projection: Expression)
    /// `EXISTS { … }`, `COUNT { … }` or `COLLECT { … }` around a pattern or a whole query.
    case subquery(SubqueryKind, Subquery)
}

/// A variable named in the scope clause of `CALL (a, b) { … }`.
public struct ImportedName: Sendable, Equatable {
    public var name: String
    public var range: SourceRange
}

/// Which outer variables a `CALL { … }` subquery sees.
public enum SubqueryImports: Sendable, Equatable {
    /// `CALL { WITH a, b … }`: those a leading WITH names by themselves (none without one).
    case importingWith
    /// `CALL (a, b) { … }`: the names, each with where it stands.
    case variables([ImportedName])
    /// `CALL (*) { … }`.
    case all
}

/// What a subquery expression makes of the rows of its query.
public enum SubqueryKind: String, Sendable {
    /// True when the query has a row.
    case exists = "EXISTS"
    /// The number of rows.
    case count = "COUNT"
    /// The values of the query's single column, as a list.
    case collect = "COLLECT"
}

/// The query of a subquery expression: one or more parts joined by UNION (a bare pattern with an
/// optional WHERE is parsed as a one-clause MATCH). Outer variables are visible inside.
public struct Subquery: Sendable {
    public var parts: [SingleQuery]
    /// `unionAll[i]` says whether the union before part `i + 1` is UNION ALL.
    public var unionAll: [Bool]
    /// The source text between the braces, which names the expression in canonical form.
    public var text: String
}

extension SingleQuery {
    /// True when the part's last clause is RETURN.
    var endsWithReturn: Bool {
        if case .return = clauses.last?.kind { return true }
        return false
    }
}

extension Subquery {
    /// The first part that does not end with RETURN, if any.
    var firstPartWithoutReturn: SingleQuery? { parts.first { !$0.endsWithReturn } }
}

public enum UnaryOperator: String, Sendable { case not = "NOT", negate = "-", plus = "+" }

public enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN", startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regexMatch = "=~"
}

public enum Quantifier: String, Sendable { case all, any, none, single }

/// An element of a map projection `n{.name, age: n.born, .*, x}`.
public enum MapProjectionItem: Sendable {
    case property(String)
    case allProperties
    case variable(String)
    case literal(String, Expression)
}

// MARK: - Patterns

/// `(n:Label {k: v})`.
public struct NodePattern: Sendable {
    public var variable: String?
    /// The labels the node must all carry (`:A:B`, `:A&B`).
    public var labels: [String]
    public var properties: Expression?
    public var range: SourceRange
    /// A label expression beyond a plain conjunction (`:A|B`, `:!A`, `:%`), checked as a condition on the
    /// node; `labels` is then empty.
    public var labelExpression: LabelExpression? = nil
}

/// A label expression of Neo4j 5's syntax: `A`, `A&B`, `A|B`, `!A`, `%` (any label), parenthesized.
public indirect enum LabelExpression: Sendable {
    case label(String)
    case and(LabelExpression, LabelExpression)
    case or(LabelExpression, LabelExpression)
    case not(LabelExpression)
    /// `%`: at least one label.
    case any

    /// The labels of a plain conjunction (`A&B&C`), or nil when the expression is anything else.
    var conjunction: [String]? {
        switch self {
        case .label(let name): return [name]
        case .and(let a, let b):
            guard let left = a.conjunction, let right = b.conjunction else { return nil }
            return left + right
        default: return nil
        }
    }

    /// The expression as a condition on `subject` (a node), made of label predicates and boolean
    /// operators, with Cypher's null semantics.
    func condition(on subject: Expression) -> Expression {
        let range = subject.range
        switch self {
        case .label(let name): return Expression(.hasLabels(subject, [name]), range)
        case .and(let a, let b): return Expression(.binary(.and, a.condition(on: subject), b.condition(on: subject)), range)
        case .or(let a, let b): return Expression(.binary(.or, a.condition(on: subject), b.condition(on: subject)), range)
        case .not(let a): return Expression(.unary(.not, a.condition(on: subject)), range)
        case .any:
            let labels = Expression(.function(name: "labels", distinct: false, arguments: [subject]), range)
            let count = Expression(.function(name: "size", distinct: false, arguments: [labels]), range)
            return Expression(.comparison(count, [(.greater, Expression(.literal(.int(0)), range))]), range)
        }
    }
}

/// The arrow direction of a relationship pattern, as written.
public enum PatternDirection: Sendable { case leftToRight, rightToLeft, undirected }

/// `-[r:T|U*1..3 {k: v}]->`.
public struct RelationshipPattern: Sendable {
    public var variable: String?
    public var types: [String]
    public var direction: PatternDirection
    /// nil for a single hop; otherwise the bounds of a variable-length relationship.
    public var length: VariableLength?
    public var properties: Expression?
    public var range: SourceRange
}

/// `*`, `*2`, `*1..3`, `*..3`, `*2..`.
public struct VariableLength: Sendable, Equatable {
    public var minimum: Int?
    public var maximum: Int?
}

/// One comma-separated part of a pattern: an optional path variable and a chain of nodes and relationships.
public struct PatternPart: Sendable {
    public enum Shortest: Sendable { case none, shortest, allShortest }
    public var pathVariable: String?
    public var shortest: Shortest
    public var start: NodePattern
    public var steps: [(RelationshipPattern, NodePattern)]
    public var range: SourceRange
}

// MARK: - Clauses

/// A projection item of RETURN or WITH.
public struct ProjectionItem: Sendable {
    public var expression: Expression
    public var alias: String?
    /// The text the user wrote, which names the column when there is no alias.
    public var text: String
}

/// A sort key of ORDER BY.
public struct SortItem: Sendable {
    public var expression: Expression
    public var descending: Bool
}

/// The body shared by RETURN and WITH.
public struct ProjectionBody: Sendable {
    public var distinct: Bool
    public var includesAll: Bool
    public var items: [ProjectionItem]
    public var orderBy: [SortItem]
    public var skip: Expression?
    public var limit: Expression?
    public var range: SourceRange
}

/// One assignment of SET (or of MERGE's ON CREATE / ON MATCH).
public enum SetItem: Sendable {
    case property(target: Expression, key: String, value: Expression)
    case replaceAll(variable: String, value: Expression, range: SourceRange)
    case merge(variable: String, value: Expression, range: SourceRange)
    case labels(variable: String, labels: [String], range: SourceRange)
}

/// One item of REMOVE.
public enum RemoveItem: Sendable {
    case property(target: Expression, key: String)
    case labels(variable: String, labels: [String], range: SourceRange)
}

/// A YIELD item of CALL.
public struct YieldItem: Sendable {
    public var column: String
    public var alias: String?
    public var range: SourceRange
}

/// A clause with its source range.
public struct Clause: Sendable {
    public var kind: ClauseKind
    public var range: SourceRange
}

public enum ClauseKind: Sendable {
    case match(optional: Bool, pattern: [PatternPart], predicate: Expression?)
    case unwind(Expression, variable: String)
    /// `CALL { … }` or `CALL (a, b) { … }`: a query run once per row, its returned variables added to
    /// the row (none for a subquery without RETURN, which only writes).
    case callSubquery(imports: SubqueryImports, body: Subquery)
    /// `FOREACH (variable IN list | updating clauses)`.
    case foreach(variable: String, list: Expression, clauses: [Clause])
    /// `LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']`.
    case loadCSV(url: Expression, withHeaders: Bool, variable: String, fieldTerminator: String?)
    case with(ProjectionBody, predicate: Expression?)
    case `return`(ProjectionBody)
    case create([PatternPart])
    case merge(PatternPart, onCreate: [SetItem], onMatch: [SetItem])
    case set([SetItem])
    case remove([RemoveItem])
    case delete([Expression], detach: Bool)
    /// `CALL ns.name(args) YIELD …`; `arguments` is nil when the call has no parentheses.
    case call(procedure: String, arguments: [Expression]?, yield: [YieldItem]?, yieldAll: Bool, predicate: Expression?)
}

/// A query without UNION.
public struct SingleQuery: Sendable {
    public var clauses: [Clause]
    public var range: SourceRange
}

/// A schema command.
public enum SchemaCommand: Sendable {
    case createIndex(name: String?, label: String, property: String, ifNotExists: Bool)
    case dropIndex(name: String, ifExists: Bool)
    /// `DROP INDEX ON :L(k)` (Memgraph, Neo4j 3) or `DROP INDEX FOR (n:L) ON (n.k)` (FalkorDB).
    case dropIndexOn(label: String, property: String)
    case createUniqueConstraint(name: String?, variable: String, label: String, property: String, ifNotExists: Bool)
    case dropConstraint(name: String, ifExists: Bool)
    case showIndexes
    case showConstraints
    case showProcedures
    case showFunctions
}

/// A complete statement.
public enum StatementKind: Sendable {
    case query(SingleQuery)
    /// Parts joined by UNION; `all[i]` says whether the union before part `i + 1` is UNION ALL.
    case union([SingleQuery], all: [Bool])
    case schema(SchemaCommand)
}

/// How a statement is to be run.
public enum ExecutionMode: Sendable { case normal, explain, profile }

/// A parsed statement.
public struct Statement: Sendable {
    public var kind: StatementKind
    public var mode: ExecutionMode
    public var range: SourceRange
}
