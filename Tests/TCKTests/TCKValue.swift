// The TCK's value notation (as used in result tables, parameters and procedure tables) parsed into a
// comparable tree, and engine values converted into the same tree, so that expected and actual results
// are compared structurally: property and label order ignored, integers and floats kept distinct.

import Cypher

/// A value in TCK notation.
indirect enum TCKValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// Nodes and relationships alternating; `forward[i]` tells the direction of relationship i.
    case path(nodes: [TCKValue], relationships: [TCKValue], forward: [Bool])

    static func == (a: TCKValue, b: TCKValue) -> Bool { a.matches(b, unorderedLists: false) }

    /// Structural equality; with `unorderedLists`, lists compare as multisets.
    func matches(_ other: TCKValue, unorderedLists: Bool) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            if !unorderedLists { return zip(a, b).allSatisfy { $0.matches($1, unorderedLists: false) } }
            var remaining = b
            for x in a {
                guard let i = remaining.firstIndex(where: { x.matches($0, unorderedLists: true) }) else { return false }
                remaining.remove(at: i)
            }
            return true
        case (.map(let a), .map(let b)): return TCKValue.sameMaps(a, b, unorderedLists)
        case (.node(let la, let pa), .node(let lb, let pb)): return la == lb && TCKValue.sameMaps(pa, pb, unorderedLists)
        case (.relationship(let ta, let pa), .relationship(let tb, let pb)): return ta == tb && TCKValue.sameMaps(pa, pb, unorderedLists)
        case (.path(let na, let ra, let fa), .path(let nb, let rb, let fb)):
            return fa == fb && na.count == nb.count && ra.count == rb.count
                && zip(na, nb).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
                && zip(ra, rb).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
        default: return false
        }
    }

    private static func sameMaps(_ a: [String: TCKValue], _ b: [String: TCKValue], _ unordered: Bool) -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in a {
            guard let w = b[k], v.matches(w, unorderedLists: unordered) else { return false }
        }
        return true
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        case .float(let f): return Value.formatFloat(f)
        case .string(let s): return Value.quote(s)
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { "\($0): \(m[$0]!)" }.joined(separator: ", ") + "}"
        case .node(let labels, let props):
            let p = props.isEmpty ? "" : " " + TCKValue.map(props).description
            return "(" + labels.sorted().map { ":" + $0 }.joined() + p + ")"
        case .relationship(let type, let props):
            return "[:" + type + (props.isEmpty ? "" : " " + TCKValue.map(props).description) + "]"
        case .path(let nodes, let rels, let forward):
            var s = "<" + nodes[0].description
            for i in rels.indices {
                s += (forward[i] ? "-" : "<-") + rels[i].description + (forward[i] ? "->" : "-") + nodes[i + 1].description
            }
            return s + ">"
        }
    }

    /// The engine value this TCK value denotes (for parameters and procedure outputs); graph elements
    /// cannot be written as parameters and come out as null.
    var engineValue: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let f): return .float(f)
        case .string(let s): return .string(s)
        case .list(let items): return .list(items.map(\.engineValue))
        case .map(let m): return .map(ValueMap(m.keys.sorted().map { ($0, m[$0]!.engineValue) }))
        case .node, .relationship, .path: return .null
        }
    }

    /// An engine value in TCK form, reading labels, types and properties from the graph.
    init(_ value: Value, graph: PropertyGraph) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let f): self = .float(f)
        case .string(let s): self = .string(s)
        // The TCK writes temporal values as their ISO text in quotes.
        case .temporal: self = .string(value.displayText)
        case .list(let items): self = .list(items.map { TCKValue($0, graph: graph) })
        case .map(let m): self = .map(Dictionary(uniqueKeysWithValues: m.map { ($0.0, TCKValue($0.1, graph: graph)) }))
        case .node(let id):
            let record = graph.node(id)
            self = .node(
                labels: Set(record?.labels.map { graph.name(of: $0) } ?? []),
                properties: TCKValue.properties(record?.properties, graph))
        case .relationship(let id):
            let record = graph.relationship(id)
            self = .relationship(type: record.map { graph.name(of: $0.type) } ?? "?", properties: TCKValue.properties(record?.properties, graph))
        case .path(let p):
            var forward: [Bool] = []
            for (i, r) in p.relationships.enumerated() { forward.append(graph.relationship(r)?.start == p.nodes[i]) }
            self = .path(
                nodes: p.nodes.map { TCKValue(.node($0), graph: graph) },
                relationships: p.relationships.map { TCKValue(.relationship($0), graph: graph) }, forward: forward)
        }
    }

    private static func properties(_ map: PropertyMap?, _ graph: PropertyGraph) -> [String: TCKValue] {
        var out: [String: TCKValue] = [:]
        for (k, v) in map?.entries ?? PropertyMap().entries { out[graph.name(of: k)] = TCKValue(v, graph: graph) }
        return out
    }
}

