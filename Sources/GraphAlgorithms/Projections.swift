// Graphs that are not a plain subgraph of the store. The bipartite co-membership projection joins two
// members (say regions) by an edge weighted by the number of groups (clusters) they share, where a
// group reaches its members along one or more paths of relationship types (Cluster-[:SPANS]->Region; or
// Cluster-[:INVOLVES]->Country together with Cluster-[:SPANS]->Region-[:IN]->Country). The row projection builds a graph from the rows of a node
// query and a relationship query (GDS's Cypher projection; the Procedures module runs the queries).

import GraphStore

/// One step of the path from a group to its members.
public struct ProjectionStep: Sendable, Equatable {
    /// The relationship type to follow.
    public var type: String
    /// Which way: `.out` from group towards member, `.in` against it, `.both` either.
    public var direction: SelectionDirection

    /// A step along relationships of `type`, by default in their direction.
    public init(_ type: String, _ direction: SelectionDirection = .out) {
        self.type = type
        self.direction = direction
    }
}

/// The co-membership projection of a bipartite part of the graph.
public struct CoMembershipProjection: Sendable, Equatable {
    /// The label of the groups (e.g. `Cluster`).
    public var groupLabel: String
    /// The label of the members, which become the nodes of the projection (e.g. `Region`).
    public var memberLabel: String
    /// The paths of relationships leading from a group to its members (a member reached by any counts).
    public var paths: [[ProjectionStep]]
    /// Two members are joined when they share at least this many groups.
    public var minimumShared: Int
    /// When set, only groups and relationships valid on that day count (see ``ValidityDay``).
    public var asOf: ValidityDay?

    /// A projection of the members of `groupLabel` nodes reached along `paths`.
    public init(groupLabel: String, memberLabel: String, paths: [[ProjectionStep]], minimumShared: Int = 1) {
        self.groupLabel = groupLabel
        self.memberLabel = memberLabel
        self.paths = paths
        self.minimumShared = minimumShared
    }

    /// Regions joined by the clusters that span both: `(:Cluster)-[:SPANS]->(:Region)`.
    public static let regions = CoMembershipProjection(groupLabel: "Cluster", memberLabel: "Region", paths: [[ProjectionStep("SPANS")]])
    /// Countries joined by the clusters they share: a cluster's countries are those it INVOLVES and those
    /// of the regions it SPANS (`(:Cluster)-[:SPANS]->(:Region)-[:IN]->(:Country)`).
    public static let countries = CoMembershipProjection(
        groupLabel: "Cluster", memberLabel: "Country",
        paths: [[ProjectionStep("INVOLVES")], [ProjectionStep("SPANS"), ProjectionStep("IN")]])
}

