// Writes to the property graph: creating and deleting nodes and relationships, setting properties and
// labels. Each write keeps the label, type and property indexes in step and, inside a transaction, logs
// how to undo itself (see PropertyGraph+Transactions.swift).

extension PropertyGraph {
    // MARK: - Names

    /// The id of a label, interning the name when new.
    public func internLabel(_ name: String) -> LabelID {
        let id = LabelID(labelNames.intern(name))
        while nodesByLabel.count <= Int(id.rawValue) { nodesByLabel.append(SortedIDSet()) }
        return id
    }

    /// The id of a relationship type, interning the name when new.
    public func internRelationshipType(_ name: String) -> RelationshipTypeID {
        let id = RelationshipTypeID(relationshipTypeNames.intern(name))
        while relationshipsByType.count <= Int(id.rawValue) { relationshipsByType.append(SortedIDSet()) }
        return id
    }

    /// The id of a property key, interning the name when new.
    public func internPropertyKey(_ name: String) -> PropertyKeyID { PropertyKeyID(propertyKeyNames.intern(name)) }

    // MARK: - Nodes

    /// Creates a node with the given labels and properties (null values are skipped).
    /// - Throws: ``GraphStoreError/invalidPropertyValue(key:typeName:)`` for a value that cannot be stored.
    /// - Complexity: O(labels + properties) amortized.
    @discardableResult
    public func createNode(labels: [LabelID], properties: [(PropertyKeyID, Value)] = []) throws(GraphStoreError) -> NodeID {
        var map = PropertyMap()
        for (key, value) in properties {
            try checkStorable(value, key: key)
            map.set(key, to: value)
        }
        let sortedLabels = Array(Set(labels)).sorted()
        let id = nodeRecords.count
        nodeRecords.append(NodeRecord(labels: sortedLabels, properties: map))
        nodeCount += 1
        for label in sortedLabels {
            nodesByLabel[Int(label.rawValue)].insert(id)
            indexLabel(node: id, label: label, properties: map, adding: true)
        }
        log(.nodeCreated(id))
        noteForValidation(id)
        return NodeID(id)
    }

    /// Deletes a node. With `detach`, its relationships are deleted first; without, a node that still
    /// has relationships is refused.
    public func deleteNode(_ node: NodeID, detach: Bool = false) throws(GraphStoreError) {
        guard let record = self.node(node) else { throw .nodeNotFound(node) }
        if record.degree > 0 {
            guard detach else { throw .nodeHasRelationships(node, count: record.degree) }
            for entry in record.outgoing.entries { try deleteRelationship(entry.relationship) }
            for entry in record.incoming.entries where contains(entry.relationship) {
                try deleteRelationship(entry.relationship)
            }
        }
        guard let remaining = self.node(node) else { throw .nodeNotFound(node) }
        removeNodeRecord(node.rawValue, remaining)
        log(.nodeDeleted(node.rawValue, remaining))
    }

    /// Sets a node property; a null value removes it. Returns the previous value.
    @discardableResult
    public func setProperty(_ key: PropertyKeyID, of node: NodeID, to value: Value) throws(GraphStoreError) -> Value? {
        guard var record = nodeRecords[checked: node.rawValue] else { throw .nodeNotFound(node) }
        try checkStorable(value, key: key)
        nodeRecords[node.rawValue] = nil  // keep the record uniquely referenced while mutating it
        let old = record.properties.set(key, to: value)
        nodeRecords[node.rawValue] = record
        if let old { unindexProperty(node: node.rawValue, labels: record.labels, key: key, value: old) }
        if !value.isNull { indexProperty(node: node.rawValue, labels: record.labels, key: key, value: value) }
        if old != nil || !value.isNull {
            log(.nodePropertySet(node.rawValue, key, old))
            noteForValidation(node.rawValue)
        }
        return old
    }

    /// Adds a label to a node; returns false when the node already had it.
    @discardableResult
    public func addLabel(_ label: LabelID, to node: NodeID) throws(GraphStoreError) -> Bool {
        guard var record = nodeRecords[checked: node.rawValue] else { throw .nodeNotFound(node) }
        guard !record.labels.contains(label) else { return false }
        record.labels.append(label)
        record.labels.sort()
        nodeRecords[node.rawValue] = record
        nodesByLabel[Int(label.rawValue)].insert(node.rawValue)
        indexLabel(node: node.rawValue, label: label, properties: record.properties, adding: true)
        log(.labelAdded(node.rawValue, label))
        noteForValidation(node.rawValue)
        return true
    }

