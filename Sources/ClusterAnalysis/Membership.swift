// Where each cluster is: its regions (SPANS) and countries (the countries of its regions, plus the ones it
// INVOLVES directly). Every analysis starts from these sets; as of a day, only clusters and membership
// relationships whose dates say they were valid then count (see ValidityDay).

import GraphAlgorithms
import GraphStore

/// A cluster and the places it spans.
public struct ClusterMembership: Sendable {
    public let cluster: NodeID
    /// The cluster's key (`id`), or its node id as text when it has none.
    public let key: String
    public let regions: [NodeID]
    public let countries: [NodeID]
}

extension PropertyGraph {
    /// The value of a string property of a node, or nil.
    func string(_ key: String, of node: NodeID) -> String? {
        guard let k = propertyKeyID(key), case .string(let s)? = property(k, of: node) else { return nil }
        return s
    }

    /// The neighbours of `node` along relationships of `type` in `direction` (valid on a day, if given).
    func neighbors(of node: NodeID, type: String, _ direction: Direction, validOn validity: ValidityCheck? = nil) -> [NodeID] {
        guard let t = relationshipTypeID(type) else { return [] }
        var result: [NodeID] = []
        for d in [Direction.outgoing, .incoming] where direction == d || direction == .both {
            let adjacency = adjacency(of: node, d)
            for i in adjacency.range(of: t) {
                let entry = adjacency.entries[i]
                if let validity, !validity.admits(entry.relationship) { continue }
                result.append(entry.neighbor)
            }
        }
        return result
    }
}

/// The memberships of every cluster, sorted by cluster key; with `asOf`, of the clusters valid that day
/// through the memberships valid that day.
public func clusterMemberships(in graph: PropertyGraph, schema: ClusterSchema = .standard, asOf: ValidityDay? = nil)
    -> [ClusterMembership]
{
    guard let clusterLabel = graph.labelID(schema.cluster) else { return [] }
    let countryLabel = graph.labelID(schema.country)
    var result: [ClusterMembership] = []
    let validity = asOf?.check(in: graph)
    for raw in graph.nodes(withLabel: clusterLabel) {
        let cluster = NodeID(raw)
        if let validity, !validity.admits(cluster) { continue }
        let regions = Array(Set(graph.neighbors(of: cluster, type: schema.spans, .outgoing, validOn: validity))).sorted()
        var countries = Set(graph.neighbors(of: cluster, type: schema.involves, .outgoing, validOn: validity))
        for region in regions {
            for country in graph.neighbors(of: region, type: schema.locatedIn, .outgoing, validOn: validity)
            where countryLabel.map({ graph.hasLabel(country, $0) }) ?? false {
                countries.insert(country)
            }
        }
        let key = graph.string(schema.clusterKey, of: cluster) ?? "#\(raw)"
        result.append(ClusterMembership(cluster: cluster, key: key, regions: regions, countries: countries.sorted()))
    }
    return result.sorted { $0.key < $1.key }
}
