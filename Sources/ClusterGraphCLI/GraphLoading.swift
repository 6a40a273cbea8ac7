// Opening the database a command works on: a database file given with --db (kept up to date after every
// statement that changes the graph), the graphs given with --load, or — with none given — the bundled
// interregional-clusters dataset compiled into the binary; with every library procedure registered. Load
// errors are reported with file, line, column and caret, and nothing of the failing file is loaded.

import ArgumentParser
import Foundation
import ClusterAnalysis
import Cypher
import GraphIO
import Procedures

/// The options every command that works on a graph shares.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A database directory: opened when it exists, else created from the graph the other options give; every committed change is logged there before the statement returns.",
            valueName: "dir"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A graph to load (repeatable): an openCypher script, or by its extension a .graphml file, APOC JSON Lines (.jsonl) or an edge list (.csv, .tsv: source,target[,weight]). Without it, the bundled dataset is loaded.",
            valueName: "file"))
    var load: [String] = []

    @Option(
        name: .customLong("load-format"),
        help: ArgumentHelp("Read every --load file as this format, whatever its extension.", valueName: "format"))
    var loadFormat: GraphFileFormat?

    @Flag(name: .long, help: "Start from an empty graph instead of the bundled dataset.")
    var empty = false

    @Flag(name: .customLong("read-only"), help: "Open the --db database without writing it (and without locking it): statements that write are refused.")
    var readOnly = false

    @Option(
        name: .customLong("disable-rule"),
        help: ArgumentHelp(
            "An optimizer rule not to apply (repeatable): answers stay the same, only speed changes. One of \(OptimizerRule.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "rule"))
    var disabledRules: [String] = []

    @Flag(name: .long, help: "Read bytes that are not UTF-8 (in scripts, standard input and CSV files) as U+FFFD instead of failing.")
    var lossy = false

    @Option(
        name: .customLong("import-dir"),
        help: ArgumentHelp(
            "The directory LOAD CSV reads files under (relative paths start there; none may lead out of it); the current directory by default.",
            valueName: "directory"))
    var importDirectory: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Stop a statement that runs longer than this many seconds (it changes nothing); no limit by default.", valueName: "seconds"))
    var timeout: Double?

    @Option(
        name: .customLong("memory-limit"),
        help: ArgumentHelp(
            "Stop a statement while the process holds more memory than this (e.g. 512M, 4G); by default three quarters of the machine's.",
            valueName: "size"))
    var memoryLimit: String?

    /// The limits the options give.
    func resourceLimits() throws -> ResourceLimits {
        var limits = ResourceLimits()
        if let timeout { limits.timeout = .milliseconds(Int64((timeout * 1000).rounded())) }
        if let memoryLimit {
            guard let bytes = parseByteSize(memoryLimit) else {
                throw ValidationError("--memory-limit expects a size such as 512M, 4G or 1500000000, got '\(memoryLimit)'.")
            }
            limits.memoryBytes = bytes
        }
        return limits
    }

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 1e9) {
            throw ValidationError("--timeout expects a number of seconds above 0 (and at most 10^9), got \(timeout).")
        }
        _ = try resourceLimits()
        for name in disabledRules where OptimizerRule(named: name) == nil {
            let names = OptimizerRule.allCases.map(\.rawValue)
            let near = closestName(to: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("Unknown optimizer rule '\(name)'.\(near) The rules are \(names.joined(separator: ", ")).")
        }
        if let db, DatabaseStore.exists(at: db), !load.isEmpty || empty {
            throw ValidationError("'\(db)' exists: it is opened as it is, so --load and --empty do not apply (run the scripts in it with -c or :load).")
        }
    }

    /// A database with the requested graph loaded; exits with code 1 after printing the error on failure.
    /// With --db, the graph is the database directory's (created from the other options when it does
    /// not exist yet), and every committed change is logged there before the statement returns.
    func openDatabase() throws -> GraphDatabase {
        TextInput.lossy = lossy
        var store: DatabaseStore?
        var graph = PropertyGraph()
        if let db {
            if DatabaseStore.exists(at: db) {
                do throws(DatabaseStoreError) {
                    (store, graph) = try DatabaseStore.open(db, readOnly: readOnly)
                } catch {
                    throw InputError(description: "\(error)")
                }
            } else if DatabaseStore.isPlainFile(db) {
                throw InputError(
                    description:
                        "'\(db)' is a file, not a database directory (databases of earlier versions were openCypher scripts); convert it once with: clustergraph query --load \(db) --db \(db).cgdb -c 'RETURN 1'"
                )
            } else if readOnly {
                throw InputError(description: "there is no database in '\(db)' to open read-only")
            }
        }
        let database = GraphDatabase(graph: graph)
        database.acceptsInvalidUTF8 = lossy
        database.disabledRules = Set(disabledRules.compactMap(OptimizerRule.init(named:)))
        database.limits = try resourceLimits()
        database.readOnly = readOnly
        if let importDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: importDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--import-dir '\(importDirectory)' is not a directory.")
            }
            database.importDirectory = importDirectory
        }
        database.interruption = Interruption.requested
        database.planNoted = { printError("note: \($0.message)") }
        ProcedureCatalog.registerAll(in: database.procedures)
        if store == nil {
            var scripts: [(String, String)] = []
            if load.isEmpty && !empty { scripts.append((BundledDataset.script, BundledDataset.fileName)) }
            for path in load { scripts.append((try readFile(path), path)) }
            for (text, name) in scripts {
                // Each file is all or nothing; its format is --load-format's, else its extension's.
                let format = name == BundledDataset.fileName ? .cypher : (loadFormat ?? GraphFileFormat(path: name))
                if format != .cypher {
                    do {
                        _ = try format.read(Array(text.utf8), name: name, into: database.graph)
                    } catch {
                        printError("error: \(error)")
                        throw ExitCode(1)
                    }
                    continue
                }
                do {
                    try database.executeScript(text, fileName: name)
                } catch {
                    printError(error.report)
                    throw ExitCode(1)
                }
            }
            if let db {
                do throws(DatabaseStoreError) {
                    store = try DatabaseStore.create(db, with: database.graph)
                } catch {
                    throw InputError(description: "cannot create the database: \(error)")
                }
            }
        }
        if let store {
            let graph = database.graph  // not the database itself: it holds this closure
            database.afterCommit = { try store.commit(graph) }
        }
        ProcessLifetime.keep(database)
        return database
    }
}

