// Operators that change the graph: CREATE, MERGE, SET, REMOVE, DELETE. Each is eager on both sides — it
// reads all of its input rows before writing and writes for every row before passing any on — which gives
// Cypher's clause-at-a-time semantics: reads before a write clause never see its writes, reads after it
// see all of them. A failing write throws; the statement's transaction then undoes everything.

/// Base of the write operators: materialises input rows, applies `write` to each, passes the results on.
class WriteOperator: Operator {
    /// Applies the write for one row and returns the rows to pass on (usually just that row).
    func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] { [frame] }

    /// Called once after every row was written, before any is passed on.
    func finish(_ context: ExecutionContext) throws(CypherError) {}

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        var rows: [Frame] = []
        _ = try runInput(context, &frame) { f throws(CypherError) in
            rows.append(f)
            return true
        }
        var output: [Frame] = []
        output.reserveCapacity(rows.count)
        for i in rows.indices { output += try write(context, &rows[i]) }
        try finish(context)
        rows = []
        for i in output.indices where try !sink(&output[i]) { return false }
        return true
    }
}

/// A node to create (or a bound node to reuse) in a CREATE or MERGE pattern.
struct NodeToCreate {
    let slot: Int
    let isBound: Bool
    let labels: [LabelRef]
    let properties: BoundExpression?
    let variable: String
    let range: SourceRange
}

/// A relationship to create between two slots of a CREATE or MERGE pattern.
struct RelationshipToCreate {
    let slot: Int
    let type: TypeRef
    let fromSlot: Int
    let toSlot: Int
    let properties: BoundExpression?
    let range: SourceRange
}

/// Creates the nodes and relationships of a pattern, per row.
struct PatternCreator {
    let nodes: [NodeToCreate]
    let relationships: [RelationshipToCreate]
    /// MERGE refuses null property values: it could never match what it creates.
    let rejectNullProperties: Bool

    func create(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) {
        let graph = context.graph
        let evaluator = Evaluator(context)
        for spec in nodes {
            if spec.isBound {
                guard case .node(let id) = frame[spec.slot] else {
                    throw .runtime(.invalidArgumentValue("cannot create a relationship to `\(spec.variable)`: it is null"), at: spec.range, category: .semanticError)
                }
                guard graph.contains(id) else { throw .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: spec.range) }
                continue
            }
            let properties = try propertyList(spec.properties, evaluator, &frame, spec.range)
            let labels = spec.labels.map { $0.intern(in: graph) }
            let id = try storeCall(spec.range) { () throws(GraphStoreError) in try graph.createNode(labels: labels, properties: properties) }
            context.statistics.nodesCreated += 1
            context.statistics.labelsAdded += Set(labels).count
            context.statistics.propertiesSet += properties.filter { !$0.1.isNull }.count
            frame[spec.slot] = .node(id)
        }
        for spec in relationships {
            guard case .node(let from) = frame[spec.fromSlot], case .node(let to) = frame[spec.toSlot] else {
                throw .runtime(.invalidArgumentValue("cannot create a relationship with a null end node"), at: spec.range, category: .semanticError)
            }
            let properties = try propertyList(spec.properties, evaluator, &frame, spec.range)
            let type = spec.type.intern(in: graph)
            let id = try storeCall(spec.range) { () throws(GraphStoreError) in
                try graph.createRelationship(type: type, from: from, to: to, properties: properties)
            }
            context.statistics.relationshipsCreated += 1
            context.statistics.propertiesSet += properties.filter { !$0.1.isNull }.count
            frame[spec.slot] = .relationship(id)
        }
    }

    private func propertyList(
        _ expression: BoundExpression?, _ evaluator: Evaluator, _ frame: inout Frame, _ range: SourceRange
    ) throws(CypherError) -> [(PropertyKeyID, Value)] {
        guard let expression else { return [] }
        let value = try evaluator.evaluate(expression, &frame)
        guard case .map(let map) = value else {
            if value.isNull { return [] }
            throw .runtime(.invalidArgumentType("properties must be a map, got \(value.typeName)"), at: range, category: .typeError)
        }
        var list: [(PropertyKeyID, Value)] = []
        for (key, v) in map {
            if v.isNull {
                if rejectNullProperties {
                    throw .runtime(
                        .mergeReadOwnWrites("cannot MERGE with a null value for property `\(key)`"), at: range,
                        category: .semanticError)
                }
                continue
            }
            list.append((evaluator.graph.internPropertyKey(key), v))
        }
        return list
    }
}

/// Maps a store error to the Cypher error a user sees.
func storeCall<T>(_ range: SourceRange?, _ body: () throws(GraphStoreError) -> T) throws(CypherError) -> T {
    do {
        return try body()
    } catch {
        throw CypherError(storeError: error, at: range)
    }
}

