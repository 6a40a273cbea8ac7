// Unit tests of the CSV reader behind LOAD CSV: quoting, line breaks, byte-order marks, null versus
// empty fields, other separators, and the line and column of malformed input.

import Testing

@testable import Cypher

@Suite struct CSVReaderTests {
    func records(_ text: String, separator: Character = ",") throws -> [[String?]] {
        var reader = CSVReader(Array(text.utf8), separator: separator.asciiValue ?? 44)
        var all: [[String?]] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    func malformed(_ text: String) -> CSVReader.Malformed? {
        do {
            _ = try records(text)
            return nil
        } catch let error as CSVReader.Malformed {
            return error
        } catch {
            return nil
        }
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "name,note\n\"Skåne, län\",\"says \"\"hi\"\"\"\n\"two\nlines\",x\n"
        #expect(try records(text) == [["name", "note"], ["Skåne, län", "says \"hi\""], ["two\nlines", "x"]])
    }

    @Test func anEmptyFieldIsNullAndAQuotedEmptyOneIsEmpty() throws {
        #expect(try records("a,,\"\",b\n") == [["a", nil, "", "b"]])
        #expect(try records(",\n") == [[nil, nil]])
    }

    @Test func crlfAndAMissingFinalLineBreakAndAByteOrderMark() throws {
        #expect(try records("\u{FEFF}a,b\r\n1,2\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(try records("a\rb\n") == [["a\rb"]])
    }

    @Test func anotherSeparator() throws {
        #expect(try records("a;b,c\n\"x;y\";z\n", separator: ";") == [["a", "b,c"], ["x;y", "z"]])
        #expect(try records("a\tb\n", separator: "\t") == [["a", "b"]])
    }

    @Test func malformedInputNamesLineAndColumn() {
        let open = malformed("x,y\n1,\"open\nstill open")
        #expect(open?.line == 2 && open?.column == 3)
        #expect(open?.reason.contains("not closed") == true)
        let stray = malformed("a,b\n1,ab\"c\n")
        #expect(stray?.line == 2 && stray?.column == 5)
        let after = malformed("a\n\"q\"x,1\n")
        #expect(after?.line == 2 && after?.column == 4)
        // A line break inside a quoted field counts: the stray quote after it is on line 2.
        let later = malformed("\"a\nb\",c\"\n")
        #expect(later?.line == 2 && later?.column == 5)
    }
}