extension CompactGraph {
    /// The co-membership graph: every node labelled `memberLabel` (ascending ids), and an undirected edge
    /// between two members weighted by the number of groups that reach both along one of `paths`.
    ///
    /// - Throws: ``AlgorithmError/unknownLabel(parameter:name:suggestion:)`` and
    ///   ``AlgorithmError/unknownRelationshipType(parameter:name:suggestion:)`` naming `project`;
    ///   ``AlgorithmError/invalidParameter(name:reason:)`` for an empty path or a minimum below 1.
    /// - Complexity: O(relationships walked + Σ over groups of members²).
    public init(projecting projection: CoMembershipProjection, from graph: PropertyGraph) throws(AlgorithmError) {
        guard !projection.paths.isEmpty, projection.paths.allSatisfy({ !$0.isEmpty }) else {
            throw .invalidParameter(name: "project", reason: "a path from group to member is empty")
        }
        guard projection.minimumShared >= 1 else {
            throw .invalidParameter(name: "minimumShared", reason: "must be at least 1, got \(projection.minimumShared)")
        }
        let members = try Self.selectedNodes([projection.memberLabel], parameter: "project", in: graph)
        let groups = try Self.selectedNodes([projection.groupLabel], parameter: "project", in: graph)
        var paths: [[([Bool], SelectionDirection)]] = []
        for path in projection.paths {
            var steps: [([Bool], SelectionDirection)] = []
            for step in path { steps.append((try Self.allowedTypes([step.type], parameter: "project", in: graph) ?? [], step.direction)) }
            paths.append(steps)
        }
        var memberIndex = [Int32](repeating: -1, count: graph.nodeIDBound)
        for (i, id) in members.enumerated() { memberIndex[id.rawValue] = Int32(i) }

        // The members of each group, as member indexes.
        let adjacency = graph.adjacencyIndex()
        var stamp = [Int](repeating: -1, count: graph.nodeIDBound)
        var round = 0
        var groupMembers: [[Int32]] = []
        var groupsOf = [[Int32]](repeating: [], count: members.count)
        let validity = projection.asOf?.check(in: graph)
        for group in groups {
            if let validity, !validity.admits(group) { continue }
            var reachedAll: [Int] = []
            for steps in paths {
                var frontier = [group.rawValue]
                for (allowed, direction) in steps {
                    round += 1
                    var next: [Int] = []
                    for v in frontier {
                        let directions = direction == .both ? [adjacency.outgoing, adjacency.incoming] : [adjacency.csr(direction == .in ? .incoming : .outgoing)]
                        for csr in directions {
                            for a in csr.range(of: v) {
                                let t = Int(csr.types[a])
                                let w = Int(csr.neighbors[a])
                                if t < allowed.count, allowed[t], stamp[w] != round,
                                    validity?.admits(RelationshipID(Int(csr.relationships[a]))) ?? true
                                {
                                    stamp[w] = round
                                    next.append(w)
                                }
                            }
                        }
                    }
                    frontier = next
                }
                reachedAll += frontier
            }
            let reached = Array(Set(reachedAll.compactMap { memberIndex[$0] >= 0 ? memberIndex[$0] : nil })).sorted()
            let g = Int32(groupMembers.count)
            for m in reached { groupsOf[Int(m)].append(g) }
            groupMembers.append(reached)
        }

        // Count shared groups per member pair.
        var shared = [Int32](repeating: 0, count: members.count)
        var touched: [Int32] = []
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        for u in 0..<members.count {
            for g in groupsOf[u] {
                for v in groupMembers[Int(g)] where Int(v) > u {
                    if shared[Int(v)] == 0 { touched.append(v) }
                    shared[Int(v)] += 1
                }
            }
            touched.sort()
            for v in touched {
                if Int(shared[Int(v)]) >= projection.minimumShared {
                    sources.append(Int32(u))
                    targets.append(v)
                    weights.append(Double(shared[Int(v)]))
                }
                shared[Int(v)] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        self.init(nodeIDs: members, sources: sources, targets: targets, weights: weights, undirected: true)
    }

    /// A graph from the rows of a node query and a relationship query: `nodes` in the order given
    /// (duplicates ignored) and one arc per relationship row (an undirected edge when `direction` is
    /// `.both`, reversed for `.in`); `weights` parallel to `relationships`, or nil.
    ///
    /// - Throws: ``AlgorithmError/projectionEndpointMissing(parameter:row:node:)`` when a relationship row
    ///   names a node the node rows did not.
    /// - Complexity: O(nodes + relationships).
    public init(
        projectingNodes nodes: [NodeID], relationships: [(source: NodeID, target: NodeID)], weights: [Double]?,
        direction: SelectionDirection
    ) throws(AlgorithmError) {
        var bound = 0
        for id in nodes { bound = Swift.max(bound, id.rawValue + 1) }
        var indexOf = [Int32](repeating: -1, count: bound)
        var unique: [NodeID] = []
        for id in nodes where indexOf[id.rawValue] < 0 {
            indexOf[id.rawValue] = Int32(unique.count)
            unique.append(id)
        }
        func index(_ id: NodeID, _ row: Int) throws(AlgorithmError) -> Int32 {
            guard id.rawValue >= 0, id.rawValue < bound, indexOf[id.rawValue] >= 0 else {
                throw .projectionEndpointMissing(parameter: "relationshipQuery", row: row + 1, node: id.rawValue)
            }
            return indexOf[id.rawValue]
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        sources.reserveCapacity(relationships.count)
        targets.reserveCapacity(relationships.count)
        for (row, r) in relationships.enumerated() {
            let s = try index(r.source, row), t = try index(r.target, row)
            sources.append(direction == .in ? t : s)
            targets.append(direction == .in ? s : t)
        }
        self.init(nodeIDs: unique, sources: sources, targets: targets, weights: weights, undirected: direction == .both)
    }

    /// The same graph without weights (every arc weighs 1).
    /// - Complexity: O(1) (arrays are shared).
    public func withoutWeights() -> CompactGraph {
        guard isWeighted else { return self }
        let out = CSRBuilder.Arrays(offsets: outOffsets, targets: outTargets, weights: nil, relationships: outRelationships)
        let inward = isUndirected ? nil : CSRBuilder.Arrays(offsets: inOffsets, targets: inSources, weights: nil, relationships: nil)
        return CompactGraph(nodeIDs: nodeIDs, indexByNodeID: indexByNodeID, undirected: isUndirected, out: out, in: inward)
    }
}
