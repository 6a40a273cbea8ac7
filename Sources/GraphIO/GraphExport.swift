// Export of a whole graph as text other tools read: an openCypher script (for ClusterGraph, Neo4j,
// Memgraph or FalkorDB), GraphML (for Gephi, yEd, Cytoscape, NetworkX, igraph) and JSON Lines in the
// layout of Neo4j's APOC export. Each format is its own file; this one names them and dispatches.

import GraphStore

/// A text format a graph can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// An openCypher script: schema statements (in a dialect's syntax), then one CREATE of every node and
    /// relationship, or for a large graph UNWIND statements of a batch of them each.
    case cypher
    /// GraphML: typed attribute keys, a node per node, an edge per relationship.
    case graphml
    /// JSON Lines: one object per node, then one per relationship (APOC's `export.json` layout).
    case jsonl

    /// The usual file extension.
    public var fileExtension: String { rawValue }
}

extension PropertyGraph {
    /// The whole graph — nodes, relationships, their labels, types and properties, and for Cypher the
    /// indexes and constraints — as text in `format`.
    /// - Complexity: O(nodes + relationships + properties).
    public func exported(as format: ExportFormat, cypher options: CypherExportOptions = CypherExportOptions()) -> String {
        switch format {
        case .cypher: return CypherScriptExporter(graph: self, options: options).script()
        case .graphml: return GraphMLExporter(graph: self).document()
        case .jsonl: return JSONLinesExporter(graph: self).lines()
        }
    }
}
