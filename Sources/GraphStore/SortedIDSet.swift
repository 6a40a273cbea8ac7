// A set of entity ids kept as a sorted array: the storage of the label index and of property-index
// buckets. Scans come out in id order (deterministic results), and since new entities get the largest
// id, the common insert is an append.

/// A set of integer ids stored sorted and without duplicates.
///
/// The ids are a slice, so that removing members near the start shifts the members before them, not
/// every member after: deleting or unlabelling a label's nodes in id order removes the smallest member
/// each time, which with an array was quadratic (a million nodes' label took a minute to remove). Indices
/// are the slice's own: `ids.startIndex` is not always 0.
public struct SortedIDSet: Sendable, Sequence {
    public private(set) var ids: ArraySlice<Int> = []

    public init() {}

    /// A set of ids already sorted ascending and distinct (a bulk load's).
    init(sortedIDs: [Int]) { ids = sortedIDs[...] }

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    /// True when `id` is a member.
    /// - Complexity: O(log n).
    public func contains(_ id: Int) -> Bool {
        let i = lowerBound(id)
        return i < ids.endIndex && ids[i] == id
    }

    /// Inserts `id`; returns false when it was already present.
    /// - Complexity: O(1) when `id` is the largest, O(n) otherwise.
    @discardableResult
    public mutating func insert(_ id: Int) -> Bool {
        if let last = ids.last, last >= id {
            let i = lowerBound(id)
            if i < ids.endIndex, ids[i] == id { return false }
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
    /// - Complexity: O(min(members before it, members after it)), amortized.
    @discardableResult
    public mutating func remove(_ id: Int) -> Bool {
        let i = lowerBound(id)
        guard i < ids.endIndex, ids[i] == id else { return false }
        if i - ids.startIndex < ids.endIndex - i {
            // Nearer the start: the members before it move up one place, and the slice starts one later.
            var j = i
            while j > ids.startIndex {
                ids[j] = ids[j - 1]
                j -= 1
            }
            ids.removeFirst()
            // The slice still holds the room before its start; give it back once it outweighs the members.
            if ids.startIndex > 1024 && ids.startIndex > ids.count { refit() }
        } else {
            ids.remove(at: i)
        }
        return true
    }

    /// Gives back unused room (after a rolled-back transaction removed many ids).
    mutating func releaseUnusedCapacity() {
        if ids.startIndex > 1024 || ids.capacity > 2 * ids.count + 4096 { refit() }
    }

    /// Copies the members into storage of their size (`Array(ids)` may keep the slice's whole buffer).
    private mutating func refit() {
        var fitted: [Int] = []
        fitted.reserveCapacity(ids.count)
        fitted.append(contentsOf: ids)
        ids = fitted[...]
    }

    public func makeIterator() -> IndexingIterator<ArraySlice<Int>> { ids.makeIterator() }

    private func lowerBound(_ id: Int) -> Int {
        var low = ids.startIndex, high = ids.endIndex
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
