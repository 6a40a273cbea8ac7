// The in-memory property graph: nodes and relationships in id-indexed parallel arrays (liveness, label
// bits, properties, adjacency), the name catalogs (labels, relationship types, property keys), a label
// index, per-type relationship sets and property indexes. Parallel arrays keep the hot reads — "does this
// node carry these labels", "the outgoing relationships of this node" — free of copies. This file holds
// the state and the read API; writes are in PropertyGraph+Writes.swift and the all-or-nothing
// transaction machinery in PropertyGraph+Transactions.swift.

/// An in-memory property graph with labelled nodes, typed directed relationships and properties.
///
/// A `PropertyGraph` is a single-writer structure: one statement at a time reads or writes it. Every write
/// made inside ``transaction(_:)`` is undone if the body throws, so a failing statement leaves the graph
/// exactly as it was. ``snapshot()`` gives an independent copy (arrays are shared until written).
public final class PropertyGraph {
    // Nodes, by id.
    @usableFromInline var nodeLive: [Bool] = []
    @usableFromInline var nodeLabelBits: [UInt64] = []
    /// Labels with ids of 64 and above, for the few nodes that carry them.
    @usableFromInline var nodeExtraLabels: [Int: [LabelID]] = [:]
    @usableFromInline var nodeProperties: [PropertyMap] = []
    @usableFromInline var outgoingLists: [AdjacencyList] = []
    @usableFromInline var incomingLists: [AdjacencyList] = []
    // Relationships, by id.
    @usableFromInline var relationshipLive: [Bool] = []
    @usableFromInline var relationshipTypes: [RelationshipTypeID] = []
    @usableFromInline var relationshipStarts: [NodeID] = []
    @usableFromInline var relationshipEnds: [NodeID] = []
    @usableFromInline var relationshipProperties: [PropertyMap] = []

    public internal(set) var nodeCount = 0
    public internal(set) var relationshipCount = 0

    public internal(set) var labelNames = SymbolTable()
    public internal(set) var relationshipTypeNames = SymbolTable()
    public internal(set) var propertyKeyNames = SymbolTable()

    /// Nodes per label, indexed by label id.
    var nodesByLabel: [SortedIDSet] = []
    /// Relationships per type, indexed by type id.
    var relationshipsByType: [SortedIDSet] = []
    /// Equality indexes on (label, property key).
    var propertyIndexes: [PropertyIndexKey: PropertyIndex] = [:]
    /// Uniqueness constraints on (label, property key); each is backed by the index of the same key.
    var uniqueConstraints: [PropertyIndexKey: SchemaName] = [:]
    /// The undo log of the open transaction, nil when none is open.
    var undoLog: [UndoRecord]?
    /// Nodes whose constraint status must be re-checked when the transaction commits.
    var nodesToValidate: Set<Int> = []
    /// Relationships deleted in the open transaction, so their type stays readable until it ends.
    var deletedRelationships: [Int: RelationshipRecord] = [:]
    /// The keys of the last property map created, which the next one shares when its keys are the same
    /// (PropertyMap.init(_:sharingKeys:)): an array less per element.
    var recentPropertyKeys: [PropertyKeyID] = []
    /// The CSR view of the adjacency; dropped by every write that changes relationships.
    var cachedAdjacencyIndex: AdjacencyIndex?
    /// How many transactions committed a change (of data or schema): what durable storage compares with
    /// the count it last saved.
    public internal(set) var committedChanges = 0
    /// Whether commits add what they touched to `capturedChanges` (durable storage turns it on).
    var capturesChanges = false
    /// What commits touched since storage last took it (PropertyGraph+ChangeLog.swift).
    var capturedChanges = ChangeSet()

    public init() {}

    /// An independent copy of the graph. Arrays are shared copy-on-write, so this is cheap until either
    /// copy is written.
    /// - Complexity: O(number of labels + types + indexes).
    public func snapshot() -> PropertyGraph {
        let copy = PropertyGraph()
        copy.nodeLive = nodeLive
        copy.nodeLabelBits = nodeLabelBits
        copy.nodeExtraLabels = nodeExtraLabels
        copy.nodeProperties = nodeProperties
        copy.outgoingLists = outgoingLists
        copy.incomingLists = incomingLists
        copy.relationshipLive = relationshipLive
        copy.relationshipTypes = relationshipTypes
        copy.relationshipStarts = relationshipStarts
        copy.relationshipEnds = relationshipEnds
        copy.relationshipProperties = relationshipProperties
        copy.nodeCount = nodeCount
        copy.relationshipCount = relationshipCount
        copy.labelNames = labelNames
        copy.relationshipTypeNames = relationshipTypeNames
        copy.propertyKeyNames = propertyKeyNames
        copy.nodesByLabel = nodesByLabel
        copy.relationshipsByType = relationshipsByType
        copy.propertyIndexes = propertyIndexes
        copy.uniqueConstraints = uniqueConstraints
        copy.cachedAdjacencyIndex = cachedAdjacencyIndex
        return copy
    }

