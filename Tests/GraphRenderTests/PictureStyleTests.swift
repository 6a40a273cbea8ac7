// Tests of styled pictures: data mapped to colour, size, caption and group, pinned by a golden DOT file
// (run with UPDATE_GOLDEN=1 to rewrite it after a deliberate change, and review the diff); the scales
// (Okabe–Ito categories with "other", viridis numbers, areas proportional to values); symmetric
// relationships drawn once; the map projection and distances against known figures; and a layout that
// Graphviz cannot finish quickly — it reports itself as slow and is stopped when asked.

import Cypher
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import GraphRender
import GraphStore
import Testing

@Suite struct PictureStyleTests {
    /// Three countries bordering each other (stored once per pair), three clusters of two types with a
    /// score each.
    func database() throws -> GraphDatabase {
        let database = GraphDatabase()
        _ = try database.execute(
            """
            CREATE (se:Country {iso: 'SE', name: 'Sweden', lat: 62.8, lon: 16.7}), (fi:Country {iso: 'FI', name: 'Finland', lat: 64.5, lon: 26.3}),
                   (no:Country {iso: 'NO', name: 'Norway', lat: 64.6, lon: 12.7}),
                   (a:Cluster {name: 'Bothnian Arc', type: 'cross-border', score: 4.0}),
                   (b:Cluster {name: 'Kvarken', type: 'cross-border', score: 1.0}),
                   (c:Cluster {name: 'Barents', type: 'transnational', score: 9.0}),
                   (se)-[:BORDERS]->(fi), (no)-[:BORDERS]->(se), (fi)-[:BORDERS]->(no), (fi)-[:BORDERS]->(se),
                   (a)-[:INVOLVES]->(se), (a)-[:INVOLVES]->(fi), (b)-[:INVOLVES]->(fi), (c)-[:INVOLVES]->(no), (c)-[:INVOLVES]->(fi)
            """)
        return database
    }

    func everything(in database: GraphDatabase) -> RenderGraph {
        let graph = database.graph
        return RenderGraph(graph: graph, nodes: graph.allNodeIDs, relationships: (0..<graph.relationshipCount).map(RelationshipID.init))
    }