extension CypherError {
    init(storeError error: GraphStoreError, at range: SourceRange?) {
        switch error {
        case .nodeNotFound(let id):
            self = .runtime(.deletedEntityAccess("node \(id.rawValue)"), at: range)
        case .relationshipNotFound(let id):
            self = .runtime(.deletedEntityAccess("relationship \(id.rawValue)"), at: range)
        case .nodeHasRelationships(let id, let count):
            self = .runtime(.deleteConnectedNode("node \(id.rawValue) (\(count) relationship\(count == 1 ? "" : "s"))"), at: range)
        case .invalidPropertyValue(let key, let type):
            self = .runtime(
                .invalidPropertyType("property `\(key)` cannot hold a \(type); properties hold scalars or lists of one scalar type"),
                at: range)
        case .uniqueConstraintViolation(let label, let key, let value, let existing):
            self = .runtime(
                .uniqueConstraintViolation(
                    "node \(existing.rawValue) already has label `\(label)` and property `\(key)` = \(value.literal)"),
                at: range)
        case .schemaElementExists(let name):
            self = .runtime(.schema("an index or constraint named `\(name)` (or on the same property) already exists"), at: range)
        case .schemaElementNotFound(let name):
            self = .runtime(.schema("there is no index or constraint named `\(name)`"), at: range)
        }
    }
}

/// CREATE.
final class Create: WriteOperator {
    let creator: PatternCreator

    init(input: Operator, creator: PatternCreator) {
        self.creator = creator
        super.init(input: input)
    }

    override func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] {
        try creator.create(context, &frame)
        return [frame]
    }
}

/// MERGE: per row, the matches of the pattern (with ON MATCH applied), or else the pattern created (with
/// ON CREATE applied). Rows are handled one after another, so a later row finds what an earlier one made.
final class Merge: WriteOperator {
    private(set) var matcher: Operator
    let creator: PatternCreator
    let onMatch: [SetAction]
    let onCreate: [SetAction]

    init(input: Operator, matcher: Operator, creator: PatternCreator, onMatch: [SetAction], onCreate: [SetAction]) {
        self.matcher = matcher
        self.creator = creator
        self.onMatch = onMatch
        self.onCreate = onCreate
        super.init(input: input)
    }

    override var nested: [Operator] { [matcher] }
    override func wrapNested(_ wrap: (Operator) -> Operator) { matcher = wrap(matcher) }

    override func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] {
        var matches: [Frame] = []
        var probe = frame
        _ = try matcher.run(context, &probe) { f throws(CypherError) in
            matches.append(f)
            return true
        }
        if matches.isEmpty {
            try creator.create(context, &frame)
            for action in onCreate { try action.apply(context, &frame) }
            return [frame]
        }
        for i in matches.indices {
            for action in onMatch { try action.apply(context, &matches[i]) }
        }
        return matches
    }
}

/// SET (and the actions of ON CREATE / ON MATCH).
enum SetAction {
    case property(target: BoundExpression, key: PropertyKeyRef, value: BoundExpression, range: SourceRange)
    case replaceAll(target: BoundExpression, value: BoundExpression, range: SourceRange)
    case merge(target: BoundExpression, value: BoundExpression, range: SourceRange)
    case addLabels(target: BoundExpression, labels: [LabelRef], range: SourceRange)
    case removeProperty(target: BoundExpression, key: PropertyKeyRef, range: SourceRange)
    case removeLabels(target: BoundExpression, labels: [LabelRef], range: SourceRange)

    func apply(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) {
        let evaluator = Evaluator(context)
        let graph = context.graph
        switch self {
        case .property(let target, let key, let value, let range):
            let entity = try evaluator.evaluate(target, &frame)
            let v = try evaluator.evaluate(value, &frame)
            try setProperty(entity, key.intern(in: graph), v, context, range)
        case .removeProperty(let target, let key, let range):
            let entity = try evaluator.evaluate(target, &frame)
            guard let keyID = key.id(in: graph) else {
                try requireEntity(entity, range)
                return
            }
            try setProperty(entity, keyID, .null, context, range)
        case .replaceAll(let target, let value, let range), .merge(let target, let value, let range):
            let entity = try evaluator.evaluate(target, &frame)
            if entity.isNull { return }
            try requireEntity(entity, range)
            let source = try evaluator.evaluate(value, &frame)
            let map: ValueMap
            switch source {
            case .null: map = ValueMap()
            case .map(let m): map = m
            case .node, .relationship: map = try evaluator.allProperties(of: source, range)
            default:
                throw .runtime(.invalidArgumentType("SET expects a map, got \(source.typeName)"), at: range, category: .typeError)
            }
            if case .replaceAll = self {
                for (name, _) in try evaluator.allProperties(of: entity, range) where map[name] == nil {
                    try setProperty(entity, graph.internPropertyKey(name), .null, context, range)
                }
            }
            for (name, v) in map { try setProperty(entity, graph.internPropertyKey(name), v, context, range) }
        case .addLabels(let target, let labels, let range):
            let entity = try evaluator.evaluate(target, &frame)
            if entity.isNull { return }
            guard case .node(let id) = entity else {
                throw .runtime(.invalidArgumentType("labels can only be set on nodes, got \(entity.typeName)"), at: range, category: .typeError)
            }
            for label in labels {
                let labelID = label.intern(in: graph)
                if try storeCall(range, { () throws(GraphStoreError) in try graph.addLabel(labelID, to: id) }) {
                    context.statistics.labelsAdded += 1
                }
            }
        case .removeLabels(let target, let labels, let range):
            let entity = try evaluator.evaluate(target, &frame)
            if entity.isNull { return }
            guard case .node(let id) = entity else {
                throw .runtime(.invalidArgumentType("labels can only be removed from nodes, got \(entity.typeName)"), at: range, category: .typeError)
            }
            for label in labels {
                guard let labelID = label.id(in: graph) else { continue }
                if try storeCall(range, { () throws(GraphStoreError) in try graph.removeLabel(labelID, from: id) }) {
                    context.statistics.labelsRemoved += 1
                }
            }
        }
    }

