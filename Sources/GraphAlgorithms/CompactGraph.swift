// The compact, read-only graph every algorithm runs on: dense node indexes 0..<nodeCount, out- and
// in-adjacency in CSR arrays, optional edge weights, and the map back to the store's node ids. It is
// built from any subgraph of a PropertyGraph (see GraphSelection), from a projection, or from plain
// arrays, and holds no reference to the store, so algorithms are plain functions over arrays. An
// undirected view stores each edge as two arcs and shares one CSR between the two directions.

import GraphStore

/// A directed (or undirected, stored as two arcs per edge) graph in CSR form.
public struct CompactGraph: Sendable {
    /// The number of nodes; node indexes run 0..<nodeCount.
    public let nodeCount: Int
    /// True when every edge was stored in both directions (an undirected view).
    public let isUndirected: Bool
    /// `outOffsets[v]..<outOffsets[v + 1]` indexes v's out-arcs in `outTargets` / `outWeights`.
    public let outOffsets: [Int32]
    /// The target index of each out-arc, node after node.
    public let outTargets: [Int32]
    /// Arc weights parallel to `outTargets`; nil when unweighted (every weight 1).
    public let outWeights: [Double]?
    /// The reverse adjacency (in-arcs), parallel arrays like the out-adjacency. In an undirected view
    /// these are the out-arrays themselves (shared storage).
    public let inOffsets: [Int32]
    /// The source index of each in-arc, node after node.
    public let inSources: [Int32]
    /// In-arc weights parallel to `inSources`; nil when unweighted.
    public let inWeights: [Double]?
    /// The store's relationship id of each out-arc (parallel to `outTargets`), kept only when asked for
    /// (paths need them); -1 for arcs of a projection that stand for no single relationship.
    public let outRelationships: [Int32]?
    /// The store's node id of each index.
    public let nodeIDs: [NodeID]
    /// The index of each store node id (`-1` when the node is not in the graph), dense over the ids.
    let indexByNodeID: [Int32]

    /// Builds the CSR arrays from arcs (source index, target index, weight). For an undirected graph pass
    /// each edge once and set `undirected`: both arcs are stored.
    /// - Complexity: O(nodes + arcs).
    public init(nodeIDs: [NodeID], arcs: [(Int32, Int32, Double)], weighted: Bool, undirected: Bool) {
        self.init(
            nodeIDs: nodeIDs, sources: arcs.map(\.0), targets: arcs.map(\.1), weights: weighted ? arcs.map(\.2) : nil,
            relationships: nil, undirected: undirected)
    }

    /// Builds the CSR arrays from parallel arrays of arc sources, targets, optional weights and optional
    /// relationship ids. For an undirected graph pass each edge once: both arcs are stored (a self-loop
    /// once). Arcs keep their input order within each node's run.
    /// - Precondition: every source and target is in `0..<nodeIDs.count`.
    /// - Complexity: O(nodes + arcs).
    public init(
        nodeIDs: [NodeID], sources: [Int32], targets: [Int32], weights: [Double]?, relationships: [Int32]? = nil,
        undirected: Bool
    ) {
        let n = nodeIDs.count
        self.nodeCount = n
        self.isUndirected = undirected
        self.nodeIDs = nodeIDs
        var maxID = -1
        for id in nodeIDs where id.rawValue > maxID { maxID = id.rawValue }
        var byID = [Int32](repeating: -1, count: maxID + 1)
        for (i, id) in nodeIDs.enumerated() { byID[id.rawValue] = Int32(i) }
        self.indexByNodeID = byID

        let out = CSRBuilder.build(
            nodeCount: n, from: sources, to: targets, weights: weights, relationships: relationships, mirrored: undirected)
        outOffsets = out.offsets
        outTargets = out.targets
        outWeights = out.weights
        outRelationships = out.relationships
        if undirected {
            inOffsets = out.offsets
            inSources = out.targets
            inWeights = out.weights
        } else {
            let inward = CSRBuilder.build(
                nodeCount: n, from: targets, to: sources, weights: weights, relationships: nil, mirrored: false)
            inOffsets = inward.offsets
            inSources = inward.targets
            inWeights = inward.weights
        }
    }

