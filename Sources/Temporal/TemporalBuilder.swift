// Building temporal values from a map of fields, as openCypher's `date({…})`, `datetime({…})`, … do:
// calendar, week, quarter and ordinal dates; times with sub-second fields; time zones; epoch instants;
// and selection from other temporal values (`{date: d, time: t, day: 28}`), where the given fields then
// override the selected value's in a fixed order with java.time's `with` rules (a month change clamps
// the day, a week change keeps the day of week, …) — the way Neo4j builds them.

import Foundation

/// One field value given to a temporal constructor.
public enum TemporalComponent: Sendable {
    case integer(Int64)
    case number(Double)
    case text(String)
    case temporal(TemporalValue)
}

/// The five instant types a map can build.
public enum TemporalKind: String, Sendable, CaseIterable {
    case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime"

    public var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
    public var hasTime: Bool { self != .date }
    public var hasZone: Bool { self == .time || self == .dateTime }

    /// Text naming the type in errors.
    public var displayName: String {
        switch self {
        case .date: return "date"
        case .localTime: return "local time"
        case .time: return "time"
        case .localDateTime: return "local datetime"
        case .dateTime: return "datetime"
        }
    }
}

/// The fields a temporal map may have, in the order they are applied.
enum TemporalField: Int, CaseIterable, Comparable {
    case year, quarter, month, week, ordinalDay, dayOfQuarter, dayOfWeek, day
    case hour, minute, second, millisecond, microsecond, nanosecond
    case timezone, date, time, datetime, epochSeconds, epochMillis

    static func < (a: TemporalField, b: TemporalField) -> Bool { a.rawValue < b.rawValue }

    static func named(_ key: String) -> TemporalField? {
        let lowered = key.lowercased()
        return allCases.first { String(describing: $0).lowercased() == lowered }
    }

    var isDateField: Bool { self <= .day }
    var isTimeField: Bool { self >= .hour && self <= .nanosecond }
}

/// Construction of temporal values from fields and from other temporal values.
public enum TemporalBuilder {
    /// The current instant, for constructors called without date fields.
    public struct Clock: Sendable {
        public var epochSecond: Int64
        public var nanosecond: Int64
        public init(epochSecond: Int64, nanosecond: Int64) {
            self.epochSecond = epochSecond
            self.nanosecond = nanosecond
        }
    }

    /// The zone values without one are placed in (Neo4j's default, UTC).
    public static let defaultZone = ZoneInfo(offsetSeconds: 0)

    // MARK: Dates from week, quarter and ordinal fields

    public static func weekDate(weekYear: Int64, week: Int64, dayOfWeek: Int64) throws(TemporalError) -> LocalDate {
        try require("year", weekYear, in: CivilCalendar.years)
        try require("week", week, in: 1...CivilCalendar.weeksInWeekYear(weekYear))
        try require("dayOfWeek", dayOfWeek, in: 1...7)
        return try LocalDate(checkedDayNumber: CivilCalendar.firstMondayOfWeekYear(weekYear) + (week - 1) * 7 + dayOfWeek - 1)
    }

    public static func quarterDate(year: Int64, quarter: Int64, dayOfQuarter: Int64) throws(TemporalError) -> LocalDate {
        try require("year", year, in: CivilCalendar.years)
        try require("quarter", quarter, in: 1...4)
        try require("dayOfQuarter", dayOfQuarter, in: 1...CivilCalendar.daysInQuarter(year: year, quarter: quarter))
        return LocalDate(dayNumber: CivilCalendar.firstDayOfQuarter(year: year, quarter: quarter) + dayOfQuarter - 1)
    }

    public static func ordinalDate(year: Int64, ordinalDay: Int64) throws(TemporalError) -> LocalDate {
        try require("year", year, in: CivilCalendar.years)
        try require("ordinalDay", ordinalDay, in: 1...CivilCalendar.daysInYear(year))
        return LocalDate(dayNumber: CivilCalendar.dayNumber(year: year, month: 1, day: 1) + ordinalDay - 1)
    }

    // MARK: Zones

    /// A zoned datetime from local fields in `zone`, a zone given as text: a named zone's offset is
    /// resolved for that local time (the offset `zoneInfo` left in it is a placeholder).
    public static func zoned(_ date: LocalDate, _ time: LocalTime, zone: ZoneInfo) throws(TemporalError) -> TemporalValue {
        try zoned(date, time, offset: zone.name == nil ? zone.offsetSeconds : nil, name: zone.name)
    }