    private func requireEntity(_ entity: Value, _ range: SourceRange) throws(CypherError) {
        switch entity {
        case .null, .node, .relationship: return
        default:
            throw .runtime(
                .invalidArgumentType("properties can only be set on nodes and relationships, got \(entity.typeName)"), at: range,
                category: .typeError)
        }
    }

    private func setProperty(_ entity: Value, _ key: PropertyKeyID, _ value: Value, _ context: ExecutionContext, _ range: SourceRange)
        throws(CypherError)
    {
        let graph = context.graph
        switch entity {
        case .null: return
        case .node(let id):
            _ = try storeCall(range) { () throws(GraphStoreError) in try graph.setProperty(key, of: id, to: value) }
        case .relationship(let id):
            _ = try storeCall(range) { () throws(GraphStoreError) in try graph.setProperty(key, of: id, to: value) }
        default:
            try requireEntity(entity, range)
        }
        context.statistics.propertiesSet += 1
    }
}

/// SET or REMOVE: applies actions per row.
final class SetProperties: WriteOperator {
    let actions: [SetAction]
    let clause: String

    init(input: Operator, actions: [SetAction], clause: String) {
        self.actions = actions
        self.clause = clause
        super.init(input: input)
    }

    override var name: String { clause }

    override func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] {
        for action in actions { try action.apply(context, &frame) }
        return [frame]
    }
}

/// DELETE and DETACH DELETE: gathers the entities of all rows, then deletes relationships before nodes, so
/// `DELETE r, n` works in any order of its items.
final class Delete: WriteOperator {
    let targets: [(expression: BoundExpression, range: SourceRange)]
    let detach: Bool
    private var nodes: [(NodeID, SourceRange)] = []
    private var relationships: [(RelationshipID, SourceRange)] = []

    init(input: Operator, targets: [(expression: BoundExpression, range: SourceRange)], detach: Bool) {
        self.targets = targets
        self.detach = detach
        super.init(input: input)
    }

    override var name: String { detach ? "DetachDelete" : "Delete" }

    override func write(_ context: ExecutionContext, _ frame: inout Frame) throws(CypherError) -> [Frame] {
        let evaluator = Evaluator(context)
        for (expression, range) in targets {
            try collect(try evaluator.evaluate(expression, &frame), range)
        }
        return [frame]
    }

    private func collect(_ value: Value, _ range: SourceRange) throws(CypherError) {
        switch value {
        case .null: return
        case .node(let id): nodes.append((id, range))
        case .relationship(let id): relationships.append((id, range))
        case .path(let p):
            for r in p.relationships { relationships.append((r, range)) }
            for n in p.nodes { nodes.append((n, range)) }
        case .list(let items):
            for item in items { try collect(item, range) }
        default:
            throw .runtime(.invalidArgumentType("DELETE expects a node, relationship or path, got \(value.typeName)"), at: range, category: .typeError)
        }
    }

    override func finish(_ context: ExecutionContext) throws(CypherError) {
        defer {
            nodes = []
            relationships = []
        }
        let graph = context.graph
        for (id, range) in relationships where graph.contains(id) {
            try storeCall(range) { () throws(GraphStoreError) in try graph.deleteRelationship(id) }
            context.statistics.relationshipsDeleted += 1
        }
        for (id, range) in nodes where graph.contains(id) {
            let degree = graph.degree(of: id)
            try storeCall(range) { () throws(GraphStoreError) in try graph.deleteNode(id, detach: detach) }
            context.statistics.nodesDeleted += 1
            if detach { context.statistics.relationshipsDeleted += degree }
        }
    }
}
