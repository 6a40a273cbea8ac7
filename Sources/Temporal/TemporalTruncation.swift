// `date.truncate(unit, value[, fields])` and its siblings: the value cut down to the start of a
// millennium, century, decade, year, week-based year, quarter, month, week, day, hour, minute, second,
// millisecond or microsecond, then given fields set (`{day: 5}`, `{timezone: 'Europe/Stockholm'}`).

extension TemporalBuilder {
    /// The units truncation accepts, from the largest.
    public static let truncationUnits = [
        "millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day", "hour", "minute",
        "second", "millisecond", "microsecond",
    ]

    /// `value` truncated to `unit`, as a value of `kind`, with `overrides` applied.
    public static func truncate(
        _ kind: TemporalKind, unit: String, _ value: TemporalValue, overrides: [(String, TemporalComponent)], clock: Clock
    ) throws(TemporalError) -> TemporalValue {
        guard let unitIndex = truncationUnits.firstIndex(where: { $0.lowercased() == unit.lowercased() }) else {
            throw .invalidComponents("unknown truncation unit '\(unit)' (one of \(truncationUnits.joined(separator: ", ")))")
        }
        if case .duration = value { throw .unsupported("a duration cannot be truncated") }
        let dayIndex = truncationUnits.firstIndex(of: "day") ?? 8
        let timeBased = unitIndex > dayIndex
        // As Neo4j: a date has no unit below a day, a time none above it; the value truncated must have
        // the parts the result and the unit need.
        if !kind.hasDate && unitIndex < dayIndex {
            throw .unsupported("a \(kind.displayName) cannot be truncated to a \(unit)")
        }
        if kind == .date && timeBased {
            throw .unsupported("a date cannot be truncated to a \(unit): the unit is too small")
        }
        if kind.hasDate && value.datePart == nil {
            throw .unsupported("a \(value.typeName) has no date to truncate to a \(kind.displayName)")
        }
        if (!kind.hasDate || timeBased) && value.timePart == nil {
            throw .unsupported("a \(value.typeName) has no time to truncate to a \(unit) as a \(kind.displayName)")
        }
        var date = value.datePart
        var time = value.timePart ?? .midnight
        if let d = date, unitIndex <= dayIndex {
            let (y, m, _) = d.civil
            switch truncationUnits[unitIndex] {
            case "millennium": date = try LocalDate(year: floorDiv(y, 1000) * 1000, month: 1, day: 1)
            case "century": date = try LocalDate(year: floorDiv(y, 100) * 100, month: 1, day: 1)
            case "decade": date = try LocalDate(year: floorDiv(y, 10) * 10, month: 1, day: 1)
            case "year": date = try LocalDate(year: y, month: 1, day: 1)
            case "weekYear":
                date = try LocalDate(checkedDayNumber: CivilCalendar.firstMondayOfWeekYear(CivilCalendar.weekDate(d.dayNumber).weekYear))
            case "quarter": date = try LocalDate(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)
            case "month": date = try LocalDate(year: y, month: m, day: 1)
            case "week": date = try LocalDate(checkedDayNumber: d.dayNumber - CivilCalendar.dayOfWeek(d.dayNumber) + 1)
            default: break
            }
        }
        let n = time.nanosecondOfDay
        switch truncationUnits[unitIndex] {
        case "hour": time = LocalTime(nanosecondOfDay: n - n % 3_600_000_000_000)
        case "minute": time = LocalTime(nanosecondOfDay: n - n % 60_000_000_000)
        case "second": time = LocalTime(nanosecondOfDay: n - n % 1_000_000_000)
        case "millisecond": time = LocalTime(nanosecondOfDay: n - n % 1_000_000)
        case "microsecond": time = LocalTime(nanosecondOfDay: n - n % 1000)
        default: time = .midnight
        }

        var fields: [TemporalField: TemporalComponent] = [:]
        for (key, component) in overrides {
            guard let field = TemporalField.named(key), field.isDateField || field.isTimeField || (field == .timezone && kind.hasZone),
                isAllowed(field, in: kind)
            else { throw .invalidComponents("\(kind.rawValue).truncate does not accept the field '\(key)'") }
            fields[field] = component
        }
        // Fields finer than the unit add to what truncation kept (Neo4j: millisecond truncation with
        // {nanosecond: 2} gives .645000002), coarser or equal ones replace.
        let unitName = truncationUnits[unitIndex]
        if unitName == "millisecond", fields[.millisecond] == nil, fields[.microsecond] != nil || fields[.nanosecond] != nil {
            fields[.millisecond] = .integer(time.nanosecond / 1_000_000)
        } else if unitName == "microsecond", fields[.millisecond] == nil, fields[.microsecond] == nil, fields[.nanosecond] != nil {
            fields[.microsecond] = .integer(time.nanosecond / 1000)
        }
        if let d = date { date = try overrideDate(d, fields) }
        time = try overrideTime(time, fields)
        var zone = value.zone ?? defaultZone
        var zoneFromText = false
        if case .text(let text)? = fields[.timezone] {
            zone = try zoneInfo(text)
            zoneFromText = true
        }

        switch kind {
        case .date: return .date(date ?? LocalDate(dayNumber: 0))
        case .localTime: return .localTime(time)
        case .time:
            return .time(time, offsetSeconds: offset(of: zone, atEpochSecond: clock.epochSecond))
        case .localDateTime: return .localDateTime(date ?? LocalDate(dayNumber: 0), time)
        case .dateTime:
            let day = date ?? LocalDate(dayNumber: 0)
            return try zoneFromText ? zoned(day, time, zone: zone) : zoned(day, time, keeping: zone)
        }
    }
}
