// A set of entity ids kept as a sorted array: the storage of the label index and of property-index
// buckets. Scans come out in id order (deterministic results), and since new entities get the largest
// id, the common insert is an append.

/// A set of integer ids stored sorted and without duplicates.
public struct SortedIDSet: Sendable, Sequence {
    public private(set) var ids: [Int] = []

    public init() {}

    /// A set of ids already sorted ascending and distinct (a bulk load's).
    init(sortedIDs: [Int]) { ids = sortedIDs }

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    /// True when `id` is a member.
    /// - Complexity: O(log n).
    public func contains(_ id: Int) -> Bool {
        let i = lowerBound(id)
        return i < ids.count && ids[i] == id
    }

    /// Inserts `id`; returns false when it was already present.
    /// - Complexity: O(1) when `id` is the largest, O(n) otherwise.
    @discardableResult
    public mutating func insert(_ id: Int) -> Bool {
        if let last = ids.last, last >= id {
            let i = lowerBound(id)
            if i < ids.count, ids[i] == id { return false }
            ids.insert(id, at: i)
        } else {
            ids.append(id)
        }
        return true
    }

    /// Inserts ascending `ids`: appended when they all follow the largest member, else one at a time.
    mutating func insert(contentsOf sortedIDs: some Collection<Int>) {
        guard let first = sortedIDs.first else { return }
        if ids.last.map({ $0 < first }) ?? true, zip(sortedIDs, sortedIDs.dropFirst()).allSatisfy({ $0 < $1 }) {
            ids.append(contentsOf: sortedIDs)
        } else {
            for id in sortedIDs { insert(id) }
        }
    }

    /// Removes `id`; returns false when it was absent.
    /// - Complexity: O(n).
    @discardableResult
    public mutating func remove(_ id: Int) -> Bool {
        let i = lowerBound(id)
        guard i < ids.count, ids[i] == id else { return false }
        ids.remove(at: i)
        return true
    }

    /// Gives back unused room (after a rolled-back transaction removed many ids).
    mutating func releaseUnusedCapacity() { ids.releaseUnusedCapacity() }

    public func makeIterator() -> IndexingIterator<[Int]> { ids.makeIterator() }

    private func lowerBound(_ id: Int) -> Int {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
