// Engine tests of LOAD CSV: records as lists or header maps, nulls for empty fields, a statement that
// fails on a malformed record changes nothing, and the errors for a bad URL and a misplaced clause.

import Foundation
import Testing

@testable import Cypher

@Suite struct LoadCSVTests {
    /// A database whose import directory is the temporary directory the test files are in.
    func database() -> GraphDatabase {
        let database = GraphDatabase()
        database.importDirectory = FileManager.default.temporaryDirectory.path
        return database
    }

    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-load-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func recordsBindAsListsOrHeaderMaps() throws {
        let csv = try file("iso,clusters\nSE,9\nDK,\n")
        defer { try? FileManager.default.removeItem(at: csv) }
        let database = database()
        let lists = try database.execute("LOAD CSV FROM $path AS r RETURN r", parameters: ["path": .string(csv.path)])
        #expect(lists.rows == [[.list([.string("iso"), .string("clusters")])], [.list([.string("SE"), .string("9")])], [.list([.string("DK"), .null])]])
        let maps = try database.execute(
            "LOAD CSV WITH HEADERS FROM $path AS r RETURN r.iso AS iso, toInteger(r.clusters) AS n, keys(r) AS keys",
            parameters: ["path": .string("file://" + csv.path)])
        #expect(maps.rows == [
            [.string("SE"), .int(9), .list([.string("iso"), .string("clusters")])],
            [.string("DK"), .null, .list([.string("iso"), .string("clusters")])],
        ])
    }

    @Test func linenumberAndFileTellWhereTheRecordIs() throws {
        let csv = try file("code\nA\n\"B\nb\"\nC\n")
        defer { try? FileManager.default.removeItem(at: csv) }
        let database = database()
        let rows = try database.execute(
            "LOAD CSV WITH HEADERS FROM $path AS r RETURN r.code AS code, linenumber() AS line, file() = $path AS sameFile",
            parameters: ["path": .string(csv.path)]
        ).rows
        #expect(rows == [[.string("A"), .int(2), .bool(true)], [.string("B\nb"), .int(3), .bool(true)], [.string("C"), .int(5), .bool(true)]])
        #expect(try database.execute("RETURN linenumber() AS l, file() AS f").rows == [[.null, .null]])
    }

    @Test func aMalformedRecordRollsTheStatementBack() throws {
        let csv = try file("code\nA\nB\n\"C\n")
        defer { try? FileManager.default.removeItem(at: csv) }
        let database = database()
        #expect(throws: CypherError.self) {
            try database.execute("LOAD CSV WITH HEADERS FROM $path AS r CREATE (:Region {code: r.code})", parameters: ["path": .string(csv.path)])
        }
        #expect(try database.execute("MATCH (n) RETURN count(n) AS n").rows == [[.int(0)]])
        do {
            _ = try database.execute("LOAD CSV FROM $path AS r RETURN r", parameters: ["path": .string(csv.path)])
        } catch {
            #expect(error.category == .externalResourceError)
            #expect(error.message == "\(csv.path):4:1: a quoted field is not closed")
        }
    }

    @Test func badURLsAndPlacement() throws {
        let database = database()
        #expect { try database.execute("LOAD CSV FROM 42 AS r RETURN r") } throws: { ($0 as? CypherError)?.category == .typeError }
        #expect { try database.execute("LOAD CSV FROM 'http://example.org/x.csv' AS r RETURN r") } throws: {
            ($0 as? CypherError)?.category == .externalResourceError
        }
        #expect { try database.execute("LOAD CSV FROM 'x.csv' AS r") } throws: {
            ($0 as? CypherError)?.code == "InvalidClauseComposition"
        }
        #expect { try database.execute("WITH 1 AS r LOAD CSV FROM 'x.csv' AS r RETURN r") } throws: {
            ($0 as? CypherError)?.code == "VariableAlreadyBound"
        }
    }

    /// LOAD CSV reads only under its import directory: no absolute path, `..` or symbolic link leads out
    /// of it; `file:///name.csv` and relative paths are read from it (as Neo4j does).
    @Test func filesOutsideTheImportDirectoryAreRefused() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("cg-import-\(UUID().uuidString)")
        let inside = root.appendingPathComponent("import")
        try fm.createDirectory(at: inside, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        try "secret\n".write(to: root.appendingPathComponent("outside.csv"), atomically: true, encoding: .utf8)
        try "code\nSE\n".write(to: inside.appendingPathComponent("regions.csv"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(at: inside.appendingPathComponent("link.csv"), withDestinationURL: root.appendingPathComponent("outside.csv"))
        let database = GraphDatabase()
        database.importDirectory = inside.path
        for url in ["file:///etc/passwd", "/etc/passwd", "../outside.csv", "file://\(root.path)/outside.csv", "link.csv", "sub/../../outside.csv"] {
            do {
                _ = try database.execute("LOAD CSV FROM $url AS r RETURN r", parameters: ["url": .string(url)])
                Issue.record("\(url) was read")
            } catch {
                #expect(error.category == .externalResourceError && error.message.contains("outside the import directory"), "\(url): \(error)")
            }
        }
        for url in ["regions.csv", "file:///regions.csv", "./regions.csv", "file://\(inside.path)/regions.csv"] {
            let rows = try database.execute("LOAD CSV WITH HEADERS FROM $url AS r RETURN r.code AS code", parameters: ["url": .string(url)]).rows
            #expect(rows == [[.string("SE")]], "\(url)")
        }
    }
}
