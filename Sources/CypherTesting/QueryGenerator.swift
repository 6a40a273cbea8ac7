// Random read queries over the openCypher subset every engine shares, generated with a scope so that most
// of them are valid: MATCH and OPTIONAL MATCH with patterns of up to six hops in any direction, repeated
// variables and cycles, variable-length relationships, labels, property maps and path variables; WHERE
// conditions (comparisons, string predicates, IS NULL, labels, IN, pattern predicates, NOT/OR/XOR);
// WITH and RETURN with DISTINCT, aggregation, CASE, list and string functions, ORDER BY with SKIP and
// LIMIT; UNWIND; UNION and UNION ALL. SKIP and LIMIT always follow an ORDER BY over every projected item,
// and collect() lists are never ordered on or indexed, so the rows a query gives do not depend on its plan.

/// Generates random queries; the same seed gives the same queries.
public struct QueryGenerator {
    /// What a variable in scope holds.
    indirect enum Kind: Equatable {
        case node, relationship, relationshipList, path, integer, string, float, boolean, temporal
        /// A list; `ordered` is false for collect() results, whose order depends on the plan.
        case list(Kind, ordered: Bool)
    }

    struct Variable {
        let name: String
        let kind: Kind
    }

    var random: SeededGenerator
    private var counter = 0
    /// This query's style: every relationship typed (as the chain rewrites need) …
    private var typedRelationships = false
    /// … and projections that only DISTINCT, count(DISTINCT …), collect(DISTINCT …), min or max
    /// (duplicate-insensitive, as the chain rewrites need).
    private var duplicateInsensitive = false

    public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// A new random query.
    public mutating func query() -> GeneratedQuery {
        counter = 0
        typedRelationships = random.chance(0.5)
        duplicateInsensitive = random.chance(0.4)
        if random.chance(0.1) {
            let first = part(aliasEverything: true, aliases: nil)
            guard case .return(let projection) = first.last else { return GeneratedQuery(parts: [first], unionAll: false) }
            let second = part(aliasEverything: true, aliases: projection.items.compactMap(\.alias))
            return GeneratedQuery(parts: [first, second], unionAll: random.chance(0.5))
        }
        return GeneratedQuery(parts: [part(aliasEverything: false, aliases: nil)], unionAll: false)
    }

    private mutating func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    // MARK: Parts and clauses

    private mutating func part(aliasEverything: Bool, aliases: [String]?) -> [GeneratedQuery.Clause] {
        var scope: [Variable] = []
        var clauses: [GeneratedQuery.Clause] = []
        var matches = 0
        let clauseCount = 1 + random.next(4)
        for i in 0..<clauseCount {
            let roll = random.next(100)
            if duplicateInsensitive && random.chance(0.5) {
                // A chain whose projection reads only its ends: the shape the chain rewrites look for.
                matches += 1
                clauses.append(chain(&scope))
                if i < clauseCount - 1 {
                    let (projection, newScope) = self.projection(scope, isReturn: false, aliasEverything: false, aliases: nil)
                    clauses.append(.with(projection))
                    scope = newScope
                }
            } else if i == 0 ? roll < 80 : (roll < 55 && matches < 3) {
                matches += 1
                clauses.append(match(optional: i > 0 && roll >= 30 || i == 0 && roll >= 70, &scope))
            } else if i > 0 && roll < 85 && !scope.isEmpty {
                let (projection, newScope) = self.projection(scope, isReturn: false, aliasEverything: false, aliases: nil)
                clauses.append(.with(projection))
                scope = newScope
            } else {
                clauses.append(unwind(&scope))
            }
        }
        let (projection, _) = self.projection(scope, isReturn: true, aliasEverything: aliasEverything, aliases: aliases)
        clauses.append(.return(projection))
        return clauses
    }

