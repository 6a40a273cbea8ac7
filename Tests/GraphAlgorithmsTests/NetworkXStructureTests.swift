// Components, communities, local structure and paths against NetworkX on every fixture graph: weak and
// strong components as partitions, Louvain by modularity (within 1 % of NetworkX's, and our modularity of
// NetworkX's partition equal to its own to 1e-9), label propagation on the ring of cliques, triangles,
// clustering, core numbers, and shortest path lengths with the full set of shortest paths.

import Testing

@testable import GraphAlgorithms

@Suite("Structure against NetworkX")
struct NetworkXStructureTests {
    @Test("weak and strong components", arguments: graphFixtures)
    func components(_ name: String) throws {
        let f = try Fixture(name)
        let g = try f.view()
        let weak = Components.weak(g)
        #expect(groups(weak.representative) == (try f.partition("weak")), "\(name) weak")
        #expect(weak.count == (try f.partition("weak")).count)
        let strong = Components.strong(g)
        #expect(groups(strong.representative) == (try f.partition("strong")), "\(name) strong")
        // Components are named by their smallest node index.
        for (v, r) in weak.representative.enumerated() { #expect(Int(r) <= v) }
    }

    @Test("Louvain modularity within 1 % of NetworkX's", arguments: graphFixtures)
    func louvain(_ name: String) throws {
        let f = try Fixture(name)
        guard !f.directed else { return }
        for (key, weighted) in [("louvain", false), ("louvainWeighted", true)] where !weighted || f.weighted {
            let expected = try f.map(key)
            let nxModularity = try #require(number(expected["modularity"]))
            let g = try f.view(weighted: weighted)
            let result = try Communities.louvain(g, LouvainOptions(seed: 42))
            #expect(result.modularity >= nxModularity * 0.99, "\(name) \(key): \(result.modularity) vs NetworkX \(nxModularity)")
            // Our modularity of NetworkX's own partition is NetworkX's number.
            var labels = [Int32](repeating: -1, count: g.nodeCount)
            for (c, members) in (try f.partition("communities", in: expected)).enumerated() { for v in members { labels[v] = Int32(c) } }
            expectClose([Communities.modularity(g, labels)], [nxModularity], "\(name) \(key) modularity of NetworkX's partition")
            // And the reported modularity is that of the returned partition.
            expectClose([Communities.modularity(g, result.community)], [result.modularity], "\(name) \(key) reported modularity")
            #expect(try Communities.louvain(g, LouvainOptions(seed: 42)).community == result.community, "deterministic for a seed")
        }
    }

    @Test("label propagation finds the cliques")
    func labelPropagation() throws {
        let f = try Fixture("cliques")
        let result = try Communities.labelPropagation(try f.view(), seed: 1)
        #expect(groups(result.community) == (try f.partition("labelPropagation")))
        #expect(try Communities.labelPropagation(try f.view(), seed: 1).community == result.community)
    }

    @Test("label propagation ends where every node holds a most frequent neighbour label", arguments: graphFixtures)
    func labelPropagationIsStable(_ name: String) throws {
        let g = try Fixture(name).view().undirected()
        let result = try Communities.labelPropagation(g, maxIterations: 1000, seed: 3)
        #expect(result.iterations < 1000, "\(name) converged")
        for v in 0..<g.nodeCount {
            var weight: [Int32: Double] = [:]
            for a in g.outRange(v) where Int(g.outTargets[a]) != v { weight[result.community[Int(g.outTargets[a])], default: 0] += 1 }
            guard let best = weight.values.max() else { continue }
            #expect(weight[result.community[v]] == best, "\(name): node \(v) holds a label its neighbours do not favour")
        }
    }

    @Test("Louvain finds the cliques of the ring")
    func louvainCliques() throws {
        let f = try Fixture("cliques")
        let result = try Communities.louvain(try f.view(), LouvainOptions(seed: 7))
        #expect(groups(result.community) == (try f.partition("labelPropagation")))
    }

    @Test("triangles, clustering and core numbers", arguments: graphFixtures)
    func localStructure(_ name: String) throws {
        let f = try Fixture(name)
        let g = try f.view()
        let triangles = Structure.triangles(g)
        expectClose(triangles.triangles.map(Double.init), try f.vector("triangles"), "\(name) triangles")
        expectClose(triangles.coefficients, try f.vector("clustering"), "\(name) clustering")
        expectClose([triangles.averageCoefficient], [try #require(number(f.expected["averageClustering"]))], "\(name) average clustering")
        expectClose(Structure.coreNumbers(g).map(Double.init), try f.vector("coreNumber"), "\(name) core numbers")
    }

    @Test("shortest paths and all shortest paths", arguments: graphFixtures)
    func paths(_ name: String) throws {
        let f = try Fixture(name)
        let cases = try #require(f.expected["paths"] as? [[String: Any]])
        for c in cases {
            let s = Int(try #require(number(c["source"]))), t = Int(try #require(number(c["target"])))
            let weighted = c["weighted"] as? Bool ?? false
            let g = try f.view(weighted: weighted)
            let expectedPaths = try #require(integerLists(c["paths"]))
            let one = try ShortestPaths.shortestPath(g, from: s, to: t)
            let all = try ShortestPaths.allShortestPaths(g, from: s, to: t)
            if let length = number(c["length"]) {
                let path = try #require(one, "\(name): no path \(s) → \(t)")
                expectClose([path.totalCost], [length], "\(name) length \(s) → \(t)")
                #expect(expectedPaths.contains(path.nodes), "\(name): \(path.nodes) is not a shortest path")
                #expect(all.map(\.nodes).sorted { $0.lexicographicallyPrecedes($1) } == expectedPaths, "\(name) all paths \(s) → \(t)")
                let distances = try ShortestPaths.distances(g, from: s)
                expectClose([distances[t]], [length], "\(name) distance \(s) → \(t)")
            } else {
                #expect(one == nil && all.isEmpty, "\(name): \(s) → \(t) should be unreachable")
            }
        }
    }
}
