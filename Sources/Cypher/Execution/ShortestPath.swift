// shortestPath((a)-[:T*..k]->(b)) and allShortestPaths(…) between two bound nodes: a breadth-first search
// that records, for every node it reaches, the relationships it was first reached by at its distance;
// the paths are read back from the target. With a minimum length above one, an iterative deepening search
// finds the shortest paths of at least that length. When the MATCH's WHERE reads the path (or its
// relationships), the shortest paths are those among the paths that satisfy it, as in Neo4j: the search
// then walks every path (no relationship twice) one length after another, keeping those that satisfy the
// condition, until a length has some — exhaustive, like Neo4j's fallback for such predicates.

/// Binds the relationships of one shortest path (or one row per shortest path) between two bound nodes.
final class ShortestPath: Operator {
    let fromSlot: Int
    let toSlot: Int
    let listSlot: Int
    let typeFilter: TypeFilter
    let direction: Direction
    let minimum: Int
    let maximum: Int?
    let all: Bool
    let relationshipProperties: [(PropertyKeyRef, BoundExpression)]
    /// A condition every relationship (or every node) of the path must meet — `all(r IN relationships(p)
    /// WHERE …)`, `none(n IN nodes(p) WHERE …)` — read with the element in `slot`: checked at each step,
    /// so that the search stays breadth first.
    struct ElementFilter {
        let slot: Int
        let predicate: BoundExpression
        /// `.all`: the predicate must be true for the element; `.none`: false. Null fails both, and a value
        /// that is no boolean is the quantifier's type error.
        let quantifier: Quantifier

        func admits(_ frame: inout Frame, _ evaluator: Evaluator) throws(CypherError) -> Bool {
            switch try evaluator.evaluate(predicate, &frame) {
            case .bool(let b): return b == (quantifier == .all)
            case .null: return false
            case let other: throw evaluator.typeError("\(quantifier.rawValue)() predicate", expected: "a boolean", other, nil)
            }
        }
    }
    let relationshipFilters: [ElementFilter]
    let nodeFilters: [ElementFilter]
    /// The other conditions of the MATCH that read the path or its relationships: a shortest path must
    /// satisfy them too, which takes the search through every path, one length after another.
    let condition: BoundExpression?
    /// The slot of the path variable, bound for the condition to read; nil when the path is not named.
    let pathSlot: Int?
    let describedAs: String

