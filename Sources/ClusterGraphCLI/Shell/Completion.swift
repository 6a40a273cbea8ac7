// Tab completion for the shell: the words a statement may continue with — Cypher keywords, the graph's
// labels, relationship types and property keys, function and procedure names; property keys after
// `variable.` — and the shell's own commands at the start of a line. The vocabulary is read from the database through Cypher (db.labels()
// and friends, SHOW FUNCTIONS, SHOW PROCEDURES), so the shell needs nothing of the engine's insides.

import Cypher

struct Completion {
    /// Single words only: libedit escapes the space of a multi-word completion (`ORDER\ BY`).
    static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT", "DISTINCT", "AS", "CREATE",
        "MERGE", "ON", "SET", "REMOVE", "DELETE", "DETACH", "FOREACH", "CALL", "YIELD", "UNION", "ALL", "AND", "OR", "XOR", "NOT", "IN",
        "IS", "NULL", "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "COUNT", "COLLECT",
        "EXPLAIN", "PROFILE", "ASC", "DESC", "SHOW", "INDEXES", "CONSTRAINTS", "PROCEDURES", "FUNCTIONS", "INDEX",
        "CONSTRAINT", "FOR", "REQUIRE", "UNIQUE", "DROP", "LOAD", "CSV", "HEADERS", "FROM", "FIELDTERMINATOR", "true",
        "false", "null",
    ]

    /// Words from the graph and the catalogues, refreshed after statements that write.
    private(set) var vocabulary: [String] = []
    /// The property keys alone (completed after `variable.`).
    private(set) var propertyKeys: [String] = []

    /// Reads labels, relationship types, property keys, functions and procedures from `database`.
    mutating func refresh(from database: GraphDatabase) {
        var words: Set<String> = []
        for (query, column) in [
            ("CALL db.labels()", 0), ("CALL db.relationshipTypes()", 0), ("CALL db.propertyKeys()", 0),
            ("SHOW FUNCTIONS", 0), ("SHOW PROCEDURES", 0),
        ] {
            guard let result = try? database.execute(query) else { continue }
            for row in result.rows where column < row.count {
                if case .string(let word) = row[column] { words.insert(word) }
            }
        }
        vocabulary = words.sorted()
        if let keys = try? database.execute("CALL db.propertyKeys()") {
            propertyKeys = keys.rows.compactMap { if case .string(let key)? = $0.first { return key } else { return nil } }.sorted()
        }
    }

    /// The completions of `word`, the word before the cursor in `line`: shell commands when the line is
    /// a `:command` being typed, otherwise names that start with the word and keywords in the word's case
    /// (`ret` → `return`, `RET` → `RETURN`; a capitalised word such as `Cou` is taken for a name, so the
    /// common prefix libedit inserts is never cut short by a keyword in another case).
    func candidates(for word: String, in line: String) -> [String] {
        let trimmed = line.drop { $0.isWhitespace }
        if trimmed.hasPrefix(":"), !trimmed.contains(" ") {
            return ShellCommands.all.map(\.name).filter { $0.hasPrefix(word.lowercased()) }
        }
        guard !word.isEmpty else { return [] }
        // `n.na` → `n.name`: after a variable and a dot, the graph's property keys — besides dotted
        // procedure and function names (`algo.pa` → `algo.pageRank`).
        if let dot = word.lastIndex(of: "."), dot != word.startIndex {
            let variable = word[..<dot], partial = word[word.index(after: dot)...]
            if variable.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                let dotted = vocabulary.filter { $0.hasPrefix(word) }
                return dotted + propertyKeys.filter { $0.hasPrefix(partial) }.map { variable + "." + $0 }.filter { !dotted.contains($0) }
            }
        }
        let names = vocabulary.filter { $0.hasPrefix(word) }
        let keywords: [String]
        if word == word.lowercased() {
            keywords = Self.keywords.map { $0.lowercased() }.filter { $0.hasPrefix(word) }
        } else if word == word.uppercased() {
            keywords = Self.keywords.filter { $0.hasPrefix(word) }
        } else {
            keywords = []
        }
        return keywords + names.filter { !keywords.contains($0) }
    }
}
