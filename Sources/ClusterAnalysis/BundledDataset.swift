// The dataset the product ships: Graphs/interregional-clusters.cypher, compiled into the binary so that
// `clustergraph` has the paper's world at hand with no file to find.

/// The bundled interregional-clusters dataset.
public enum BundledDataset {
    /// The file the text comes from, as errors and help name it.
    public static let fileName = "Graphs/interregional-clusters.cypher"

    /// The openCypher script of the dataset.
    public static var script: String { String(decoding: PackageResources.interregional_clusters_cypher, as: UTF8.self) }
}
