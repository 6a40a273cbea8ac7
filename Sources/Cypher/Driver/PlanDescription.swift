// EXPLAIN and PROFILE output. EXPLAIN shows the logical plan after the optimizer's rules (naming the rules
// that changed it) and the physical plan of operators that runs; PROFILE shows the physical plan with the
// rows each operator produced and the time spent in it. Trees are drawn top-down from the result to the
// leaves, nested plans indented under the operator that runs them.

enum PlanDescription {
    /// EXPLAIN: both plans.
    static func explain(_ plan: ExecutablePlan) -> String {
        let rules = plan.fired.isEmpty ? "none" : plan.fired.map(\.rawValue).joined(separator: ", ")
        let notes = plan.notes.map { "\n\nNote (line \($0.range.start.line), column \($0.range.start.column)): \($0.message)" }.joined()
        return "Logical plan (rules applied: \(rules)):\n" + LogicalPlanDescription.render(columns: plan.columns, plan.logical)
            + "\n\nPhysical plan:\n" + render(columns: plan.columns, root: plan.root, profile: nil) + notes
    }

    /// The physical plan; with `profile`, each operator's rows and own time.
    static func render(columns: [String], root: Operator, profile: [ObjectIdentifier: OperatorProfile]?) -> String {
        var lines = ["ProduceResults" + (columns.isEmpty ? "" : "  " + columns.joined(separator: ", "))]
        func describe(_ op: Operator, _ indent: String, _ last: Bool) {
            var node = op
            if let p = op as? Profiled { node = p.inner }
            if node is Argument { return }
            var line = indent + (last ? "└─ " : "├─ ") + node.name
            if !node.details.isEmpty { line += "  " + node.details }
            if let profile {
                // Measured time includes the operators that feed this one: subtract theirs.
                func inclusive(_ op: Operator?) -> UInt64 {
                    guard let op else { return 0 }
                    let inner = (op as? Profiled)?.inner ?? op
                    return profile[ObjectIdentifier(inner)]?.nanoseconds ?? 0
                }
                let entry = profile[ObjectIdentifier(node)] ?? OperatorProfile()
                let fed = inclusive(node.input) + node.nested.reduce(0) { $0 + inclusive($1) }
                let own = entry.nanoseconds > fed ? entry.nanoseconds - fed : 0
                line += "  (rows: \(entry.rows), time: \(formatMilliseconds(own)))"
            }
            lines.append(line)
            let childIndent = indent + "   "
            for (i, n) in node.nested.enumerated() {
                lines.append(childIndent + "┆ nested plan \(i + 1):")
                describe(n, childIndent + "┆ ", true)
            }
            if let input = node.input { describe(input, indent, true) }
        }
        describe(root, "", true)
        return lines.joined(separator: "\n")
    }

    private static func formatMilliseconds(_ ns: UInt64) -> String {
        let ms = Double(ns) / 1_000_000
        return ms < 0.01 ? "<0.01 ms" : "\((ms * 100).rounded() / 100) ms"
    }
}

