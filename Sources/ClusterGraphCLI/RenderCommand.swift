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
            """
    )

    static let defaultQuery = "MATCH p = (:Cluster)-[:INVOLVES]->(:Country) RETURN p"

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf, dot
    }

    @Option(name: .shortAndLong, help: "The query whose result is drawn.")
    var command: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("A file with the query (its statements run in order).", valueName: "file"))
    var file: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the picture (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the output's extension, else svg).")
    var format: Format?

    @Option(name: .long, help: "The Graphviz layout: neato (networks), dot (hierarchies), fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .neato

    @Option(name: .long, help: "A title above the picture.")
    var title: String?

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        if command != nil && file != nil { throw ValidationError("Give either -c or -f, not both.") }
    }

    /// The format asked for, or the one the output file's extension names.
    var resolvedFormat: Format {
        if let format { return format }
        if let output, let dot = output.lastIndex(of: "."), let byExtension = Format(rawValue: output[output.index(after: dot)...].lowercased()) {
            return byExtension
        }
        return .svg
    }

    func run() throws {
        let database = try graph.openDatabase()
        let source = try command ?? file.map(readFile) ?? Self.defaultQuery
        var nodes: [NodeID] = []
        var relationships: [RelationshipID] = []
        try runStatements(source, named: file, on: database) { result in
            for row in result.rows { for value in row { collect(value, &nodes, &relationships) } }
        }
        let picture = RenderGraph(graph: database.graph, nodes: nodes, relationships: relationships)
        guard !picture.nodes.isEmpty else {
            printError("error: the query returned no nodes, relationships or paths to draw; return them (e.g. MATCH p = … RETURN p)")
            throw ExitCode(1)
        }
        let dot = DOTWriter.dot(picture, title: title)
        let bytes: [UInt8]
        switch resolvedFormat {
        case .dot: bytes = Array(dot.utf8)
        case .svg, .png, .pdf:
            do {
                bytes = try Graphviz.render(dot: dot, engine: engine, format: PictureFormat(rawValue: resolvedFormat.rawValue) ?? .svg)
            } catch {
                printError("error: \(error)")
                throw ExitCode(1)
            }
        }
        try write(bytes)
    }

    /// Gathers the graph elements inside a value (lists, maps and paths included).
    private func collect(_ value: Value, _ nodes: inout [NodeID], _ relationships: inout [RelationshipID]) {
        switch value {
        case .node(let id): nodes.append(id)
        case .relationship(let id): relationships.append(id)
        case .path(let path):
            nodes.append(contentsOf: path.nodes)
            relationships.append(contentsOf: path.relationships)
        case .list(let items): for item in items { collect(item, &nodes, &relationships) }
        case .map(let map): for (_, item) in map { collect(item, &nodes, &relationships) }
        default: break
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        guard let output else {
            if resolvedFormat == .png || resolvedFormat == .pdf, isatty(STDOUT_FILENO) == 1 {
                printError("error: a \(resolvedFormat.rawValue) picture is binary; write it to a file with -o, or pipe it")
                throw ExitCode(1)
            }
            writeAll(bytes, to: STDOUT_FILENO)
            return
        }
        let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            printError("error: cannot write '\(output)': \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        defer { close(descriptor) }
        guard writeAll(bytes, to: descriptor) else {
            printError("error: writing '\(output)' failed: \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        printError("wrote \(output) (\(bytes.count) bytes, \(resolvedFormat.rawValue))")
    }
}
