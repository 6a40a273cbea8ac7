// The in-memory property graph: node and relationship records in id-indexed arrays, the name catalogs
// (labels, relationship types, property keys), a label index, per-type relationship sets and property
// indexes. This file holds the state and the read API; writes are in PropertyGraph+Writes.swift and the
// all-or-nothing transaction machinery in PropertyGraph+Transactions.swift.

/// An in-memory property graph with labelled nodes, typed directed relationships and properties.
///
/// A `PropertyGraph` is a single-writer structure: one statement at a time reads or writes it. Every write
/// made inside ``transaction(_:)`` is undone if the body throws, so a failing statement leaves the graph
/// exactly as it was. ``snapshot()`` gives an independent copy (arrays are shared until written).
public final class PropertyGraph {
    @usableFromInline var nodeRecords: [NodeRecord?] = []
    @usableFromInline var relationshipRecords: [RelationshipRecord?] = []
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

    public init() {}

    /// An independent copy of the graph. Arrays are shared copy-on-write, so this is cheap until either
    /// copy is written.
    /// - Complexity: O(number of labels + types + indexes).
    public func snapshot() -> PropertyGraph {
        let copy = PropertyGraph()
        copy.nodeRecords = nodeRecords
        copy.relationshipRecords = relationshipRecords
        copy.nodeCount = nodeCount
        copy.relationshipCount = relationshipCount
        copy.labelNames = labelNames
        copy.relationshipTypeNames = relationshipTypeNames
        copy.propertyKeyNames = propertyKeyNames
        copy.nodesByLabel = nodesByLabel
        copy.relationshipsByType = relationshipsByType
        copy.propertyIndexes = propertyIndexes
        copy.uniqueConstraints = uniqueConstraints
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
    public var nodeIDBound: Int { nodeRecords.count }
    /// One past the largest relationship id ever handed out.
    public var relationshipIDBound: Int { relationshipRecords.count }

    /// The record of a live node, or nil when the id is unknown or deleted.
    /// - Complexity: O(1).
    @inlinable public func node(_ id: NodeID) -> NodeRecord? {
        guard id.rawValue >= 0, id.rawValue < nodeRecords.count else { return nil }
        return nodeRecords[id.rawValue]
    }

    /// True when the node exists (was created and not deleted).
    @inlinable public func contains(_ id: NodeID) -> Bool {
        id.rawValue >= 0 && id.rawValue < nodeRecords.count && nodeRecords[id.rawValue] != nil
    }

    /// True when the relationship exists.
    @inlinable public func contains(_ id: RelationshipID) -> Bool {
        id.rawValue >= 0 && id.rawValue < relationshipRecords.count && relationshipRecords[id.rawValue] != nil
    }

    /// Ids of all live nodes, ascending.
    /// - Complexity: O(node id bound).
    public var allNodeIDs: [NodeID] {
        var ids: [NodeID] = []
        ids.reserveCapacity(nodeCount)
        for i in nodeRecords.indices where nodeRecords[i] != nil { ids.append(NodeID(i)) }
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

    /// Labels of a node (sorted by id), empty when the node does not exist.
    public func labels(of id: NodeID) -> [LabelID] { node(id)?.labels ?? [] }

    /// The value of a node property, or nil when absent (or the node does not exist).
    /// - Complexity: O(log number of properties).
    @inlinable public func property(_ key: PropertyKeyID, of id: NodeID) -> Value? { node(id)?.properties[key] }

    /// Incident relationships of a node in one direction (outgoing or incoming).
    /// - Complexity: O(1) (shared copy-on-write).
    @inlinable public func adjacency(of id: NodeID, _ direction: Direction) -> AdjacencyList {
        guard let record = node(id) else { return AdjacencyList() }
        return direction == .incoming ? record.incoming : record.outgoing
    }

    // MARK: - Relationships

    /// The record of a live relationship, or nil.
    /// - Complexity: O(1).
    @inlinable public func relationship(_ id: RelationshipID) -> RelationshipRecord? {
        guard id.rawValue >= 0, id.rawValue < relationshipRecords.count else { return nil }
        return relationshipRecords[id.rawValue]
    }

    /// The record of a relationship that is live or was deleted in the open transaction.
    public func relationshipIncludingDeleted(_ id: RelationshipID) -> RelationshipRecord? {
        relationship(id) ?? deletedRelationships[id.rawValue]
    }

    /// The value of a relationship property, or nil when absent.
    @inlinable public func property(_ key: PropertyKeyID, of id: RelationshipID) -> Value? {
        relationship(id)?.properties[key]
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
        for i in relationshipRecords.indices where relationshipRecords[i] != nil { ids.append(RelationshipID(i)) }
        return ids
    }
}
