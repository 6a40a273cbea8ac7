// Text forms of values: `displayText` is what toString() gives and what a table shows (strings bare);
// `literal` is the Cypher literal (strings quoted and escaped). Floats follow Java's Double.toString, as
// Neo4j prints them: 1.0, 0.001, 1.0E7, 1.5E-4. Nodes and relationships need the graph: see
// PropertyGraph.render(_:). A temporal value's literal is its constructor call (`date('2019-01-01')`),
// its display text the ISO 8601 text.

import Temporal

extension Value {
    /// The value as toString() renders it; strings unquoted.
    public var displayText: String {
        switch self {
        case .string(let s): return s
        case .temporal(let t): return t.isoText
        default: return literal
        }
    }

    /// The value as a Cypher literal. Nodes, relationships and paths show only their ids here.
    public var literal: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return Value.formatFloat(f)
        case .string(let s): return Value.quote(s)
        case .list(let items): return "[" + items.map(\.literal).joined(separator: ", ") + "]"
        case .map(let map): return Value.formatMap(map) { $0.literal }
        case .node(let id): return "(#\(id.rawValue))"
        case .relationship(let id): return "[#\(id.rawValue)]"
        case .path(let p): return "<path of \(p.length)>"
        case .temporal(let t): return t.constructorName + "(" + Value.quote(t.isoText) + ")"
        }
    }

    /// A float as Java's Double.toString writes it.
    public static func formatFloat(_ f: Double) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
        if f == 0 { return f.sign == .minus ? "-0.0" : "0.0" }
        let magnitude = abs(f)
        let sign = f < 0 ? "-" : ""
        // Swift's description gives the shortest digits that round-trip; re-lay them out Java's way.
        let (digits, exponent) = decimalDigits(magnitude)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let pointPosition = exponent + 1
            if pointPosition <= 0 {
                return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
            }
            if pointPosition >= digits.count {
                return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
            }
            let i = digits.index(digits.startIndex, offsetBy: pointPosition)
            return sign + digits[..<i] + "." + digits[i...]
        }
        let mantissa = digits.count == 1 ? digits + ".0" : String(digits.prefix(1)) + "." + digits.dropFirst()
        return sign + mantissa + "E" + String(exponent)
    }

    /// The significant digits (no leading/trailing zeros) and decimal exponent of a positive double.
    private static func decimalDigits(_ f: Double) -> (String, Int) {
        let text = f.description  // e.g. "1234.5", "1e-05", "1.5e+20"
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            fracPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + fracPart
        var exp10 = exponent + intPart.count - 1
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exp10 -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exp10)
    }

    /// A string as a single-quoted Cypher literal.
    public static func quote(_ s: String) -> String {
        var out = "'"
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "'"
    }

    /// A string as a JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    public static func jsonQuote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// A map as `{key: value, …}`, keys quoted with backticks when they are not plain names.
    public static func formatMap(_ map: ValueMap, _ render: (Value) -> String) -> String {
        "{" + map.map { "\(quoteName($0.0)): \(render($0.1))" }.joined(separator: ", ") + "}"
    }

    /// A name (label, key, type) as Cypher writes it: bare when it is a plain identifier, else in backticks.
    public static func quoteName(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.enumerated().allSatisfy { i, c in
                c == "_" || c.properties.isAlphabetic || (i > 0 && ("0"..."9").contains(c))
            }
        return plain ? name : "`" + name.replacingAll("`", with: "``") + "`"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

extension PropertyGraph {
    /// A value with nodes, relationships and paths spelled out as Cypher does:
    /// `(:Label {key: 'v'})`, `[:TYPE {k: 1}]`, `<(:A)-[:T]->(:B)>`.
    public func render(_ value: Value) -> String {
        switch value {
        case .node(let id): return renderNode(id)
        case .relationship(let id): return renderRelationship(id)
        case .path(let path):
            var text = "<" + renderNode(path.nodes[0])
            for (i, rel) in path.relationships.enumerated() {
                let from = path.nodes[i]
                let forward = relationship(rel)?.start == from
                text += (forward ? "-" : "<-") + renderRelationship(rel) + (forward ? "->" : "-") + renderNode(path.nodes[i + 1])
            }
            return text + ">"
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let map): return Value.formatMap(map, render)
        default: return value.literal
        }
    }

    private func renderNode(_ id: NodeID) -> String {
        guard let record = node(id) else { return "(#\(id.rawValue) deleted)" }
        var text = "(" + record.labels.map { ":" + Value.quoteName(name(of: $0)) }.joined()
        if !record.properties.isEmpty {
            text += (record.labels.isEmpty ? "" : " ") + renderProperties(record.properties)
        }
        return text + ")"
    }

    private func renderRelationship(_ id: RelationshipID) -> String {
        guard let record = relationship(id) else { return "[#\(id.rawValue) deleted]" }
        var text = "[:" + Value.quoteName(name(of: record.type))
        if !record.properties.isEmpty { text += " " + renderProperties(record.properties) }
        return text + "]"
    }

    private func renderProperties(_ properties: PropertyMap) -> String {
        "{" + properties.entries.map { "\(Value.quoteName(name(of: $0.0))): \($0.1.literal)" }.joined(separator: ", ") + "}"
    }
}
