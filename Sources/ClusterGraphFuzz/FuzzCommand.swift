// clustergraph-fuzz: long runs of the engine's randomized checks, beyond the fixed seeds the test suite
// runs. `differential` compares the answers of random queries on random graphs with each optimizer rule
// on and off, and prints every disagreement shrunk to a small reproducer; `mutate` runs mutants of real
// statements (the openCypher TCK's) looking for a crash or a hang.

import ArgumentParser
import Cypher
import CypherTesting
import Foundation

@main
struct ClusterGraphFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustergraph-fuzz",
        abstract: "Randomized checks of the ClusterGraph engine.",
        subcommands: [Differential.self, Mutate.self])
}

struct Differential: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Random queries on random graphs, each run with every optimizer rule on and with each off; the answers must agree.",
        discussion: "Exit status 1 when a disagreement was found (each is printed shrunk to a small reproducer).")

    @Option(help: "The seed of the first graph and its queries.") var seed: UInt64 = 1
    @Option(help: "How many queries to run.") var count = 1000
    @Option(help: "Queries per random graph.") var queriesPerGraph = 10
    @Option(help: "Largest number of nodes in a random graph.") var maxNodes = 10
    @Flag(help: "Print every query and what it gave.") var verbose = false

    func run() throws {
        let check = DifferentialCheck()
        var found = 0, queries = 0
        var outcomes: [String: Int] = [:]
        var graphIndex: UInt64 = 0
        while queries < count {
            var random = SeededGenerator(seed: seed &+ graphIndex)
            let graph = RandomGraph(&random, maxNodes: maxNodes)
            let database = try check.database(for: graph)
            var generator = QueryGenerator(seed: seed &* 31 &+ graphIndex)
            for _ in 0..<queriesPerGraph where queries < count {
                let query = generator.query()
                queries += 1
                let outcome = check.run(query.text, on: database, disabled: [])
                switch outcome {
                case .rows(_, let rows): outcomes[rows.isEmpty ? "no rows" : "rows", default: 0] += 1
                case .failed(let error): outcomes["error " + error, default: 0] += 1
                case .tooSlow: outcomes["too slow", default: 0] += 1
                }
                if verbose { print("-- \(query.text)\n   \(outcome)") }
                if let disagreement = check.check(query, on: database, graph: graph) {
                    found += 1
                    print("== disagreement \(found) (graph seed \(seed &+ graphIndex), query \(queries))\n\(check.shrink(disagreement))\n")
                }
            }
            graphIndex += 1
        }
        let summary = outcomes.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("differential: \(queries) queries on \(graphIndex) graphs, \(found) disagreements (\(summary))")
        if found > 0 { throw ExitCode(1) }
    }
}

struct Mutate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mutants of real statements run against a small graph: each must give a result or an error, never a crash or a hang.",
        discussion: """
            Before each statement runs it is written to the crash file, so a crash leaves it there; a statement \
            that runs past the watchdog's limit is printed and the run stops with status 2. Example:
              clustergraph-fuzz mutate --corpus ../shared/tck/features --count 1000000
            """)

    @Option(help: "The seed of the mutations.") var seed: UInt64 = 1
    @Option(help: "How many statements to run.") var count = 100_000
    @Option(help: "Stop after this many minutes, whatever the count.") var minutes: Double?
    @Option(help: "A folder of openCypher TCK .feature files whose queries are the corpus (else built-in statements).")
    var corpus: String?
    @Option(help: "Where the statement being run is written (left there by a crash).") var crashFile = "clustergraph-fuzz-crash.cypher"
    @Option(help: "Seconds a statement may run before the watchdog calls it a hang.") var hangSeconds = 30.0

    func run() throws {
        let statements = corpus.map(MutationFuzzer.corpus(fromFeaturesIn:)) ?? []
        if let corpus, statements.isEmpty { throw ValidationError("no .feature files with queries under '\(corpus)'") }
        var fuzzer = MutationFuzzer(seed: seed, corpus: statements)
        let run = FuzzRun()
        let watchdog = Watchdog(limit: hangSeconds, crashFile: crashFile)
        watchdog.start()
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = minutes.map { start + .milliseconds(Int64($0 * 60_000)) }
        var done = 0
        while done < count {
            if let deadline, clock.now > deadline { break }
            let statement = fuzzer.next()
            watchdog.begin(statement)
            run.run(statement)
            watchdog.end()
            done += 1
            if done % 100_000 == 0 {
                let resident = ProcessMemory.residentBytes().map { ", resident \(formatByteSize($0))" } ?? ""
                print("mutate: \(done) statements, \(clock.now - start)\(resident)")
            }
        }
        try? FileManager.default.removeItem(atPath: crashFile)
        let errors = run.errors.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print(
            "mutate: \(done) statements from a corpus of \(fuzzer.corpus.count) in \(clock.now - start), no crash, no hang (\(run.succeeded) ran, errors: \(errors))"
        )
    }
}

/// Writes the statement about to run to the crash file, and stops the process when one runs too long.
final class Watchdog: @unchecked Sendable {
    private let limit: Double
    private let crashFile: String
    private let lock = NSLock()
    private var started: Date?
    private var statement = ""

    init(limit: Double, crashFile: String) {
        self.limit = limit
        self.crashFile = crashFile
    }

    func start() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                lock.lock()
                let running = started.map { Date().timeIntervalSince($0) } ?? 0
                let text = statement
                lock.unlock()
                if running > limit {
                    FileHandle.standardError.write(Data("mutate: a statement ran \(Int(running)) s (a hang); it is in \(crashFile):\n\(text)\n".utf8))
                    exit(2)
                }
            }
        }
        thread.start()
    }

    func begin(_ text: String) {
        try? text.write(toFile: crashFile, atomically: false, encoding: .utf8)
        lock.lock()
        started = Date()
        statement = text
        lock.unlock()
    }

    func end() {
        lock.lock()
        started = nil
        lock.unlock()
    }
}
