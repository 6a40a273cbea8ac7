// Splits a script into statements at `;` — outside string literals, backtick names and comments — and
// remembers where each statement starts, so an error in the tenth statement of a file is reported at
// the file's own line and column.

/// One statement of a script.
public struct ScriptStatement: Sendable {
    /// The statement text (without the terminating `;`).
    public let text: String
    /// Where the text starts in the script (1-based line and column).
    public let origin: SourceLocation
}

public enum StatementSplitter {
    /// The non-empty statements of `script`. An unterminated quote or comment ends the last statement.
    public static func split(_ script: String) -> [ScriptStatement] { scan(script).statements }

    /// True when every statement of `text` has its terminating `;` and no quote or block comment is left
    /// open — what an interactive shell asks before it runs what was typed. Empty text is complete.
    public static func isComplete(_ text: String) -> Bool { !scan(text).pending }

    /// The statements of `script`, and whether its end is unfinished: text after the last `;`, or an
    /// open quote or block comment.
    private static func scan(_ script: String) -> (statements: [ScriptStatement], pending: Bool) {
        // A statement's text is the script's own from its first character that is not white space or a
        // comment to its `;`: it is cut out of the script at the end, not built character by character.
        var statements: [ScriptStatement] = []
        let view = script.unicodeScalars
        var contentStart = view.startIndex
        var origin = SourceLocation.start
        var hasContent = false
        var line = 1, column = 1, offset = 0
        var quote: Unicode.Scalar?
        var inLineComment = false, inBlockComment = false
        var i = view.startIndex
        func flush(upTo end: String.Index) {
            if hasContent { statements.append(ScriptStatement(text: String(view[contentStart..<end]), origin: origin)) }
            hasContent = false
        }
        func advance(past c: Unicode.Scalar) {
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            offset += 1
            i = view.index(after: i)
        }
        while i < view.endIndex {
            let c = view[i]
            let after = view.index(after: i)
            let next: Unicode.Scalar? = after < view.endIndex ? view[after] : nil
            if inLineComment {
                if c == "\n" { inLineComment = false }
            } else if inBlockComment {
                if c == "*", next == "/" {
                    advance(past: c)
                    inBlockComment = false
                }
            } else if let q = quote {
                if c == "\\", q != "`", next != nil {
                    advance(past: c)  // and past the escaped character, below
                } else if c == q {
                    quote = nil
                }
            } else if c == ";" {
                flush(upTo: i)
            } else if c == "/", next == "/" {
                inLineComment = true
            } else if c == "/", next == "*" {
                inBlockComment = true
                advance(past: c)
            } else {
                if c == "'" || c == "\"" || c == "`" { quote = c }
                if !hasContent, !c.isCypherWhitespace {
                    hasContent = true
                    origin = SourceLocation(offset: offset, line: line, column: column)
                    contentStart = i
                }
            }
            advance(past: view[i])
        }
        let pending = hasContent || quote != nil || inBlockComment
        flush(upTo: view.endIndex)
        return (statements, pending)
    }
}
