// The `clustergraph` command: a thin shell over the libraries. It parses arguments, loads graphs, runs
// statements and formats results; the engine knows nothing of terminals.

import ArgumentParser

@main
struct ClusterGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustergraph",
        abstract: "A graph database and network analyzer for the geography of industrial clusters.",
        discussion: """
            Load a graph from openCypher scripts and query it with Cypher:

              clustergraph query --load Graphs/interregional-clusters.cypher -c 'MATCH (c:Country) RETURN c.name'
            """,
        subcommands: [QueryCommand.self, CentralityCommand.self],
        defaultSubcommand: nil
    )
}
