// The shape of a generated query, kept as data rather than text so that a query that exposes a bug can
// be shrunk part by part (a clause, a condition, a hop, an item at a time) to a small reproducer.
// Expressions are kept as text: the generator builds them well-formed for the scope they are used in.

/// A generated openCypher read query: one or more parts joined by UNION or UNION ALL.
public struct GeneratedQuery: Sendable, CustomStringConvertible {
    public var parts: [[Clause]]
    public var unionAll: Bool

    /// A clause of a query part.
    public enum Clause: Sendable {
        case match(optional: Bool, paths: [Path], conditions: [String])
        case unwind(list: String, variable: String)
        case with(Projection)
        case `return`(Projection)
    }

    /// A path pattern: a start node and hops, optionally named.
    public struct Path: Sendable {
        public var name: String?
        public var start: Node
        public var hops: [(Relationship, Node)]
    }

    public struct Node: Sendable {
        public var variable: String?
        public var labels: [String]
        public var properties: String?
    }

    public struct Relationship: Sendable {
        public enum Direction: Sendable { case right, left, both }
        public var variable: String?
        public var types: [String]
        public var direction: Direction
        /// `*`, `*1..2`, … or nil for a single hop.
        public var length: String?
        public var properties: String?
    }

    /// WITH or RETURN: items (expression text and alias), DISTINCT, ORDER BY, SKIP, LIMIT and (WITH only) WHERE.
    public struct Projection: Sendable {
        public var items: [(expression: String, alias: String?)]
        public var distinct: Bool
        /// ORDER BY keys: items by position, descending or not. The generator orders by every item when
        /// it adds SKIP or LIMIT, so the rows kept do not depend on the plan.
        public var orderBy: [(item: Int, descending: Bool)]
        public var skip: Int?
        public var limit: Int?
        public var conditions: [String]
    }

    public var description: String { text }

    /// The query's text, one clause per line.
    public var text: String {
        parts.map { $0.map(\.text).joined(separator: "\n") }.joined(separator: unionAll ? "\nUNION ALL\n" : "\nUNION\n")
    }
}

extension GeneratedQuery.Clause {
    var text: String {
        switch self {
        case .match(let optional, let paths, let conditions):
            let match = (optional ? "OPTIONAL MATCH " : "MATCH ") + paths.map(\.text).joined(separator: ", ")
            return conditions.isEmpty ? match : match + " WHERE " + conditions.joined(separator: " AND ")
        case .unwind(let list, let variable):
            return "UNWIND \(list) AS \(variable)"
        case .with(let projection):
            return "WITH " + projection.text(withWhere: true)
        case .return(let projection):
            return "RETURN " + projection.text(withWhere: false)
        }
    }
}

extension GeneratedQuery.Path {
    var text: String {
        let body = start.text + hops.map { $0.0.text + $0.1.text }.joined()
        return name.map { "\($0) = \(body)" } ?? body
    }
}

extension GeneratedQuery.Node {
    var text: String {
        "(" + (variable ?? "") + labels.map { ":" + $0 }.joined() + (properties.map { " " + $0 } ?? "") + ")"
    }
}

extension GeneratedQuery.Relationship {
    var text: String {
        var inner = variable ?? ""
        if !types.isEmpty { inner += ":" + types.joined(separator: "|") }
        if let length { inner += length }
        if let properties { inner += " " + properties }
        let body = inner.isEmpty ? "" : "[\(inner)]"
        switch direction {
        case .right: return "-\(body)->"
        case .left: return "<-\(body)-"
        case .both: return "-\(body)-"
        }
    }
}

extension GeneratedQuery.Projection {
    func text(withWhere: Bool) -> String {
        var text = distinct ? "DISTINCT " : ""
        text += items.map { item in item.alias.map { "\(item.expression) AS \($0)" } ?? item.expression }.joined(separator: ", ")
        if !orderBy.isEmpty {
            text += " ORDER BY " + orderBy.map { key in (items[key.item].alias ?? items[key.item].expression) + (key.descending ? " DESC" : "") }
                .joined(separator: ", ")
        }
        if let skip { text += " SKIP \(skip)" }
        if let limit { text += " LIMIT \(limit)" }
        if withWhere, !conditions.isEmpty { text += " WHERE " + conditions.joined(separator: " AND ") }
        return text
    }
}

