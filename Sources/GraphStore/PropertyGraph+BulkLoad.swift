// Creating many relationships in one call, for bulk loaders (`clustergraph import`, the benchmarks' loader):
// the same records, undo entries and indexes as one `createRelationship` per element in order, but
// each touched node's adjacency lists are laid out once, exactly sized, in one flat array (as a
// snapshot restore lays them out) instead of growing entry by entry. Entry-by-entry growth was two
// thirds of importing a million relationships: two million small arrays reallocated and touched at
// random.

/// A relationship to create with ``PropertyGraph/createRelationships(_:)``. Its properties are a map
/// already, so loaders can build them where they read the rows (on several threads).
public struct NewRelationship: Sendable {
    public var type: RelationshipTypeID
    public var start: NodeID
    public var end: NodeID
    public var properties: PropertyMap

    /// A relationship with `properties` (null values skipped, a later duplicate key winning).
    public init(type: RelationshipTypeID, start: NodeID, end: NodeID, properties: [(PropertyKeyID, Value)] = []) {
        var keys: [PropertyKeyID] = []
        self.init(type: type, start: start, end: end, properties: PropertyMap(properties, sharingKeys: &keys))
    }

    /// A relationship with a property map built beforehand.
    public init(type: RelationshipTypeID, start: NodeID, end: NodeID, properties: PropertyMap) {
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties
    }
}

/// Why ``PropertyGraph/createRelationships(_:)`` refused a batch: the position of the first element
/// that cannot be created, and why.
public struct BulkRelationshipError: Error, Equatable {
    /// The element's index in the batch.
    public let index: Int
    public let error: GraphStoreError
}

extension PropertyGraph {
    /// Creates `batch`'s relationships, with consecutive ids in the batch's order, as many
    /// `createRelationship` calls would; returns their ids. All or nothing: every element is checked
    /// (both ends exist, every property value can be stored) before anything changes.
    /// - Complexity: O(batch + the earlier degree of the nodes the batch touches + types).
    @discardableResult
    public func createRelationships(_ batch: [NewRelationship]) throws(BulkRelationshipError) -> Range<Int> {
        let live = nodeLive  // read once: every read of the graph's own array is checked for exclusivity
        for (index, relationship) in batch.enumerated() {
            do throws(GraphStoreError) {
                guard live.indices.contains(relationship.start.rawValue), live[relationship.start.rawValue] else {
                    throw .nodeNotFound(relationship.start)
                }
                guard live.indices.contains(relationship.end.rawValue), live[relationship.end.rawValue] else { throw .nodeNotFound(relationship.end) }
                for (key, value) in relationship.properties.entries { try checkStorable(value, key: key) }
            } catch {
                throw BulkRelationshipError(index: index, error: error)
            }
        }
        let first = relationshipLive.count
        let ids = first..<(first + batch.count)
        cachedAdjacencyIndex = nil
        // Each array extended once (an element at a time, every access to the graph's arrays would be
        // checked for exclusivity).
        relationshipLive.append(contentsOf: repeatElement(true, count: batch.count))
        relationshipTypes.append(contentsOf: batch.lazy.map(\.type))
        relationshipStarts.append(contentsOf: batch.lazy.map(\.start))
        relationshipEnds.append(contentsOf: batch.lazy.map(\.end))
        relationshipProperties.append(contentsOf: batch.lazy.map(\.properties))
        relationshipCount += batch.count
        let order = Self.orderByType(batch)
        var run = order.startIndex
        while run < order.endIndex {
            // One type's ids, ascending: added to that type's set together.
            let type = batch[order[run]].type
            var end = run
            while end < order.endIndex, batch[order[end]].type == type { end += 1 }
            relationshipsByType[Int(type.rawValue)].insert(contentsOf: order[run..<end].lazy.map { first + $0 })
            run = end
        }
        if undoLog != nil { for id in ids { log(.relationshipCreated(id)) } }
        // Both directions laid out at the same time, from copies of the lists that end with the block,
        // so the lists are not shared (and copied) when the layouts are installed.
        let layouts: (outgoing: AdjacencyLayout, incoming: AdjacencyLayout)
        do {
            let outgoing = outgoingLists, incoming = incomingLists
            layouts = inParallel(
                { () -> AdjacencyLayout in AdjacencyLayout(outgoing, adding: batch, ids: ids, order: order, outgoing: true) },
                { () -> AdjacencyLayout in AdjacencyLayout(incoming, adding: batch, ids: ids, order: order, outgoing: false) })
        }
        layouts.outgoing.install(into: &outgoingLists)
        layouts.incoming.install(into: &incomingLists)
        return ids
    }

