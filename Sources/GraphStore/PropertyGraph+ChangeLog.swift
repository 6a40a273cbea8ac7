// What committed transactions changed, for durable storage's change log. When the graph captures changes,
// each commit adds the ids its undo log touched (nodes, relationships, indexed keys) to a change set;
// storage takes the set after the commit and writes each touched element's state as it now is — its
// labels and properties, or that it is gone — by name, not by id of name. Replaying such a record is
// idempotent, and its cost is that of the change, not of the graph. The node and relationship id bounds
// go with every record, so ids handed out after a replay are those the original graph would hand out.

/// The elements committed transactions touched since storage last took them. Ids are gathered as they
/// come (cheap even for a million-row commit) and sorted, without repeats, when the record is written.
public struct ChangeSet: Sendable {
    var touchedNodes: [Int] = []
    var touchedRelationships: [Int] = []
    public internal(set) var schema: Set<PropertyIndexKey> = []

    public init() {}

    public var isEmpty: Bool { touchedNodes.isEmpty && touchedRelationships.isEmpty && schema.isEmpty }

    /// How many changes were gathered (an element changed twice counts twice): what storage weighs
    /// against the size of the graph to choose between a log record and a snapshot.
    public var size: Int { touchedNodes.count + touchedRelationships.count + schema.count }

    /// The nodes touched, ascending, each once.
    public var nodes: [Int] { Self.sortedUnique(touchedNodes) }
    /// The relationships touched, ascending, each once.
    public var relationships: [Int] { Self.sortedUnique(touchedRelationships) }

    mutating func add(_ record: UndoRecord) {
        switch record {
        case .nodeCreated(let id), .nodeDeleted(let id, _), .nodePropertySet(let id, _, _), .labelAdded(let id, _), .labelRemoved(let id, _):
            touchedNodes.append(id)
        case .relationshipCreated(let id), .relationshipDeleted(let id, _), .relationshipPropertySet(let id, _, _):
            touchedRelationships.append(id)
        case .indexCreated(let key), .indexDropped(let key, _), .constraintCreated(let key, _), .constraintDropped(let key, _):
            schema.insert(key)
        }
    }

    private static func sortedUnique(_ ids: [Int]) -> [Int] {
        var sorted = ids.sorted()
        var kept = 0
        for i in sorted.indices where i == 0 || sorted[i] != sorted[i - 1] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}

/// One operation of a change-log record.
private enum ChangeOp: UInt8 {
    case putNode = 1, deleteNode, putRelationship, deleteRelationship, setIndex, setConstraint
}

extension PropertyGraph {
    /// The changes committed since the last `takeChanges()`, and clears them. Capturing starts with the
    /// first call (until then, transactions record nothing for storage).
    public func takeChanges() -> ChangeSet {
        capturesChanges = true
        defer { capturedChanges = ChangeSet() }
        return capturedChanges
    }

    /// A change-log record of the current state of every element `changes` names.
    /// - Complexity: O(changed elements and their properties).
    public func encodedChanges(_ changes: ChangeSet, sequence: UInt64) -> [UInt8] {
        var w = ByteWriter()
        w.fixed64(sequence)
        w.count(nodeLive.count)
        w.count(relationshipLive.count)
        // Relationships go before nodes when deleted, after them when written, so that replay never
        // finds a relationship without its nodes.
        let nodes = changes.nodes, relationships = changes.relationships
        for id in relationships where !contains(RelationshipID(id)) {
            w.byte(ChangeOp.deleteRelationship.rawValue)
            w.count(id)
        }
        for id in nodes where !contains(NodeID(id)) {
            w.byte(ChangeOp.deleteNode.rawValue)
            w.count(id)
        }
        for id in nodes where contains(NodeID(id)) {
            w.byte(ChangeOp.putNode.rawValue)
            w.count(id)
            let labels = self.labels(of: NodeID(id))
            w.count(labels.count)
            for label in labels { w.string(name(of: label)) }
            writeProperties(nodeProperties[id], &w)
        }
        for id in relationships {
            guard let record = relationship(RelationshipID(id)) else { continue }
            w.byte(ChangeOp.putRelationship.rawValue)
            w.count(id)
            w.string(name(of: record.type))
            w.count(record.start.rawValue)
            w.count(record.end.rawValue)
            writeProperties(record.properties, &w)
        }
        for key in changes.schema.sorted(by: { ($0.label.rawValue, $0.key.rawValue) < ($1.label.rawValue, $1.key.rawValue) }) {
            for (op, name) in [(ChangeOp.setIndex, propertyIndexes[key]?.name), (.setConstraint, uniqueConstraints[key])] {
                w.byte(op.rawValue)
                w.string(self.name(of: key.label))
                w.string(self.name(of: key.key))
                w.byte(name == nil ? 0 : 1)
                if let name { w.string(name) }
            }
        }
        return w.bytes
    }

    private func writeProperties(_ properties: PropertyMap, _ w: inout ByteWriter) {
        w.count(properties.count)
        for (key, value) in properties.entries {
            w.string(name(of: key))
            w.value(value)
        }
    }

