// The planner's note on a scan per row that an index would avoid: given for MATCH and MERGE on a large
// label without an index on the compared key, when rows come from before the pattern; not for a single
// scan, a small label, or when the index exists (or another of the node's labels has one).

import Testing

@testable import Cypher

@Suite struct PlanNoteTests {
    /// A database with `PlanNotes.largeLabel` :P nodes (and a few :Q), and the notes it reports.
    static func database() throws -> (GraphDatabase, NoteBox) {
        let database = GraphDatabase()
        try database.executeScript("UNWIND range(1, \(PlanNotes.largeLabel)) AS i CREATE (:P {k: i}); CREATE (:Q {k: 1})")
        let box = NoteBox()
        database.planNoted = { box.notes.append($0) }
        return (database, box)
    }

    final class NoteBox: @unchecked Sendable { var notes: [PlanNote] = [] }

    @Test(arguments: [
        "UNWIND range(1, 3) AS i MERGE (p:P {k: i}) RETURN count(*)",
        "UNWIND range(1, 3) AS i MATCH (p:P {k: i}) RETURN count(*)",
        "UNWIND range(1, 3) AS i MATCH (p:P) WHERE i = p.k RETURN count(*)",
        "MATCH (q:Q) MATCH (p:P) WHERE p.k = q.k RETURN count(*)",
    ])
    func aScanPerRowIsNoted(query: String) throws {
        let (database, box) = try Self.database()
        let rows = try database.execute(query).rows
        #expect(rows.first?.first == .int(query.hasPrefix("MATCH") ? 1 : 3))
        #expect(box.notes.count == 1, "\(box.notes)")
        #expect(box.notes.first?.message.contains("no index on :P(k)") == true, "\(box.notes)")
        #expect(box.notes.first?.message.contains("CREATE INDEX FOR (n:P) ON (n.k)") == true)
        let explained = try database.execute("EXPLAIN " + query).plan ?? ""
        #expect(explained.contains("Note (line 1, column"), "\(explained)")
    }

    @Test(arguments: [
        "MERGE (p:P {k: 5}) RETURN count(*)",  // one scan, for the one row
        "UNWIND range(1, 3) AS i MATCH (q:Q {k: i}) RETURN count(*)",  // a small label
        "UNWIND range(1, 3) AS i MATCH (p:P) WHERE p.k > i RETURN count(*)",  // no equality an index answers
    ])
    func noNoteWhereAnIndexWouldNotHelp(query: String) throws {
        let (database, box) = try Self.database()
        _ = try database.execute(query)
        #expect(box.notes.isEmpty, "\(box.notes)")
    }

    @Test func noNoteOnceTheIndexExists() throws {
        let (database, box) = try Self.database()
        try database.executeScript("CREATE INDEX FOR (n:P) ON (n.k)")
        _ = try database.execute("UNWIND range(1, 3) AS i MERGE (p:P {k: i}) RETURN count(*)")
        database.disabledRules = [.indexSeek]  // the scan stays, but the index exists: nothing to suggest
        _ = try database.execute("UNWIND range(1, 3) AS i MATCH (p:P {k: i}) RETURN count(*)")
        #expect(box.notes.isEmpty, "\(box.notes)")
    }
}