    private mutating func match(optional: Bool, _ scope: inout [Variable]) -> GeneratedQuery.Clause {
        var introduced: [Variable] = []
        var usedRelationships: Set<String> = []
        var paths: [GeneratedQuery.Path] = []
        for _ in 0..<(random.chance(0.2) ? 2 : 1) {
            let hopCount = random.pick([0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 6])
            var path = GeneratedQuery.Path(name: nil, start: node(scope, &introduced), hops: [])
            for _ in 0..<hopCount {
                let r = relationship(scope, &introduced, &usedRelationships)
                path.hops.append((r, node(scope, &introduced)))
            }
            if random.chance(0.08) {
                let name = fresh("p")
                path.name = name
                introduced.append(Variable(name: name, kind: .path))
            }
            paths.append(path)
        }
        let after = scope + introduced
        var conditions: [String] = []
        if random.chance(0.5) {
            for _ in 0..<(1 + random.next(3)) { conditions.append(condition(after, depth: 2)) }
        }
        scope = after
        return .match(optional: optional, paths: paths, conditions: conditions)
    }

    /// A MATCH of one chain of two to six typed hops with anonymous relationships and inner nodes that are
    /// anonymous or repeat an end (a cycle), the middle one sometimes named; conditions read only the ends.
    /// The new scope holds the ends and the named middle node.
    private mutating func chain(_ scope: inout [Variable]) -> GeneratedQuery.Clause {
        let start = fresh("n"), end = fresh("n")
        let hopCount = 2 + random.next(5)
        var nodes: [GeneratedQuery.Node] = (0...hopCount).map { _ in GeneratedQuery.Node(variable: nil, labels: [], properties: nil) }
        nodes[0].variable = start
        nodes[hopCount].variable = random.chance(0.25) ? start : end
        for i in 1..<hopCount where random.chance(0.15) { nodes[i].variable = random.pick([start, end]) }
        // A named middle node: the node the distinct chain join splits at, which its rows may need alone.
        let middle = random.chance(0.25) && nodes[hopCount / 2].variable == nil ? fresh("m") : nil
        if let middle { nodes[hopCount / 2].variable = middle }
        for i in nodes.indices {
            for label in RandomGraph.labels where random.chance(0.1) { nodes[i].labels.append(label) }
        }
        if random.chance(0.1) { nodes[hopCount].properties = "{x: \(random.next(4))}" }
        var path = GeneratedQuery.Path(name: nil, start: nodes[0], hops: [])
        for i in 1...hopCount {
            let types = Array(RandomGraph.types.shuffled(using: &random).prefix(random.pick([1, 1, 2])))
            let r = GeneratedQuery.Relationship(variable: nil, types: types, direction: random.pick([.right, .left, .both]), length: nil, properties: nil)
            path.hops.append((r, nodes[i]))
        }
        var ends = [Variable(name: start, kind: .node)]
        if nodes[hopCount].variable == end || path.hops.contains(where: { $0.1.variable == end }) { ends.append(Variable(name: end, kind: .node)) }
        var conditions: [String] = []
        if random.chance(0.3) { conditions.append(condition(ends, depth: 1, patterns: false)) }
        scope += ends
        if let middle {
            // Sometimes the only variable the query reads, sometimes beside the ends.
            if random.chance(0.5) { scope.removeAll { v in ends.contains { $0.name == v.name } } }
            scope.append(Variable(name: middle, kind: .node))
        }
        return .match(optional: false, paths: [path], conditions: conditions)
    }

    private mutating func node(_ scope: [Variable], _ introduced: inout [Variable]) -> GeneratedQuery.Node {
        var node = GeneratedQuery.Node(variable: nil, labels: [], properties: nil)
        let outerNodes = scope.filter { $0.kind == .node }
        let patternNodes = introduced.filter { $0.kind == .node }
        if !outerNodes.isEmpty && random.chance(0.2) {
            node.variable = random.pick(outerNodes).name
        } else if !patternNodes.isEmpty && random.chance(0.2) {
            node.variable = random.pick(patternNodes).name  // a cycle, or the same node twice
        } else if random.chance(0.7) {
            let name = fresh("n")
            node.variable = name
            introduced.append(Variable(name: name, kind: .node))
        }
        for label in RandomGraph.labels where random.chance(0.08) { node.labels.append(label) }
        if random.chance(0.06) {
            node.properties = random.chance(0.6) ? "{x: \(random.next(4))}" : "{s: '\(random.pick(RandomGraph.strings))'}"
        }
        return node
    }

