// The operator behind the frontier rewrite (Optimizer/Rules/FrontierChainRule.swift): from the start node of
// each input row, walks a chain of hops over sets of distinct nodes and emits one row per distinct node
// reached at the end (or, for a chain that returns to its start, the row itself when the walk reaches
// the start again). When two adjacent hops may use the same relationship, each frontier node keeps the
// relationship it was reached by if there was only one, and the next hop avoids that relationship — so a
// node is reached exactly when some path to it uses no relationship twice.

final class FrontierChain: Operator {
    struct Hop {
        let types: [TypeRef]
        let direction: Direction
        let labels: [LabelRef]
        /// True when this hop may reuse the previous hop's relationship (same type), which uniqueness forbids.
        let excludesPrevious: Bool
    }

    let startSlot: Int
    let endSlot: Int
    let hops: [Hop]
    /// True for a cycle, `(a)-…->(a)`: the end is the start, and a row passes once when the walk reaches it.
    let returnsToStart: Bool
    let describedAs: String

    init(input: Operator, startSlot: Int, endSlot: Int, hops: [Hop], returnsToStart: Bool, describedAs: String) {
        self.startSlot = startSlot
        self.endSlot = endSlot
        self.hops = hops
        self.returnsToStart = returnsToStart
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs }

    /// Marks "reached by several relationships" in a frontier.
    static let several = -2

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var filters = hops.map { StepFilters(types: TypeFilter(types: $0.types), labels: LabelFilter(labels: $0.labels), context) }
        /// The hops with their filters resolved; nil when one cannot match.
        func resolvedWalks() -> [HopWalk]? {
            var walks: [HopWalk] = []
            for (hop, filter) in zip(hops, filters) {
                guard filter.canMatch, let mask = filter.labels else { return nil }
                walks.append(HopWalk(hop: hop, types: filter.types.map { $0.map(\.rawValue) }, mask: mask))
            }
            return walks
        }
        var walks = resolvedWalks()
        let walker = FrontierWalker(context)
        defer { walker.finish() }
        return try runInput(context, &frame) { f throws(CypherError) in
            var changed = false
            for i in filters.indices where !filters[i].settled {
                if filters[i].refresh(context) { changed = true }
            }
            if changed { walks = resolvedWalks() }
            guard let walks, case .node(let start) = f[startSlot], walker.begin(at: start.rawValue) else { return true }
            for walk in walks {
                walker.step(walk)
                if walker.frontierCount == 0 { return true }
            }
            let reached = walker.sortedFrontier()
            if returnsToStart {
                return reached.contains(Int32(truncatingIfNeeded: start.rawValue)) ? try sink(&f) : true
            }
            for i in reached.indices {
                f[endSlot] = .node(NodeID(Int(reached[i])))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// One hop with its type and label filters resolved against the graph.
    struct HopWalk {
        let direction: Direction
        let excludesPrevious: Bool
        /// The relationship type ids to follow, nil for any type.
        let types: [Int32]?
        let mask: LabelMask
        /// The mask's bits when it has no labels with ids of 64 and above (then the bits alone decide).
        let bitsOnly: UInt64?

        init(hop: Hop, types: [Int32]?, mask: LabelMask) {
            direction = hop.direction
            excludesPrevious = hop.excludesPrevious
            self.types = types
            self.mask = mask
            bitsOnly = mask.extra.isEmpty ? mask.bits : nil
        }
    }
}

/// A frontier walk over one graph, reused from row to row: the current frontier (nodes in the order
/// reached, with the relationship each was reached by, or `several`) lives in buffers lent by the
/// database, whose per-node stamps let a frontier be built without hashing or allocation.
///
/// The mutable fields the walk touches per relationship are `@exclusivity(unchecked)`: the walker is
/// private to one operator run on one thread, and no access to a field overlaps another access to it
/// (there are no inout arguments of them across calls), so the run-time exclusivity checks — a quarter
/// of the walk's instructions under callgrind — can never fire.
private final class FrontierWalker {
    private let graph: PropertyGraph
    private let scratch: ScratchPool
    /// The CSR view of a read-only statement; nil when the statement writes (then the store's lists are
    /// read, and labels are asked of the store, as earlier clauses may change them between rows).
    private let index: AdjacencyIndex?
    /// The label bits of every node when the statement is read-only (empty otherwise).
    private let labelBits: [UInt64]
    /// The lent buffers, taken at the first row (after the writes of earlier clauses) and grown when
    /// earlier clauses add nodes; the fields below are views of them.
    @exclusivity(unchecked) private var buffers: FrontierBuffers?
    /// One past the largest node id the walk covers (at most the buffers' capacity).
    @exclusivity(unchecked) private var bound = 0
    /// The generation that last reached each node, and the relationship it was reached by.
    @exclusivity(unchecked) private var stamp = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    @exclusivity(unchecked) private var via = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
    /// The current frontier's nodes and the relationship each was reached by (`several` when more).
    @exclusivity(unchecked) private var order = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    @exclusivity(unchecked) private var viaOfOrder = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
    /// Room for the next frontier (and the radix sort's other side).
    @exclusivity(unchecked) private var next = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    /// This hop's generation number: a node stamped with it is in the next frontier already.
    @exclusivity(unchecked) private var generation: Int32 = 0
    @exclusivity(unchecked) private(set) var frontierCount = 0
    @exclusivity(unchecked) private var nextCount = 0

    init(_ context: ExecutionContext) {
        graph = context.graph
        scratch = context.scratch
        index = context.adjacencyIndex
        labelBits = index == nil ? [] : graph.labelBitsByNode
    }

    /// Gives the buffers back to the database.
    func finish() {
        if let buffers { scratch.giveBack(buffers) }
    }

    /// Starts a walk: the frontier is `start` alone. False when `start` is not a node of the graph.
    func begin(at start: Int) -> Bool {
        if buffers == nil || graph.nodeIDBound > bound { cover(graph.nodeIDBound) }
        guard start >= 0, start < bound else { return false }
        order[0] = Int32(truncatingIfNeeded: start)
        viaOfOrder[0] = FrontierChain.several
        frontierCount = 1
        return true
    }

    /// Makes the buffers cover `nodes` node ids; too small ones grow by half again at least.
    private func cover(_ nodes: Int) {
        if let current = buffers {
            if nodes <= current.capacity {
                bound = nodes
                return
            }
            scratch.giveBack(current)
        }
        let capacity = buffers.map { max(nodes, $0.capacity + $0.capacity / 2) } ?? nodes
        let taken = scratch.takeFrontierBuffers(capacity: capacity)
        buffers = taken
        bound = nodes
        (stamp, via, viaOfOrder) = (taken.stamp, taken.via, taken.viaOfOrder)
        (order, next) = taken.frontiers
    }

    /// The nodes of the current frontier, sorted ascending (the order rows leave the operator in).
    func sortedFrontier() -> UnsafeMutableBufferPointer<Int32> {
        sortFrontier()
        return UnsafeMutableBufferPointer(rebasing: order[0..<frontierCount])
    }

    /// Sorts the frontier: by insertion when it is small, else by a radix sort on the bytes of the ids
    /// that vary, with the free frontier buffer as the other side (a comparison sort costs several
    /// times more on frontiers of thousands of nodes).
    private func sortFrontier() {
        let n = frontierCount
        if n <= 48 {
            for i in 1..<max(n, 1) {
                let x = order[i]
                var j = i
                while j > 0, order[j - 1] > x {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = x
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            var shift: UInt32 = 0
            while shift < 32, UInt32(truncatingIfNeeded: max(bound - 1, 0)) >> shift != 0 {
                counts.initialize(repeating: 0)
                for i in 0..<n { counts[Int((UInt32(bitPattern: order[i]) >> shift) & 0xFF)] += 1 }
                var offset = 0
                for d in 0..<256 {
                    let c = counts[d]
                    counts[d] = offset
                    offset += c
                }
                for i in 0..<n {
                    let d = Int((UInt32(bitPattern: order[i]) >> shift) & 0xFF)
                    next[counts[d]] = order[i]
                    counts[d] += 1
                }
                swap(&order, &next)
                shift += 8
            }
        }
    }

    /// Replaces the frontier by the distinct nodes one hop away.
    func step(_ walk: FrontierChain.HopWalk) {
        generation = buffers?.nextGeneration() ?? 1
        nextCount = 0
        for k in 0..<frontierCount {
            let node = Int(order[k]), cameBy = viaOfOrder[k]
            if let index, node < index.nodeBound {
                if walk.direction != .incoming { expand(node, cameBy, .outgoing, index.outgoing, walk) }
                if walk.direction != .outgoing { expand(node, cameBy, .incoming, index.incoming, walk) }
            } else {
                if walk.direction != .incoming { expand(node, cameBy, .outgoing, graph.adjacency(of: NodeID(node), .outgoing), walk) }
                if walk.direction != .outgoing { expand(node, cameBy, .incoming, graph.adjacency(of: NodeID(node), .incoming), walk) }
            }
        }
        swap(&order, &next)
        frontierCount = nextCount
        for k in 0..<frontierCount { viaOfOrder[k] = via[Int(order[k])] }
    }

    /// Steps from `node` along its relationships in the CSR view of one direction.
    @inline(__always)
    private func expand(_ node: Int, _ cameBy: Int, _ d: Direction, _ csr: CSRAdjacency, _ walk: FrontierChain.HopWalk) {
        if let types = walk.types {
            for t in types {
                for i in csr.range(of: node, type: t) { consider(Int(csr.neighbors[i]), Int(csr.relationships[i]), node, cameBy, d, walk) }
            }
        } else {
            for i in csr.range(of: node) { consider(Int(csr.neighbors[i]), Int(csr.relationships[i]), node, cameBy, d, walk) }
        }
    }

    /// Steps from `node` along the store's own adjacency list (a statement that writes).
    private func expand(_ node: Int, _ cameBy: Int, _ d: Direction, _ adjacency: AdjacencyList, _ walk: FrontierChain.HopWalk) {
        let ranges = walk.types.map { $0.map { adjacency.range(of: RelationshipTypeID($0)) } } ?? [adjacency.indices]
        for range in ranges {
            for i in range {
                let e = adjacency.entries[i]
                consider(e.neighbor.rawValue, e.relationship.rawValue, node, cameBy, d, walk)
            }
        }
    }

    /// Adds neighbour `n`, reached from `node` by relationship `r`, to the next frontier when it passes the
    /// hop's filters; a node reached again by another relationship is marked as reached by several.
    @inline(__always)
    private func consider(_ n: Int, _ r: Int, _ node: Int, _ cameBy: Int, _ d: Direction, _ walk: FrontierChain.HopWalk) {
        if d == .incoming, walk.direction == .both, n == node { return }
        if walk.excludesPrevious, cameBy == r { return }
        guard n < bound else { return }
        if index != nil, let bits = walk.bitsOnly {
            guard labelBits[n] & bits == bits else { return }
        } else if !graph.hasLabels(NodeID(n), walk.mask) {
            return
        }
        if stamp[n] == generation {
            if via[n] != r { via[n] = FrontierChain.several }
        } else {
            stamp[n] = generation
            via[n] = r
            next[nextCount] = Int32(truncatingIfNeeded: n)
            nextCount += 1
        }
    }
}