    @Test func aStyledPictureOfColoursSizesGroupsAndALegend() throws {
        let database = try database()
        var picture = everything(in: database)
        let style = PictureStyle(
            color: Mapping("type"), size: Mapping("score"), group: Mapping("type"), maxNodeLabels: 5, title: "Nordic <clusters> & borders",
            caption: "Source: a test", undirectedTypes: ["BORDERS"], engine: .fdp)
        try picture.apply(style, in: database.graph)
        let dot = try DOTWriter.dot(picture, style: style)
        let url = GraphRenderTests.goldenDirectory.appendingPathComponent("styled.dot")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try dot.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(dot == (try String(contentsOf: url, encoding: .utf8)))
        // And Graphviz draws it, legend included, as valid XML.
        let svg = try Graphviz.render(dot: dot, engine: .fdp, format: .svg)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "the SVG is not valid XML: \(String(describing: parser.parserError))")
        #expect(String(decoding: svg, as: UTF8.self).contains("transnational"))
    }

    @Test func symmetricRelationshipsAreDrawnOncePerPairWithoutArrows() throws {
        let database = try database()
        let picture = everything(in: database)
        let borders = try DOTWriter.dot(picture, style: PictureStyle(undirectedTypes: ["BORDERS"]))
            .split(separator: "\n").filter { $0.contains("label=\"BORDERS\"") }
        // SE–FI is stored both ways: three pairs, three lines.
        #expect(borders.count == 3)
        #expect(borders.allSatisfy { $0.contains("dir=none") })
        let directed = try DOTWriter.dot(picture).split(separator: "\n").filter { $0.contains("label=\"BORDERS\"") }
        #expect(directed.count == 4 && !directed.contains { $0.contains("dir=none") })
    }

    /// A star of 80 leaves in the dot layout: rows of about √80 leaves (minlen 1…9), not one wide rank.
    @Test func theDotLayoutStacksTheLeavesOfAStarInRows() throws {
        let database = GraphDatabase()
        _ = try database.execute("CREATE (c:Country {name: 'Russia'}) WITH c UNWIND range(1, 80) AS i CREATE (:Region {name: 'R' + toString(i)})-[:IN]->(c)")
        let picture = everything(in: database)
        let dot = try DOTWriter.dot(picture, style: PictureStyle(engine: .dot))
        var rows: [Int: Int] = [:]
        for line in dot.split(separator: "\n") where line.contains("->") {
            let row = line.range(of: "minlen=").map { Int(line[$0.upperBound...].prefix { $0.isNumber }) ?? 0 } ?? 1
            rows[row, default: 0] += 1
        }
        #expect(rows.keys.sorted() == Array(1...9))
        #expect(rows.values.allSatisfy { $0 <= 9 })
        #expect(try !DOTWriter.dot(picture, style: PictureStyle(engine: .neato)).contains("minlen"))
    }

    @Test func categoriesTakeOkabeItoColoursAndTheRareOnesAreOther() throws {
        let values = (0..<10).map { Value.string("c\($0)") } + [.string("c9"), .string("c9"), .null]
        let scale = try #require(try ColorScale.make(for: values, scale: .automatic, option: "--color", by: "x"))
        guard case .categories(let entries, let hasOther) = scale else {
            Issue.record("expected categories, got \(scale)")
            return
        }
        #expect(hasOther)
        #expect(entries.count == Palette.categories.count - 1)
        #expect(entries.map(\.value).contains(.string("c9")), "the most frequent value keeps a colour")
        #expect(scale.color(of: .string("c9")) != Palette.other)
        #expect(entries.contains { scale.color(of: $0.value) == Palette.other } == false)
        #expect(scale.color(of: .null) == nil)
        #expect(Set(entries.map(\.color.hex)).count == entries.count, "every category its own colour")
    }

    @Test func fewIntegersAreCategoriesAndOtherNumbersAScale() throws {
        let communities = try ColorScale.make(for: [.int(3), .int(1), .int(3)], scale: .automatic, option: "--color", by: "community")
        #expect(communities == .categories([(Value.int(1), Palette.categories[0]), (Value.int(3), Palette.categories[1])], hasOther: false))
        let scores = try #require(try ColorScale.make(for: [.float(0.5), .int(2), .float(1)], scale: .automatic, option: "--color", by: "score"))
        #expect(scores == .numbers(min: 0.5, max: 2))
        #expect(scores.color(of: .float(0.5)) == Palette.viridis[0])
        #expect(scores.color(of: .int(2)) == Palette.viridis[4])
        #expect(throws: StyleError.self) { try ColorScale.make(for: [.string("a")], scale: .numbers, option: "--color", by: "name") }
    }

    @Test func nodeAreasAreProportionalToTheirValues() throws {
        let scale = try #require(try SizeScale.make(for: [.float(1), .float(4), .float(9), .null], option: "--size", by: "score"))
        let widths = [1.0, 4, 9].map { scale.width(of: .float($0)) }
        #expect(widths[2] == SizeScale.largest)
        // Area ∝ width²: 9 : 4 : 1.
        #expect(abs(widths[1] * widths[1] / (widths[2] * widths[2]) - 4.0 / 9) < 1e-9)
        #expect(abs(widths[0] * widths[0] / (widths[2] * widths[2]) - 1.0 / 9) < 1e-9)
        #expect(scale.width(of: .float(0)) == SizeScale.smallest)
        #expect(throws: StyleError.self) { try SizeScale.make(for: [.string("big")], option: "--size", by: "name") }
    }

    @Test func aMappingNamesAColumnAPropertyALabelOrANeighboursLabel() throws {
        let database = try database()
        var picture = everything(in: database)
        let sweden = NodeID(0)
        try picture.apply(
            PictureStyle(color: Mapping("country"), size: Mapping("rank"), label: Mapping("label")),
            columns: [sweden: ["rank": .int(1)]], in: database.graph)
        let byName = Dictionary(uniqueKeysWithValues: picture.nodes.map { ($0.id, $0) })
        #expect(byName[0]?.size == .int(1))
        #expect(byName[0]?.caption == "Country")
        #expect(byName[0]?.color == .string("Sweden"), "a Country is its own country")
        #expect(byName[3]?.color == .string("Sweden"), "a cluster's country is its first neighbour with that label")
        #expect(throws: StyleError.self) { try picture.apply(PictureStyle(color: Mapping("nowhere")), in: database.graph) }
    }

    @Test func theMapKeepsCompassDirectionsAndDistances() throws {
        let centre = Geography.project(latitude: 52, longitude: 10)
        #expect(abs(centre.x) < 1e-9 && abs(centre.y) < 1e-9)
        let stockholm = (latitude: 59.3293, longitude: 18.0686), helsinki = (latitude: 60.1699, longitude: 24.9384)
        let malmo = (latitude: 55.6050, longitude: 13.0038)
        let s = Geography.project(latitude: stockholm.latitude, longitude: stockholm.longitude)
        let h = Geography.project(latitude: helsinki.latitude, longitude: helsinki.longitude)
        let m = Geography.project(latitude: malmo.latitude, longitude: malmo.longitude)
        #expect(s.y > m.y, "Stockholm is north of Malmö")
        #expect(h.x > s.x, "Helsinki is east of Stockholm")
        // An equal-area projection keeps short distances close to the great circle's (~396 km).
        let distance = Geography.distance(stockholm, helsinki)
        #expect(abs(distance - 396) < 5)
        let planar = ((h.x - s.x) * (h.x - s.x) + (h.y - s.y) * (h.y - s.y)).squareRoot()
        #expect(abs(planar - distance) / distance < 0.02)
    }

    @Test func aSlowLayoutSaysSoAndStopsWhenAsked() throws {
        // A dense random graph with curved edges: neato takes many seconds over it.
        var lines = ["graph { splines=true; overlap=false;"]
        var state: UInt64 = 42
        for _ in 0..<6000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            lines.append("n\((state >> 33) % 600) -- n\((state >> 13) % 600);")
        }
        lines.append("}")
        let clock = ContinuousClock()
        let start = clock.now
        var slow = false
        #expect(throws: RenderError.interrupted) {
            try Graphviz.render(
                dot: lines.joined(separator: "\n"), engine: .neato, format: .svg,
                shouldStop: { clock.now - start > .milliseconds(1500) }, onSlow: { slow = true })
        }
        #expect(slow)
        #expect(clock.now - start < .seconds(3), "stopping took \(clock.now - start)")
        // Graphviz is usable again at once.
        #expect(try !Graphviz.render(dot: "digraph { a -> b }", format: .svg).isEmpty)
    }
}
