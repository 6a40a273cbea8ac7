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
    /// The conditions of the MATCH that read the path or its relationships: a shortest path must satisfy them.
    let condition: BoundExpression?
    /// The slot of the path variable, bound for the condition to read; nil when the path is not named.
    let pathSlot: Int?
    let describedAs: String

    init(
        input: Operator, fromSlot: Int, toSlot: Int, listSlot: Int, types: [TypeRef], direction: Direction, minimum: Int,
        maximum: Int?, all: Bool, relationshipProperties: [(PropertyKeyRef, BoundExpression)], condition: BoundExpression? = nil,
        pathSlot: Int? = nil, describedAs: String
    ) {
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
    override var details: String { describedAs + (condition == nil ? "" : " (satisfying the path's conditions)") }

    /// The relationships leaving `node` that the pattern may follow, with the node at their other end.
    private func steps(
        _ node: NodeID, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)], _ graph: PropertyGraph
    ) -> [(RelationshipID, NodeID)] {
        var result: [(RelationshipID, NodeID)] = []
        for d in [Direction.outgoing, .incoming] where direction == d || direction == .both {
            let adjacency = graph.adjacency(of: node, d)
            let ranges = types.map { $0.map { adjacency.range(of: $0) } } ?? [adjacency.indices]
            for range in ranges {
                for i in range {
                    let e = adjacency.entries[i]
                    if d == .incoming, direction == .both, e.neighbor == node { continue }
                    if !wanted.isEmpty, !matches(e.relationship, wanted, graph) { continue }
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
            let paths: [[RelationshipID]]
            if let condition {
                guard source != target || minimum == 0 else { return true }
                paths = try satisfying(source, target, types, wanted, graph, context) { path throws(CypherError) in
                    f[listSlot] = .list(path.map(Value.relationship))
                    if let pathSlot { f[pathSlot] = .path(Self.pathValue(from: source, path, graph)) }
                    return try evaluator.holds(condition, &f)
                }
            } else if source == target {
                paths = minimum == 0 ? [[]] : []
            } else if minimum <= 1 {
                paths = breadthFirst(source, target, types, wanted, graph)
            } else {
                paths = deepening(source, target, types, wanted, graph)
            }
            for path in paths {
                f[listSlot] = .list(path.map(Value.relationship))
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// Shortest paths by breadth-first search, each as its relationships from source to target.
    private func breadthFirst(
        _ source: NodeID, _ target: NodeID, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)],
        _ graph: PropertyGraph
    ) -> [[RelationshipID]] {
        var distance: [NodeID: Int] = [source: 0]
        var parents: [NodeID: [(RelationshipID, NodeID)]] = [:]
        var frontier = [source]
        var depth = 0
        while !frontier.isEmpty, distance[target] == nil {
            if let maximum, depth >= maximum { break }
            depth += 1
            var next: [NodeID] = []
            for node in frontier {
                for (relationship, neighbor) in steps(node, types, wanted, graph) {
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
        var paths: [[RelationshipID]] = []
        func unwind(_ node: NodeID, _ suffix: [RelationshipID]) {
            if node == source {
                paths.append(suffix.reversed())
                return
            }
            for (relationship, parent) in parents[node] ?? [] {
                unwind(parent, suffix + [relationship])
                if !all, !paths.isEmpty { return }
            }
        }
        unwind(target, [])
        return paths
    }

    /// Shortest paths of at least `minimum` relationships (no relationship twice), by depth-limited search.
    private func deepening(
        _ source: NodeID, _ target: NodeID, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)],
        _ graph: PropertyGraph
    ) -> [[RelationshipID]] {
        let limit = maximum ?? max(minimum, graph.relationshipCount)
        var depth = minimum
        while depth <= limit {
            var found: [[RelationshipID]] = []
            var path: [RelationshipID] = []
            func search(_ node: NodeID) -> Bool {
                if path.count == depth {
                    if node == target { found.append(path) }
                    return all || found.isEmpty
                }
                for (relationship, neighbor) in steps(node, types, wanted, graph) where !path.contains(relationship) {
                    path.append(relationship)
                    let goOn = search(neighbor)
                    path.removeLast()
                    if !goOn { return false }
                }
                return true
            }
            _ = search(source)
            if !found.isEmpty { return found }
            depth += 1
        }
        return []
    }

    /// The shortest paths (of at least `minimum` relationships, none twice) that `accept` takes: every path
    /// of one length, then of the next, until a length has some or no path is that long.
    private func satisfying(
        _ source: NodeID, _ target: NodeID, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)],
        _ graph: PropertyGraph, _ context: ExecutionContext, _ accept: ([RelationshipID]) throws(CypherError) -> Bool
    ) throws(CypherError) -> [[RelationshipID]] {
        let limit = min(maximum ?? Int.max, graph.relationshipCount)
        var depth = minimum
        while depth <= limit {
            var found: [[RelationshipID]] = []
            var path: [RelationshipID] = []
            var reachedDepth = false
            /// False when the search can stop (a path was found and one is enough).
            func search(_ node: NodeID) throws(CypherError) -> Bool {
                if path.count == depth {
                    reachedDepth = true
                    if node == target, try accept(path) { found.append(path) }
                    return all || found.isEmpty
                }
                try context.checkInterruption()
                for (relationship, neighbor) in steps(node, types, wanted, graph) where !path.contains(relationship) {
                    path.append(relationship)
                    let goOn = try search(neighbor)
                    path.removeLast()
                    if !goOn { return false }
                }
                return true
            }
            _ = try search(source)
            if !found.isEmpty || !reachedDepth { return found }
            depth += 1
        }
        return []
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
