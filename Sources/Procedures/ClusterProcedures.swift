// The `clusters.*` procedures: the domain analyses of ClusterAnalysis as CALLable procedures.
//   CALL clusters.classify({neighbours: 'land+fixed_link'}) YIELD cluster, type, countries, reason
//   CALL clusters.hubs({level: 'country', by: 'clusters'}) YIELD node, score, rank
//   CALL clusters.ties({level: 'country'}) YIELD a, b, shared, clusters
// Each takes `asOf: date('2018-12-31')`: the clusters and memberships valid that day (their since/until,
// founded/start/end dates).

import ClusterAnalysis
import Cypher
import GraphAlgorithms

enum ClusterProcedures {
    static func register(in registry: ProcedureRegistry) {
        let config = [ProcedureField("config", .map, default: .map(ValueMap()))]
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "clusters.classify", inputs: config,
                    outputs: [
                        ProcedureField("cluster", .node), ProcedureField("type", .string), ProcedureField("countries", .list(.string)),
                        ProcedureField("reason", .string),
                    ],
                    description: "each cluster as domestic, cross-border or transnational; {neighbours: 'land' | 'land+fixed_link' (default) | 'land+maritime', asOf: date}")
            ) { call in
                let options = try ProcedureConfig(call.arguments[0], procedure: "clusters.classify", allowed: ["neighbours", "asOf"])
                let rule = try options.choice("neighbours", NeighbourRule.self, default: .default)
                return classifyClusters(in: call.graph, rule: rule, asOf: try options.asOf()).map {
                    [.node($0.cluster), .string($0.type.rawValue), .list($0.countries.map(Value.string)), .string($0.reason)]
                }
            })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "clusters.hubs", inputs: config,
                    outputs: [ProcedureField("node", .node), ProcedureField("score", .float), ProcedureField("rank", .integer)],
                    description:
                        "places ranked as hubs of the co-membership network; {level: 'country' | 'region', by: 'clusters' | 'degree' | 'strength' | 'betweenness' | 'closeness' | 'harmonic' | 'pagerank' | 'eigenvector', asOf: date}"
                )
            ) { call in
                let options = try ProcedureConfig(call.arguments[0], procedure: "clusters.hubs", allowed: ["level", "by", "asOf"])
                let level = try options.choice("level", PlaceLevel.self, default: .country)
                let measure = try options.choice("by", HubMeasure.self, default: .clusters)
                let asOf = try options.asOf()
                let hubs: [Hub]
                do {
                    hubs = try clusterHubs(in: call.graph, level: level, by: measure, asOf: asOf)
                } catch {
                    throw ProcedureFailure("clusters.hubs: \(error)")
                }
                return hubs.map {
                    [.node($0.node), .float($0.score), .int(Int64($0.rank))]
                }
            })
        registry.register(
            Procedure(
                ProcedureSignature(
                    name: "clusters.ties", inputs: config,
                    outputs: [
                        ProcedureField("a", .node), ProcedureField("b", .node), ProcedureField("shared", .integer),
                        ProcedureField("clusters", .list(.string)),
                    ],
                    description: "pairs of places (countries, or regions of different countries) that share clusters; {level: 'country' | 'region', asOf: date}")
            ) { call in
                let options = try ProcedureConfig(call.arguments[0], procedure: "clusters.ties", allowed: ["level", "asOf"])
                let level = try options.choice("level", PlaceLevel.self, default: .country)
                return coMembershipTies(in: call.graph, level: level, asOf: try options.asOf()).map {
                    [.node($0.a), .node($0.b), .int(Int64($0.shared)), .list($0.clusters.map(Value.string))]
                }
            })
    }
}
