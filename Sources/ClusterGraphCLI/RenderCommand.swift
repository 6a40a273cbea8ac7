// `clustergraph render`: draws what a query returns — its nodes, relationships and paths — with
// Graphviz, in-process, as SVG, PNG or PDF (or the DOT text). Without a query it draws the paper's
// cluster network: every cluster and the countries it involves.

import ArgumentParser
import Cypher
import GraphRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LayoutEngine: ExpressibleByArgument {}
extension PictureFileFormat: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the nodes, relationships and paths a query returns (Graphviz).",
        discussion: """
            Every node, relationship and path in the query's rows is drawn (a relationship brings its two \
            nodes); nodes are captioned by name, title, iso, code or id and styled by their first label. \
            Without -c or -f the cluster network is drawn: \(defaultQuery)

            Examples:
              clustergraph render -o clusters.svg
              clustergraph render -o borders.png \\
                  -c 'MATCH p = (:Country)-[:BORDERS]-(:Country) RETURN p'
              clustergraph render --engine dot -o russia.pdf \\
                  -c 'MATCH p = (:Region)-[:IN]->(:Country {iso: "RU"}) RETURN p'
              clustergraph render -f query.cypher --format dot > picture.dot
              clustergraph render -o ties.svg --tie a,b,shared \\
                  -c "CALL clusters.ties({level: 'country'}) YIELD a, b, shared RETURN *"
            """
    )

    static let defaultQuery = "MATCH p = (:Cluster)-[:INVOLVES]->(:Country) RETURN p"

    @Option(name: .shortAndLong, help: "The query whose result is drawn.")
    var command: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("A file with the query (its statements run in order).", valueName: "file"))
    var file: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the picture (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the output's extension, else svg).")
    var format: PictureFileFormat?

    @Option(name: .long, help: "The Graphviz layout: neato (networks), dot (hierarchies), fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .neato

    @Option(name: .long, help: "A title above the picture.")
    var title: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Draw an undirected tie between the nodes in columns a and b of each row, as wide as the number in column weight.",
            valueName: "a,b[,weight]"))
    var tie: String?

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        if command != nil && file != nil { throw ValidationError("Give either -c or -f, not both.") }
    }

    func run() throws {
        let database = try graph.openDatabase()
        let source = try command ?? file.map(readFile) ?? Self.defaultQuery
        var results: [QueryResult] = []
        try runStatements(source, named: file, on: database) { results.append($0) }
        let format = self.format ?? Pictures.format(ofPath: output) ?? .svg
        do throws(PictureError) {
            let picture = try Pictures.picture(of: results, in: database.graph, tie: tie)
            let bytes = try Pictures.bytes(of: picture, format: format, engine: engine, title: title)
            if let output {
                try Pictures.write(bytes, to: output)
                printError("wrote \(output) (\(bytes.count) bytes, \(format.rawValue))")
            } else {
                guard format == .svg || format == .dot || isatty(STDOUT_FILENO) != 1 else {
                    throw PictureError("a \(format.rawValue) picture is binary; write it to a file with -o, or pipe it")
                }
                writeAll(bytes, to: STDOUT_FILENO)
            }
        } catch {
            printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
