// The seed's taxonomy of clusters by where their participants are: domestic interregional (regions of one
// country), cross-border (participants on the borders of neighbouring countries) and transnational (two or
// more countries without a common border). A cluster of several countries is cross-border when every pair
// of its countries are neighbours under the chosen rule, transnational otherwise.

import GraphAlgorithms
import GraphStore

/// The seed's three kinds of interregional cluster.
public enum ClusterType: String, Sendable {
    case domestic = "domestic"
    case crossBorder = "cross-border"
    case transnational = "transnational"
}

/// One cluster's classification and the reason for it.
public struct ClusterClassification: Sendable {
    public let cluster: NodeID
    public let key: String
    public let type: ClusterType
    /// The cluster's countries by ISO code, sorted.
    public let countries: [String]
    /// Why: the neighbouring pairs, or the pairs without a common border.
    public let reason: String
}

/// Classifies every cluster of the graph under a neighbour rule (with `asOf`, the clusters and
/// memberships valid that day).
/// - Complexity: O(clusters × countries²).
public func classifyClusters(
    in graph: PropertyGraph, rule: NeighbourRule = .default, schema: ClusterSchema = .standard, asOf: ValidityDay? = nil
) -> [ClusterClassification] {
    let borders = BorderTable(graph, schema: schema)
    return clusterMemberships(in: graph, schema: schema, asOf: asOf).map { m in
        let isos = m.countries.map { graph.string(schema.countryKey, of: $0) ?? "#\($0.rawValue)" }
        let byIso = zip(isos, m.countries).sorted { $0.0 < $1.0 }
        let sortedIsos = byIso.map(\.0)
        guard byIso.count > 1 else {
            let reason = byIso.isEmpty ? "no country is known for this cluster" : "all its regions are in \(sortedIsos[0])"
            return ClusterClassification(cluster: m.cluster, key: m.key, type: .domestic, countries: sortedIsos, reason: reason)
        }
        var neighbouring: [String] = []
        var apart: [String] = []
        for i in 0..<byIso.count {
            for j in (i + 1)..<byIso.count {
                let kinds = borders.kinds(byIso[i].1, byIso[j].1)
                let pair = "\(byIso[i].0)–\(byIso[j].0)"
                let accepted = kinds.intersection(rule.kinds).sorted()
                if accepted.isEmpty {
                    let other = kinds.subtracting(rule.kinds).sorted()
                    apart.append(other.isEmpty ? pair : "\(pair) (only \(other.joined(separator: ", ")))")
                } else {
                    neighbouring.append("\(pair) (\(accepted.joined(separator: ", ")))")
                }
            }
        }
        if apart.isEmpty {
            return ClusterClassification(
                cluster: m.cluster, key: m.key, type: .crossBorder, countries: sortedIsos,
                reason: "every pair of its countries are neighbours under '\(rule.rawValue)': " + neighbouring.joined(separator: "; "))
        }
        return ClusterClassification(
            cluster: m.cluster, key: m.key, type: .transnational, countries: sortedIsos,
            reason: "no common border under '\(rule.rawValue)' between " + apart.joined(separator: "; "))
    }
}
