// Robustness: no input may crash the process. Thousands of statements made by mutating valid ones
// (dropping, repeating, swapping and replacing tokens) and by gluing random tokens together run against
// a small graph; each must either give a result or throw a CypherError — a trap (index out of range,
// overflow, a force unwrap) would kill the test process. Numbers stay small so no statement runs long.

import GraphStore
import Testing

@testable import Cypher
import CypherTesting

@Suite struct RobustnessTests {
    static let seeds = [
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
    ]

    static let tokens = [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "AS", "CREATE", "MERGE", "SET", "DELETE", "DETACH",
        "REMOVE", "CALL", "YIELD", "UNION", "ALL", "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT", "AND", "OR", "NOT", "XOR",
        "IN", "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "COUNT", "(", ")", "[", "]", "{", "}", "-", "->",
        "<-", "--", "*", "..", ":", ",", ".", "|", "=", "<>", "<", ">", "+", "/", "%", "^", "$p", "a", "b", "r", "p", "x",
        "A", "T", "1", "2", "0", "-1", "2.5", "'s'", "null", "true", "count(*)", "size(", "range(", "collect(", "n.x", ";",
    ]

    /// The statements of one round: mutations of the seeds and random token strings.
    static func statements(seed: UInt64, count: Int) -> [String] {
        var g = SeededGenerator(seed: seed)
        var result: [String] = []
        for _ in 0..<count {
            if g.next(4) == 0 {
                result.append((0..<(1 + g.next(12))).map { _ in g.pick(tokens) }.joined(separator: " "))
                continue
            }
            var words = g.pick(seeds).split(separator: " ").map(String.init)
            for _ in 0..<(1 + g.next(3)) {
                guard !words.isEmpty else { break }
                let i = g.next(words.count)
                switch g.next(5) {
                case 0: words.remove(at: i)
                case 1: words.insert(words[i], at: i)
                case 2: words.swapAt(i, g.next(words.count))
                case 3: words[i] = g.pick(tokens)
                default:
                    // Cut a word in two, which splits tokens in odd places.
                    let w = words[i]
                    let cut = g.next(w.count + 1)
                    words[i] = String(w.prefix(cut)) + " " + String(w.dropFirst(cut))
                }
            }
            result.append(words.joined(separator: " "))
        }
        return result
    }

    @Test(arguments: Array(UInt64(1)...UInt64(8)))
    func noStatementCrashes(seed: UInt64) throws {
        let database = GraphDatabase()
        try database.executeScript(
            "CREATE (a:A {x: 1})-[:T]->(b:A {x: 2})-[:T]->(c:B {y: 3}), (a)-[:U]->(c), (c)-[:T]->(a), (b)-[:T]->(b)")
        var succeeded = 0, failed = 0
        for statement in Self.statements(seed: seed, count: 1_500) {
            do {
                _ = try database.execute(statement, parameters: ["p": .int(1)])
                succeeded += 1
            } catch {
                // A clear error is a fine answer; its report must render (positions inside the text).
                #expect(!error.report.isEmpty)
                failed += 1
            }
        }
        // Both kinds happen, so the generator exercises the engine as well as the parser.
        #expect(succeeded > 50 && failed > 50, "succeeded \(succeeded), failed \(failed)")
    }

    /// Inputs nested far beyond any real query: each is refused with a ResourceLimit error pointing into
    /// it, instead of overflowing the stack in the parser, the binder or the evaluator.
    @Test(arguments: [
        String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000),
        "1" + String(repeating: " + 1", count: 100_000),
        String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        String(repeating: "NOT ", count: 100_000) + "true",
        String(repeating: "- ", count: 100_000) + "x",
        "{a: " + String(repeating: "{a: ", count: 100_000) + "1" + String(repeating: "}", count: 100_001),
        "x" + String(repeating: ".k", count: 100_000),
    ])
    func deeplyNestedExpressionsAreRefused(expression: String) {
        let database = GraphDatabase()
        do {
            _ = try database.execute("WITH 1 AS x RETURN \(expression) AS y")
            Issue.record("a \(expression.count)-character nest was accepted")
        } catch {
            #expect(error.code == "ResourceLimit")
            #expect(!error.report.isEmpty)
        }
    }

    @Test func longBooleanChainsAreBalancedAndRun() throws {
        let chain = (0..<5_000).map { "x = \($0)" }.joined(separator: " OR ")
        let rows = try GraphDatabase().execute("UNWIND [4999, 5000] AS x RETURN x, \(chain) AS hit").rows
        #expect(rows == [[.int(4999), .bool(true)], [.int(5000), .bool(false)]])
    }
}

/// Values too large to build and statements that run too long or take too much memory end with a
/// ResourceLimit error — never a trap, an abort or a wrong answer (issue 11's reproducers).
@Suite struct ResourceLimitTests {
    func error(_ query: String, limits: ResourceLimits = ResourceLimits(), setup: String? = nil) throws -> CypherError? {
        let database = GraphDatabase()
        database.limits = limits
        if let setup { try database.executeScript(setup) }
        do {
            _ = try database.execute(query)
            return nil
        } catch {
            return error
        }
    }

    @Test func rangesTooLargeToBuildAreRefusedBeforeTheyAreBuilt() throws {
        for query in ["RETURN range(0, 9223372036854775807)", "RETURN range(-9223372036854775808, 9223372036854775807)",
                      "RETURN range(9223372036854775807, -9223372036854775808, -1)"] {
            let e = try #require(try error(query), "\(query) gave no error")
            #expect(e.category == .resourceLimit && e.code == "MemoryLimit", "\(query): \(e)")
        }
    }

    @Test func rangesAtTheEdgesOfSixtyFourBits() throws {
        let database = GraphDatabase()
        let rows = try database.execute(
            "RETURN range(9223372036854775800, 9223372036854775807, 3) AS up, range(-9223372036854775808, -9223372036854775800, 4) AS low, range(5, 1, -2) AS down"
        ).rows
        #expect(rows == [[
            .list([.int(9_223_372_036_854_775_800), .int(9_223_372_036_854_775_803), .int(9_223_372_036_854_775_806)]),
            .list([.int(Int64.min), .int(Int64.min + 4), .int(Int64.min + 8)]), .list([.int(5), .int(3), .int(1)]),
        ]])
    }

    @Test func valuesThatWouldOutgrowTheMemoryLimitAreRefused() throws {
        let limits = ResourceLimits(memoryBytes: 256 << 20)
        for query in ["RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s))", "RETURN size([x IN range(1, 100000000) | [x, x]])",
                      "RETURN size(reduce(l = [1], i IN range(1, 40) | l + l))"] {
            let e = try #require(try error(query, limits: limits), "\(query) gave no error")
            #expect(e.code == "MemoryLimit", "\(query): \(e)")
        }
    }

    @Test func aRunawayPatternStopsAtTheTimeLimit() throws {
        let k12 = "UNWIND range(1, 12) AS i CREATE (:K {i: i}); MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)"
        let clock = ContinuousClock()
        let start = clock.now
        let e = try #require(
            try error("MATCH p = (a)-[*]->(b) CREATE (:Seen) RETURN count(p)", limits: ResourceLimits(timeout: .milliseconds(500)), setup: k12))
        #expect(e.code == "TimeLimit", "\(e)")
        #expect(clock.now - start < .seconds(5))
    }
}
