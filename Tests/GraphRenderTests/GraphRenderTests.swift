// Tests of pictures: the DOT text of a small graph against a golden file (captions, styles, escaping,
// edge labels only when types differ), and Graphviz in-process — every engine and format renders, a
// Cyrillic caption survives into the SVG, and bad DOT is an error, not a crash. Run with
// UPDATE_GOLDEN=1 to rewrite Golden/ after a deliberate change, and review the diff.

import Cypher
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import GraphRender
import GraphStore
import Testing

@Suite struct GraphRenderTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// A cluster, two countries, a region with a quote in its name, a node with no naming property.
    func picture() throws -> (GraphDatabase, RenderGraph) {
        let database = GraphDatabase()
        _ = try database.execute(
            """
            CREATE (k:Cluster {name: 'Ботническая дуга'}), (se:Country {iso: 'SE', name: 'Sweden', lat: 62.8, lon: 16.7}),
                   (fi:Country {iso: 'FI', name: 'Finland', lat: 64.5, lon: 26.3}),
                   (r:Region {code: 'SE33', name: 'Övre "Norrland"', lat: 65.6, lon: 22.1}), (x:Note),
                   (k)-[:INVOLVES]->(se), (k)-[:INVOLVES]->(fi), (r)-[:IN]->(se)
            """)
        let result = try database.execute("MATCH p = (:Cluster)-[:INVOLVES]->() RETURN p UNION MATCH p = (:Region)-[:IN]->() RETURN p")
        var nodes: [NodeID] = [], relationships: [RelationshipID] = []
        for row in result.rows {
            if case .path(let path) = row[0] {
                nodes += path.nodes
                relationships += path.relationships
            }
        }
        nodes.append(NodeID(4))  // the Note, captioned by label and id
        return (database, RenderGraph(graph: database.graph, nodes: nodes, relationships: relationships))
    }

    @Test func theDOTTextOfASmallGraph() throws {
        let (_, graph) = try picture()
        let dot = try DOTWriter.dot(graph, style: PictureStyle(title: "Bothnian \"Arc\""))
        let url = Self.goldenDirectory.appendingPathComponent("small.dot")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try dot.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(dot == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func oneRelationshipTypeLeavesEdgesUnlabelled() throws {
        let (database, _) = try picture()
        let graph = RenderGraph(graph: database.graph, nodes: [], relationships: [RelationshipID(0), RelationshipID(1)])
        #expect(graph.nodes.map(\.caption) == ["Ботническая дуга", "Sweden", "Finland"])
        #expect(try !DOTWriter.dot(graph).contains("label=\"INVOLVES\""))
    }

    @Test func tiesAreUndirectedAndAsWideAsTheirWeight() throws {
        let (database, _) = try picture()
        let graph = RenderGraph(
            graph: database.graph, nodes: [], relationships: [],
            ties: [RenderGraph.Tie(NodeID(1), NodeID(2), weight: 4), RenderGraph.Tie(NodeID(1), NodeID(3), weight: 1)])
        let dot = try DOTWriter.dot(graph)
        #expect(dot.contains("n1 -> n2 [dir=none, label=\"4\", penwidth=6.0];"))
        #expect(dot.contains("n1 -> n3 [dir=none, label=\"1\", penwidth=1.5];"))
        #expect(graph.nodes.map(\.caption) == ["Sweden", "Finland", "Övre \"Norrland\""])
    }

    /// Every engine; nop keeps the positions a geographic picture gives (the Note, without coordinates,
    /// is left out of it).
    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysItOut(engine: LayoutEngine) throws {
        let (database, picture) = try picture()
        var graph = picture
        try graph.apply(PictureStyle(geographic: engine == .nop), in: database.graph)
        #expect(graph.unplaced == (engine == .nop ? 1 : 0))
        let svg = String(decoding: try Graphviz.render(dot: DOTWriter.dot(graph, style: PictureStyle(engine: engine)), engine: engine, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Ботническая дуга"))
        #expect(svg.contains("Övre &quot;Norrland&quot;"))
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let (_, graph) = try picture()
        let png = try Graphviz.render(dot: try DOTWriter.dot(graph), format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try Graphviz.render(dot: try DOTWriter.dot(graph), format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func captionsAreQuotedAndControlCharactersDropped() {
        #expect(DOTWriter.quote("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
        #expect(DOTWriter.quote("line\r\nnext\u{0}end") == "\"line\\nnextend\"")
    }

    /// XML holds no non-characters: a caption with U+FFFE or U+FFFF must still give a valid SVG.
    @Test func nonCharactersAreDroppedSoTheSVGIsValidXML() throws {
        func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value) ?? " ")) }
        #expect(DOTWriter.quote("a" + scalar(0xFFFE) + "b" + scalar(0xFFFF) + "c" + scalar(0xFDD0)) == "\"abc\"")
        let dot = "digraph { n1 [label=\(DOTWriter.quote("Sk" + scalar(0xFFFE) + "åne" + scalar(0xFFFF)))]; }"
        let svg = try Graphviz.render(dot: dot, format: .svg)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "the SVG is not valid XML: \(String(describing: parser.parserError))")
        #expect(String(decoding: svg, as: UTF8.self).contains("Skåne"))
    }

    @Test func badDOTIsAnError() {
        #expect(throws: RenderError.self) { try Graphviz.render(dot: "digraph { a -> ") }
    }

    /// The child that lays out a graph keeps no descriptor of the parent: while it runs, a file lock the
    /// parent releases (as a database's is, when it is closed) is free for the parent to take again.
    @Test func theRenderProcessHoldsNoDescriptorOfTheParent() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cg-lock-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let held = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(held >= 0 && flock(held, LOCK_EX | LOCK_NB) == 0)
        // A layout that takes far longer than the first 50 ms poll: the child is still running then.
        let dot = "graph { " + (0..<3000).map { "\($0) -- \(($0 * 7 + 1) % 3000);" }.joined(separator: " ") + " }"
        var lockedAgain: Bool?
        _ = try? Graphviz.render(
            dot: dot, engine: .neato,
            shouldStop: {
                if lockedAgain == nil {
                    close(held)
                    let again = open(path, O_RDWR | O_CLOEXEC)
                    lockedAgain = flock(again, LOCK_EX | LOCK_NB) == 0
                    close(again)
                }
                return true
            })
        #expect(lockedAgain == true, "the lock stayed held by the Graphviz child")
    }
}
