// What the binder makes of a statement: its clauses with every variable resolved to a frame slot, every
// expression bound and typed, every semantic rule checked. It needs no graph and no parameter values:
// the logical planner turns it into operators, the optimizer chooses how to run them. Patterns stay
// declarative here (which nodes and relationships, which conditions); their order is the planner's.

/// A bound query, or subquery: one part, or parts joined by UNION.
struct BoundQuery {
    var parts: [BoundPart]
    /// UNION (true) or UNION ALL; meaningless for one part.
    var distinctUnion: Bool
    /// The columns the query returns (none for a part without RETURN, a writing subquery).
    var columns: [String]
    /// Where each column's value is: the single part's slots, or the slots a UNION fills.
    var columnSlots: [Int]
    var columnKinds: [VariableKind]
}

/// One part of a query (no UNION inside): its clauses in order.
struct BoundPart {
    var clauses: [BoundClause]
    var columns: [String]
    var columnSlots: [Int]
    var columnKinds: [VariableKind]
}

/// A bound clause.
enum BoundClause {
    case match(BoundMatch)
    case unwind(list: BoundExpression, slot: Int, variable: String)
    case loadCSV(BoundLoadCSV)
    case projection(BoundProjection)
    case create(PatternCreator, paths: [BoundPathProjection])
    case merge(BoundMerge)
    /// SET or REMOVE (`clause` names which, for EXPLAIN).
    case setProperties([SetAction], clause: String)
    case delete([(expression: BoundExpression, range: SourceRange)], detach: Bool)
    case foreach(BoundForeach)
    case call(BoundProcedureCall)
    case subqueryCall(BoundQuery, returnsRows: Bool, writes: Bool)
}

/// A MATCH (or OPTIONAL MATCH, or the pattern of a MERGE, a pattern predicate or comprehension): the
/// pattern as a small graph of nodes and relationships, and the conditions on it, each with the slots it
/// reads. Nothing here says in which order to match; that is the planner's and the optimizer's choice.
struct BoundMatch {
    var nodes: [PatternNodeInfo]
    var relationships: [PatternRelationshipInfo]
    var paths: [PatternPathInfo]
    var predicates: [MatchPredicate]
    /// The slots the pattern binds (nodes, relationships, paths not bound before it).
    var introduced: [Int]
    var optional: Bool
    /// Bind every relationship slot even when nothing in the pattern reads it (the caller will).
    var keepRelationships: Bool
}

/// A node of a pattern: the variable (or a hidden name), its slot, the labels it must carry, whether it
/// was bound before the pattern.
struct PatternNodeInfo {
    let name: String
    let slot: Int
    var labels: [String]
    let wasBound: Bool
    let range: SourceRange
    /// True for a node the user did not name.
    var isAnonymous: Bool { name.hasPrefix("  ") }
}

/// A relationship of a pattern, between nodes `left` and `right` as written.
struct PatternRelationshipInfo {
    let name: String
    let slot: Int
    var types: [String]
    var direction: PatternDirection
    let length: VariableLength?
    /// `{k: v}` of a single-hop relationship becomes a predicate; of a variable-length one, a condition
    /// every relationship of the path must meet (these).
    let variableLengthProperties: [(PropertyKeyRef, BoundExpression)]
    var left: Int
    var right: Int
    let wasBound: Bool
    let range: SourceRange
    /// Set for the relationship of `shortestPath(…)` / `allShortestPaths(…)`.
    var shortest: PatternPart.Shortest = .none
    var isAnonymous: Bool { name.hasPrefix("  ") }
}

/// A named path of a pattern: its slot, start node and relationships, by index.
struct PatternPathInfo {
    let name: String
    let slot: Int
    let start: Int
    let relationships: [Int]
    let range: SourceRange
}

/// A condition of a pattern: inline property maps, labels of nodes bound before, WHERE conjuncts.
struct MatchPredicate {
    let expression: BoundExpression
    /// Every slot the condition reads (a nested plan counts as reading every variable in scope).
    let slotsRead: Set<Int>
    /// The text EXPLAIN shows.
    let text: String
}