    // MARK: - Catalog

    /// The id of a label name, or nil when no node ever carried it.
    public func labelID(_ name: String) -> LabelID? { labelNames.id(of: name).map(LabelID.init) }
    /// The id of a relationship type name, or nil when unknown.
    public func relationshipTypeID(_ name: String) -> RelationshipTypeID? {
        relationshipTypeNames.id(of: name).map(RelationshipTypeID.init)
    }
    /// The id of a property key, or nil when unknown.
    public func propertyKeyID(_ name: String) -> PropertyKeyID? { propertyKeyNames.id(of: name).map(PropertyKeyID.init) }

    public func name(of label: LabelID) -> String { labelNames.name(of: label.rawValue) }
    public func name(of type: RelationshipTypeID) -> String { relationshipTypeNames.name(of: type.rawValue) }
    public func name(of key: PropertyKeyID) -> String { propertyKeyNames.name(of: key.rawValue) }

    /// Labels carried by at least one node, in id order.
    public var labelsInUse: [LabelID] {
        nodesByLabel.indices.filter { !nodesByLabel[$0].isEmpty }.map { LabelID(Int32($0)) }
    }
    /// Relationship types of at least one relationship, in id order.
    public var relationshipTypesInUse: [RelationshipTypeID] {
        relationshipsByType.indices.filter { !relationshipsByType[$0].isEmpty }.map { RelationshipTypeID(Int32($0)) }
    }

    // MARK: - Nodes

    /// One past the largest node id ever handed out; every live node id is below it.
    public var nodeIDBound: Int { nodeLive.count }
    /// One past the largest relationship id ever handed out.
    public var relationshipIDBound: Int { relationshipLive.count }

