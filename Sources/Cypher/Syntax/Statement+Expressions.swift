// Every expression a statement contains, in clause order — for checks over a whole statement, such as
// which language features it uses.

extension Statement {
    /// The top-level expressions of every clause (sub-expressions are reached with `Expression.walk`).
    var expressions: [Expression] {
        switch kind {
        case .query(let q): return q.expressions
        case .union(let parts, _): return parts.flatMap(\.expressions)
        case .schema: return []
        }
    }

    /// True when some expression of the statement satisfies `predicate` (checked on every sub-expression).
    func containsExpression(where predicate: (Expression) -> Bool) -> Bool {
        var found = false
        for e in expressions { e.walk { if predicate($0) { found = true } } }
        return found
    }
}

extension SingleQuery {
    var expressions: [Expression] { clauses.flatMap(\.kind.expressions) }
}

extension ClauseKind {
    var expressions: [Expression] {
        func pattern(_ parts: [PatternPart]) -> [Expression] { parts.flatMap(\.propertyExpressions) }
        func body(_ b: ProjectionBody) -> [Expression] {
            b.items.map(\.expression) + b.orderBy.map(\.expression) + [b.skip, b.limit].compactMap { $0 }
        }
        func setItems(_ items: [SetItem]) -> [Expression] {
            items.flatMap { item -> [Expression] in
                switch item {
                case .property(let target, _, let value): return [target, value]
                case .replaceAll(_, let value, _), .merge(_, let value, _): return [value]
                case .labels: return []
                }
            }
        }
        switch self {
        case .match(_, let parts, let predicate): return pattern(parts) + [predicate].compactMap { $0 }
        case .unwind(let e, _): return [e]
        case .loadCSV(let url, _, _, _): return [url]
        case .with(let b, let predicate): return body(b) + [predicate].compactMap { $0 }
        case .return(let b): return body(b)
        case .create(let parts): return pattern(parts)
        case .merge(let part, let onCreate, let onMatch): return pattern([part]) + setItems(onCreate) + setItems(onMatch)
        case .set(let items): return setItems(items)
        case .remove(let items):
            return items.compactMap { if case .property(let target, _) = $0 { return target } else { return nil } }
        case .delete(let targets, _): return targets
        case .foreach(_, let list, let clauses): return [list] + clauses.flatMap(\.kind.expressions)
        case .callSubquery(_, let body): return body.parts.flatMap { $0.clauses.flatMap(\.kind.expressions) }
        case .call(_, let arguments, _, _, let predicate): return (arguments ?? []) + [predicate].compactMap { $0 }
        }
    }
}

extension PatternPart {
    /// The property maps of the part's nodes and relationships.
    var propertyExpressions: [Expression] {
        ([start] + steps.map(\.1)).compactMap(\.properties) + steps.compactMap(\.0.properties)
    }
}
