// clustergraph-fuzz: long runs of the engine's randomized checks, beyond the fixed seeds the test suite
// runs. `differential` compares the answers of random queries on random graphs with each optimizer rule
// on and off, and prints every disagreement shrunk to a small reproducer.

import ArgumentParser
import Cypher
import CypherTesting
import Foundation

@main
struct ClusterGraphFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustergraph-fuzz",
        abstract: "Randomized checks of the ClusterGraph engine.",
        subcommands: [Differential.self])
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
