// `clustergraph render`: draws what a query returns — its nodes, relationships and paths — with
// Graphviz (libgvc, in a child process Ctrl-C stops) as SVG, PNG or PDF (or the DOT text), styled by
// the data (--color, --size, --label, --group, --width, with a legend) or by a preset of the paper's
// pictures. Without a query it draws the paper's cluster network: every cluster and the countries it
// involves.

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
extension Splines: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the nodes, relationships and paths a query returns (Graphviz).",
        discussion: """
            Every node, relationship and path in the query's rows is drawn (a relationship brings its two \
            nodes); nodes are captioned by name, title, iso, code or id and styled by their first label. \
            Without -c or -f the cluster network is drawn: \(defaultQuery)

            --color, --size, --label and --group take BY: a column of the row that returned the node \
            (a row with one node: RETURN node, score), else a property of the node, else `label` (its \
            first label), else a label's name — the node itself or its neighbour with that label \
            (--color country colours regions by their country). Strings and up to seven distinct \
            integers are categories (Okabe–Ito colours), other numbers a scale (viridis); force one \
            with BY:category or BY:scale. --size makes node areas proportional to the value. A legend \
            explains every mapping used. Relationships of BORDERS and ADJACENT (or --undirected types) \
            are drawn once per pair, without arrows.

            Presets draw the paper's pictures: clusters (coloured by type, countries sized by their \
            clusters), ties (countries tied by shared clusters), regions (regions sized by PageRank, \
            coloured by country; --color community for Louvain communities), map (the clusters at \
            their regions' places).

            Examples:
              clustergraph render -o clusters.svg
              clustergraph render -o borders.png \\
                  -c 'MATCH p = (:Country)-[:BORDERS]-(:Country) RETURN p'
              clustergraph render --engine dot -o russia.pdf \\
                  -c 'MATCH p = (:Region)-[:IN]->(:Country {iso: "RU"}) RETURN p'
              clustergraph render -f query.cypher --format dot > picture.dot
              clustergraph render -o ties.svg --tie a,b,shared \\
                  -c "CALL clusters.ties({level: 'country'}) YIELD a, b, shared RETURN *"
              clustergraph render -o pr.svg --size score --color country \\
                  -c "CALL algo.pageRank({project: 'region'}) YIELD node, score RETURN node, score"
              clustergraph render --preset clusters -o clusters.png
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

    @Option(name: .long, help: "The Graphviz layout: neato (networks, the default), dot (hierarchies), fdp, sfdp, circo, twopi, or nop (positions as given; the default with --map).")
    var engine: LayoutEngine?

    @Flag(name: .long, help: "Place nodes by their lat and lon properties (a map; clusters at the mean of their regions).")
    var map = false

    @Option(name: .long, help: ArgumentHelp("Draw one of the paper's pictures: clusters, ties, regions or map.", valueName: "name"))
    var preset: PicturePreset?

    @Option(name: .long, help: "A title above the picture.")
    var title: String?

    @Option(name: .long, help: "A line under the legend, e.g. the data's source.")
    var caption: String?

    @Option(name: .long, help: ArgumentHelp("Fill nodes by a column, property or label (see above).", valueName: "BY[:category|:scale]"))
    var color: String?

    @Option(name: .long, help: ArgumentHelp("Make node areas proportional to a number.", valueName: "BY"))
    var size: String?

    @Option(name: .long, help: ArgumentHelp("Caption nodes by a column, property or label.", valueName: "BY"))
    var label: String?

    @Option(name: .long, help: ArgumentHelp("Box the nodes of each value together (dot and fdp layouts).", valueName: "BY"))
    var group: String?

    @Option(name: .long, help: ArgumentHelp("Make relationships as wide as a numeric property (ties: their weight).", valueName: "key"))
    var width: String?

    @Option(name: .long, help: "Edges: auto (curved up to 100 edges, else straight), line, curved, ortho or polyline.")
    var splines: Splines?

    @Option(name: .long, help: ArgumentHelp("Caption only the N largest (or best connected) nodes and the N heaviest ties.", valueName: "N"))
    var maxLabels: Int?

    @Option(name: .long, help: ArgumentHelp("Relationship types drawn once per pair, without arrows.", valueName: "TYPE,…"))
    var undirected: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Draw an undirected tie between the nodes in columns a and b of each row, as wide as the number in column weight.",
            valueName: "a,b[,weight]"))
    var tie: String?

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        if command != nil && file != nil { throw ValidationError("Give either -c or -f, not both.") }
        if preset != nil && (command != nil || file != nil) { throw ValidationError("--preset draws its own query; leave out -c and -f.") }
        if let maxLabels, maxLabels < 0 { throw ValidationError("--max-labels must be 0 or more.") }
        do {
            _ = try style()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The preset's style (or the plain one) with every style option given on the command line.
    func style() throws -> PictureStyle {
        var style = preset?.style ?? Pictures.plainStyle
        if let color { style.color = try Mapping(parsing: color) }
        if let size { style.size = try Mapping(parsing: size) }
        if let label { style.label = try Mapping(parsing: label) }
        if let group { style.group = try Mapping(parsing: group) }
        if let width { style.width = try Mapping(parsing: width) }
        if let splines { style.splines = splines }
        if let maxLabels {
            style.maxNodeLabels = maxLabels
            style.maxEdgeLabels = maxLabels
        }
        if let title { style.title = title }
        if let caption { style.caption = caption }
        if map { style.geographic = true }
        if let undirected { style.undirectedTypes = Set(undirected.split(separator: ",").map { $0.trimmingWhitespace }) }
        return style
    }

    func run() throws {
        // Ctrl-C stops the query or the layout; nothing is written.
        Interruption.catchSignals([SIGINT, SIGTERM])
        let database = try graph.openDatabase()
        let source = try preset?.script ?? command ?? file.map(readFile) ?? Self.defaultQuery
        var results: [QueryResult] = []
        try runStatements(source, named: file, on: database) { results.append($0) }
        let format = self.format ?? Pictures.format(ofPath: output) ?? .svg
        let style = try self.style()  // checked by validate()
        let engine = self.engine ?? (style.geographic ? .nop : .neato)
        if style.group != nil, engine != .dot, engine != .fdp, format != .dot {
            printError("note: --group draws boxes only with --engine dot or fdp; \(engine.rawValue) draws the nodes without them")
        }
        do throws(PictureError) {
            let picture = try Pictures.picture(of: results, in: database.graph, tie: tie ?? preset?.tie, style: style)
            if picture.unplaced > 0 {
                printError("note: \(picture.unplaced) nodes have no lat and lon (nor a placed neighbour) and are left off the map")
            }
            let bytes = try Pictures.bytes(of: picture, format: format, engine: engine, style: style, note: { printError($0) })
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
            if let signal = Interruption.caughtSignal { throw ExitCode(Interruption.exitStatus(for: signal)) }
            throw ExitCode(1)
        }
    }
}
