// The optimizer against the engine itself: random graphs and random queries, each query run with every
// rule on and with each rule off (and all off); the answers must agree. A disagreement is shrunk and
// printed as a reproducer. CI runs a fixed seed; longer runs: `swift run clustergraph-fuzz differential
// --seed N --count N`, or DIFFERENTIAL_SEED / DIFFERENTIAL_GRAPHS here.

import Foundation
import Testing

@testable import Cypher
@testable import CypherTesting

@Suite struct OptimizerDifferentialTests {
    @Test func everyRuleKeepsTheAnswer() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["DIFFERENTIAL_SEED"].flatMap(UInt64.init) ?? 20_261_203
        let graphs = environment["DIFFERENTIAL_GRAPHS"].flatMap(Int.init) ?? 60
        let check = DifferentialCheck()
        var queries = 0, compared = 0
        for g in 0..<graphs {
            var random = SeededGenerator(seed: seed &+ UInt64(g))
            let graph = RandomGraph(&random, maxNodes: 10)
            let database = try check.database(for: graph)
            var generator = QueryGenerator(seed: seed &* 31 &+ UInt64(g))
            for _ in 0..<10 {
                let query = generator.query()
                queries += 1
                if let disagreement = check.check(query, on: database, graph: graph) {
                    Issue.record("seed \(seed), graph \(g):\n\(check.shrink(disagreement))")
                    return
                }
                compared += DifferentialCheck.configurations.count
            }
        }
        print("Optimizer differential: \(queries) queries, \(compared) comparisons with a rule off, seed \(seed)")
    }
}
