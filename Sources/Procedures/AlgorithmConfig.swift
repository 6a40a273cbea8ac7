// The configuration map of an `algo.*` call: typed reading of its options (a wrong type or range is an
// error naming the option), and the graph the algorithm runs on — a selection of the store (labels,
// types, direction, weight), a co-membership projection (`project`), or a Cypher projection (`nodeQuery`
// and `relationshipQuery`, run read-only inside the statement). Writing results back (`write`) is here too.

import Cypher
import GraphAlgorithms

/// The options every algorithm procedure accepts, with their defaults and meaning (for `algo.list()`).
let selectionOptions: [AlgorithmOption] = [
    AlgorithmOption("labels", "all", "node labels to include (a string or a list; a node with any of them is included)"),
    AlgorithmOption("types", "all", "relationship types to include (a string or a list)"),
    AlgorithmOption("direction", "'both'", "'out' (start → end), 'in' (end → start) or 'both' (undirected)"),
    AlgorithmOption("weightProperty", "none", "relationship property holding the weight (with project: 'shared')"),
    AlgorithmOption("defaultWeight", "none", "weight of a relationship without weightProperty (otherwise an error)"),
    AlgorithmOption("aggregation", "'none'", "parallel relationships: 'none', 'single', 'sum', 'min', 'max' or 'count'"),
    AlgorithmOption("project", "none", "'region', 'country' or {group, member, via: ['TYPE>', …], minimumShared}: co-membership projection"),
    AlgorithmOption("asOf", "none", "with project: only the groups and relationships valid on that date (since/until, founded/start/end)"),
    AlgorithmOption("nodeQuery", "none", "Cypher projection: a query returning `node` (or `id`)"),
    AlgorithmOption("relationshipQuery", "none", "Cypher projection: a query returning `source`, `target` (and the weight column)"),
    AlgorithmOption("parameters", "{}", "parameters of nodeQuery and relationshipQuery"),
]

/// One documented option of an algorithm procedure.
struct AlgorithmOption: Sendable {
    let name: String
    let defaultText: String
    let help: String

    init(_ name: String, _ defaultText: String, _ help: String) {
        self.name = name
        self.defaultText = defaultText
        self.help = help
    }

    /// `damping = 0.85: the probability …`
    var text: String { "\(name) = \(defaultText): \(help)" }
}

/// The configuration map of one algorithm call, read with the procedure's name in every error.
struct AlgorithmConfig {
    let procedure: String
    let values: ValueMap

