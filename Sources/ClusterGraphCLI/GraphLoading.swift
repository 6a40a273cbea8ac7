// Opening the database a command works on: the graphs given with --load, or — with none given — the
// bundled interregional-clusters dataset compiled into the binary; with every library procedure
// registered. Load errors are reported with file, line, column and caret, and nothing of the failing file
// is loaded.

import ArgumentParser
import ClusterAnalysis
import Cypher
import Procedures

/// The options every command that works on a graph shares.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An openCypher script to load (repeatable). Without it, the bundled dataset is loaded.", valueName: "file"))
    var load: [String] = []

    @Flag(name: .long, help: "Start from an empty graph instead of the bundled dataset.")
    var empty = false

    /// A database with the requested graph loaded; exits with code 1 after printing the error on failure.
    func openDatabase() throws -> GraphDatabase {
        let database = GraphDatabase()
        ProcedureCatalog.registerAll(in: database.procedures)
        var scripts: [(String, String)] = []
        if load.isEmpty && !empty {
            scripts.append((BundledDataset.script, BundledDataset.fileName))
        }
        for path in load { scripts.append((try readFile(path), path)) }
        for (text, name) in scripts {
            do {
                try database.executeScript(text, fileName: name)
            } catch {
                printError(error.report)
                throw ExitCode(1)
            }
        }
        return database
    }
}
