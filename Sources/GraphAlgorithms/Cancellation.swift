// Stopping a running algorithm: the caller (the `algo.*` procedures) binds a check for the duration of
// the run — true once the statement was interrupted (Ctrl-C) or ran past its time or memory limit — and
// the algorithms' outer loops (sources, iterations, levels) poll it and stop with `.cancelled`. The check
// is kept per thread (the thread that runs the statement); loops on worker threads capture it before
// they start. (A @TaskLocal did this until it crashed in release builds: swift_task_localValuePush on a
// thread that runs no task.)

import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the running algorithm should stop.
public enum Cancellation {
    private static let checks = Mutex<[UInt: @Sendable () -> Bool]>([:])

    /// This thread's identity.
    private static var thread: UInt {
        #if canImport(Glibc)
            return UInt(pthread_self())
        #else
            return UInt(bitPattern: pthread_self())
        #endif
    }

    /// The check of the run on this thread, if any.
    public static var check: (@Sendable () -> Bool)? { checks.withLock { $0[thread] } }

    /// Runs `body` with `check` as this thread's check, then restores the one before.
    public static func withCheck<T, E: Error>(_ check: (@Sendable () -> Bool)?, _ body: () throws(E) -> T) throws(E) -> T {
        let key = thread
        let previous = checks.withLock { table in
            let before = table[key]
            table[key] = check
            return before
        }
        defer { checks.withLock { $0[key] = previous } }
        return try body()
    }

    /// Throws ``AlgorithmError/cancelled`` when a stop was asked.
    static func throwIfRequested() throws(AlgorithmError) {
        if let check, check() { throw .cancelled }
    }

    /// Throws ``AlgorithmError/cancelled`` when `check` (captured for worker threads) asks to stop.
    static func throwIfRequested(_ check: (@Sendable () -> Bool)?) throws(AlgorithmError) {
        if let check, check() { throw .cancelled }
    }
}
