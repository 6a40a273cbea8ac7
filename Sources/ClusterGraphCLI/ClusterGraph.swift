// The `clustergraph` command: a thin shell over the libraries. It parses arguments, loads graphs, runs
// statements and formats results; the engine knows nothing of terminals.

import ArgumentParser

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
        subcommands: [ShellCommand.self, QueryCommand.self, CentralityCommand.self, RenderCommand.self, ExportCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}
