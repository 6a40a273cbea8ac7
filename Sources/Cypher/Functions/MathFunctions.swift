// Numeric functions: abs, ceil, floor, round, sign, sqrt, exp, log, log10, rand, pi, e, and the
// trigonometric functions.

import Foundation

extension FunctionRegistry {
    static let mathFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "abs", "abs(number) :: NUMBER", arguments: 1...1, types: [[.number]], returns: .number, "the absolute value",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .int(let i):
                    guard i != .min else { throw .runtime(.numberOutOfRange("abs() overflows"), at: ctx.range, category: .arithmeticError) }
                    return .int(Swift.abs(i))
                case .float(let f): return .float(Swift.abs(f))
                case let other: throw ctx.typeError("abs", expected: "a number", got: other)
                }
            }),
        floatFunction("ceil", "the smallest integral float not below the number") { Foundation.ceil($0) },
        floatFunction("floor", "the largest integral float not above the number") { Foundation.floor($0) },
        FunctionDefinition(
            "round", "round(number [, precision [, mode]]) :: FLOAT", arguments: 1...3, types: [[.number], [.integer], [.string]],
            returns: .float,
            "the number rounded to an integral float, ties up; or to precision decimal places, by a java.math.RoundingMode (HALF_UP by default)",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard let x = args[0].numericValue else { throw ctx.typeError("round", expected: "a number", got: args[0]) }
                guard args.count > 1 else {
                    // Java's Math.round: the nearest integer, ties towards positive infinity (x - floor(x) is exact).
                    let floor = Foundation.floor(x)
                    let rounded = x - floor >= 0.5 ? floor + 1 : floor
                    return .float(rounded == 0 ? 0 : rounded)  // no negative zero, as Math.round gives none
                }
                guard case .int(let precision) = args[1] else { throw ctx.typeError("round", expected: "an integer precision", got: args[1]) }
                var mode = DecimalRoundingMode.halfUp
                if args.count > 2 {
                    guard case .string(let name) = args[2] else { throw ctx.typeError("round", expected: "a rounding mode name", got: args[2]) }
                    guard let named = DecimalRoundingMode(rawValue: name) else {
                        let names = DecimalRoundingMode.allCases.map(\.rawValue).joined(separator: ", ")
                        throw ctx.valueError("round(): '\(name)' is not a rounding mode; one of \(names)")
                    }
                    mode = named
                }
                guard let rounded = DecimalRounding.round(x, precision: Int(clamping: precision), mode: mode) else {
                    throw ctx.valueError("round(): \(x) has more than \(precision) decimal places, which the mode UNNECESSARY does not allow")
                }
                return .float(rounded)
            }),
        FunctionDefinition(
            "sign", "sign(number) :: INTEGER", arguments: 1...1, types: [[.number]], returns: .integer,
            "-1, 0 or 1 by the sign of the number",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .int(let i): return .int(i.signum())
                case .float(let f): return .int(f > 0 ? 1 : (f < 0 ? -1 : 0))
                case let other: throw ctx.typeError("sign", expected: "a number", got: other)
                }
            }),
        floatFunction("sqrt", "the square root") { Foundation.sqrt($0) },
        floatFunction("exp", "e raised to the number") { Foundation.exp($0) },
        floatFunction("log", "the natural logarithm") { Foundation.log($0) },
        floatFunction("log10", "the base-10 logarithm") { Foundation.log10($0) },
        floatFunction("sin", "the sine (radians)") { Foundation.sin($0) },
        floatFunction("cos", "the cosine (radians)") { Foundation.cos($0) },
        floatFunction("tan", "the tangent (radians)") { Foundation.tan($0) },
        floatFunction("asin", "the arc sine") { Foundation.asin($0) },
        floatFunction("acos", "the arc cosine") { Foundation.acos($0) },
        floatFunction("atan", "the arc tangent") { Foundation.atan($0) },
        floatFunction("cot", "the cotangent") { 1 / Foundation.tan($0) },
        floatFunction("degrees", "radians to degrees") { $0 * 180 / Double.pi },
        floatFunction("radians", "degrees to radians") { $0 * Double.pi / 180 },
        floatFunction("haversin", "half of one minus the cosine") { (1 - Foundation.cos($0)) / 2 },
        floatFunction("sinh", "the hyperbolic sine") { Foundation.sinh($0) },
        floatFunction("cosh", "the hyperbolic cosine") { Foundation.cosh($0) },
        floatFunction("tanh", "the hyperbolic tangent") { Foundation.tanh($0) },
        floatFunction("coth", "the hyperbolic cotangent") { 1 / Foundation.tanh($0) },
        FunctionDefinition(
            "isNaN", "isNaN(number) :: BOOLEAN", arguments: 1...1, types: [[.number]], returns: .boolean,
            "true when the number is NaN (not a number)",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .int: return .bool(false)
                case .float(let x): return .bool(x.isNaN)
                case let other: throw ctx.typeError("isNaN", expected: "a number", got: other)
                }
            }),
        FunctionDefinition(
            "atan2", "atan2(y, x) :: FLOAT", arguments: 2...2, types: [[.number], [.number]], returns: .float,
            "the angle of the point (x, y)",
            .scalar { args, ctx throws(CypherError) in
                if args.contains(where: \.isNull) { return .null }
                guard let y = args[0].numericValue, let x = args[1].numericValue else {
                    throw ctx.typeError("atan2", expected: "numbers", got: args[0].numericValue == nil ? args[0] : args[1])
                }
                return .float(Foundation.atan2(y, x))
            }),
        FunctionDefinition(
            "pi", "pi() :: FLOAT", arguments: 0...0, returns: .float, "the number π",
            .scalar { _, _ throws(CypherError) in .float(Double.pi) }),
        FunctionDefinition(
            "e", "e() :: FLOAT", arguments: 0...0, returns: .float, "Euler's number",
            .scalar { _, _ throws(CypherError) in .float(M_E) }),
        FunctionDefinition(
            "rand", "rand() :: FLOAT", arguments: 0...0, returns: .float, deterministic: false,
            "a random float in [0, 1)",
            .scalar { _, ctx throws(CypherError) in .float(Double.random(in: 0..<1, using: &ctx.evaluator.context.random)) }),
        FunctionDefinition(
            "randomUUID", "randomUUID() :: STRING", arguments: 0...0, returns: .string, deterministic: false,
            "a random UUID (version 4), as lower-case text",
            .scalar { _, _ throws(CypherError) in .string(UUID().uuidString.lowercased()) }),
    ]

    private static func floatFunction(_ name: String, _ summary: String, _ f: @escaping @Sendable (Double) -> Double)
        -> FunctionDefinition
    {
        FunctionDefinition(
            name, "\(name)(number) :: FLOAT", arguments: 1...1, types: [[.number]], returns: .float, summary,
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .int(let i): return .float(f(Double(i)))
                case .float(let x): return .float(f(x))
                case let other: throw ctx.typeError(name, expected: "a number", got: other)
                }
            })
    }
}
