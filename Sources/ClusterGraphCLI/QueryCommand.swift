// `clustergraph query`: runs Cypher statements from -c, -f or standard input against a graph loaded
// from --load scripts, and prints each result in the chosen format. Results go to standard output,
// errors (with file:line:column and a caret) to standard error; the exit code is 1 on any error.

import ArgumentParser
import CSignals
import Cypher
import GraphIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run Cypher statements and print their results.",
        discussion: """
            Statements are separated by ';' (a ';' inside a string or comment does not count; the \
            last one may be left out). -c may be repeated; without -c or -f, statements are read from \
            standard input.

            Without --load, the bundled dataset (Graphs/interregional-clusters.cypher) is the graph.

            Examples:
              clustergraph query -f Queries/hubs.cypher
              clustergraph query -c 'MATCH (c:Country) RETURN c.iso, c.name'
              clustergraph query --load g.cypher -c 'MATCH (n) RETURN count(n)'
              clustergraph query -f Queries/ties.cypher --format csv > ties.csv
              clustergraph query --empty -c 'RETURN $x + 1 AS y' --param x=41
            """
    )

    @Option(name: .shortAndLong, help: "Statements to run (repeatable; run in the order given).")
    var command: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("A file of statements to run.", valueName: "file"))
    var file: String?

    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: ArgumentHelp("A query parameter as name=value, the value a Cypher literal (repeatable).", valueName: "name=value"))
    var param: [String] = []

    @Option(name: .long, help: "Output format: table, csv, tsv, json, jsonl, markdown or line.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("How csv and tsv write a null (default: an empty field; in csv an empty string is \"\").", valueName: "text"))
    var null: String = ""

    func validate() throws {
        if !command.isEmpty && file != nil { throw ValidationError("Give either -c or -f, not both.") }
    }

    func run() throws {
        // Ctrl-C or SIGTERM stops the statement running (it rolls back) and then the command.
        Interruption.catchSignals([SIGINT, SIGTERM])
        let parameters = try parseParameters()
        let database = try graph.openDatabase()
        let sources: [(text: String, name: String?)]
        if !command.isEmpty {
            sources = command.map { ($0, nil) }
        } else if let file {
            sources = [(try readFile(file), file)]
        } else {
            sources = [(try readStandardInput(), "<stdin>")]
        }
        let formatter = ResultFormatter(format: format, graph: database.graph, boxed: isatty(STDOUT_FILENO) == 1, nullText: null)
        var first = true
        var document = JSONDocument()
        // Standard output holds only results in the format asked for; with csv or json a plan
        // (EXPLAIN, PROFILE) goes to standard error.
        defer { if format == .json { print(document.finish(), terminator: "") } }
        for (source, sourceName) in sources {
            try runStatements(source, named: sourceName, on: database, parameters: parameters) { result in
                if let plan = result.plan {
                    if format.isForPeople { print(plan) } else { printError(plan) }
                }
                if !result.columns.isEmpty {
                    if !first, format.separatesResults { print() }
                    let text = formatter.format(result)
                    print(format == .json ? document.add(text) : text, terminator: "")
                    first = false
                }
                if isatty(STDOUT_FILENO) == 1, let summary = result.statistics.summary { printError(summary) }
            }
        }
    }

    private func parseParameters() throws -> [String: Value] {
        var parameters: [String: Value] = [:]
        for item in param {
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw ValidationError("--param expects name=value, got '\(item)'.")
            }
            let name = String(item[..<eq])
            let text = String(item[item.index(after: eq)...])
            do {
                parameters[name] = try GraphDatabase.evaluateLiteral(text)
            } catch {
                throw ValidationError("--param \(name): the value must be a Cypher literal such as 42, 'text' or [1, 2].\n\(error.report)")
            }
        }
        return parameters
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown, line

    /// The formats, for help and errors: "table, csv, …, markdown or line".
    static var list: String { allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (allCases.last?.rawValue ?? "") }

    /// Formats for people (a plan or a summary may go to standard output beside the rows).
    var isForPeople: Bool { self == .table || self == .line }

    /// Formats whose results are set apart by a blank line.
    var separatesResults: Bool { self == .table || self == .line || self == .markdown }
}

