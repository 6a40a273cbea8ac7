// Tokens of openCypher. Keywords are not separate token kinds: Cypher keywords are case-insensitive and
// many may also be names (a property called `count`), so the lexer emits words and the parser decides.

/// The kind of a token.
public enum TokenKind: Sendable, Equatable {
    /// An unquoted word: a keyword or a name.
    case word(String)
    /// A name in backticks (the backticks removed, doubled backticks unescaped).
    case quotedName(String)
    /// An integer literal's text (sign excluded); the parser converts and checks its range.
    case integer(String)
    /// A float literal's text.
    case float(String)
    /// A string literal, escapes already resolved.
    case string(String)
    /// `$name` or `$0`.
    case parameter(String)
    /// Punctuation and operators: `(`, `)`, `..`, `<>`, `=~`, `+=`, …
    case symbol(String)
    /// A typographic dash or angle bracket (`—`, `⟨`) that patterns accept for `-`, `<`, `>`; the
    /// associated value is the ASCII symbol it stands for, `text` what was written.
    case lookalike(String, text: String)
    /// Digits run into letters (`12ab`): an invalid number, or a name that starts with a digit.
    case malformedNumber(String)
    case endOfInput
}

/// A token with its source range.
public struct Token: Sendable {
    public var kind: TokenKind
    public var range: SourceRange

    /// True when the token is the word `keyword`, compared case-insensitively.
    @inlinable public func isKeyword(_ keyword: String) -> Bool {
        if case .word(let w) = kind { return w.count == keyword.count && w.uppercased() == keyword }
        return false
    }

    /// True when the token is the symbol `s`.
    @inlinable public func isSymbol(_ s: String) -> Bool {
        if case .symbol(let t) = kind { return t == s }
        return false
    }

    /// True when the token is `s` or a typographic look-alike of it (accepted in patterns only).
    @inlinable public func isPatternSymbol(_ s: String) -> Bool {
        switch kind {
        case .symbol(let t), .lookalike(let t, _): return t == s
        default: return false
        }
    }

    /// How the token reads in an error message.
    public var display: String {
        switch kind {
        case .word(let w): return w
        case .quotedName(let n): return "`\(n)`"
        case .integer(let t), .float(let t): return t
        case .string(let s): return "'\(s)'"
        case .parameter(let p): return "$\(p)"
        case .symbol(let s): return s
        case .lookalike(_, let text): return text
        case .malformedNumber(let t): return t
        case .endOfInput: return "end of input"
        }
    }
}
