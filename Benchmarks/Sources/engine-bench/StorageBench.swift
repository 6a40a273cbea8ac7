// engine-bench storage: the figures of durable storage (`--db`), on a generated graph.
//
//   engine-bench storage --dir DIR [--nodes N] [--relationships M] [--rows R] [--runs K]
//
// 1. builds a graph of N nodes (:N {i, name}, indexed on i) and M relationships (:R {w}) with the store's
//    API, and writes it as a database in DIR/db (the snapshot);
// 2. opens it in a fresh process (`engine-bench storage-open DIR/db`), K times: wall time from spawn to
//    exit, and the child's peak resident memory;
// 3. single-statement writes on the opened database, each acknowledged only after its log record is
//    synced: a SET by indexed key and a CREATE, K times each (medians; the first SET also fills the
//    index, which opening leaves unfilled, and is reported apart);
// 4. a bulk LOAD CSV of R rows into an in-memory database and into a new database, same statement,
//    max(K, 4) times each in alternating order (medians compared).
// Prints one JSON object and a summary; the targets are an open in at most 1 s, a write in at most 10 ms,
// and the bulk load into a database at most 1.2 times the in-memory one.

import Cypher
import Foundation
import GraphIO
import GraphStore

enum StorageBench {
    static func main(_ arguments: ArraySlice<String>) -> Int32 {
        var args = arguments
        var dir = "", nodes = 1_000_000, relationships = 1_000_000, rows = 1_000_000, runs = 5
        while let flag = args.popFirst() {
            let value = args.popFirst() ?? ""
            switch flag {
            case "--dir": dir = value
            case "--nodes": nodes = Int(value) ?? nodes
            case "--relationships": relationships = Int(value) ?? relationships
            case "--rows": rows = Int(value) ?? rows
            case "--runs": runs = Int(value) ?? runs
            default:
                FileHandle.standardError.write("engine-bench storage: unknown option \(flag)\n".data(using: .utf8)!)
                return 2
            }
        }
        guard !dir.isEmpty else {
            FileHandle.standardError.write("usage: engine-bench storage --dir DIR [--nodes N] [--relationships M] [--rows R] [--runs K]\n".data(using: .utf8)!)
            return 2
        }
        do {
            return try run(dir: dir, nodes: nodes, relationships: relationships, rows: rows, runs: runs)
        } catch {
            FileHandle.standardError.write("engine-bench storage: \(error)\n".data(using: .utf8)!)
            return 1
        }
    }

    static func run(dir: String, nodes: Int, relationships: Int, rows: Int, runs: Int) throws -> Int32 {
        let fm = FileManager.default
        try? fm.removeItem(atPath: dir)
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let clock = ContinuousClock()

        // 1. The graph and its database.
        var start = clock.now
        let graph = PropertyGraph()
        let label = graph.internLabel("N"), type = graph.internRelationshipType("R")
        let i = graph.internPropertyKey("i"), name = graph.internPropertyKey("name"), w = graph.internPropertyKey("w")
        graph.reserveCapacity(nodes: nodes, relationships: relationships)
        for k in 0..<nodes { try graph.createNode(labels: [label], properties: [(i, .int(Int64(k))), (name, .string("n\(k)"))]) }
        var state: UInt64 = 42
        for k in 0..<relationships {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = Int((state >> 33) % UInt64(nodes)), b = Int((state >> 13) % UInt64(nodes))
            try graph.createRelationship(type: type, from: NodeID(a), to: NodeID(b), properties: [(w, .int(Int64(k % 10)))])
        }
        try graph.createIndex(label: label, key: i, name: nil)
        let buildMs = milliseconds(clock.now - start)
        let db = dir + "/db"
        start = clock.now
        let created = try DatabaseStore.create(db, with: graph)
        let createMs = milliseconds(clock.now - start)
        created.close()
        let snapshotBytes = (try fm.attributesOfItem(atPath: db + "/snapshot")[.size] as? Int) ?? 0

        // 2. Opening, in a fresh process each time.
        var openTimes: [Double] = [], peakKB = 0
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["storage-open", db]
            process.standardOutput = FileHandle.nullDevice
            let t = clock.now
            try process.run()
            process.waitUntilExit()
            openTimes.append(milliseconds(clock.now - t))
            guard process.terminationStatus == 0 else { throw CorruptData("the open process failed") }
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            peakKB = max(peakKB, Int(usage.ru_maxrss))
        }