    /// A zoned datetime from local fields in the zone of an existing value, keeping its offset where the
    /// zone allows it (a time in the hour repeated when clocks go back stays the instant it was).
    public static func zoned(_ date: LocalDate, _ time: LocalTime, keeping zone: ZoneInfo) throws(TemporalError) -> TemporalValue {
        try zoned(date, time, offset: zone.offsetSeconds, name: zone.name)
    }

    /// A zoned datetime from local fields and an offset, a zone name, or both (the offset is kept when
    /// the zone has it at that time, as in an overlap).
    public static func zoned(_ date: LocalDate, _ time: LocalTime, offset: Int32?, name: String?) throws(TemporalError) -> TemporalValue {
        guard let name else { return .dateTime(date, time, ZoneInfo(offsetSeconds: offset ?? 0)) }
        let local = date.dayNumber * 86_400 + time.nanosecondOfDay / 1_000_000_000
        let resolved = TimeZoneRules.resolve(localEpochSecond: local, in: name, preferred: offset)
        if resolved.shift == 0 { return .dateTime(date, time, ZoneInfo(offsetSeconds: resolved.offset, name: name)) }
        let (d, t) = try shifted(date, time, byNanoseconds: resolved.shift * 1_000_000_000)
        return .dateTime(d, t, ZoneInfo(offsetSeconds: resolved.offset, name: name))
    }

    /// The zoned datetime of an instant in a zone.
    public static func dateTime(epochSecond: Int64, nanosecond: Int64, zone: ZoneInfo) throws(TemporalError) -> TemporalValue {
        let offset = zone.name.map { TimeZoneRules.offset(of: $0, atEpochSecond: epochSecond) } ?? zone.offsetSeconds
        let (local, overflow) = epochSecond.addingReportingOverflow(Int64(offset))
        if overflow { throw .overflow }
        let date = try LocalDate(checkedDayNumber: floorDiv(local, 86_400))
        let time = LocalTime(nanosecondOfDay: floorMod(local, 86_400) * 1_000_000_000 + nanosecond)
        return .dateTime(date, time, ZoneInfo(offsetSeconds: offset, name: zone.name))
    }

    /// A zone given as text, as a `ZoneInfo` (a named zone's offset filled in later).
    public static func zoneInfo(_ text: String) throws(TemporalError) -> ZoneInfo {
        let zone = try TimeZoneRules.zone(named: text)
        return ZoneInfo(offsetSeconds: zone.offset ?? 0, name: zone.name)
    }

    /// The offset a zone has at an instant.
    static func offset(of zone: ZoneInfo, atEpochSecond second: Int64) -> Int32 {
        zone.name.map { TimeZoneRules.offset(of: $0, atEpochSecond: second) } ?? zone.offsetSeconds
    }

    /// Local date and time moved by a number of nanoseconds.
    static func shifted(_ date: LocalDate, _ time: LocalTime, byNanoseconds n: Int64) throws(TemporalError) -> (LocalDate, LocalTime) {
        let (total, overflow) = time.nanosecondOfDay.addingReportingOverflow(n)
        if overflow { throw .overflow }
        let days = floorDiv(total, LocalTime.nanosecondsPerDay)
        return (try date.addingDays(days), LocalTime(nanosecondOfDay: floorMod(total, LocalTime.nanosecondsPerDay)))
    }

    // MARK: From a map

