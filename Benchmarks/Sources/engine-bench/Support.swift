// Pieces of engine-bench: the CSV loader for the generated files, the query-file reader, and the result
// checksum (canonical rows, sorted by UTF-8 bytes, SHA-1) exactly as benchlib.py defines them.

import Cypher
import Foundation

enum CSVLoader {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Loads every node and relationship file listed in the directory's manifest.json.
    static func load(directory: String, into graph: PropertyGraph) throws {
        let manifestData = try Data(contentsOf: URL(fileURLWithPath: directory + "/manifest.json"))
        guard let manifest = try JSONSerialization.jsonObject(with: manifestData) as? [String: Any],
            let labels = manifest["nodes"] as? [String: Any], let types = manifest["relationships"] as? [String: Any]
        else { throw Failure(description: "manifest.json lacks nodes or relationships") }
        if let counts = manifest["counts"] as? [String: Int] {
            graph.reserveCapacity(
                nodes: labels.keys.reduce(0) { $0 + (counts[$1] ?? 0) }, relationships: types.keys.reduce(0) { $0 + (counts[$1] ?? 0) })
        }
        // CSV id → node; the generator's ids are dense, so an array beats a dictionary.
        var ids: [NodeID?] = []
        func remember(_ csvID: Int, _ node: NodeID) {
            if csvID >= ids.count { ids += Array(repeating: nil, count: csvID - ids.count + 1) }
            ids[csvID] = node
        }
        func lookup(_ csvID: Int) -> NodeID? { csvID >= 0 && csvID < ids.count ? ids[csvID] : nil }
        for (label, value) in labels.sorted(by: { $0.key < $1.key }) {
            guard let spec = value as? [String: Any], let file = spec["file"] as? String else { continue }
            let labelID = graph.internLabel(label)
            var keys: [PropertyKeyID] = []
            var properties: [(PropertyKeyID, Value)] = []
            try forEachRecord(directory + "/" + file) { row, isHeader in
                if isHeader {
                    keys = row.dropFirst().map { graph.internPropertyKey($0) }
                    return
                }
                guard let id = Int(row[0]) else { throw Failure(description: "\(file): bad id \(row[0])") }
                properties.removeAll(keepingCapacity: true)
                for (key, field) in zip(keys, row.dropFirst()) { properties.append((key, .string(field))) }
                remember(id, try graph.createNode(labels: [labelID], properties: properties))
            }
        }
        for (type, value) in types.sorted(by: { $0.key < $1.key }) {
            guard let spec = value as? [String: Any], let file = spec["file"] as? String else { continue }
            let typeID = graph.internRelationshipType(type)
            var keys: [PropertyKeyID] = []
            var properties: [(PropertyKeyID, Value)] = []
            var sharedKeys: [PropertyKeyID] = []
            // A file's relationships are created in one call (the bulk path `clustergraph import` takes).
            var batch: [NewRelationship] = []
            try forEachRecord(directory + "/" + file) { row, isHeader in
                if isHeader {
                    keys = row.dropFirst(2).map { graph.internPropertyKey($0) }
                    return
                }
                guard let f = Int(row[0]).flatMap(lookup), let t = Int(row[1]).flatMap(lookup) else {
                    throw Failure(description: "\(file): unknown end node in \(row)")
                }
                properties.removeAll(keepingCapacity: true)
                for (key, field) in zip(keys, row.dropFirst(2)) { properties.append((key, .string(field))) }
                batch.append(NewRelationship(type: typeID, start: f, end: t, properties: PropertyMap(properties, sharingKeys: &sharedKeys)))
            }
            try graph.createRelationships(batch)
        }
    }

    /// RFC 4180 records of a UTF-8 file.
    static func readCSV(_ path: String) throws -> [[String]] {
        var records: [[String]] = []
        try forEachRecord(path) { record, _ in records.append(record) }
        return records
    }

    /// Calls `body` with each RFC 4180 record of a UTF-8 file (the first one flagged as the header), one
    /// reused array at a time.
    static func forEachRecord(_ path: String, _ body: (_ record: [String], _ isHeader: Bool) throws -> Void) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var isHeader = true
        var i = 0
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() throws {
            endField()
            try body(record, isHeader)
            isHeader = false
            record.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") {
                quoted = true
            } else if b == UInt8(ascii: ",") {
                endField()
            } else if b == UInt8(ascii: "\n") {
                try endRecord()
            } else if b != UInt8(ascii: "\r") {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { try endRecord() }
    }
}

/// [(name, text)] of a query file: blocks headed `// name: X`, comment and blank lines dropped.
func readQueries(_ path: String) -> [(String, String)] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    var queries: [(String, String)] = []
    var name: String?
    var lines: [String] = []
    func flush() {
        guard let name else { return }
        var body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasSuffix(";") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        queries.append((name, body))
    }
    for raw in text.components(separatedBy: "\n") {
        let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//"), let r = trimmed.range(of: #"^//\s*name:\s*([A-Za-z0-9_]+)\s*$"#, options: .regularExpression) {
            flush()
            name = trimmed[r].components(separatedBy: ":")[1].trimmingCharacters(in: .whitespaces)
            lines = []
        } else if name != nil, !trimmed.isEmpty, !trimmed.hasPrefix("//") {
            var l = line
            while l.last == " " || l.last == "\t" { l.removeLast() }
            lines.append(l)
        }
    }
    flush()
    return queries
}

func jsonString(_ s: String) -> String { Value.jsonQuote(s) }

func canonical(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let f):
        if f.isNaN { return "\"NaN\"" }
        if f.isInfinite { return f > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        let t = String(format: "%.6f", f)
        return t == "-0.000000" ? "0.000000" : t
    case .string(let s): return jsonString(s)
    case .list(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
    case .map(let m):
        let keys = m.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return "{" + keys.map { jsonString($0) + ":" + canonical(m[$0] ?? .null) }.joined(separator: ",") + "}"
    default: return "null"
    }
}

/// SHA-1 (lower-case hex) of the canonical rows sorted by UTF-8 bytes and joined by "\n".
func checksum(_ rows: [[Value]]) -> String {
    let lines = rows.map { Array(("[" + $0.map(canonical).joined(separator: ",") + "]").utf8) }
        .sorted { $0.lexicographicallyPrecedes($1) }
    var message: [UInt8] = []
    for (i, line) in lines.enumerated() {
        if i > 0 { message.append(UInt8(ascii: "\n")) }
        message += line
    }
    return SHA1.hex(message)
}

enum SHA1 {
    static func hex(_ message: [UInt8]) -> String {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8((bitLength >> (UInt64(i) * 8)) & 0xFF)) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = UInt32(data[chunk + 4 * i]) << 24 | UInt32(data[chunk + 4 * i + 1]) << 16
                    | UInt32(data[chunk + 4 * i + 2]) << 8 | UInt32(data[chunk + 4 * i + 3])
            }
            for i in 16..<80 {
                let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = (x << 1) | (x >> 31)
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = ((a << 5) | (a >> 27)) &+ f &+ e &+ k &+ w[i]
                e = d
                d = c
                c = (b << 30) | (b >> 2)
                b = a
                a = temp
            }
            h[0] = h[0] &+ a
            h[1] = h[1] &+ b
            h[2] = h[2] &+ c
            h[3] = h[3] &+ d
            h[4] = h[4] &+ e
        }
        return h.map { String(format: "%08x", $0) }.joined()
    }
}