        // 3. Single-statement writes, each synced before it returns.
        let (store, opened) = try DatabaseStore.open(db)
        let database = GraphDatabase(graph: opened)
        database.afterCommit = { try store.commit(opened) }
        var setTimes: [Double] = [], createTimes: [Double] = []
        for k in 0..<max(runs, 20) {
            var t = clock.now
            _ = try database.execute("MATCH (n:N {i: $k}) SET n.touched = $k", parameters: ["k": .int(Int64(k * 7919 % nodes))])
            setTimes.append(milliseconds(clock.now - t))
            t = clock.now
            _ = try database.execute("CREATE (:N {i: $k, name: 'new'})", parameters: ["k": .int(Int64(nodes + k))])
            createTimes.append(milliseconds(clock.now - t))
        }
        store.close()

        // 4. Bulk LOAD CSV, in memory and into a new database.
        var csv = "k,name\n"
        csv.reserveCapacity(rows * 16)
        for k in 0..<rows { csv += "\(k),row\(k)\n" }
        try csv.write(toFile: dir + "/bulk.csv", atomically: true, encoding: .utf8)
        let load = "LOAD CSV WITH HEADERS FROM 'bulk.csv' AS r CREATE (:M {k: toInteger(r.k), name: r.name})"
        var memoryTimes: [Double] = [], databaseTimes: [Double] = []
        // Each load's graph is released before the next starts, and the order alternates, so that neither
        // side pays for the other's memory.
        func loadInMemory() throws {
            let memory = GraphDatabase()
            memory.importDirectory = dir
            let t = clock.now
            _ = try memory.execute(load)
            memoryTimes.append(milliseconds(clock.now - t))
        }
        func loadIntoDatabase(_ run: Int) throws {
            let empty = GraphDatabase()
            empty.importDirectory = dir
            let bulkStore = try DatabaseStore.create(dir + "/bulk\(run).cgdb", with: empty.graph)
            defer { bulkStore.close() }
            empty.afterCommit = { try bulkStore.commit(empty.graph) }
            let t = clock.now
            _ = try empty.execute(load)
            databaseTimes.append(milliseconds(clock.now - t))
        }
        for run in 0..<max(runs, 4) {
            if run % 2 == 0 {
                try loadInMemory()
                try loadIntoDatabase(run)
            } else {
                try loadIntoDatabase(run)
                try loadInMemory()
            }
        }

        let openMs = median(openTimes), setMs = median(setTimes), createWriteMs = median(createTimes)
        let ratio = median(databaseTimes) / median(memoryTimes)
        print(
            "{\"nodes\": \(nodes), \"relationships\": \(relationships), \"build_ms\": \(buildMs), \"create_ms\": \(createMs), "
                + "\"snapshot_bytes\": \(snapshotBytes), \"open_ms\": \(openMs), \"open_peak_rss_kb\": \(peakKB), "
                + "\"set_by_key_ms\": \(setMs), \"first_set_by_key_ms\": \(setTimes[0]), \"create_node_ms\": \(createWriteMs), \"bulk_rows\": \(rows), "
                + "\"bulk_memory_ms\": \(median(memoryTimes)), \"bulk_database_ms\": \(median(databaseTimes)), \"bulk_ratio\": \(ratio), "
                + "\"loadavg\": \(jsonString(WriteBench.loadAverage()))}")
        let met = openMs <= 1000 && setMs <= 10 && createWriteMs <= 10 && ratio <= 1.2
        FileHandle.standardError.write(
            ("storage: open \(Int(openMs)) ms (peak RSS \(peakKB / 1024) MB), write \(String(format: "%.2f", setMs)) / \(String(format: "%.2f", createWriteMs)) ms (the first, which fills the index, \(Int(setTimes[0])) ms), "
                + "bulk load ratio \(String(format: "%.2f", ratio)); target \(met ? "met" : "not met")\n").data(using: .utf8)!)
        return 0
    }

    /// `engine-bench storage-open DIR`: opens the database and counts its nodes (a fresh process's open).
    static func open(_ arguments: ArraySlice<String>) -> Int32 {
        guard let path = arguments.first else { return 2 }
        do {
            let (store, graph) = try DatabaseStore.open(path, readOnly: true)
            let count = try GraphDatabase(graph: graph).execute("MATCH (n:N) RETURN count(n) AS n").rows
            print(count)
            store.close()
            // As the command line does: the process ends without taking the graph apart.
            exit(0)
        } catch {
            FileHandle.standardError.write("storage-open: \(error)\n".data(using: .utf8)!)
            return 1
        }
    }
}
