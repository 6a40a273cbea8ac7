// Mutational fuzzing of the whole engine, from the lexer to the operators: statements made by mutating
// real ones — the openCypher TCK's queries and a few of our own — are run against a small graph. Each
// must give a result or a CypherError; a trap (an index out of range, an overflow, a force unwrap) ends
// the process, and the input that caused it is in the crash file written before each run. Statements
// run under a time and memory limit, so a slow one is an error, not a hang; one that ignores the limits
// is caught by a watchdog (`clustergraph-fuzz mutate`).

import Cypher
import Foundation

/// Makes mutants of a corpus of statements.
public struct MutationFuzzer {
    public private(set) var corpus: [String]
    private var random: SeededGenerator

    public init(seed: UInt64, corpus: [String] = MutationFuzzer.builtinSeeds) {
        random = SeededGenerator(seed: seed)
        self.corpus = corpus.isEmpty ? Self.builtinSeeds : corpus
    }

    /// Statements of every kind the engine runs, for when no TCK is at hand.
    public static let builtinSeeds = [
        "MATCH (a:A)-[r:T]->(b) WHERE a.x > 1 RETURN a.x AS x, count(b) AS n ORDER BY x DESC LIMIT 3",
        "MATCH p = (a)-[:T*1..3]-(b) RETURN length(p), nodes(p)[0].x, [n IN nodes(p) | n.x][1..]",
        "UNWIND [1, 2.5, 'x', null, [1], {k: 1}] AS v RETURN v, toString(v), v IS NULL, coalesce(v, 0)",
        "MATCH (a) OPTIONAL MATCH (a)-[:U]->(c) WITH a, collect(c) AS cs RETURN a.x, size(cs)",
        "MATCH (a:A) WHERE EXISTS { (a)-->(b) WHERE b.x = a.x } RETURN COUNT { (a)--() } AS d, [(a)-->(m) | m.x] AS xs",
        "WITH 3 AS n RETURN reduce(s = 0, i IN range(1, n) | s + i) AS s, CASE n WHEN 3 THEN 'three' ELSE 'other' END AS w",
        "MATCH (a:A {x: 1}) MERGE (a)-[:T]->(b:B {y: 2}) ON CREATE SET b.z = 3 RETURN b",
        "MATCH (a) SET a.k = a.x * 2, a:L REMOVE a.x RETURN a",
        "MATCH (a:B) DETACH DELETE a",
        "MATCH (a), (b) WHERE id(a) < id(b) RETURN DISTINCT labels(a), type(head([(a)-[r]-(b) | r]))",
        "RETURN 1 + 2 * 3 ^ 2 % 4, -1, 'a' + 'b', [1, 2] + 3, {a: 1}.a, 1 < 2 <= 3, 'abc' STARTS WITH 'a', 'x' =~ 'x.*'",
        "MATCH (a) RETURN a{.x, y: 1, .*} AS m ORDER BY m.x SKIP 1",
        "CALL db.labels() YIELD label WHERE label <> 'B' RETURN label",
        "MATCH (a:A) RETURN a.x AS x UNION MATCH (b:B) RETURN b.y AS x",
        "MATCH shortestPath((a:A)-[*]-(b:B)) RETURN a, b",
        "RETURN substring('hello', 1, 2), split('a,b', ','), toInteger('12'), round(2.5), sqrt(-1), abs(-3)",
        "MATCH (n) WITH n ORDER BY n.x WITH collect(n.x) AS xs UNWIND xs AS x RETURN x, all(y IN xs WHERE y >= x)",
        "MATCH (a)-[:T]->(b)-[:T]->(c) RETURN count(DISTINCT c) AS n",
        "FOREACH (i IN range(1, 3) | CREATE (:F {i: i}))",
        "CALL { MATCH (a:A) RETURN a.x AS x } RETURN sum(x) AS s",
        "CREATE INDEX FOR (n:A) ON (n.x)",
    ]

    /// Tokens, keywords and extreme values mutations put in.
    static let tokens = [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "AS", "CREATE", "MERGE", "SET", "DELETE", "DETACH",
        "REMOVE", "CALL", "YIELD", "UNION", "ALL", "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT", "AND", "OR", "NOT", "XOR",
        "IN", "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "COUNT", "COLLECT", "FOREACH", "LOAD", "CSV",
        "(", ")", "[", "]", "{", "}", "-", "->", "<-", "--", "*", "..", ":", ",", ".", "|", "=", "<>", "<", ">", "+", "/",
        "%", "^", "=~", "$p", "$missing", "a", "b", "r", "p", "x", "A", "T", "`weird name`", "1", "2", "0", "-1", "2.5",
        "'s'", "null", "true", "count(*)", "size(", "range(", "collect(", "n.x", ";", "9223372036854775807",
        "-9223372036854775808", "1e308", "-0.0", "0x7FFFFFFFFFFFFFFF", "'\\u0000'", "'é'", "'🦆'", "''", "*..", "*0..",
        "range(0, 9223372036854775807)", "reduce(s = 'x', i IN range(1, 64) | s + s)", "[x IN range(1, 100000) | x]",
    ]

