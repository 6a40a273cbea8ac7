// The table of every function callable from Cypher. Help text, SHOW FUNCTIONS, completion and the
// binder's lookups all come from this one list. Names are case-insensitive, as in Neo4j.

enum FunctionRegistry {
    /// Every function, in the order SHOW FUNCTIONS lists them.
    static let all: [FunctionDefinition] =
        graphFunctions + listFunctions + stringFunctions + mathFunctions + conversionFunctions + temporalFunctions
        + aggregateFunctions

    private static let byName: [String: FunctionDefinition] = {
        var table: [String: FunctionDefinition] = [:]
        for f in all { table[f.name.lowercased()] = f }
        for (alias, name) in aliases { table[alias] = table[name] }
        return table
    }()

    private static let aliases: [String: String] = ["upper": "toupper", "lower": "tolower", "char_length": "size", "character_length": "size"]

    /// The function called `name` (case-insensitive), or nil.
    static func lookup(_ name: String) -> FunctionDefinition? { byName[name.lowercased()] }

    /// The known function name closest to `name`, for "did you mean".
    static func suggestion(for name: String) -> String? {
        closestName(to: name, among: all.map(\.name))
    }
}

/// The candidate within a small edit distance of `name`, if any.
public func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
        let d = editDistance(target, Array(candidate.lowercased()))
        guard d <= max(1, target.count / 3) else { continue }
        if let current = best, current.1 <= d { continue }
        best = (candidate, d)
    }
    return best?.0
}

private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
