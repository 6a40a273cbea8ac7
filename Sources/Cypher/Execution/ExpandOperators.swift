// Operators that walk relationships from a bound node: Expand (one hop) and VarExpand (a variable number
// of hops). Both honour relationship uniqueness within a MATCH (a relationship binds at most once per
// pattern), can check a target node that is already bound ("expand into"), and filter the target's labels
// on the spot. An undirected pattern matches a self-loop once.

/// What an expansion must check against relationships bound earlier in the same MATCH.
struct UniquenessCheck {
    /// Slots holding single relationships.
    var relationshipSlots: [Int] = []
    /// Slots holding lists of relationships (variable-length parts).
    var listSlots: [Int] = []

    var isEmpty: Bool { relationshipSlots.isEmpty && listSlots.isEmpty }

    @inline(__always) func allows(_ relationship: RelationshipID, _ frame: Frame) -> Bool {
        for s in relationshipSlots {
            if case .relationship(let r) = frame[s], r == relationship { return false }
        }
        for s in listSlots {
            if case .list(let items) = frame[s], items.contains(.relationship(relationship)) { return false }
        }
        return true
    }
}

/// The relationship types an expansion follows, resolved against the graph by name (see StepFilters).
struct TypeFilter {
    let types: [TypeRef]

    /// The type ids to follow, or nil for "all types". An empty array means nothing can match.
    func resolve(_ graph: PropertyGraph) -> [RelationshipTypeID]? {
        guard !types.isEmpty else { return nil }
        var ids: [RelationshipTypeID] = []
        for t in types {
            if let id = t.id(in: graph), !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}

/// Checks that a node carries every label of a list.
struct LabelFilter {
    let labels: [LabelRef]

    /// The labels as a mask for this graph; nil when some label does not exist (so no node can match).
    func mask(_ graph: PropertyGraph) -> LabelMask? {
        var mask = LabelMask()
        for label in labels {
            guard let id = label.id(in: graph) else { return nil }
            mask.insert(id)
        }
        return mask
    }
}

/// A step's relationship types and target labels, resolved against the graph by name. A name the graph
/// does not know matches nothing — but in a statement that writes, an earlier clause may create it, so
/// there the filters are resolved again whenever the graph has learnt new names, until every name is
/// known. The operators still run their input when a name is unknown: its errors surface, as in Neo4j.
struct StepFilters {
    let typeFilter: TypeFilter
    let labelFilter: LabelFilter
    /// The type ids to follow (nil for any type).
    private(set) var types: [RelationshipTypeID]?
    /// The labels the node reached must carry; nil when one of them does not exist.
    private(set) var labels: LabelMask?
    /// True once resolving again could not change the filters.
    private(set) var settled = false
    /// How many labels and relationship types the graph knew at the last resolution.
    private var namesKnown = (labels: -1, types: -1)

    init(types: TypeFilter, labels: LabelFilter, _ context: ExecutionContext) {
        typeFilter = types
        labelFilter = labels
        resolve(context)
    }

    /// Resolves the names again if one was missing, the statement writes, and the graph has learnt new
    /// names since; true when it did.
    @inline(__always) @discardableResult mutating func refresh(_ context: ExecutionContext) -> Bool {
        guard !settled, Self.namesKnown(context.graph) != namesKnown else { return false }
        resolve(context)
        return true
    }

    private static func namesKnown(_ graph: PropertyGraph) -> (labels: Int, types: Int) {
        (graph.labelNames.names.count, graph.relationshipTypeNames.names.count)
    }

    /// False when no relationship or node can pass (a name the graph does not know).
    var canMatch: Bool { labels != nil && types?.isEmpty != true }

    private mutating func resolve(_ context: ExecutionContext) {
        types = typeFilter.resolve(context.graph)
        labels = labelFilter.mask(context.graph)
        let everyTypeKnown = types.map { Set($0).count == Set(typeFilter.types.map(\.name)).count } ?? true
        settled = !context.statementWrites || (everyTypeKnown && labels != nil)
        namesKnown = Self.namesKnown(context.graph)
    }
}

/// One hop from the node in `fromSlot` along relationships of the given types and direction.
final class Expand: Operator {
    let fromSlot: Int
    let relationshipSlot: Int
    let toSlot: Int
    let typeFilter: TypeFilter
    let direction: Direction
    let toIsBound: Bool
    let relationshipIsBound: Bool
    let uniqueness: UniquenessCheck
    let toLabels: LabelFilter
    /// False when nothing reads the relationship: its slot is then left alone.
    let bindsRelationship: Bool
    let describedAs: String

    init(
        input: Operator, fromSlot: Int, relationshipSlot: Int, toSlot: Int, types: [TypeRef], direction: Direction,
        toIsBound: Bool, relationshipIsBound: Bool, uniqueness: UniquenessCheck, toLabels: [LabelRef], bindsRelationship: Bool = true,
        describedAs: String
    ) {
        self.bindsRelationship = bindsRelationship
        self.fromSlot = fromSlot
        self.relationshipSlot = relationshipSlot
        self.toSlot = toSlot
        self.typeFilter = TypeFilter(types: types)
        self.direction = direction
        self.toIsBound = toIsBound
        self.relationshipIsBound = relationshipIsBound
        self.uniqueness = uniqueness
        self.toLabels = LabelFilter(labels: toLabels)
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var name: String { toIsBound ? "ExpandInto" : "Expand" }
    override var details: String { describedAs }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        var filters = StepFilters(types: typeFilter, labels: toLabels, context)
        let index = context.adjacencyIndex
        return try runInput(context, &frame) { f throws(CypherError) in
            try context.checkInterruption()
            filters.refresh(context)
            guard filters.canMatch, let labelMask = filters.labels, case .node(let from) = f[fromSlot] else { return true }
            let types = filters.types
            var target: NodeID?
            if toIsBound {
                guard case .node(let t) = f[toSlot] else { return true }
                target = t
            }
            var boundRelationship: RelationshipID?
            if relationshipIsBound {
                guard case .relationship(let r) = f[relationshipSlot] else { return true }
                boundRelationship = r
            }
            if let index, from.rawValue < index.nodeBound {
                if direction != .incoming {
                    if try !walk(index.outgoing, .outgoing, from, types, target, boundRelationship, labelMask, graph, &f, sink) {
                        return false
                    }
                }
                if direction != .outgoing {
                    if try !walk(index.incoming, .incoming, from, types, target, boundRelationship, labelMask, graph, &f, sink) {
                        return false
                    }
                }
                return true
            }
            if direction != .incoming {
                if try !walk(graph.adjacency(of: from, .outgoing), .outgoing, from, types, target, boundRelationship, labelMask, graph, &f, sink) {
                    return false
                }
            }
            if direction != .outgoing {
                if try !walk(graph.adjacency(of: from, .incoming), .incoming, from, types, target, boundRelationship, labelMask, graph, &f, sink) {
                    return false
                }
            }
            return true
        }
    }

    @inline(__always)
    private func walk(
        _ adjacency: AdjacencyList, _ d: Direction, _ from: NodeID, _ types: [RelationshipTypeID]?, _ target: NodeID?,
        _ boundRelationship: RelationshipID?, _ labelMask: LabelMask, _ graph: PropertyGraph, _ f: inout Frame, _ sink: Sink
    ) throws(CypherError) -> Bool {
        let entries = adjacency.entries
        if let types {
            for type in types {
                for i in adjacency.range(of: type) {
                    if try !visit(entries[i], d, from, target, boundRelationship, labelMask, graph, &f, sink) { return false }
                }
            }
        } else {
            for entry in entries {
                if try !visit(entry, d, from, target, boundRelationship, labelMask, graph, &f, sink) { return false }
            }
        }
        return true
    }

    @inline(__always)
    private func walk(
        _ csr: CSRAdjacency, _ d: Direction, _ from: NodeID, _ types: [RelationshipTypeID]?, _ target: NodeID?,
        _ boundRelationship: RelationshipID?, _ labelMask: LabelMask, _ graph: PropertyGraph, _ f: inout Frame, _ sink: Sink
    ) throws(CypherError) -> Bool {
        let n = from.rawValue
        if let types {
            for type in types {
                for i in csr.range(of: n, type: type.rawValue) {
                    let entry = AdjacencyEntry(
                        relationship: RelationshipID(Int(csr.relationships[i])), neighbor: NodeID(Int(csr.neighbors[i])), type: type)
                    if try !visit(entry, d, from, target, boundRelationship, labelMask, graph, &f, sink) { return false }
                }
            }
        } else {
            for i in csr.range(of: n) {
                let entry = AdjacencyEntry(
                    relationship: RelationshipID(Int(csr.relationships[i])), neighbor: NodeID(Int(csr.neighbors[i])),
                    type: RelationshipTypeID(csr.types[i]))
                if try !visit(entry, d, from, target, boundRelationship, labelMask, graph, &f, sink) { return false }
            }
        }
        return true
    }

    @inline(__always)
    private func visit(
        _ entry: AdjacencyEntry, _ d: Direction, _ from: NodeID, _ target: NodeID?, _ boundRelationship: RelationshipID?,
        _ labelMask: LabelMask, _ graph: PropertyGraph, _ f: inout Frame, _ sink: Sink
    ) throws(CypherError) -> Bool {
        if d == .incoming, direction == .both, entry.neighbor == from { return true }  // self-loop seen outgoing
        if let target, entry.neighbor != target { return true }
        if let boundRelationship, entry.relationship != boundRelationship { return true }
        if !uniqueness.isEmpty, !uniqueness.allows(entry.relationship, f) { return true }
        if !labelMask.isEmpty, !graph.hasLabels(entry.neighbor, labelMask) { return true }
        if bindsRelationship { f[relationshipSlot] = .relationship(entry.relationship) }
        if target == nil { f[toSlot] = .node(entry.neighbor) }
        return try sink(&f)
    }
}

/// A variable-length expansion: every path of `minimum…maximum` hops from the node in `fromSlot`, binding
/// the list of relationships walked and the node reached.
final class VarExpand: Operator {
    let fromSlot: Int
    let listSlot: Int
    let toSlot: Int
    let typeFilter: TypeFilter
    let direction: Direction
    let minimum: Int
    let maximum: Int?
    let toIsBound: Bool
    let listIsBound: Bool
    let uniqueness: UniquenessCheck
    let toLabels: LabelFilter
    /// Property equalities every relationship on the path must satisfy (`[*1..3 {k: v}]`).
    let relationshipProperties: [(PropertyKeyRef, BoundExpression)]
    /// True when the walk goes from the pattern's right node to its left: the list is kept in pattern order.
    let reversed: Bool
    let describedAs: String

    init(
        input: Operator, fromSlot: Int, listSlot: Int, toSlot: Int, types: [TypeRef], direction: Direction, minimum: Int,
        maximum: Int?, toIsBound: Bool, listIsBound: Bool, uniqueness: UniquenessCheck, toLabels: [LabelRef],
        relationshipProperties: [(PropertyKeyRef, BoundExpression)], reversed: Bool, describedAs: String
    ) {
        self.reversed = reversed
        self.fromSlot = fromSlot
        self.listSlot = listSlot
        self.toSlot = toSlot
        self.typeFilter = TypeFilter(types: types)
        self.direction = direction
        self.minimum = minimum
        self.maximum = maximum
        self.toIsBound = toIsBound
        self.listIsBound = listIsBound
        self.uniqueness = uniqueness
        self.toLabels = LabelFilter(labels: toLabels)
        self.relationshipProperties = relationshipProperties
        self.describedAs = describedAs
        super.init(input: input)
    }

    override var details: String { describedAs }
    private static let bothDirections: [Direction] = [.outgoing, .incoming]

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let graph = context.graph
        let evaluator = Evaluator(context)
        var filters = StepFilters(types: typeFilter, labels: toLabels, context)
        return try runInput(context, &frame) { f throws(CypherError) in
            filters.refresh(context)
            // A path of no hops matches even when the types do not exist.
            guard filters.canMatch || (minimum == 0 && filters.labels != nil), let labelMask = filters.labels,
                case .node(let from) = f[fromSlot]
            else { return true }
            let types = filters.types
            var wanted: [(PropertyKeyID?, Value)] = []
            for (key, expression) in relationshipProperties {
                wanted.append((key.id(in: graph), try evaluator.evaluate(expression, &f)))
            }
            var target: NodeID?
            if toIsBound {
                guard case .node(let t) = f[toSlot] else { return true }
                target = t
            }
            if listIsBound {
                return try followBoundList(from, target, types, wanted, labelMask, graph, &f, sink)
            }
            var path: [RelationshipID] = []
            return try extend(from, target, types, wanted, labelMask, graph, &path, &f, sink, context)
        }
    }

    /// Depth-first search; `path` holds the relationships walked so far.
    private func extend(
        _ node: NodeID, _ target: NodeID?, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)],
        _ labelMask: LabelMask, _ graph: PropertyGraph, _ path: inout [RelationshipID], _ f: inout Frame, _ sink: Sink,
        _ context: ExecutionContext
    ) throws(CypherError) -> Bool {
        try context.checkInterruption()
        if path.count >= minimum, target == nil || target == node, labelMask.isEmpty || graph.hasLabels(node, labelMask) {
            f[listSlot] = .list(reversed ? path.reversed().map(Value.relationship) : path.map(Value.relationship))
            if target == nil { f[toSlot] = .node(node) }
            if try !sink(&f) { return false }
        }
        if let maximum, path.count >= maximum { return true }
        if let types, types.isEmpty { return true }
        for d in VarExpand.bothDirections where direction == d || direction == .both {
            let adjacency = graph.adjacency(of: node, d)
            let entries = adjacency.entries
            var candidates: [AdjacencyEntry] = []
            if let types {
                for type in types { candidates.append(contentsOf: entries[adjacency.range(of: type)]) }
            } else {
                candidates = Array(entries)
            }
            for entry in candidates {
                if d == .incoming, direction == .both, entry.neighbor == node { continue }
                if path.contains(entry.relationship) { continue }
                if !uniqueness.isEmpty, !uniqueness.allows(entry.relationship, f) { continue }
                if !wanted.isEmpty, !matches(entry.relationship, wanted, graph) { continue }
                path.append(entry.relationship)
                let keepGoing = try extend(entry.neighbor, target, types, wanted, labelMask, graph, &path, &f, sink, context)
                path.removeLast()
                if !keepGoing { return false }
            }
        }
        return true
    }

    private func matches(_ relationship: RelationshipID, _ wanted: [(PropertyKeyID?, Value)], _ graph: PropertyGraph) -> Bool {
        for (key, value) in wanted {
            guard let key, let actual = graph.property(key, of: relationship) else { return false }
            guard actual.cypherEquals(value) == true else { return false }
        }
        return true
    }

    /// Checks that a relationship list bound earlier is a walk of this pattern from `from`.
    private func followBoundList(
        _ from: NodeID, _ target: NodeID?, _ types: [RelationshipTypeID]?, _ wanted: [(PropertyKeyID?, Value)],
        _ labelMask: LabelMask, _ graph: PropertyGraph, _ f: inout Frame, _ sink: Sink
    ) throws(CypherError) -> Bool {
        guard case .list(let given) = f[listSlot] else { return true }
        let items = reversed ? given.reversed() : given
        guard items.count >= minimum, maximum.map({ items.count <= $0 }) ?? true else { return true }
        var node = from
        for item in items {
            guard case .relationship(let r) = item, let record = graph.relationship(r) else { return true }
            if let types, !types.contains(record.type) { return true }
            if !wanted.isEmpty, !matches(r, wanted, graph) { return true }
            switch direction {
            case .outgoing:
                guard record.start == node else { return true }
                node = record.end
            case .incoming:
                guard record.end == node else { return true }
                node = record.start
            case .both:
                guard record.start == node || record.end == node else { return true }
                node = record.otherEnd(from: node)
            }
        }
        if let target, target != node { return true }
        guard labelMask.isEmpty || graph.hasLabels(node, labelMask) else { return true }
        if target == nil { f[toSlot] = .node(node) }
        return try sink(&f)
    }
}
