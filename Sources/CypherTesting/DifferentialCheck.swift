// The optimizer checked against the engine itself (SQLancer's and GDsmith's idea): a query is run with
// every optimizer rule on, then with each rule off in turn and with all of them off; the rows must be the
// same multiset every time. A disagreement is shrunk — graph and query, a piece at a time, for as long as
// it still disagrees — and reported with everything needed to reproduce it.

import Cypher
import Foundation
import GraphStore

/// Runs generated queries under several optimizer configurations and compares their answers.
public struct DifferentialCheck {
    /// A set of rules switched off, with a name for reports.
    public struct Configuration: Sendable, CustomStringConvertible {
        public let disabled: Set<OptimizerRule>
        public var description: String {
            if disabled.isEmpty { return "every rule on" }
            if disabled.count == OptimizerRule.allCases.count { return "every rule off" }
            return disabled.map(\.rawValue).sorted().joined(separator: ", ") + " off"
        }
    }

    /// The baseline (every rule on) is compared with each of these.
    public static let configurations: [Configuration] =
        OptimizerRule.allCases.map { Configuration(disabled: [$0]) } + [Configuration(disabled: Set(OptimizerRule.allCases))]

    /// What a query gave: its columns and rows in a canonical, order-free form, or that it failed.
    public enum Outcome: Equatable, Sendable, CustomStringConvertible {
        case rows(columns: [String], rows: [String])
        case failed(String)
        /// It ran past the time allowed; never compared.
        case tooSlow

        public var description: String {
            switch self {
            case .rows(let columns, let rows):
                return "\(rows.count) row\(rows.count == 1 ? "" : "s") [\(columns.joined(separator: ", "))]"
                    + rows.prefix(20).map { "\n    " + $0 }.joined() + (rows.count > 20 ? "\n    …" : "")
            case .failed(let error): return "error: \(error)"
            case .tooSlow: return "stopped: too slow"
            }
        }

        /// Whether two outcomes disagree: rows that differ, or an error against rows. (Two errors agree:
        /// which of two failing conditions is evaluated first is not fixed by openCypher.)
        func disagrees(with other: Outcome) -> Bool {
            switch (self, other) {
            case (.tooSlow, _), (_, .tooSlow), (.failed, .failed): return false
            default: return self != other
            }
        }
    }

    /// A query whose answer changed when rules were switched off.
    public struct Disagreement: Sendable, CustomStringConvertible {
        public var graph: RandomGraph
        public var query: GeneratedQuery
        public let configuration: Configuration
        public var baseline: Outcome
        public var other: Outcome

        public var description: String {
            """
            The answer changes with \(configuration):
            -- graph
            \(graph.script)-- query
            \(query.text)
            -- with every rule on: \(baseline)
            -- with \(configuration): \(other)
            """
        }
    }

    /// How long one run of a query may take before it is stopped and left out of the comparison.
    public var timeLimit: Duration = .seconds(2)

    public init() {}

    /// A database holding `graph`.
    public func database(for graph: RandomGraph) throws -> GraphDatabase {
        let database = GraphDatabase()
        for statement in graph.statements { _ = try database.execute(statement) }
        return database
    }

    /// Runs `query` with the rules of `disabled` switched off.
    public func run(_ query: String, on database: GraphDatabase, disabled: Set<OptimizerRule>) -> Outcome {
        database.disabledRules = disabled
        let deadline = ContinuousClock.now + timeLimit
        database.interruption = { ContinuousClock.now > deadline }
        defer { database.interruption = nil }
        do {
            let result = try database.execute(query)
            return .rows(columns: result.columns, rows: result.rows.map { $0.map(Self.canonical).joined(separator: " | ") }.sorted())
        } catch {
            if error.category == .terminated { return .tooSlow }
            return .failed("\(error.category.rawValue) (\(error.code))")
        }
    }

    /// The first configuration under which `query` disagrees with the baseline on `database`, if any.
    public func check(_ query: GeneratedQuery, on database: GraphDatabase, graph: RandomGraph) -> Disagreement? {
        let text = query.text
        let baseline = run(text, on: database, disabled: [])
        if baseline == .tooSlow { return nil }
        for configuration in Self.configurations {
            let other = run(text, on: database, disabled: configuration.disabled)
            if baseline.disagrees(with: other) {
                return Disagreement(graph: graph, query: query, configuration: configuration, baseline: baseline, other: other)
            }
        }
        return nil
    }

    /// A smaller case that still disagrees under the same configuration: pieces of the query and of the
    /// graph are removed one at a time for as long as the disagreement stays.
    public func shrink(_ disagreement: Disagreement) -> Disagreement {
        var current = disagreement
        func stillDisagrees(_ query: GeneratedQuery, _ graph: RandomGraph) -> Disagreement? {
            guard let database = try? database(for: graph) else { return nil }
            let text = query.text
            let baseline = run(text, on: database, disabled: [])
            let other = run(text, on: database, disabled: disagreement.configuration.disabled)
            guard baseline.disagrees(with: other) else { return nil }
            return Disagreement(graph: graph, query: query, configuration: disagreement.configuration, baseline: baseline, other: other)
        }
        var progress = true
        while progress {
            progress = false
            for query in current.query.shrunk {
                if let smaller = stillDisagrees(query, current.graph) {
                    current = smaller
                    progress = true
                    break
                }
            }
            if progress { continue }
            for graph in current.graph.shrunk {
                if let smaller = stillDisagrees(current.query, graph) {
                    current = smaller
                    progress = true
                    break
                }
            }
        }
        return current
    }

    /// A value in a form that is equal for equal values and ignores what a plan may change: the order
    /// of list elements (collect() promises none) and the last bits of floats (sums in another order).
    static func canonical(_ value: Value) -> String {
        switch value {
        case .list(let items): return "[" + items.map(canonical).sorted().joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.map { "\($0.0): \(canonical($0.1))" }.sorted().joined(separator: ", ") + "}"
        case .float(let f): return "float " + String(format: "%.9g", f)
        default: return value.literal
        }
    }
}
