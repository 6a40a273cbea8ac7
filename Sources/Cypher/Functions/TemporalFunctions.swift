// Temporal functions, as Neo4j names them: the constructors date(), localtime(), time(),
// localdatetime(), datetime() (from ISO text, a map of fields, another temporal value, or nothing for
// the statement's time) with their .statement/.transaction/.realtime/.truncate forms,
// datetime.fromepoch/.fromepochmillis, and duration() with duration.between/inMonths/inDays/inSeconds.
// The work is done by the Temporal module; this file maps Cypher values in and errors out.

import Temporal

extension FunctionRegistry {
    static let temporalFunctions: [FunctionDefinition] =
        TemporalKind.allCases.flatMap(instantFunctions) + durationFunctions + epochFunctions

    private static func instantFunctions(_ kind: TemporalKind) -> [FunctionDefinition] {
        let name = kind.rawValue
        let type = kind.displayName.uppercased()
        var functions = [
            FunctionDefinition(
                name, "\(name)([value]) :: \(type)", arguments: 0...1, returns: .temporal,
                "a \(kind.displayName) from ISO text, a map of fields or another temporal value; now without one",
                .scalar { args, ctx throws(CypherError) in
                    try construct(kind, args.first, ctx)
                }),
            FunctionDefinition(
                "\(name).truncate", "\(name).truncate(unit, value [, fields]) :: \(type)", arguments: 2...3,
                types: [[.string], [.temporal], [.map]], returns: .temporal,
                "the value cut down to the start of a unit (millennium … microsecond), then fields set",
                .scalar { args, ctx throws(CypherError) in
                    if args[0].isNull || args[1].isNull { return .null }
                    guard case .string(let unit) = args[0] else { throw ctx.typeError("\(name).truncate", expected: "a unit name", got: args[0]) }
                    guard case .temporal(let value) = args[1] else {
                        throw ctx.typeError("\(name).truncate", expected: "a temporal value", got: args[1])
                    }
                    var overrides: [(String, TemporalComponent)] = []
                    if args.count == 3, !args[2].isNull {
                        guard case .map(let map) = args[2] else { throw ctx.typeError("\(name).truncate", expected: "a map", got: args[2]) }
                        overrides = try components(map, ctx)
                    }
                    return try temporal(ctx) { () throws(TemporalError) in
                        try TemporalBuilder.truncate(kind, unit: unit, value, overrides: overrides, clock: ctx.clock)
                    }
                }),
        ]
        for (clockName, realtime) in [("statement", false), ("transaction", false), ("realtime", true)] {
            functions.append(
                FunctionDefinition(
                    "\(name).\(clockName)", "\(name).\(clockName)([timezone]) :: \(type)", arguments: 0...1, types: [[.string]],
                    returns: .temporal, deterministic: !realtime,
                    "the current \(kind.displayName) (\(realtime ? "the clock now" : "when the statement started"))",
                    .scalar { args, ctx throws(CypherError) in
                        let clock = realtime ? TemporalBuilder.Clock.now() : ctx.clock
                        var zone: ZoneInfo?
                        if let first = args.first {
                            if first.isNull { return .null }
                            guard case .string(let text) = first else { throw ctx.typeError("\(name).\(clockName)", expected: "a time zone", got: first) }
                            zone = try attempt(ctx) { () throws(TemporalError) in try TemporalBuilder.zoneInfo(text) }
                        }
                        return try temporal(ctx) { () throws(TemporalError) in try TemporalBuilder.now(kind, clock: clock, zone: zone) }
                    }))
        }
        return functions
    }