/// The formats `--load` reads.
enum GraphFileFormat: String, ExpressibleByArgument, CaseIterable {
    case cypher, graphml, jsonl, csv, tsv

    /// The format a file's extension names; an openCypher script for any other.
    init(path: String) {
        switch fileExtension(of: path)?.lowercased() {
        case "graphml": self = .graphml
        case "jsonl", "ndjson": self = .jsonl
        case "csv": self = .csv
        case "tsv": self = .tsv
        default: self = .cypher
        }
    }

    /// Adds the graph in `bytes` (the file `name`) to `graph`, all or nothing (not for .cypher: a script
    /// runs as statements).
    func read(_ bytes: [UInt8], name: String, into graph: PropertyGraph) throws -> (nodes: Int, relationships: Int) {
        switch self {
        case .graphml: return try GraphMLReader.read(bytes, name: name, into: graph)
        case .jsonl: return try JSONLinesReader.read(bytes, name: name, into: graph)
        case .csv: return try EdgeListReader.read(bytes, name: name, separator: UInt8(ascii: ","), into: graph)
        case .tsv: return try EdgeListReader.read(bytes, name: name, separator: UInt8(ascii: "\t"), into: graph)
        case .cypher: throw InputError(description: "\(name) is an openCypher script: it is run as statements, not read as a graph file")
        }
    }
}

/// A byte count written as `1500000000`, `512K`, `512M`, `4G`, `1.5GB` (powers of 1024), or nil.
func parseByteSize(_ text: String) -> Int? {
    var digits = text.trimmingWhitespace.uppercased()
    if digits.hasSuffix("B") { digits.removeLast() }
    var factor = 1.0
    if let unit = digits.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][String(unit)] {
        factor = pow(1024, Double(power))
        digits.removeLast()
    }
    guard let number = Double(digits.trimmingWhitespace), number > 0, number * factor < Double(Int.max) else { return nil }
    return Int(number * factor)
}

/// What lives until the process ends: a large graph is not taken apart object by object when the
/// command returns (freeing a million nodes costs a quarter of a second; the system frees it at once).
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    static func keep(_ object: AnyObject) { kept.append(object) }
}
