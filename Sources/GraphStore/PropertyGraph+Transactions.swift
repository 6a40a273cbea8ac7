// All-or-nothing writes. Inside `transaction(_:)` every write appends its inverse to an undo log; if the
// body throws, or a uniqueness constraint fails at commit, the log is replayed backwards and the graph
// is exactly as before. Undo goes through the same raw record changes as the writes, so indexes follow.

/// How to reverse one write.
enum UndoRecord {
    case nodeCreated(Int)
    case nodeDeleted(Int, NodeRecord)
    case relationshipCreated(Int)
    case relationshipDeleted(Int, RelationshipRecord)
    case nodePropertySet(Int, PropertyKeyID, Value?)
    case relationshipPropertySet(Int, PropertyKeyID, Value?)
    case labelAdded(Int, LabelID)
    case labelRemoved(Int, LabelID)
    case indexCreated(PropertyIndexKey)
    case indexDropped(PropertyIndexKey, PropertyIndex)
    case constraintCreated(PropertyIndexKey, createdIndex: Bool)
    case constraintDropped(PropertyIndexKey, SchemaName)
}

extension PropertyGraph {
    /// True while a transaction is open.
    public var isInTransaction: Bool { undoLog != nil }

    /// Runs `body` as one transaction: if it throws, or the result violates a uniqueness constraint,
    /// every write it made is undone and the error is rethrown.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(undoLog == nil, "transactions do not nest")
        undoLog = []
        nodesToValidate = []
        defer {
            undoLog = nil
            nodesToValidate = []
            deletedRelationships = [:]
        }
        do {
            let result = try body()
            try validateConstraints()
            if let log = undoLog, !log.isEmpty {
                committedChanges += 1
                if capturesChanges { for record in log { capturedChanges.add(record) } }
            }
            return result
        } catch {
            rollback()
            throw error
        }
    }

    func log(_ record: UndoRecord) {
        if undoLog != nil { undoLog?.append(record) }
    }

    func noteForValidation(_ node: Int) {
        if undoLog != nil, !uniqueConstraints.isEmpty { nodesToValidate.insert(node) }
    }

    /// Replays the undo log backwards without logging.
    private func rollback() {
        guard let entries = undoLog else { return }
        undoLog = nil
        for entry in entries.reversed() { undo(entry) }
        releaseUnusedCapacity()
    }

    /// Gives back the room a rolled-back transaction's creations left in the record arrays (removing
    /// elements keeps an array's capacity): a statement stopped by the memory limit after creating
    /// millions of nodes would otherwise leave the process holding that memory, and the next statement
    /// would be stopped by the same limit.
    private func releaseUnusedCapacity() {
        nodeLive.releaseUnusedCapacity()
        nodeLabelBits.releaseUnusedCapacity()
        nodeProperties.releaseUnusedCapacity()
        outgoingLists.releaseUnusedCapacity()
        incomingLists.releaseUnusedCapacity()
        relationshipLive.releaseUnusedCapacity()
        relationshipTypes.releaseUnusedCapacity()
        relationshipStarts.releaseUnusedCapacity()
        relationshipEnds.releaseUnusedCapacity()
        relationshipProperties.releaseUnusedCapacity()
        for i in nodesByLabel.indices { nodesByLabel[i].releaseUnusedCapacity() }
        for i in relationshipsByType.indices { relationshipsByType[i].releaseUnusedCapacity() }
    }

    private func undo(_ entry: UndoRecord) {
        switch entry {
        case .nodeCreated(let id):
            if let record = node(NodeID(id)) { removeNodeRecord(id, record) }
            if id == nodeLive.count - 1 { dropLastNodeSlot() }
        case .nodeDeleted(let id, let record):
            restoreNodeRecord(id, record)
        case .relationshipCreated(let id):
            if let record = relationship(RelationshipID(id)) { removeRelationshipRecord(id, record) }
            if id == relationshipLive.count - 1 { dropLastRelationshipSlot() }
        case .relationshipDeleted(let id, let record):
            restoreRelationshipRecord(id, record)
        case .nodePropertySet(let id, let key, let old):
            _ = try? setProperty(key, of: NodeID(id), to: old ?? .null)
        case .relationshipPropertySet(let id, let key, let old):
            _ = try? setProperty(key, of: RelationshipID(id), to: old ?? .null)
        case .labelAdded(let id, let label):
            _ = try? removeLabel(label, from: NodeID(id))
        case .labelRemoved(let id, let label):
            _ = try? addLabel(label, to: NodeID(id))
        case .indexCreated(let key):
            propertyIndexes[key] = nil
        case .indexDropped(let key, let index):
            propertyIndexes[key] = index
        case .constraintCreated(let key, let createdIndex):
            uniqueConstraints[key] = nil
            if createdIndex { propertyIndexes[key] = nil }
        case .constraintDropped(let key, let name):
            uniqueConstraints[key] = name
        }
    }

    /// Checks every uniqueness constraint against the nodes written in this transaction.
    private func validateConstraints() throws(GraphStoreError) {
        guard !uniqueConstraints.isEmpty else { return }
        for id in nodesToValidate.sorted() {
            guard let record = node(NodeID(id)) else { continue }
            for label in record.labels {
                for (key, _) in uniqueConstraints where key.label == label {
                    guard let value = record.properties[key.key], let index = filledIndex(key) else { continue }
                    let holders = index.lookup(value)
                    if holders.count > 1, let other = holders.first(where: { $0 != id }) {
                        throw .uniqueConstraintViolation(
                            label: name(of: label), key: name(of: key.key), value: value, existing: NodeID(other))
                    }
                }
            }
        }
    }
}

extension Array {
    /// Reallocates to fit when well over half of the capacity is unused (and that is more than a few
    /// thousand elements); otherwise leaves the array alone.
    mutating func releaseUnusedCapacity() {
        guard capacity > 2 * count + 4096 else { return }
        var fitted: [Element] = []
        fitted.reserveCapacity(count)
        fitted.append(contentsOf: self)
        self = fitted
    }
}
