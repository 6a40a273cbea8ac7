// From query results to a picture file, shared by `clustergraph render` and the shell's `:render`:
// which nodes, relationships, paths and ties the results hold, the bytes of the picture in a format,
// and writing them to a file. Errors are sentences for the user.

import ClusterAnalysis
import Cypher
import GraphRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A picture's file format: a Graphviz rendering or the DOT text itself.
enum PictureFileFormat: String, CaseIterable {
    case svg, png, pdf, dot
}

/// Why no picture was made, in words for the user.
struct PictureError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

enum Pictures {
    /// The plain style: the dataset's symmetric relationships (BORDERS, ADJACENT) drawn without arrows.
    static var plainStyle: PictureStyle {
        PictureStyle(undirectedTypes: [ClusterSchema.standard.borders, ClusterSchema.standard.adjacent])
    }

    /// The format a file name's extension names (`clusters.png` → png), if any.
    static func format(ofPath path: String?) -> PictureFileFormat? {
        path.flatMap(fileExtension).flatMap(PictureFileFormat.init(rawValue:))
    }

    /// Every node, relationship and path in `results` (inside lists and maps too), and the ties `tie`
    /// ("a,b" or "a,b,weight": column names) picks from the rows of the results that have those columns;
    /// then the values `style` maps are read (see `columnsByNode` for what a row tells about a node).
    static func picture(of results: [QueryResult], in graph: PropertyGraph, tie: String?, style: PictureStyle = PictureStyle()) throws(PictureError) -> RenderGraph {
        var nodes: [NodeID] = []
        var relationships: [RelationshipID] = []
        var ties: [RenderGraph.Tie] = []
        func collect(_ value: Value) {
            switch value {
            case .node(let id): nodes.append(id)
            case .relationship(let id): relationships.append(id)
            case .path(let path):
                nodes.append(contentsOf: path.nodes)
                relationships.append(contentsOf: path.relationships)
            case .list(let items): for item in items { collect(item) }
            case .map(let map): for (_, item) in map { collect(item) }
            default: break
            }
        }
        for result in results {
            for row in result.rows { for value in row { collect(value) } }
        }
        if let tie {
            let names = try tieColumns(tie)
            let matching = results.filter { result in names.allSatisfy(result.columns.contains) }
            guard !matching.isEmpty else {
                let columns = results.last?.columns.joined(separator: ", ") ?? "none"
                throw PictureError("--tie: no result has the columns \(names.joined(separator: ", ")); the last result's columns are \(columns).")
            }
            for result in matching { ties += try self.ties(names, in: result) }
        }
        var picture = RenderGraph(graph: graph, nodes: nodes, relationships: relationships, ties: ties)
        guard !picture.nodes.isEmpty else {
            throw PictureError("the query returned no nodes, relationships or paths to draw; return them (e.g. MATCH p = … RETURN p)")
        }
        do {
            try picture.apply(style, columns: columnsByNode(results), in: graph)
        } catch {
            throw PictureError("\(error)")
        }
        if picture.nodes.isEmpty {
            throw PictureError("none of the nodes to draw has lat and lon properties (nor a neighbour that has), so none can go on a map")
        }
        return picture
    }

    /// What the rows say about single nodes: in a row that holds exactly one node (in its own column —
    /// `RETURN node, score`), the row's other plain values (numbers, strings, booleans, lists of them)
    /// belong to that node, by column name; the first row that names a node's column wins.
    static func columnsByNode(_ results: [QueryResult]) -> [NodeID: [String: Value]] {
        func isPlain(_ value: Value) -> Bool {
            switch value {
            case .node, .relationship, .path, .map: return false
            case .list(let items): return items.allSatisfy(isPlain)
            default: return true
            }
        }
        var columns: [NodeID: [String: Value]] = [:]
        for result in results {
            for row in result.rows {
                var found: NodeID?
                var several = false
                for value in row {
                    guard case .node(let id) = value else { continue }
                    if let found, found != id { several = true }
                    found = id
                }
                guard let node = found, !several else { continue }
                for (name, value) in zip(result.columns, row) where isPlain(value) && columns[node]?[name] == nil {
                    columns[node, default: [:]][name] = value
                }
            }
        }
        return columns
    }

