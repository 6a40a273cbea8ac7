// The commit hook durable storage hangs on: called once per statement or atomic script that changed the
// graph or its schema, never for reads or failed statements; a failing hook makes the statement report a
// DatabaseError while its change stays in memory.

import Testing

@testable import Cypher

@Suite struct AfterCommitTests {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    @Test func calledForChangesOnly() throws {
        let database = GraphDatabase()
        var calls = 0
        database.afterCommit = { calls += 1 }
        _ = try database.execute("CREATE (:A)")
        _ = try database.execute("MATCH (a:A) RETURN a")
        _ = try database.execute("MATCH (a:A) SET a.x = 1")
        _ = try database.execute("CREATE INDEX FOR (a:A) ON (a.x)")
        #expect(throws: CypherError.self) { try database.execute("CREATE (:B {x: 1 / 0})") }
        try database.executeScript("CREATE (:C); CREATE (:D)")
        #expect(calls == 4)
    }

    @Test func aFailingHookReportsADatabaseErrorAndKeepsTheChange() throws {
        let database = GraphDatabase()
        database.afterCommit = { throw Refused() }
        do {
            _ = try database.execute("CREATE (:A)")
            Issue.record("the statement should report the failed save")
        } catch {
            #expect(error.category == .databaseError)
            #expect(error.message == "the change is kept in memory only: disk full")
        }
        #expect(database.graph.nodeCount == 1)
    }
}