    /// Builds a value of `kind` from map fields (`{year: 2019, month: 1, day: 1}`, `{date: d, hour: 12}`,
    /// `{timezone: 'Europe/Stockholm'}` for the current time there, …).
    public static func build(_ kind: TemporalKind, _ pairs: [(String, TemporalComponent)], clock: Clock) throws(TemporalError) -> TemporalValue {
        var fields: [TemporalField: TemporalComponent] = [:]
        for (key, value) in pairs {
            guard let field = TemporalField.named(key), isAllowed(field, in: kind) else {
                throw .invalidComponents("\(kind.rawValue)() does not accept the field '\(key)'")
            }
            fields[field] = value
        }
        let target = try fields[.timezone].map { (c) throws(TemporalError) -> ZoneInfo in
            guard case .text(let text) = c else { throw .invalidComponents("timezone must be a string") }
            return try zoneInfo(text)
        }
        let hasBase = fields[.date] != nil || fields[.time] != nil || fields[.datetime] != nil
        let hasFields = fields.keys.contains { $0.isDateField || $0.isTimeField }
        if fields[.epochSeconds] != nil || fields[.epochMillis] != nil {
            return try fromEpoch(fields, zone: target ?? defaultZone)
        }
        if !hasBase && !hasFields {
            return try now(kind, clock: clock, zone: target)
        }
        if target != nil && !kind.hasZone {
            // A zone picks where "now" is; a value with fields and no zone has nothing to put it in.
            throw .invalidComponents("\(kind.rawValue)() takes a timezone only alone, for the current \(kind.displayName) there")
        }

        // The selected (or default) local fields and zone.
        var date: LocalDate? = nil
        var time: LocalTime? = nil
        var zone: ZoneInfo? = nil
        if case .temporal(let base)? = fields[.datetime] {
            date = base.datePart
            time = base.timePart
            zone = base.zone
            guard date != nil else { throw .invalidComponents("datetime must be a value with a date, got a \(base.typeName)") }
        } else if fields[.datetime] != nil {
            throw .invalidComponents("datetime must be a temporal value")
        }
        if let d = fields[.date] {
            guard case .temporal(let base) = d, let part = base.datePart else {
                throw .invalidComponents("date must be a temporal value with a date")
            }
            date = part
        }
        if let t = fields[.time] {
            guard case .temporal(let base) = t, let part = base.timePart else {
                throw .invalidComponents("time must be a temporal value with a time")
            }
            time = part
            if kind.hasZone, let z = base.zone { zone = z }
        }

        // Dates: from fields when nothing was selected, else fields override the selection.
        if kind.hasDate {
            if let selected = date {
                date = try overrideDate(selected, fields)
            } else {
                date = try dateFromFields(fields)
            }
        }
        if kind.hasTime {
            if let selected = time {
                time = try overrideTime(selected, fields)
            } else {
                time = try timeFromFields(fields, required: !kind.hasDate)
            }
        }

        switch kind {
        case .date: return .date(date ?? LocalDate(dayNumber: 0))
        case .localTime: return .localTime(time ?? .midnight)
        case .localDateTime: return .localDateTime(date ?? LocalDate(dayNumber: 0), time ?? .midnight)
        case .time:
            let local = time ?? .midnight
            guard let target else { return .time(local, offsetSeconds: (zone ?? defaultZone).offsetSeconds) }
            let targetOffset = offset(of: target, atEpochSecond: clock.epochSecond)
            guard let from = zone else { return .time(local, offsetSeconds: targetOffset) }
            let moved = local.adding(nanoseconds: Int64(targetOffset - from.offsetSeconds) * 1_000_000_000)
            return .time(moved, offsetSeconds: targetOffset)
        case .dateTime:
            let d = date ?? LocalDate(dayNumber: 0), t = time ?? .midnight
            guard let target else { return try zoned(d, t, keeping: zone ?? defaultZone) }
            guard let from = zone else { return try zoned(d, t, zone: target) }
            // Same instant, shown in the new zone.
            guard let instant = try zoned(d, t, keeping: from).instant else { throw .overflow }
            return try dateTime(epochSecond: instant.seconds, nanosecond: instant.nanosecond, zone: target)
        }
    }

    static func isAllowed(_ field: TemporalField, in kind: TemporalKind) -> Bool {
        switch field {
        case _ where field.isDateField: return kind.hasDate
        case _ where field.isTimeField: return kind.hasTime
        case .timezone: return true
        case .date: return kind.hasDate
        case .time: return kind.hasTime
        case .datetime: return kind == .dateTime || kind == .localDateTime
        case .epochSeconds, .epochMillis: return kind == .dateTime
        default: return false
        }
    }

    /// The current instant as a value of `kind`, in `zone` (UTC by default).
    public static func now(_ kind: TemporalKind, clock: Clock, zone: ZoneInfo?) throws(TemporalError) -> TemporalValue {
        let current = try dateTime(epochSecond: clock.epochSecond, nanosecond: clock.nanosecond, zone: zone ?? defaultZone)
        guard case .dateTime(let d, let t, let z) = current else { return current }
        switch kind {
        case .date: return .date(d)
        case .localTime: return .localTime(t)
        case .time: return .time(t, offsetSeconds: z.offsetSeconds)
        case .localDateTime: return .localDateTime(d, t)
        case .dateTime: return current
        }
    }

