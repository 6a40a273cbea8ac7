// Centralities against NetworkX on every fixture graph: degree, betweenness (exact, raw, sampled with the
// same sources, weighted), closeness (with and without Wasserman–Faust, weighted), harmonic, PageRank
// (plain, personalized, weighted) and eigenvector to their tolerance, Katz. Exact measures agree to 1e-9.

import GraphStore
import Testing

@testable import GraphAlgorithms

@Suite("Centrality against NetworkX")
struct NetworkXCentralityTests {
    @Test("degree", arguments: graphFixtures)
    func degree(_ name: String) throws {
        let f = try Fixture(name)
        expectClose(Centrality.degree(try f.view()), try f.vector("degree"), "\(name) degree")
        if f.directed { expectClose(Centrality.degree(try f.view(reversed: true)), try f.vector("inDegree"), "\(name) in-degree") }
        if f.weighted { expectClose(Centrality.degree(try f.view(weighted: true)), try f.vector("weightedDegree"), "\(name) weighted degree") }
    }

    @Test("betweenness", arguments: graphFixtures)
    func betweenness(_ name: String) throws {
        let f = try Fixture(name)
        let g = try f.view()
        expectClose(try Centrality.betweenness(g).scores, try f.vector("betweenness"), "\(name) betweenness")
        let raw = try Centrality.betweenness(g, BetweennessOptions(normalized: false, concurrency: 1)).scores
        expectClose(raw, try f.vector("betweennessRaw"), "\(name) raw betweenness")
        if f.weighted {
            expectClose(try Centrality.betweenness(try f.view(weighted: true)).scores, try f.vector("betweennessWeighted"), "\(name) weighted betweenness")
        }
    }

    @Test("betweenness from sampled sources", arguments: graphFixtures)
    func sampledBetweenness(_ name: String) throws {
        let f = try Fixture(name)
        let sampled = try f.map("betweennessSampled")
        let sources = try f.vector("sources", in: sampled).map { Int($0) }
        let g = try f.view()
        expectClose(try Centrality.betweenness(g, BetweennessOptions(sources: sources)).scores, try f.vector("normalized", in: sampled), "\(name) sampled")
        expectClose(
            try Centrality.betweenness(g, BetweennessOptions(normalized: false, sources: sources)).scores, try f.vector("raw", in: sampled),
            "\(name) sampled raw")
    }

    @Test("closeness and harmonic", arguments: graphFixtures)
    func closeness(_ name: String) throws {
        let f = try Fixture(name)
        let g = try f.view(reversed: true)
        expectClose(try Centrality.closeness(g), try f.vector("closeness"), "\(name) closeness")
        expectClose(try Centrality.closeness(g, ClosenessOptions(wassermanFaust: false)), try f.vector("closenessNoWF"), "\(name) closeness without WF")
        expectClose(try Centrality.harmonic(g), try f.vector("harmonic"), "\(name) harmonic")
        if f.weighted {
            let w = try f.view(weighted: true, reversed: true)
            expectClose(try Centrality.closeness(w), try f.vector("closenessWeighted"), "\(name) weighted closeness")
            expectClose(try Centrality.harmonic(w), try f.vector("harmonicWeighted"), "\(name) weighted harmonic")
        }
    }

