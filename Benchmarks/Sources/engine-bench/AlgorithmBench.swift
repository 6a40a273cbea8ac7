// engine-bench algorithms: the ClusterGraph side of Benchmarks/run-algorithm-bench.sh.
//
//   engine-bench algorithms --edges FILE [--runs N] [--threads T] [--only a,b,...] [--budget-s S] [--store]
//                           [--sample K]
//
// Reads an edge list ("u v" per line, node ids 0..<n) into the compact undirected view, then times exact
// betweenness, closeness, PageRank, connected components and Louvain (median of N runs, fewer when a run
// exceeds the budget), and prints one JSON object with the times, the work (arcs visited, iterations) and
// checks the peers' numbers can be compared with (sums, counts, modularity), plus the view's memory.
// With --store the edges are also loaded into a PropertyGraph and the selection of the view is timed.

import Foundation
import GraphAlgorithms
import GraphStore

struct AlgorithmBenchOptions {
    var edges = ""
    var runs = 3
    var threads = 2
    var only: Set<String>?
    var budget = 60.0
    var store = false
    /// Betweenness from this many sources only (to estimate large graphs); 0 for exact.
    var sample = 0
}

func parseAlgorithmOptions(_ arguments: ArraySlice<String>) -> AlgorithmBenchOptions {
    var o = AlgorithmBenchOptions()
    var args = arguments
    while let flag = args.popFirst() {
        if flag == "--store" {
            o.store = true
            continue
        }
        let value = args.popFirst() ?? ""
        switch flag {
        case "--edges": o.edges = value
        case "--runs": o.runs = Int(value) ?? 3
        case "--threads": o.threads = Int(value) ?? 2
        case "--only": o.only = Set(value.split(separator: ",").map(String.init))
        case "--budget-s": o.budget = Double(value) ?? 60
        case "--sample": o.sample = Int(value) ?? 0
        default:
            FileHandle.standardError.write("engine-bench algorithms: unknown option \(flag)\n".data(using: .utf8)!)
            exit(2)
        }
    }
    return o
}

/// The edge list as two arrays of node indexes, parsed from the raw bytes.
func readEdgeList(_ path: String) throws -> (sources: [Int32], targets: [Int32], nodeCount: Int) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var sources: [Int32] = []
    var targets: [Int32] = []
    sources.reserveCapacity(data.count / 10)
    targets.reserveCapacity(data.count / 10)
    var maxID: Int32 = -1
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        var value: Int32 = 0
        var inNumber = false
        var first = true
        for byte in raw {
            if byte >= 48 && byte <= 57 {
                value = value * 10 + Int32(byte - 48)
                inNumber = true
            } else if inNumber {
                if first { sources.append(value) } else { targets.append(value) }
                maxID = max(maxID, value)
                first.toggle()
                value = 0
                inNumber = false
            }
        }
        if inNumber {
            targets.append(value)
            maxID = max(maxID, value)
        }
    }
    return (sources, targets, Int(maxID) + 1)
}

