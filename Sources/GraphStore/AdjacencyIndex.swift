// A compact, read-only view of the graph's adjacency in CSR form (compressed sparse rows): for each
// direction, one offsets array indexed by node id and three parallel arrays of 32-bit neighbour,
// relationship and type ids, each node's run sorted by type. Scans over it touch contiguous memory,
// which makes expansions and graph algorithms several times faster than following per-node lists.
// The store builds it on demand and keeps it until the next write.

/// CSR adjacency of one direction. The arrays live in manually allocated buffers, so walking them
/// costs no reference counting.
public final class CSRAdjacency: @unchecked Sendable {
    /// `offsets[n]..<offsets[n + 1]` is node n's run in the other arrays; `offsets.count == nodeBound + 1`.
    public let offsets: UnsafeBufferPointer<Int32>
    public let neighbors: UnsafeBufferPointer<Int32>
    public let relationships: UnsafeBufferPointer<Int32>
    public let types: UnsafeBufferPointer<Int32>

    init(offsets: [Int32], neighbors: [Int32], relationships: [Int32], types: [Int32]) {
        func copy(_ a: [Int32]) -> UnsafeBufferPointer<Int32> {
            let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(a.count, 1))
            _ = buffer.initialize(from: a)
            return UnsafeBufferPointer(rebasing: buffer[0..<a.count])
        }
        self.offsets = copy(offsets)
        self.neighbors = copy(neighbors)
        self.relationships = copy(relationships)
        self.types = copy(types)
    }

    deinit {
        for b in [offsets, neighbors, relationships, types] { UnsafeMutableRawPointer(mutating: b.baseAddress)?.deallocate() }
    }

    /// The index range of node `n`'s relationships.
    @inlinable public func range(of n: Int) -> Range<Int> { Int(offsets[n])..<Int(offsets[n + 1]) }

    /// The index range of node `n`'s relationships of one type.
    /// - Complexity: O(1) when the node's relationships in this direction are all of one type, O(log degree)
    ///   otherwise.
    @inlinable public func range(of n: Int, type: Int32) -> Range<Int> {
        let start = Int(offsets[n]), end = Int(offsets[n + 1])
        guard start < end else { return start..<end }
        // Most nodes have relationships of one type per direction, or a few: settle those without a
        // binary search, whose unpredictable branches cost more than the scan.
        let first = types[start], last = types[end - 1]
        if type < first || type > last { return start..<start }
        if first == last { return start..<end }
        if end - start <= 8 {
            var lo = start
            while types[lo] < type { lo += 1 }
            var upper = lo
            while upper < end, types[upper] == type { upper += 1 }
            return lo..<upper
        }
        var lo = start, hi = end
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if types[mid] < type { lo = mid + 1 } else { hi = mid }
        }
        var upper = lo, top = end
        while upper < top {
            let mid = (upper &+ top) >> 1
            if types[mid] <= type { upper = mid + 1 } else { top = mid }
        }
        return lo..<upper
    }

    /// The number of relationships in this direction.
    public var count: Int { neighbors.count }
}

/// The graph's adjacency in both directions, as of one version of the graph.
public final class AdjacencyIndex: @unchecked Sendable {
    public let outgoing: CSRAdjacency
    public let incoming: CSRAdjacency
    public let nodeBound: Int

    init(outgoing: CSRAdjacency, incoming: CSRAdjacency, nodeBound: Int) {
        self.outgoing = outgoing
        self.incoming = incoming
        self.nodeBound = nodeBound
    }

    /// The CSR of one direction (`.both` is not a single direction; callers walk both).
    @inlinable public func csr(_ direction: Direction) -> CSRAdjacency { direction == .incoming ? incoming : outgoing }
}

extension PropertyGraph {
    /// The CSR view of the adjacency, built on first use after a write and shared until the next one.
    /// - Complexity: O(nodes + relationships) when it has to be built, O(1) otherwise.
    public func adjacencyIndex() -> AdjacencyIndex {
        if let cached = cachedAdjacencyIndex { return cached }
        let index = AdjacencyIndex(
            outgoing: Self.csr(outgoingLists), incoming: Self.csr(incomingLists), nodeBound: nodeLive.count)
        cachedAdjacencyIndex = index
        return index
    }

    private static func csr(_ lists: [AdjacencyList]) -> CSRAdjacency {
        var offsets: [Int32] = []
        offsets.reserveCapacity(lists.count + 1)
        var total = 0
        for list in lists { total += list.count }
        var neighbors: [Int32] = []
        var relationships: [Int32] = []
        var types: [Int32] = []
        neighbors.reserveCapacity(total)
        relationships.reserveCapacity(total)
        types.reserveCapacity(total)
        offsets.append(0)
        for list in lists {
            for e in list.entries {
                neighbors.append(Int32(truncatingIfNeeded: e.neighbor.rawValue))
                relationships.append(Int32(truncatingIfNeeded: e.relationship.rawValue))
                types.append(e.type.rawValue)
            }
            offsets.append(Int32(truncatingIfNeeded: neighbors.count))
        }
        return CSRAdjacency(offsets: offsets, neighbors: neighbors, relationships: relationships, types: types)
    }
}