    init(
        input: Operator, fromSlot: Int, toSlot: Int, listSlot: Int, types: [TypeRef], direction: Direction, minimum: Int,
        maximum: Int?, all: Bool, relationshipProperties: [(PropertyKeyRef, BoundExpression)], relationshipFilters: [ElementFilter] = [],
        nodeFilters: [ElementFilter] = [], condition: BoundExpression? = nil, pathSlot: Int? = nil, describedAs: String
    ) {
        self.relationshipFilters = relationshipFilters
        self.nodeFilters = nodeFilters
        self.condition = condition
        self.pathSlot = pathSlot
        self.fromSlot = fromSlot
        self.toSlot = toSlot
        self.listSlot = listSlot
        self.typeFilter = TypeFilter(types: types)
        self.direction = direction
        self.minimum = minimum
        self.maximum = maximum
        self.all = all
        self.relationshipProperties = relationshipProperties
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { all ? "AllShortestPaths" : "ShortestPath" }
    override var details: String {
        var notes: [String] = []
        if !relationshipFilters.isEmpty || !nodeFilters.isEmpty { notes.append("each step filtered") }
        if condition != nil { notes.append("every path tried against the path's conditions") }
        return describedAs + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    }

    /// What a step of the search may follow: the pattern's types and relationship properties, and the
    /// conditions every relationship and node of the path must meet.
    private struct Walk {
        let types: [RelationshipTypeID]?
        let wanted: [(PropertyKeyID?, Value)]
        let graph: PropertyGraph
        /// False for a relationship or the node it leads to that breaks an element filter; nil when there are none.
        let admits: ((RelationshipID, NodeID) throws(CypherError) -> Bool)?
    }

    /// The relationships leaving `node` that the pattern may follow, with the node at their other end.
    private func steps(_ node: NodeID, _ walk: Walk) throws(CypherError) -> [(RelationshipID, NodeID)] {
        var result: [(RelationshipID, NodeID)] = []
        for d in [Direction.outgoing, .incoming] where direction == d || direction == .both {
            let adjacency = walk.graph.adjacency(of: node, d)
            let ranges = walk.types.map { $0.map { adjacency.range(of: $0) } } ?? [adjacency.indices]
            for range in ranges {
                for i in range {
                    let e = adjacency.entries[i]
                    if d == .incoming, direction == .both, e.neighbor == node { continue }
                    if !walk.wanted.isEmpty, !matches(e.relationship, walk.wanted, walk.graph) { continue }
                    if let admits = walk.admits, try !admits(e.relationship, e.neighbor) { continue }
                    result.append((e.relationship, e.neighbor))
                }
            }
        }
        return result
    }

    private func matches(_ relationship: RelationshipID, _ wanted: [(PropertyKeyID?, Value)], _ graph: PropertyGraph) -> Bool {
        wanted.allSatisfy { key, value in
            guard let key, let actual = graph.property(key, of: relationship) else { return false }
            return actual.cypherEquals(value) == true
        }
    }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        let evaluator = Evaluator(context)
        var filters = StepFilters(types: typeFilter, labels: LabelFilter(labels: []), context)
        return try runInput(context, &frame) { f throws(CypherError) in
            filters.refresh(context)
            let types = filters.types
            guard case .node(let source) = f[fromSlot], case .node(let target) = f[toSlot] else { return true }
            var wanted: [(PropertyKeyID?, Value)] = []
            for (key, expression) in relationshipProperties { wanted.append((key.id(in: graph), try evaluator.evaluate(expression, &f))) }
            var probe = f
            func holdsForEach(_ elementFilters: [ElementFilter], _ value: Value) throws(CypherError) -> Bool {
                for filter in elementFilters {
                    probe[filter.slot] = value
                    if try !filter.admits(&probe, evaluator) { return false }
                }
                return true
            }
            let filtered = !relationshipFilters.isEmpty || !nodeFilters.isEmpty
            let walk = Walk(
                types: types, wanted: wanted, graph: graph,
                admits: filtered
                    ? { r, n throws(CypherError) in
                        guard try holdsForEach(self.relationshipFilters, .relationship(r)) else { return false }
                        return try holdsForEach(self.nodeFilters, .node(n))
                    }
                    : nil)
            guard try holdsForEach(nodeFilters, .node(source)) else { return true }
            let paths: [[RelationshipID]]
            if let condition {
                guard source != target || minimum == 0 else { return true }
                paths = try satisfying(source, target, walk, context) { path throws(CypherError) in
                    f[listSlot] = .list(path.map(Value.relationship))
                    if let pathSlot { f[pathSlot] = .path(Self.pathValue(from: source, path, graph)) }
                    return try evaluator.holds(condition, &f)
                }
            } else if source == target {
                paths = minimum == 0 ? [[]] : []
            } else if minimum <= 1 {
                paths = try breadthFirst(source, target, walk)
            } else {
                paths = try deepening(source, target, walk, context)
            }
            for path in paths {
                f[listSlot] = .list(path.map(Value.relationship))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// Shortest paths by breadth-first search, each as its relationships from source to target.
    private func breadthFirst(_ source: NodeID, _ target: NodeID, _ walk: Walk) throws(CypherError) -> [[RelationshipID]] {
        var distance: [NodeID: Int] = [source: 0]
        var parents: [NodeID: [(RelationshipID, NodeID)]] = [:]
        var frontier = [source]
        var depth = 0
        while !frontier.isEmpty, distance[target] == nil {
            if let maximum, depth >= maximum { break }
            depth += 1
            var next: [NodeID] = []
            for node in frontier {
                for (relationship, neighbor) in try steps(node, walk) {
                    if let seen = distance[neighbor] {
                        if seen == depth, all { parents[neighbor, default: []].append((relationship, node)) }
                        continue
                    }
                    distance[neighbor] = depth
                    parents[neighbor] = [(relationship, node)]
                    next.append(neighbor)
                }
            }
            frontier = next
        }
        guard distance[target] != nil else { return [] }
        if !all {
            // One path: the first parent of each node, back from the target.
            var path: [RelationshipID] = []
            var node = target
            while node != source, let (relationship, parent) = parents[node]?.first {
                path.append(relationship)
                node = parent
            }
            return [path.reversed()]
        }
        // Every path, depth first over the parent lists with a stack of its own (a path can be as long as
        // the graph is large): frame k + 1 was reached by suffix[k], so a path costs its length, not more.
        var paths: [[RelationshipID]] = []
        var suffix: [RelationshipID] = []
        var stack: [(node: NodeID, next: Int)] = [(target, 0)]
        func pop() {
            stack.removeLast()
            if !stack.isEmpty { suffix.removeLast() }
        }
        while let top = stack.last {
            if top.node == source {
                paths.append(suffix.reversed())
                pop()
                continue
            }
            let options = parents[top.node] ?? []
            guard top.next < options.count else {
                pop()
                continue
            }
            stack[stack.count - 1].next += 1
            suffix.append(options[top.next].0)
            stack.append((options[top.next].1, 0))
        }
        return paths
    }

    /// Shortest paths of at least `minimum` relationships (no relationship twice), by depth-limited search.
    private func deepening(_ source: NodeID, _ target: NodeID, _ walk: Walk, _ context: ExecutionContext) throws(CypherError) -> [[RelationshipID]] {
        try satisfying(source, target, walk, context) { _ throws(CypherError) in true }
    }

    /// The shortest paths (of at least `minimum` relationships, none twice) that `accept` takes: every path
    /// of one length, then of the next, until a length has some or no path is that long.
    private func satisfying(
        _ source: NodeID, _ target: NodeID, _ walk: Walk, _ context: ExecutionContext, _ accept: ([RelationshipID]) throws(CypherError) -> Bool
    ) throws(CypherError) -> [[RelationshipID]] {
        let limit = min(maximum ?? Int.max, walk.graph.relationshipCount)
        var depth = minimum
        while depth <= limit {
            var found: [[RelationshipID]] = []
            let reachedDepth = try forEachPath(of: depth, from: source, walk, context) { path, end throws(CypherError) in
                if end == target, try accept(path) { found.append(path) }
                return all || found.isEmpty
            }
            if !found.isEmpty || !reachedDepth { return found }
            depth += 1
        }
        return []
    }

    /// Calls `body` with every path of exactly `length` relationships (none twice) from `source`, and the
    /// node it ends at, until `body` returns false; true when some path was that long. Depth first, with a
    /// stack of its own: a path can be as long as the graph has relationships.
    private func forEachPath(
        of length: Int, from source: NodeID, _ walk: Walk, _ context: ExecutionContext,
        _ body: ([RelationshipID], NodeID) throws(CypherError) -> Bool
    ) throws(CypherError) -> Bool {
        if length == 0 {
            _ = try body([], source)
            return true
        }
        var reached = false
        var path: [RelationshipID] = []
        var used = Set<RelationshipID>()
        // Frame k holds the steps out of the node path[k - 1] led to (the source for k = 0).
        var stack: [(steps: [(RelationshipID, NodeID)], next: Int)] = [(try steps(source, walk), 0)]
        while let top = stack.last {
            guard top.next < top.steps.count else {
                stack.removeLast()
                if let last = path.popLast() { used.remove(last) }
                continue
            }
            stack[stack.count - 1].next += 1
            let (relationship, neighbor) = top.steps[top.next]
            if used.contains(relationship) { continue }
            try context.checkInterruption()
            path.append(relationship)
            if path.count == length {
                reached = true
                let goOn = try body(path, neighbor)
                path.removeLast()
                if !goOn { return true }
            } else {
                used.insert(relationship)
                stack.append((try steps(neighbor, walk), 0))
            }
        }
        return reached
    }

    /// The path from `source` along `relationships`.
    static func pathValue(from source: NodeID, _ relationships: [RelationshipID], _ graph: PropertyGraph) -> PathValue {
        var nodes = [source]
        var node = source
        for r in relationships {
            if let record = graph.relationship(r) { node = record.otherEnd(from: node) }
            nodes.append(node)
        }
        return PathValue(nodes: nodes, relationships: relationships)
    }
}