/// Parses TCK value notation.
struct TCKValueParser {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> TCKValue {
        var p = TCKValueParser(text)
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.chars.count else { throw Failure(description: "trailing text in value: \(text)") }
        return v
    }

    private mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard i < chars.count, chars[i] == c else { throw Failure(description: "expected '\(c)' at \(i) in \(String(chars))") }
        i += 1
    }

    private mutating func peek() -> Character? {
        skipSpace()
        return i < chars.count ? chars[i] : nil
    }

    mutating func value() throws -> TCKValue {
        guard let c = peek() else { throw Failure(description: "empty value") }
        switch c {
        case "'": return .string(try string())
        case "[":
            if i + 1 < chars.count, chars[i + 1] == ":" { return try relationship() }
            i += 1
            var items: [TCKValue] = []
            if peek() == "]" { i += 1; return .list([]) }
            while true {
                items.append(try value())
                if peek() == "," { i += 1; continue }
                try expect("]")
                return .list(items)
            }
        case "{": return .map(try map())
        case "(": return try node()
        case "<": return try path()
        default: return try scalar()
        }
    }

    private mutating func string() throws -> String {
        try expect("'")
        var out = ""
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let n = chars[i + 1]
                switch n {
                case "'": out.append("'")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"": out.append("\"")
                default: out.append("\\"); out.append(n)
                }
                i += 2
                continue
            }
            if c == "'" { i += 1; return out }
            out.append(c)
            i += 1
        }
        throw Failure(description: "unterminated string")
    }

    private mutating func name() throws -> String {
        skipSpace()
        if i < chars.count, chars[i] == "`" {
            i += 1
            var out = ""
            while i < chars.count, chars[i] != "`" { out.append(chars[i]); i += 1 }
            i += 1
            return out
        }
        var out = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { out.append(chars[i]); i += 1 }
        guard !out.isEmpty else { throw Failure(description: "expected a name at \(i) in \(String(chars))") }
        return out
    }

    private mutating func map() throws -> [String: TCKValue] {
        try expect("{")
        var out: [String: TCKValue] = [:]
        if peek() == "}" { i += 1; return out }
        while true {
            let key = try name()
            try expect(":")
            out[key] = try value()
            if peek() == "," { i += 1; continue }
            try expect("}")
            return out
        }
    }

    private mutating func node() throws -> TCKValue {
        try expect("(")
        var labels: Set<String> = []
        while peek() == ":" {
            i += 1
            labels.insert(try name())
        }
        var props: [String: TCKValue] = [:]
        if peek() == "{" { props = try map() }
        try expect(")")
        return .node(labels: labels, properties: props)
    }

    private mutating func relationship() throws -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try name()
        var props: [String: TCKValue] = [:]
        if peek() == "{" { props = try map() }
        try expect("]")
        return .relationship(type: type, properties: props)
    }

    private mutating func path() throws -> TCKValue {
        try expect("<")
        var nodes = [try node()]
        var rels: [TCKValue] = []
        var forward: [Bool] = []
        while let c = peek(), c == "-" || c == "<" {
            let backward = c == "<"
            if backward { i += 1 }
            try expect("-")
            rels.append(try relationship())
            try expect("-")
            var isForward = false
            if peek() == ">" { i += 1; isForward = true }
            forward.append(isForward && !backward)
            nodes.append(try node())
        }
        try expect(">")
        return .path(nodes: nodes, relationships: rels, forward: forward)
    }

    private mutating func scalar() throws -> TCKValue {
        skipSpace()
        var text = ""
        while i < chars.count, !",]}) ".contains(chars[i]) { text.append(chars[i]); i += 1 }
        switch text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "NaN": return .float(.nan)
        case "Inf", "Infinity": return .float(.infinity)
        case "-Inf", "-Infinity": return .float(-.infinity)
        default: break
        }
        if let v = Int64(text) { return .int(v) }
        if let d = Double(text) { return .float(d) }
        throw Failure(description: "cannot read value '\(text)'")
    }
}
