// A pager for results taller than the terminal, as psql and mysql have: the text goes to the pager's
// standard input, the pager draws on the terminal, and the shell waits until it quits. The command is
// CLUSTERGRAPH_PAGER, else PAGER, else `less -FRSX` when less is installed (-F quits at once when the
// text fits, -S scrolls wide tables sideways instead of wrapping them, -X leaves the text on the screen).
// A pager that cannot start (not installed: exit 127) is no loss: the text is then printed as it is.

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a pager command for text that does not fit the terminal.
struct Pager: Equatable {
    /// The shell command (run by /bin/sh -c).
    let command: String

    /// The pager the environment asks for; nil when none is wanted (an empty variable) or none exists.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager? {
        for name in ["CLUSTERGRAPH_PAGER", "PAGER"] {
            if let command = environment[name] {
                return command.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Pager(command: command)
            }
        }
        return isInstalled("less", path: environment["PATH"] ?? "/usr/bin:/bin") ? Pager(command: "less -FRSX") : nil
    }

    private static func isInstalled(_ program: String, path: String) -> Bool {
        path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// The number of rows of the terminal on standard output (else $LINES, else 24).
    static func terminalRows() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let text = ProcessInfo.processInfo.environment["LINES"], let n = Int(text), n > 0 { return n }
        return 24
    }

    /// True when `text` is taller than the terminal leaves room for (a prompt stays visible below it).
    static func isTooTall(_ text: String, rows: Int = terminalRows()) -> Bool {
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows - 1 { return true }
        }
        return false
    }

    /// Shows `text` through the pager and waits for it to quit. False when the pager could not run
    /// (it could not start, or its shell found no such command): the caller prints the text itself.
    func show(_ text: String) -> Bool {
        fflush(nil)  // every stream: what the shell printed before stays above the pager's text
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)  // the pager reads its standard input only
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let argv = ["/bin/sh", "-c", command]
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // A pager quit before reading everything closes the pipe: the write then fails (EPIPE) instead of
        // the signal ending the shell.
        let previous = signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let n = write(writeEnd, base + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        close(writeEnd)
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // 127: the shell found no such command (nothing was shown); 126: it could not run it.
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        return !(exited && (code == 127 || code == 126))
    }
}
