// Durability through kill -9: a shell writes numbered nodes into a database, acknowledging each commit
// on its output, and is killed at a random moment. Reopened, the database must open (no corruption), hold
// every acknowledged number, and hold the numbers 1…m with no gap (commits are applied in order; the
// one being written when the process died may or may not be there). CI runs a few trials;
// DURABILITY_TRIALS=100 runs more (Benchmarks/run-storage-bench.sh does, and reports them).

import CypherTesting
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct DurabilityTests {
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) {
            lock.lock()
            text += String(decoding: data, as: UTF8.self)
            lock.unlock()
        }
        var acknowledged: Set<Int> {
            lock.lock()
            defer { lock.unlock() }
            return Set(text.split(separator: "\n").compactMap { Int($0) })
        }
    }

    @Test func killedWritersLoseNoAcknowledgedCommit() throws {
        let executable = try #require(CommandLineTests.executable)
        // Writing to a killed writer's input must fail with EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        let trials = ProcessInfo.processInfo.environment["DURABILITY_TRIALS"].flatMap(Int.init) ?? 8
        var random = SeededGenerator(seed: 7)
        var acknowledgedInAll = 0
        for trial in 0..<trials {
            let db = FileManager.default.temporaryDirectory.appendingPathComponent("cg-durable-\(UUID().uuidString).cgdb")
            defer { try? FileManager.default.removeItem(at: db) }
            let setup = Process()
            setup.executableURL = executable
            setup.arguments = ["query", "--empty", "--db", db.path, "-c", "CREATE INDEX FOR (n:N) ON (n.i)"]
            try setup.run()
            setup.waitUntilExit()
            try #require(setup.terminationStatus == 0)

            let writer = Process()
            writer.executableURL = executable
            writer.arguments = ["--db", db.path, "--format", "csv"]
            let input = Pipe(), output = Pipe()
            writer.standardInput = input
            writer.standardOutput = output
            writer.standardError = Pipe()
            let collected = Collected()
            output.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
            try writer.run()
            let feeder = Thread {
                for k in 1...20_000 {
                    // Every other commit also changes an earlier node, so records carry updates too.
                    let statement = k % 2 == 0
                        ? "MATCH (p:N {i: \(k - 1)}) SET p.seen = true CREATE (:N {i: \(k)}) RETURN \(k) AS ack;\n"
                        : "CREATE (:N {i: \(k)}) RETURN \(k) AS ack;\n"
                    guard (try? input.fileHandleForWriting.write(contentsOf: Data(statement.utf8))) != nil else { return }
                }
            }
            feeder.start()
            Thread.sleep(forTimeInterval: 0.2 + Double(random.next(600)) / 1000)
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            try? input.fileHandleForWriting.close()
            let acknowledged = collected.acknowledged

            let reader = Process()
            reader.executableURL = executable
            reader.arguments = ["query", "--db", db.path, "--format", "csv", "-c", "MATCH (n:N) RETURN n.i AS i ORDER BY i"]
            let read = Pipe(), errors = Pipe()
            reader.standardOutput = read
            reader.standardError = errors
            try reader.run()
            let rows = String(decoding: read.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            reader.waitUntilExit()
            let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(reader.terminationStatus == 0, "trial \(trial): the database did not open: \(problem)")
            let durable = rows.split(separator: "\n").dropFirst().compactMap { Int($0) }
            #expect(durable == Array(1..<(durable.count + 1)), "trial \(trial): the commits kept are not 1…m")
            #expect(acknowledged.isSubset(of: Set(durable)), "trial \(trial): acknowledged commits lost: \(acknowledged.subtracting(durable).sorted().prefix(5))")
            acknowledgedInAll += acknowledged.count
        }
        print("Durability: \(trials) kill -9 trials, \(acknowledgedInAll) acknowledged commits, none lost")
    }
}
