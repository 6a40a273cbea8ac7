// A canonical text for expressions, independent of spacing and keyword case. The binder compares
// expressions by it (an ORDER BY or aggregate expression that repeats a grouping key refers to that key),
// and EXPLAIN prints it.

extension Expression {
    /// The expression printed in one canonical form.
    var canonical: String { kind.canonical }

    /// True when the expression contains an aggregate function call (outside nested comprehension scopes too).
    var containsAggregate: Bool {
        var found = false
        walk { e in
            switch e.kind {
            case .countStar: found = true
            case .function(let name, _, _): if FunctionRegistry.lookup(name)?.isAggregate == true { found = true }
            default: break
            }
        }
        return found
    }

    /// Calls `body` on this expression and every sub-expression.
    func walk(_ body: (Expression) -> Void) {
        body(self)
        for child in children { child.walk(body) }
    }

    var children: [Expression] { Expression.children(of: kind) }

    /// The direct sub-expressions of an expression of `kind`.
    static func children(of kind: ExpressionKind) -> [Expression] {
        switch kind {
        // A subquery's expressions belong to its own query (its aggregates do not make the outer projection
        // aggregate), so they are not children; a pattern comprehension's are.
        case .literal, .parameter, .variable, .countStar, .patternPredicate, .subquery: return []
        case .patternComprehension(let part, let predicate, let projection):
            return part.propertyExpressions + [predicate, projection].compactMap { $0 }
        case .property(let e, _), .unary(_, let e), .isNull(let e, _), .hasLabels(let e, _): return [e]
        case .subscripted(let a, let b), .binary(_, let a, let b): return [a, b]
        case .slice(let a, let b, let c): return [a] + [b, c].compactMap { $0 }
        case .list(let items), .function(_, _, let items): return items
        case .map(let entries): return entries.map(\.1)
        case .mapProjection(let base, let items):
            return [base] + items.compactMap { if case .literal(_, let e) = $0 { return e } else { return nil } }
        case .comparison(let first, let rest): return [first] + rest.map(\.1)
        case .caseExpression(let subject, let alternatives, let otherwise):
            return [subject].compactMap { $0 } + alternatives.flatMap { [$0.0, $0.1] } + [otherwise].compactMap { $0 }
        case .listComprehension(_, let source, let predicate, let projection):
            return [source] + [predicate, projection].compactMap { $0 }
        case .quantifier(_, _, let source, let predicate): return [source] + [predicate].compactMap { $0 }
        case .reduce(_, let initial, _, let source, let body): return [initial, source, body]
        }
    }
}

