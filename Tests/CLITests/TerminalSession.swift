// A real terminal for tests: the built `clustergraph` runs under `script` (util-linux, in every Debian),
// which gives it a pseudo-terminal as its controlling terminal — so typing Ctrl-C (byte 0x03) makes the
// terminal send SIGINT, exactly as a person's keyboard does, and libedit edits lines as it does for one.
// The test types bytes and waits for text to appear in what the terminal shows.

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The shell (or any command) running in a pseudo-terminal.
final class TerminalSession: @unchecked Sendable {
    private let pid: pid_t
    private let input: FileHandle
    private let outputPipe = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    private var status: Int32?

    /// Starts `executable` with `arguments` in a new pseudo-terminal.
    ///
    /// It is spawned as a login shell would start it — no signal blocked, every signal's action the
    /// default — not with the mask of the test runner's thread: a Ctrl-C must then be handled by whichever
    /// thread the kernel picks, as on a user's machine (where the shell once missed it).
    init(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        // `script` runs the command through `$SHELL -c`; `exec` makes the command the terminal's process
        // itself. Without it, a shell that waits instead of exec-ing (dash, /bin/sh when SHELL is unset, as
        // for root in CI) stays in the terminal's process group and dies of the Ctrl-C the command survives.
        let command = "exec " + ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // -q: no banner, -f: flush at once, -e: exit with the command's status; the typescript is thrown away.
        let argv = ["/usr/bin/script", "-qfec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "dumb"
        environment["SHELL"] = "/bin/sh"  // the same shell here as on a CI machine, whoever runs the tests
        environment["HOME"] = FileManager.default.temporaryDirectory.path  // no history file of the user's
        environment["CLUSTERGRAPH_PAGER"] = ""  // results print as they are, unless a test asks for a pager
        environment.merge(extra) { $1 }
        let inputPipe = Pipe()
        input = inputPipe.fileHandleForWriting

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe.fileHandleForReading.fileDescriptor, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.fileHandleForWriting.fileDescriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.fileHandleForWriting.fileDescriptor, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var spawned: pid_t = 0
        let error = posix_spawn(&spawned, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EINVAL) }
        pid = spawned
        // The child has its own copies of these ends.
        try inputPipe.fileHandleForReading.close()
        try outputPipe.fileHandleForWriting.close()

        outputPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
    }

    /// The built `clustergraph` started with `arguments` in a new pseudo-terminal, once its prompt shows.
    static func shell(_ arguments: [String], environment: [String: String] = [:]) throws -> TerminalSession {
        let executable = try #require(CommandLineTests.executable, "no clustergraph binary; run `swift build` first")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "`script` (util-linux) is needed")
        let session = try TerminalSession(executable, arguments, environment: environment)
        try #require(session.waitFor("clustergraph> ") != nil, "no prompt:\n\(session.output)")
        return session
    }

    /// What the terminal has shown so far.
    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Types `text` (use "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D, "\r" for Return).
    func type(_ text: String) {
        input.write(Data(text.utf8))
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

    /// Waits for the command to end (closing its input first); its exit status, or nil if it had to be
    /// killed.
    func finish(timeout: Duration = .seconds(20)) -> Int32? {
        if let status { return status }
        try? input.close()
        let clock = ContinuousClock()
        let start = clock.now
        var raw: Int32 = 0
        while clock.now - start < timeout {
            if waitpid(pid, &raw, WNOHANG) == pid {
                outputPipe.fileHandleForReading.readabilityHandler = nil
                // Exited: its status; killed by a signal: 128 + the signal, as a shell reports it.
                let signal = raw & 0x7f
                status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
                return status
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &raw, 0)
        outputPipe.fileHandleForReading.readabilityHandler = nil
        return nil
    }

    deinit {
        if status == nil, waitpid(pid, nil, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            _ = waitpid(pid, nil, 0)
        }
    }
}