func runAlgorithmBenchmark(_ arguments: ArraySlice<String>) {
    let options = parseAlgorithmOptions(arguments)
    let clock = ContinuousClock()
    func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }

    let loadStart = clock.now
    let edges: (sources: [Int32], targets: [Int32], nodeCount: Int)
    do {
        edges = try readEdgeList(options.edges)
    } catch {
        FileHandle.standardError.write("engine-bench algorithms: cannot read \(options.edges): \(error)\n".data(using: .utf8)!)
        exit(1)
    }
    let parsed = clock.now
    let graph = CompactGraph(
        nodeIDs: (0..<edges.nodeCount).map(NodeID.init), sources: edges.sources, targets: edges.targets, weights: nil, undirected: true)
    let loadMs = ms(clock.now - loadStart)
    let buildMs = ms(clock.now - parsed)

    var entries: [String] = []
    /// Times `body` (warm-up excluded when there is time for it) and records its JSON with `extra` fields.
    func measure(_ name: String, _ body: () throws -> String) {
        guard options.only?.contains(name) ?? true else { return }
        var times: [Double] = []
        var extra = ""
        do {
            let start = clock.now
            extra = try body()
            let first = ms(clock.now - start)
            times.append(first)
            let runs = first * Double(options.runs) > options.budget * 1000 ? 1 : options.runs
            if runs > 1 {
                times.removeAll()
                for _ in 0..<runs {
                    let s = clock.now
                    extra = try body()
                    times.append(ms(clock.now - s))
                }
            }
        } catch {
            entries.append("\"\(name)\": {\"error\": \"\(error)\"}")
            return
        }
        let sorted = times.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        entries.append("\"\(name)\": {\"median_ms\": \(median), \"min_ms\": \(sorted.first ?? 0), \"runs\": \(times.count)\(extra)}")
    }

    let threads = options.threads
    measure("betweenness") {
        let sample = options.sample > 0 ? options.sample : nil
        let r = try Centrality.betweenness(graph, BetweennessOptions(normalized: false, samplingSize: sample, seed: 1, concurrency: threads))
        return ", \"arcs_visited\": \(r.arcsVisited), \"sum\": \(r.scores.reduce(0, +)), \"max\": \(r.scores.max() ?? 0), "
            + "\"threads\": \(threads), \"sources\": \(r.sources.count)"
    }
    measure("closeness") {
        let r = try Centrality.closeness(graph, ClosenessOptions(wassermanFaust: false, concurrency: threads))
        return ", \"sum\": \(r.reduce(0, +)), \"max\": \(r.max() ?? 0), \"threads\": \(threads)"
    }
    measure("pagerank") {
        // A tight tolerance (NetworkX's rule would stop after a handful of iterations on these graphs).
        let r = try Centrality.pageRank(graph, PageRankOptions(tolerance: 1e-10, maxIterations: 1000))
        return ", \"iterations\": \(r.iterations), \"tolerance\": 1e-10, \"max\": \(r.scores.max() ?? 0), \"threads\": 1"
    }
    measure("components") {
        let r = Components.weak(graph)
        return ", \"count\": \(r.count), \"threads\": 1"
    }
    measure("louvain") {
        let r = try Communities.louvain(graph, LouvainOptions(seed: 42))
        return ", \"modularity\": \(r.modularity), \"communities\": \(r.count), \"levels\": \(r.iterations), \"threads\": 1"
    }

    var storeJSON = ""
    if options.store {
        let store = PropertyGraph()
        do {
            let label = store.internLabel("N")
            let type = store.internRelationshipType("E")
            var ids: [NodeID] = []
            ids.reserveCapacity(edges.nodeCount)
            for _ in 0..<edges.nodeCount { ids.append(try store.createNode(labels: [label])) }
            for (s, t) in zip(edges.sources, edges.targets) {
                try store.createRelationship(type: type, from: ids[Int(s)], to: ids[Int(t)])
            }
            _ = store.adjacencyIndex()
            let start = clock.now
            let view = try CompactGraph(selecting: GraphSelection(labels: ["N"], types: ["E"], direction: .both), from: store)
            storeJSON = ", \"select_from_store_ms\": \(ms(clock.now - start)), \"selected_arcs\": \(view.arcCount)"
        } catch {
            storeJSON = ", \"select_from_store_error\": \"\(error)\""
        }
    }

    // Memory of the view: offsets (4 bytes per node) and targets (4 bytes per arc), one CSR shared by both
    // directions of the undirected view; the node-id map is the "ids".
    let adjacencyBytes = 4 * (graph.outOffsets.count + graph.outTargets.count)
    let arcs = graph.arcCount
    print(
        "{\"engine\": \"clustergraph\", \"nodes\": \(graph.nodeCount), \"edges\": \(edges.sources.count), \"arcs\": \(arcs), "
            + "\"load_ms\": \(loadMs), \"build_ms\": \(buildMs), \"view_bytes\": \(graph.memoryFootprint), "
            + "\"adjacency_bytes\": \(adjacencyBytes), \"bytes_per_arc_direction\": \(Double(4 * arcs) / Double(max(arcs, 1))), "
            + "\"adjacency_bytes_per_arc\": \(Double(adjacencyBytes) / Double(max(arcs, 1)))\(storeJSON), "
            + "\"algorithms\": {\(entries.joined(separator: ", "))}}")
}
