// The proleptic Gregorian calendar as ISO 8601 counts it: conversions between a day number (days since
// 1970-01-01) and year/month/day, ISO week dates (week-based year, week, day of week), ordinal days and
// quarters. Howard Hinnant's civil-days algorithms, in 64-bit arithmetic so that every year openCypher
// allows (±999,999,999) converts exactly.

/// Calendar arithmetic on day numbers (days since 1970-01-01).
public enum CivilCalendar {
    /// The smallest and largest year a date may have (Neo4j's range).
    public static let years: ClosedRange<Int64> = -999_999_999...999_999_999

    public static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func daysInYear(_ year: Int64) -> Int64 { isLeap(year) ? 366 : 365 }

    /// The day number of a valid year/month/day.
    public static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of a day number.
    public static func civil(_ dayNumber: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO day of week, 1 (Monday) to 7 (Sunday).
    public static func dayOfWeek(_ dayNumber: Int64) -> Int64 {
        floorMod(dayNumber + 3, 7) + 1
    }

    /// The day number of Monday of week 1 of an ISO week-based year.
    public static func firstMondayOfWeekYear(_ weekYear: Int64) -> Int64 {
        let january4 = dayNumber(year: weekYear, month: 1, day: 4)
        return january4 - (dayOfWeek(january4) - 1)
    }

    /// The number of ISO weeks (52 or 53) in a week-based year.
    public static func weeksInWeekYear(_ weekYear: Int64) -> Int64 {
        (firstMondayOfWeekYear(weekYear + 1) - firstMondayOfWeekYear(weekYear)) / 7
    }

    /// ISO week-based year and week of a day number.
    public static func weekDate(_ dayNumber: Int64) -> (weekYear: Int64, week: Int64) {
        let year = civil(dayNumber).year
        var weekYear = year
        if dayNumber >= firstMondayOfWeekYear(year + 1) {
            weekYear = year + 1
        } else if dayNumber < firstMondayOfWeekYear(year) {
            weekYear = year - 1
        }
        return (weekYear, (dayNumber - firstMondayOfWeekYear(weekYear)) / 7 + 1)
    }

    /// 1-based day of the year.
    public static func ordinalDay(_ dayNumber: Int64) -> Int64 {
        dayNumber - self.dayNumber(year: civil(dayNumber).year, month: 1, day: 1) + 1
    }

    /// The day number of the first day of a quarter.
    public static func firstDayOfQuarter(year: Int64, quarter: Int64) -> Int64 {
        dayNumber(year: year, month: (quarter - 1) * 3 + 1, day: 1)
    }

    public static func daysInQuarter(year: Int64, quarter: Int64) -> Int64 {
        firstDayOfQuarter(year: quarter == 4 ? year + 1 : year, quarter: quarter == 4 ? 1 : quarter + 1)
            - firstDayOfQuarter(year: year, quarter: quarter)
    }
}

/// Division rounding toward negative infinity.
@inlinable public func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    // Int64.min / -1 is the one quotient that does not fit; it wraps rather than traps.
    if b == -1 { return 0 &- a }
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// The remainder of `floorDiv`, with the sign of the divisor.
@inlinable public func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
    // Computed from the remainder: `a - floorDiv(a, b) * b` overflows near the ends of the range.
    if b == -1 { return 0 }
    let r = a % b
    return r != 0 && (r < 0) != (b < 0) ? r + b : r
}
