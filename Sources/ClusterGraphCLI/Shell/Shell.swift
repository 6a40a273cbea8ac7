// The interactive shell's core: reads lines from a LineSource, gathers them until the statements typed
// are complete (a `;` outside strings and comments), runs them, and prints results, summaries and
// errors; a line starting with `:` at the start of a statement is a shell command (ShellCommands).
// It writes through two closures (results, diagnostics) and reads through a protocol, so tests drive it
// with strings and the terminal details stay in LineSources.

import Cypher
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One read from the user: a line, an interrupt (Ctrl-C), the end of input (Ctrl-D, EOF), or input that
/// cannot be read as text (which stops a piped script).
enum LineRead: Equatable {
    case line(String)
    case interrupted
    case end
    case malformed(String)
}

/// Where the shell's lines come from.
protocol LineSource {
    /// The next line, shown after `prompt` when the source is a terminal.
    mutating func read(prompt: String) -> LineRead
    /// Called once per statement text that ran, for history.
    mutating func remember(_ text: String)
    /// True when someone types the lines: the end of input (Ctrl-D) then discards an unfinished
    /// statement; at the end of a piped script it still runs.
    var isTyped: Bool { get }
}

/// How wide the shell's tables may be.
enum TableWidth: Equatable {
    /// The terminal's width, asked before each table (a resized window counts).
    case terminal
    case columns(Int)
    case unlimited

    /// The width now, or nil for no limit.
    var columns: Int? {
        switch self {
        case .terminal: return terminalColumns()
        case .columns(let n): return n
        case .unlimited: return nil
        }
    }
}

/// The width of the terminal on standard output (else $COLUMNS, else 120).
func terminalColumns() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
    return 120
}

/// The interactive shell over one database.
final class Shell {
    let database: GraphDatabase
    var format: OutputFormat
    /// Boxed tables, a row-count line after each result, a banner: what a person at a terminal wants.
    let interactive: Bool
    var timing = false
    /// Tables show at most this many rows (nil: all); 40 at a terminal, as DuckDB's shell.
    var maxRows: Int?
    /// How wide tables may be.
    var maxWidth: TableWidth
    /// The pager results taller than the terminal go through (set at a terminal; nil: printed as they are).
    var pager: Pager?
    var parameters: [String: Value] = [:]
    /// True once any statement or command failed (a piped run then exits with 1).
    private(set) var failed = false
    /// Whether the statement run last failed (`:source` stops there).
    private(set) var failedLastStatement = false
    private(set) var quitRequested = false
    /// The text of the statement being typed, over several lines.
    private(set) var pending = ""
    /// Lines read so far, and the line the pending text started on: errors in a piped script name the
    /// line of the input, not of the statement.
    private var linesRead = 0
    private var pendingStartLine = 1
    /// The name errors give the input: `<stdin>` in a pipe, `query` (the default) at a terminal.
    var inputName: String?
    /// The file `:source` is running, named in its statements' errors.
    var sourcing: String?
    let write: (String) -> Void
    let writeError: (String) -> Void
    /// The last result with columns, which `:render` draws.
    private(set) var lastResult: QueryResult?
    /// The statements and commands entered this session, oldest first (`:history` lists them).
    private(set) var history: [String] = []
    /// Called after a statement or command changed the graph (the completion words may have changed).
    var graphChanged: () -> Void = {}

    static let prompt = "clustergraph> "
    static let continuationPrompt = "          ...> "

    init(
        database: GraphDatabase, format: OutputFormat, interactive: Bool,
        write: @escaping (String) -> Void, writeError: @escaping (String) -> Void
    ) {
        self.database = database
        self.format = format
        self.interactive = interactive
        maxRows = interactive ? 40 : nil
        maxWidth = interactive ? .terminal : .unlimited
        self.write = write
        self.writeError = writeError
    }

    /// Reads and runs until the input ends or `:quit`; what is left unterminated at the end still runs.
    func run(_ source: inout some LineSource) {
        while !quitRequested {
            switch source.read(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .line(let line):
                handle(line, &source)
            case .interrupted:
                // Ctrl-C drops the statement being typed, as in psql and cypher-shell; it stops a piped script.
                pending = ""
                if !source.isTyped {
                    failed = true
                    return
                }
            case .malformed(let why):
                fail(why)
                return
            case .end:
                if !pending.trimmingWhitespace.isEmpty {
                    if source.isTyped {
                        // Ctrl-D on an unfinished statement drops it (a second Ctrl-D leaves).
                        pending = ""
                        writeNote("the unfinished statement was discarded")
                        continue
                    }
                    runPending(&source)
                }
                return
            }
        }
    }

