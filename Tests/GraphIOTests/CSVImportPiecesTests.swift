// The rule that reads a large import file in pieces on several threads (CSVImportPieces.swift), checked
// against one reader: random neo4j-admin files (ids that are integers or not, a :LABEL or :TYPE column
// or none, arrays, empty fields, CRLF, blank lines) imported with pieces of a few bytes and with one
// piece must give the same graph; with a fault planted in a random row (a bad value, a dangling end, a
// taken id, a missing field, a stray quote) they must give the same error. And the cut itself: only
// after line feeds, never in a body with a quote, with the right line numbers.

import CypherTesting
import Testing

@testable import GraphIO
@testable import GraphStore

@Suite struct CSVImportPiecesTests {
    /// Random node and relationship files; `fault` plants one error in a random row of one of them.
    func files(seed: Int, fault: Int?) -> [String: String] {
        var random = SeededGenerator(seed: UInt64(seed) &* 7919)
        let newline = random.next(3) == 0 ? "\r\n" : "\n"
        let labelColumn = random.next(2) == 0, typeColumn = random.next(2) == 0
        let nodes = 5 + random.next(60)
        let ids = (0..<nodes).map { i in random.next(4) == 0 ? "n\(i)" : random.next(8) == 0 ? "00\(i)" : "\(i * (1 + random.next(3)))" }
        // Unique ids: the generator may repeat a number; keep the first of each.
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        var nodeRows = ["id:ID,name,score:float,tags:string[]" + (labelColumn ? ",:LABEL" : "")]
        for id in unique {
            let name = random.next(5) == 0 ? "" : "name \(random.next(100))"
            let score = random.next(4) == 0 ? "" : "\(Double(random.next(1000)) / 8)"
            let tags = ["a;b", "", "c", "d;;e"][random.next(4)]
            var row = "\(id),\(name),\(score),\(tags)"
            if labelColumn { row += "," + ["X", "X;Y", "", "Y"][random.next(4)] }
            nodeRows.append(row)
            if random.next(10) == 0 { nodeRows.append("") }
        }
        var relationshipRows = [":START_ID,:END_ID,w:int" + (typeColumn ? ",:TYPE" : "")]
        for _ in 0..<random.next(200) {
            var row = "\(unique[random.next(unique.count)]),\(unique[random.next(unique.count)]),\(random.next(4) == 0 ? "" : "\(random.next(50))")"
            if typeColumn { row += "," + ["R", "S", "T"][random.next(3)] }
            relationshipRows.append(row)
            if random.next(15) == 0 { relationshipRows.append("") }
        }
        if let fault {
            let inNodes = fault % 2 == 0 || relationshipRows.count < 2
            var rows = inNodes ? nodeRows : relationshipRows
            let row = 1 + random.next(rows.count - 1)
            var fields = rows[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count >= 3 {
                switch fault / 2 % 5 {
                case 0: fields[2] = "not a number"
                case 1: if inNodes { fields[0] = unique[0] } else { fields[1] = "nobody" }
                case 2: fields.removeLast()
                case 3: fields[1] = "a \"quote"
                default: fields[0] = ""
                }
                rows[row] = fields.joined(separator: ",")
            }
            if inNodes { nodeRows = rows } else { relationshipRows = rows }
        }
        return ["n.csv": nodeRows.joined(separator: newline) + newline, "r.csv": relationshipRows.joined(separator: newline)]
    }

    /// An import's error, as printed.
    struct Failure: Error, Equatable {
        let text: String
    }

    /// The snapshot of the graph `files` import into, or the import's error.
    func load(_ files: [String: String], readers: Int) -> Result<[UInt8], Failure> {
        var options = CSVImportOptions()
        options.readers = readers
        options.minimumPieceBytes = 16
        let list = [CSVImportFile(.nodes(labels: ["N"]), path: "n.csv"), CSVImportFile(.relationships(type: "R"), path: "r.csv")]
        do {
            let (graph, _) = try CSVImport.graph(from: list, options: options) { path in Array((files[path] ?? "").utf8) }
            return .success(graph.encodedSnapshot(sequence: 0))
        } catch {
            return .failure(Failure(text: "\(error)"))
        }
    }

    func describe(_ result: Result<[UInt8], Failure>) -> String {
        switch result {
        case .success(let bytes): "a graph (\(bytes.count) bytes of snapshot)"
        case .failure(let failure): failure.text
        }
    }

    @Test(arguments: 0..<60)
    func piecesReadTheGraphOneReaderReads(seed: Int) throws {
        let files = files(seed: seed, fault: nil)
        let one = load(files, readers: 1), pieces = load(files, readers: 5)
        #expect(throws: Never.self) { try one.get() }
        let same = one == pieces
        #expect(same)
    }

    @Test(arguments: 0..<100)
    func piecesReportTheErrorOneReaderReports(seed: Int) throws {
        let files = files(seed: seed, fault: seed)
        let one = load(files, readers: 1), pieces = load(files, readers: 5)
        let same = one == pieces
        #expect(same, "one reader: \(describe(one))\npieces: \(describe(pieces))")
    }

    @Test func aBodyIsCutOnlyAfterLineFeedsAndNeverWithAQuote() {
        let text = Array("h\n1,2\r\n3,4\n\n5,6\n7,8\n9,10\n".utf8)
        let pieces = CSVImportPieces.cut(text, body: 2..<text.count, line: 2, into: 4, minimumBytes: 4)
        #expect(pieces.count > 1)
        #expect(pieces.first?.range.lowerBound == 2)
        #expect(pieces.last?.range.upperBound == text.count)
        for (piece, next) in zip(pieces, pieces.dropFirst()) {
            #expect(piece.range.upperBound == next.range.lowerBound)
            #expect(text[piece.range.upperBound - 1] == UInt8(ascii: "\n"))
            #expect(next.line == 1 + text[..<next.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count)
        }
        let quoted = Array("h\n1,\"a\nb\"\n3,4\n5,6\n7,8\n".utf8)
        #expect(CSVImportPieces.cut(quoted, body: 2..<quoted.count, line: 2, into: 4, minimumBytes: 2).count == 1)
        #expect(CSVImportPieces.cut(text, body: 2..<text.count, line: 2, into: 4, minimumBytes: 1 << 20).count == 1)
    }
}
