// EXPLAIN and PROFILE output: the operator tree drawn top-down from the result to the leaves, nested
// plans indented under the operator that runs them; with PROFILE, the rows each operator produced and
// the time spent in it.

enum PlanDescription {
    static func render(_ plan: QueryPlan, profile: [ObjectIdentifier: OperatorProfile]?, root: Operator? = nil) -> String {
        var lines = ["ProduceResults" + (plan.columns.isEmpty ? "" : "  " + plan.columns.joined(separator: ", "))]
        var totalRows = 0
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
                totalRows += entry.rows
                line += "  (rows: \(entry.rows), time: \(formatMilliseconds(own)))"
            }
            lines.append(line)
            let childIndent = indent + "   "
            let nested = node.nested
            for (i, n) in nested.enumerated() {
                lines.append(childIndent + "┆ nested plan \(i + 1):")
                describe(n, childIndent + "┆ ", true)
            }
            if let input = node.input { describe(input, indent, true) }
        }
        describe(root ?? plan.root, "", true)
        return lines.joined(separator: "\n")
    }

    private static func formatMilliseconds(_ ns: UInt64) -> String {
        let ms = Double(ns) / 1_000_000
        return ms < 0.01 ? "<0.01 ms" : "\((ms * 100).rounded() / 100) ms"
    }
}
