// Tests of the row sets behind DISTINCT, grouping and UNION: on random rows drawn from values that are
// equivalent without being identical (1 and 1.0, NaN, composed and decomposed accents, lists of both),
// ValueRowSet must keep exactly the rows Swift's Set keeps under Value's equivalence, in first-seen order,
// and a row whose reading fails must leave the set as it was.

import GraphStore
import Testing

@testable import Cypher

@Suite struct ValueRowSetTests {
    static let domain: [Value] = [
        .null, .bool(true), .bool(false), .int(1), .float(1.0), .int(-7), .float(-7.0), .float(0.5),
        .float(.nan), .float(-.nan), .string("Sweden"), .string("Sverige och Danmark — Öresund"),
        .string("Malm\u{00F6}"), .string("Malmo\u{0308}"), .string(""), .string("a long string of ascii text"),
        .string("K"), .string("\u{212A}"), .string("a;b"), .string("a\u{037E}b"),
        .list([.int(1), .string("x")]), .list([.float(1.0), .string("x")]), .map(ValueMap([("k", .int(2))])),
        .map(ValueMap([("k", .float(2.0))])), .node(NodeID(3)), .relationship(RelationshipID(3)),
    ]

    @Test(arguments: [1, 2, 3])
    func keepsExactlyTheRowsASetKeeps(width: Int) throws {
        var state: UInt64 = 42 &+ UInt64(width)
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var rows = ValueRowSet(width: width)
        var reference: Set<[Value]> = []
        var order: [[Value]] = []
        for _ in 0..<5_000 {
            let row = (0..<width).map { _ in Self.domain[next(Self.domain.count)] }
            let (index, inserted) = try rows.insert { c throws(CypherError) in row[c] }
            let new = reference.insert(row).inserted
            #expect(inserted == new, "row \(row)")
            if new { order.append(row) }
            #expect(Array(rows.row(index)) == order.first { $0 == row })
        }
        #expect(rows.count == reference.count)
        for (i, row) in order.enumerated() { #expect(Array(rows.row(i)) == row) }
    }

    /// 1 and 1.0 fall together, and NaN with NaN; strings are equal by code points, as in Neo4j, so
    /// canonically equivalent spellings stay apart.
    @Test func equivalentValuesFallTogether() {
        var set = ValueRowSet(width: 1)
        let inserted = [
            set.insert(.int(1)), set.insert(.float(1.0)), set.insert(.float(.nan)), set.insert(.float(.nan)),
            set.insert(.string("Malm\u{00F6}")), set.insert(.string("Malmo\u{0308}")), set.insert(.string("Malm\u{00F6}")),
            set.insert(.string("K")), set.insert(.string("\u{212A}")),  // KELVIN SIGN: canonically K, another code point
        ]
        #expect(inserted == [true, false, true, false, true, true, false, true, true])
        #expect(set.count == 6)
    }

    @Test func aFailingRowLeavesTheSetAsItWas() throws {
        var set = ValueRowSet(width: 3)
        _ = try set.insert { c throws(CypherError) in .int(Int64(c)) }
        var failed = false
        do {
            _ = try set.insert { c throws(CypherError) in
                if c == 2 { throw CypherError.runtime(.divisionByZero) }
                return .int(Int64(c + 10))
            }
        } catch { failed = true }
        #expect(failed)
        #expect(set.count == 1)
        #expect(set.rows == [.int(0), .int(1), .int(2)])
        let (index, inserted) = try set.insert { c throws(CypherError) in .int(Int64(c)) }
        #expect(index == 0 && !inserted)
    }
}
