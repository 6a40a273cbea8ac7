// What can be done with temporal values: read a field (`d.year`, `t.offset`, `dur.days`), add or
// subtract a duration (months and days on the calendar, seconds on the clock — a date ignores the part
// below a day, a time the part above), measure the duration between two values
// (`duration.between`, `inMonths`, `inDays`, `inSeconds`) and truncate to a unit.

/// A field read from a temporal value.
public enum TemporalFieldValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
}

/// The units `duration.between` can be restricted to.
public enum DurationUnit: Sendable { case months, days, seconds }

extension TemporalValue {
    /// The field `name` of the value (`year`, `week`, `timezone`, `epochMillis`, …), nil when the value's
    /// type has no such field; an overflow error when it does not fit 64 bits.
    public func field(_ name: String) throws(TemporalError) -> TemporalFieldValue? {
        let key = name.lowercased()
        if case .duration(let d) = self { return try d.component(key).map(TemporalFieldValue.integer) }
        if let date = datePart, let value = Self.dateField(key, date) { return .integer(value) }
        if let time = timePart, let value = Self.timeField(key, time) { return .integer(value) }
        if let zone {
            switch key {
            case "timezone": return .text(zone.name ?? Self.offsetText(zone.offsetSeconds))
            case "offset": return .text(Self.offsetText(zone.offsetSeconds))
            case "offsetminutes": return .integer(Int64(zone.offsetSeconds) / 60)
            case "offsetseconds": return .integer(Int64(zone.offsetSeconds))
            default: break
            }
        }
        if let instant {
            switch key {
            case "epochseconds": return .integer(instant.seconds)
            case "epochmillis":
                // Years far from 1970 have more milliseconds than 64 bits hold.
                let (millis, o1) = instant.seconds.multipliedReportingOverflow(by: 1000)
                let (total, o2) = millis.addingReportingOverflow(instant.nanosecond / 1_000_000)
                if o1 || o2 { throw .overflow }
                return .integer(total)
            default: break
            }
        }
        return nil
    }

    private static func dateField(_ key: String, _ date: LocalDate) -> Int64? {
        switch key {
        case "year": return date.civil.year
        case "quarter": return (date.civil.month - 1) / 3 + 1
        case "month": return date.civil.month
        case "week": return CivilCalendar.weekDate(date.dayNumber).week
        case "weekyear": return CivilCalendar.weekDate(date.dayNumber).weekYear
        case "day": return date.civil.day
        case "ordinalday": return CivilCalendar.ordinalDay(date.dayNumber)
        case "dayofweek", "weekday": return CivilCalendar.dayOfWeek(date.dayNumber)
        case "dayofquarter", "quarterday":
            let (y, m, _) = date.civil
            return date.dayNumber - CivilCalendar.firstDayOfQuarter(year: y, quarter: (m - 1) / 3 + 1) + 1
        default: return nil
        }
    }

    private static func timeField(_ key: String, _ time: LocalTime) -> Int64? {
        switch key {
        case "hour": return time.hour
        case "minute": return time.minute
        case "second": return time.second
        case "millisecond": return time.nanosecond / 1_000_000
        case "microsecond": return time.nanosecond / 1000
        case "nanosecond": return time.nanosecond
        default: return nil
        }
    }

    // MARK: Arithmetic

    /// The value moved by a duration: months, then days, then seconds and nanoseconds (java.time's order).
    public func adding(_ duration: CypherDuration) throws(TemporalError) -> TemporalValue {
        if case .duration(let d) = self { return .duration(try d.adding(duration)) }
        return try moved(duration.months, duration.days, duration.seconds, duration.nanoseconds)
    }

    /// The value moved back by a duration. Each component is subtracted as given (so a date ignores the
    /// part of the duration below a day, whichever its sign), as Neo4j does.
    public func subtracting(_ duration: CypherDuration) throws(TemporalError) -> TemporalValue {
        if case .duration(let d) = self { return .duration(try d.subtracting(duration)) }
        guard duration.months != .min, duration.days != .min, duration.seconds != .min else { throw .overflow }
        return try moved(-duration.months, -duration.days, -duration.seconds, -duration.nanoseconds)
    }

