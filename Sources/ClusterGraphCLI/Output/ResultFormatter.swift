// Formatting of query results for standard output: a boxed table on a terminal (plain aligned columns
// otherwise), CSV (RFC 4180; null and '' told apart), TSV (escaped, a row a line), JSON (one array of
// row objects; several results make one document, see JSONDocument), JSON Lines (one object per row),
// a Markdown table, or line mode (a `column = value` line per value).
// Nodes, relationships and paths are spelled as Cypher literals in tables and CSV, and as objects with
// id, labels/type and properties in JSON.

import Cypher

struct ResultFormatter {
    let format: OutputFormat
    let graph: PropertyGraph
    let boxed: Bool
    /// What a null is in CSV (DuckDB's `nullstr`): nothing by default; an empty string is always `""`.
    var nullText = ""
    /// At most this many rows in a table (the first half and the last half, a ⋮ row between); nil: all.
    var maxRows: Int?
    /// At most this many characters across a table: the widest columns are cut, their cut text ending in
    /// …; nil: as wide as the values.
    var maxWidth: Int?

    func format(_ result: QueryResult) -> String {
        switch format {
        case .table: return table(result)
        case .csv: return csv(result)
        case .tsv: return tsv(result)
        case .json: return json(result)
        case .jsonl: return result.rows.map { jsonObject(result.columns, $0) + "\n" }.joined()
        case .markdown: return markdown(result)
        case .line: return lines(result)
        }
    }

    // MARK: - Table

    /// Text of a value in a table cell: strings and temporal values (ISO 8601) bare at the top level,
    /// everything else as a literal.
    func cell(_ value: Value) -> String {
        if case .string(let s) = value { return s }
        if case .temporal = value { return value.displayText }
        return graph.render(value)
    }

    private func table(_ result: QueryResult) -> String {
        // Rows beyond maxRows are left out in the middle: the first and the last ones show.
        var shown = Array(result.rows.indices)
        var elidedAt: Int?
        if let maxRows, result.rows.count > maxRows {
            let head = (maxRows + 1) / 2
            shown = Array(0..<head) + Array((result.rows.count - (maxRows - head))..<result.rows.count)
            elidedAt = head
        }
        var cells = shown.map { result.rows[$0].map(cell) }
        var widths = result.columns.map(displayWidth)
        for row in cells {
            for (i, c) in row.enumerated() { widths[i] = max(widths[i], displayWidth(c)) }
        }
        if let maxWidth {
            // Narrow the widest column, one character at a time, until the table fits (a column keeps 5).
            let frame = boxed ? 3 * widths.count + 1 : 2 * max(0, widths.count - 1)
            var excess = widths.reduce(frame, +) - maxWidth
            while excess > 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 5 {
                widths[widest] -= 1
                excess -= 1
            }
            var columns = result.columns
            for i in columns.indices { columns[i] = cut(columns[i], to: widths[i]) }
            for r in cells.indices {
                for i in cells[r].indices { cells[r][i] = cut(cells[r][i], to: widths[i]) }
            }
            return table(result, columns: columns, cells: cells, widths: widths, elidedAt: elidedAt)
        }
        return table(result, columns: result.columns, cells: cells, widths: widths, elidedAt: elidedAt)
    }

    /// `text` cut to `width` columns, its last one an … when anything was cut.
    private func cut(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var kept = "", used = 0
        for c in text {
            let w = displayWidth(String(c))
            if used + w > width - 1 { break }
            kept.append(c)
            used += w
        }
        return kept + "…"
    }