/// A projection (WITH or RETURN), as the operators it needs: computing the items (plainly, DISTINCT,
/// or grouped with aggregates), then ORDER BY, SKIP, LIMIT and WITH's WHERE.
struct BoundProjection {
    enum Grouping {
        /// No aggregation, no DISTINCT: computed items (a variable passed on keeps its slot, no assignment).
        case none([(slot: Int, expression: BoundExpression)])
        /// DISTINCT without aggregation: the items are the keys.
        case distinct([(slot: Int, expression: BoundExpression)])
        /// Grouping keys and aggregates; `distinct` drops duplicate output rows afterwards.
        case aggregate(keys: [(slot: Int, expression: BoundExpression)], aggregates: [AggregateSpec], distinct: Bool)
    }

    var grouping: Grouping
    /// Items computed from aggregate results (`count(*) + 1`), after the grouping.
    var finals: [(slot: Int, expression: BoundExpression)]
    /// Sort keys that are not already in a slot, computed before sorting.
    var sortKeysComputed: [(slot: Int, expression: BoundExpression)]
    var sort: [SortKey]
    var sortText: String
    var skip: BoundExpression?
    var limit: BoundExpression?
    /// WITH's WHERE.
    var filter: (expression: BoundExpression, text: String)?
    var columns: [String]
    var outputSlots: [Int]
    /// The rows' values do not depend on duplicates among the input rows: DISTINCT, or aggregates that are
    /// only count(DISTINCT …), collect(DISTINCT …), min and max, and no nested plan.
    var isDuplicateInsensitive: Bool
    /// Every input slot the projection reads (items, aggregate arguments, sort keys and WHERE before
    /// grouping; variables passed on).
    var inputSlotsRead: Set<Int>
    /// For EXPLAIN: the items' names and, when grouping, the aggregates.
    var describedAs: String
}

/// `LOAD CSV`.
struct BoundLoadCSV {
    let url: BoundExpression
    let urlRange: SourceRange
    let withHeaders: Bool
    let fieldTerminator: UInt8
    let slot: Int
    let variable: String
    let lineSlot: Int
    let fileSlot: Int
}

/// MERGE: the pattern to match, what to create when it has no match, and the SET items of each case.
struct BoundMerge {
    let match: BoundMatch
    let creator: PatternCreator
    let onMatch: [SetAction]
    let onCreate: [SetAction]
    let path: BoundPathProjection?
}

/// A path variable of CREATE or MERGE, built from the slots the clause fills.
struct BoundPathProjection {
    let name: String
    let slot: Int
    let startSlot: Int
    let steps: [ProjectPath.Step]
}

/// `FOREACH (variable IN list | clauses)`.
struct BoundForeach {
    let list: BoundExpression
    let listRange: SourceRange
    let slot: Int
    let variable: String
    let body: [BoundClause]
}

/// `CALL procedure(…) YIELD …`.
struct BoundProcedureCall {
    let procedure: Procedure
    let arguments: [BoundExpression]
    let outputs: [(index: Int, slot: Int)]
    let filter: (expression: BoundExpression, text: String)?
    let range: SourceRange
}

/// A statement ready for planning.
struct BoundStatement {
    let query: BoundQuery
    /// Slots the binder allocated; the planner continues from here.
    let slots: SlotAllocator
    /// True when some clause writes to the graph.
    let writes: Bool
    /// The parameters the statement reads, and where each is first used: checked when it runs.
    let parameters: [String: SourceRange]
    /// The queries of subquery expressions and pattern predicates, planned with the statement.
    let nestedPlans: [NestedPlan]
}

/// Hands out frame slots; shared by the binder and the planners of one statement.
final class SlotAllocator {
    private(set) var count = 0

    /// A new slot.
    /// - Complexity: O(1).
    func allocate() -> Int {
        count += 1
        return count - 1
    }
}