    /// `date(x)` and its siblings for any argument.
    private static func construct(_ kind: TemporalKind, _ argument: Value?, _ ctx: FunctionContext) throws(CypherError) -> Value {
        if argument?.isNull == true { return .null }
        guard let argument else {
            return try temporal(ctx) { () throws(TemporalError) in try TemporalBuilder.now(kind, clock: ctx.clock, zone: nil) }
        }
        return try temporal(ctx) { () throws(TemporalError) in
            switch argument {
            case .string(let text):
                guard let value = try TemporalParser.value(text, type: kind.rawValue) else { throw .unsupported("no type \(kind.rawValue)") }
                return value
            case .map(let map):
                return try TemporalBuilder.build(kind, try mapComponents(map), clock: ctx.clock)
            case .temporal(let value):
                if case .duration = value { throw .unsupported("\(kind.rawValue)() cannot be built from a duration") }
                if kind.hasDate && value.datePart == nil {
                    throw .unsupported("\(kind.rawValue)() needs a value with a date, got a \(value.typeName)")
                }
                if !kind.hasDate && value.timePart == nil {
                    throw .unsupported("\(kind.rawValue)() needs a value with a time, got a \(value.typeName)")
                }
                // Select the parts the result has: the date, the time, or both (with the zone).
                let selector = kind == .date ? "date" : kind.hasDate ? "datetime" : "time"
                return try TemporalBuilder.build(kind, [(selector, .temporal(value))], clock: ctx.clock)
            default:
                throw .unsupported("\(kind.rawValue)() expects a string, a map or a temporal value, got \(argument.typeName)")
            }
        }
    }

