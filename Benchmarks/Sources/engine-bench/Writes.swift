// `engine-bench writes`: the ClusterGraph side of the write benchmark (see Benchmarks/writes/README.md).
//
//   engine-bench writes --data DIR --statements FILE [--runs N] [--budget-s S] [--only NAME]
//
// Reads rows.csv, pairs.csv and manifest.json written by Benchmarks/writes/generate.py (the one source of
// the data), and runs each workload once to warm up and then N times (a warm-up longer than the budget is
// the only run), every run on a fresh GraphDatabase
// with `CREATE INDEX FOR (n:Org) ON (n.key)`. The statements come from the statements file and get their
// list as a parameter (`Value.list` of `Value.map`), built before the clock starts, as Kuzu's figure also
// excludes its Python binding's conversion. After every run the graph is checked with the file's check
// statements; one JSON object on one line of stdout, the same contract as kuzu_writes.py.

import Cypher
import Foundation

enum WriteBench {
    /// A workload: untimed set-up statements, the timed statement and its batch size (nil: one statement
    /// with every item), and which sample the check covers. Kept in step with WORKLOADS in kuzu_writes.py.
    struct Workload {
        let name: String
        let setup: [String]
        let timed: String
        let batch: Int?
        let coversNodes: Bool
    }

    static let workloads = [
        Workload(name: "merge_one_statement", setup: [], timed: "merge", batch: nil, coversNodes: true),
        Workload(name: "merge_10k_batches", setup: [], timed: "merge", batch: 10_000, coversNodes: true),
        Workload(name: "remerge_one_statement", setup: ["merge"], timed: "merge", batch: nil, coversNodes: true),
        Workload(name: "link_one_statement", setup: ["merge"], timed: "link", batch: nil, coversNodes: false),
        Workload(name: "link_10k_batches", setup: ["merge"], timed: "link", batch: 10_000, coversNodes: false),
    ]

    struct Failure: Error, CustomStringConvertible { let description: String }

    struct Options {
        var data = ""
        var statements = ""
        var runs = 3
        var budget = 60.0
        var only: String?
    }

    /// The parameter name of each timed statement and the list it gets.
    static let parameterName = ["merge": "rows", "link": "pairs"]

    static func main(_ arguments: ArraySlice<String>) -> Int32 {
        var o = Options()
        var args = arguments
        while let flag = args.popFirst() {
            let value = args.popFirst() ?? ""
            switch flag {
            case "--data": o.data = value
            case "--statements": o.statements = value
            case "--runs": o.runs = Int(value) ?? 3
            case "--budget-s": o.budget = Double(value) ?? 60
            case "--only": o.only = value
            default:
                FileHandle.standardError.write("engine-bench writes: unknown option \(flag)\n".data(using: .utf8)!)
                return 2
            }
        }
        let start = loadAverage()
        let statements = Dictionary(readQueries(o.statements), uniquingKeysWith: { a, _ in a })
        let lists: [String: [Value]]
        let sample: Value
        do {
            (lists, sample) = try readData(o.data)
            for name in ["merge", "link", "count_nodes", "count_links", "sample_nodes", "sample_links"]
            where statements[name] == nil {
                throw Failure(description: "\(o.statements) has no statement named \(name)")
            }
        } catch {
            print("{\"engine\": \"clustergraph\", \"error\": \(jsonString("\(error)"))}")
            return 1
        }
        var results: [String] = []
        for w in workloads where o.only == nil || o.only == w.name {
            log("[clustergraph] \(w.name) ...")
            results.append("\(jsonString(w.name)): \(measure(w, statements, lists, sample, o))")
        }
        print("{\"engine\": \"clustergraph\", \"version\": \"0.1.0\", \"threads\": 1, "
            + "\"loadavg_start\": \(jsonString(start)), \"loadavg_end\": \(jsonString(loadAverage())), "
            + "\"workloads\": {\(results.joined(separator: ", "))}}")
        return 0
    }

