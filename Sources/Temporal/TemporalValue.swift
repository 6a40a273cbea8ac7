// openCypher's temporal values as Neo4j has them: DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, ZONED
// DATETIME and DURATION. Instants keep their local fields plus an offset (and a tz-database zone name
// when they were given one), so that text round-trips exactly; comparisons of zoned values go through
// the instant. Equality (`Hashable`) is strict — same fields, same offset, same zone — as in Neo4j.

/// A calendar date: days since 1970-01-01 in the proleptic Gregorian calendar.
public struct LocalDate: Hashable, Comparable, Sendable {
    public var dayNumber: Int64
    public init(dayNumber: Int64) { self.dayNumber = dayNumber }

    /// A valid year/month/day, or an error naming the field out of range.
    public init(year: Int64, month: Int64, day: Int64) throws(TemporalError) {
        try require("year", year, in: CivilCalendar.years)
        try require("month", month, in: 1...12)
        try require("day", day, in: 1...CivilCalendar.daysInMonth(year, month))
        dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// The first and last day openCypher allows (years ±999,999,999).
    public static let dayNumbers: ClosedRange<Int64> =
        CivilCalendar.dayNumber(year: CivilCalendar.years.lowerBound, month: 1, day: 1)...CivilCalendar.dayNumber(
            year: CivilCalendar.years.upperBound, month: 12, day: 31)

    /// A date from a day number computed by calendar arithmetic, which may leave the year range.
    public init(checkedDayNumber dayNumber: Int64) throws(TemporalError) {
        guard Self.dayNumbers.contains(dayNumber) else { throw .overflow }
        self.dayNumber = dayNumber
    }

    public var civil: (year: Int64, month: Int64, day: Int64) { CivilCalendar.civil(dayNumber) }
    public var year: Int64 { civil.year }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    /// The date `months` calendar months later, the day clamped to the month's length (as java.time).
    public func addingMonths(_ months: Int64) throws(TemporalError) -> LocalDate {
        if months == 0 { return self }
        let (y, m, d) = civil
        let (total, o1) = (y * 12 + (m - 1)).addingReportingOverflow(months)
        if o1 { throw .overflow }
        let year = floorDiv(total, 12), month = floorMod(total, 12) + 1
        try require("year", year, in: CivilCalendar.years)
        return try LocalDate(year: year, month: month, day: min(d, CivilCalendar.daysInMonth(year, month)))
    }

    public func addingDays(_ days: Int64) throws(TemporalError) -> LocalDate {
        let (n, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { throw .overflow }
        return try LocalDate(checkedDayNumber: n)
    }
}

/// A time of day without a zone: nanoseconds since midnight.
public struct LocalTime: Hashable, Comparable, Sendable {
    public static let nanosecondsPerDay: Int64 = 86_400_000_000_000
    public var nanosecondOfDay: Int64
    public init(nanosecondOfDay: Int64) { self.nanosecondOfDay = nanosecondOfDay }

    public init(hour: Int64, minute: Int64, second: Int64, nanosecond: Int64) throws(TemporalError) {
        try require("hour", hour, in: 0...23)
        try require("minute", minute, in: 0...59)
        try require("second", second, in: 0...59)
        try require("nanosecond", nanosecond, in: 0...999_999_999)
        nanosecondOfDay = ((hour * 60 + minute) * 60 + second) * 1_000_000_000 + nanosecond
    }

    public static let midnight = LocalTime(nanosecondOfDay: 0)

    public var hour: Int64 { nanosecondOfDay / 3_600_000_000_000 }
    public var minute: Int64 { nanosecondOfDay / 60_000_000_000 % 60 }
    public var second: Int64 { nanosecondOfDay / 1_000_000_000 % 60 }
    public var nanosecond: Int64 { nanosecondOfDay % 1_000_000_000 }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.nanosecondOfDay < b.nanosecondOfDay }

    /// The time `nanoseconds` later, wrapping around midnight.
    public func adding(nanoseconds: Int64) -> LocalTime {
        LocalTime(nanosecondOfDay: floorMod(nanosecondOfDay &+ floorMod(nanoseconds, Self.nanosecondsPerDay), Self.nanosecondsPerDay))
    }
}

/// Where a zoned value is: a fixed offset from UTC, and the tz-database zone it was given in, if any.
public struct ZoneInfo: Hashable, Sendable {
    /// Seconds east of UTC.
    public var offsetSeconds: Int32
    /// A tz-database name such as `Europe/Stockholm`; nil for a fixed offset.
    public var name: String?
    public init(offsetSeconds: Int32, name: String? = nil) {
        self.offsetSeconds = offsetSeconds
        self.name = name
    }
}

/// A temporal value of openCypher.
public enum TemporalValue: Hashable, Sendable {
    case date(LocalDate)
    case localTime(LocalTime)
    /// A time of day with an offset (never a named zone: a time has no date to resolve one).
    case time(LocalTime, offsetSeconds: Int32)
    case localDateTime(LocalDate, LocalTime)
    case dateTime(LocalDate, LocalTime, ZoneInfo)
    case duration(CypherDuration)

