// Turning an error into the text a user reads: category and code, message, the file:line:column, the
// source line, and a caret under the whole offending token — in the manner of rustc and DuckDB.

extension CypherError {
    /// The error as a multi-line report with the source line and a caret under the offending range.
    ///
    ///     SyntaxError (UndefinedVariable): variable `x` not defined
    ///      --> query:1:18
    ///       |
    ///     1 | MATCH (n) RETURN x
    ///       |                  ^
    ///       = hint: did you mean `n`?
    public var report: String {
        var lines = ["\(category.rawValue) (\(code)): \(message)"]
        if let range, let source {
            let origin = statementOrigin ?? .start
            let line = range.start.line + origin.line - 1
            let column = range.start.line == 1 ? range.start.column + origin.column - 1 : range.start.column
            lines.append(" --> \(fileName ?? "query"):\(line):\(column)")
            let sourceLines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(String.UnicodeScalarView(line.filter { $0 != "\r" }))
            }
            if range.start.line - 1 < sourceLines.count {
                let text = String(sourceLines[range.start.line - 1].map { $0 == "\t" ? " " : $0 })
                let prefix = String(repeating: " ", count: range.start.column - 1)
                let originShift = range.start.line == 1 ? String(repeating: " ", count: origin.column - 1) : ""
                let width: Int
                if range.end.line == range.start.line {
                    width = max(1, range.end.column - range.start.column)
                } else {
                    width = max(1, text.count - (range.start.column - 1))
                }
                let gutter = String(repeating: " ", count: String(line).count)
                lines.append("\(gutter) |")
                lines.append("\(line) | \(originShift)\(text)")
                lines.append("\(gutter) | \(originShift)\(prefix)\(String(repeating: "^", count: width))")
                if let hint = kind.hint { lines.append("\(gutter) = hint: \(hint)") }
                return lines.joined(separator: "\n")
            }
        } else if let fileName {
            lines.append(" --> \(fileName)")
        }
        if let hint = kind.hint { lines.append("  = hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
