// `clustergraph shell` (also `clustergraph` with no subcommand): the interactive shell on a graph — the
// bundled dataset unless --load or --empty says otherwise. On a terminal it edits lines with libedit and
// prints boxed tables; fed by a pipe it runs what it reads, results on standard output, everything else
// on standard error, and exits with 1 if any statement failed.

import ArgumentParser
import ClusterAnalysis
import Cypher

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Work with a graph interactively (the default command).",
        discussion: """
            Type Cypher statements ending with ';' (they may span lines) and shell commands starting with \
            ':' — :help lists them. Tab completes keywords, labels, relationship types, property keys, \
            functions and procedures; history is kept in ~/.clustergraph_history. Without a terminal, \
            the statements are read from standard input and run in order.

            Examples:
              clustergraph
              clustergraph shell --load my-graph.cypher
              echo 'MATCH (c:Country) RETURN count(c);' | clustergraph shell --format csv
            """
    )

    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: "Output format: table, csv, tsv, json, jsonl, markdown or line.")
    var format: OutputFormat = .table

    func run() throws {
        // Ctrl-C stops the statement running (or drops the line being typed) instead of the shell.
        Interruption.catchSignals([SIGINT, SIGTERM])
        let database = try graph.openDatabase()
        // Someone types when standard input is a terminal (even if the output is piped to a file);
        // tables are boxed and notes go to standard output only when both are terminals.
        let typing = isatty(STDIN_FILENO) == 1
        let interactive = typing && isatty(STDOUT_FILENO) == 1
        let shell = Shell(
            database: database, format: format, interactive: interactive,
            write: { print($0, terminator: "") }, writeError: { printError($0) })
        if interactive { shell.pager = Pager.fromEnvironment() }
        if typing {
            var completion = Completion()
            completion.refresh(from: database)
            var lines = TerminalLines(completion: completion)
            shell.graphChanged = { [lines] in
                var refreshed = Completion()
                refreshed.refresh(from: database)
                lines.updateCompletion(refreshed)
            }
            if interactive { print(banner(database)) }
            shell.run(&lines)
        } else {
            var lines = PipedLines()
            shell.inputName = "<stdin>"
            shell.run(&lines)
        }
        if shell.failed, !typing { throw ExitCode(1) }
    }

    private func banner(_ database: GraphDatabase) -> String {
        let what = graph.load.isEmpty ? (graph.empty ? "an empty graph" : "the bundled dataset (\(BundledDataset.fileName))") : graph.load.joined(separator: ", ")
        return """
            ClusterGraph — \(what): \(database.graph.nodeCount) nodes, \(database.graph.relationshipCount) relationships.
            Statements end with ';'. :help lists the shell's commands, :quit leaves.
            """
    }
}
