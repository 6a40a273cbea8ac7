// Limits on one statement's time and memory. The engine's inner loops ask the statement's context now
// and then (every few thousand rows or elements): when the statement was interrupted from outside
// (Ctrl-C, SIGTERM), ran past its deadline, or the process holds more memory than allowed, it stops with
// an error — Terminated, or ResourceLimit — and, like any failed statement, changes nothing. Values that
// would be too large to build (a range() of 2^63 integers) are refused before they are built.

import CMemory

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How long a statement may run and how much memory the process may hold while it runs.
public struct ResourceLimits: Sendable, Equatable {
    /// The longest a statement may run; nil for no limit.
    public var timeout: Duration?
    /// The most memory (resident set) the process may hold while a statement runs, in bytes.
    public var memoryBytes: Int

    public init(timeout: Duration? = nil, memoryBytes: Int = ResourceLimits.defaultMemoryBytes) {
        self.timeout = timeout
        self.memoryBytes = memoryBytes
    }

    /// Three quarters of the memory the process can have: the machine's, or its container's when smaller.
    public static let defaultMemoryBytes: Int = {
        var available = ProcessMemory.physicalBytes() ?? (8 << 30)
        if let container = ProcessMemory.containerLimitBytes() { available = min(available, container) }
        return available / 4 * 3
    }()
}

/// Reading the process's memory.
public enum ProcessMemory {
    /// The resident set size of this process in bytes, or nil where it cannot be read.
    /// - Complexity: one read of /proc/self/statm (a few microseconds).
    public static func residentBytes() -> Int? {
        #if os(Linux)
            let fd = open("/proc/self/statm", O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 128)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
            guard count > 0 else { return nil }
            // "size resident shared …" in pages.
            let fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
            guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            return nil
        #endif
    }

    /// The resident set size when it is over `limit` even after the allocator gave back the memory it held
    /// free (glibc keeps freed memory for reuse, so a large statement that ended can leave the resident set
    /// high though little is in use); nil when the process is within the limit.
    public static func residentBytesInUse(over limit: Int) -> Int? {
        guard let resident = residentBytes(), resident > limit else { return nil }
        guard cg_return_free_memory() != 0, let trimmed = residentBytes() else { return resident }
        return trimmed > limit ? trimmed : nil
    }

    /// The machine's physical memory in bytes.
    public static func physicalBytes() -> Int? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, size > 0 else { return nil }
        return pages * size
    }

    /// The memory limit of the control group the process runs in (cgroup v2 `memory.max`), if any.
    static func containerLimitBytes() -> Int? {
        #if os(Linux)
            let fd = open("/sys/fs/cgroup/memory.max", O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 63) }
            guard count > 0 else { return nil }
            return Int(String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace)
        #else
            return nil
        #endif
    }
}

/// A byte count as people read it: `512 MB`, `1.5 GB`.
public func formatByteSize(_ bytes: Int) -> String {
    let units = ["bytes", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    return unit == 0 ? "\(bytes) bytes" : "\((value * 10).rounded() / 10) \(units[unit])"
}

extension ExecutionContext {
    /// Called by the operators' inner loops (scans, expansions, UNWIND, comprehensions, …): every 4,096
    /// calls it asks whether the statement was interrupted, is past its deadline, or the process holds
    /// more memory than allowed, and throws when the statement is to stop.
    @inline(__always)
    func checkInterruption() throws(CypherError) {
        rowsSinceInterruptionCheck &+= 1
        guard rowsSinceInterruptionCheck >= 4096 else { return }
        rowsSinceInterruptionCheck = 0
        try checkLimitsNow()
    }

    /// The checks of `checkInterruption`, made now.
    func checkLimitsNow() throws(CypherError) {
        if let interruption, interruption() { throw .runtime(.interrupted) }
        if let deadline, ContinuousClock.now > deadline, let timeout = limits.timeout {
            throw .runtime(.timeLimit("the statement ran longer than the time limit of \(timeout)"))
        }
        if let resident = ProcessMemory.residentBytesInUse(over: limits.memoryBytes) {
            throw .runtime(
                .memoryLimit("the statement needed more memory than the limit of \(formatByteSize(limits.memoryBytes)) (\(formatByteSize(resident)) in use)"))
        }
    }

    /// Refuses to build a value of `count` elements of `bytesEach` bytes when it could not fit in the
    /// memory limit (checked before allocating, so that `range(0, 9223372036854775807)` fails cleanly).
    func requireRoom(for count: Int, bytesEach: Int, building what: String, at range: SourceRange?) throws(CypherError) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: bytesEach)
        guard overflow || bytes > limits.memoryBytes else { return }
        throw .runtime(
            .memoryLimit("\(what) would take \(overflow ? "more than \(formatByteSize(Int.max))" : formatByteSize(bytes)), more than the memory limit of \(formatByteSize(limits.memoryBytes))"),
            at: range)
    }
}
