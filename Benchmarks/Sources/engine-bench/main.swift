// engine-bench: the ClusterGraph side of the cluster-graph benchmark (see Benchmarks/cluster-graph/README.md).
//
//   engine-bench cluster-graph --data DIR --queries FILE [--runs N] [--budget-s S] [--only NAME] [--plan]
//   engine-bench writes --data DIR --statements FILE [--runs N] [--budget-s S] [--only NAME]   (Writes.swift)
//   engine-bench algorithms --edges FILE …   (graph algorithms; see AlgorithmBench.swift)
//   engine-bench storage --dir DIR [--nodes N] …   (durable storage; see StorageBench.swift)
//
// Loads the generated CSV files into a PropertyGraph, creates the index the peers also get, runs each
// named query once to warm up and then N times, and prints one JSON object with the load time, each
// query's median, its row count and the checksum of its rows — the same contract peers.py follows.

import Cypher
import Foundation

struct Options {
    var data = ""
    var queries = ""
    var runs = 5
    var budget = 30.0
    var only: String?
    /// Print each query's PROFILE (rows and time per operator) to standard error after the runs.
    var plan = false
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    guard args.first == "cluster-graph" else {
        FileHandle.standardError.write(("usage: engine-bench cluster-graph --data DIR --queries FILE [--runs N] [--budget-s S]\n"
            + "       engine-bench writes --data DIR --statements FILE [--runs N] [--budget-s S]\n").data(using: .utf8)!)
        exit(2)
    }
    args = args.dropFirst()
    while let flag = args.popFirst() {
        if flag == "--plan" {
            o.plan = true
            continue
        }
        let value = args.popFirst() ?? ""
        switch flag {
        case "--data": o.data = value
        case "--queries": o.queries = value
        case "--runs": o.runs = Int(value) ?? 5
        case "--budget-s": o.budget = Double(value) ?? 30
        case "--only": o.only = value
        default:
            FileHandle.standardError.write("engine-bench: unknown option \(flag)\n".data(using: .utf8)!)
            exit(2)
        }
    }
    return o
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

if CommandLine.arguments.dropFirst().first == "writes" {
    exit(WriteBench.main(CommandLine.arguments.dropFirst(2)))
}
if CommandLine.arguments.dropFirst().first == "storage" {
    exit(StorageBench.main(CommandLine.arguments.dropFirst(2)))
}
if CommandLine.arguments.dropFirst().first == "storage-open" {
    exit(StorageBench.open(CommandLine.arguments.dropFirst(2)))
}
if CommandLine.arguments.dropFirst().first == "algorithms" {
    runAlgorithmBenchmark(CommandLine.arguments.dropFirst(2))
    exit(0)
}

let options = parseOptions()
let clock = ContinuousClock()
let loadAverageAtStart = WriteBench.loadAverage()

// Load.
let loadStart = clock.now
let database = GraphDatabase()
do {
    try CSVLoader.load(directory: options.data, into: database.graph)
    _ = try database.execute("CREATE INDEX FOR (o:Organization) ON (o.name)")
} catch {
    FileHandle.standardError.write("engine-bench: loading failed: \(error)\n".data(using: .utf8)!)
    exit(1)
}
let loadMs = milliseconds(clock.now - loadStart)

// Queries.
/// The JSON of one query's figures: warm-up, then `runs` runs (fewer when they would exceed the budget).
@MainActor func measure(_ text: String) -> String {
    do {
        let warmStart = clock.now
        var result = try database.execute(text)
        let warm = milliseconds(clock.now - warmStart)
        var runs = options.runs
        if warm * Double(runs) > options.budget * 1000 { runs = max(1, Int(options.budget * 1000 / max(warm, 0.001))) }
        var times: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            let rerun = try database.execute(text)
            times.append(milliseconds(clock.now - start))
            result = rerun  // the previous result is freed here, outside the timed span
        }
        if options.plan, let plan = try database.execute("PROFILE " + text).plan {
            FileHandle.standardError.write((plan + "\n").data(using: .utf8)!)
        }
        return "{\"median_ms\": \(median(times)), \"min_ms\": \(times.min() ?? 0), \"max_ms\": \(times.max() ?? 0), "
            + "\"runs\": \(runs), \"rows\": \(result.rows.count), \"checksum\": \"\(checksum(result.rows))\"}"
    } catch {
        return "{\"error\": \(jsonString(error.description))}"
    }
}

let results = readQueries(options.queries).filter { options.only == nil || $0.0 == options.only }.map { ($0.0, measure($0.1)) }

let queriesJSON = results.map { "\(jsonString($0.0)): \($0.1)" }.joined(separator: ", ")
print("{\"engine\": \"clustergraph\", \"version\": \"0.1.0\", \"threads\": \(database.threads), \"loadavg_start\": \(jsonString(loadAverageAtStart)), \"loadavg_end\": \(jsonString(WriteBench.loadAverage())), \"load_ms\": \(loadMs), \"queries\": {\(queriesJSON)}}")