    /// Removes a label from a node; returns false when the node did not have it.
    @discardableResult
    public func removeLabel(_ label: LabelID, from node: NodeID) throws(GraphStoreError) -> Bool {
        guard var record = nodeRecords[checked: node.rawValue] else { throw .nodeNotFound(node) }
        guard let position = record.labels.firstIndex(of: label) else { return false }
        record.labels.remove(at: position)
        nodeRecords[node.rawValue] = record
        nodesByLabel[Int(label.rawValue)].remove(node.rawValue)
        indexLabel(node: node.rawValue, label: label, properties: record.properties, adding: false)
        log(.labelRemoved(node.rawValue, label))
        return true
    }

    // MARK: - Relationships

    /// Creates a relationship of `type` from `start` to `end`.
    @discardableResult
    public func createRelationship(
        type: RelationshipTypeID, from start: NodeID, to end: NodeID, properties: [(PropertyKeyID, Value)] = []
    ) throws(GraphStoreError) -> RelationshipID {
        guard contains(start) else { throw .nodeNotFound(start) }
        guard contains(end) else { throw .nodeNotFound(end) }
        var map = PropertyMap()
        for (key, value) in properties {
            try checkStorable(value, key: key)
            map.set(key, to: value)
        }
        let id = relationshipRecords.count
        relationshipRecords.append(RelationshipRecord(type: type, start: start, end: end, properties: map))
        relationshipCount += 1
        relationshipsByType[Int(type.rawValue)].insert(id)
        let rid = RelationshipID(id)
        nodeRecords[start.rawValue]?.outgoing.insert(AdjacencyEntry(relationship: rid, neighbor: end, type: type))
        nodeRecords[end.rawValue]?.incoming.insert(AdjacencyEntry(relationship: rid, neighbor: start, type: type))
        log(.relationshipCreated(id))
        return rid
    }

    /// Deletes a relationship.
    public func deleteRelationship(_ relationship: RelationshipID) throws(GraphStoreError) {
        guard let record = self.relationship(relationship) else { throw .relationshipNotFound(relationship) }
        removeRelationshipRecord(relationship.rawValue, record)
        log(.relationshipDeleted(relationship.rawValue, record))
        if undoLog != nil { deletedRelationships[relationship.rawValue] = record }
    }

    /// Sets a relationship property; a null value removes it. Returns the previous value.
    @discardableResult
    public func setProperty(_ key: PropertyKeyID, of relationship: RelationshipID, to value: Value) throws(GraphStoreError)
        -> Value?
    {
        guard var record = relationshipRecords[checked: relationship.rawValue] else {
            throw .relationshipNotFound(relationship)
        }
        try checkStorable(value, key: key)
        relationshipRecords[relationship.rawValue] = nil
        let old = record.properties.set(key, to: value)
        relationshipRecords[relationship.rawValue] = record
        if old != nil || !value.isNull { log(.relationshipPropertySet(relationship.rawValue, key, old)) }
        return old
    }

    // MARK: - Raw record changes shared by writes and undo

    func removeNodeRecord(_ id: Int, _ record: NodeRecord) {
        for label in record.labels {
            nodesByLabel[Int(label.rawValue)].remove(id)
            indexLabel(node: id, label: label, properties: record.properties, adding: false)
        }
        nodeRecords[id] = nil
        nodeCount -= 1
    }

    func restoreNodeRecord(_ id: Int, _ record: NodeRecord) {
        nodeRecords[id] = record
        nodeCount += 1
        for label in record.labels {
            nodesByLabel[Int(label.rawValue)].insert(id)
            indexLabel(node: id, label: label, properties: record.properties, adding: true)
        }
    }

    func removeRelationshipRecord(_ id: Int, _ record: RelationshipRecord) {
        let rid = RelationshipID(id)
        nodeRecords[record.start.rawValue]?.outgoing.remove(rid, type: record.type)
        nodeRecords[record.end.rawValue]?.incoming.remove(rid, type: record.type)
        relationshipsByType[Int(record.type.rawValue)].remove(id)
        relationshipRecords[id] = nil
        relationshipCount -= 1
    }

    func restoreRelationshipRecord(_ id: Int, _ record: RelationshipRecord) {
        let rid = RelationshipID(id)
        relationshipRecords[id] = record
        relationshipCount += 1
        relationshipsByType[Int(record.type.rawValue)].insert(id)
        nodeRecords[record.start.rawValue]?.outgoing.insert(
            AdjacencyEntry(relationship: rid, neighbor: record.end, type: record.type))
        nodeRecords[record.end.rawValue]?.incoming.insert(
            AdjacencyEntry(relationship: rid, neighbor: record.start, type: record.type))
    }

    private func checkStorable(_ value: Value, key: PropertyKeyID) throws(GraphStoreError) {
        guard value.isStorableAsProperty else {
            throw .invalidPropertyValue(key: name(of: key), typeName: value.typeName)
        }
    }
}

extension Array {
    /// The element at `index`, or nil when out of bounds.
    subscript<T>(checked index: Int) -> T? where Element == T? {
        guard index >= 0, index < count else { return nil }
        return self[index]
    }
}
