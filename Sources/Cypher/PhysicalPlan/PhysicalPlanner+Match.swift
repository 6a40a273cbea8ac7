// Lowering a pattern's steps to operators: a scan (AllNodesScan, NodeByLabelScan, checking the node's
// other labels after) or NodeIndexSeek per node, an Expand / VarExpand / ShortestPath per relationship —
// into a bound end when both are bound, each checking that it does not reuse a relationship an earlier
// hop of the pattern bound (relationship uniqueness) — a Filter per condition step and a ProjectPath per
// path. The order is the steps'; this file only decides each operator's details.

extension PhysicalPlanner {
    static func plan(_ match: MatchPlan, input: Operator) -> Operator {
        let pattern = match.pattern
        var op = input
        var nodeIsBound = pattern.nodes.map(\.wasBound)
        var expanded: [Int] = []
        for step in match.steps {
            switch step {
            case .filter(let indices):
                let predicates = indices.map { pattern.predicates[$0] }
                let range = pattern.nodes.first?.range ?? SourceRange(.start, .start)
                op = Filter(
                    input: op, predicate: conjunction(predicates.map(\.expression), at: range),
                    describedAs: predicates.map(\.text).joined(separator: " AND "))
            case .scan(let n, let label):
                let node = pattern.nodes[n]
                let name = node.name.trimmingWhitespace
                if let label {
                    op = NodeByLabelScan(input: op, slot: node.slot, variable: name, label: LabelRef(label))
                } else {
                    op = AllNodesScan(input: op, slot: node.slot, variable: name)
                }
                op = checkingOtherLabels(node, besides: label, op)
                nodeIsBound[n] = true
            case .seek(let n, let label, let key, let value, let isMembership, let range, _):
                let node = pattern.nodes[n]
                op = NodeIndexSeek(
                    input: op, slot: node.slot, variable: node.name.trimmingWhitespace, label: LabelRef(label), key: key, value: value,
                    isMembership: isMembership, predicateRange: range)
                op = checkingOtherLabels(node, besides: label, op)
                nodeIsBound[n] = true
            case .expand(let i, let fromLeft):
                let rel = pattern.relationships[i]
                let from = fromLeft ? rel.left : rel.right
                let to = fromLeft ? rel.right : rel.left
                let toBound = nodeIsBound[to]
                op = expand(
                    pattern, i, from: from, to: to, fromLeft: fromLeft, toBound: toBound, expanded: expanded, keep: match,
                    nodeIsBound: nodeIsBound, input: op)
                expanded.append(i)
                nodeIsBound[to] = true
            case .projectPath(let p):
                let path = pattern.paths[p]
                let steps = path.relationships.map { i in
                    pattern.relationships[i].length == nil ? ProjectPath.Step.single(pattern.relationships[i].slot) : .variableLength(pattern.relationships[i].slot)
                }
                op = ProjectPath(input: op, slot: path.slot, startSlot: pattern.nodes[path.start].slot, steps: steps, variable: path.name)
            }
        }
        return op
    }

    /// A filter on the node's labels other than the one its scan or seek already checked.
    private static func checkingOtherLabels(_ node: PatternNodeInfo, besides covered: String?, _ input: Operator) -> Operator {
        let others = node.labels.filter { $0 != covered }
        guard !others.isEmpty else { return input }
        return Filter(
            input: input, predicate: .hasLabels(.slot(node.slot), others.map(LabelRef.init), node.range),
            describedAs: node.name.trimmingWhitespace + others.map { ":" + $0 }.joined())
    }