    init(_ value: Value, procedure: String, allowed: [String]) throws {
        self.procedure = procedure
        switch value {
        case .null: values = ValueMap()
        case .map(let map): values = map
        default: throw ProcedureFailure("\(procedure): the configuration must be a map, got \(value.typeName)")
        }
        for key in values.keys where !allowed.contains(key) {
            let hint = closestOption(to: key, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            throw ProcedureFailure("\(procedure): unknown option '\(key)'\(hint); options are \(allowed.joined(separator: ", "))")
        }
    }

    func failure(_ key: String, _ reason: String) -> ProcedureFailure { ProcedureFailure("\(procedure): \(key): \(reason)") }

    func has(_ key: String) -> Bool { !(values[key]?.isNull ?? true) }

    func double(_ key: String, default fallback: Double) throws -> Double {
        guard let value = values[key], !value.isNull else { return fallback }
        guard let d = value.numericValue else { throw failure(key, "must be a number, got \(value.typeName)") }
        return d
    }

    func int(_ key: String, default fallback: Int, minimum: Int? = nil) throws -> Int {
        guard let value = values[key], !value.isNull else { return fallback }
        guard case .int(let i) = value else { throw failure(key, "must be an integer, got \(value.typeName)") }
        if let minimum, i < minimum { throw failure(key, "must be at least \(minimum), got \(i)") }
        return Int(i)
    }

    func optionalInt(_ key: String, minimum: Int) throws -> Int? {
        has(key) ? try int(key, default: minimum, minimum: minimum) : nil
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let value = values[key], !value.isNull else { return fallback }
        guard case .bool(let b) = value else { throw failure(key, "must be true or false, got \(value.typeName)") }
        return b
    }

    func string(_ key: String) throws -> String? {
        guard let value = values[key], !value.isNull else { return nil }
        guard case .string(let s) = value else { throw failure(key, "must be a string, got \(value.typeName)") }
        return s
    }

    /// A string or a list of strings.
    func strings(_ key: String) throws -> [String] {
        guard let value = values[key], !value.isNull else { return [] }
        switch value {
        case .string(let s): return [s]
        case .list(let items):
            return try items.map { item in
                guard case .string(let s) = item else { throw failure(key, "must be a string or a list of strings, got a \(item.typeName) in the list") }
                return s
            }
        default: throw failure(key, "must be a string or a list of strings, got \(value.typeName)")
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let s = try string(key) else { return fallback }
        guard let c = T(rawValue: s) else {
            throw failure(key, "cannot be '\(s)'; use one of \(T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))")
        }
        return c
    }

    /// A node given as a node value or as its integer id.
    func node(_ key: String) throws -> NodeID? {
        guard let value = values[key], !value.isNull else { return nil }
        return try nodeID(value, key)
    }

    func nodes(_ key: String) throws -> [NodeID] {
        guard let value = values[key], !value.isNull else { return [] }
        guard case .list(let items) = value else { return [try nodeID(value, key)] }
        return try items.map { try nodeID($0, key) }
    }

    private func nodeID(_ value: Value, _ key: String) throws -> NodeID {
        switch value {
        case .node(let id): return id
        case .int(let i): return NodeID(Int(i))
        default: throw failure(key, "must be a node (or a node id), got \(value.typeName)")
        }
    }

    /// Threads for the parallel algorithms (`concurrency`), at least 1.
    func concurrency() throws -> Int? { try optionalInt("concurrency", minimum: 1) }
}

/// The close match of a mistyped option name.
func closestOption(to name: String, among options: [String]) -> String? {
    let lower = name.lowercased()
    return options.first { $0.lowercased() == lower }
        ?? options.first { $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased()) }
}

extension AlgorithmConfig {
    /// The graph the call's configuration describes.
    ///
    /// - Parameter keepRelationships: keep relationship ids on the arcs (to return paths).
    func graph(_ call: ProcedureInvocation, keepRelationships: Bool = false) throws -> CompactGraph {
        let direction: SelectionDirection = try choice("direction", default: .both)
        let weightProperty = try string("weightProperty")
        let defaultWeight = has("defaultWeight") ? try double("defaultWeight", default: 1) : nil
        let aggregation: ArcAggregation = try choice("aggregation", default: ArcAggregation.none)
        let labels = try strings("labels"), types = try strings("types")
        do {
            if has("nodeQuery") || has("relationshipQuery") {
                for key in ["labels", "types", "project", "asOf"] where has(key) {
                    throw failure(key, "cannot be combined with nodeQuery and relationshipQuery")
                }
                return try cypherProjection(call, direction: direction, weightProperty: weightProperty, defaultWeight: defaultWeight)
                    .mergingParallelArcs(aggregation)
            }
            if has("asOf") && !has("project") { throw failure("asOf", "needs project (a co-membership projection)") }
            if has("project") {
                // The co-membership projection is undirected and weighted by the shared groups alone.
                for key in ["labels", "types", "defaultWeight", "aggregation"] where has(key) {
                    throw failure(key, "cannot be combined with project")
                }
                if direction != .both { throw failure("direction", "a co-membership projection is undirected: leave direction out or use 'both'") }
                var projection = try projection()
                projection.asOf = try validityDay(values["asOf"], option: "asOf", procedure: procedure)
                let projected = try CompactGraph(projecting: projection, from: call.graph)
                guard let weightProperty else { return projected.withoutWeights() }
                guard weightProperty == "shared" else {
                    throw failure("weightProperty", "the co-membership projection's only weight is 'shared' (the number of shared groups)")
                }
                return projected
            }
            let selection = GraphSelection(
                labels: labels, types: types, direction: direction, weightProperty: weightProperty, defaultWeight: defaultWeight,
                aggregation: aggregation, keepRelationships: keepRelationships)
            return try CompactGraph(selecting: selection, from: call.graph)
        } catch let error as AlgorithmError {
            throw ProcedureFailure("\(procedure): \(error)")
        }
    }

    /// `project: 'region' | 'country' | {group, member, via, minimumShared}`.
    private func projection() throws -> CoMembershipProjection {
        guard let value = values["project"] else { return .regions }
        switch value {
        case .string("region"), .string("regions"): return .regions
        case .string("country"), .string("countries"): return .countries
        case .map(let map):
            let inner = try AlgorithmConfig(.map(map), procedure: "\(procedure): project", allowed: ["group", "member", "via", "minimumShared"])
            guard let group = try inner.string("group"), let member = try inner.string("member") else {
                throw failure("project", "a projection map needs `group` and `member` labels")
            }
            let via = try inner.strings("via")
            guard !via.isEmpty else { throw failure("project", "`via` must list the relationship types from group to member, e.g. ['SPANS>']") }
            let steps = via.map { step -> ProjectionStep in
                if step.hasSuffix(">") { return ProjectionStep(String(step.dropLast()), .out) }
                if step.hasPrefix("<") { return ProjectionStep(String(step.dropFirst()), .in) }
                return ProjectionStep(step, .both)
            }
            return CoMembershipProjection(
                groupLabel: group, memberLabel: member, paths: [steps], minimumShared: try inner.int("minimumShared", default: 1, minimum: 1))
        default:
            throw failure("project", "must be 'region', 'country' or a map {group, member, via}, got \(value.literal)")
        }
    }

