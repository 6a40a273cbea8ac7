// Where the shell reads from: a terminal through libedit (line editing, history kept in
// ~/.clustergraph_history, Tab completion, Ctrl-C dropping the statement being typed — and, while a
// statement runs, interrupting it), or a pipe read line by line without prompts.

import CEditLine
import CSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines from standard input when it is not a terminal: no prompts, no history.
struct PipedLines: LineSource {
    var isTyped: Bool { false }
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0

    mutating func read(prompt: String) -> LineRead {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return decode(line)
            }
            if atEnd {
                guard start < buffer.count else { return .end }
                let line = Array(buffer[start...])
                start = buffer.count
                return decode(line)
            }
            buffer.removeFirst(start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = cg_read_unless_signalled(STDIN_FILENO, &chunk, chunk.count)
            // A caught signal makes the read fail: that is an interruption, not the end of the script.
            if Interruption.caughtSignal != nil { return .interrupted }
            if n <= 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }

    /// One line's bytes as text; bytes that are not UTF-8 stop the script (unless --lossy).
    private mutating func decode(_ bytes: [UInt8]) -> LineRead {
        lineNumber += 1
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        do {
            return .line(try TextInput.decode(line, name: "<stdin>", firstLine: lineNumber))
        } catch {
            return .malformed("\(error)")
        }
    }

    mutating func remember(_ text: String) {}
}

/// The completion state libedit's C callback reads: libedit asks for candidates one by one.
private enum CompletionState {
    nonisolated(unsafe) static var completion = Completion()
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var next = 0
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
        let word = text.map { String(cString: $0) } ?? ""
        let line = cg_line_buffer().map { String(cString: $0) } ?? ""
        CompletionState.matches = CompletionState.completion.candidates(for: word, in: line)
        CompletionState.next = 0
    }
    guard CompletionState.next < CompletionState.matches.count else { return nil }
    defer { CompletionState.next += 1 }
    return strdup(CompletionState.matches[CompletionState.next])
}

/// Lines from a terminal, edited with libedit.
struct TerminalLines: LineSource {
    var isTyped: Bool { true }
    private let historyPath: String?
    private var lastRemembered = ""

    init(completion: Completion) {
        Self.useUTF8Locale()
        cg_use_interruptible_reader()  // before libedit initializes itself, on the first call below
        CompletionState.completion = completion
        cg_set_completion(completionGenerator)
        historyPath = getenv("HOME").map { String(cString: $0) + "/.clustergraph_history" }
        cg_stifle_history(1000)
        if let historyPath { _ = cg_read_history(historyPath) }
        // A prompt in a file the output is redirected to would be noise; the person typing sees it on
        // standard error.
        if isatty(STDOUT_FILENO) != 1 { cg_prompt_on_stderr() }
    }

    /// libedit draws and measures characters by the C library's locale, which a program is in only if it
    /// asks: the user's, when it is UTF-8, else C.UTF-8 — the shell reads and writes UTF-8 whatever the
    /// locale says (in the "C" locale, libedit would show "Швеция" as escapes and hand back nothing).
    private static func useUTF8Locale() {
        if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// Refreshes the words Tab offers (after a statement that may have added labels or keys).
    func updateCompletion(_ completion: Completion) { CompletionState.completion = completion }

    mutating func read(prompt: String) -> LineRead {
        cg_clear_caught_signal()
        let line = cg_readline(prompt)
        // A Ctrl-C while the line was typed drops it, whether libedit gave back nothing or what was typed.
        let interrupted = cg_caught_signal() != 0
        cg_clear_caught_signal()
        if interrupted {
            free(line)
            print("^C")
            return .interrupted
        }
        guard let pointer = line else {
            print()  // Ctrl-D leaves the cursor after the prompt
            return .end
        }
        defer { free(pointer) }
        return .line(String(cString: pointer))
    }

    mutating func remember(_ text: String) {
        guard !text.isEmpty, text != lastRemembered else { return }
        lastRemembered = text
        cg_add_history(text)
        if let historyPath { _ = cg_write_history(historyPath) }
    }
}