    private func table(_ result: QueryResult, columns: [String], cells: [[String]], widths: [Int], elidedAt: Int?) -> String {
        let numeric = result.columns.indices.map { i in
            !result.rows.isEmpty && result.rows.allSatisfy { row in
                switch row[i] {
                case .int, .float, .null: return true
                default: return false
                }
            }
        }
        func pad(_ s: String, _ i: Int) -> String {
            let fill = String(repeating: " ", count: widths[i] - displayWidth(s))
            return numeric[i] ? fill + s : s + fill
        }
        var out = ""
        if boxed {
            let rule = { (l: String, m: String, r: String) in l + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: m) + r + "\n" }
            out += rule("┌", "┬", "┐")
            out += "│" + columns.enumerated().map { " " + pad($1, $0) + " " }.joined(separator: "│") + "│\n"
            out += rule("├", "┼", "┤")
            for (r, row) in cells.enumerated() {
                if r == elidedAt { out += "│" + widths.map { " " + centred("⋮", $0) + " " }.joined(separator: "│") + "│\n" }
                out += "│" + row.enumerated().map { " " + pad($1, $0) + " " }.joined(separator: "│") + "│\n"
            }
            out += rule("└", "┴", "┘")
            out += "\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")" + (elidedAt == nil ? "" : " (\(cells.count) shown)") + "\n"
        } else {
            out += columns.enumerated().map { pad($1, $0) }.joined(separator: "  ").trailingSpaceTrimmed + "\n"
            for (r, row) in cells.enumerated() {
                if r == elidedAt { out += widths.map { centred("⋮", $0) }.joined(separator: "  ").trailingSpaceTrimmed + "\n" }
                out += row.enumerated().map { pad($1, $0) }.joined(separator: "  ").trailingSpaceTrimmed + "\n"
            }
        }
        return out
    }

    /// `mark` in the middle of `width` columns.
    private func centred(_ mark: String, _ width: Int) -> String {
        let before = (width - 1) / 2
        return String(repeating: " ", count: before) + mark + String(repeating: " ", count: max(0, width - before - 1))
    }

    private func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, c in
            let v = c.value
            if v == 0 || (0x300...0x36F).contains(v) { return w }
            if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            {
                return w + 2
            }
            return w + 1
        }
    }

    // MARK: - CSV

    private func csv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            // An empty string is quoted, so that it differs from a null (an empty field, or --null).
            if s.isEmpty || s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
            }
            return s
        }
        let null = nullText.isEmpty ? "" : field(nullText)
        var out = result.columns.map(field).joined(separator: ",") + "\n"
        for row in result.rows {
            out += row.map { $0.isNull ? null : field(cell($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: - TSV, Markdown, line

    /// Tab-separated: a null is empty (or --null), and tabs, line breaks and backslashes in values are
    /// written \t, \n, \r and \\ (as PostgreSQL's text format and DuckDB do), so each row is one line.
    private func tsv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            var out = ""
            for c in s {
                switch c {
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\\": out += "\\\\"
                default: out.append(c)
                }
            }
            return out
        }
        var out = result.columns.map(field).joined(separator: "\t") + "\n"
        for row in result.rows {
            out += row.map { $0.isNull ? field(nullText) : field(cell($0)) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A Markdown (GitHub) table; `|` in values escaped, line breaks as <br>, numbers aligned right.
    private func markdown(_ result: QueryResult) -> String {
        func field(_ s: String) -> String { s.replacingAll("|", with: "\\|").replacingAll("\n", with: "<br>") }
        let numeric = result.columns.indices.map { i in
            !result.rows.isEmpty && result.rows.allSatisfy { row in
                switch row[i] {
                case .int, .float, .null: return true
                default: return false
                }
            }
        }
        var out = "| " + result.columns.map(field).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in result.rows {
            out += "| " + row.map { $0.isNull ? "" : field(cell($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// One `column = value` line per value, the names aligned, a blank line between rows (DuckDB's
    /// `.mode line`): for rows too wide for a table.
    private func lines(_ result: QueryResult) -> String {
        let width = result.columns.map(displayWidth).max() ?? 0
        var blocks: [String] = []
        for row in result.rows {
            blocks.append(
                zip(result.columns, row).map { name, value in
                    String(repeating: " ", count: width - displayWidth(name)) + name + " = " + (value.isNull ? "null" : cell(value))
                }.joined(separator: "\n") + "\n")
        }
        return blocks.joined(separator: "\n")
    }

    // MARK: - JSON

    private func json(_ result: QueryResult) -> String {
        guard !result.rows.isEmpty else { return "[]\n" }
        return "[\n" + result.rows.map { "  " + jsonObject(result.columns, $0) }.joined(separator: ",\n") + "\n]\n"
    }

    private func jsonObject(_ columns: [String], _ row: [Value]) -> String {
        "{" + zip(columns, row).map { jsonString($0) + ": " + jsonValue($1) }.joined(separator: ", ") + "}"
    }

    func jsonValue(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return f.isFinite ? Value.formatFloat(f).replacingAll("E", with: "e") : jsonString(Value.formatFloat(f))
        case .string(let s): return jsonString(s)
        // Temporal values as their ISO 8601 text, as Neo4j's HTTP API and APOC write them.
        case .temporal: return jsonString(value.displayText)
        case .list(let items): return "[" + items.map(jsonValue).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.map { jsonString($0.0) + ": " + jsonValue($0.1) }.joined(separator: ", ") + "}"
        case .node(let id):
            guard let record = graph.node(id) else { return "{\"id\": \(id.rawValue), \"deleted\": true}" }
            let labels = record.labels.map { jsonString(graph.name(of: $0)) }.joined(separator: ", ")
            let properties = record.properties.entries.map { jsonString(graph.name(of: $0.0)) + ": " + jsonValue($0.1) }
            return "{\"id\": \(id.rawValue), \"labels\": [\(labels)], \"properties\": {\(properties.joined(separator: ", "))}}"
        case .relationship(let id):
            guard let record = graph.relationship(id) else { return "{\"id\": \(id.rawValue), \"deleted\": true}" }
            let properties = record.properties.entries.map { jsonString(graph.name(of: $0.0)) + ": " + jsonValue($0.1) }
            return "{\"id\": \(id.rawValue), \"type\": \(jsonString(graph.name(of: record.type))), \"start\": \(record.start.rawValue), "
                + "\"end\": \(record.end.rawValue), \"properties\": {\(properties.joined(separator: ", "))}}"
        case .path(let path):
            return "{\"nodes\": [" + path.nodes.map { jsonValue(.node($0)) }.joined(separator: ", ") + "], \"relationships\": ["
                + path.relationships.map { jsonValue(.relationship($0)) }.joined(separator: ", ") + "]}"
        }
    }

    private func jsonString(_ s: String) -> String { Value.jsonQuote(s) }

}

extension String {
    var trailingSpaceTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// Several results printed as JSON make one valid document: a single result stays the array of its rows;
/// from the second on, the output becomes an array of those arrays, one per statement. The first
/// result's text is held until it is known whether a second comes.
struct JSONDocument {
    private var held: String?
    private var count = 0

    /// The text to print now for a result whose JSON text is `text`.
    mutating func add(_ text: String) -> String {
        count += 1
        switch count {
        case 1:
            held = text
            return ""
        case 2:
            defer { held = nil }
            return "[\n" + Self.indented(held ?? "") + ",\n" + Self.indented(text)
        default:
            return ",\n" + Self.indented(text)
        }
    }

    /// The text that ends the document.
    mutating func finish() -> String {
        if count == 1 { return held ?? "" }
        return count > 1 ? "\n]\n" : ""
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}