    private func moved(_ months: Int64, _ days: Int64, _ seconds: Int64, _ nanoseconds: Int64) throws(TemporalError) -> TemporalValue {
        let clockNanos = floorMod(seconds, 86_400) * 1_000_000_000 + nanoseconds
        switch self {
        case .duration: return self
        case .date(let d):
            let (total, overflow) = days.addingReportingOverflow(seconds / 86_400)
            if overflow { throw .overflow }
            return .date(try d.addingMonths(months).addingDays(total))
        case .localTime(let t): return .localTime(t.adding(nanoseconds: clockNanos))
        case .time(let t, let offset): return .time(t.adding(nanoseconds: clockNanos), offsetSeconds: offset)
        case .localDateTime(let d, let t):
            let date = try d.addingMonths(months).addingDays(days)
            let shifted = try TemporalBuilder.shifted(try date.addingDays(floorDiv(seconds, 86_400)), t, byNanoseconds: clockNanos)
            return .localDateTime(shifted.0, shifted.1)
        case .dateTime(let d, let t, let zone):
            let date = try d.addingMonths(months).addingDays(days)
            var result = try TemporalBuilder.zoned(date, t, offset: zone.offsetSeconds, name: zone.name)
            if seconds != 0 || nanoseconds != 0, let instant = result.instant {
                let (s, o) = instant.seconds.addingReportingOverflow(seconds)
                if o { throw .overflow }
                let total = instant.nanosecond + nanoseconds
                let (second, overflow) = s.addingReportingOverflow(floorDiv(total, 1_000_000_000))
                if overflow { throw .overflow }
                result = try TemporalBuilder.dateTime(epochSecond: second, nanosecond: floorMod(total, 1_000_000_000), zone: zone)
            }
            return result
        }
    }

    // MARK: Duration between

    /// The duration from `from` to `to` (Neo4j's `duration.between`, or `inMonths`/`inDays`/`inSeconds`
    /// with a unit). A side without a date takes the other's date, one without a time midnight, one
    /// without a zone the other's zone.
    public static func duration(from: TemporalValue, to: TemporalValue, unit: DurationUnit? = nil) throws(TemporalError) -> CypherDuration {
        if case .duration = from { throw .unsupported("duration.between takes two instants, not a duration") }
        if case .duration = to { throw .unsupported("duration.between takes two instants, not a duration") }
        // Months and days count only between two values that both have a date (Neo4j); otherwise the
        // whole difference is in hours and below, even across midnight.
        let bothHaveDates = from.datePart != nil && to.datePart != nil
        var a = Moment(from), b = Moment(to)
        if unit == .seconds || a.time != nil || b.time != nil {
            a.time = a.time ?? .midnight
            b.time = b.time ?? .midnight
        }
        if a.date == nil, let d = b.date { a.date = d }
        if b.date == nil, let d = a.date { b.date = d }
        if a.zone == nil, let z = b.zone {
            a.zone = z
            a = try a.reresolved()
        }
        if b.zone == nil, let z = a.zone {
            b.zone = z
            b = try b.reresolved()
        }
        // Express `to` in `from`'s zone at the same instant.
        if let zone = a.zone, let other = b.zone, zone.name != other.name || (zone.name == nil && zone != other) {
            b = try b.inZone(zone, from: other)
        }
        let hasDates = a.date != nil && b.date != nil
        switch unit {
        case .months?:
            return try CypherDuration(months: hasDates ? a.monthsUntil(b) : 0, days: 0, seconds: 0, nanoseconds: 0)
        case .days?:
            return try CypherDuration(months: 0, days: hasDates ? a.daysUntil(b) : 0, seconds: 0, nanoseconds: 0)
        case .seconds?:
            let nanos = try a.nanosecondsUntil(b)
            return try CypherDuration(months: 0, days: 0, seconds: nanos.seconds, nanoseconds: nanos.nanoseconds)
        case nil:
            var months: Int64 = 0, days: Int64 = 0
            if bothHaveDates {
                months = try a.monthsUntil(b)
                a = try a.addingMonths(months)
                days = try a.daysUntil(b)
                a = try a.addingDays(days)
            }
            let nanos = try a.nanosecondsUntil(b)
            return try CypherDuration(months: months, days: days, seconds: nanos.seconds, nanoseconds: nanos.nanoseconds)
        }
    }
}