/// Reads a whole file as UTF-8, or fails with a message naming it (and, for bytes that are not UTF-8,
/// the line and column of the first).
func readFile(_ path: String) throws -> String {
    try TextInput.decode(try readFileBytes(path), name: path)
}

/// The UTF-8 bytes of the file at `path`, checked as `readFile` checks them, without making a String
/// of them (bulk loaders read bytes: a 14 MB file was copied three times).
func readTextFileBytes(_ path: String) throws -> [UInt8] {
    let bytes = try readFileBytes(path)
    if String(validating: bytes, as: UTF8.self) != nil { return bytes }
    return Array(try TextInput.decode(bytes, name: path).utf8)  // an error, or with --lossy the text with U+FFFD
}

/// The bytes of the file at `path`, read at once into an array of the file's size.
func readFileBytes(_ path: String) throws -> [UInt8] {
    guard let handle = fopen(path, "rb") else {
        throw InputError(description: "cannot open '\(path)': \(String(cString: strerror(errno)))")
    }
    defer { fclose(handle) }
    var status = stat()
    let size = fstat(fileno(handle), &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
    var bytes = [UInt8](repeating: 0, count: size)
    var count = bytes.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, size, handle) }
    bytes.removeSubrange(count...)
    // Whatever is left (a file that grew, or not a regular file), in blocks.
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        count = fread(&buffer, 1, buffer.count, handle)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    if ferror(handle) != 0 { throw InputError(description: "cannot read '\(path)': \(String(cString: strerror(errno)))") }
    return bytes
}

/// All of standard input, as UTF-8.
func readStandardInput() throws -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = cg_read_unless_signalled(STDIN_FILENO, &buffer, buffer.count)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    if let signal = Interruption.caughtSignal { throw ExitCode(Interruption.exitStatus(for: signal)) }
    return try TextInput.decode(bytes, name: "<stdin>")
}

/// How the command line turns input bytes into text.
enum TextInput {
    /// With --lossy, bytes that are not UTF-8 become U+FFFD instead of an error.
    nonisolated(unsafe) static var lossy = false

    /// The text of `bytes` read from `name`, whose first line is line `firstLine` there.
    static func decode(_ bytes: [UInt8], name: String, firstLine: Int = 1) throws -> String {
        if lossy { return String(decoding: bytes, as: UTF8.self) }
        do {
            return try TextDecoding.utf8(bytes)
        } catch {
            throw InputError(
                description:
                    "\(name):\(firstLine + error.line - 1):\(error.column): not UTF-8 (byte 0x\(String(error.byte, radix: 16, uppercase: true))); convert it (iconv -f LATIN1 -t UTF-8) or pass --lossy to read such bytes as U+FFFD")
        }
    }
}

/// Input the command cannot use (a file that is not text); printed as `Error: …`, exit status 1.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

func printError(_ text: String) {
    writeAll(Array((text + "\n").utf8), to: STDERR_FILENO)
}

/// The extension of a path's last component, lower-cased (`svg` of `out/Clusters.SVG`); nil when it has
/// none (`graphml`, `.hidden`, `dir.d/file`).
func fileExtension(of path: String) -> String? {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return name[name.index(after: dot)...].lowercased()
}

/// Writes `bytes` to the file at `path` all at once or not at all (GraphIO's AtomicFile); returns what
/// went wrong, or nil.
func writeFile(_ bytes: [UInt8], to path: String) -> String? { AtomicFile.write(bytes, to: path) }

/// Writes every byte to a file descriptor (GraphIO's writeFully); false when the descriptor refuses.
@discardableResult
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool { writeFully(bytes, to: descriptor) }