    /// The batch's indices ordered by type, then index (a stable counting sort): the order in which a
    /// node's new entries are sorted by (type, relationship id).
    private static func orderByType(_ batch: [NewRelationship]) -> [Int] {
        guard let firstType = batch.first?.type, batch.contains(where: { $0.type != firstType }) else { return Array(batch.indices) }
        let types = (batch.map { Int($0.type.rawValue) }.max() ?? 0) + 1
        var next = [Int](repeating: 0, count: types + 1)
        for relationship in batch { next[Int(relationship.type.rawValue) + 1] += 1 }
        for type in 0..<types { next[type + 1] += next[type] }
        var order = [Int](repeating: 0, count: batch.count)
        for (index, relationship) in batch.enumerated() {
            order[next[Int(relationship.type.rawValue)]] = index
            next[Int(relationship.type.rawValue)] += 1
        }
        return order
    }
}

/// One direction's lists with a batch's entries added: every node the batch touches gets a slice of
/// one new flat array holding its earlier entries, then its new ones in (type, id) order, sorted again
/// only when a new entry's type sorts before an earlier entry's. Untouched lists are kept.
private struct AdjacencyLayout: Sendable {
    let flat: [AdjacencyEntry]
    /// Node `n`'s entries are `flat[offsets[n]..<offsets[n + 1]]` (empty for an untouched node).
    let offsets: [Int]

    init(_ lists: [AdjacencyList], adding batch: [NewRelationship], ids: Range<Int>, order: [Int], outgoing: Bool) {
        var added = [Int](repeating: 0, count: lists.count)
        for relationship in batch { added[(outgoing ? relationship.start : relationship.end).rawValue] += 1 }
        // Each touched node's place in the flat array: its earlier entries, then room for the new ones.
        var offsets = [Int](repeating: 0, count: lists.count + 1)
        for node in lists.indices { offsets[node + 1] = offsets[node] + (added[node] > 0 ? lists[node].count + added[node] : 0) }
        let placeholder = AdjacencyEntry(relationship: RelationshipID(0), neighbor: NodeID(0), type: RelationshipTypeID(0))
        var flat = [AdjacencyEntry](repeating: placeholder, count: offsets[lists.count])
        var next = [Int](repeating: 0, count: lists.count)
        flat.withUnsafeMutableBufferPointer { flat in
            for node in lists.indices where added[node] > 0 {
                var position = offsets[node]
                for entry in lists[node].entries {
                    flat[position] = entry
                    position += 1
                }
                next[node] = position
            }
            for index in order {
                let relationship = batch[index]
                let (node, neighbor) = outgoing ? (relationship.start, relationship.end) : (relationship.end, relationship.start)
                flat[next[node.rawValue]] = AdjacencyEntry(relationship: RelationshipID(ids.lowerBound + index), neighbor: neighbor, type: relationship.type)
                next[node.rawValue] += 1
            }
            for node in lists.indices where added[node] > 0 && lists[node].count > 0 {
                var region = UnsafeMutableBufferPointer(rebasing: flat[offsets[node]..<offsets[node + 1]])
                let boundary = lists[node].count
                if region[boundary - 1].type.rawValue > region[boundary].type.rawValue {
                    region.sort { ($0.type.rawValue, $0.relationship.rawValue) < ($1.type.rawValue, $1.relationship.rawValue) }
                }
            }
        }
        self.flat = flat
        self.offsets = offsets
    }

    /// Gives every touched node its slice.
    func install(into lists: inout [AdjacencyList]) {
        for node in lists.indices where offsets[node + 1] > offsets[node] {
            lists[node] = AdjacencyList(sortedEntries: flat[offsets[node]..<offsets[node + 1]])
        }
    }
}