    /// `{"rows": [{key, name}...], "pairs": [{src, dst, w}...]}` and the sample keys, from the generated files.
    static func readData(_ dir: String) throws -> ([String: [Value]], Value) {
        func records(_ file: String, _ header: [String]) throws -> [[String]] {
            let all = try CSVLoader.readCSV(dir + "/" + file)
            guard all.first == header else { throw Failure(description: "\(file): header is not \(header)") }
            return Array(all.dropFirst())
        }
        let rows = try records("rows.csv", ["key", "name"]).map { r in
            Value.map(ValueMap([("key", .string(r[0])), ("name", .string(r[1]))]))
        }
        let pairs = try records("pairs.csv", ["src", "dst", "w"]).map { r throws(Failure) -> Value in
            guard let w = Int64(r[2]) else { throw Failure(description: "pairs.csv: bad w \(r[2])") }
            return .map(ValueMap([("src", .string(r[0])), ("dst", .string(r[1])), ("w", .int(w))]))
        }
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/manifest.json")))
        guard let keys = (manifest as? [String: Any])?["sample_keys"] as? [String] else {
            throw Failure(description: "manifest.json lacks sample_keys")
        }
        return (["rows": rows, "pairs": pairs], .list(keys.map { .string($0) }))
    }

    /// One run on a fresh database: the timed milliseconds and the checks as JSON members.
    static func run(_ w: Workload, _ statements: [String: String], _ lists: [String: [Value]], _ sample: Value) throws
        -> (Double, String)
    {
        let db = GraphDatabase()
        _ = try db.execute("CREATE INDEX FOR (n:Org) ON (n.key)")
        for name in w.setup {
            let p = parameterName[name]!
            _ = try db.execute(statements[name]!, parameters: [p: .list(lists[p]!)])
        }
        let p = parameterName[w.timed]!
        let items = lists[p]!
        let size = w.batch ?? items.count
        let batches = stride(from: 0, to: items.count, by: size).map { Value.list(Array(items[$0..<min($0 + size, items.count)])) }
        let text = statements[w.timed]!
        let clock = ContinuousClock()
        perfControl?.write("enable\n".data(using: .utf8)!)
        let start = clock.now
        for batch in batches {
            _ = try db.execute(text, parameters: [p: batch])
        }
        let elapsed = clock.now - start
        perfControl?.write("disable\n".data(using: .utf8)!)
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15

        let nodes = try db.execute(statements["count_nodes"]!).rows[0][0]
        let links = try db.execute(statements["count_links"]!).rows[0]
        let relationships = links[0]
        let sumW = relationships == .int(0) ? Value.null : links[1]
        let check = try db.execute(statements[w.coversNodes ? "sample_nodes" : "sample_links"]!, parameters: ["sample": sample])
        let checks = "\"statements\": \(batches.count), \"nodes\": \(json(nodes)), \"relationships\": \(json(relationships)), "
            + "\"sum_w\": \(json(sumW)), \"checksum\": \"\(checksum(check.rows))\""
        return (ms, checks)
    }

    /// The JSON of one workload's figures: a warm-up run, then `runs` runs (fewer when over the budget).
    static func measure(_ w: Workload, _ statements: [String: String], _ lists: [String: [Value]], _ sample: Value,
                        _ o: Options) -> String
    {
        do {
            let (warm, first) = try run(w, statements, lists, sample)
            var runs = o.runs
            if warm * Double(runs) > o.budget * 1000 { runs = max(1, Int(o.budget * 1000 / max(warm, 0.001))) }
            // A warm-up longer than the whole budget is the only run (every run starts from a fresh graph).
            var times: [Double] = warm > o.budget * 1000 ? [warm] : []
            for _ in 0..<(times.isEmpty ? runs : 0) {
                let (ms, checks) = try run(w, statements, lists, sample)
                guard checks == first else {
                    throw Failure(description: "a run's graph differs from the warm-up's: \(checks) vs \(first)")
                }
                times.append(ms)
            }
            let m = median(times)
            log("[clustergraph] \(w.name): \(String(format: "%.1f", m)) ms (median of \(times.count)), \(first)")
            return "{\"median_ms\": \(m), \"min_ms\": \(times.min()!), \"max_ms\": \(times.max()!), \"runs\": \(times.count), \(first)}"
        } catch {
            log("[clustergraph] \(w.name): \(error)")
            return "{\"error\": \(jsonString("\(error)"))}"
        }
    }

    /// With ENGINE_BENCH_PERF_CTL=FIFO, the control FIFO of `perf record -D -1 --control fifo:FIFO`: perf then
    /// samples the timed statements only, not the set-up and the checks.
    static let perfControl: FileHandle? = ProcessInfo.processInfo.environment["ENGINE_BENCH_PERF_CTL"]
        .flatMap { FileHandle(forWritingAtPath: $0) }

    static func json(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .int(let i): return String(i)
        case .float(let f): return String(f)
        default: return jsonString("\(v)")
        }
    }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func log(_ s: String) {
        FileHandle.standardError.write((s + "\n").data(using: .utf8)!)
    }
}
