// The operator behind the frontier rewrite (Planning/FrontierChainPlanner.swift): from the start node of
// each input row, walks a chain of hops over sets of distinct nodes and emits one row per distinct node
// reached at the end. When two adjacent hops may use the same relationship, each frontier node keeps the
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
    let describedAs: String

    init(input: Operator, startSlot: Int, endSlot: Int, hops: [Hop], describedAs: String) {
        self.startSlot = startSlot
        self.endSlot = endSlot
        self.hops = hops
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs }

    private static let both: [Direction] = [.outgoing, .incoming]

    /// Marks "reached by several relationships" in a frontier.
    fileprivate static let several = -2

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        var resolved: [(types: [RelationshipTypeID]?, mask: LabelMask)] = []
        for hop in hops {
            let types = TypeFilter(types: hop.types).resolve(graph)
            if let types, types.isEmpty { return true }
            guard let mask = LabelFilter(labels: hop.labels).mask(graph) else { return true }
            resolved.append((types, mask))
        }
        // Per-node scratch, stamped with a generation number per hop, so that a frontier needs no hashing.
        let bound = graph.nodeIDBound
        let stamp = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(bound, 1))
        let via = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(bound, 1))
        stamp.initialize(repeating: 0)
        via.initialize(repeating: Self.several)
        defer {
            stamp.deallocate()
            via.deallocate()
        }
        var generation: Int32 = 0
        let index = context.adjacencyIndex
        return try runInput(context, &frame) { f throws(CypherError) in
            guard case .node(let start) = f[startSlot], start.rawValue < bound else { return true }
            var order = [start.rawValue]
            var viaOfOrder = [Self.several]
            for (h, hop) in hops.enumerated() {
                generation &+= 1
                let visit = Visit(stamp: stamp, via: via, generation: generation, mask: resolved[h].mask, graph: graph, hop: hop)
                var nextOrder: [Int] = []
                let types = resolved[h].types
                let directions = hop.direction == .both ? FrontierChain.both : [hop.direction]
                for (k, node) in order.enumerated() {
                    let cameBy = viaOfOrder[k]
                    for d in directions {
                        if let index, node < index.nodeBound {
                            let csr = index.csr(d)
                            if let types {
                                for t in types {
                                    for i in csr.range(of: node, type: t.rawValue) {
                                        visit.reach(Int(csr.neighbors[i]), Int(csr.relationships[i]), node, cameBy, d, &nextOrder)
                                    }
                                }
                            } else {
                                for i in csr.range(of: node) {
                                    visit.reach(Int(csr.neighbors[i]), Int(csr.relationships[i]), node, cameBy, d, &nextOrder)
                                }
                            }
                        } else {
                            let adjacency = graph.adjacency(of: NodeID(node), d)
                            let ranges = types.map { $0.map { adjacency.range(of: $0) } } ?? [0..<adjacency.count]
                            for range in ranges {
                                for i in range {
                                    let e = adjacency.entries[i]
                                    visit.reach(e.neighbor.rawValue, e.relationship.rawValue, node, cameBy, d, &nextOrder)
                                }
                            }
                        }
                    }
                }
                order = nextOrder
                viaOfOrder = order.map { via[$0] }
                if order.isEmpty { return true }
            }
            for node in order.sorted() {
                f[endSlot] = .node(NodeID(node))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// One hop's step into a neighbour: filters it and records it in the stamped scratch arrays.
    private struct Visit {
        let stamp: UnsafeMutableBufferPointer<Int32>
        let via: UnsafeMutableBufferPointer<Int>
        let generation: Int32
        let mask: LabelMask
        let graph: PropertyGraph
        let hop: Hop

        @inline(__always)
        func reach(_ n: Int, _ r: Int, _ node: Int, _ cameBy: Int, _ d: Direction, _ next: inout [Int]) {
            if d == .incoming, hop.direction == .both, n == node { return }
            if hop.excludesPrevious, cameBy == r { return }
            guard n < stamp.count else { return }
            if !mask.isEmpty, !graph.hasLabels(NodeID(n), mask) { return }
            if stamp[n] == generation {
                if via[n] != r { via[n] = FrontierChain.several }
            } else {
                stamp[n] = generation
                via[n] = r
                next.append(n)
            }
        }
    }
}
