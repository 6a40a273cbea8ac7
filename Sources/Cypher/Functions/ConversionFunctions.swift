// Type conversion functions: toString, toInteger, toFloat, toBoolean and their *OrNull variants, which
// give null instead of an error for values of a type they cannot convert, and the to*List variants that
// convert a list's elements.

extension FunctionRegistry {
    static let conversionFunctions: [FunctionDefinition] = [
        conversion("toString", returns: .string, "the value as a string", toStringValue),
        conversion("toInteger", returns: .integer, "the value as an integer (floats truncated, strings parsed)", toIntegerValue),
        conversion("toFloat", returns: .float, "the value as a float (strings parsed)", toFloatValue),
        conversion("toBoolean", returns: .boolean, "the value as a boolean ('true'/'false' strings, integers 0/1)", toBooleanValue),
        orNull("toStringOrNull", returns: .string, toStringValue),
        orNull("toIntegerOrNull", returns: .integer, toIntegerValue),
        orNull("toFloatOrNull", returns: .float, toFloatValue),
        orNull("toBooleanOrNull", returns: .boolean, toBooleanValue),
        listConversion("toStringList", returns: .string, toStringValue),
        listConversion("toIntegerList", returns: .integer, toIntegerValue),
        listConversion("toFloatList", returns: .float, toFloatValue),
        listConversion("toBooleanList", returns: .boolean, toBooleanValue),
    ]

    /// A list's elements converted one by one, an element that cannot be converted becoming null (Neo4j's
    /// to*List functions).
    private static func listConversion(_ name: String, returns: StaticType, _ convert: @escaping Conversion) -> FunctionDefinition {
        FunctionDefinition(
            name, "\(name)(list) :: LIST<\(returns.displayName.uppercased())>", arguments: 1...1, types: [[.list(.any)]],
            returns: .list(returns), "the list's elements converted (null where one cannot be)",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .list(items.map { convert($0) ?? .null })
                case let other: throw ctx.typeError(name, expected: "a list", got: other)
                }
            })
    }

    /// A conversion: nil means the value's type cannot be converted (a type error); .null means no result.
    typealias Conversion = @Sendable (Value) -> Value?

    private static func conversion(_ name: String, returns: StaticType, _ summary: String, _ convert: @escaping Conversion)
        -> FunctionDefinition
    {
        let accepted: [StaticType]
        switch returns {
        case .string: accepted = [.integer, .float, .string, .boolean, .temporal]
        case .integer: accepted = [.integer, .float, .string, .boolean]
        case .float: accepted = [.integer, .float, .string]
        default: accepted = [.boolean, .string, .integer]
        }
        return FunctionDefinition(
            name, "\(name)(value) :: \(returns.displayName.uppercased())", arguments: 1...1, types: [accepted],
            returns: returns, summary,
            .scalar { args, ctx throws(CypherError) in
                guard let result = convert(args[0]) else {
                    throw .runtime(
                        .invalidArgumentValue("\(name)() cannot convert \(args[0].typeName)"), at: ctx.range,
                        category: .typeError)
                }
                return result
            })
    }

    private static func orNull(_ name: String, returns: StaticType, _ convert: @escaping Conversion) -> FunctionDefinition {
        FunctionDefinition(
            name, "\(name)(value) :: \(returns.displayName.uppercased())", arguments: 1...1, returns: returns,
            "like \(name.dropLast(6)) but null when the value cannot be converted",
            .scalar { args, _ throws(CypherError) in convert(args[0]) ?? .null })
    }
}

@Sendable func toStringValue(_ v: Value) -> Value? {
    switch v {
    case .null: return .null
    case .string: return v
    case .int, .float, .bool, .temporal: return .string(v.displayText)
    default: return nil
    }
}

@Sendable func toIntegerValue(_ v: Value) -> Value? {
    switch v {
    case .null, .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let f):
        guard f.isFinite, let i = Int64(exactly: f.rounded(.towardZero)) else { return .null }
        return .int(i)
    case .string(let s):
        let t = s.trimmingWhitespace
        if let i = Int64(t) { return .int(i) }
        if let f = javaDouble(t), f.isFinite, let i = Int64(exactly: f.rounded(.towardZero)) { return .int(i) }
        return .null
    default: return nil
    }
}

@Sendable func toFloatValue(_ v: Value) -> Value? {
    switch v {
    case .null, .float: return v
    case .int(let i): return .float(Double(i))
    case .string(let s):
        guard let f = javaDouble(s) else { return .null }
        return .float(f)
    default: return nil
    }
}

/// A string read as Java's Double.parseDouble reads it (Neo4j's toFloat): surrounding control characters
/// and spaces ignored; `NaN` and `Infinity` spelt exactly so; a decimal number with an optional exponent
/// and an optional f/F/d/D suffix; a hexadecimal number only with its binary exponent (`0x1.8p1`). Swift's
/// own reading also takes `inf`, `nan` and `0x10`, which Java refuses.
func javaDouble(_ text: String) -> Double? {
    var scalars = Substring(text).unicodeScalars[...]
    while let c = scalars.first, c.value <= 0x20 { scalars.removeFirst() }
    while let c = scalars.last, c.value <= 0x20 { scalars.removeLast() }
    var body = scalars
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
        negative = sign == "-"
        body.removeFirst()
    }
    let word = String(body)
    if word == "NaN" { return .nan }
    if word == "Infinity" { return negative ? -.infinity : .infinity }
    if let last = body.last, "fFdD".unicodeScalars.contains(last) { body.removeLast() }
    let digits = String(body)
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
        guard digits.contains(where: { $0 == "p" || $0 == "P" }) else { return nil }
    } else {
        // Digits, at most one point, at least one digit, then an optional exponent.
        var sawDigit = false, sawPoint = false, i = body.startIndex
        while i < body.endIndex, body[i] == "." || ("0"..."9").contains(body[i]) {
            if body[i] == "." {
                if sawPoint { return nil }
                sawPoint = true
            } else {
                sawDigit = true
            }
            i = body.index(after: i)
        }
        guard sawDigit else { return nil }
        if i < body.endIndex {
            guard body[i] == "e" || body[i] == "E" else { return nil }
            var j = body.index(after: i)
            if j < body.endIndex, body[j] == "+" || body[j] == "-" { j = body.index(after: j) }
            guard j < body.endIndex, body[j...].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        }
    }
    guard let value = Double(digits) else { return nil }
    return negative ? -value : value
}

@Sendable func toBooleanValue(_ v: Value) -> Value? {
    switch v {
    case .null, .bool: return v
    case .string(let s):
        switch s.trimmingWhitespace.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return .null
        }
    case .int(let i): return .bool(i != 0)
    default: return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let c = scalars.first, c.properties.isWhitespace { scalars.removeFirst() }
        while let c = scalars.last, c.properties.isWhitespace { scalars.removeLast() }
        return stringFrom(scalars)
    }
}
