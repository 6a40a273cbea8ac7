// Per-node adjacency: the relationships incident to a node in one direction, grouped by relationship
// type (entries sorted by type id, then by relationship id), so an expansion over one type touches only
// that type's entries.

/// One incident relationship as seen from a node: the relationship, its type and the node at the other end.
public struct AdjacencyEntry: Sendable, Equatable {
    public var relationship: RelationshipID
    public var neighbor: NodeID
    public var type: RelationshipTypeID

    @inlinable public init(relationship: RelationshipID, neighbor: NodeID, type: RelationshipTypeID) {
        self.relationship = relationship
        self.neighbor = neighbor
        self.type = type
    }
}

/// The relationships incident to a node in one direction, sorted by (type, relationship id).
///
/// The entries are a slice: a snapshot restore cuts every node's list out of one flat array of all
/// entries without copying (two million small arrays were a fifth of opening a database of a million
/// relationships); the first change to a node's list copies just that list (copy-on-write). Indices are
/// the slice's own: `range(of:)` and iteration give the right ones, `0..<count` would not.
public struct AdjacencyList: Sendable {
    public private(set) var entries: ArraySlice<AdjacencyEntry> = []

    public init() {}

    /// A list of entries already sorted by type, then relationship id (a bulk load's), sharing their
    /// storage with the slices of the other nodes.
    init(sortedEntries: ArraySlice<AdjacencyEntry>) { entries = sortedEntries }

    public var count: Int { entries.count }
    /// The indices of every entry (the slice's own, not `0..<count`).
    public var indices: Range<Int> { entries.indices }
    public var isEmpty: Bool { entries.isEmpty }

    /// The index range of the entries of one type.
    /// - Complexity: O(log n).
    public func range(of type: RelationshipTypeID) -> Range<Int> {
        lowerBound(type.rawValue, relationship: Int.min)..<lowerBound(type.rawValue + 1, relationship: Int.min)
    }

    /// Adds an entry at its sorted position.
    /// - Complexity: O(n) for the shift; O(1) when appended (the common case: new ids are largest).
    public mutating func insert(_ entry: AdjacencyEntry) {
        if let last = entries.last,
            (last.type, last.relationship.rawValue) > (entry.type, entry.relationship.rawValue)
        {
            entries.insert(entry, at: lowerBound(entry.type.rawValue, relationship: entry.relationship.rawValue))
        } else {
            entries.append(entry)
        }
    }

    /// Removes the entry of `relationship` (of type `type`).
    /// - Complexity: O(log n + shift).
    public mutating func remove(_ relationship: RelationshipID, type: RelationshipTypeID) {
        let index = lowerBound(type.rawValue, relationship: relationship.rawValue)
        if index < entries.endIndex, entries[index].relationship == relationship {
            entries.remove(at: index)
        }
    }

    private func lowerBound(_ type: Int32, relationship: Int) -> Int {
        var low = entries.startIndex, high = entries.endIndex
        while low < high {
            let mid = (low + high) / 2
            let e = entries[mid]
            if (e.type.rawValue, e.relationship.rawValue) < (type, relationship) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
