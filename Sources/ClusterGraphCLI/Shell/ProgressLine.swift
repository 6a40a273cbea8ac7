// The shell's sign of life for long work: a statement (or an algorithm it calls) that runs for more than a
// second gets one line on standard error — how long it has been running, and that Ctrl-C stops it —
// rewritten every second by a thread of its own and erased before anything else is printed. Only at a
// terminal: a piped run's standard error stays free of it.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The progress line of one running statement; `stop()` it before printing the statement's outcome.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    /// The characters of the line now on the terminal (0: none), to blank them out.
    private var shownWidth = 0
    private let finished = DispatchSemaphore(value: 0)
    /// Signalled by `stop()`: the thread does not sleep out its tick.
    private let wake = DispatchSemaphore(value: 0)

    /// Starts the clock: the line appears after `delay` unless `stop()` comes first.
    init(after delay: Duration = .seconds(1)) {
        let clock = ContinuousClock()
        let start = clock.now
        let thread = Thread { [self] in
            var nextShown = start + delay
            while true {
                _ = wake.wait(timeout: .now() + .milliseconds(100))
                lock.lock()
                defer { lock.unlock() }
                guard running else { break }
                let now = clock.now
                guard now >= nextShown else { continue }
                let seconds = Int((now - start).components.seconds)
                let text = "running for \(seconds) s (Ctrl-C stops it)"
                Self.write("\r" + text + String(repeating: " ", count: max(0, shownWidth - text.count)))
                shownWidth = max(shownWidth, text.count)
                nextShown = nextShown + .seconds(1)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Ends the line: after this returns, the line is erased and nothing more is written. Calling it again
    /// does nothing.
    func stop() {
        lock.lock()
        let wasRunning = running
        running = false
        lock.unlock()
        guard wasRunning else { return }
        wake.signal()
        finished.wait()
        // Two more blanks: a Ctrl-C typed meanwhile was echoed as ^C after the text.
        if shownWidth > 0 { Self.write("\r" + String(repeating: " ", count: shownWidth + 2) + "\r") }
    }

    private static func write(_ text: String) { _ = writeAll(Array(text.utf8), to: STDERR_FILENO) }
}
