// String functions: toUpper, toLower, trim, ltrim, rtrim, btrim, normalize, replace, substring, left,
// right, split.

import Foundation

extension FunctionRegistry {
    static let stringFunctions: [FunctionDefinition] = [
        stringMap("toUpper", "the string in upper case") { $0.uppercased() },
        stringMap("toLower", "the string in lower case") { lowercased($0) },
        stringMap("trim", "the string without leading and trailing whitespace") { trimmed($0, leading: true, trailing: true) },
        stringMap("ltrim", "the string without leading whitespace") { trimmed($0, leading: true, trailing: false) },
        stringMap("rtrim", "the string without trailing whitespace") { trimmed($0, leading: false, trailing: true) },
        FunctionDefinition(
            "btrim", "btrim(string [, characters]) :: STRING", arguments: 1...2, types: [[.string], [.string]], returns: .string,
            "the string without leading and trailing whitespace, or without the given characters",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("btrim", expected: "a string", got: args[0]) }
                guard args.count > 1 else { return .string(trimmed(s, leading: true, trailing: true)) }
                guard case .string(let characters) = args[1] else { throw ctx.typeError("btrim", expected: "a string", got: args[1]) }
                let set = Set(characters.unicodeScalars)
                var scalars = Substring(s).unicodeScalars[...]
                while let c = scalars.first, set.contains(c) { scalars.removeFirst() }
                while let c = scalars.last, set.contains(c) { scalars.removeLast() }
                return .string(stringFrom(scalars))
            }),
        FunctionDefinition(
            "normalize", "normalize(string [, form]) :: STRING", arguments: 1...2, types: [[.string], [.string]], returns: .string,
            "the string in a Unicode normal form: NFC (the default), NFD, NFKC or NFKD",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("normalize", expected: "a string", got: args[0]) }
                var form = "NFC"
                if args.count > 1 {
                    guard case .string(let f) = args[1] else { throw ctx.typeError("normalize", expected: "a form name", got: args[1]) }
                    form = f.uppercased()
                }
                switch form {
                case "NFC": return .string(s.precomposedStringWithCanonicalMapping)
                case "NFD": return .string(s.decomposedStringWithCanonicalMapping)
                case "NFKC": return .string(s.precomposedStringWithCompatibilityMapping)
                case "NFKD": return .string(s.decomposedStringWithCompatibilityMapping)
                default: throw ctx.valueError("normalize(): '\(form)' is not a normal form; one of NFC, NFD, NFKC, NFKD")
                }
            }),
        FunctionDefinition(
            "replace", "replace(string, search, replacement) :: STRING", arguments: 3...3,
            types: [[.string], [.string], [.string]], returns: .string, "every occurrence of search replaced",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard case .string(let s) = args[0], case .string(let search) = args[1], case .string(let replacement) = args[2]
                else { throw ctx.typeError("replace", expected: "strings", got: args.first { !isString($0) } ?? .null) }
                return .string(replaceAll(s, search, replacement))
            }),
        FunctionDefinition(
            "substring", "substring(string, start [, length]) :: STRING", arguments: 2...3,
            types: [[.string], [.integer], [.integer]], returns: .string, "the part of a string from start (0-based)",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("substring", expected: "a string", got: args[0]) }
                guard case .int(let start) = args[1] else { throw ctx.typeError("substring", expected: "an integer start", got: args[1]) }
                guard start >= 0 else { throw ctx.valueError("substring() start must not be negative") }
                let scalars = Array(s.unicodeScalars)
                var length = Int64(scalars.count)
                if args.count == 3 {
                    guard case .int(let l) = args[2] else { throw ctx.typeError("substring", expected: "an integer length", got: args[2]) }
                    guard l >= 0 else { throw ctx.valueError("substring() length must not be negative") }
                    length = l
                }
                let lo = Int(min(start, Int64(scalars.count)))
                let hi = Int(min(Int64(scalars.count), Int64(lo) + min(length, Int64(scalars.count))))
                return .string(stringFrom(scalars[lo..<max(lo, hi)]))
            }),
        FunctionDefinition(
            "left", "left(string, length) :: STRING", arguments: 2...2, types: [[.string], [.integer]], returns: .string,
            "the first length characters",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("left", expected: "a string", got: args[0]) }
                guard case .int(let n) = args[1] else { throw ctx.typeError("left", expected: "an integer length", got: args[1]) }
                guard n >= 0 else { throw ctx.valueError("left() length must not be negative") }
                return .string(stringFrom(s.unicodeScalars.prefix(Int(min(n, Int64(Int32.max))))))
            }),
        FunctionDefinition(
            "right", "right(string, length) :: STRING", arguments: 2...2, types: [[.string], [.integer]], returns: .string,
            "the last length characters",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("right", expected: "a string", got: args[0]) }
                guard case .int(let n) = args[1] else { throw ctx.typeError("right", expected: "an integer length", got: args[1]) }
                guard n >= 0 else { throw ctx.valueError("right() length must not be negative") }
                return .string(stringFrom(s.unicodeScalars.suffix(Int(min(n, Int64(Int32.max))))))
            }),
        FunctionDefinition(
            "split", "split(string, delimiter) :: LIST<STRING>", arguments: 2...2, types: [[.string], [.string, .list(.string)]],
            returns: .list(.string), "the parts of a string between delimiters",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard case .string(let s) = args[0] else { throw ctx.typeError("split", expected: "a string", got: args[0]) }
                guard case .string(let d) = args[1] else { throw ctx.typeError("split", expected: "a string delimiter", got: args[1]) }
                return .list(splitString(s, d).map(Value.string))
            }),
    ]

    private static func stringMap(_ name: String, _ summary: String, _ transform: @escaping @Sendable (String) -> String)
        -> FunctionDefinition
    {
        FunctionDefinition(
            name, "\(name)(string) :: STRING", arguments: 1...1, types: [[.string]], returns: .string, summary,
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .string(let s): return .string(transform(s))
                case let other: throw ctx.typeError(name, expected: "a string", got: other)
                }
            })
    }
}

