// What the optimizer knows of the graph: how many nodes carry a label, which property indexes exist and
// how selective they are. Estimates only guide the choice of a plan; a wrong estimate makes a plan slower,
// never its answer different.

/// The graph's statistics, as the rules' cost estimates need them.
struct Statistics {
    let graph: PropertyGraph

    /// Nodes in the graph.
    var nodeCount: Int { graph.nodeCount }

    /// Nodes carrying `label` (0 for a label the graph has never seen).
    /// - Complexity: O(1).
    func nodeCount(label: String) -> Int {
        guard let id = graph.labelID(label) else { return 0 }
        return graph.nodeCount(withLabel: id)
    }

    /// Nodes a scan of a pattern node with these labels finds at most: the rarest label's count.
    func nodeCount(labels: [String]) -> Int {
        labels.map(nodeCount(label:)).min() ?? nodeCount
    }

    /// The label of `labels` with the fewest nodes.
    func rarest(_ labels: [String]) -> String? {
        labels.min { nodeCount(label: $0) < nodeCount(label: $1) }
    }

    /// Nodes an index seek on `label`.`key` finds per value, or nil when there is no such index.
    func rowsPerIndexedValue(label: String, key: String) -> Int? {
        guard let labelID = graph.labelID(label), let keyID = graph.propertyKeyID(key),
            let index = graph.propertyIndex(label: labelID, key: keyID)
        else { return nil }
        return max(1, graph.nodeCount(withLabel: labelID) / max(1, index.distinctValues))
    }
}
