// Durable storage for `--db DIR`: a directory holding a binary snapshot of the graph and an append-only
// log of the changes committed since, as a database's write-ahead log and checkpoints work.
//
//   DIR/lock       held with flock(LOCK_EX) by the one process that may write; released when it exits
//   DIR/snapshot   the graph as of change `sequence` (PropertyGraph+Snapshot.swift), replaced atomically
//   DIR/log        records `[length: u32][crc32: u32][payload]`, each the state of what one commit
//                  touched (PropertyGraph+ChangeLog.swift), appended and fdatasync'ed before the commit
//                  is acknowledged
//
// Opening reads the snapshot and replays the log records after it, stopping cleanly at a torn or damaged
// tail (a process killed mid-append), which a writer then cuts off. A commit costs its own changes, not
// the graph. When the log outgrows the snapshot, a checkpoint writes a new snapshot and starts a new
// log (replaced by rename, so a reader that has the old one open still reads what it read). A reader
// (`readOnly`) takes no lock, removes nothing, and sees the last committed state.

import GraphStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a database directory could not be opened or written.
public struct DatabaseStoreError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// A database directory, open for reading or for writing.
public final class DatabaseStore {
    public let path: String
    public let readOnly: Bool
    private var lockDescriptor: Int32 = -1
    private var logDescriptor: Int32 = -1
    /// The sequence number of the last change the directory holds.
    public private(set) var sequence: UInt64 = 0
    /// Bytes in the log, and in the snapshot (the log is checkpointed when it outgrows the snapshot).
    private var logSize = 0
    private var snapshotSize = 0
    /// Set when a commit could not be logged: the next commit writes a whole snapshot instead.
    private var needsCheckpoint = false

    /// Log records above this many bytes in all, and larger than the snapshot, make a checkpoint.
    public static let checkpointThreshold = 32 << 20

    private init(path: String, readOnly: Bool) {
        self.path = path
        self.readOnly = readOnly
    }

    deinit { close() }

    /// True when `path` is a database directory (it has a snapshot).
    public static func exists(at path: String) -> Bool { access(path + "/snapshot", F_OK) == 0 }

    /// True when `path` is a regular file: an earlier version's database (an openCypher script), or not a
    /// database at all.
    public static func isPlainFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Opens the database in `path` and restores its graph; with `readOnly`, without taking the lock.
    /// - Throws: when another process has it open for writing, or it cannot be read.
    public static func open(_ path: String, readOnly: Bool = false) throws(DatabaseStoreError) -> (DatabaseStore, PropertyGraph) {
        let store = DatabaseStore(path: path, readOnly: readOnly)
        if !readOnly { try store.lock() }
        // The log is opened before the snapshot is read: a checkpoint in between replaces the log, and the
        // old one, still open here, holds the records the old snapshot needs.
        let logPath = path + "/log"
        let logForReading = Glibc.open(logPath, O_RDONLY | O_CLOEXEC)
        defer { if logForReading >= 0 { Glibc.close(logForReading) } }
        let snapshotBytes = try readAll(path + "/snapshot")
        let graph: PropertyGraph
        do {
            (graph, store.sequence) = try PropertyGraph.restoring(snapshot: snapshotBytes)
        } catch {
            throw DatabaseStoreError("the snapshot of '\(path)' is damaged: \(error)")
        }
        store.snapshotSize = snapshotBytes.count
        let logBytes = logForReading >= 0 ? try readAll(descriptor: logForReading, name: logPath) : []
        let goodEnd = try store.replay(logBytes, onto: graph)
        store.logSize = goodEnd
        if !readOnly {
            try store.openLog(truncatingTo: goodEnd)
            if store.logSize > checkpointThreshold && store.logSize > store.snapshotSize { try store.checkpoint(graph) }
        }
        _ = graph.takeChanges()  // from now on, commits are captured for the log
        // Only the writer removes what a killed checkpoint left: a reader could remove a snapshot being written.
        if !readOnly { AtomicFile.removeLeftovers(of: path + "/snapshot") }
        return (store, graph)
    }

