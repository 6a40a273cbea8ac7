// The co-membership network of places: two countries (or two regions) are tied when they take part in a
// common cluster, and the tie's weight is the number of clusters they share. Hubs and ties are read off it.

import GraphAlgorithms
import GraphStore

/// The level of the places in the co-membership network.
public enum PlaceLevel: String, Sendable, CaseIterable {
    case country
    case region
}

/// A tie between two places: the clusters they share.
public struct PlaceTie: Sendable {
    public let a: NodeID
    public let b: NodeID
    public let aKey: String
    public let bKey: String
    /// The keys of the shared clusters, sorted.
    public let clusters: [String]
    public var shared: Int { clusters.count }
}

/// The places of each cluster at a level, with their keys.
struct PlaceSets {
    let places: [NodeID: String]
    /// cluster key → its places
    let members: [(cluster: String, places: [NodeID])]

    init(_ graph: PropertyGraph, level: PlaceLevel, schema: ClusterSchema, asOf: ValidityDay?) {
        var places: [NodeID: String] = [:]
        var members: [(String, [NodeID])] = []
        let key = level == .country ? schema.countryKey : schema.regionKey
        for m in clusterMemberships(in: graph, schema: schema, asOf: asOf) {
            let list = level == .country ? m.countries : m.regions
            for p in list where places[p] == nil { places[p] = graph.string(key, of: p) ?? "#\(p.rawValue)" }
            members.append((m.key, list))
        }
        self.places = places
        self.members = members
    }
}

/// Every pair of places sharing at least one cluster, most shared first (then by keys). At region level
/// only cross-border pairs — regions in different countries — are ties. With `asOf`, the network of
/// the clusters and memberships valid that day.
/// - Complexity: O(Σ over clusters of places²).
public func coMembershipTies(in graph: PropertyGraph, level: PlaceLevel, schema: ClusterSchema = .standard, asOf: ValidityDay? = nil)
    -> [PlaceTie]
{
    let sets = PlaceSets(graph, level: level, schema: schema, asOf: asOf)
    var countryOf: [NodeID: Set<NodeID>] = [:]
    if level == .region {
        for region in sets.places.keys {
            countryOf[region] = Set(graph.neighbors(of: region, type: schema.locatedIn, .outgoing))
        }
    }
    struct Pair: Hashable {
        let a: NodeID
        let b: NodeID
    }
    var shared: [Pair: [String]] = [:]
    for (cluster, places) in sets.members {
        let sorted = places.sorted { (sets.places[$0] ?? "") < (sets.places[$1] ?? "") }
        for i in 0..<sorted.count {
            for j in (i + 1)..<sorted.count {
                let (a, b) = (sorted[i], sorted[j])
                if level == .region, let ca = countryOf[a], let cb = countryOf[b], !ca.isDisjoint(with: cb) { continue }
                shared[Pair(a: a, b: b), default: []].append(cluster)
            }
        }
    }
    return shared.map { pair, clusters in
        PlaceTie(a: pair.a, b: pair.b, aKey: sets.places[pair.a] ?? "", bKey: sets.places[pair.b] ?? "", clusters: clusters.sorted())
    }.sorted { ($1.shared, $0.aKey, $0.bKey) < ($0.shared, $1.aKey, $1.bKey) }
}