/// A temporal value's parts, for measuring durations between values of different types.
struct Moment {
    var date: LocalDate?
    var time: LocalTime?
    var zone: ZoneInfo?

    init(_ value: TemporalValue) {
        date = value.datePart
        time = value.timePart
        zone = value.zone
    }

    /// The local fields as seconds since the epoch (taken as UTC) and the nanosecond within.
    var localNanos: (seconds: Int64, nanosecond: Int64) {
        let t = time ?? .midnight
        return ((date?.dayNumber ?? 0) * 86_400 + t.nanosecondOfDay / 1_000_000_000, t.nanosecond)
    }

    /// The same instant with the local fields of another zone.
    func inZone(_ target: ZoneInfo, from source: ZoneInfo) throws(TemporalError) -> Moment {
        var result = self
        result.zone = target
        guard let t = time else { return result }
        if let d = date {
            let value = try TemporalBuilder.zoned(d, t, offset: source.offsetSeconds, name: source.name)
            guard let instant = value.instant else { return result }
            let moved = try TemporalBuilder.dateTime(epochSecond: instant.seconds, nanosecond: instant.nanosecond, zone: target)
            result.date = moved.datePart
            result.time = moved.timePart
            result.zone = moved.zone
        } else {
            result.time = t.adding(nanoseconds: Int64(target.offsetSeconds - source.offsetSeconds) * 1_000_000_000)
        }
        return result
    }

    /// Whole months from self to other (java.time: by month and day, adjusted when the time of day
    /// would make the last month incomplete).
    func monthsUntil(_ other: Moment) throws(TemporalError) -> Int64 {
        guard let d1 = date, var d2 = other.date else { return 0 }
        d2 = adjustedEnd(d1, d2, other)
        let (y1, m1, day1) = d1.civil, (y2, m2, day2) = d2.civil
        let packed1 = (y1 * 12 + m1 - 1) * 32 + day1, packed2 = (y2 * 12 + m2 - 1) * 32 + day2
        return (packed2 - packed1) / 32
    }

    func daysUntil(_ other: Moment) throws(TemporalError) -> Int64 {
        guard let d1 = date, let d2 = other.date else { return 0 }
        return adjustedEnd(d1, d2, other).dayNumber - d1.dayNumber
    }

    /// java.time's LocalDateTime.until for date units: the end date moves a day toward the start when
    /// its time of day has not reached the start's.
    private func adjustedEnd(_ d1: LocalDate, _ d2: LocalDate, _ other: Moment) -> LocalDate {
        let t1 = time ?? .midnight, t2 = other.time ?? .midnight
        if d2 > d1 && t2 < t1 { return LocalDate(dayNumber: d2.dayNumber - 1) }
        if d2 < d1 && t2 > t1 { return LocalDate(dayNumber: d2.dayNumber + 1) }
        return d2
    }

    func nanosecondsUntil(_ other: Moment) throws(TemporalError) -> (seconds: Int64, nanoseconds: Int64) {
        var a = localNanos, b = other.localNanos
        if date != nil, let zone, let otherZone = other.zone {
            a.seconds -= Int64(zone.offsetSeconds)
            b.seconds -= Int64(otherZone.offsetSeconds)
        }
        var seconds = b.seconds - a.seconds
        var nanos = b.nanosecond - a.nanosecond
        if seconds > 0 && nanos < 0 {
            seconds -= 1
            nanos += 1_000_000_000
        } else if seconds < 0 && nanos > 0 {
            seconds += 1
            nanos -= 1_000_000_000
        }
        return (seconds, nanos)
    }

    func addingMonths(_ months: Int64) throws(TemporalError) -> Moment {
        var result = self
        result.date = try date?.addingMonths(months)
        return try result.reresolved()
    }

    func addingDays(_ days: Int64) throws(TemporalError) -> Moment {
        var result = self
        result.date = try date?.addingDays(days)
        return try result.reresolved()
    }

    /// After moving the local date in a named zone, the offset (and, in a gap, the time) that date has.
    func reresolved() throws(TemporalError) -> Moment {
        guard let zone, zone.name != nil, let d = date, let t = time else { return self }
        let value = try TemporalBuilder.zoned(d, t, offset: zone.offsetSeconds, name: zone.name)
        var result = self
        result.date = value.datePart
        result.time = value.timePart
        result.zone = value.zone
        return result
    }
}