    /// Runs the node and relationship queries and builds the graph of their rows.
    private func cypherProjection(
        _ call: ProcedureInvocation, direction: SelectionDirection, weightProperty: String?, defaultWeight: Double?
    ) throws -> CompactGraph {
        guard let nodeQuery = try string("nodeQuery") else { throw failure("nodeQuery", "is needed with relationshipQuery") }
        guard let relationshipQuery = try string("relationshipQuery") else { throw failure("relationshipQuery", "is needed with nodeQuery") }
        var parameters: [String: Value] = [:]
        if let p = values["parameters"], !p.isNull {
            guard case .map(let map) = p else { throw failure("parameters", "must be a map, got \(p.typeName)") }
            for (k, v) in map { parameters[k] = v }
        }
        func run(_ key: String, _ text: String) throws -> QueryResult {
            do {
                return try call.runQuery(text, parameters: parameters)
            } catch {
                throw failure(key, error.message)
            }
        }
        let nodeRows = try run("nodeQuery", nodeQuery)
        guard let nodeColumn = nodeRows.columns.firstIndex(of: "node") ?? nodeRows.columns.firstIndex(of: "id") else {
            throw failure("nodeQuery", "must return a column `node` (or `id`); it returns \(nodeRows.columns.joined(separator: ", "))")
        }
        var nodes: [NodeID] = []
        for (i, row) in nodeRows.rows.enumerated() {
            guard let id = nodeValue(row[nodeColumn]) else {
                throw failure("nodeQuery", "row \(i + 1): `\(nodeRows.columns[nodeColumn])` must be a node or a node id, got \(row[nodeColumn].typeName)")
            }
            nodes.append(id)
        }
        let relationshipRows = try run("relationshipQuery", relationshipQuery)
        let columns = relationshipRows.columns
        guard let sourceColumn = columns.firstIndex(of: "source"), let targetColumn = columns.firstIndex(of: "target") else {
            throw failure("relationshipQuery", "must return columns `source` and `target`; it returns \(columns.joined(separator: ", "))")
        }
        var weightColumn: Int?
        if let weightProperty {
            guard let c = columns.firstIndex(of: weightProperty) else {
                throw failure("weightProperty", "the relationship query returns no column `\(weightProperty)`")
            }
            weightColumn = c
        }
        var pairs: [(source: NodeID, target: NodeID)] = []
        var weights: [Double] = []
        for (i, row) in relationshipRows.rows.enumerated() {
            guard let s = nodeValue(row[sourceColumn]), let t = nodeValue(row[targetColumn]) else {
                throw failure("relationshipQuery", "row \(i + 1): `source` and `target` must be nodes or node ids")
            }
            pairs.append((s, t))
            if let weightColumn {
                if let w = row[weightColumn].numericValue {
                    weights.append(w)
                } else if row[weightColumn].isNull, let defaultWeight {
                    weights.append(defaultWeight)
                } else {
                    throw failure("weightProperty", "row \(i + 1): `\(columns[weightColumn])` is \(row[weightColumn].typeName), not a number")
                }
            }
        }
        return try CompactGraph(projectingNodes: nodes, relationships: pairs, weights: weightColumn == nil ? nil : weights, direction: direction)
    }

    private func nodeValue(_ value: Value) -> NodeID? {
        switch value {
        case .node(let id): return id
        case .int(let i): return NodeID(Int(i))
        default: return nil
        }
    }

    /// Stores one value per node under the property named by `write` (when given), inside the statement's
    /// transaction.
    func writeBack(_ graph: CompactGraph, to store: PropertyGraph, _ value: (Int) -> Value) throws {
        guard let property = try string("write") else { return }
        guard !property.isEmpty else { throw failure("write", "needs a property name") }
        let key = store.internPropertyKey(property)
        for v in 0..<graph.nodeCount {
            do {
                _ = try store.setProperty(key, of: graph.nodeIDs[v], to: value(v))
            } catch {
                throw failure("write", "\(error)")
            }
        }
    }
}
