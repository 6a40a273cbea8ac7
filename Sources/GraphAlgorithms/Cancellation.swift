// Stopping a running algorithm: the caller (the `algo.*` procedures) binds a check for the duration of
// the run — true once the statement was interrupted (Ctrl-C) or ran past its time or memory limit — and
// the algorithms' outer loops (sources, iterations, levels) poll it and stop with `.cancelled`. Loops on
// worker threads, which see no task-local values, capture the check before they start.

/// Whether the running algorithm should stop.
public enum Cancellation {
    /// The check for the current run, if any.
    @TaskLocal public static var check: (@Sendable () -> Bool)?

    /// Throws ``AlgorithmError/cancelled`` when a stop was asked.
    static func throwIfRequested() throws(AlgorithmError) {
        if let check, check() { throw .cancelled }
    }

    /// Throws ``AlgorithmError/cancelled`` when `check` (captured for worker threads) asks to stop.
    static func throwIfRequested(_ check: (@Sendable () -> Bool)?) throws(AlgorithmError) {
        if let check, check() { throw .cancelled }
    }
}
