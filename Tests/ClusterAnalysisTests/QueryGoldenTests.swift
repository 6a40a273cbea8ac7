// Golden tests of the paper's analyses: every Queries/*.cypher runs against the bundled dataset and its
// rows must equal Queries/<name>.expected (values as Cypher literals, one row per line). Run with
// UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then review the diff.

import ClusterAnalysis
import Cypher
import Foundation
import Testing

@Suite struct QueryGoldenTests {
    static let queriesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Queries").standardizedFileURL

    static var queryFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: queriesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".cypher") }.sorted()
    }

    /// The results of every statement of a query file, as text.
    static func render(_ file: String, _ db: GraphDatabase) throws -> String {
        let text = try String(contentsOf: queriesDirectory.appendingPathComponent(file), encoding: .utf8)
        var out = ""
        for result in try db.executeScript(text, fileName: "Queries/\(file)", atomic: false) {
            out += result.columns.joined(separator: " | ") + "\n"
            for row in result.rows { out += row.map { db.graph.render($0) }.joined(separator: " | ") + "\n" }
        }
        return out
    }

    @Test func thereAreQueryFiles() {
        #expect(Self.queryFiles.count >= 7, "Queries/ holds one file per question of the paper")
    }

    @Test(arguments: queryFiles)
    func queryGivesItsExpectedRows(file: String) throws {
        let db = try bundledDatabase()
        let actual = try Self.render(file, db)
        let expectedURL = Self.queriesDirectory.appendingPathComponent(file.replacingOccurrences(of: ".cypher", with: ".expected"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: expectedURL, encoding: .utf8)
        #expect(expected != nil, "missing \(expectedURL.lastPathComponent); run the tests with UPDATE_GOLDEN=1 and review it")
        #expect(actual == expected, "Queries/\(file) no longer gives Queries/\(expectedURL.lastPathComponent)")
    }

    @Test func everyQueryFileStartsWithItsQuestion() throws {
        for file in Self.queryFiles {
            let text = try String(contentsOf: Self.queriesDirectory.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("//"), "Queries/\(file) must open with a comment stating its question")
        }
    }
}
