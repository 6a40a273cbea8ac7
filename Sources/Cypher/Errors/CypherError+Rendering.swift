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
            if let excerpt = Self.excerpt(of: source, range) {
                let originShift = range.start.line == 1 && !excerpt.cutBefore ? String(repeating: " ", count: origin.column - 1) : ""
                let gutter = String(repeating: " ", count: String(line).count)
                lines.append("\(gutter) |")
                lines.append("\(line) | \(originShift)\(excerpt.text)")
                lines.append("\(gutter) | \(originShift)\(String(repeating: " ", count: excerpt.caretStart))\(String(repeating: "^", count: excerpt.caretWidth))")
                if let hint = kind.hint { lines.append("\(gutter) = hint: \(hint)") }
                return lines.joined(separator: "\n")
            }
        } else if let fileName {
            lines.append(" --> \(fileName)")
        }
        if let hint = kind.hint { lines.append("  = hint: \(hint)") }
        return lines.joined(separator: "\n")
    }

    /// How much of a long line an excerpt shows on each side of the caret.
    static let excerptMargin = 60

    /// The part of the source line `range` starts on that the report shows: all of it when short, else a
    /// window around the caret marked with `…` — so an error in a 100 MB line prints a few dozen
    /// characters, found without splitting the whole source into lines.
    static func excerpt(of source: String, _ range: SourceRange) -> (text: String, caretStart: Int, caretWidth: Int, cutBefore: Bool)? {
        let scalars = source.unicodeScalars
        // The start of the range's line, found by counting line breaks from the start of the source.
        var lineStart = scalars.startIndex
        var currentLine = 1
        var index = scalars.startIndex
        while currentLine < range.start.line {
            guard index != scalars.endIndex else { return nil }
            if scalars[index] == "\n" {
                currentLine += 1
                lineStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        let column = max(1, range.start.column)
        let wanted = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : Int.max
        let margin = excerptMargin
        let skip = max(0, column - 1 - margin)
        var cursor = lineStart
        for _ in 0..<skip {
            guard cursor != scalars.endIndex, scalars[cursor] != "\n" else { return nil }
            cursor = scalars.index(after: cursor)
        }
        // Up to the margin before the caret, the caret's width (at most two margins), and a margin after.
        let caretWidth = min(wanted, 2 * margin)
        let limit = (column - 1 - skip) + caretWidth + margin
        var text = String.UnicodeScalarView()
        var taken = 0
        while taken < limit, cursor != scalars.endIndex, scalars[cursor] != "\n" {
            let c = scalars[cursor]
            if c != "\r" { text.append(c == "\t" ? " " : c) }
            taken += 1
            cursor = scalars.index(after: cursor)
        }
        let cutAfter = cursor != scalars.endIndex && scalars[cursor] != "\n"
        let caretStart = column - 1 - skip + (skip > 0 ? 1 : 0)
        let shown = (skip > 0 ? "…" : "") + String(text) + (cutAfter ? "…" : "")
        let visibleWidth = max(1, min(caretWidth, text.count - (column - 1 - skip)))
        return (shown, caretStart, wanted == Int.max ? max(1, text.count - (column - 1 - skip)) : visibleWidth, skip > 0)
    }
}