    /// The queries and setup statements of the `.feature` files under `directory` (the text between
    /// `"""` lines), for a corpus of real openCypher.
    public static func corpus(fromFeaturesIn directory: String) -> [String] {
        guard let files = FileManager.default.enumerator(atPath: directory) else { return [] }
        var statements: [String] = []
        for case let file as String in files where file.hasSuffix(".feature") {
            guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else { continue }
            var current: [String]?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.trimmingCharacters(in: .whitespaces) == "\"\"\"" {
                    if let body = current {
                        statements.append(body.joined(separator: "\n"))
                        current = nil
                    } else {
                        current = []
                    }
                } else if current != nil {
                    current?.append(line.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return statements.filter { !$0.isEmpty }
    }

    /// A new mutant of a statement of the corpus.
    public mutating func next() -> String {
        // Few mutations keep most statements valid, so they reach the planner and the operators.
        var text = random.pick(corpus)
        for _ in 0..<random.pick([0, 1, 1, 1, 2, 3]) { text = mutate(text) }
        return text
    }

    private mutating func mutate(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty else { return random.pick(Self.tokens) }
        let i = random.next(words.count)
        switch random.next(10) {
        case 0: words.remove(at: i)
        case 1: words.insert(words[i], at: i)
        case 2: words.swapAt(i, random.next(words.count))
        case 3: words[i] = random.pick(Self.tokens)
        case 4: words.insert(random.pick(Self.tokens), at: i)
        case 5:
            // Cut a word in two, which splits tokens in odd places.
            let w = words[i]
            let cut = random.next(w.count + 1)
            words[i] = String(w.prefix(cut)) + " " + String(w.dropFirst(cut))
        case 6:
            // Splice in the tail of another statement.
            let other = random.pick(corpus).split(separator: " ").map(String.init)
            if !other.isEmpty { words = Array(words[..<i]) + Array(other[random.next(other.count)...]) }
        case 7:
            // Repeat a span, which nests and lengthens.
            let end = min(words.count, i + 1 + random.next(4))
            let span = words[i..<end]
            for _ in 0..<(1 + random.next(8)) { words.insert(contentsOf: span, at: i) }
        case 8:
            // Replace a character with an odd one.
            var scalars = Array(words[i].unicodeScalars)
            let odd: [Unicode.Scalar] = ["\u{0}", "\u{301}", "\u{202E}", "\u{1F986}", "\\", "'", "\"", "`", "\n", "$", "\u{FEFF}"]
            if scalars.isEmpty { scalars = [random.pick(odd)] } else { scalars[random.next(scalars.count)] = random.pick(odd) }
            words[i] = String(String.UnicodeScalarView(scalars))
        default:
            // Replace a number with an extreme one.
            if Int(words[i]) != nil || Double(words[i]) != nil {
                words[i] = random.pick(["9223372036854775807", "-9223372036854775808", "0", "-1", "1e308", "4.9e-324", "NaN"])
            } else {
                words.append(random.pick(Self.tokens))
            }
        }
        return words.joined(separator: " ")
    }
}

/// Runs mutants against a small graph, under limits, counting how they end.
public final class FuzzRun {
    public static let graph = """
        CREATE (a:A {x: 1})-[:T]->(b:A {x: 2})-[:T]->(c:B {y: 3}), (a)-[:U]->(c), (c)-[:T]->(a), (b)-[:T]->(b)
        """
    /// Each statement's limits: short, so that nothing runs long.
    public var limits = ResourceLimits(timeout: .seconds(2), memoryBytes: min(ResourceLimits.defaultMemoryBytes, 1 << 30))
    public private(set) var succeeded = 0
    public private(set) var errors: [String: Int] = [:]
    private var database = GraphDatabase()
    private var sinceReset = 0

    public init() {}

    /// Runs one statement; a CypherError is counted by category (its report must render).
    public func run(_ statement: String) {
        if sinceReset == 0 || sinceReset >= 200 || database.graph.nodeCount > 10_000 { reset() }
        sinceReset += 1
        do {
            _ = try database.execute(statement, parameters: ["p": .int(1)])
            succeeded += 1
        } catch {
            _ = error.report
            errors[error.category.rawValue, default: 0] += 1
        }
    }

    private func reset() {
        database = GraphDatabase()
        database.limits = limits
        database.importDirectory = FileManager.default.temporaryDirectory.path
        _ = try? database.execute(Self.graph)
        sinceReset = 1
    }
}
