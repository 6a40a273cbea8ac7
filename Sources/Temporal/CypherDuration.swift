// openCypher's DURATION: months, days, seconds and nanoseconds kept apart (a month is not a fixed number
// of days, a day not always 24 hours), as Neo4j keeps them. Fractional inputs cascade down: a fraction of
// a month becomes days and seconds by the average Gregorian month (30.436875 days), a fraction of a day
// becomes seconds, a fraction of a second nanoseconds; what is left below a nanosecond is cut off.

/// A duration of months, days, seconds and nanoseconds (0 ≤ nanoseconds < 10⁹).
public struct CypherDuration: Hashable, Sendable {
    public var months: Int64
    public var days: Int64
    public var seconds: Int64
    public var nanoseconds: Int64

    /// The average Gregorian month in seconds (365.2425 days / 12).
    public static let averageSecondsPerMonth: Int64 = 2_629_746

    /// A duration; nanoseconds outside 0..<10⁹ carry into seconds.
    public init(months: Int64, days: Int64, seconds: Int64, nanoseconds: Int64) throws(TemporalError) {
        self.months = months
        self.days = days
        let (s, overflow) = seconds.addingReportingOverflow(floorDiv(nanoseconds, 1_000_000_000))
        if overflow { throw .overflow }
        self.seconds = s
        self.nanoseconds = floorMod(nanoseconds, 1_000_000_000)
    }

    /// A duration from possibly fractional amounts, cascading fractions to smaller units.
    public static func approximate(months: Double, days: Double, seconds: Double, nanoseconds: Double) throws(TemporalError) -> CypherDuration {
        func whole(_ x: Double) throws(TemporalError) -> Int64 {
            guard x.isFinite, x > -9.2e18, x < 9.2e18 else { throw .overflow }
            return Int64(x.rounded(.towardZero))
        }
        let m = try whole(months)
        let monthFractionSeconds = (months - Double(m)) * Double(averageSecondsPerMonth)
        let carriedDays = (monthFractionSeconds / 86_400).rounded(.towardZero)
        let dayTotal = days + carriedDays
        let d = try whole(dayTotal)
        let secondTotal = seconds + (monthFractionSeconds - carriedDays * 86_400) + (dayTotal - Double(d)) * 86_400
        let s = try whole(secondTotal)
        let nanoTotal = nanoseconds + (secondTotal - Double(s)) * 1e9
        let n = try whole(nanoTotal)
        return try CypherDuration(months: m, days: d, seconds: s, nanoseconds: n)
    }

    /// Sum, component by component.
    public func adding(_ other: CypherDuration) throws(TemporalError) -> CypherDuration {
        let (m, o1) = months.addingReportingOverflow(other.months)
        let (d, o2) = days.addingReportingOverflow(other.days)
        let (s, o3) = seconds.addingReportingOverflow(other.seconds)
        if o1 || o2 || o3 { throw .overflow }
        return try CypherDuration(months: m, days: d, seconds: s, nanoseconds: nanoseconds + other.nanoseconds)
    }

    public func negated() throws(TemporalError) -> CypherDuration {
        guard months != .min, days != .min, seconds != .min else { throw .overflow }
        return try CypherDuration(months: -months, days: -days, seconds: -seconds, nanoseconds: -nanoseconds)
    }

    public func subtracting(_ other: CypherDuration) throws(TemporalError) -> CypherDuration {
        try adding(other.negated())
    }

    /// The duration times an integer, exactly.
    public func multiplied(by factor: Int64) throws(TemporalError) -> CypherDuration {
        let (m, o1) = months.multipliedReportingOverflow(by: factor)
        let (d, o2) = days.multipliedReportingOverflow(by: factor)
        let (s, o3) = seconds.multipliedReportingOverflow(by: factor)
        let (n, o4) = nanoseconds.multipliedReportingOverflow(by: factor)
        if o1 || o2 || o3 || o4 { throw .overflow }
        return try CypherDuration(months: m, days: d, seconds: s, nanoseconds: n)
    }

    /// The duration times a float, fractions cascading down.
    public func multiplied(by factor: Double) throws(TemporalError) -> CypherDuration {
        try .approximate(
            months: Double(months) * factor, days: Double(days) * factor, seconds: Double(seconds) * factor,
            nanoseconds: Double(nanoseconds) * factor)
    }

    public func divided(by divisor: Double) throws(TemporalError) -> CypherDuration {
        guard divisor != 0 else { throw .unsupported("division of a duration by zero") }
        return try .approximate(
            months: Double(months) / divisor, days: Double(days) / divisor, seconds: Double(seconds) / divisor,
            nanoseconds: Double(nanoseconds) / divisor)
    }

    /// Orders durations by their average length, then component by component (for ORDER BY only:
    /// `<` on durations is null, as in Neo4j).
    public static func orderCompare(_ a: CypherDuration, _ b: CypherDuration) -> Int {
        func length(_ x: CypherDuration) -> Double {
            Double(x.months) * Double(averageSecondsPerMonth) + Double(x.days) * 86_400 + Double(x.seconds)
                + Double(x.nanoseconds) / 1e9
        }
        let la = length(a), lb = length(b)
        if la != lb { return la < lb ? -1 : 1 }
        for (x, y) in [(a.months, b.months), (a.days, b.days), (a.seconds, b.seconds), (a.nanoseconds, b.nanoseconds)] where x != y {
            return x < y ? -1 : 1
        }
        return 0
    }

    /// The value of a duration field (`years`, `monthsOfYear`, `seconds`, …), nil for an unknown name;
    /// an overflow error when the field does not fit 64 bits (the nanoseconds of 300 years do not).
    public func component(_ name: String) throws(TemporalError) -> Int64? {
        func scaled(_ factor: Int64, _ fraction: Int64) throws(TemporalError) -> Int64 {
            let (product, o1) = seconds.multipliedReportingOverflow(by: factor)
            let (sum, o2) = product.addingReportingOverflow(fraction)
            if o1 || o2 { throw .overflow }
            return sum
        }
        switch name.lowercased() {
        case "years": return months / 12
        case "quarters": return months / 3
        case "months": return months
        case "weeks": return days / 7
        case "days": return days
        case "hours": return seconds / 3600
        case "minutes": return seconds / 60
        case "seconds": return seconds
        case "milliseconds": return try scaled(1000, nanoseconds / 1_000_000)
        case "microseconds": return try scaled(1_000_000, nanoseconds / 1000)
        case "nanoseconds": return try scaled(1_000_000_000, nanoseconds)
        case "quartersofyear": return months / 3 % 4
        case "monthsofquarter": return months % 3
        case "monthsofyear": return months % 12
        case "daysofweek": return days % 7
        case "minutesofhour": return seconds / 60 % 60
        case "secondsofminute": return seconds % 60
        case "millisecondsofsecond": return nanoseconds / 1_000_000
        case "microsecondsofsecond": return nanoseconds / 1000
        case "nanosecondsofsecond": return nanoseconds
        default: return nil
        }
    }
}