    private mutating func relationship(
        _ scope: [Variable], _ introduced: inout [Variable], _ used: inout Set<String>
    ) -> GeneratedQuery.Relationship {
        var r = GeneratedQuery.Relationship(
            variable: nil, types: [], direction: random.pick([.right, .left, .both]), length: nil, properties: nil)
        let typeCount = typedRelationships ? random.pick([1, 1, 2]) : random.pick([0, 0, 0, 1, 1, 2])
        for type in RandomGraph.types.shuffled(using: &random).prefix(typeCount) { r.types.append(type) }
        if random.chance(0.12) { r.length = random.pick(["*1..2", "*0..2", "*2", "*..2", "*1..3", "*0..1"]) }
        let outer = scope.filter { $0.kind == .relationship && !used.contains($0.name) }
        if r.length == nil, !outer.isEmpty, random.chance(0.05) {
            let name = random.pick(outer).name
            r.variable = name
            used.insert(name)
        } else if random.chance(0.35) {
            let name = fresh("r")
            r.variable = name
            used.insert(name)
            introduced.append(Variable(name: name, kind: r.length == nil ? .relationship : .relationshipList))
        }
        if random.chance(0.05) { r.properties = "{w: \(random.next(3))}" }
        return r
    }

    private mutating func unwind(_ scope: inout [Variable]) -> GeneratedQuery.Clause {
        let lists = scope.filter { if case .list = $0.kind { return true } else { return false } }
        let name = fresh("v")
        if !lists.isEmpty, random.chance(0.5) {
            let list = random.pick(lists)
            guard case .list(let element, _) = list.kind else { return .unwind(list: "[]", variable: name) }
            scope.append(Variable(name: name, kind: element))
            return .unwind(list: list.name, variable: name)
        }
        scope.append(Variable(name: name, kind: .integer))
        return .unwind(list: random.pick(["[1, 2, 2]", "[0, null, 1]", "range(0, 2)", "[]", "[3]", "range(1, 3)"]), variable: name)
    }

    // MARK: Projections

    private mutating func projection(
        _ scope: [Variable], isReturn: Bool, aliasEverything: Bool, aliases: [String]?
    ) -> (GeneratedQuery.Projection, [Variable]) {
        var items: [(expression: String, alias: String?)] = []
        var kinds: [Kind] = []
        let aggregating = random.chance(duplicateInsensitive ? 0.6 : 0.35)
        let wanted = aliases?.count ?? Int.max
        // Grouping keys / plain items.
        for v in scope where items.count < wanted && random.chance(aggregating ? 0.3 : 0.5) {
            if v.kind == .node && random.chance(0.4) {
                let key = random.pick(["x", "s", "id", "d"])
                items.append(("\(v.name).\(key)", fresh("c")))
                kinds.append(key == "s" ? .string : key == "d" ? .temporal : .integer)
            } else {
                items.append((v.name, aliasEverything ? fresh("c") : nil))
                kinds.append(v.kind)
            }
        }
        if items.count < wanted && (random.chance(0.4) || (items.isEmpty && !aggregating)) {
            let (expression, kind) = computed(scope)
            items.append((expression, fresh("c")))
            kinds.append(kind)
        }
        if aggregating {
            for _ in 0..<(1 + random.next(2)) where items.count < wanted {
                let (expression, kind) = aggregate(scope)
                items.append((expression, fresh("c")))
                kinds.append(kind)
            }
        }
        while items.count < wanted && aliases != nil {
            let (expression, kind) = computed(scope)
            items.append((expression, fresh("c")))
            kinds.append(kind)
        }
        if let aliases {
            for i in items.indices { items[i].alias = aliases[i] }
        }
        var projection = GeneratedQuery.Projection(items: items, distinct: random.chance(duplicateInsensitive && !aggregating ? 0.9 : 0.2), orderBy: [], skip: nil, limit: nil, conditions: [])
        let orderable = !kinds.contains { if case .list(_, false) = $0 { return true } else { return false } }
        if orderable && random.chance(0.2) {
            projection.orderBy = items.indices.map { ($0, random.chance(0.3)) }.shuffled(using: &random)
            if random.chance(0.5) { projection.skip = random.next(3) }
            if projection.skip == nil || random.chance(0.5) { projection.limit = 1 + random.next(3) }
        }
        let newScope = zip(items, kinds).map { item, kind in Variable(name: item.alias ?? item.expression, kind: kind) }
        if !isReturn && random.chance(0.2) {
            projection.conditions = [condition(newScope, depth: 1)]
        }
        return (projection, newScope)
    }

