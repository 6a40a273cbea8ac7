// The `clustergraph` command: a thin shell over the libraries. It parses arguments, loads graphs, runs
// statements and formats results; the engine knows nothing of terminals.

import ArgumentParser
import Foundation

@main
struct ClusterGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustergraph",
        abstract: "A graph database and network analyzer for the geography of industrial clusters.",
        discussion: """
            The graph is the bundled dataset of the paper's clusters \
            (Graphs/interregional-clusters.cypher, compiled into the program) unless you load your own \
            scripts with --load.

            Examples:
              clustergraph                           # the interactive shell
              clustergraph query -f Queries/hubs.cypher
              clustergraph centrality --algorithm betweenness --project country
              clustergraph render -o clusters.svg
            """,
        subcommands: [ShellCommand.self, QueryCommand.self, CentralityCommand.self, RenderCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: ShellCommand.self
    )

    /// Runs the command on a thread with a 512 MB stack (reserved, not used): the parser bounds how deep
    /// Cypher expressions nest, and a debug build's deep frames need more than the main thread's 8 MB.
    static func main() {
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            Self.main(nil)
            finished.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        finished.wait()
        Foundation.exit(0)
    }
}