    @Test("PageRank", arguments: graphFixtures)
    func pageRank(_ name: String) throws {
        let f = try Fixture(name)
        let g = try f.view()
        expectClose(try Centrality.pageRank(g).scores, try f.vector("pagerank"), tolerance: 1e-6, "\(name) pagerank")
        let personalized = try f.map("pagerankPersonalized")
        let options = PageRankOptions(
            damping: try #require(number(personalized["damping"])), personalization: try f.vector("personalization", in: personalized))
        expectClose(try Centrality.pageRank(g, options).scores, try f.vector("scores", in: personalized), tolerance: 1e-6, "\(name) personalized")
        if f.weighted {
            expectClose(try Centrality.pageRank(try f.view(weighted: true)).scores, try f.vector("pagerankWeighted"), tolerance: 1e-6, "\(name) weighted")
        }
    }

    @Test("eigenvector, or the same failure to converge", arguments: graphFixtures)
    func eigenvector(_ name: String) throws {
        let f = try Fixture(name)
        for (key, weighted) in [("eigenvector", false), ("eigenvectorWeighted", true)] where !weighted || f.weighted {
            let g = try f.view(weighted: weighted)
            if f.expected[key] is String {
                #expect(throws: AlgorithmError.self, "\(name) \(key) should not converge") { try Centrality.eigenvector(g) }
            } else {
                expectClose(try Centrality.eigenvector(g).scores, try f.vector(key), tolerance: 1e-6, "\(name) \(key)")
            }
        }
    }

    @Test("Katz", arguments: graphFixtures)
    func katz(_ name: String) throws {
        let f = try Fixture(name)
        let katz = try f.map("katz")
        let alpha = try #require(number(katz["alpha"]))
        expectClose(try Centrality.katz(try f.view(), alpha: alpha).scores, try f.vector("scores", in: katz), tolerance: 1e-6, "\(name) katz")
    }

    @Test("batched and one-search-per-source betweenness agree", arguments: graphFixtures)
    func batchedBetweenness(_ name: String) throws {
        let g = try Fixture(name).view()
        var single = BetweennessOptions(normalized: false)
        single.oneSearchPerSource = true
        let batched = try Centrality.betweenness(g, BetweennessOptions(normalized: false))
        let separate = try Centrality.betweenness(g, single)
        expectClose(batched.scores, separate.scores, tolerance: 1e-12, "\(name) batched vs separate")
        #expect(batched.arcsVisited == separate.arcsVisited)
    }

    @Test("batched betweenness on long paths and cycles, where the level entries must grow")
    func batchedBetweennessOnLongGraphs() throws {
        for (n, closed) in [(300, false), (257, true)] {
            let ids = (0..<n).map(NodeID.init)
            var arcs = (0..<(n - 1)).map { (Int32($0), Int32($0 + 1), 1.0) }
            if closed { arcs.append((Int32(n - 1), 0, 1)) }
            for undirected in [true, false] {
                let g = CompactGraph(nodeIDs: ids, arcs: arcs, weighted: false, undirected: undirected)
                var single = BetweennessOptions(normalized: false)
                single.oneSearchPerSource = true
                let batched = try Centrality.betweenness(g, BetweennessOptions(normalized: false)).scores
                expectClose(batched, try Centrality.betweenness(g, single).scores, tolerance: 1e-12, "n \(n) closed \(closed) undirected \(undirected)")
                if !closed && undirected {
                    // On a path, node i lies on i·(n−1−i) shortest paths, at total distance
                    // i(i+1)/2 + (n−1−i)(n−i)/2 from the others (closeness over five 64-source batches).
                    expectClose(batched, (0..<n).map { Double($0 * (n - 1 - $0)) }, "path formula")
                    var closeness: [Double] = []
                    var harmonic: [Double] = []
                    for i in 0..<n {
                        let left = i * (i + 1) / 2, right = (n - 1 - i) * (n - i) / 2
                        closeness.append(Double(n - 1) / Double(left + right))
                        var inverse = 0.0
                        for j in 0..<n where j != i { inverse += 1 / Double(abs(j - i)) }
                        harmonic.append(inverse)
                    }
                    expectClose(try Centrality.closeness(g), closeness, "path closeness")
                    expectClose(try Centrality.harmonic(g), harmonic, tolerance: 1e-12, "path harmonic")
                }
            }
        }
    }

    @Test("results do not depend on the thread count")
    func concurrencyInvariance() throws {
        let f = try Fixture("undirected-weighted")
        for weighted in [false, true] {
            let g = try f.view(weighted: weighted)
            let one = try Centrality.betweenness(g, BetweennessOptions(concurrency: 1)).scores
            let two = try Centrality.betweenness(g, BetweennessOptions(concurrency: 2)).scores
            let four = try Centrality.betweenness(g, BetweennessOptions(concurrency: 4)).scores
            #expect(one == two && two == four)
            #expect(try Centrality.closeness(g, ClosenessOptions(concurrency: 1)) == (try Centrality.closeness(g, ClosenessOptions(concurrency: 2))))
        }
    }

    @Test("sampling with a seed is deterministic and k = n is exact")
    func sampling() throws {
        let g = try Fixture("undirected").view()
        let a = try Centrality.betweenness(g, BetweennessOptions(samplingSize: 12, seed: 99))
        let b = try Centrality.betweenness(g, BetweennessOptions(samplingSize: 12, seed: 99))
        let c = try Centrality.betweenness(g, BetweennessOptions(samplingSize: 12, seed: 100))
        #expect(a.scores == b.scores && a.sources == b.sources && a.sources.count == 12)
        #expect(a.sources != c.sources)
        let exact = try Centrality.betweenness(g)
        #expect(try Centrality.betweenness(g, BetweennessOptions(samplingSize: g.nodeCount, seed: 5)).scores == exact.scores)
        #expect(throws: AlgorithmError.invalidParameter(name: "samplingSize", reason: "must be at least 2, got 1")) {
            try Centrality.betweenness(g, BetweennessOptions(samplingSize: 1))
        }
    }
}
