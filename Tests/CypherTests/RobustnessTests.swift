// Robustness: no input may crash the process. Mutants of real statements (CypherTesting's
// MutationFuzzer: tokens dropped, repeated, swapped, replaced, split, spliced, odd characters and extreme
// numbers) run against a small graph; each must either give a result or throw a CypherError — a trap
// (index out of range, overflow, a force unwrap) would kill the test process. Deep nesting, oversized
// values and runaway statements end with ResourceLimit errors.

import Foundation
import GraphStore
import Testing

@testable import Cypher
import CypherTesting

@Suite struct RobustnessTests {
    /// Mutants of real statements (the TCK's when TCK_DIR is set, else built-in ones) run against a small
    /// graph: every one gives a result or a CypherError. Longer runs: `clustergraph-fuzz mutate`.
    @Test(arguments: Array(UInt64(1)...UInt64(8)))
    func noStatementCrashes(seed: UInt64) throws {
        let tck = ProcessInfo.processInfo.environment["TCK_DIR"].map(MutationFuzzer.corpus(fromFeaturesIn:)) ?? []
        var fuzzer = MutationFuzzer(seed: seed, corpus: tck)
        let run = FuzzRun()
        for _ in 0..<1_500 { run.run(fuzzer.next()) }
        // Both kinds happen, so the mutants exercise the engine as well as the parser.
        let failed = run.errors.values.reduce(0, +)
        #expect(run.succeeded > 50 && failed > 50, "succeeded \(run.succeeded), failed \(failed)")
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

    /// Found by `clustergraph-fuzz mutate`: parentheses nested 24 deep that never close made the parser try
    /// both readings (a pattern, an expression) at every level — 2^24 attempts. Each is now tried once.
    @Test(arguments: [24, 60])
    func unclosedNestedPatternsFailFast(depth: Int) {
        let nest = String(repeating: "({name: 'a'})<--({name: ", count: depth) + "({name: 'b'})"
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try GraphDatabase().execute("MATCH p = \(nest)\nRETURN p")
            Issue.record("an unclosed pattern was accepted")
        } catch {
            // Unclosed; or, deeper than the parser goes, refused as too deep.
            #expect(error.category == .syntaxError || error.code == "ResourceLimit", "\(error)")
        }
        #expect(clock.now - start < .seconds(5))
    }

    @Test func longBooleanChainsAreBalancedAndRun() throws {
        let chain = (0..<5_000).map { "x = \($0)" }.joined(separator: " OR ")
        let rows = try GraphDatabase().execute("UNWIND [4999, 5000] AS x RETURN x, \(chain) AS hit").rows
        #expect(rows == [[.int(4999), .bool(true)], [.int(5000), .bool(false)]])
    }
}

/// Values too large to build and statements that run too long or take too much memory end with a
/// ResourceLimit error — never a trap, an abort or a wrong answer (issue 11's reproducers).
/// Serialized: a statement stopped for memory trims the allocator, which would disturb the resident-set
/// measurements of the test beside it.
@Suite(.serialized) struct ResourceLimitTests {
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

    /// Memory freed in small pieces stays in glibc's heap (and in the resident set) while a piece above
    /// it is in use; the memory limit asks for it back before it calls the process too big, so a
    /// statement after a large one that ended is not stopped for memory it does not use.
    ///
    /// The resident set is the whole process's, and other suites' tests run meanwhile: the figures are
    /// taken right around this test's own frees, against the resident set with the pieces in use.
    @Test func memoryFreedButKeptByTheAllocatorDoesNotCountAgainstTheLimit() throws {
        let pieces = (0..<(4 << 20)).map { _ -> UnsafeMutableRawPointer? in
            let piece = malloc(120)
            piece?.storeBytes(of: 1, as: UInt8.self)
            return piece
        }
        let pin = malloc(120)  // above the pieces: the heap cannot shrink from its top
        defer { free(pin) }
        let allocated = try #require(ProcessMemory.residentBytes())
        for piece in pieces { free(piece) }
        let kept = try #require(ProcessMemory.residentBytes())
        #expect(kept + (128 << 20) > allocated, "the allocator gave back \(formatByteSize(allocated - min(kept, allocated))) of the 512 MB freed")
        // Asked whether the process is over a limit 256 MB under that, it trims and finds it is not.
        #expect(ProcessMemory.residentBytesInUse(over: allocated - (256 << 20)) == nil)
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