    /// The type's name as Cypher reports it (`DATE`, `LOCAL TIME`, …).
    public var typeName: String {
        switch self {
        case .date: return "DATE"
        case .localTime: return "LOCAL TIME"
        case .time: return "ZONED TIME"
        case .localDateTime: return "LOCAL DATETIME"
        case .dateTime: return "ZONED DATETIME"
        case .duration: return "DURATION"
        }
    }

    /// The name of the function that builds this type (`date`, `localtime`, …).
    public var constructorName: String {
        switch self {
        case .date: return "date"
        case .localTime: return "localtime"
        case .time: return "time"
        case .localDateTime: return "localdatetime"
        case .dateTime: return "datetime"
        case .duration: return "duration"
        }
    }

    public var datePart: LocalDate? {
        switch self {
        case .date(let d), .localDateTime(let d, _), .dateTime(let d, _, _): return d
        default: return nil
        }
    }

    public var timePart: LocalTime? {
        switch self {
        case .localTime(let t), .time(let t, _), .localDateTime(_, let t), .dateTime(_, let t, _): return t
        default: return nil
        }
    }

    public var zone: ZoneInfo? {
        switch self {
        case .time(_, let offset): return ZoneInfo(offsetSeconds: offset)
        case .dateTime(_, _, let zone): return zone
        default: return nil
        }
    }

    /// Seconds since 1970-01-01T00:00Z and the nanosecond within, for a zoned datetime.
    public var instant: (seconds: Int64, nanosecond: Int64)? {
        guard case .dateTime(let d, let t, let zone) = self else { return nil }
        return (d.dayNumber * 86_400 + t.nanosecondOfDay / 1_000_000_000 - Int64(zone.offsetSeconds), t.nanosecond)
    }

    /// The ordering key of same-typed values: instants for zoned values, local fields otherwise.
    /// Returns nil for durations and for values of different types.
    public func compare(_ other: TemporalValue) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (self, other) {
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.localTime(let a), .localTime(let b)): return sign(a, b)
        case (.time(let a, let oa), .time(let b, let ob)):
            let c = sign(a.nanosecondOfDay - Int64(oa) * 1_000_000_000, b.nanosecondOfDay - Int64(ob) * 1_000_000_000)
            return c
        case (.localDateTime(let da, let ta), .localDateTime(let db, let tb)):
            let c = sign(da, db)
            return c != 0 ? c : sign(ta, tb)
        case (.dateTime, .dateTime):
            guard let a = instant, let b = other.instant else { return nil }
            let c = sign(a.seconds, b.seconds)
            return c != 0 ? c : sign(a.nanosecond, b.nanosecond)
        default: return nil
        }
    }
}
