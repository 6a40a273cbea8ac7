// Golden tests of generated text: the help screens, an error report with its caret, and every result
// format. Run with UPDATE_GOLDEN=1 to rewrite Tests/CLITests/Golden/ after a deliberate change, and
// review the diff.

import Cypher
import Foundation
import Testing

@testable import ClusterGraphCLI

@Suite struct GoldenOutputTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ actual: String, _ name: String) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: url, encoding: .utf8)
        #expect(expected != nil, "missing Golden/\(name); run with UPDATE_GOLDEN=1 and review it")
        #expect(actual == expected, "output differs from Golden/\(name)")
    }

    @Test func helpScreens() throws {
        try check(ClusterGraph.helpMessage(columns: 100), "help.txt")
        try check(ClusterGraph.helpMessage(for: QueryCommand.self, columns: 100), "help-query.txt")
    }

    @Test func syntaxErrorReport() throws {
        let db = GraphDatabase()
        do {
            _ = try db.executeScript("CREATE (:A);\nMATCH (n:A)\nRETURN n.name AS name, m.name AS other", fileName: "q.cypher")
            Issue.record("expected an error")
        } catch {
            try check(error.report + "\n", "error-undefined-variable.txt")
        }
        do {
            _ = try db.execute("MATCH (n) RETRUN n")
            Issue.record("expected an error")
        } catch {
            try check(error.report + "\n", "error-unexpected-token.txt")
        }
    }

    @Test func resultFormats() throws {
        let db = GraphDatabase()
        _ = try db.execute("CREATE (:Country {iso: 'SE', name: 'Sweden'})-[:BORDERS {kind: 'land'}]->(:Country {iso: 'FI', name: 'Finland, \"Suomi\"'})")
        let result = try db.execute(
            "MATCH (a)-[r]->(b) RETURN a.iso AS iso, b.name AS name, r.kind AS kind, 1.5 AS x, null AS nothing, [1, 'two'] AS list, b AS node")
        for format in OutputFormat.allCases {
            try check(ResultFormatter(format: format, graph: db.graph, boxed: false).format(result), "result.\(format.rawValue).txt")
        }
        try check(ResultFormatter(format: .table, graph: db.graph, boxed: true).format(result), "result.boxed.txt")
    }
}