    /// Replays a change-log record onto the graph (outside any transaction); returns its sequence number.
    /// - Throws: ``CorruptData`` when the record does not decode or does not fit the graph.
    public func applyChanges(_ bytes: [UInt8]) throws(CorruptData) -> UInt64 {
        precondition(undoLog == nil, "changes are replayed outside transactions")
        var r = ByteReader(bytes)
        let sequence = try r.fixed64()
        let nodeSlots = try r.count(), relationshipSlots = try r.count()
        while !r.isAtEnd {
            guard let op = ChangeOp(rawValue: try r.byte()) else { throw CorruptData("an unknown change at byte \(r.position - 1)") }
            switch op {
            case .deleteRelationship:
                let id = try r.count(limit: relationshipSlots - 1)
                if let record = relationship(RelationshipID(id)) { removeRelationshipRecord(id, record) }
            case .deleteNode:
                let id = try r.count(limit: nodeSlots - 1)
                reserveNodeSlots(through: id)
                if let record = node(NodeID(id)) {
                    for entry in record.outgoing.entries + record.incoming.entries {
                        if let rel = relationship(entry.relationship) { removeRelationshipRecord(entry.relationship.rawValue, rel) }
                    }
                    if let current = node(NodeID(id)) { removeNodeRecord(id, current) }
                }
            case .putNode:
                let id = try r.count(limit: nodeSlots - 1)
                var labels: [LabelID] = []
                for _ in 0..<(try r.count()) { labels.append(internLabel(try r.string())) }
                let properties = try readProperties(&r)
                putNode(id, labels: labels, properties: properties)
            case .putRelationship:
                let id = try r.count(limit: relationshipSlots - 1)
                let type = internRelationshipType(try r.string())
                let start = NodeID(try r.count(limit: nodeSlots - 1)), end = NodeID(try r.count(limit: nodeSlots - 1))
                let properties = try readProperties(&r)
                guard contains(start), contains(end) else { throw CorruptData("relationship \(id) joins a node that does not exist") }
                try putRelationship(id, type: type, start: start, end: end, properties: properties)
            case .setIndex, .setConstraint:
                let key = PropertyIndexKey(label: internLabel(try r.string()), key: internPropertyKey(try r.string()))
                let name: String? = try r.byte() == 0 ? nil : try r.string()
                if op == .setIndex {
                    if let name {
                        if propertyIndexes[key]?.name != name { propertyIndexes[key] = PropertyIndex(unfilledNamed: name) }
                    } else {
                        propertyIndexes[key] = nil
                    }
                } else {
                    uniqueConstraints[key] = name
                }
            }
        }
        reserveNodeSlots(through: nodeSlots - 1)
        reserveRelationshipSlots(through: relationshipSlots - 1)
        return sequence
    }

    private func readProperties(_ r: inout ByteReader) throws(CorruptData) -> PropertyMap {
        var map = PropertyMap()
        for _ in 0..<(try r.count()) {
            let key = internPropertyKey(try r.string())
            map.set(key, to: try r.value())
        }
        return map
    }

    /// Makes node slots up to `id` exist (the ones added dead).
    private func reserveNodeSlots(through id: Int) {
        while nodeLive.count <= id {
            cachedAdjacencyIndex = nil
            nodeLive.append(false)
            nodeLabelBits.append(0)
            nodeProperties.append(PropertyMap())
            outgoingLists.append(AdjacencyList())
            incomingLists.append(AdjacencyList())
        }
    }

    private func reserveRelationshipSlots(through id: Int) {
        while relationshipLive.count <= id {
            relationshipLive.append(false)
            relationshipTypes.append(RelationshipTypeID(0))
            relationshipStarts.append(NodeID(0))
            relationshipEnds.append(NodeID(0))
            relationshipProperties.append(PropertyMap())
        }
    }

    /// Makes node `id` carry exactly `labels` and `properties`, creating it when it does not exist.
    private func putNode(_ id: Int, labels: [LabelID], properties: PropertyMap) {
        reserveNodeSlots(through: id)
        if let current = node(NodeID(id)) {
            // Take the old record out and put the new one in, so label and property indexes follow.
            removeNodeRecord(id, current)
            restoreNodeRecord(id, NodeRecord(labels: Array(Set(labels)).sorted(), properties: properties, outgoing: current.outgoing, incoming: current.incoming))
        } else {
            restoreNodeRecord(id, NodeRecord(labels: Array(Set(labels)).sorted(), properties: properties))
        }
    }

    /// Makes relationship `id` exist with these ends and properties.
    private func putRelationship(_ id: Int, type: RelationshipTypeID, start: NodeID, end: NodeID, properties: PropertyMap) throws(CorruptData) {
        reserveRelationshipSlots(through: id)
        if let current = relationship(RelationshipID(id)) {
            guard current.type == type, current.start == start, current.end == end else {
                throw CorruptData("relationship \(id) changes its type or ends")
            }
            relationshipProperties[id] = properties
            return
        }
        relationshipTypes[id] = type
        relationshipStarts[id] = start
        relationshipEnds[id] = end
        restoreRelationshipRecord(id, RelationshipRecord(type: type, start: start, end: end, properties: properties))
    }
}
