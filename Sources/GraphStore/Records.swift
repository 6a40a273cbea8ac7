// The stored form of nodes and relationships. Records live in arrays indexed by id; a deleted entity
// leaves a nil slot so that ids stay stable.

/// A stored node: its labels (sorted, unique), properties and incident relationships.
public struct NodeRecord: Sendable {
    public internal(set) var labels: [LabelID]
    public internal(set) var properties: PropertyMap
    public internal(set) var outgoing: AdjacencyList
    public internal(set) var incoming: AdjacencyList

    init(labels: [LabelID], properties: PropertyMap) {
        self.labels = labels
        self.properties = properties
        self.outgoing = AdjacencyList()
        self.incoming = AdjacencyList()
    }

    /// True when the node carries `label`.
    /// - Complexity: O(number of labels).
    @inlinable public func hasLabel(_ label: LabelID) -> Bool { labels.contains(label) }

    /// The number of incident relationships (a self-loop counts twice).
    public var degree: Int { outgoing.count + incoming.count }
}

/// A stored relationship: its type, end points and properties.
public struct RelationshipRecord: Sendable {
    public let type: RelationshipTypeID
    public let start: NodeID
    public let end: NodeID
    public internal(set) var properties: PropertyMap

    /// The end point opposite to `node` (for a self-loop, the node itself).
    @inlinable public func otherEnd(from node: NodeID) -> NodeID { node == start ? end : start }
}
