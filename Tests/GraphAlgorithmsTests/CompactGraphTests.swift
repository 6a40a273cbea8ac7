// Unit tests of the compact graph's CSR construction: arc order, reverse adjacency, undirected doubling.

import GraphStore
import Testing

@testable import GraphAlgorithms

@Suite struct CompactGraphTests {
    @Test func buildsOutAndInAdjacency() {
        let ids = (0..<4).map(NodeID.init)
        let g = CompactGraph(nodeIDs: ids, arcs: [(0, 1, 1), (0, 2, 2), (2, 1, 3), (3, 0, 4)], weighted: true, undirected: false)
        #expect(g.arcCount == 4)
        #expect(g.outRange(0).map { g.outTargets[$0] } == [1, 2])
        #expect(g.outRange(0).map { g.outWeights?[$0] } == [1, 2])
        #expect(g.inRange(1).map { g.inSources[$0] }.sorted() == [0, 2])
        #expect(g.inRange(3).isEmpty)
    }

    @Test func undirectedStoresBothArcsButOneSelfLoop() {
        let ids = (0..<3).map(NodeID.init)
        let g = CompactGraph(nodeIDs: ids, arcs: [(0, 1, 1), (1, 1, 1)], weighted: false, undirected: true)
        #expect(g.arcCount == 3)
        #expect(g.outRange(1).map { g.outTargets[$0] }.sorted() == [0, 1])
        #expect(g.outWeights == nil)
        #expect(g.bytesPerArcDirection == 4)
    }
}