/// The logical plan as text: one line per operator, a pattern as its steps.
enum LogicalPlanDescription {
    static func render(columns: [String], _ plan: LogicalPlan) -> String {
        var lines = ["Result" + (columns.isEmpty ? "" : "  " + columns.joined(separator: ", "))]
        func line(_ indent: String, _ text: String) { lines.append(indent + "└─ " + text) }
        func nested(_ indent: String, _ title: String, _ plan: LogicalPlan) {
            lines.append(indent + "   ┆ " + title + ":")
            describe(plan, indent + "   ┆ ")
        }
        func describe(_ plan: LogicalPlan, _ indent: String) {
            switch plan {
            case .argument:
                return
            case .match(let input, let match):
                // Steps run bottom-up, like operators: the last step is drawn first.
                for step in match.steps.reversed() { line(indent, LogicalPlanDescription.describe(step, match.pattern)) }
                describe(input, indent)
                return
            case .optional(_, let inner, _):
                line(indent, "Optional")
                nested(indent, "per row", inner)
            case .filter(_, _, let text): line(indent, "Filter  " + text)
            case .unwind(_, _, _, let variable): line(indent, "Unwind  " + variable)
            case .loadCSV(_, let load): line(indent, "LoadCSV  " + load.variable)
            case .project(_, _, let text): line(indent, "Project  " + text)
            case .aggregate(_, _, _, let text): line(indent, "Aggregate  " + text)
            case .distinctProject(_, _, let text): line(indent, "Distinct  " + text)
            case .distinct: line(indent, "Distinct")
            case .sort(_, _, let text): line(indent, "Sort  " + text)
            case .skip: line(indent, "Skip")
            case .limit: line(indent, "Limit")
            case .union(let branches, _, let distinct):
                line(indent, distinct ? "Union" : "UnionAll")
                for (i, branch) in branches.enumerated() { nested(indent, "part \(i + 1)", branch.plan) }
            case .procedureCall(_, let call): line(indent, "ProcedureCall  " + call.procedure.signature.name)
            case .subqueryCall(_, let body, _, _):
                line(indent, "SubqueryCall")
                nested(indent, "per row", body)
            case .create: line(indent, "Create")
            case .merge(_, let matcher, _, _, _):
                line(indent, "Merge")
                nested(indent, "match", matcher)
            case .setProperties(_, _, let clause): line(indent, clause)
            case .delete(_, _, let detach): line(indent, detach ? "DetachDelete" : "Delete")
            case .foreach(_, _, _, _, let variable, let body):
                line(indent, "Foreach  " + variable)
                nested(indent, "per element", body)
            case .projectPath(_, let path): line(indent, "ProjectPath  " + path.name)
            case .frontierChain(_, let spec): line(indent, "FrontierChain  " + spec.text + (spec.returnsToStart ? " (back to the start)" : ""))
            case .distinctChainJoin(_, let spec):
                line(indent, "DistinctChainJoin  " + spec.text + (spec.mirrored ? " (mirrored)" : ""))
                nested(indent, "left half", spec.left)
                nested(indent, "right half", spec.right)
            }
            if let input = plan.input { describe(input, indent) }
        }
        describe(plan, "")
        return lines.joined(separator: "\n")
    }

    static func describe(_ step: MatchStep, _ pattern: BoundMatch) -> String {
        func node(_ i: Int) -> String {
            let n = pattern.nodes[i]
            return "(" + (n.isAnonymous ? "" : n.name) + n.labels.map { ":" + $0 }.joined() + ")"
        }
        switch step {
        case .scan(let n, let label):
            return (label == nil ? "AllNodesScan  " : "NodeByLabelScan  ") + node(n)
        case .seek(let n, let label, let key, _, let membership, _, let p):
            return "NodeIndexSeek  \(node(n)) by :\(label)(\(key.name)) for \(pattern.predicates[p].text)\(membership ? " (IN)" : "")"
        case .expand(let i, let fromLeft):
            let r = pattern.relationships[i]
            let (from, to) = fromLeft ? (r.left, r.right) : (r.right, r.left)
            let types = r.types.isEmpty ? "" : ":" + r.types.joined(separator: "|")
            let length = r.length.map { "*\($0.minimum.map(String.init) ?? "")..\($0.maximum.map(String.init) ?? "")" } ?? ""
            let dir = r.direction.traversal(fromLeft: fromLeft)
            let body = "[\(r.isAnonymous ? "" : r.name)\(types)\(length)]"
            let arrow = dir == .outgoing ? "-\(body)->" : (dir == .incoming ? "<-\(body)-" : "-\(body)-")
            let kind = r.shortest != .none ? "ShortestPath" : (r.length != nil ? "VarExpand" : "Expand")
            return "\(kind)  \(node(from))\(arrow)\(node(to))"
        case .filter(let p):
            return "Filter  " + p.map { pattern.predicates[$0].text }.joined(separator: " AND ")
        case .projectPath(let p):
            return "ProjectPath  " + pattern.paths[p].name
        }
    }
}