    private static func fromEpoch(_ fields: [TemporalField: TemporalComponent], zone: ZoneInfo) throws(TemporalError) -> TemporalValue {
        for field in fields.keys where field != .epochSeconds && field != .epochMillis && field != .nanosecond && field != .timezone {
            throw .invalidComponents("an epoch datetime accepts only nanosecond and timezone besides the epoch, not '\(field)'")
        }
        var seconds: Int64 = 0, nanos: Int64 = 0
        if let s = fields[.epochSeconds] { seconds = try integer(s, "epochSeconds") }
        if let ms = fields[.epochMillis] {
            let millis = try integer(ms, "epochMillis")
            let (sum, overflow) = seconds.addingReportingOverflow(floorDiv(millis, 1000))
            if overflow { throw .overflow }
            seconds = sum
            nanos = floorMod(millis, 1000) * 1_000_000
        }
        if let n = fields[.nanosecond] {
            let extra = try integer(n, "nanosecond")
            try require("nanosecond", extra, in: 0...999_999_999)
            nanos += extra
        }
        let (total, overflow) = seconds.addingReportingOverflow(nanos / 1_000_000_000)
        if overflow { throw .overflow }
        return try dateTime(epochSecond: total, nanosecond: nanos % 1_000_000_000, zone: zone)
    }

    static func integer(_ component: TemporalComponent, _ name: String) throws(TemporalError) -> Int64 {
        switch component {
        case .integer(let i): return i
        case .number(let d) where d == d.rounded() && abs(d) < 9e18: return Int64(d)
        default: throw .invalidComponents("\(name) must be an integer")
        }
    }

    private static func value(_ fields: [TemporalField: TemporalComponent], _ field: TemporalField) throws(TemporalError) -> Int64? {
        try fields[field].map { (c) throws(TemporalError) -> Int64 in try integer(c, String(describing: field)) }
    }

    static func dateFromFields(_ fields: [TemporalField: TemporalComponent]) throws(TemporalError) -> LocalDate {
        guard let year = try value(fields, .year) else {
            throw .invalidComponents("a date needs a year (or a date to select from)")
        }
        let month = try value(fields, .month), day = try value(fields, .day)
        let week = try value(fields, .week), dayOfWeek = try value(fields, .dayOfWeek)
        let quarter = try value(fields, .quarter), dayOfQuarter = try value(fields, .dayOfQuarter)
        let ordinal = try value(fields, .ordinalDay)
        let groups = [month != nil || day != nil, week != nil || dayOfWeek != nil, quarter != nil || dayOfQuarter != nil, ordinal != nil]
        guard groups.filter({ $0 }).count <= 1 else {
            throw .invalidComponents("a date takes one of month/day, week/dayOfWeek, quarter/dayOfQuarter or ordinalDay")
        }
        if day != nil && month == nil { throw .invalidComponents("day needs a month") }
        if dayOfWeek != nil && week == nil { throw .invalidComponents("dayOfWeek needs a week") }
        if dayOfQuarter != nil && quarter == nil { throw .invalidComponents("dayOfQuarter needs a quarter") }
        if let week { return try weekDate(weekYear: year, week: week, dayOfWeek: dayOfWeek ?? 1) }
        if let quarter { return try quarterDate(year: year, quarter: quarter, dayOfQuarter: dayOfQuarter ?? 1) }
        if let ordinal { return try ordinalDate(year: year, ordinalDay: ordinal) }
        return try LocalDate(year: year, month: month ?? 1, day: day ?? 1)
    }

    static func timeFromFields(_ fields: [TemporalField: TemporalComponent], required: Bool) throws(TemporalError) -> LocalTime {
        let hour = try value(fields, .hour), minute = try value(fields, .minute), second = try value(fields, .second)
        let hasSubsecond = fields[.millisecond] != nil || fields[.microsecond] != nil || fields[.nanosecond] != nil
        if hour == nil && (minute != nil || second != nil || hasSubsecond || required) {
            throw .invalidComponents("a time needs an hour (or a time to select from)")
        }
        if minute == nil && (second != nil || hasSubsecond) { throw .invalidComponents("second needs a minute") }
        if second == nil && hasSubsecond { throw .invalidComponents("millisecond, microsecond and nanosecond need a second") }
        return try LocalTime(hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0, nanosecond: try subsecond(fields) ?? 0)
    }

