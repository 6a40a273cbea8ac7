// A real terminal for tests: the built `clustergraph` runs under `script` (util-linux, in every Debian),
// which gives it a pseudo-terminal as its controlling terminal — so typing Ctrl-C (byte 0x03) makes the
// terminal send SIGINT, exactly as a person's keyboard does, and libedit edits lines as it does for one.
// The test types bytes and waits for text to appear in what the terminal shows.

import Foundation
import Testing

/// The shell (or any command) running in a pseudo-terminal.
final class TerminalSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let outputPipe = Pipe()
    private let lock = NSLock()
    private var buffer = Data()

    /// Starts `executable` with `arguments` in a new pseudo-terminal.
    init(_ executable: URL, _ arguments: [String]) throws {
        let command = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // -q: no banner, -f: flush at once, -e: exit with the command's status; the typescript is thrown away.
        process.arguments = ["-qfec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "dumb"
        environment["HOME"] = FileManager.default.temporaryDirectory.path  // no history file of the user's
        process.environment = environment
        process.standardInput = input
        process.standardOutput = outputPipe
        process.standardError = outputPipe
        outputPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    /// What the terminal has shown so far.
    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Types `text` (use "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D, "\r" for Return).
    func type(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Waits until the terminal shows `text` after position `from` of the output (or `timeout` passes);
    /// returns the time it took, or nil when it did not appear.
    @discardableResult
    func waitFor(_ text: String, after from: Int = 0, timeout: Duration = .seconds(20)) -> Duration? {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < timeout {
            let shown = output
            if shown.count > from, shown.dropFirst(from).contains(text) { return clock.now - start }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// Waits for the command to end (closing its input first); its exit status.
    func finish(timeout: Duration = .seconds(20)) -> Int32? {
        try? input.fileHandleForWriting.close()
        let clock = ContinuousClock()
        let start = clock.now
        while process.isRunning && clock.now - start < timeout { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        outputPipe.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }
}