    /// One line of input.
    func handle(_ line: String, _ source: inout some LineSource) {
        linesRead += 1
        let trimmed = line.trimmingWhitespace
        if pending.isEmpty, trimmed.hasPrefix(":") {
            source.remember(trimmed)
            history.append(trimmed)
            runCommand(trimmed)
            return
        }
        if pending.isEmpty, trimmed.isEmpty { return }
        if pending.isEmpty { pendingStartLine = linesRead }
        pending += line + "\n"
        if StatementSplitter.isComplete(pending) { runPending(&source) }
    }

    private func runPending(_ source: inout some LineSource) {
        let text = pending
        pending = ""
        source.remember(text.trimmingWhitespace)
        history.append(text.trimmingWhitespace)
        for statement in StatementSplitter.split(text) {
            let origin = statement.origin
            execute(statement, at: SourceLocation(offset: origin.offset, line: origin.line + pendingStartLine - 1, column: origin.column))
        }
    }

    /// Runs one statement and prints its result; an error is printed (at `origin` in the input, when
    /// given) and remembered, and the shell goes on.
    func execute(_ statement: ScriptStatement, at origin: SourceLocation? = nil) {
        failedLastStatement = false
        let clock = ContinuousClock()
        let start = clock.now
        Interruption.clear()  // a Ctrl-C pressed before the statement started does not stop it
        // At a terminal, a statement running over a second says so (erased before its outcome is printed).
        let progress = interactive ? ProgressLine() : nil
        do {
            let results = try database.executeScript(statement.text, parameters: parameters)
            progress?.stop()
            guard let result = results.first else { return }
            let elapsed = clock.now - start
            if let plan = result.plan {
                // In a machine-readable format the plan would spoil the output: it goes to standard error.
                if format.isForPeople { write(plan + "\n") } else { writeError(plan) }
            }
            var formatter = ResultFormatter(format: format, graph: database.graph, boxed: interactive)
            formatter.maxRows = maxRows
            formatter.maxWidth = maxWidth.columns
            if !result.columns.isEmpty {
                show(formatter.format(result))
                lastResult = result
            }
            // A boxed table ends with its row count; other formats on a terminal get it as a note.
            var notes: [String] = []
            if interactive, !result.columns.isEmpty, format != .table { notes.append(result.rows.count == 1 ? "1 row" : "\(result.rows.count) rows") }
            if let summary = result.statistics.summary {
                notes.append(summary)
                graphChanged()
            }
            if timing { notes.append("\(Self.milliseconds(elapsed)) ms") }
            if !notes.isEmpty { writeNote(notes.joined(separator: ", ")) }
        } catch {
            progress?.stop()
            // Ctrl-C leaves "^C" on the line the statement was typed on.
            if case .interrupted = error.kind {
                if interactive { write("\n") }
                // In a piped run, Ctrl-C stops the whole script.
                if inputName != nil { quitRequested = true }
            }
            var located = error
            located.statementOrigin = origin ?? statement.origin
            located.fileName = sourcing ?? inputName
            writeError(located.report)
            failed = true
            failedLastStatement = true
        }
    }

    /// Prints a result, through the pager when there is one and the result is taller than the terminal.
    private func show(_ text: String) {
        if let pager, Pager.isTooTall(text), pager.show(text) { return }
        write(text)
    }

    /// Runs `:name arguments`.
    func runCommand(_ line: String) {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let arguments = String(body.dropFirst(name.count)).trimmingWhitespace
        guard let command = ShellCommands.lookup(name) else {
            let hint = ShellCommands.suggestion(for: name).map { " (did you mean :\($0)?)" } ?? ""
            fail("unknown command :\(name)\(hint); :help lists the commands")
            return
        }
        do {
            try command.run(self, arguments)
        } catch let error as ShellCommandError {
            fail("\(command.usage): \(error.message)")
        } catch {
            fail("\(command.usage): \(error)")
        }
    }

    /// Prints a shell error and remembers that something failed.
    func fail(_ message: String) {
        writeError("error: " + message)
        failed = true
    }

    func quit() { quitRequested = true }

    static func milliseconds(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return ms < 10 ? "\((ms * 100).rounded() / 100)" : "\(Int(ms.rounded()))"
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
