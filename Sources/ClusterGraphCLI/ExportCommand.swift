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
extension CypherDialect: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as an openCypher script, GraphML or JSON Lines.",
        discussion: """
            The Cypher script recreates the graph in ClusterGraph (--load), Neo4j, Memgraph or FalkorDB \
            (--dialect: the syntax of indexes and constraints): the schema, then one CREATE of every node \
            and relationship, or for a graph larger than --batch-size, UNWIND statements of that many rows \
            each (nodes found again through a temporary label and index the script drops at the end). \
            GraphML opens in Gephi, yEd and Cytoscape; JSON Lines \
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

    @Option(name: .long, help: "For --format cypher: the engine whose index and constraint syntax to write: neo4j (also read by ClusterGraph), memgraph or falkordb.")
    var dialect: CypherDialect = .neo4j

    @Option(
        name: .customLong("batch-size"),
        help: "For --format cypher: rows per UNWIND statement; a graph with no more nodes and relationships than this is one CREATE.")
    var batchSize = 10_000

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1, got \(batchSize).") }
    }

    func run() throws {
        let database = try graph.openDatabase()
        for statement in command {
            try runStatements(statement, named: nil, on: database) { _ in }
        }
        let format = self.format ?? output.flatMap(Self.format(ofPath:)) ?? .cypher
        let bytes = Array(database.graph.exported(as: format, cypher: CypherExportOptions(dialect: dialect, batchSize: batchSize)).utf8)
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
