// ISO 8601 text to temporal values, accepting what Neo4j accepts: calendar dates (`2015-07-21`,
// `20150721`, `2015-07`, `2015`), week dates (`2015-W30-2`, `2015W302`), quarter dates (`2015-Q2-60`),
// ordinal dates (`2015-202`); times in extended or basic form with a fraction of up to nine digits
// (`21:40:32.142`, `214032,142`, `21`); offsets `Z`, `+01:00`, `+0100`, `+01` and zone names in
// brackets; durations `P1Y2M3W4DT5H6M7.5S` (fractions allowed) and the alternative `P2012-02-02T14:37:21`.

/// Parsers of ISO 8601 temporal text.
public enum TemporalParser {
    /// ISO 8601 text as a value of the type named by its constructor (`date`, `localtime`, `time`,
    /// `localdatetime`, `datetime`, `duration`); nil for another name.
    public static func value(_ text: String, type: String) throws(TemporalError) -> TemporalValue? {
        switch type.lowercased() {
        case "date": return .date(try date(text))
        case "localtime": return .localTime(try localTime(text))
        case "time":
            let (t, offset) = try time(text)
            return .time(t, offsetSeconds: offset)
        case "localdatetime":
            let (d, t) = try localDateTime(text)
            return .localDateTime(d, t)
        case "datetime": return try dateTime(text)
        case "duration": return .duration(try duration(text))
        default: return nil
        }
    }

    public static func date(_ text: String) throws(TemporalError) -> LocalDate {
        var scanner = Scanner(text)
        let date = try scanner.date(expected: "date")
        guard scanner.atEnd else { throw .invalidText(text, expected: "date") }
        return date
    }

    public static func localTime(_ text: String) throws(TemporalError) -> LocalTime {
        var scanner = Scanner(text)
        scanner.skip("T")
        let time = try scanner.time(expected: "local time")
        guard scanner.atEnd else { throw .invalidText(text, expected: "local time") }
        return time
    }

    /// A time with its offset; a time without one gets `defaultOffset`.
    public static func time(_ text: String, defaultOffset: Int32 = 0) throws(TemporalError) -> (LocalTime, Int32) {
        var scanner = Scanner(text)
        scanner.skip("T")
        let time = try scanner.time(expected: "time")
        let zone = try scanner.zone(expected: "time")
        guard scanner.atEnd else { throw .invalidText(text, expected: "time") }
        if zone.name != nil && zone.offset == nil { throw .invalidText(text, expected: "time") }
        return (time, zone.offset ?? defaultOffset)
    }

    public static func localDateTime(_ text: String) throws(TemporalError) -> (LocalDate, LocalTime) {
        var scanner = Scanner(text)
        let date = try scanner.date(expected: "local datetime")
        var time = LocalTime.midnight
        if scanner.skip("T") { time = try scanner.time(expected: "local datetime") }
        guard scanner.atEnd else { throw .invalidText(text, expected: "local datetime") }
        return (date, time)
    }

    /// A zoned datetime; one given without a zone is placed in `defaultZone` (UTC by default).
    public static func dateTime(_ text: String, defaultZone: ZoneInfo = ZoneInfo(offsetSeconds: 0)) throws(TemporalError) -> TemporalValue {
        var scanner = Scanner(text)
        let date = try scanner.date(expected: "datetime")
        var time = LocalTime.midnight
        var zone: (offset: Int32?, name: String?) = (nil, nil)
        if scanner.skip("T") {
            time = try scanner.time(expected: "datetime")
            zone = try scanner.zone(expected: "datetime")
        }
        guard scanner.atEnd else { throw .invalidText(text, expected: "datetime") }
        if zone.offset == nil && zone.name == nil {
            return try TemporalBuilder.zoned(date, time, zone: defaultZone)
        }
        return try TemporalBuilder.zoned(date, time, offset: zone.offset, name: zone.name)
    }

    public static func duration(_ text: String) throws(TemporalError) -> CypherDuration {
        var scanner = Scanner(text)
        let negative = scanner.skip("-")
        if !negative { scanner.skip("+") }
        guard scanner.skip("P") || scanner.skip("p") else { throw .invalidText(text, expected: "duration") }
        var result: CypherDuration
        if scanner.looksLikeAlternativeDuration {
            result = try scanner.alternativeDuration(text)
        } else {
            result = try scanner.designatorDuration(text)
        }
        guard scanner.atEnd else { throw .invalidText(text, expected: "duration") }
        if negative { result = try result.negated() }
        return result
    }
}