    private static let durationFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "duration", "duration(value) :: DURATION", arguments: 1...1, types: [[.string, .map]], returns: .temporal,
            "a duration from ISO text ('P1Y2M3DT4H') or a map of amounts ({days: 3, hours: 4.5})",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .string(let text):
                    return try temporal(ctx) { () throws(TemporalError) in .duration(try TemporalParser.duration(text)) }
                case .map(let map): return try durationFromMap(map, ctx)
                case .temporal(.duration): return args[0]
                default: throw ctx.typeError("duration", expected: "a string or a map", got: args[0])
                }
            }),
        between("duration.between", nil, "the duration from the first value to the second"),
        between("duration.inMonths", .months, "the whole months from the first value to the second"),
        between("duration.inDays", .days, "the whole days from the first value to the second"),
        between("duration.inSeconds", .seconds, "the seconds (and nanoseconds) from the first value to the second"),
    ]

    private static func between(_ name: String, _ unit: DurationUnit?, _ summary: String) -> FunctionDefinition {
        FunctionDefinition(
            name, "\(name)(from, to) :: DURATION", arguments: 2...2, types: [[.temporal], [.temporal]], returns: .temporal,
            summary,
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull || args[1].isNull { return .null }
                guard case .temporal(let from) = args[0] else { throw ctx.typeError(name, expected: "a temporal value", got: args[0]) }
                guard case .temporal(let to) = args[1] else { throw ctx.typeError(name, expected: "a temporal value", got: args[1]) }
                return try temporal(ctx) { () throws(TemporalError) in
                    .duration(try TemporalValue.duration(from: from, to: to, unit: unit))
                }
            })
    }

    private static let epochFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "datetime.fromepoch", "datetime.fromepoch(seconds, nanoseconds) :: ZONED DATETIME", arguments: 2...2,
            types: [[.integer, .float], [.integer, .float]], returns: .temporal, "the UTC datetime of seconds since 1970-01-01",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull || args[1].isNull { return .null }
                return try temporal(ctx) { () throws(TemporalError) in
                    try TemporalBuilder.build(
                        .dateTime, [("epochSeconds", try component(args[0])), ("nanosecond", try component(args[1]))], clock: ctx.clock)
                }
            }),
        FunctionDefinition(
            "datetime.fromepochmillis", "datetime.fromepochmillis(milliseconds) :: ZONED DATETIME", arguments: 1...1,
            types: [[.integer, .float]], returns: .temporal, "the UTC datetime of milliseconds since 1970-01-01",
            .scalar { args, ctx throws(CypherError) in
                if args[0].isNull { return .null }
                return try temporal(ctx) { () throws(TemporalError) in
                    try TemporalBuilder.build(.dateTime, [("epochMillis", try component(args[0]))], clock: ctx.clock)
                }
            }),
    ]

    /// A duration from a map of (possibly fractional) amounts.
    private static func durationFromMap(_ map: ValueMap, _ ctx: FunctionContext) throws(CypherError) -> Value {
        var months = 0.0, days = 0.0, seconds = 0.0, nanos = 0.0
        var exact: (months: Int64, days: Int64, seconds: Int64, nanos: Int64)? = (0, 0, 0, 0)
        let units: [String: (Int, Int64)] = [
            "years": (0, 12), "quarters": (0, 3), "months": (0, 1), "weeks": (1, 7), "days": (1, 1), "hours": (2, 3600),
            "minutes": (2, 60), "seconds": (2, 1), "milliseconds": (3, 1_000_000), "microseconds": (3, 1000),
            "nanoseconds": (3, 1),
        ]
        for (key, value) in map {
            guard let (slot, factor) = units[key.lowercased()] else {
                throw ctx.valueError("duration() does not accept the field '\(key)' (years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds)")
            }
            let amount: Double
            switch value {
            case .null: continue
            case .int(let i):
                amount = Double(i)
                if var e = exact {
                    let (scaled, o1) = i.multipliedReportingOverflow(by: factor)
                    func add(_ a: inout Int64) -> Bool {
                        let (r, o) = a.addingReportingOverflow(scaled)
                        a = r
                        return o
                    }
                    var overflow = o1
                    switch slot {
                    case 0: overflow = add(&e.months) || overflow
                    case 1: overflow = add(&e.days) || overflow
                    case 2: overflow = add(&e.seconds) || overflow
                    default: overflow = add(&e.nanos) || overflow
                    }
                    if overflow {
                        throw .runtime(.numberOutOfRange("duration() amount out of range"), at: ctx.range, category: .arithmeticError)
                    }
                    exact = e
                }
            case .float(let f):
                amount = f
                exact = nil
            default: throw ctx.typeError("duration", expected: "numbers as amounts", got: value)
            }
            switch slot {
            case 0: months += amount * Double(factor)
            case 1: days += amount * Double(factor)
            case 2: seconds += amount * Double(factor)
            default: nanos += amount * Double(factor)
            }
        }
        return try temporal(ctx) { () throws(TemporalError) in
            if let e = exact {
                return .duration(try CypherDuration(months: e.months, days: e.days, seconds: e.seconds, nanoseconds: e.nanos))
            }
            return .duration(try CypherDuration.approximate(months: months, days: days, seconds: seconds, nanoseconds: nanos))
        }
    }

    /// Map entries as constructor fields (null entries left out, as if not given).
    static func components(_ map: ValueMap, _ ctx: FunctionContext) throws(CypherError) -> [(String, TemporalComponent)] {
        try attempt(ctx) { () throws(TemporalError) in try mapComponents(map) }
    }

    private static func mapComponents(_ map: ValueMap) throws(TemporalError) -> [(String, TemporalComponent)] {
        var result: [(String, TemporalComponent)] = []
        for (key, value) in map where !value.isNull {
            result.append((key, try component(value, key)))
        }
        return result
    }

    private static func component(_ value: Value, _ key: String = "value") throws(TemporalError) -> TemporalComponent {
        switch value {
        case .int(let i): return .integer(i)
        case .float(let f): return .number(f)
        case .string(let s): return .text(s)
        case .temporal(let t): return .temporal(t)
        default: throw .invalidComponents("\(key) cannot be a \(value.typeName)")
        }
    }

    /// Runs temporal work that makes a value, turning its errors into Cypher errors at the call.
    static func temporal(_ ctx: FunctionContext, _ body: () throws(TemporalError) -> TemporalValue) throws(CypherError) -> Value {
        .temporal(try catchingTemporal(ctx.range, body))
    }

    /// Runs temporal work, turning its errors into Cypher errors at the call.
    static func attempt<T>(_ ctx: FunctionContext, _ body: () throws(TemporalError) -> T) throws(CypherError) -> T {
        try catchingTemporal(ctx.range, body)
    }
}

/// Runs temporal work (of a function, an operator, a field access), its failure a Cypher error at `range`.
func catchingTemporal<T>(_ range: SourceRange?, _ body: () throws(TemporalError) -> T) throws(CypherError) -> T {
    do {
        return try body()
    } catch {
        throw temporalError(error, range)
    }
}

/// A temporal failure as a Cypher error at `range`.
func temporalError(_ error: TemporalError, _ range: SourceRange?) -> CypherError {
    switch error {
    case .overflow:
        return .runtime(.numberOutOfRange(error.message), at: range, category: .arithmeticError)
    default:
        return .runtime(.invalidArgumentValue(error.message), at: range, category: .argumentError)
    }
}

extension FunctionContext {
    /// The statement's clock: `date()` and its siblings give the same instant throughout a statement.
    var clock: TemporalBuilder.Clock { evaluator.context.statementClock }
}
