// ISO 8601 text of temporal values, exactly as Neo4j (java.time) prints them: `2015-07-21`,
// `21:40` / `21:40:32` / `21:40:32.142`, offsets `Z` / `+01:00`, zone names in brackets, years beyond
// four digits with a sign, and durations such as `P1Y2M3DT4H5M6.5S` (zero components left out).

extension TemporalValue {
    /// The value's ISO 8601 text.
    public var isoText: String {
        switch self {
        case .date(let d): return Self.text(of: d)
        case .localTime(let t): return Self.text(of: t)
        case .time(let t, let offset): return Self.text(of: t) + Self.offsetText(offset)
        case .localDateTime(let d, let t): return Self.text(of: d) + "T" + Self.text(of: t)
        case .dateTime(let d, let t, let zone):
            var text = Self.text(of: d) + "T" + Self.text(of: t) + Self.offsetText(zone.offsetSeconds)
            if let name = zone.name { text += "[\(name)]" }
            return text
        case .duration(let duration): return duration.isoText
        }
    }

    static func text(of date: LocalDate) -> String {
        let (y, m, d) = date.civil
        let year: String
        if y > 9999 {
            year = "+" + String(y)
        } else if y < 0 {
            year = "-" + padded(-y, 4)
        } else {
            year = padded(y, 4)
        }
        return year + "-" + padded(m, 2) + "-" + padded(d, 2)
    }

    static func text(of time: LocalTime) -> String {
        var text = padded(time.hour, 2) + ":" + padded(time.minute, 2)
        let second = time.second, nano = time.nanosecond
        guard second != 0 || nano != 0 else { return text }
        text += ":" + padded(second, 2)
        if nano != 0 {
            if nano % 1_000_000 == 0 {
                text += "." + padded(nano / 1_000_000, 3)
            } else if nano % 1000 == 0 {
                text += "." + padded(nano / 1000, 6)
            } else {
                text += "." + padded(nano, 9)
            }
        }
        return text
    }

    /// `Z` for UTC, otherwise `+hh:mm` (and `:ss` when there are seconds).
    public static func offsetText(_ offset: Int32) -> String {
        if offset == 0 { return "Z" }
        let magnitude = Int64(abs(offset))
        var text = (offset < 0 ? "-" : "+") + padded(magnitude / 3600, 2) + ":" + padded(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + padded(magnitude % 60, 2) }
        return text
    }
}

extension CypherDuration {
    /// ISO 8601 duration text as Neo4j prints it (`PT0S` for zero).
    public var isoText: String {
        if months == 0 && days == 0 && seconds == 0 && nanoseconds == 0 { return "PT0S" }
        var text = "P"
        func append(_ value: Int64, _ unit: Character) {
            if value != 0 { text += String(value) + String(unit) }
        }
        append(months / 12, "Y")
        append(months % 12, "M")
        append(days, "D")
        if seconds != 0 || nanoseconds != 0 {
            var s = seconds, n = nanoseconds
            if s < 0 && n != 0 {
                s += 1
                n -= 1_000_000_000
            }
            text += "T"
            append(s / 3600, "H")
            s %= 3600
            append(s / 60, "M")
            s %= 60
            if s != 0 {
                text += String(s)
                if n != 0 { text += Self.fraction(n) }
                text += "S"
            } else if n != 0 {
                text += (n < 0 ? "-0" : "0") + Self.fraction(n) + "S"
            }
        }
        if text == "P" { text += "T0S" }
        return text
    }

    private static func fraction(_ nanos: Int64) -> String {
        var digits = padded(abs(nanos), 9)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }
}

func padded(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
