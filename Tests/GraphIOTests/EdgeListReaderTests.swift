// Edge-list fields are trimmed of whitespace as Foundation's `CharacterSet.whitespaces` defines it — tab
// and every Unicode space separator — also now that fields with plain ASCII ends skip Foundation.

import GraphIO
import GraphStore
import Testing

@Suite struct EdgeListReaderTests {
    @Test func fieldsLoseTheirWhitespaceOfEveryKind() throws {
        let text = " Stockholm\t,\u{00A0}Uppsala\u{3000},\t2 \nÄlvsborg,Göteborg\u{2009},x y\n"
        let graph = PropertyGraph()
        let added = try EdgeListReader.read(Array(text.utf8), name: "ties.csv", separator: UInt8(ascii: ","), into: graph)
        #expect(added.nodes == 4 && added.relationships == 2)
        let id = try #require(graph.propertyKeyID("id")), weight = try #require(graph.propertyKeyID("weight"))
        let names = graph.allNodeIDs.compactMap { graph.property(id, of: $0) }
        #expect(names == [.string("Stockholm"), .string("Uppsala"), .string("Älvsborg"), .string("Göteborg")])
        let weights = graph.allRelationshipIDs.compactMap { graph.property(weight, of: $0) }
        #expect(weights == [.int(2), .string("x y")])
    }
}