private func isString(_ v: Value) -> Bool {
    if case .string = v { return true }
    return false
}

func stringFrom<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
}

private func trimmed(_ s: String, leading: Bool, trailing: Bool) -> String {
    var scalars = Substring(s).unicodeScalars[...]
    if leading { while let c = scalars.first, c.properties.isWhitespace { scalars.removeFirst() } }
    if trailing { while let c = scalars.last, c.properties.isWhitespace { scalars.removeLast() } }
    return stringFrom(scalars)
}

func replaceAll(_ s: String, _ search: String, _ replacement: String) -> String {
    guard !search.isEmpty else {
        // Neo4j inserts the replacement between every character.
        var out = replacement
        for c in s.unicodeScalars {
            out.unicodeScalars.append(c)
            out += replacement
        }
        return out
    }
    return splitString(s, search).joined(separator: replacement)
}

func splitString(_ s: String, _ delimiter: String) -> [String] {
    let text = Array(s.unicodeScalars), d = Array(delimiter.unicodeScalars)
    guard !d.isEmpty else { return text.map { String($0) } }
    var parts: [String] = []
    var start = 0, i = 0
    while i + d.count <= text.count {
        if Array(text[i..<(i + d.count)]) == d {
            parts.append(stringFrom(text[start..<i]))
            i += d.count
            start = i
        } else {
            i += 1
        }
    }
    parts.append(stringFrom(text[start...]))
    return parts
}

/// The string in lower case as Java lowercases it (Neo4j's toLower): Unicode's full mappings, plus the
/// one rule that depends on context, which Swift's `lowercased()` leaves out — a capital sigma that ends
/// a word becomes the final sigma ς (Final_Sigma: a cased letter before it, none after it, case-ignorable
/// characters such as accents skipped on both sides).
func lowercased(_ s: String) -> String {
    let capitalSigma: Unicode.Scalar = "\u{03A3}"
    guard s.unicodeScalars.contains(capitalSigma) else { return s.lowercased() }
    let scalars = Array(s.unicodeScalars)
    func casedLetter(from start: Int, step: Int) -> Bool {
        var i = start
        while i >= 0 && i < scalars.count {
            let p = scalars[i].properties
            if p.isCased { return true }
            if !p.isCaseIgnorable { return false }
            i += step
        }
        return false
    }
    var out = ""
    for (i, scalar) in scalars.enumerated() {
        if scalar == capitalSigma {
            let final = casedLetter(from: i - 1, step: -1) && !casedLetter(from: i + 1, step: 1)
            out.unicodeScalars.append(final ? "\u{03C2}" : "\u{03C3}")
        } else {
            out += String(scalar).lowercased()
        }
    }
    return out
}
