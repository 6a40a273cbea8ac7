// A database kept in one file: the openCypher script of the graph (GraphExport.swift), read when the
// database opens and written again after every statement that changes the graph. Each write goes to a
// temporary file beside it, is synced to disk, and is renamed over the old file, so the file always
// holds the graph after some committed statement — never half of one, even if the process dies.

import GraphStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a database file could not be written.
public struct DatabaseFileError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// A graph stored as an openCypher script in one file.
public struct DatabaseFile: Sendable {
    /// The file's path.
    public let path: String

    public init(path: String) { self.path = path }

    /// True when the file exists (a database to open, not one to create).
    public var exists: Bool { access(path, F_OK) == 0 }

    /// Writes `graph` to the file, replacing it only once the new content is on disk.
    /// - Complexity: O(nodes + relationships + properties).
    public func save(_ graph: PropertyGraph) throws(DatabaseFileError) {
        if let failure = AtomicFile.write(Array(graph.exported(as: .cypher).utf8), to: path) {
            throw DatabaseFileError(description: failure)
        }
    }
}

/// Writing a file all at once or not at all.
public enum AtomicFile {
    /// Writes `bytes` to the file at `path`, replacing it only once they are all on disk (written to a
    /// temporary file beside it, synced, then renamed over it), so a failure leaves the old file whole;
    /// returns what went wrong, or nil.
    public static func write(_ bytes: [UInt8], to path: String) -> String? {
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        var written = true
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while written, let base = buffer.baseAddress, offset < buffer.count {
                let n = systemWrite(descriptor, base + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { written = false } else { offset += n }
            }
        }
        written = written && fsync(descriptor) == 0
        let failure = String(cString: strerror(errno))
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let reason = written ? String(cString: strerror(errno)) : failure
            unlink(temporary)
            return "writing '\(path)' failed: \(reason)"
        }
        return nil
    }
}

/// The system's write(2), which AtomicFile's own `write` hides by name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
