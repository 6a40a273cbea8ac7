// Ctrl-C and SIGTERM for the command line. Once caught (CSignals), a signal sets a flag instead of
// killing the process: the engine polls it and stops the running statement, which rolls back; the shell
// drops the line being typed; `query` exits with 128 + the signal number after reporting the statement
// it stopped, as a process killed by the signal would.

import CSignals
import Cypher

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signals that interrupt a statement.
enum Interruption {
    /// Catches `signals` from now on.
    static func catchSignals(_ signals: [Int32]) {
        for s in signals { _ = cg_catch_signal(s) }
    }

    /// The database's interruption: true once a caught signal arrived.
    static let requested: @Sendable () -> Bool = { cg_caught_signal() != 0 }

    /// The signal that arrived since the last `clear()`, or nil.
    static var caughtSignal: Int32? {
        let s = cg_caught_signal()
        return s == 0 ? nil : s
    }

    /// Forgets an earlier signal (before a statement runs, before a line is read).
    static func clear() { cg_clear_caught_signal() }

    /// The exit status of a command stopped by `signal`: 128 + its number (130 for SIGINT, 143 for SIGTERM).
    static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }
}
