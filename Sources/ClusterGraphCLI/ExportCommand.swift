// `clustergraph export`: writes the graph — the bundled dataset, or scripts given with --load, after
// any statements given with -c — as an openCypher script, GraphML (Gephi, yEd, Cytoscape) or JSON Lines.

import ArgumentParser
import Cypher
import GraphIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as an openCypher script, GraphML or JSON Lines.",
        discussion: """
            The Cypher script recreates the graph in ClusterGraph (--load) or Neo4j: indexes and constraints \
            in Neo4j 5 syntax, then one CREATE of every node and relationship (which Memgraph and FalkorDB \
            also read, without the schema lines). GraphML opens in Gephi, yEd and Cytoscape; JSON Lines \
            follows Neo4j APOC's export layout. Statements given with -c run first, so a graph can be \
            trimmed or extended before it is written.

            Examples:
              clustergraph export -o clusters.graphml
              clustergraph export --format cypher > clusters.cypher
              clustergraph export --load mine.cypher -c 'MATCH (n:Draft) DETACH DELETE n' -o mine.jsonl
            """
    )

    @Option(name: .shortAndLong, help: "A statement to run before exporting (repeatable).")
    var command: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "cypher, graphml or jsonl (default: from the output's extension, else cypher).")
    var format: ExportFormat?

    @OptionGroup var graph: GraphOptions

    func run() throws {
        let database = try graph.openDatabase()
        for statement in command {
            try runStatements(statement, named: nil, on: database) { _ in }
        }
        let format = self.format ?? output.flatMap(Self.format(ofPath:)) ?? .cypher
        let bytes = Array(database.graph.exported(as: format).utf8)
        guard let output else {
            guard writeAll(bytes, to: STDOUT_FILENO) else {
                printError("error: writing to standard output failed: \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
            return
        }
        if let failure = writeFile(bytes, to: output) {
            printError("error: \(failure)")
            throw ExitCode(1)
        }
        printError(
            "wrote \(output) (\(database.graph.nodeCount) nodes, \(database.graph.relationshipCount) relationships, \(format.rawValue))")
    }

    /// The format a file name's extension names (none for a name without one).
    static func format(ofPath path: String) -> ExportFormat? {
        switch fileExtension(of: path) {
        case "cypher", "cql": return .cypher
        case "graphml", "xml": return .graphml
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}
