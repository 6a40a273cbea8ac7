// Rule merge_keys_once: the property values a MERGE pattern matches on (`MERGE (p:P {k: row.x * 2})`)
// are computed once per incoming row, before the pattern is looked for, instead of once for every
// candidate node or relationship the matcher compares (10,000 rows against 10,000 unindexed nodes were
// 10⁸ evaluations of `row.x * 2`).
//
// Preconditions: the operator is a MERGE whose pattern is matched by one `match` and binds every node of
// its pattern itself (none was bound before: such a node may be null, and then the MERGE fails before it
// computes any value); a value is hoisted when it is the right side of a property condition of the
// pattern (`p.k = v`), reads no variable the pattern binds, calls nothing nondeterministic, runs no nested
// plan, and is not already a variable, a parameter or a constant. Such a MERGE computes each such value
// at least once per row whatever happens — while matching (for each candidate) or, when nothing matches,
// while creating — so computing it once before gives the same values and raises the same errors (which of
// two failing values is reported first aside: openCypher leaves the order of conditions open). An index
// seek on the value reads the slot too.

/// Row-constant property values of a MERGE computed once per row.
struct MergeKeysOnceRule: RewriteRule {
    var rule: OptimizerRule { .mergeKeysOnce }

    func rewrite(_ node: LogicalPlan, _ context: OptimizerContext) -> LogicalPlan? {
        guard case .merge(let input, let matcher, let creator, let onMatch, let onCreate) = node,
            case .match(let matchInput, var plan) = matcher, !plan.pattern.nodes.contains(where: \.wasBound)
        else { return nil }
        let introduced = Set(plan.pattern.introduced)
        var hoisted: [(slot: Int, expression: BoundExpression)] = []
        var slotOfPredicate: [Int: Int] = [:]
        var texts: [String] = []
        for (i, predicate) in plan.pattern.predicates.enumerated() {
            guard case .binary(.equal, let left, let right, let range) = predicate.expression,
                case .property(.slot(let element), _, _) = left, introduced.contains(element),
                Self.isRowConstant(right, introduced)
            else { continue }
            let slot = context.slots.allocate()
            hoisted.append((slot, right))
            slotOfPredicate[i] = slot
            texts.append(predicate.text)
            let expression = BoundExpression.binary(.equal, left, .slot(slot), range)
            plan.pattern.predicates[i] = MatchPredicate(expression: expression, slotsRead: expression.slotsRead, text: predicate.text)
        }
        guard !hoisted.isEmpty else { return nil }
        // A seek that answers one of these conditions looks up the computed value.
        plan.steps = plan.steps.map { step in
            guard case .seek(let n, let label, let key, _, let isMembership, let range, let predicate) = step,
                !isMembership, let slot = slotOfPredicate[predicate]
            else { return step }
            return .seek(node: n, label: label, key: key, value: .slot(slot), isMembership: false, range: range, predicate: predicate)
        }
        let computed = LogicalPlan.project(matchInput, hoisted, text: "once per row: " + texts.joined(separator: ", "))
        return .merge(input, matcher: .match(computed, plan), creator: creator, onMatch: onMatch, onCreate: onCreate)
    }

    /// True for a value worth computing once: it reads nothing the pattern binds, is deterministic, runs
    /// no nested plan, and is more than a variable, a parameter or a constant.
    static func isRowConstant(_ expression: BoundExpression, _ introduced: Set<Int>) -> Bool {
        switch expression {
        case .constant, .slot, .parameter, .parameterOrDefault: return false
        default:
            return expression.isDeterminedBySlotsRead && expression.slotsRead.isDisjoint(with: introduced)
        }
    }
}
