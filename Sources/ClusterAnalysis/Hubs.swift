// Hubs of the cluster geography: places ranked by how many clusters they take part in, by how many places
// they are tied to (degree), by the total weight of their ties (strength), or by a centrality of the
// co-membership network (betweenness, closeness, harmonic, PageRank, eigenvector). The paper finds Sweden
// to be the hub; these measures let the data say so.

import GraphAlgorithms
import GraphStore

/// What makes a place a hub.
public enum HubMeasure: String, Sendable, CaseIterable {
    /// The number of clusters the place takes part in.
    case clusters
    /// The number of places it shares at least one cluster with.
    case degree
    /// The number of (place, shared cluster) ties: the sum of its ties' weights.
    case strength
    /// Normalized betweenness in the co-membership network (ties unweighted: a path is a chain of ties).
    case betweenness
    /// Closeness (Wasserman–Faust, so places in small components compare) in the co-membership network.
    case closeness
    /// Harmonic centrality in the co-membership network.
    case harmonic
    /// PageRank of the co-membership network, ties weighted by the clusters shared.
    case pagerank
    /// Eigenvector centrality of the co-membership network, ties weighted by the clusters shared.
    case eigenvector
}

/// A ranked place.
public struct Hub: Sendable {
    public let node: NodeID
    public let key: String
    public let score: Double
    /// 1 for the highest score; equal scores share a rank (1, 2, 2, 4).
    public let rank: Int
}

/// Places ranked by a hub measure, highest first, ties broken by key; with `asOf`, in the network of the
/// clusters and memberships valid that day.
/// - Throws: ``AlgorithmError`` when a centrality cannot be computed (eigenvector centrality that does not
///   converge).
public func clusterHubs(
    in graph: PropertyGraph, level: PlaceLevel, by measure: HubMeasure, schema: ClusterSchema = .standard, asOf: ValidityDay? = nil
) throws(AlgorithmError) -> [Hub] {
    let sets = PlaceSets(graph, level: level, schema: schema, asOf: asOf)
    var scores: [NodeID: Double] = [:]
    for place in sets.places.keys { scores[place] = 0 }
    switch measure {
    case .clusters:
        for (_, places) in sets.members { for p in Set(places) { scores[p, default: 0] += 1 } }
    case .degree, .strength:
        for tie in coMembershipTies(in: graph, level: level, schema: schema, asOf: asOf) {
            let weight = measure == .degree ? 1 : Double(tie.shared)
            scores[tie.a, default: 0] += weight
            scores[tie.b, default: 0] += weight
        }
    case .betweenness, .closeness, .harmonic, .pagerank, .eigenvector:
        let places = sets.places.keys.sorted { (sets.places[$0] ?? "", $0) < (sets.places[$1] ?? "", $1) }
        let index = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, Int32($0)) })
        let ties = coMembershipTies(in: graph, level: level, schema: schema, asOf: asOf)
        let weighted = measure == .pagerank || measure == .eigenvector
        let arcs = ties.compactMap { tie -> (Int32, Int32, Double)? in
            guard let a = index[tie.a], let b = index[tie.b] else { return nil }
            return (a, b, Double(tie.shared))
        }
        let network = CompactGraph(nodeIDs: places, arcs: arcs, weighted: weighted, undirected: true)
        let values: [Double]
        switch measure {
        case .betweenness: values = try Centrality.betweenness(network, BetweennessOptions(normalized: true)).scores
        case .closeness: values = try Centrality.closeness(network, ClosenessOptions(wassermanFaust: true))
        case .harmonic: values = try Centrality.harmonic(network)
        case .pagerank: values = try Centrality.pageRank(network).scores
        default: values = try Centrality.eigenvector(network).scores
        }
        for (i, place) in places.enumerated() { scores[place] = values[i] }
    }
    return rank(scores.map { ($0.key, sets.places[$0.key] ?? "", $0.value) })
}

/// Sorts (node, key, score) by score descending then key, and assigns competition ranks.
public func rank(_ scored: [(NodeID, String, Double)]) -> [Hub] {
    let sorted = scored.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1 }
    var hubs: [Hub] = []
    for (i, (node, key, score)) in sorted.enumerated() {
        let rank = i > 0 && hubs[i - 1].score == score ? hubs[i - 1].rank : i + 1
        hubs.append(Hub(node: node, key: key, score: score, rank: rank))
    }
    return hubs
}