    /// True when the node exists (was created and not deleted).
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: NodeID) -> Bool {
        id.rawValue >= 0 && id.rawValue < nodeLive.count && nodeLive[id.rawValue]
    }

    /// True when the relationship exists.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: RelationshipID) -> Bool {
        id.rawValue >= 0 && id.rawValue < relationshipLive.count && relationshipLive[id.rawValue]
    }

    /// The node's parts gathered into a record, or nil when the id is unknown or deleted.
    /// - Complexity: O(labels).
    public func node(_ id: NodeID) -> NodeRecord? {
        guard contains(id) else { return nil }
        let i = id.rawValue
        return NodeRecord(labels: labels(of: id), properties: nodeProperties[i], outgoing: outgoingLists[i], incoming: incomingLists[i])
    }

    /// Ids of all live nodes, ascending.
    /// - Complexity: O(node id bound).
    public var allNodeIDs: [NodeID] {
        var ids: [NodeID] = []
        ids.reserveCapacity(nodeCount)
        for i in nodeLive.indices where nodeLive[i] { ids.append(NodeID(i)) }
        return ids
    }

    /// Ids of the nodes carrying `label`, ascending.
    /// - Complexity: O(1) (the returned set is shared copy-on-write).
    public func nodes(withLabel label: LabelID) -> SortedIDSet {
        let i = Int(label.rawValue)
        return i < nodesByLabel.count ? nodesByLabel[i] : SortedIDSet()
    }

    /// The number of nodes carrying `label`.
    public func nodeCount(withLabel label: LabelID) -> Int { nodes(withLabel: label).count }

    /// Labels of a node, sorted by id; empty when the node does not exist.
    public func labels(of id: NodeID) -> [LabelID] {
        guard contains(id) else { return [] }
        var labels: [LabelID] = []
        var bits = nodeLabelBits[id.rawValue]
        while bits != 0 {
            let b = bits.trailingZeroBitCount
            labels.append(LabelID(Int32(b)))
            bits &= bits - 1
        }
        if let extra = nodeExtraLabels[id.rawValue] { labels += extra.sorted() }
        return labels
    }

    /// The bits of every node's labels with ids below 64, by node id (0 for a deleted node), for loops
    /// that check the labels of many nodes: a local copy of the array is read without reference counting.
    /// - Complexity: O(1) (the array is shared copy-on-write).
    public var labelBitsByNode: [UInt64] { nodeLabelBits }

    /// True when the live node carries `label`.
    /// - Complexity: O(1).
    @inlinable public func hasLabel(_ id: NodeID, _ label: LabelID) -> Bool {
        guard contains(id) else { return false }
        if label.rawValue < 64 { return nodeLabelBits[id.rawValue] & (1 << UInt64(label.rawValue)) != 0 }
        return nodeExtraLabels[id.rawValue]?.contains(label) ?? false
    }

    /// True when the live node carries every label of `mask`.
    /// - Complexity: O(1) for labels with ids below 64.
    @inlinable public func hasLabels(_ id: NodeID, _ mask: LabelMask) -> Bool {
        guard contains(id) else { return false }
        guard nodeLabelBits[id.rawValue] & mask.bits == mask.bits else { return false }
        if mask.extra.isEmpty { return true }
        guard let extra = nodeExtraLabels[id.rawValue] else { return false }
        return mask.extra.allSatisfy(extra.contains)
    }

    /// The value of a node property, or nil when absent (or the node does not exist).
    /// - Complexity: O(log number of properties).
    @inlinable public func property(_ key: PropertyKeyID, of id: NodeID) -> Value? {
        guard contains(id) else { return nil }
        return nodeProperties[id.rawValue][key]
    }

    /// The properties of a node (empty when it does not exist).
    public func properties(of id: NodeID) -> PropertyMap { contains(id) ? nodeProperties[id.rawValue] : PropertyMap() }

    /// Incident relationships of a node in one direction (outgoing or incoming).
    /// - Complexity: O(1) (shared copy-on-write).
    @inlinable public func adjacency(of id: NodeID, _ direction: Direction) -> AdjacencyList {
        guard contains(id) else { return AdjacencyList() }
        return direction == .incoming ? incomingLists[id.rawValue] : outgoingLists[id.rawValue]
    }

    /// The number of incident relationships of a node (a self-loop counts twice).
    public func degree(of id: NodeID) -> Int {
        guard contains(id) else { return 0 }
        return outgoingLists[id.rawValue].count + incomingLists[id.rawValue].count
    }

    // MARK: - Relationships

    /// The relationship's parts gathered into a record, or nil.
    /// - Complexity: O(1).
    @inlinable public func relationship(_ id: RelationshipID) -> RelationshipRecord? {
        guard contains(id) else { return nil }
        let i = id.rawValue
        return RelationshipRecord(
            type: relationshipTypes[i], start: relationshipStarts[i], end: relationshipEnds[i], properties: relationshipProperties[i])
    }

    /// The type of a live relationship.
    @inlinable public func type(of id: RelationshipID) -> RelationshipTypeID? {
        contains(id) ? relationshipTypes[id.rawValue] : nil
    }

    /// The start and end node of a live relationship.
    @inlinable public func endpoints(of id: RelationshipID) -> (start: NodeID, end: NodeID)? {
        contains(id) ? (relationshipStarts[id.rawValue], relationshipEnds[id.rawValue]) : nil
    }

    /// The record of a relationship that is live or was deleted in the open transaction.
    public func relationshipIncludingDeleted(_ id: RelationshipID) -> RelationshipRecord? {
        relationship(id) ?? deletedRelationships[id.rawValue]
    }

    /// The value of a relationship property, or nil when absent.
    @inlinable public func property(_ key: PropertyKeyID, of id: RelationshipID) -> Value? {
        guard contains(id) else { return nil }
        return relationshipProperties[id.rawValue][key]
    }

    /// The properties of a relationship (empty when it does not exist).
    public func properties(of id: RelationshipID) -> PropertyMap {
        contains(id) ? relationshipProperties[id.rawValue] : PropertyMap()
    }

    /// Ids of the relationships of one type, ascending.
    public func relationships(ofType type: RelationshipTypeID) -> SortedIDSet {
        let i = Int(type.rawValue)
        return i < relationshipsByType.count ? relationshipsByType[i] : SortedIDSet()
    }

    /// Ids of all live relationships, ascending.
    public var allRelationshipIDs: [RelationshipID] {
        var ids: [RelationshipID] = []
        ids.reserveCapacity(relationshipCount)
        for i in relationshipLive.indices where relationshipLive[i] { ids.append(RelationshipID(i)) }
        return ids
    }
}