    /// Milli-, micro- and nanoseconds combined, each within the range the finer fields leave it.
    static func subsecond(_ fields: [TemporalField: TemporalComponent]) throws(TemporalError) -> Int64? {
        let ms = try value(fields, .millisecond), us = try value(fields, .microsecond), ns = try value(fields, .nanosecond)
        guard ms != nil || us != nil || ns != nil else { return nil }
        if let ms { try require("millisecond", ms, in: 0..<1000) }
        if let us { try require("microsecond", us, in: 0..<(ms != nil ? 1000 : 1_000_000)) }
        if let ns { try require("nanosecond", ns, in: 0..<(us != nil ? 1000 : ms != nil ? 1_000_000 : 1_000_000_000)) }
        return (ms ?? 0) * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0)
    }

    /// A selected date with the given fields applied in order, by java.time's `with` rules.
    static func overrideDate(_ base: LocalDate, _ fields: [TemporalField: TemporalComponent]) throws(TemporalError) -> LocalDate {
        var date = base
        for field in TemporalField.allCases where field.isDateField {
            guard let v = try value(fields, field) else { continue }
            if field == .year && fields[.week] != nil {
                date = try withWeekYear(date, v)
            } else {
                date = try with(date, field, v)
            }
        }
        return date
    }

    /// The date with one field set (java.time's `LocalDate.with(field, value)`).
    static func with(_ date: LocalDate, _ field: TemporalField, _ v: Int64) throws(TemporalError) -> LocalDate {
        let (y, m, d) = date.civil
        switch field {
        case .year:
            try require("year", v, in: CivilCalendar.years)
            return try LocalDate(year: v, month: m, day: min(d, CivilCalendar.daysInMonth(v, m)))
        case .month:
            try require("month", v, in: 1...12)
            return try LocalDate(year: y, month: v, day: min(d, CivilCalendar.daysInMonth(y, v)))
        case .day:
            return try LocalDate(year: y, month: m, day: v)
        case .quarter:
            try require("quarter", v, in: 1...4)
            let current = (m - 1) / 3 + 1
            return try with(date, .month, m + (v - current) * 3)
        case .week:
            let (weekYear, week) = CivilCalendar.weekDate(date.dayNumber)
            try require("week", v, in: 1...CivilCalendar.weeksInWeekYear(weekYear))
            return try LocalDate(checkedDayNumber: date.dayNumber + (v - week) * 7)
        case .ordinalDay:
            try require("ordinalDay", v, in: 1...CivilCalendar.daysInYear(y))
            return LocalDate(dayNumber: CivilCalendar.dayNumber(year: y, month: 1, day: 1) + v - 1)
        case .dayOfQuarter:
            let quarter = (m - 1) / 3 + 1
            try require("dayOfQuarter", v, in: 1...CivilCalendar.daysInQuarter(year: y, quarter: quarter))
            return LocalDate(dayNumber: CivilCalendar.firstDayOfQuarter(year: y, quarter: quarter) + v - 1)
        case .dayOfWeek:
            try require("dayOfWeek", v, in: 1...7)
            return try LocalDate(checkedDayNumber: date.dayNumber + v - CivilCalendar.dayOfWeek(date.dayNumber))
        default:
            return date
        }
    }

    /// java.time's `with(WEEK_BASED_YEAR, y)`: same week (clamped to 52) and day of week in year y.
    static func withWeekYear(_ date: LocalDate, _ weekYear: Int64) throws(TemporalError) -> LocalDate {
        try require("year", weekYear, in: CivilCalendar.years)
        var week = CivilCalendar.weekDate(date.dayNumber).week
        if week == 53 && CivilCalendar.weeksInWeekYear(weekYear) == 52 { week = 52 }
        return try weekDate(weekYear: weekYear, week: week, dayOfWeek: CivilCalendar.dayOfWeek(date.dayNumber))
    }

    static func overrideTime(_ base: LocalTime, _ fields: [TemporalField: TemporalComponent]) throws(TemporalError) -> LocalTime {
        let hour = try value(fields, .hour) ?? base.hour
        let minute = try value(fields, .minute) ?? base.minute
        let second = try value(fields, .second) ?? base.second
        let nano = try subsecond(fields) ?? base.nanosecond
        return try LocalTime(hour: hour, minute: minute, second: second, nanosecond: nano)
    }
}

extension TemporalBuilder.Clock {
    /// The system's wall clock now.
    public static func now() -> TemporalBuilder.Clock {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return TemporalBuilder.Clock(epochSecond: Int64(spec.tv_sec), nanosecond: Int64(spec.tv_nsec))
    }
}
