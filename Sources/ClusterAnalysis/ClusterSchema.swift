// The domain model's names as the analyses read them (see Graphs/README.md): which labels hold clusters,
// countries and regions, which relationships say where a cluster is, and which say who borders whom.

/// Labels, relationship types and keys of the cluster model.
public struct ClusterSchema: Sendable {
    public var cluster = "Cluster"
    public var country = "Country"
    public var region = "Region"
    /// Cluster → Region.
    public var spans = "SPANS"
    /// Cluster → Country, for clusters whose regions are not in the data.
    public var involves = "INVOLVES"
    /// Region → Country.
    public var locatedIn = "IN"
    /// Country — Country, with a `kind` property.
    public var borders = "BORDERS"
    /// Region — Region, with a `kind` property.
    public var adjacent = "ADJACENT"
    public var clusterKey = "id"
    public var countryKey = "iso"
    public var regionKey = "code"
    public var kindKey = "kind"

    public init() {}

    /// The schema of Graphs/interregional-clusters.cypher.
    public static let standard = ClusterSchema()
}