    /// A non-aggregate expression over the scope, and its kind.
    private mutating func computed(_ scope: [Variable]) -> (String, Kind) {
        switch random.next(9) {
        case 0: return (stringExpression(scope), .string)
        case 7: return (temporalExpression(scope), .temporal)
        case 1: return ("CASE WHEN \(condition(scope, depth: 1, patterns: false)) THEN 'y' ELSE 'n' END", .string)
        case 2:
            if let n = scope.first(where: { $0.kind == .node }) { return ("labels(\(n.name))", .list(.string, ordered: true)) }
            return ("[1, 2]", .list(.integer, ordered: true))
        case 3:
            if let r = scope.first(where: { $0.kind == .relationship }) { return ("type(\(r.name))", .string) }
            return ("'t'", .string)
        case 4: return ("[\(integerExpression(scope)), \(integerExpression(scope))]", .list(.integer, ordered: true))
        case 5: return ("\(condition(scope, depth: 0, patterns: false))", .boolean)
        default: return (integerExpression(scope), .integer)
        }
    }

    /// An aggregate over the scope, and its kind.
    private mutating func aggregate(_ scope: [Variable]) -> (String, Kind) {
        let target = scope.isEmpty ? nil : random.pick(scope)
        if duplicateInsensitive {
            switch random.next(4) {
            case 0: return ("count(DISTINCT \(target?.name ?? "1"))", .integer)
            case 1: return ("collect(DISTINCT \(integerExpression(scope)))", .list(.integer, ordered: false))
            case 2: return ("\(random.pick(["min", "max"]))(\(integerExpression(scope)))", .integer)
            case 3: return ("\(random.pick(["min", "max"]))(\(temporalExpression(scope)))", .temporal)
            default: return ("\(random.pick(["min", "max"]))(\(stringExpression(scope)))", .string)
            }
        }
        switch random.next(10) {
        case 9: return ("\(random.pick(["min", "max"]))(\(temporalExpression(scope)))", .temporal)
        case 0: return ("count(*)", .integer)
        case 1: return ("count(\(target?.name ?? "1"))", .integer)
        case 2: return ("count(DISTINCT \(target?.name ?? "1"))", .integer)
        case 3:
            if let target, target.kind == .node { return ("collect(\(target.name))", .list(.node, ordered: false)) }
            return ("collect(\(integerExpression(scope)))", .list(.integer, ordered: false))
        case 4: return ("collect(DISTINCT \(integerExpression(scope)))", .list(.integer, ordered: false))
        case 5: return ("sum(\(integerExpression(scope)))", .integer)
        case 6: return ("\(random.pick(["min", "max"]))(\(integerExpression(scope)))", .integer)
        case 7: return ("\(random.pick(["min", "max"]))(\(stringExpression(scope)))", .string)
        default: return ("avg(\(integerExpression(scope)))", .float)
        }
    }

    // MARK: Expressions

    private mutating func integerExpression(_ scope: [Variable]) -> String {
        var options: [String] = ["\(random.next(4))"]
        for v in scope {
            switch v.kind {
            case .node: options += ["\(v.name).x", "\(v.name).id", "coalesce(\(v.name).x, -1)", "\(v.name).x + 1", "\(v.name).d.day"]
            case .relationship: options += ["\(v.name).w", "\(v.name).id"]
            case .relationshipList: options += ["size(\(v.name))"]
            case .path: options += ["length(\(v.name))", "size(nodes(\(v.name)))"]
            case .integer: options += [v.name, "\(v.name) * 2"]
            case .list: options += ["size(\(v.name))"]
            case .string: options += ["size(\(v.name))"]
            case .temporal: options += ["\(v.name).month"]
            case .float, .boolean: break
            }
        }
        return random.pick(options)
    }

