// Subgraph selection, shared by every algorithm: which nodes (by label), which relationships (by type),
// which way to follow them (out, in, or both as an undirected view), and which relationship property,
// if any, is the weight. `CompactGraph(selecting:from:)` reads the store's CSR adjacency once and builds
// the compact view; unknown names and missing or non-numeric weights are errors naming the parameter.

import GraphStore

/// How relationships become arcs of the selected graph.
public enum SelectionDirection: String, Sendable, CaseIterable {
    /// Each relationship is an arc from its start node to its end node.
    case out
    /// Each relationship is an arc from its end node to its start node (the reversed graph).
    case `in`
    /// Each relationship is an undirected edge (an arc both ways).
    case both
}

/// What to do with parallel arcs (several relationships between the same two nodes in the view).
public enum ArcAggregation: String, Sendable, CaseIterable {
    /// Keep every arc (a multigraph: paths through parallel arcs count separately).
    case none
    /// Keep one arc per node pair, with the first arc's weight.
    case single
    /// One arc per pair, weighted by the sum, the minimum, the maximum of the weights, or their count.
    case sum, min, max, count
}

/// Which part of a property graph an algorithm runs on.
public struct GraphSelection: Sendable, Equatable {
    /// Nodes carrying any of these labels; empty selects every node.
    public var labels: [String]
    /// Relationships of any of these types; empty selects every type. Both ends must be selected nodes.
    public var types: [String]
    /// How a relationship becomes arcs.
    public var direction: SelectionDirection
    /// The relationship property holding the weight; nil for an unweighted graph.
    public var weightProperty: String?
    /// The weight of a relationship without `weightProperty`; nil makes a missing weight an error.
    public var defaultWeight: Double?
    /// How parallel arcs are combined.
    public var aggregation: ArcAggregation
    /// Keep each arc's relationship id (needed to return paths as Cypher paths).
    public var keepRelationships: Bool

    /// A selection of every node and relationship, followed out (start → end), unweighted, by default.
    public init(
        labels: [String] = [], types: [String] = [], direction: SelectionDirection = .out, weightProperty: String? = nil,
        defaultWeight: Double? = nil, aggregation: ArcAggregation = .none, keepRelationships: Bool = false
    ) {
        self.labels = labels
        self.types = types
        self.direction = direction
        self.weightProperty = weightProperty
        self.defaultWeight = defaultWeight
        self.aggregation = aggregation
        self.keepRelationships = keepRelationships
    }
}

extension CompactGraph {
    /// The compact view of the part of `graph` that `selection` describes. Node indexes follow ascending
    /// node ids.
    ///
    /// - Throws: ``AlgorithmError/unknownLabel(parameter:name:suggestion:)``,
    ///   ``AlgorithmError/unknownRelationshipType(parameter:name:suggestion:)``,
    ///   ``AlgorithmError/missingWeight(property:relationship:type:)``,
    ///   ``AlgorithmError/nonNumericWeight(property:relationship:typeName:)``.
    /// - Complexity: O(node id bound + relationships of the selected nodes).
    public init(selecting selection: GraphSelection, from graph: PropertyGraph) throws(AlgorithmError) {
        let nodeIDs = try Self.selectedNodes(selection.labels, parameter: "labels", in: graph)
        let allowedTypes = try Self.allowedTypes(selection.types, parameter: "types", in: graph)
        var indexOf = [Int32](repeating: -1, count: graph.nodeIDBound)
        for (i, id) in nodeIDs.enumerated() { indexOf[id.rawValue] = Int32(i) }

        let adjacency = graph.adjacencyIndex().outgoing
        var sources: [Int32] = []
        var targets: [Int32] = []
        var relationships: [Int32] = []
        for (i, id) in nodeIDs.enumerated() {
            for a in adjacency.range(of: id.rawValue) {
                let neighbor = Int(adjacency.neighbors[a])
                let j = neighbor < indexOf.count ? indexOf[neighbor] : -1
                guard j >= 0 else { continue }
                if let allowedTypes {
                    let t = Int(adjacency.types[a])
                    guard t < allowedTypes.count, allowedTypes[t] else { continue }
                }
                if selection.direction == .in {
                    sources.append(j)
                    targets.append(Int32(i))
                } else {
                    sources.append(Int32(i))
                    targets.append(j)
                }
                relationships.append(adjacency.relationships[a])
            }
        }
        var weights: [Double]?
        if let property = selection.weightProperty {
            weights = try Self.weights(of: relationships, property: property, default: selection.defaultWeight, in: graph)
        }
        let built = CompactGraph(
            nodeIDs: nodeIDs, sources: sources, targets: targets, weights: weights,
            relationships: selection.keepRelationships ? relationships : nil, undirected: selection.direction == .both)
        self = selection.aggregation == .none ? built : built.mergingParallelArcs(selection.aggregation)
    }

    /// Ids of the nodes carrying any of `labels` (all nodes when empty), ascending.
    static func selectedNodes(_ labels: [String], parameter: String, in graph: PropertyGraph) throws(AlgorithmError) -> [NodeID] {
        if labels.isEmpty { return graph.allNodeIDs }
        var ids: [LabelID] = []
        for name in labels {
            guard let id = graph.labelID(name) else {
                let known = graph.labelsInUse.map { graph.name(of: $0) }
                throw .unknownLabel(parameter: parameter, name: name, suggestion: closestName(to: name, among: known))
            }
            ids.append(id)
        }
        if ids.count == 1, let only = ids.first { return graph.nodes(withLabel: only).ids.map(NodeID.init) }
        var member = [Bool](repeating: false, count: graph.nodeIDBound)
        for id in ids {
            for n in graph.nodes(withLabel: id).ids { member[n] = true }
        }
        return member.indices.filter { member[$0] }.map(NodeID.init)
    }

    /// A membership table by type id for `types`, or nil when every type is allowed.
    static func allowedTypes(_ types: [String], parameter: String, in graph: PropertyGraph) throws(AlgorithmError) -> [Bool]? {
        if types.isEmpty { return nil }
        var ids: [Int] = []
        for name in types {
            guard let id = graph.relationshipTypeID(name) else {
                let known = graph.relationshipTypesInUse.map { graph.name(of: $0) }
                throw .unknownRelationshipType(parameter: parameter, name: name, suggestion: closestName(to: name, among: known))
            }
            ids.append(Int(id.rawValue))
        }
        var allowed = [Bool](repeating: false, count: (ids.max() ?? 0) + 1)
        for id in ids { allowed[id] = true }
        return allowed
    }

    /// The numeric value of `property` on each relationship.
    static func weights(of relationships: [Int32], property: String, default fallback: Double?, in graph: PropertyGraph)
        throws(AlgorithmError) -> [Double]
    {
        let key = graph.propertyKeyID(property)
        var weights = [Double](repeating: 0, count: relationships.count)
        for (i, r) in relationships.enumerated() {
            let id = RelationshipID(Int(r))
            let value = key.flatMap { graph.property($0, of: id) }
            switch value {
            case .int(let v)?: weights[i] = Double(v)
            case .float(let v)?: weights[i] = v
            case nil, .null?:
                guard let fallback else {
                    let type = graph.type(of: id).map { graph.name(of: $0) } ?? "?"
                    throw .missingWeight(property: property, relationship: Int(r), type: type)
                }
                weights[i] = fallback
            case let other?:
                throw .nonNumericWeight(property: property, relationship: Int(r), typeName: other.typeName)
            }
        }
        return weights
    }
}