    /// The operator that follows relationship `i` from node `from` to node `to`.
    private static func expand(
        _ pattern: BoundMatch, _ i: Int, from: Int, to: Int, fromLeft: Bool, toBound: Bool, expanded: [Int], keep match: MatchPlan,
        nodeIsBound: [Bool], input: Operator
    ) -> Operator {
        let rel = pattern.relationships[i]
        let direction = rel.direction.traversal(fromLeft: fromLeft)
        // Only a relationship of a type this one can have could be the same relationship.
        var uniqueness = UniquenessCheck()
        for j in expanded where typesMayOverlap(pattern.relationships[j].types, rel.types) {
            if pattern.relationships[j].length == nil {
                uniqueness.relationshipSlots.append(pattern.relationships[j].slot)
            } else {
                uniqueness.listSlots.append(pattern.relationships[j].slot)
            }
        }
        let toLabels = toBound ? [] : pattern.nodes[to].labels.map(LabelRef.init)
        let text = describe(pattern, rel, from: from, to: to, fromLeft: fromLeft)
        let types = rel.types.map(TypeRef.init)
        if rel.shortest != .none, let length = rel.length {
            // The conditions on the path or its relationships that can be checked once they are bound: the
            // shortest paths are chosen among those that satisfy them (their Filter after checks them again).
            let pathSlot = pattern.paths.first { $0.relationships.contains(i) }?.slot
            let own = Set([rel.slot] + (pathSlot.map { [$0] } ?? []))
            let unbound = Set(
                pattern.nodes.indices.filter { !nodeIsBound[$0] }.map { pattern.nodes[$0].slot }
                    + pattern.relationships.indices.filter { $0 != i && !expanded.contains($0) }.map { pattern.relationships[$0].slot }
                    + pattern.paths.map(\.slot)
            ).subtracting(own)
            let conditions = pattern.predicates.filter { !$0.slotsRead.isDisjoint(with: own) && $0.slotsRead.isDisjoint(with: unbound) }
            var relationshipFilters: [ShortestPath.ElementFilter] = [], nodeFilters: [ShortestPath.ElementFilter] = []
            var others: [BoundExpression] = []
            for c in conditions {
                switch elementFilter(c.expression, listSlot: rel.slot, pathSlot: pathSlot) {
                case .relationships(let filter)?: relationshipFilters.append(filter)
                case .nodes(let filter)?: nodeFilters.append(filter)
                case nil: others.append(c.expression)
                }
            }
            return ShortestPath(
                input: input, fromSlot: pattern.nodes[rel.left].slot, toSlot: pattern.nodes[rel.right].slot, listSlot: rel.slot, types: types,
                direction: rel.direction.traversal(fromLeft: true), minimum: length.minimum ?? 1, maximum: length.maximum,
                all: rel.shortest == .allShortest, relationshipProperties: rel.variableLengthProperties,
                relationshipFilters: relationshipFilters, nodeFilters: nodeFilters,
                condition: others.isEmpty ? nil : conjunction(others, at: rel.range), pathSlot: pathSlot, describedAs: text)
        }
        if let length = rel.length {
            return VarExpand(
                input: input, fromSlot: pattern.nodes[from].slot, listSlot: rel.slot, toSlot: pattern.nodes[to].slot, types: types,
                direction: direction, minimum: length.minimum ?? 1, maximum: length.maximum, toIsBound: toBound, listIsBound: rel.wasBound,
                uniqueness: uniqueness, toLabels: toLabels, relationshipProperties: rel.variableLengthProperties, reversed: !fromLeft,
                describedAs: text)
        }
        // An anonymous relationship that no condition, path or uniqueness check reads need not be bound.
        let read =
            pattern.keepRelationships || !rel.isAnonymous || pattern.predicates.contains { $0.slotsRead.contains(rel.slot) }
            || pattern.paths.contains { $0.relationships.contains(i) }
            || pattern.relationships.indices.contains { $0 != i && typesMayOverlap(pattern.relationships[$0].types, rel.types) }
        return Expand(
            input: input, fromSlot: pattern.nodes[from].slot, relationshipSlot: rel.slot, toSlot: pattern.nodes[to].slot, types: types,
            direction: direction, toIsBound: toBound, relationshipIsBound: rel.wasBound, uniqueness: uniqueness, toLabels: toLabels,
            bindsRelationship: read, describedAs: text)
    }

    private enum ElementFilterKind {
        case relationships(ShortestPath.ElementFilter)
        case nodes(ShortestPath.ElementFilter)
    }

    /// A condition that holds for a path exactly when it holds for each of the path's relationships (or
    /// nodes): `all(x IN relationships(p) WHERE P)`, or over the relationship list variable, or over
    /// `nodes(p)`, where P reads neither the path nor the list; or `none(… WHERE P)`, P false for each.
    /// Nil for any other condition.
    private static func elementFilter(_ e: BoundExpression, listSlot: Int, pathSlot: Int?) -> ElementFilterKind? {
        guard case .quantifier(let q, let slot, let source, let predicate?) = e, q == .all || q == .none else { return nil }
        let own = Set([listSlot] + (pathSlot.map { [$0] } ?? []))
        guard predicate.slotsRead.isDisjoint(with: own) else { return nil }
        let filter = ShortestPath.ElementFilter(slot: slot, predicate: predicate, quantifier: q)
        switch source {
        case .slot(let s) where s == listSlot:
            return .relationships(filter)
        case .function(let f, let arguments, _) where arguments.count == 1:
            guard let pathSlot, case .slot(let s) = arguments[0], s == pathSlot else { return nil }
            switch f.name.lowercased() {
            case "relationships": return .relationships(filter)
            case "nodes": return .nodes(filter)
            default: return nil
            }
        default: return nil
        }
    }

    private static func describe(_ pattern: BoundMatch, _ rel: PatternRelationshipInfo, from: Int, to: Int, fromLeft: Bool) -> String {
        let types = rel.types.isEmpty ? "" : ":" + rel.types.joined(separator: "|")
        var length = ""
        if let l = rel.length { length = "*\(l.minimum.map(String.init) ?? "")..\(l.maximum.map(String.init) ?? "")" }
        let body = "[\(rel.isAnonymous ? "" : rel.name)\(types)\(length)]"
        let dir = rel.direction.traversal(fromLeft: fromLeft)
        let arrow = dir == .outgoing ? "-\(body)->" : (dir == .incoming ? "<-\(body)-" : "-\(body)-")
        func node(_ n: PatternNodeInfo) -> String { (n.isAnonymous ? "" : n.name) + n.labels.map { ":" + $0 }.joined() }
        return "(\(node(pattern.nodes[from])))\(arrow)(\(node(pattern.nodes[to])))"
    }
}