    /// Creates a database in `path` (a new directory, or an empty one) holding `graph`.
    public static func create(_ path: String, with graph: PropertyGraph) throws(DatabaseStoreError) -> DatabaseStore {
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw DatabaseStoreError("cannot create the database directory '\(path)': \(String(cString: strerror(errno)))")
        }
        let store = DatabaseStore(path: path, readOnly: false)
        try store.lock()
        guard !exists(at: path) else { throw DatabaseStoreError("'\(path)' already holds a database") }
        try store.writeSnapshot(graph, sequence: 0)
        try store.replaceLog()
        _ = graph.takeChanges()
        return store
    }

    /// Logs what the graph's commits changed since the last call, synced to disk before it returns.
    /// - Complexity: O(the changes).
    public func commit(_ graph: PropertyGraph) throws(DatabaseStoreError) {
        guard !readOnly else { throw DatabaseStoreError("the database '\(path)' is open read-only") }
        guard logDescriptor >= 0 else { throw DatabaseStoreError("the database '\(path)' is closed") }
        let changes = graph.takeChanges()
        // A commit that rewrote a large part of the graph (a bulk load) is cheaper and as safe written as a
        // new snapshot, which names each element by id, than as a log record of them all.
        if needsCheckpoint || changes.size > (graph.nodeCount + graph.relationshipCount) / 2 + 1000 {
            try checkpoint(graph)
            return
        }
        guard !changes.isEmpty else { return }
        let payload = graph.encodedChanges(changes, sequence: sequence + 1)
        var record = ByteWriter(capacity: payload.count + 8)
        record.fixed32(UInt32(truncatingIfNeeded: payload.count))
        record.fixed32(CRC32.checksum(payload))
        record.raw(payload)
        do throws(DatabaseStoreError) {
            try writeAll(record.bytes, to: logDescriptor, name: path + "/log")
            guard fdatasync(logDescriptor) == 0 else { throw DatabaseStoreError("cannot sync the log of '\(path)': \(String(cString: strerror(errno)))") }
        } catch {
            // The log may now end in a partial record; the next commit writes a snapshot instead.
            needsCheckpoint = true
            throw error
        }
        sequence += 1
        logSize += record.bytes.count
        // The commit is durable now. A checkpoint that fails here is retried at the next commit.
        if logSize > Self.checkpointThreshold && logSize > snapshotSize { try? checkpoint(graph) }
    }

    /// Writes the whole graph as a new snapshot and starts an empty log. On failure the next commit tries
    /// again (with a snapshot instead of a log record), and the directory still holds the last state.
    public func checkpoint(_ graph: PropertyGraph) throws(DatabaseStoreError) {
        guard !readOnly else { return }
        _ = graph.takeChanges()
        do throws(DatabaseStoreError) {
            try writeSnapshot(graph, sequence: sequence + 1)
            sequence += 1
            try replaceLog()
            needsCheckpoint = false
        } catch {
            needsCheckpoint = true
            throw error
        }
    }

    /// Releases the lock and the log (also done when the store is freed).
    public func close() {
        if logDescriptor >= 0 { Glibc.close(logDescriptor) }
        if lockDescriptor >= 0 { Glibc.close(lockDescriptor) }  // closing releases the flock
        logDescriptor = -1
        lockDescriptor = -1
    }

    // MARK: - Files

    private func lock() throws(DatabaseStoreError) {
        let descriptor = Glibc.open(path + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DatabaseStoreError("cannot open the database '\(path)': \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(descriptor)
            throw DatabaseStoreError(
                "the database '\(path)' is open in another process, which may be writing it; close it there, or open it with --read-only")
        }
        lockDescriptor = descriptor
    }

    /// Replays the log records after the snapshot's sequence; returns where the good records end. A record
    /// that runs to the end of the log but is incomplete or fails its checksum is a torn tail (a process
    /// killed while appending it): replay stops before it. A bad record with others after it is damage,
    /// not a torn append: opening fails rather than cutting off committed changes.
    private func replay(_ bytes: [UInt8], onto graph: PropertyGraph) throws(DatabaseStoreError) -> Int {
        var position = 0
        var reader = ByteReader(bytes)
        while position + 8 <= bytes.count {
            reader = ByteReader(bytes, from: position)
            guard let length = try? reader.fixed32(), let checksum = try? reader.fixed32() else { break }
            let end = position + 8 + Int(length)
            guard end <= bytes.count else { break }  // a torn tail
            guard CRC32.checksum(bytes, (position + 8)..<end) == checksum else {
                if end == bytes.count { break }  // the last record, torn
                throw DatabaseStoreError(
                    "the log of '\(path)' is damaged at byte \(position) (a record fails its checksum, and \(bytes.count - end) bytes of records follow it); nothing was changed — restore the directory from a backup, or export what opens with --read-only after moving the log aside")
            }
            let payload = Array(bytes[(position + 8)..<end])
            var header = ByteReader(payload)
            guard let recordSequence = try? header.fixed64() else { break }
            if recordSequence > sequence {
                guard recordSequence == sequence + 1 else {
                    throw DatabaseStoreError("the log of '\(path)' skips from change \(sequence) to \(recordSequence)")
                }
                do {
                    _ = try graph.applyChanges(payload)
                } catch {
                    throw DatabaseStoreError("change \(recordSequence) in the log of '\(path)' does not apply: \(error)")
                }
                sequence = recordSequence
            }
            position = end
        }
        return position
    }

    private func openLog(truncatingTo size: Int) throws(DatabaseStoreError) {
        let logPath = path + "/log"
        let descriptor = Glibc.open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DatabaseStoreError("cannot open the log of '\(path)': \(String(cString: strerror(errno)))") }
        var status = stat()
        fstat(descriptor, &status)
        if Int(status.st_size) > size {
            // Cut off a torn record, so that new records follow the last good one.
            guard ftruncate(descriptor, off_t(size)) == 0, fsync(descriptor) == 0 else {
                Glibc.close(descriptor)
                throw DatabaseStoreError("cannot repair the log of '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        logDescriptor = descriptor
    }

    /// Starts a new, empty log (an empty file renamed over the old one).
    private func replaceLog() throws(DatabaseStoreError) {
        if logDescriptor >= 0 { Glibc.close(logDescriptor) }
        logDescriptor = -1
        if let failure = AtomicFile.write([], to: path + "/log") { throw DatabaseStoreError(failure) }
        logSize = 0
        try openLog(truncatingTo: 0)
    }

    private func writeSnapshot(_ graph: PropertyGraph, sequence: UInt64) throws(DatabaseStoreError) {
        let bytes = graph.encodedSnapshot(sequence: sequence)
        if let failure = AtomicFile.write(bytes, to: path + "/snapshot") { throw DatabaseStoreError(failure) }
        snapshotSize = bytes.count
    }

    private static func readAll(_ path: String) throws(DatabaseStoreError) -> [UInt8] {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw DatabaseStoreError("cannot read '\(path)': \(String(cString: strerror(errno)))") }
        defer { Glibc.close(descriptor) }
        return try readAll(descriptor: descriptor, name: path)
    }

    private static func readAll(descriptor: Int32, name: String) throws(DatabaseStoreError) -> [UInt8] {
        var status = stat()
        fstat(descriptor, &status)
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + offset, buffer.count - offset, off_t(offset))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                if n == 0 { break }
                throw DatabaseStoreError("cannot read '\(name)': \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        return Array(bytes.prefix(offset))
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(DatabaseStoreError) {
        guard writeFully(bytes, to: descriptor) else { throw DatabaseStoreError("cannot write '\(name)': \(String(cString: strerror(errno)))") }
    }
}