extension ExpressionKind {
    var canonical: String {
        switch self {
        case .literal(let v): return v.literal
        case .parameter(let name): return "$" + name
        case .variable(let name): return Value.quoteName(name)
        case .property(let e, let key): return e.canonical + "." + Value.quoteName(key)
        case .subscripted(let a, let b): return a.canonical + "[" + b.canonical + "]"
        case .slice(let a, let b, let c): return a.canonical + "[" + (b?.canonical ?? "") + ".." + (c?.canonical ?? "") + "]"
        case .list(let items): return "[" + items.map(\.canonical).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { Value.quoteName($0.0) + ": " + $0.1.canonical }.joined(separator: ", ") + "}"
        case .mapProjection(let base, let items):
            let parts = items.map { item -> String in
                switch item {
                case .property(let k): return "." + Value.quoteName(k)
                case .allProperties: return ".*"
                case .variable(let v): return Value.quoteName(v)
                case .literal(let k, let e): return Value.quoteName(k) + ": " + e.canonical
                }
            }
            return base.canonical + "{" + parts.joined(separator: ", ") + "}"
        case .unary(let op, let e): return "(" + op.rawValue + (op == .not ? " " : "") + e.canonical + ")"
        case .binary(let op, let a, let b): return "(" + a.canonical + " " + op.rawValue + " " + b.canonical + ")"
        case .comparison(let first, let rest):
            return "(" + first.canonical + rest.map { " " + $0.0.rawValue + " " + $0.1.canonical }.joined() + ")"
        case .isNull(let e, let negated): return "(" + e.canonical + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .hasLabels(let e, let labels): return e.canonical + labels.map { ":" + Value.quoteName($0) }.joined()
        case .function(let name, let distinct, let args):
            return name.lowercased() + "(" + (distinct ? "DISTINCT " : "") + args.map(\.canonical).joined(separator: ", ") + ")"
        case .countStar: return "count(*)"
        case .caseExpression(let subject, let alternatives, let otherwise):
            var text = "CASE" + (subject.map { " " + $0.canonical } ?? "")
            for (w, t) in alternatives { text += " WHEN " + w.canonical + " THEN " + t.canonical }
            if let otherwise { text += " ELSE " + otherwise.canonical }
            return text + " END"
        case .listComprehension(let v, let source, let predicate, let projection):
            return "[" + v + " IN " + source.canonical + (predicate.map { " WHERE " + $0.canonical } ?? "")
                + (projection.map { " | " + $0.canonical } ?? "") + "]"
        case .quantifier(let q, let v, let source, let predicate):
            return q.rawValue + "(" + v + " IN " + source.canonical + (predicate.map { " WHERE " + $0.canonical } ?? "") + ")"
        case .reduce(let acc, let initial, let v, let source, let body):
            return "reduce(" + acc + " = " + initial.canonical + ", " + v + " IN " + source.canonical + " | " + body.canonical + ")"
        case .patternPredicate(let part): return part.canonical
        case .patternComprehension(let part, let predicate, let projection):
            return "[" + part.canonical
                + (predicate.map { " WHERE " + $0.canonical } ?? "") + " | " + projection.canonical + "]"
        case .subquery(let kind, let subquery): return kind.rawValue + " { " + Self.collapsingWhitespace(subquery.text) + " }"
        }
    }
}

extension ExpressionKind {
    /// `text` with every run of whitespace outside quotes made one space, so two spellings of the same
    /// subquery that differ only in spacing or line breaks compare equal.
    static func collapsingWhitespace(_ text: String) -> String {
        var out = ""
        var quote: Character?
        var pendingSpace = false
        var escaped = false
        for c in text {
            if let q = quote {
                out.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q { quote = nil }
                continue
            }
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(c)
            if c == "'" || c == "\"" || c == "`" { quote = c }
        }
        return out
    }
}

extension PatternPart {
    /// The pattern printed in one canonical form: `p = (a:L {k: 1})-[:T*1..2]->(b)`.
    var canonical: String {
        func properties(_ e: Expression?) -> String { e.map { " " + $0.canonical } ?? "" }
        func node(_ n: NodePattern) -> String {
            "(" + (n.variable.map(Value.quoteName) ?? "") + n.labels.map { ":" + Value.quoteName($0) }.joined()
                + properties(n.properties) + ")"
        }
        var text = pathVariable.map { Value.quoteName($0) + " = " } ?? ""
        switch shortest {
        case .none: break
        case .shortest: text += "shortestPath("
        case .allShortest: text += "allShortestPaths("
        }
        text += node(start)
        for (r, n) in steps {
            var length = ""
            if let l = r.length { length = "*" + (l.minimum.map(String.init) ?? "") + ".." + (l.maximum.map(String.init) ?? "") }
            let body = "[" + (r.variable.map(Value.quoteName) ?? "") + (r.types.isEmpty ? "" : ":" + r.types.map(Value.quoteName).joined(separator: "|"))
                + length + properties(r.properties) + "]"
            switch r.direction {
            case .leftToRight: text += "-" + body + "->"
            case .rightToLeft: text += "<-" + body + "-"
            case .undirected: text += "-" + body + "-"
            }
            text += node(n)
        }
        return text + (shortest == .none ? "" : ")")
    }
}
