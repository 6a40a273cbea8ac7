// The shell's own commands (`:help`, `:format csv`, `:param x => 1`, …) in one table: the dispatcher,
// `:help`, Tab completion and the tests all read this list, as DuckDB's shell does with its metadata
// commands.

import Cypher
import GraphIO
import GraphRender

/// A shell command failed; the message says why (the dispatcher adds the usage).
struct ShellCommandError: Error {
    let message: String
}

/// One `:command`.
struct ShellCommandDefinition: Sendable {
    let name: String
    /// The arguments, as shown by :help ("" for none).
    let arguments: String
    let help: String
    let run: @Sendable (Shell, String) throws -> Void

    var usage: String { ":" + name + (arguments.isEmpty ? "" : " " + arguments) }
}

/// Prints the parameters as `:param` lines, ready to paste.
private func listParameters(_ shell: Shell) {
    if shell.parameters.isEmpty { return shell.writeNote("no parameters") }
    for name in shell.parameters.keys.sorted() {
        shell.write(":param \(name) => \(shell.parameters[name]?.literal ?? "null")\n")
    }
}

enum ShellCommands {
    static let all: [ShellCommandDefinition] = [
        ShellCommandDefinition(name: "help", arguments: "", help: "list these commands") { shell, _ in
            shell.write(helpText)
        },
        ShellCommandDefinition(name: "quit", arguments: "", help: "leave the shell (also :exit or Ctrl-D)") { shell, _ in shell.quit() },
        ShellCommandDefinition(name: "exit", arguments: "", help: "leave the shell") { shell, _ in shell.quit() },
        ShellCommandDefinition(name: "format", arguments: "[table|csv|tsv|json|jsonl|markdown|line]", help: "how results are printed; no argument: which") { shell, argument in
            guard !argument.isEmpty else { return shell.writeNote("the format is \(shell.format.rawValue)") }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else { throw ShellCommandError(message: "unknown format '\(argument)'") }
            shell.format = format
        },
        ShellCommandDefinition(name: "timing", arguments: "[on|off]", help: "print how long each statement took; no argument: whether it does") {
            shell, argument in
            switch argument.lowercased() {
            case "": shell.writeNote("timing is \(shell.timing ? "on" : "off")")
            case "on": shell.timing = true
            case "off": shell.timing = false
            default: throw ShellCommandError(message: "say on or off")
            }
        },
        ShellCommandDefinition(name: "maxrows", arguments: "[n|off]", help: "tables show the first and last rows up to n (40 at a terminal); no argument: the limit") {
            shell, argument in
            switch argument.lowercased() {
            case "": shell.writeNote(shell.maxRows.map { "tables show at most \($0) rows" } ?? "tables show every row")
            case "off", "none", "0": shell.maxRows = nil
            default:
                guard let n = Int(argument), n > 0 else { throw ShellCommandError(message: "give a number of rows above 0, or off") }
                shell.maxRows = n
            }
        },
        ShellCommandDefinition(name: "pager", arguments: "[on|off|command]", help: "results taller than the terminal go through a pager ($CLUSTERGRAPH_PAGER, else $PAGER, else less -FRSX); no argument: which") {
            shell, argument in
            switch argument.lowercased() {
            case "": shell.writeNote(shell.pager.map { "results taller than the terminal go through '\($0.command)'" } ?? "results are printed without a pager")
            case "off", "none": shell.pager = nil
            case "on":
                guard let pager = Pager.fromEnvironment() else {
                    throw ShellCommandError(message: "no pager found: set PAGER, install less, or give a command (:pager more)")
                }
                shell.pager = pager
            default: shell.pager = Pager(command: argument)
            }
        },
        ShellCommandDefinition(name: "maxwidth", arguments: "[n|auto|off]", help: "cut the widest columns (…) so tables fit n characters (auto: the terminal's width); no argument: the limit") {
            shell, argument in
            switch argument.lowercased() {
            case "":
                switch shell.maxWidth {
                case .terminal: shell.writeNote("tables fit the terminal's width (\(terminalColumns()) characters now)")
                case .columns(let n): shell.writeNote("tables fit \(n) characters")
                case .unlimited: shell.writeNote("tables are as wide as their values")
                }
            case "auto": shell.maxWidth = .terminal
            case "off", "none", "0": shell.maxWidth = .unlimited
            default:
                guard let n = Int(argument), n >= 20 else { throw ShellCommandError(message: "give a width of at least 20 characters, auto or off") }
                shell.maxWidth = .columns(n)
            }
        },
        ShellCommandDefinition(name: "param", arguments: "[name => value]", help: "set the parameter $name (a Cypher literal); no argument: list them") {
            shell, argument in
            guard !argument.isEmpty else { return listParameters(shell) }
            // The name ends at the first '=' (of '=>' or '='); the value may contain either.
            guard let equals = argument.firstIndex(of: "=") else { throw ShellCommandError(message: "write :param name => value") }
            let afterEquals = argument.index(after: equals)
            let valueStart = afterEquals < argument.endIndex && argument[afterEquals] == ">" ? argument.index(after: afterEquals) : afterEquals
            let name = argument[..<equals].trimmingWhitespace
            let text = argument[valueStart...].trimmingWhitespace
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw ShellCommandError(message: "'\(name)' is not a parameter name")
            }
            do throws(CypherError) {
                shell.parameters[name] = try GraphDatabase.evaluateLiteral(text)
            } catch {
                throw ShellCommandError(message: "the value must be a Cypher literal such as 42, 'text' or [1, 2]\n\(error.report)")
            }
        },
        ShellCommandDefinition(name: "timeout", arguments: "[seconds|off]", help: "stop a statement that runs longer; no argument: the limit") {
            shell, argument in
            let limits = shell.database.limits
            switch argument.lowercased() {
            case "": shell.writeNote(limits.timeout.map { "statements stop after \($0)" } ?? "no time limit")
            case "off", "none": shell.database.limits.timeout = nil
            default:
                guard let seconds = Double(argument), seconds > 0, seconds <= 1e9 else {
                    throw ShellCommandError(message: "give a number of seconds (above 0, at most 10^9), or off")
                }
                shell.database.limits.timeout = .milliseconds(Int64((seconds * 1000).rounded()))
            }
        },
        ShellCommandDefinition(name: "memory", arguments: "[size]", help: "stop a statement while the process holds more memory (512M, 4G); no argument: the limit") {
            shell, argument in
            guard !argument.isEmpty else {
                let used = ProcessMemory.residentBytes().map { ", \(formatByteSize($0)) in use now" } ?? ""
                shell.writeNote("statements stop above \(formatByteSize(shell.database.limits.memoryBytes))\(used)")
                return
            }
            guard let bytes = parseByteSize(argument) else { throw ShellCommandError(message: "give a size such as 512M or 4G") }
            shell.database.limits.memoryBytes = bytes
        },
        ShellCommandDefinition(name: "params", arguments: "", help: "list the parameters") { shell, _ in listParameters(shell) },
        ShellCommandDefinition(name: "history", arguments: "[n]", help: "the last n (default 20) statements and commands of this session") {
            shell, argument in
            guard let count = argument.isEmpty ? 20 : Int(argument), count > 0 else { throw ShellCommandError(message: "give a number above 0") }
            // This command itself is the last entry: list what came before it.
            let entries = shell.history.dropLast()
            let first = max(0, entries.count - count)
            for (offset, entry) in entries.suffix(count).enumerated() {
                shell.write("\(first + offset + 1)  " + entry.replacingOccurrences(of: "\n", with: "\n    ") + "\n")
            }
        },
        ShellCommandDefinition(name: "source", arguments: "file", help: "run a file's statements as if typed, printing each result") { shell, argument in
            guard !argument.isEmpty else { throw ShellCommandError(message: "name the file to run") }
            let text: String
            do { text = try readFile(argument) } catch { throw ShellCommandError(message: "\(error)") }
            let outer = shell.sourcing
            shell.sourcing = argument
            defer { shell.sourcing = outer }
            for statement in StatementSplitter.split(text) {
                shell.execute(statement)
                // Like a script: the first statement that fails stops the file (what ran before stays).
                if shell.failedLastStatement { throw ShellCommandError(message: "\(argument) stopped at the statement that failed") }
            }
        },
        ShellCommandDefinition(name: "load", arguments: "file", help: "run an openCypher script; all of it or nothing") { shell, argument in
            guard !argument.isEmpty else { throw ShellCommandError(message: "name the file to load") }
            let text: String
            do { text = try readFile(argument) } catch { throw ShellCommandError(message: "\(error)") }
            do throws(CypherError) {
                let before = (shell.database.graph.nodeCount, shell.database.graph.relationshipCount)
                try shell.database.executeScript(text, fileName: argument)
                let added = (shell.database.graph.nodeCount - before.0, shell.database.graph.relationshipCount - before.1)
                shell.writeNote("loaded \(argument): \(added.0) nodes and \(added.1) relationships added")
                shell.graphChanged()
            } catch {
                shell.writeError(error.report)
                throw ShellCommandError(message: "nothing of \(argument) was loaded")
            }
        },
        ShellCommandDefinition(
            name: "render", arguments: "file [a,b[,weight]]",
            help: "draw the last result's nodes, relationships and paths (and ties a–b) into an svg/png/pdf/dot file"
        ) { shell, argument in
            let parts = argument.split(separator: " ", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard let path = parts.first, !path.isEmpty else { throw ShellCommandError(message: "name the picture file, e.g. :render clusters.svg") }
            guard let result = shell.lastResult else { throw ShellCommandError(message: "run a query first; :render draws its result") }
            let format = Pictures.format(ofPath: path) ?? .svg
            do throws(PictureError) {
                let picture = try Pictures.picture(of: [result], in: shell.database.graph, tie: parts.count > 1 ? parts[1] : nil)
                let bytes = try Pictures.bytes(of: picture, format: format, engine: .neato, style: Pictures.plainStyle, note: shell.writeNote)
                try Pictures.write(bytes, to: path)
                shell.writeNote("wrote \(path) (\(bytes.count) bytes, \(format.rawValue))")
            } catch {
                throw ShellCommandError(message: error.message)
            }
        },
        ShellCommandDefinition(
            name: "export", arguments: "file", help: "write the whole graph to a .cypher, .graphml or .jsonl file"
        ) { shell, argument in
            guard !argument.isEmpty else { throw ShellCommandError(message: "name the file, e.g. :export clusters.graphml") }
            guard let format = ExportCommand.format(ofPath: argument) else {
                throw ShellCommandError(message: "end the file name in .cypher, .graphml or .jsonl to choose the format")
            }
            let graph = shell.database.graph
            if let failure = writeFile(Array(graph.exported(as: format).utf8), to: argument) { throw ShellCommandError(message: failure) }
            shell.writeNote("wrote \(argument) (\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships, \(format.rawValue))")
        },
        ShellCommandDefinition(
            name: "schema", arguments: "", help: "labels and relationship types with counts and property keys; indexes and constraints"
        ) { shell, _ in
            // Property keys in name order: rows are sorted before collect, which keeps their order.
            for statement in [
                """
                MATCH (n) UNWIND labels(n) AS label UNWIND CASE WHEN size(keys(n)) = 0 THEN [null] ELSE keys(n) END AS key
                WITH label, n, key ORDER BY label, key
                RETURN label, count(DISTINCT n) AS nodes, collect(DISTINCT key) AS properties ORDER BY label
                """,
                """
                MATCH ()-[r]->() UNWIND CASE WHEN size(keys(r)) = 0 THEN [null] ELSE keys(r) END AS key
                WITH type(r) AS type, r, key ORDER BY type, key
                RETURN type, count(DISTINCT r) AS relationships, collect(DISTINCT key) AS properties ORDER BY type
                """,
                "SHOW INDEXES", "SHOW CONSTRAINTS",
            ] {
                for part in StatementSplitter.split(statement) { shell.execute(part) }
            }
        },
    ]

    /// The command called `name` (case-insensitive).
    static func lookup(_ name: String) -> ShellCommandDefinition? {
        all.first { $0.name == name.lowercased() }
    }

    /// The command name closest to a mistyped one (a prefix, or within a small edit distance).
    static func suggestion(for name: String) -> String? {
        let target = name.lowercased()
        return all.map(\.name).first { !target.isEmpty && $0.hasPrefix(target) } ?? closestName(to: target, among: all.map(\.name))
    }

    static var helpText: String {
        let width = all.map(\.usage.count).max() ?? 0
        var lines = all.map { $0.usage.padding(to: width) + "  " + $0.help }
        lines.append("")
        lines.append("Cypher statements end with ';' and may span lines; Ctrl-C drops the one being typed.")
        lines.append("Tab completes keywords, labels, relationship types, property keys, functions and procedures.")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

extension Shell {
    /// A line for the person at the terminal (row counts, load summaries): on standard output when
    /// interactive, on standard error in a pipe, where standard output holds only results.
    func writeNote(_ line: String) {
        if interactive { write(line + "\n") } else { writeError(line) }
    }
}
