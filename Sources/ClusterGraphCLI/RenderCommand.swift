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
              clustergraph render -o ties.svg --tie a,b,shared \\
                  -c "CALL clusters.ties({level: 'country'}) YIELD a, b, shared RETURN *"
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
        var ties: [RenderGraph.Tie] = []
        try runStatements(source, named: file, on: database) { result in
            for row in result.rows { for value in row { collect(value, &nodes, &relationships) } }
            if let tie {
                do {
                    ties += try Self.ties(tie, in: result)
                } catch let error as ValidationError {
                    printError("error: \(error.message)")
                    throw ExitCode(1)
                }
            }
        }
        let picture = RenderGraph(graph: database.graph, nodes: nodes, relationships: relationships, ties: ties)
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

    /// The ties `spec` ("a,b" or "a,b,weight": column names) picks from each row of `result`.
    static func ties(_ spec: String, in result: QueryResult) throws -> [RenderGraph.Tie] {
        let names = spec.split(separator: ",").map { $0.trimmingWhitespace }
        guard names.count == 2 || names.count == 3 else {
            throw ValidationError("--tie takes two or three column names: a,b or a,b,weight (got '\(spec)').")
        }
        let columns = try names.map { name in
            guard let index = result.columns.firstIndex(of: name) else {
                throw ValidationError("--tie: the result has no column `\(name)`; its columns are \(result.columns.joined(separator: ", ")).")
            }
            return index
        }
        return try result.rows.compactMap { row -> RenderGraph.Tie? in
            guard case .node(let a) = row[columns[0]], case .node(let b) = row[columns[1]] else {
                if row[columns[0]].isNull || row[columns[1]].isNull { return nil }
                throw ValidationError("--tie: columns `\(names[0])` and `\(names[1])` must hold nodes.")
            }
            guard columns.count == 3 else { return RenderGraph.Tie(a, b) }
            switch row[columns[2]] {
            case .int(let w): return RenderGraph.Tie(a, b, weight: Double(w))
            case .float(let w): return RenderGraph.Tie(a, b, weight: w)
            case .null: return RenderGraph.Tie(a, b)
            default: throw ValidationError("--tie: the weight column `\(names[2])` must hold numbers.")
            }
        }
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
