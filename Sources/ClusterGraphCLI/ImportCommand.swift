// `clustergraph import`: bulk import of CSV files in neo4j-admin's layout (GraphIO's CSVImport) — and of
// GraphML, APOC JSON Lines and edge lists — into a new database (`--db`), or into memory to query at
// once (`-c`). Arguments are read in order, as neo4j-admin reads them: `--nodes[=Label[:Label]] FILE…`
// and `--relationships[=TYPE] FILE…`, each followed by its files (several, or comma-separated);
// `--nodes=Label=FILE` works too; `--graphml FILE`, `--jsonl FILE`, `--edges FILE` add whole graphs.
// All or nothing: an error names the file, line and column, and no database is written.

import ArgumentParser
import Cypher
import GraphIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV files in neo4j-admin's layout into a new database (or into memory to query).",
        usage:
            "clustergraph import (--nodes[=Label[:Label]] FILE… | --relationships[=TYPE] FILE… | --graphml FILE | --jsonl FILE | --edges FILE)… [--db DIR] [-c QUERY]…",
        discussion: """
            Node files have a header of name:type columns (string by default; int, long, float, double, \
            boolean, short, byte, and arrays such as int[] split at ';'), one :ID column (name:ID also \
            stores the id as a property; :ID(Space) keeps ids apart by space) and an optional :LABEL \
            column (labels split at ';'). Relationship files have :START_ID and :END_ID (in the same \
            spaces: :START_ID(Space)), an optional :TYPE column and properties. :IGNORE skips a column; \
            an empty field is no property. Node files are read first.

            --graphml FILE (NetworkX, igraph, Gephi, yEd), --jsonl FILE (Neo4j APOC's JSON Lines) and \
            --edges FILE (source,target[,weight] lines; tab-separated when FILE ends in .tsv) add a whole \
            graph each, read as `--load` reads them, after the CSV files.

            The import is all or nothing: a duplicate :ID, a dangling :START_ID or :END_ID, a value not \
            of its column's type or a malformed line stops it with file:line:column, and nothing is \
            written. --db DIR must not exist yet; without --db the graph stays in memory, for -c.

            Options: --db DIR, --delimiter C (default ,), --array-delimiter C (default ;), -c QUERY \
            (repeatable: run on the imported graph; read-only with --db — write with `query --db`), \
            --format table|csv|tsv|json|jsonl|markdown|line.

            Examples:
              clustergraph import --nodes=Region regions.csv --relationships=ADJACENT adj.csv --db w.cgdb
              clustergraph import --nodes people.csv --relationships=KNOWS knows.csv \\
                  -c 'MATCH (a)-[:KNOWS]->(b) RETURN count(*)'
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("See the usage above.", valueName: "arguments"))
    var arguments: [String] = []

    /// The parsed arguments.
    struct Plan {
        var files: [CSVImportFile] = []
        /// Whole-graph files (GraphML, JSON Lines, edge lists), read after the CSV files.
        var graphFiles: [(format: GraphFileFormat, path: String)] = []
        var db: String?
        var options = CSVImportOptions()
        var commands: [String] = []
        var format: OutputFormat = .table
    }

    static func plan(_ arguments: [String]) throws -> Plan {
        var plan = Plan()
        var current: CSVImportFile.Kind?
        var index = 0
        func value(after option: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw ValidationError("\(option) needs a value.") }
            return arguments[index]
        }
        func character(_ text: String, _ option: String) throws -> Character {
            guard text.count == 1, let c = text.first else { throw ValidationError("\(option) takes one character, not '\(text)'.") }
            return c
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--nodes") || argument.hasPrefix("--relationships") {
                let isNodes = argument.hasPrefix("--nodes")
                let rest = argument.dropFirst(isNodes ? 7 : 15)
                guard rest.isEmpty || rest.hasPrefix("=") else { throw ValidationError("unknown option '\(argument)'.") }
                let parts = rest.dropFirst().split(separator: "=", maxSplits: 1).map(String.init)
                let name = parts.first ?? ""
                let kind: CSVImportFile.Kind =
                    isNodes ? .nodes(labels: name.split(separator: ":").map(String.init)) : .relationships(type: name.isEmpty ? nil : name)
                current = kind
                if parts.count == 2 { for path in parts[1].split(separator: ",") { plan.files.append(CSVImportFile(kind, path: String(path))) } }
            } else if argument == "--graphml" || argument == "--jsonl" || argument == "--edges" {
                let path = try value(after: argument)
                let format: GraphFileFormat =
                    argument == "--graphml" ? .graphml : argument == "--jsonl" ? .jsonl : GraphFileFormat(path: path) == .tsv ? .tsv : .csv
                plan.graphFiles.append((format, path))
                current = nil
            } else if argument == "--db" {
                plan.db = try value(after: argument)
            } else if argument == "--delimiter" {
                let text = try value(after: argument)
                let c = try character(text == "\\t" ? "\t" : text, argument)
                guard let byte = c.asciiValue else { throw ValidationError("--delimiter must be an ASCII character.") }
                plan.options.delimiter = byte
            } else if argument == "--array-delimiter" {
                plan.options.arrayDelimiter = try character(try value(after: argument), argument)
            } else if argument == "-c" || argument == "--command" {
                plan.commands.append(try value(after: argument))
            } else if argument == "--format" {
                let text = try value(after: argument)
                guard let format = OutputFormat(rawValue: text) else { throw ValidationError("--format must be \(OutputFormat.list).") }
                plan.format = format
            } else if argument.hasPrefix("-") {
                throw ValidationError("unknown option '\(argument)'; see clustergraph import --help.")
            } else {
                guard let kind = current else { throw ValidationError("'\(argument)': say what it holds first, with --nodes or --relationships.") }
                for path in argument.split(separator: ",") { plan.files.append(CSVImportFile(kind, path: String(path))) }
            }
            index += 1
        }
        guard !plan.files.isEmpty || !plan.graphFiles.isEmpty else {
            throw ValidationError("nothing to import: give --nodes FILE, --relationships FILE, --graphml FILE, --jsonl FILE or --edges FILE.")
        }
        if plan.db == nil && plan.commands.isEmpty {
            throw ValidationError("give --db DIR to keep the import, or -c QUERY to query it in memory.")
        }
        return plan
    }

    func validate() throws {
        // The arguments are read by hand (in order), so help is asked for here.
        if arguments.contains("--help") || arguments.contains("-h") { throw CleanExit.helpRequest(Self.self) }
        _ = try Self.plan(arguments)
    }

    func run() throws {
        Interruption.catchSignals([SIGINT, SIGTERM])
        let plan = try Self.plan(arguments)
        if let db = plan.db, DatabaseStore.exists(at: db) || DatabaseStore.isPlainFile(db) {
            throw InputError(description: "'\(db)' already exists; import creates a new database (remove it, or choose another --db)")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let graph: PropertyGraph
        var summary: CSVImportSummary
        do {
            (graph, summary) = try CSVImport.graph(from: plan.files, options: plan.options) { path in try readTextFileBytes(path) }
            for (format, path) in plan.graphFiles {
                let added = try format.read(try readTextFileBytes(path), name: path, into: graph)
                summary.nodes += added.nodes
                summary.relationships += added.relationships
            }
        } catch where error is CSVImportError || error is GraphFileError {
            printError("error: \(error)")
            printError("nothing was imported")
            throw ExitCode(1)
        }
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        let rounded = (seconds * 100).rounded() / 100
        let fileCount = plan.files.count + plan.graphFiles.count
        printError("imported \(summary.nodes) nodes and \(summary.relationships) relationships from \(fileCount == 1 ? "1 file" : "\(fileCount) files") in \(rounded) s")
        if let db = plan.db {
            do throws(DatabaseStoreError) {
                try DatabaseStore.create(db, with: graph).close()
            } catch {
                throw InputError(description: "\(error)")
            }
            printError("wrote the database \(db)")
        }
        guard !plan.commands.isEmpty else { return }
        let database = GraphDatabase(graph: graph)
        database.interruption = Interruption.requested
        // With --db, -c reads the import (writes belong to `clustergraph query --db`, which saves them).
        database.readOnly = plan.db != nil
        let formatter = ResultFormatter(format: plan.format, graph: graph, boxed: isatty(STDOUT_FILENO) == 1)
        for command in plan.commands {
            try runStatements(command, named: nil, on: database) { result in
                if !result.columns.isEmpty { print(formatter.format(result), terminator: "") }
            }
        }
    }
}
