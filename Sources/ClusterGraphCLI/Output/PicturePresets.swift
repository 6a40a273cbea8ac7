// The paper's pictures as one command each: `render --preset NAME` runs the preset's statements (each
// result adds nodes, values for them, or ties) and draws them with the preset's style; any style option
// given with it (--color, --size, --title, …) overrides the preset's choice.

import ArgumentParser
import GraphRender

/// A picture ready to draw: the queries, the tie columns, and the style.
enum PicturePreset: String, CaseIterable, ExpressibleByArgument {
    /// Clusters coloured by their type, linked to the countries they involve, countries sized by the
    /// number of clusters they take part in.
    case clusters
    /// The country co-membership network: ties as wide as the clusters two countries share, the
    /// strongest labelled, countries sized by their clusters.
    case ties
    /// The region co-membership network: regions sized by PageRank, coloured by country (or by
    /// Louvain community with `--color community`).
    case regions
    /// The clusters on the map: regions and countries at their coordinates, each cluster (coloured by
    /// type) at the mean position of its regions, linked to them.
    case map

    /// The statements whose results make the picture.
    var script: String {
        switch self {
        case .clusters:
            return """
                CALL clusters.classify() YIELD cluster, type RETURN cluster, type;
                CALL clusters.hubs({level: 'country', by: 'clusters'}) YIELD node, score RETURN node AS country, score AS clusters;
                CALL clusters.classify() YIELD cluster, countries UNWIND countries AS iso
                MATCH (c:Country {iso: iso}) RETURN cluster, c AS country;
                """
        case .ties:
            return """
                CALL clusters.hubs({level: 'country', by: 'clusters'}) YIELD node, score RETURN node AS country, score AS clusters;
                CALL clusters.ties({level: 'country'}) YIELD a, b, shared RETURN a, b, shared;
                """
        case .regions:
            return """
                CALL algo.pageRank({project: 'region'}) YIELD node, score RETURN node, score AS pagerank;
                CALL algo.louvain({project: 'region'}) YIELD node, community RETURN node, community;
                CALL clusters.ties({level: 'region'}) YIELD a, b, shared RETURN a, b, shared;
                """
        case .map:
            return """
                CALL clusters.classify() YIELD cluster, type RETURN cluster, type;
                MATCH p = (:Cluster)-[:SPANS]->(:Region) RETURN p;
                MATCH (k:Cluster)-[:INVOLVES]->(c:Country) WHERE NOT (k)-[:SPANS]->(:Region) RETURN k AS cluster, c AS country;
                """
        }
    }

    /// The columns that make ties (`--tie`).
    var tie: String {
        switch self {
        case .clusters, .map: return "cluster,country"
        case .ties, .regions: return "a,b,shared"
        }
    }

    var style: PictureStyle {
        var style = Pictures.plainStyle
        style.splines = .line
        switch self {
        case .clusters:
            style.color = Mapping("type", scale: .categories)
            style.size = Mapping("clusters")
            style.title = "Interregional clusters by type and the countries they involve"
            style.caption = "Data: Graphs/interregional-clusters.cypher (seed paper and sourced public facts); types by clusters.classify"
        case .ties:
            style.size = Mapping("clusters")
            style.width = Mapping("shared")
            style.maxEdgeLabels = 10
            style.title = "Countries tied by the clusters they share"
            style.caption = "Data: Graphs/interregional-clusters.cypher; ties by clusters.ties, the 10 strongest labelled"
        case .regions:
            style.color = Mapping("country", scale: .categories)
            style.size = Mapping("pagerank")
            style.width = Mapping("shared")
            style.maxNodeLabels = 30
            style.maxEdgeLabels = 10
            style.title = "Regions tied by shared clusters, sized by PageRank"
            style.caption = "Data: Graphs/interregional-clusters.cypher; co-membership projection of regions; the 10 strongest ties labelled"
        case .map:
            style.geographic = true
            style.undirectedTypes.insert("SPANS")
            style.color = Mapping("type", scale: .categories)
            style.title = "Interregional clusters on the map"
            style.caption = "Regions and countries at their coordinates (Lambert azimuthal equal-area, EPSG:3035's centre); each cluster at the mean of its regions. Data: Graphs/interregional-clusters.cypher"
        }
        return style
    }
}