/// A cursor over the bytes of temporal text.
struct Scanner {
    let bytes: [UInt8]
    let text: String
    var position = 0

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    var atEnd: Bool { position == bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    @discardableResult mutating func skip(_ character: Character) -> Bool {
        guard let c = current, let ascii = character.asciiValue, c == ascii else { return false }
        position += 1
        return true
    }

    /// The number of consecutive digits from the cursor on.
    func digitRun(from start: Int? = nil) -> Int {
        var i = start ?? position
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        return i - (start ?? position)
    }

    mutating func digits(_ count: Int, expected: String) throws(TemporalError) -> Int64 {
        guard digitRun() >= count else { throw .invalidText(text, expected: expected) }
        var value: Int64 = 0
        for _ in 0..<count {
            value = value * 10 + Int64(bytes[position] - 48)
            position += 1
        }
        return value
    }

    // MARK: Dates

    mutating func date(expected: String) throws(TemporalError) -> LocalDate {
        let year: Int64
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
            let negative = current == UInt8(ascii: "-")
            position += 1
            let run = digitRun()
            guard (1...9).contains(run) else { throw .invalidText(text, expected: expected) }
            let magnitude = try digits(run, expected: expected)
            year = negative ? -magnitude : magnitude
        } else {
            year = try digits(4, expected: expected)
        }
        if skip("-") {
            if skip("W") { return try weekDate(year, extended: true, expected: expected) }
            if skip("Q") { return try quarterDate(year, extended: true, expected: expected) }
            let run = digitRun()
            if run == 3 {
                return try ordinalDate(year, try digits(3, expected: expected))
            }
            guard run == 1 || run == 2 else { throw .invalidText(text, expected: expected) }
            let month = try digits(run, expected: expected)
            var day: Int64 = 1
            if skip("-") {
                let dayRun = digitRun()
                guard dayRun == 1 || dayRun == 2 else { throw .invalidText(text, expected: expected) }
                day = try digits(dayRun, expected: expected)
            }
            return try LocalDate(year: year, month: month, day: day)
        }
        if skip("W") { return try weekDate(year, extended: false, expected: expected) }
        if skip("Q") { return try quarterDate(year, extended: false, expected: expected) }
        switch digitRun() {
        case 0: return try LocalDate(year: year, month: 1, day: 1)
        case 2: return try LocalDate(year: year, month: try digits(2, expected: expected), day: 1)
        case 3: return try ordinalDate(year, try digits(3, expected: expected))
        case 4:
            let month = try digits(2, expected: expected)
            return try LocalDate(year: year, month: month, day: try digits(2, expected: expected))
        default: throw .invalidText(text, expected: expected)
        }
    }

    private mutating func weekDate(_ year: Int64, extended: Bool, expected: String) throws(TemporalError) -> LocalDate {
        let week = try digits(2, expected: expected)
        var dayOfWeek: Int64 = 1
        if extended ? skip("-") : digitRun() == 1 {
            dayOfWeek = try digits(1, expected: expected)
        }
        return try TemporalBuilder.weekDate(weekYear: year, week: week, dayOfWeek: dayOfWeek)
    }

    private mutating func quarterDate(_ year: Int64, extended: Bool, expected: String) throws(TemporalError) -> LocalDate {
        let quarter = try digits(1, expected: expected)
        var dayOfQuarter: Int64 = 1
        if extended {
            if skip("-") {
                let run = digitRun()
                guard run == 1 || run == 2 else { throw .invalidText(text, expected: expected) }
                dayOfQuarter = try digits(run, expected: expected)
            }
        } else if digitRun() == 2 {
            dayOfQuarter = try digits(2, expected: expected)
        }
        return try TemporalBuilder.quarterDate(year: year, quarter: quarter, dayOfQuarter: dayOfQuarter)
    }

    private func ordinalDate(_ year: Int64, _ day: Int64) throws(TemporalError) -> LocalDate {
        try TemporalBuilder.ordinalDate(year: year, ordinalDay: day)
    }

    // MARK: Times

    mutating func time(expected: String) throws(TemporalError) -> LocalTime {
        let hour = try digits(2, expected: expected)
        var minute: Int64 = 0, second: Int64 = 0, nano: Int64 = 0
        let extended = current == UInt8(ascii: ":")
        if extended ? (skip(":")) : digitRun() >= 2 {
            minute = try digits(2, expected: expected)
            if extended ? skip(":") : digitRun() >= 2 {
                second = try digits(2, expected: expected)
                if skip(".") || skip(",") {
                    let run = digitRun()
                    guard (1...9).contains(run) else { throw .invalidText(text, expected: expected) }
                    nano = try digits(run, expected: expected)
                    for _ in run..<9 { nano *= 10 }
                }
            }
        }
        return try LocalTime(hour: hour, minute: minute, second: second, nanosecond: nano)
    }

