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

    /// Makes room for `nodes` more nodes and `relationships` more relationships, so a bulk load does not
    /// grow the store's arrays step by step.
    public func reserveCapacity(nodes: Int, relationships: Int) {
        let n = nodeLive.count + nodes, r = relationshipLive.count + relationships
        nodeLive.reserveCapacity(n)
        nodeLabelBits.reserveCapacity(n)
        nodeProperties.reserveCapacity(n)
        outgoingLists.reserveCapacity(n)
        incomingLists.reserveCapacity(n)
        relationshipLive.reserveCapacity(r)
        relationshipTypes.reserveCapacity(r)
        relationshipStarts.reserveCapacity(r)
        relationshipEnds.reserveCapacity(r)
        relationshipProperties.reserveCapacity(r)
    }

    // MARK: - Nodes

    /// Creates a node with the given labels and properties (null values are skipped).
    /// - Throws: ``GraphStoreError/invalidPropertyValue(key:typeName:)`` for a value that cannot be stored.
    /// - Complexity: O(labels + properties) amortized.
    @discardableResult
    public func createNode(labels: [LabelID], properties: [(PropertyKeyID, Value)] = []) throws(GraphStoreError) -> NodeID {
        for (key, value) in properties { try checkStorable(value, key: key) }
        return addNode(labels: labels, properties: PropertyMap(properties, sharingKeys: &recentPropertyKeys))
    }

    /// Creates a node with the given labels and property map (built beforehand, as bulk loaders do
    /// where they read the rows).
    /// - Throws: ``GraphStoreError/invalidPropertyValue(key:typeName:)`` for a value that cannot be stored.
    @discardableResult
    public func createNode(labels: [LabelID], properties map: PropertyMap) throws(GraphStoreError) -> NodeID {
        for (key, value) in map.entries { try checkStorable(value, key: key) }
        return addNode(labels: labels, properties: map)
    }

    /// Adds a node whose property values were checked.
    private func addNode(labels: [LabelID], properties map: PropertyMap) -> NodeID {
        let id = nodeLive.count
        appendNodeSlot(map)
        nodeCount += 1
        for label in labels.count < 2 ? labels : Array(Set(labels)).sorted() {
            storeLabel(id, label)
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
        guard contains(node) else { throw .nodeNotFound(node) }
        let degree = self.degree(of: node)
        if degree > 0 {
            guard detach else { throw .nodeHasRelationships(node, count: degree) }
            for entry in outgoingLists[node.rawValue].entries { try deleteRelationship(entry.relationship) }
            for entry in incomingLists[node.rawValue].entries where contains(entry.relationship) {
                try deleteRelationship(entry.relationship)
            }
        }
        guard let record = self.node(node) else { throw .nodeNotFound(node) }
        removeNodeRecord(node.rawValue, record)
        log(.nodeDeleted(node.rawValue, record))
    }

    /// Sets a node property; a null value removes it. Returns the previous value.
    @discardableResult
    public func setProperty(_ key: PropertyKeyID, of node: NodeID, to value: Value) throws(GraphStoreError) -> Value? {
        guard contains(node) else { throw .nodeNotFound(node) }
        try checkStorable(value, key: key)
        let old = nodeProperties[node.rawValue].set(key, to: value)
        if old != nil || !value.isNull {
            let labels = self.labels(of: node)
            if let old { unindexProperty(node: node.rawValue, labels: labels, key: key, value: old) }
            if !value.isNull { indexProperty(node: node.rawValue, labels: labels, key: key, value: value) }
            log(.nodePropertySet(node.rawValue, key, old))
            noteForValidation(node.rawValue)
        }
        return old
    }

    /// Adds a label to a node; returns false when the node already had it.
    @discardableResult
    public func addLabel(_ label: LabelID, to node: NodeID) throws(GraphStoreError) -> Bool {
        guard contains(node) else { throw .nodeNotFound(node) }
        guard !hasLabel(node, label) else { return false }
        storeLabel(node.rawValue, label)
        nodesByLabel[Int(label.rawValue)].insert(node.rawValue)
        indexLabel(node: node.rawValue, label: label, properties: nodeProperties[node.rawValue], adding: true)
        log(.labelAdded(node.rawValue, label))
        noteForValidation(node.rawValue)
        return true
    }

    /// Removes a label from a node; returns false when the node did not have it.
    @discardableResult
    public func removeLabel(_ label: LabelID, from node: NodeID) throws(GraphStoreError) -> Bool {
        guard contains(node) else { throw .nodeNotFound(node) }
        guard hasLabel(node, label) else { return false }
        eraseLabel(node.rawValue, label)
        nodesByLabel[Int(label.rawValue)].remove(node.rawValue)
        indexLabel(node: node.rawValue, label: label, properties: nodeProperties[node.rawValue], adding: false)
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
        for (key, value) in properties { try checkStorable(value, key: key) }
        let map = PropertyMap(properties, sharingKeys: &recentPropertyKeys)
        let id = relationshipLive.count
        relationshipLive.append(false)
        relationshipTypes.append(type)
        relationshipStarts.append(start)
        relationshipEnds.append(end)
        relationshipProperties.append(map)
        restoreRelationshipRecord(id, RelationshipRecord(type: type, start: start, end: end, properties: map))
        log(.relationshipCreated(id))
        return RelationshipID(id)
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
        guard contains(relationship) else { throw .relationshipNotFound(relationship) }
        try checkStorable(value, key: key)
        let old = relationshipProperties[relationship.rawValue].set(key, to: value)
        if old != nil || !value.isNull { log(.relationshipPropertySet(relationship.rawValue, key, old)) }
        return old
    }

    // MARK: - Raw record changes shared by writes and undo

    private func appendNodeSlot(_ properties: PropertyMap) {
        cachedAdjacencyIndex = nil
        nodeLive.append(true)
        nodeLabelBits.append(0)
        nodeProperties.append(properties)
        outgoingLists.append(AdjacencyList())
        incomingLists.append(AdjacencyList())
    }

    /// Drops the last node slot (undo of the most recent creation).
    func dropLastNodeSlot() {
        cachedAdjacencyIndex = nil
        nodeLive.removeLast()
        nodeLabelBits.removeLast()
        nodeProperties.removeLast()
        outgoingLists.removeLast()
        incomingLists.removeLast()
        nodeExtraLabels[nodeLive.count] = nil
    }

    /// Drops the last relationship slot (undo of the most recent creation).
    func dropLastRelationshipSlot() {
        relationshipLive.removeLast()
        relationshipTypes.removeLast()
        relationshipStarts.removeLast()
        relationshipEnds.removeLast()
        relationshipProperties.removeLast()
    }

    private func storeLabel(_ node: Int, _ label: LabelID) {
        if label.rawValue < 64 {
            nodeLabelBits[node] |= 1 << UInt64(label.rawValue)
        } else {
            nodeExtraLabels[node, default: []].append(label)
        }
    }

    private func eraseLabel(_ node: Int, _ label: LabelID) {
        if label.rawValue < 64 {
            nodeLabelBits[node] &= ~(1 << UInt64(label.rawValue))
        } else {
            nodeExtraLabels[node]?.removeAll { $0 == label }
            if nodeExtraLabels[node]?.isEmpty == true { nodeExtraLabels[node] = nil }
        }
    }

    func removeNodeRecord(_ id: Int, _ record: NodeRecord) {
        cachedAdjacencyIndex = nil
        for label in record.labels {
            nodesByLabel[Int(label.rawValue)].remove(id)
            indexLabel(node: id, label: label, properties: record.properties, adding: false)
        }
        nodeLive[id] = false
        nodeLabelBits[id] = 0
        nodeExtraLabels[id] = nil
        nodeProperties[id] = PropertyMap()
        outgoingLists[id] = AdjacencyList()
        incomingLists[id] = AdjacencyList()
        nodeCount -= 1
    }

    func restoreNodeRecord(_ id: Int, _ record: NodeRecord) {
        cachedAdjacencyIndex = nil
        nodeLive[id] = true
        nodeProperties[id] = record.properties
        outgoingLists[id] = record.outgoing
        incomingLists[id] = record.incoming
        nodeCount += 1
        for label in record.labels {
            storeLabel(id, label)
            nodesByLabel[Int(label.rawValue)].insert(id)
            indexLabel(node: id, label: label, properties: record.properties, adding: true)
        }
    }

    func removeRelationshipRecord(_ id: Int, _ record: RelationshipRecord) {
        cachedAdjacencyIndex = nil
        let rid = RelationshipID(id)
        outgoingLists[record.start.rawValue].remove(rid, type: record.type)
        incomingLists[record.end.rawValue].remove(rid, type: record.type)
        relationshipsByType[Int(record.type.rawValue)].remove(id)
        relationshipLive[id] = false
        relationshipProperties[id] = PropertyMap()
        relationshipCount -= 1
    }

    func restoreRelationshipRecord(_ id: Int, _ record: RelationshipRecord) {
        cachedAdjacencyIndex = nil
        let rid = RelationshipID(id)
        relationshipLive[id] = true
        relationshipProperties[id] = record.properties
        relationshipCount += 1
        relationshipsByType[Int(record.type.rawValue)].insert(id)
        outgoingLists[record.start.rawValue].insert(AdjacencyEntry(relationship: rid, neighbor: record.end, type: record.type))
        incomingLists[record.end.rawValue].insert(AdjacencyEntry(relationship: rid, neighbor: record.start, type: record.type))
    }

    func checkStorable(_ value: Value, key: PropertyKeyID) throws(GraphStoreError) {
        guard value.isStorableAsProperty else {
            throw .invalidPropertyValue(key: name(of: key), typeName: value.typeName)
        }
    }
}
