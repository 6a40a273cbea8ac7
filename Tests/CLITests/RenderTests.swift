// The pictures as a user makes them, through the `clustergraph` process: the presets (clusters coloured
// by type with a legend and Sweden the largest; the map with places where they are), a query's scores
// as node sizes, every preset's SVG valid XML, a mapping naming nothing is an error that lists what
// there is, and SIGINT stops a slow layout at once, writing nothing.

import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct RenderTests {
    let cli = CommandLineTests()

    /// The node statements of a DOT text by caption: their attributes.
    func nodes(in dot: String) -> [String: [String: String]] {
        var nodes: [String: [String: String]] = [:]
        for line in dot.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("n"), !text.contains("->"), let open = text.firstIndex(of: "["), let close = text.lastIndex(of: "]") else { continue }
            var attributes: [String: String] = [:]
            // key=value pairs; values are numbers, names or "quoted" (no commas inside the ones read here).
            for pair in text[text.index(after: open)..<close].components(separatedBy: ", ") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                attributes[parts[0]] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            if let label = attributes["label"] { nodes[label] = attributes }
        }
        return nodes
    }

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)-\(name)").path
    }

    @Test func theClustersPresetColoursTheThreeTypesAndSwedenIsTheLargest() throws {
        let outcome = try cli.run(["render", "--preset", "clusters", "--format", "dot"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let dot = outcome.stdout
        for type in ["domestic", "cross-border", "transnational"] {
            #expect(dot.contains("<TD ALIGN=\"LEFT\">\(type)</TD>"), "no legend entry for \(type)")
        }
        let clusterFills = Set(nodes(in: dot).values.filter { $0["shape"] == "hexagon" }.compactMap { $0["fillcolor"] })
        #expect(clusterFills.count == 3, "\(clusterFills)")
        let countries = nodes(in: dot).filter { $0.value["shape"] == "box" }
        let widths = countries.mapValues { Double($0["width"] ?? "") ?? 0 }
        let largest = try #require(widths.max { $0.value < $1.value })
        #expect(largest.key == "Sweden", "\(widths.sorted { $0.value > $1.value }.prefix(3))")
        #expect(widths.filter { $0.value == largest.value }.count == 1, "Sweden shares the largest size")
        let png = temporaryPath("clusters.png")
        defer { try? FileManager.default.removeItem(atPath: png) }
        let drawn = try cli.run(["render", "--preset", "clusters", "-o", png])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func theMapPutsPlacesWhereTheyAre() throws {
        let outcome = try cli.run(["render", "--preset", "map", "--format", "dot"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var positions: [String: (x: Double, y: Double)] = [:]
        for (label, attributes) in nodes(in: outcome.stdout) {
            let parts = (attributes["pos"] ?? "").split(separator: ",").compactMap { Double($0) }
            if parts.count == 2 { positions[label] = (parts[0], parts[1]) }
        }
        func position(_ name: String) throws -> (x: Double, y: Double) { try #require(positions[name], "\(name) is not on the map") }
        // Within the map's scale (1,000 points across about 4,000 km): a point is 4 km.
        #expect(try position("Norrbotten County").y > position("Skåne County").y + 100, "Norrbotten is far north of Skåne")
        #expect(try position("North Ostrobothnia").x > position("Västerbotten County").x, "Oulu is east of Umeå")
        #expect(try position("Schleswig-Holstein").y > position("Hamburg").y, "Kiel is north of Hamburg")
        #expect(try position("Capital Region of Denmark").x > position("Region of Southern Denmark").x)
        #expect(try abs(position("Basel-Stadt").x - position("Basel-Landschaft").x) < 15, "the two Basels are neighbours")
        // Every region of a cluster is drawn, and each cluster sits among its regions.
        #expect(try position("Bothnian Arc").y > position("Skåne County").y)
    }

    @Test func aQuerysScoresSizeTheNodesWithALegend() throws {
        let query = "CALL algo.pageRank({project:'region'}) YIELD node, score RETURN node, score"
        let outcome = try cli.run(["render", "-c", query, "--size", "score", "--color", "country", "--format", "dot"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("node area ∝ score"))
        #expect(outcome.stdout.contains("colour: country"))
        let scores = try cli.run(["query", "-c", "CALL algo.pageRank({project:'region'}) YIELD node, score RETURN node.name AS name, score", "--format", "csv"])
        var byName: [String: Double] = [:]
        for line in scores.stdout.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            if parts.count == 2, let score = Double(parts[1]) { byName[String(parts[0])] = score }
        }
        let widths = nodes(in: outcome.stdout).compactMapValues { $0["width"].flatMap(Double.init) }
        #expect(widths.count == byName.count && widths.count > 10)
        let ordered = byName.keys.sorted { byName[$0, default: 0] < byName[$1, default: 0] }
        for (smaller, larger) in zip(ordered, ordered.dropFirst()) {
            #expect(widths[smaller, default: -1] <= widths[larger, default: -1], "\(smaller) is drawn larger than \(larger)")
        }
        let svg = temporaryPath("pr.svg")
        defer { try? FileManager.default.removeItem(atPath: svg) }
        #expect(try cli.run(["render", "-c", query, "--size", "score", "--color", "country", "-o", svg]).status == 0)
        #expect(FileManager.default.fileExists(atPath: svg))
    }

    @Test(arguments: ["clusters", "ties", "regions", "map"])
    func everyPresetIsValidSVG(preset: String) throws {
        let outcome = try cli.run(["render", "--preset", preset])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let parser = XMLParser(data: Data(outcome.stdout.utf8))
        #expect(parser.parse(), "\(preset): not valid XML: \(String(describing: parser.parserError))")
        #expect(outcome.stdout.contains("<svg"))
    }

    @Test func aMappingThatNamesNothingSaysWhatThereIs() throws {
        let outcome = try cli.run(["render", "-c", "MATCH (c:Country) RETURN c, c.iso AS iso", "--color", "nowhere"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("--color nowhere: no result column, node property or label is called `nowhere`"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("columns are iso"), "\(outcome.stderr)")
        let nowhere = try cli.run(["render", "-c", "MATCH (i:Industry) RETURN i", "--map"])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("none of the nodes to draw has lat and lon"), "\(nowhere.stderr)")
        let notNumbers = try cli.run(["render", "-c", "MATCH (c:Country) RETURN c", "--size", "name"])
        #expect(notNumbers.status == 1)
        #expect(notNumbers.stderr.contains("--size name: needs numbers"), "\(notNumbers.stderr)")
    }

    /// The default layout is ClusterGraph's, which keeps nodes apart by its estimate of their boxes and
    /// lets Graphviz skip its overlap removal: on the whole dataset, no two drawn nodes may overlap.
    @Test func theWholeDatasetIsDrawnWithoutOverlappingNodes() throws {
        let outcome = try cli.run(["render", "-c", "MATCH p = ()-->() RETURN p"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // Each node's box: the bounds of its polygon, or of its ellipse.
        var boxes: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        let svg = outcome.stdout
        var rest = svg[...]
        while let group = rest.range(of: "class=\"node\">") {
            let body = rest[group.upperBound...]
            let end = body.range(of: "</g>")?.lowerBound ?? body.endIndex
            let shape = body[..<end]
            func number(_ name: String) -> Double? {
                guard let r = shape.range(of: " \(name)=\"") else { return nil }
                return Double(shape[r.upperBound...].prefix { $0 != "\"" })
            }
            if let cx = number("cx"), let cy = number("cy"), let rx = number("rx"), let ry = number("ry") {
                boxes.append((cx - rx, cy - ry, cx + rx, cy + ry))
            } else if let r = shape.range(of: "points=\"") {
                let points = shape[r.upperBound...].prefix { $0 != "\"" }.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
                let xs = points.compactMap(\.first), ys = points.compactMap(\.last)
                if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() { boxes.append((x0, y0, x1, y1)) }
            }
            rest = body[end...]
        }
        #expect(boxes.count > 300)
        var overlapping = 0
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let (a, b) = (boxes[i], boxes[j])
                if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 { overlapping += 1 }
            }
        }
        #expect(overlapping == 0)
    }

    /// A layout Graphviz needs many seconds for: SIGINT (Ctrl-C) stops it within a second, with the
    /// status of a process stopped by SIGINT, and no file is written.
    @Test func sigintStopsASlowLayoutAndWritesNothing() throws {
        let executable = try #require(CommandLineTests.executable)
        let output = temporaryPath("slow.svg")
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "render", "--empty", "--splines", "curved", "-o", output, "-c",
            "UNWIND range(0, 5999) AS i MERGE (a:N {id: (i * 7919) % 600}) MERGE (b:N {id: (i * 104729 + 13) % 600}) CREATE (a)-[:R]->(b); MATCH p = ()-->() RETURN p",
        ]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        // Wait for the note that the layout is slow (it comes after a second of layout).
        let clock = ContinuousClock()
        var said = Data()
        let start = clock.now
        while !String(decoding: said, as: UTF8.self).contains("laying out"), clock.now - start < .seconds(60), process.isRunning {
            said += stderr.fileHandleForReading.availableData
        }
        #expect(String(decoding: said, as: UTF8.self).contains("laying out 600 nodes"), "\(String(decoding: said, as: UTF8.self))")
        let stop = clock.now
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(clock.now - stop < .seconds(1), "stopping took \(clock.now - stop)")
        #expect(process.terminationStatus == 130)
        said += stderr.fileHandleForReading.readDataToEndOfFile()
        #expect(String(decoding: said, as: UTF8.self).contains("interrupted"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
