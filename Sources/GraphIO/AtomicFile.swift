// Replacing a file all at once or not at all: exports, pictures and database snapshots are written to a
// new temporary file beside the target and renamed over it only once they are on disk.

import GraphStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a file all at once or not at all, safely beside other users' files.
public enum AtomicFile {
    /// Writes `bytes` to the file at `path`, replacing it only once they are all on disk, so a failure
    /// or a kill leaves the old file whole; returns what went wrong, or nil.
    ///
    /// The bytes go to a new temporary file in the target's directory, created with `mkstemp` (O_EXCL: a
    /// file or symbolic link planted at its name can never be written through), given the mode the
    /// target had (or 0644 less the umask for a new file), synced, renamed over the target, and the
    /// directory is synced so the rename itself survives a crash. Temporary files left by a killed
    /// process are named `.NAME.partial-XXXXXX` and removed by `removeLeftovers(of:)`.
    public static func write(_ bytes: [UInt8], to path: String) -> String? {
        let (directory, name) = split(path)
        var template = Array((directory + "/." + name + ".partial-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var status = stat()
        let mode: mode_t
        if stat(path, &status) == 0 {
            mode = status.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o644 & ~mask
        }
        var written = fchmod(descriptor, mode) == 0 && writeFully(bytes, to: descriptor)
        written = written && fsync(descriptor) == 0
        let failure = String(cString: strerror(errno))
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let reason = written ? String(cString: strerror(errno)) : failure
            unlink(temporary)
            return "writing '\(path)' failed: \(reason)"
        }
        syncDirectory(directory)
        return nil
    }

    /// Removes the temporary files a killed `write(_:to:)` of `path` left behind (`.NAME.partial-*`).
    public static func removeLeftovers(of path: String) {
        let (directory, name) = split(path)
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = "." + name + ".partial-"
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), entryName.count == prefix.count + 6 else { continue }
            unlink(directory + "/" + entryName)
        }
    }

    /// The directory (`.` for a bare name) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Syncs a directory, so that a rename in it is on disk.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Writes every byte to a file descriptor, retrying short and interrupted writes; false (errno set)
/// when the descriptor refuses.
public func writeFully(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while let base = buffer.baseAddress, offset < buffer.count {
            let n = systemWrite(descriptor, base + offset, buffer.count - offset)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
}

/// The system's write(2), which AtomicFile's own `write` hides by name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