extension GeneratedQuery {
    /// Smaller variants of this query, for shrinking: without a UNION part, a clause, a condition, a hop,
    /// a path, an item, a label, a property map, a length, ORDER BY/SKIP/LIMIT or DISTINCT. Some variants
    /// are not valid queries (a removed clause bound a variable used later); those fail to compile in
    /// every configuration and so never count as a disagreement.
    public var shrunk: [GeneratedQuery] {
        var variants: [GeneratedQuery] = []
        if parts.count > 1 {
            for i in parts.indices {
                var q = self
                q.parts.remove(at: i)
                variants.append(q)
            }
        }
        for p in parts.indices {
            for c in parts[p].indices {
                if c < parts[p].count - 1 {
                    var q = self
                    q.parts[p].remove(at: c)
                    variants.append(q)
                }
                for clause in parts[p][c].shrunk {
                    var q = self
                    q.parts[p][c] = clause
                    variants.append(q)
                }
            }
        }
        return variants
    }
}

extension GeneratedQuery.Clause {
    var shrunk: [GeneratedQuery.Clause] {
        var variants: [GeneratedQuery.Clause] = []
        switch self {
        case .match(let optional, let paths, let conditions):
            if optional { variants.append(.match(optional: false, paths: paths, conditions: conditions)) }
            for i in conditions.indices {
                var c = conditions
                c.remove(at: i)
                variants.append(.match(optional: optional, paths: paths, conditions: c))
            }
            if paths.count > 1 {
                for i in paths.indices {
                    var p = paths
                    p.remove(at: i)
                    variants.append(.match(optional: optional, paths: p, conditions: conditions))
                }
            }
            for i in paths.indices {
                for path in paths[i].shrunk {
                    var p = paths
                    p[i] = path
                    variants.append(.match(optional: optional, paths: p, conditions: conditions))
                }
            }
        case .unwind:
            break
        case .with(let projection):
            variants += projection.shrunk.map { .with($0) }
        case .return(let projection):
            variants += projection.shrunk.map { .return($0) }
        }
        return variants
    }
}

extension GeneratedQuery.Path {
    var shrunk: [GeneratedQuery.Path] {
        var variants: [GeneratedQuery.Path] = []
        if name != nil {
            var p = self
            p.name = nil
            variants.append(p)
        }
        if !hops.isEmpty {
            var last = self
            last.hops.removeLast()
            variants.append(last)
            var first = self
            first.start = hops[0].1
            first.hops.removeFirst()
            variants.append(first)
        }
        for node in start.shrunk {
            var p = self
            p.start = node
            variants.append(p)
        }
        for i in hops.indices {
            for node in hops[i].1.shrunk {
                var p = self
                p.hops[i].1 = node
                variants.append(p)
            }
            for relationship in hops[i].0.shrunk {
                var p = self
                p.hops[i].0 = relationship
                variants.append(p)
            }
        }
        return variants
    }
}

extension GeneratedQuery.Node {
    var shrunk: [GeneratedQuery.Node] {
        var variants: [GeneratedQuery.Node] = []
        for i in labels.indices {
            var n = self
            n.labels.remove(at: i)
            variants.append(n)
        }
        if properties != nil {
            var n = self
            n.properties = nil
            variants.append(n)
        }
        return variants
    }
}

extension GeneratedQuery.Relationship {
    var shrunk: [GeneratedQuery.Relationship] {
        var variants: [GeneratedQuery.Relationship] = []
        for i in types.indices {
            var r = self
            r.types.remove(at: i)
            variants.append(r)
        }
        if length != nil {
            var r = self
            r.length = nil
            variants.append(r)
        }
        if properties != nil {
            var r = self
            r.properties = nil
            variants.append(r)
        }
        if direction != .both {
            var r = self
            r.direction = .both
            variants.append(r)
        }
        return variants
    }
}

extension GeneratedQuery.Projection {
    var shrunk: [GeneratedQuery.Projection] {
        var variants: [GeneratedQuery.Projection] = []
        if items.count > 1 {
            for i in items.indices {
                var p = self
                p.items.remove(at: i)
                p.orderBy = orderBy.filter { $0.item != i }.map { ($0.item > i ? $0.item - 1 : $0.item, $0.descending) }
                variants.append(p)
            }
        }
        if distinct {
            var p = self
            p.distinct = false
            variants.append(p)
        }
        if !orderBy.isEmpty || skip != nil || limit != nil {
            var p = self
            p.orderBy = []
            p.skip = nil
            p.limit = nil
            variants.append(p)
        }
        for i in conditions.indices {
            var p = self
            p.conditions.remove(at: i)
            variants.append(p)
        }
        return variants
    }
}
