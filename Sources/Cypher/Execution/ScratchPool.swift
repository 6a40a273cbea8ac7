// Scratch memory that operators need in proportion to the graph — a stamp per node for a frontier walk —
// kept from one statement to the next by the database, so that a query touching a few thousand nodes
// does not allocate and clear megabytes first.

/// Per-node buffers of a frontier walk (FrontierChain.swift). The stamps stay valid across walks: a
/// walk's generation numbers only grow, so a stamp left by an earlier walk never matches.
final class FrontierBuffers {
    /// The number of node ids the buffers cover.
    let capacity: Int
    /// The generation that last reached each node.
    let stamp: UnsafeMutableBufferPointer<Int32>
    /// The relationship each node was reached by in that generation (read only when stamped by it).
    let via: UnsafeMutableBufferPointer<Int>
    /// Room for two frontiers (the current one and the next), and the relationship each node of the
    /// current one was reached by.
    let frontiers: (UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>)
    let viaOfOrder: UnsafeMutableBufferPointer<Int>
    /// The last generation number handed out.
    private var generation: Int32 = 0

    init(capacity: Int) {
        self.capacity = capacity
        let n = max(capacity, 1)
        stamp = .allocate(capacity: n)
        stamp.initialize(repeating: 0)
        via = .allocate(capacity: n)
        frontiers = (.allocate(capacity: n), .allocate(capacity: n))
        viaOfOrder = .allocate(capacity: n)
    }

    deinit {
        for buffer in [stamp, frontiers.0, frontiers.1] { buffer.deallocate() }
        via.deallocate()
        viaOfOrder.deallocate()
    }

    /// A generation number no node is stamped with.
    func nextGeneration() -> Int32 {
        if generation == Int32.max {
            stamp.update(repeating: 0)
            generation = 0
        }
        generation += 1
        return generation
    }
}

/// The scratch buffers a database lends to the statements it runs, one statement at a time.
final class ScratchPool {
    /// The buffers of the last walk, kept for the next one (28 bytes per node id). Nested walks, rarer,
    /// allocate their own.
    private var frontierBuffers: FrontierBuffers?

    init() {}

    /// Buffers covering at least `capacity` node ids: the kept ones when they fit and are not more than
    /// twice as large (so a pool never holds much more than the graph needs), new ones otherwise.
    func takeFrontierBuffers(capacity: Int) -> FrontierBuffers {
        if let kept = frontierBuffers.take(), kept.capacity >= capacity, kept.capacity <= 2 * max(capacity, 1024) {
            return kept
        }
        return FrontierBuffers(capacity: capacity)
    }

    /// Returns buffers to the pool once a walk is done with them.
    func giveBack(_ buffers: FrontierBuffers) {
        if let kept = frontierBuffers, kept.capacity > buffers.capacity { return }
        frontierBuffers = buffers
    }
}
