// From query results to a picture file, shared by `clustergraph render` and the shell's `:render`:
// which nodes, relationships, paths and ties the results hold, the bytes of the picture in a format,
// and writing them to a file. Errors are sentences for the user.

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
    /// The format a file name's extension names (`clusters.png` → png), if any.
    static func format(ofPath path: String?) -> PictureFileFormat? {
        path.flatMap(fileExtension).flatMap(PictureFileFormat.init(rawValue:))
    }

    /// Every node, relationship and path in `results` (inside lists and maps too), and the ties `tie`
    /// ("a,b" or "a,b,weight": column names) picks from their rows.
    static func picture(of results: [QueryResult], in graph: PropertyGraph, tie: String?) throws(PictureError) -> RenderGraph {
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
            if let tie { ties += try self.ties(tie, in: result) }
        }
        let picture = RenderGraph(graph: graph, nodes: nodes, relationships: relationships, ties: ties)
        guard !picture.nodes.isEmpty else {
            throw PictureError("the query returned no nodes, relationships or paths to draw; return them (e.g. MATCH p = … RETURN p)")
        }
        return picture
    }

    /// The ties `spec` picks from each row of `result`.
    static func ties(_ spec: String, in result: QueryResult) throws(PictureError) -> [RenderGraph.Tie] {
        let names = spec.split(separator: ",").map { $0.trimmingWhitespace }
        guard names.count == 2 || names.count == 3 else {
            throw PictureError("--tie takes two or three column names: a,b or a,b,weight (got '\(spec)').")
        }
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

    /// The picture as `format`: DOT text, or laid out by `engine` and rendered by Graphviz.
    static func bytes(of picture: RenderGraph, format: PictureFileFormat, engine: LayoutEngine, title: String?) throws(PictureError) -> [UInt8] {
        let dot = DOTWriter.dot(picture, title: title)
        guard let pictureFormat = PictureFormat(rawValue: format.rawValue) else { return Array(dot.utf8) }
        do {
            return try Graphviz.render(dot: dot, engine: engine, format: pictureFormat)
        } catch {
            throw PictureError("\(error)")
        }
    }

    /// Writes `bytes` to the file at `path`, replacing it.
    static func write(_ bytes: [UInt8], to path: String) throws(PictureError) {
        if let failure = writeFile(bytes, to: path) { throw PictureError(failure) }
    }
}
