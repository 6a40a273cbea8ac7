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
        var statements: [ScriptStatement] = []
        var current = String.UnicodeScalarView()
        var origin = SourceLocation.start
        var hasContent = false
        var line = 1, column = 1, offset = 0
        var quote: Unicode.Scalar?
        var inLineComment = false, inBlockComment = false
        let scalars = Array(script.unicodeScalars)
        var i = 0
        func flush() {
            if hasContent { statements.append(ScriptStatement(text: String(current), origin: origin)) }
            current = String.UnicodeScalarView()
            hasContent = false
        }
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            var consumed = 1
            if inLineComment {
                if c == "\n" { inLineComment = false }
                current.append(c)
            } else if inBlockComment {
                current.append(c)
                if c == "*", next == "/" {
                    current.append("/")
                    consumed = 2
                    inBlockComment = false
                }
            } else if let q = quote {
                current.append(c)
                if c == "\\", q != "`", let n = next {
                    current.append(n)
                    consumed = 2
                } else if c == q {
                    quote = nil
                }
            } else if c == ";" {
                flush()
            } else {
                if c == "/", next == "/" {
                    inLineComment = true
                } else if c == "/", next == "*" {
                    inBlockComment = true
                    current.append(c)
                    current.append("*")
                    consumed = 2
                } else if c == "'" || c == "\"" || c == "`" {
                    quote = c
                }
                if !inBlockComment || consumed == 1 {
                    if !hasContent, !c.isCypherWhitespace, !inLineComment, !inBlockComment {
                        hasContent = true
                        origin = SourceLocation(offset: offset, line: line, column: column)
                        current = String.UnicodeScalarView()
                    }
                    if consumed == 1 { current.append(c) }
                }
            }
            for k in 0..<consumed where i + k < scalars.count {
                if scalars[i + k] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += 1
            }
            i += consumed
        }
        let pending = hasContent || quote != nil || inBlockComment
        flush()
        return (statements, pending)
    }
}