    /// The column names of a `--tie` specification.
    static func tieColumns(_ spec: String) throws(PictureError) -> [String] {
        let names = spec.split(separator: ",").map { $0.trimmingWhitespace }
        guard names.count == 2 || names.count == 3 else {
            throw PictureError("--tie takes two or three column names: a,b or a,b,weight (got '\(spec)').")
        }
        return names
    }

    /// The ties the columns `names` (a, b and maybe a weight) give in each row of `result`.
    static func ties(_ names: [String], in result: QueryResult) throws(PictureError) -> [RenderGraph.Tie] {
        var columns: [Int] = []
        for name in names {
            guard let index = result.columns.firstIndex(of: name) else {
                throw PictureError("--tie: the result has no column `\(name)`; its columns are \(result.columns.joined(separator: ", ")).")
            }
            columns.append(index)
        }
        var ties: [RenderGraph.Tie] = []
        for row in result.rows {
            guard case .node(let a) = row[columns[0]], case .node(let b) = row[columns[1]] else {
                if row[columns[0]].isNull || row[columns[1]].isNull { continue }
                throw PictureError("--tie: columns `\(names[0])` and `\(names[1])` must hold nodes.")
            }
            guard columns.count == 3 else {
                ties.append(RenderGraph.Tie(a, b))
                continue
            }
            switch row[columns[2]] {
            case .int(let w): ties.append(RenderGraph.Tie(a, b, weight: Double(w)))
            case .float(let w): ties.append(RenderGraph.Tie(a, b, weight: w))
            case .null: ties.append(RenderGraph.Tie(a, b))
            default: throw PictureError("--tie: the weight column `\(names[2])` must hold numbers.")
            }
        }
        return ties
    }

    /// The picture as `format`: DOT text, or laid out by `engine` and rendered by Graphviz (in a child
    /// process that Ctrl-C stops; a note on standard error when the layout takes over a second).
    ///
    /// The neato picture is laid out by ClusterGraph's stress layout (the same stress neato minimizes,
    /// by SGD; see StressLayout) and Graphviz only spreads overlapping nodes and draws it (nop); the DOT
    /// text is written without positions, for any engine to lay out.
    static func bytes(of picture: RenderGraph, format: PictureFileFormat, engine: LayoutEngine, style: PictureStyle, note: (String) -> Void) throws(PictureError) -> [UInt8] {
        var style = style
        style.engine = engine
        guard let pictureFormat = PictureFormat(rawValue: format.rawValue) else {
            do {
                return Array(try DOTWriter.dot(picture, style: style).utf8)
            } catch {
                throw PictureError("\(error)")
            }
        }
        let ownLayout = engine == .neato && !style.geographic
        let dot: String
        do {
            dot = try DOTWriter.dot(picture, style: style, layOut: ownLayout)
        } catch {
            throw PictureError("\(error)")
        }
        let named = engine
        let engine = ownLayout ? LayoutEngine.nop : engine
        Interruption.clear()  // a Ctrl-C pressed before drawing started does not stop it
        do {
            return try Graphviz.render(
                dot: dot, engine: engine, format: pictureFormat, shouldStop: Interruption.requested,
                onSlow: { note("laying out \(picture.nodes.count) nodes and \(picture.edges.count) edges with \(named.rawValue)… (Ctrl-C stops)") })
        } catch {
            throw PictureError("\(error)")
        }
    }

    /// Writes `bytes` to the file at `path`, replacing it.
    static func write(_ bytes: [UInt8], to path: String) throws(PictureError) {
        if let failure = writeFile(bytes, to: path) { throw PictureError(failure) }
    }
}