    /// An offset and/or a bracketed zone name, both optional.
    mutating func zone(expected: String) throws(TemporalError) -> (offset: Int32?, name: String?) {
        var offset: Int32?
        if current == UInt8(ascii: "Z") || current == UInt8(ascii: "z") {
            position += 1
            offset = 0
        } else if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
            let start = position
            position += 1
            while let c = current, (c >= 48 && c <= 57) || c == UInt8(ascii: ":") { position += 1 }
            let piece = String(decoding: bytes[start..<position], as: UTF8.self)
            guard let parsed = TimeZoneRules.parseOffset(piece) else { throw .invalidText(text, expected: expected) }
            offset = parsed
        }
        var name: String?
        if skip("[") {
            let start = position
            while let c = current, c != UInt8(ascii: "]") { position += 1 }
            let piece = String(decoding: bytes[start..<position], as: UTF8.self)
            guard skip("]") else { throw .invalidText(text, expected: expected) }
            let zone = try TimeZoneRules.zone(named: piece)
            if let fixed = zone.offset {
                if let offset, offset != fixed { throw .invalidText(text, expected: expected) }
                offset = fixed
            } else {
                name = zone.name
            }
        }
        return (offset, name)
    }

    // MARK: Durations

    var looksLikeAlternativeDuration: Bool {
        digitRun() == 4 && peek(4) == UInt8(ascii: "-")
    }

    /// `P2012-02-02T14:37:21.545`: years, months, days, hours, minutes, seconds as fields.
    mutating func alternativeDuration(_ text: String) throws(TemporalError) -> CypherDuration {
        let years = try digits(4, expected: "duration")
        guard skip("-") else { throw .invalidText(text, expected: "duration") }
        let months = try digits(2, expected: "duration")
        guard skip("-") else { throw .invalidText(text, expected: "duration") }
        let days = try digits(2, expected: "duration")
        var seconds: Int64 = 0, nanos: Int64 = 0
        if skip("T") {
            let time = try self.time(expected: "duration")
            seconds = time.nanosecondOfDay / 1_000_000_000
            nanos = time.nanosecond
        }
        guard months <= 12, days <= 31 else { throw .invalidText(text, expected: "duration") }
        return try CypherDuration(months: years * 12 + months, days: days, seconds: seconds, nanoseconds: nanos)
    }

    /// The designators of a duration, in the order they must come: the letter, whether it follows `T`,
    /// the total it adds to (0 months, 1 days, 2 seconds) and how many of that total one unit is.
    private static let designators: [(letter: UInt8, inTime: Bool, total: Int, factor: Int64)] = [
        (UInt8(ascii: "Y"), false, 0, 12), (UInt8(ascii: "M"), false, 0, 1), (UInt8(ascii: "W"), false, 1, 7),
        (UInt8(ascii: "D"), false, 1, 1), (UInt8(ascii: "H"), true, 2, 3600), (UInt8(ascii: "M"), true, 2, 60),
        (UInt8(ascii: "S"), true, 2, 1),
    ]

    /// `P1Y2M3W4DT5H6M7.5S`, each number optionally signed and fractional.
    mutating func designatorDuration(_ text: String) throws(TemporalError) -> CypherDuration {
        var totals: [Int64] = [0, 0, 0]  // months, days, seconds
        var fractions: [Double] = [0, 0, 0]
        var nanos: Int64 = 0
        var inTime = false
        var sawComponent = false
        var lastRank = -1
        func fail() -> TemporalError { .invalidText(text, expected: "duration") }
        while !atEnd {
            if !inTime && skip("T") {
                inTime = true
                continue
            }
            var negative = false
            if skip("-") { negative = true } else { skip("+") }
            let run = digitRun()
            guard run > 0, run <= 18 else { throw fail() }
            var whole = try digits(run, expected: "duration")
            var fractionDigits: [UInt8] = []
            if skip(".") || skip(",") {
                let fractionRun = digitRun()
                guard fractionRun > 0 else { throw fail() }
                fractionDigits = Array(bytes[position..<position + fractionRun])
                position += fractionRun
            }
            guard let unit = current,
                let rank = Self.designators.firstIndex(where: { $0.letter == unit && $0.inTime == inTime }), rank > lastRank
            else { throw fail() }
            position += 1
            lastRank = rank
            sawComponent = true
            let designator = Self.designators[rank]
            var fraction = 0.0
            var scale = 0.1
            for d in fractionDigits {
                fraction += Double(d - 48) * scale
                scale /= 10
            }
            if negative {
                whole = -whole
                fraction = -fraction
            }
            let (amount, o1) = whole.multipliedReportingOverflow(by: designator.factor)
            let (total, o2) = totals[designator.total].addingReportingOverflow(amount)
            if o1 || o2 { throw .overflow }
            totals[designator.total] = total
            if designator.letter == UInt8(ascii: "S") {
                // A fraction of a second is exact: its first nine digits are the nanoseconds.
                var n: Int64 = 0
                for i in 0..<9 { n = n * 10 + (i < fractionDigits.count ? Int64(fractionDigits[i] - 48) : 0) }
                nanos += negative ? -n : n
            } else {
                fractions[designator.total] += fraction * Double(designator.factor)
            }
        }
        guard sawComponent else { throw fail() }
        if fractions.allSatisfy({ $0 == 0 }) {
            return try CypherDuration(months: totals[0], days: totals[1], seconds: totals[2], nanoseconds: nanos)
        }
        return try .approximate(
            months: Double(totals[0]) + fractions[0], days: Double(totals[1]) + fractions[1],
            seconds: Double(totals[2]) + fractions[2], nanoseconds: Double(nanos))
    }
}