    /// A temporal expression: a stored date (or local datetime), a literal, or one moved by a duration.
    private mutating func temporalExpression(_ scope: [Variable]) -> String {
        var options: [String] = [random.pick(RandomGraph.temporals)]
        for v in scope {
            switch v.kind {
            case .node: options += ["\(v.name).d", "\(v.name).d + duration('P1D')", "date.truncate('month', \(v.name).d)"]
            case .temporal: options += [v.name]
            default: break
            }
        }
        return random.pick(options)
    }

    private mutating func stringExpression(_ scope: [Variable]) -> String {
        var options: [String] = ["'\(random.pick(RandomGraph.strings))'"]
        for v in scope {
            switch v.kind {
            case .node: options += ["\(v.name).s", "toUpper(\(v.name).s)", "\(v.name).s + 'z'", "substring(\(v.name).s, 1)"]
            case .string: options += [v.name]
            case .relationship: options += ["type(\(v.name))"]
            default: break
            }
        }
        return random.pick(options)
    }

    /// A boolean condition; `patterns` allows pattern predicates, which stand only in WHERE.
    private mutating func condition(_ scope: [Variable], depth: Int, patterns: Bool = true) -> String {
        let nodes = scope.filter { $0.kind == .node }
        let relationships = scope.filter { $0.kind == .relationship }
        let pick = random.next(depth > 0 ? 13 : 10)
        switch pick {
        case _ where pick == 12 || (pick == 9 && depth == 0):  // a temporal comparison: a leaf, or one choice in 13
            return "\(temporalExpression(scope)) \(random.pick(["=", "<>", "<", "<=", ">", ">="])) \(temporalExpression(scope))"
        case 0, 1:
            return "\(integerExpression(scope)) \(random.pick(["=", "<>", "<", "<=", ">", ">="])) \(integerExpression(scope))"
        case 2:
            return "\(stringExpression(scope)) \(random.pick(["STARTS WITH", "ENDS WITH", "CONTAINS"])) '\(random.pick(["a", "b", ""]))'"
        case 3:
            if let n = nodes.randomElement(using: &random) { return "\(n.name).\(random.pick(["x", "s", "d"])) IS \(random.chance(0.5) ? "" : "NOT ")NULL" }
            return "\(integerExpression(scope)) IS NULL"
        case 4:
            if let n = nodes.randomElement(using: &random) { return "\(n.name):\(random.pick(RandomGraph.labels))" }
            return "true"
        case 5:
            return "\(integerExpression(scope)) IN \(random.pick(["[0, 2]", "[1, null]", "[]", "[3, 1, 0]"]))"
        case 6:
            if nodes.count >= 2 {
                let a = random.pick(nodes), b = random.pick(nodes)
                return "\(a.name) \(random.pick(["=", "<>"])) \(b.name)"
            }
            if let r = relationships.first, let s = relationships.last { return "\(r.name) \(random.pick(["=", "<>"])) \(s.name)" }
            return "\(integerExpression(scope)) = \(integerExpression(scope))"
        case 7:
            if patterns, let n = nodes.randomElement(using: &random) {
                let type = random.chance(0.5) ? ":" + random.pick(RandomGraph.types) : ""
                let other = nodes.count > 1 && random.chance(0.3) ? random.pick(nodes).name : ""
                return "\(random.chance(0.3) ? "NOT " : "")(\(n.name))-[\(type)]->(\(other))"
            }
            return "false"
        case 8:
            return "\(stringExpression(scope)) \(random.pick(["=", "<", ">="])) '\(random.pick(RandomGraph.strings))'"
        case 9:
            return "NOT (\(condition(scope, depth: depth - 1, patterns: patterns)))"
        case 10:
            return "(\(condition(scope, depth: depth - 1, patterns: patterns)) OR \(condition(scope, depth: depth - 1, patterns: patterns)))"
        default:
            return "(\(condition(scope, depth: depth - 1, patterns: patterns)) XOR \(condition(scope, depth: depth - 1, patterns: patterns)))"
        }
    }
}