    /// Assembles a graph from finished CSR arrays (used by the transformations in this module).
    init(
        nodeIDs: [NodeID], indexByNodeID: [Int32], undirected: Bool, out: CSRBuilder.Arrays, in inward: CSRBuilder.Arrays?
    ) {
        self.nodeCount = nodeIDs.count
        self.nodeIDs = nodeIDs
        self.indexByNodeID = indexByNodeID
        self.isUndirected = undirected
        outOffsets = out.offsets
        outTargets = out.targets
        outWeights = out.weights
        outRelationships = out.relationships
        let other = inward ?? out
        inOffsets = other.offsets
        inSources = other.targets
        inWeights = other.weights
    }

    /// The number of arcs (an undirected edge counts twice, a self-loop once).
    public var arcCount: Int { outTargets.count }

    /// True when arcs carry weights.
    public var isWeighted: Bool { outWeights != nil }

    /// The out-arcs of node `v` as an index range into `outTargets`.
    /// - Complexity: O(1).
    @inlinable public func outRange(_ v: Int) -> Range<Int> { Int(outOffsets[v])..<Int(outOffsets[v + 1]) }

    /// The in-arcs of node `v` as an index range into `inSources`.
    /// - Complexity: O(1).
    @inlinable public func inRange(_ v: Int) -> Range<Int> { Int(inOffsets[v])..<Int(inOffsets[v + 1]) }

    /// The index of a store node, or nil when the node is not part of this graph.
    /// - Complexity: O(1).
    public func index(of node: NodeID) -> Int? {
        let raw = node.rawValue
        guard raw >= 0, raw < indexByNodeID.count else { return nil }
        let i = indexByNodeID[raw]
        return i >= 0 ? Int(i) : nil
    }

    /// Bytes of the adjacency per arc and direction beyond the node ids: 4 for the target index, plus 8
    /// for the weight when weighted (offsets add 4 bytes per node).
    public var bytesPerArcDirection: Int { outWeights == nil ? 4 : 12 }

    /// The bytes the view occupies: offsets, targets, weights and relationship ids of both directions
    /// (shared arrays counted once), plus the node id map.
    /// - Complexity: O(1).
    public var memoryFootprint: Int {
        var bytes = 4 * (outOffsets.count + outTargets.count) + 8 * (outWeights?.count ?? 0) + 4 * (outRelationships?.count ?? 0)
        if !isUndirected { bytes += 4 * (inOffsets.count + inSources.count) + 8 * (inWeights?.count ?? 0) }
        return bytes + 8 * nodeIDs.count + 4 * indexByNodeID.count
    }
}

/// Builds one direction of a CSR by counting sort.
enum CSRBuilder {
    struct Arrays {
        var offsets: [Int32]
        var targets: [Int32]
        var weights: [Double]?
        var relationships: [Int32]?
    }

    /// The CSR of arcs `from[i] → to[i]`; with `mirrored` each non-loop arc is also stored reversed.
    /// - Complexity: O(nodeCount + arcs).
    static func build(
        nodeCount n: Int, from: [Int32], to: [Int32], weights: [Double]?, relationships: [Int32]?, mirrored: Bool
    ) -> Arrays {
        var offsets = [Int32](repeating: 0, count: n + 1)
        for i in from.indices {
            offsets[Int(from[i]) + 1] += 1
            if mirrored, from[i] != to[i] { offsets[Int(to[i]) + 1] += 1 }
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        let total = Int(offsets[n])
        var next = offsets
        var targets = [Int32](repeating: 0, count: total)
        var arcWeights = weights.map { _ in [Double](repeating: 0, count: total) }
        var arcRelationships = relationships.map { _ in [Int32](repeating: -1, count: total) }
        for i in from.indices {
            let s = Int(from[i]), t = Int(to[i])
            let slot = Int(next[s])
            next[s] += 1
            targets[slot] = Int32(t)
            if let weights { arcWeights?[slot] = weights[i] }
            if let relationships { arcRelationships?[slot] = relationships[i] }
            if mirrored, s != t {
                let back = Int(next[t])
                next[t] += 1
                targets[back] = Int32(s)
                if let weights { arcWeights?[back] = weights[i] }
                if let relationships { arcRelationships?[back] = relationships[i] }
            }
        }
        return Arrays(offsets: offsets, targets: targets, weights: arcWeights, relationships: arcRelationships)
    }
}
