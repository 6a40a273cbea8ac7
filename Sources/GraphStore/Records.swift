// Views of stored nodes and relationships. The store keeps their parts in parallel arrays (see
// PropertyGraph.swift); these records gather one entity's parts for callers off the hot paths and for
// the undo log.

/// A node: its labels (sorted, unique), properties and incident relationships.
public struct NodeRecord: Sendable {
    public internal(set) var labels: [LabelID]
    public internal(set) var properties: PropertyMap
    public internal(set) var outgoing: AdjacencyList
    public internal(set) var incoming: AdjacencyList

    init(labels: [LabelID], properties: PropertyMap, outgoing: AdjacencyList = AdjacencyList(), incoming: AdjacencyList = AdjacencyList()) {
        self.labels = labels
        self.properties = properties
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// True when the node carries `label`.
    /// - Complexity: O(number of labels).
    @inlinable public func hasLabel(_ label: LabelID) -> Bool { labels.contains(label) }

    /// The number of incident relationships (a self-loop counts twice).
    public var degree: Int { outgoing.count + incoming.count }
}

/// A relationship: its type, end points and properties.
public struct RelationshipRecord: Sendable {
    public let type: RelationshipTypeID
    public let start: NodeID
    public let end: NodeID
    public internal(set) var properties: PropertyMap

    @usableFromInline init(type: RelationshipTypeID, start: NodeID, end: NodeID, properties: PropertyMap) {
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties
    }

    /// The end point opposite to `node` (for a self-loop, the node itself).
    @inlinable public func otherEnd(from node: NodeID) -> NodeID { node == start ? end : start }
}

/// A set of labels as a 64-bit mask over label ids below 64, plus a list of any larger ids. Checking a
/// node against a pattern's labels is then one AND for the common case.
public struct LabelMask: Sendable, Equatable {
    public var bits: UInt64 = 0
    public var extra: [LabelID] = []

    public init() {}

    public init<S: Sequence>(_ labels: S) where S.Element == LabelID {
        for l in labels { insert(l) }
    }

    public mutating func insert(_ label: LabelID) {
        if label.rawValue < 64 { bits |= 1 << UInt64(label.rawValue) } else if !extra.contains(label) { extra.append(label) }
    }

    public var isEmpty: Bool { bits == 0 && extra.isEmpty }
}
