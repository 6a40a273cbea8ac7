// Notes the planner leaves for the user about a plan that will be slow for a reason they can fix — as
// Neo4j's notifications do. One kind so far: a MATCH or MERGE that finds a node by a property equality
// (`(p:Person {name: …})`, `WHERE p.name = …`) without an index on that label and key, scanning every
// node of a large label again for each incoming row (10,000 rows against 10,000 nodes are 10⁸ checks:
// minutes, where an index makes it a fraction of a second). A note never changes the plan or the answer.

/// A note on a plan: what will be slow, why, and the fix.
public struct PlanNote: Sendable, Equatable {
    public let message: String
    /// Where in the statement the note is about.
    public let range: SourceRange
}

enum PlanNotes {
    /// A label with at least this many nodes is large enough for a scan per row to be worth a note.
    static let largeLabel = 10_000

    /// The notes on `plan` (optimized), for the graph `statistics` describes.
    static func find(in plan: LogicalPlan, _ statistics: Statistics) -> [PlanNote] {
        var notes: [PlanNote] = []
        visit(plan, perRow: false, statistics, &notes)
        return notes
    }

    /// Whether `plan` hands on more than the one row that comes from outside.
    private static func feedsRows(_ plan: LogicalPlan) -> Bool {
        if case .argument = plan { return false }
        return true
    }

    /// Visits `plan`; `perRow` tells that it runs once per row of something before it.
    private static func visit(_ plan: LogicalPlan, perRow: Bool, _ statistics: Statistics, _ notes: inout [PlanNote]) {
        switch plan {
        case .argument: return
        case .match(let input, let match):
            visit(input, perRow: perRow, statistics, &notes)
            if perRow || feedsRows(input) { notes += scansPerRow(match, statistics, clause: "MATCH") }
        case .merge(let input, let matcher, _, _, _):
            visit(input, perRow: perRow, statistics, &notes)
            if case .match(_, let match) = matcher, perRow || feedsRows(input) {
                notes += scansPerRow(match, statistics, clause: "MERGE")
            } else {
                visit(matcher, perRow: perRow || feedsRows(input), statistics, &notes)
            }
        case .optional(let input, let inner, _):
            visit(input, perRow: perRow, statistics, &notes)
            visit(inner, perRow: perRow || feedsRows(input), statistics, &notes)
        case .subqueryCall(let input, let body, _, _):
            visit(input, perRow: perRow, statistics, &notes)
            visit(body, perRow: perRow || feedsRows(input), statistics, &notes)
        case .foreach(let input, _, _, _, _, let body):
            visit(input, perRow: perRow, statistics, &notes)
            visit(body, perRow: true, statistics, &notes)
        case .union(let parts, _, _):
            for part in parts { visit(part.plan, perRow: perRow, statistics, &notes) }
        case .filter(let input, _, _), .unwind(let input, _, _, _), .loadCSV(let input, _), .project(let input, _, _),
            .aggregate(let input, _, _, _), .distinctProject(let input, _, _), .distinct(let input, _), .sort(let input, _, _),
            .skip(let input, _), .limit(let input, _), .procedureCall(let input, _), .create(let input, _),
            .setProperties(let input, _, _), .delete(let input, _, _), .projectPath(let input, _):
            visit(input, perRow: perRow, statistics, &notes)
        case .frontierChain(let start, _):
            visit(start, perRow: perRow, statistics, &notes)
        case .distinctChainJoin(let middle, _):
            visit(middle, perRow: perRow, statistics, &notes)
        }
    }

    /// A note for each label scan of `match` that a property equality could have been an index seek for.
    private static func scansPerRow(_ match: MatchPlan, _ statistics: Statistics, clause: String) -> [PlanNote] {
        var notes: [PlanNote] = []
        for step in match.steps {
            guard case .scan(let n, let label?) = step else { continue }
            let node = match.pattern.nodes[n]
            let count = statistics.nodeCount(label: label)
            guard count >= largeLabel, let key = equalityKey(of: node.slot, in: match.pattern),
                node.labels.allSatisfy({ statistics.rowsPerIndexedValue(label: $0, key: key) == nil })  // (index_seek switched off)
            else { continue }
            notes.append(
                PlanNote(
                    message:
                        "\(clause) scans all \(count) :\(label) nodes for every incoming row to compare \(key): there is no index on :\(label)(\(key)). "
                        + "CREATE INDEX FOR (n:\(label)) ON (n.\(key)) turns each scan into a lookup.",
                    range: node.range))
        }
        return notes
    }

    /// The key of the first condition on the node in `slot` that an index would answer, or nil.
    private static func equalityKey(of slot: Int, in pattern: BoundMatch) -> String? {
        pattern.predicates.lazy.compactMap { IndexSeekRule.condition($0.expression, on: slot)?.key.name }.first
    }
}
