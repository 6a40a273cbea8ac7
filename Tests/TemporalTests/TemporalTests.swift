// The Temporal module against answers java.time (and so Neo4j) gives: calendar conversions over the
// whole year range, ISO 8601 parsing and printing, construction from fields, arithmetic, durations
// between values and truncation.

import Testing

@testable import Temporal

private let clock = TemporalBuilder.Clock(epochSecond: 1_543_622_400, nanosecond: 0)  // 2018-12-01T00:00Z

private func build(_ kind: TemporalKind, _ pairs: [(String, TemporalComponent)]) throws -> String {
    try TemporalBuilder.build(kind, pairs, clock: clock).isoText
}

@Suite struct CalendarTests {
    /// floorDiv and floorMod agree with exact 128-bit arithmetic everywhere, the ends of the range
    /// included (floorMod was once computed as a - floorDiv(a, b) * b, which trapped there).
    @Test func floorDivisionIsExactAtTheEndsOfTheRange() {
        let values: [Int64] = [.min, .min + 1, -9_223_372_036_854_000_000, -1_000_000_001, -7, -1, 0, 1, 7, 999_999_999, .max - 1, .max]
        for a in values {
            for b: Int64 in [1_000_000_000, 86_400, 1_000, 7, 2, 1, -2, -7, -1_000_000_000] {
                let (q, r) = (Int128(a) / Int128(b), Int128(a) % Int128(b))
                let floorQ = r != 0 && (r < 0) != (b < 0) ? q - 1 : q
                #expect(Int128(floorDiv(a, b)) == floorQ, "floorDiv(\(a), \(b))")
                #expect(Int128(floorMod(a, b)) == Int128(a) - floorQ * Int128(b), "floorMod(\(a), \(b))")
            }
        }
    }

    @Test func dayNumbersRoundTripAcrossTheYearRange() {
        for day: Int64 in [-365_243_219_162, -719_528, -1, 0, 1, 10_957, 17_897, 365_241_780_471] {
            let (y, m, d) = CivilCalendar.civil(day)
            #expect(CivilCalendar.dayNumber(year: y, month: m, day: d) == day)
        }
        #expect(CivilCalendar.civil(0) == (1970, 1, 1))
        #expect(CivilCalendar.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.civil(-719_528) == (0, 1, 1))
    }

    @Test func isoWeeksFollowTheThursdayRule() {
        // 2015-07-21 is in 2015-W30 (a Tuesday); 2021-01-03 belongs to 2020-W53; 2019-12-30 to 2020-W01.
        let d1 = CivilCalendar.dayNumber(year: 2015, month: 7, day: 21)
        #expect(CivilCalendar.weekDate(d1) == (2015, 30))
        #expect(CivilCalendar.dayOfWeek(d1) == 2)
        #expect(CivilCalendar.weekDate(CivilCalendar.dayNumber(year: 2021, month: 1, day: 3)) == (2020, 53))
        #expect(CivilCalendar.weekDate(CivilCalendar.dayNumber(year: 2019, month: 12, day: 30)) == (2020, 1))
        #expect(CivilCalendar.weeksInWeekYear(2020) == 53)
        #expect(CivilCalendar.weeksInWeekYear(2019) == 52)
    }
}

@Suite struct TextTests {
    @Test(arguments: [
        ("2015-07-21", "2015-07-21"), ("20150721", "2015-07-21"), ("2015-07", "2015-07-01"), ("201507", "2015-07-01"),
        ("2015-W30-2", "2015-07-21"), ("2015W302", "2015-07-21"), ("2015-W30", "2015-07-20"), ("2015W30", "2015-07-20"),
        ("2015-202", "2015-07-21"), ("2015202", "2015-07-21"), ("2015", "2015-01-01"), ("2015-Q3-21", "2015-07-21"),
        ("+12015-07-21", "+12015-07-21"), ("-0001-01-01", "-0001-01-01"),
    ])
    func datesParseAndPrintAsNeo4jDoes(_ text: String, _ expected: String) throws {
        #expect(TemporalValue.date(try TemporalParser.date(text)).isoText == expected)
    }

    @Test(arguments: [
        ("21:40:32.142", "21:40:32.142"), ("214032.142", "21:40:32.142"), ("21:40", "21:40"), ("21", "21:00"),
        ("2140", "21:40"), ("21:40:32", "21:40:32"), ("12:31:14.645876", "12:31:14.645876"),
        ("12:31:14.645876123", "12:31:14.645876123"), ("12:31:14,5", "12:31:14.500"),
    ])
    func localTimesParseAndPrint(_ text: String, _ expected: String) throws {
        #expect(TemporalValue.localTime(try TemporalParser.localTime(text)).isoText == expected)
    }

    @Test func zonedValuesParseAndPrint() throws {
        let (t, o) = try TemporalParser.time("21:40:32.142+0100")
        #expect(TemporalValue.time(t, offsetSeconds: o).isoText == "21:40:32.142+01:00")
        #expect(try TemporalParser.dateTime("2015-07-21T21:40:32.142+0100").isoText == "2015-07-21T21:40:32.142+01:00")
        #expect(try TemporalParser.dateTime("2015-W30-2T214032.142Z").isoText == "2015-07-21T21:40:32.142Z")
        #expect(try TemporalParser.dateTime("2015T214032-0100").isoText == "2015-01-01T21:40:32-01:00")
        #expect(try TemporalParser.dateTime("20150721T21:40-01:30").isoText == "2015-07-21T21:40-01:30")
        #expect(try TemporalParser.dateTime("2015202T21+18:00").isoText == "2015-07-21T21:00+18:00")
        #expect(
            try TemporalParser.dateTime("2015-07-21T21:40:32.142[Europe/London]").isoText
                == "2015-07-21T21:40:32.142+01:00[Europe/London]")
        #expect(
            try TemporalParser.dateTime("2015-07-21T21:40:32.142-04[America/New_York]").isoText
                == "2015-07-21T21:40:32.142-04:00[America/New_York]")
        #expect(
            try TemporalParser.dateTime("1984-07-21T21:40:32.142[Europe/Stockholm]").isoText
                == "1984-07-21T21:40:32.142+02:00[Europe/Stockholm]")
    }

    @Test(arguments: [
        ("P14DT16H12M", "P14DT16H12M"), ("P5M1.5D", "P5M1DT12H"), ("P0.75M", "P22DT19H51M49.5S"),
        ("PT0.75M", "PT45S"), ("P2.5W", "P17DT12H"), ("P12Y5M14DT16H12M35S", "P12Y5M14DT16H12M35S"),
        ("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S"), ("PT0S", "PT0S"), ("PT-0.5S", "PT-0.5S"),
        ("PT1.000000001S", "PT1.000000001S"), ("-P1D", "P-1D"),
    ])
    func durationsParseAndPrint(_ text: String, _ expected: String) throws {
        #expect(try TemporalParser.duration(text).isoText == expected)
    }

    @Test func badTextIsAnErrorNamingTheType() {
        #expect(throws: TemporalError.invalidText("2015-12-01x", expected: "date")) { try TemporalParser.date("2015-12-01x") }
        #expect(throws: TemporalError.fieldOutOfRange("month", 13, valid: 1...12)) { try TemporalParser.date("2015-13-01") }
        #expect(throws: TemporalError.fieldOutOfRange("day", 29, valid: 1...28)) { try TemporalParser.date("2019-02-29") }
        #expect(throws: TemporalError.self) { try TemporalParser.duration("P1H") }
        #expect(throws: TemporalError.unknownTimeZone("Mars/Olympus")) {
            try TemporalParser.dateTime("2015-07-21T21:40[Mars/Olympus]")
        }
    }
}

@Suite struct ConstructionTests {
    @Test func datesFromFields() throws {
        #expect(try build(.date, [("year", .integer(1984)), ("month", .integer(10)), ("day", .integer(11))]) == "1984-10-11")
        #expect(try build(.date, [("year", .integer(1984)), ("week", .integer(10)), ("dayOfWeek", .integer(3))]) == "1984-03-07")
        #expect(try build(.date, [("year", .integer(1984)), ("quarter", .integer(3)), ("dayOfQuarter", .integer(45))]) == "1984-08-14")
        #expect(try build(.date, [("year", .integer(1984)), ("ordinalDay", .integer(202))]) == "1984-07-20")
        #expect(try build(.date, [("year", .integer(1984))]) == "1984-01-01")
        #expect(throws: TemporalError.self) { try build(.date, [("year", .integer(1984)), ("day", .integer(3))]) }
        #expect(throws: TemporalError.self) { try build(.date, [("month", .integer(3))]) }
    }

    @Test func selectionOverridesFieldsByJavaTimeRules() throws {
        let other = TemporalComponent.temporal(.date(try TemporalParser.date("1984-10-11")))
        #expect(try build(.date, [("date", other)]) == "1984-10-11")
        #expect(try build(.date, [("date", other), ("year", .integer(28))]) == "0028-10-11")
        #expect(try build(.date, [("date", other), ("day", .integer(28))]) == "1984-10-28")
        #expect(try build(.date, [("date", other), ("week", .integer(1))]) == "1984-01-05")
        #expect(try build(.date, [("date", other), ("ordinalDay", .integer(28))]) == "1984-01-28")
        #expect(try build(.date, [("date", other), ("quarter", .integer(3))]) == "1984-07-11")
    }

    @Test func timesAndZones() throws {
        #expect(
            try build(.localTime, [("hour", .integer(12)), ("minute", .integer(31)), ("second", .integer(14)), ("nanosecond", .integer(645_876_123))])
                == "12:31:14.645876123")
        #expect(
            try build(.localTime, [("hour", .integer(12)), ("minute", .integer(31)), ("second", .integer(14)), ("millisecond", .integer(645)), ("microsecond", .integer(876))])
                == "12:31:14.645876")
        #expect(try build(.time, [("hour", .integer(10)), ("minute", .integer(35)), ("timezone", .text("-08:00"))]) == "10:35-08:00")
        #expect(
            try build(.dateTime, [("year", .integer(1984)), ("month", .integer(10)), ("day", .integer(11)), ("hour", .integer(12)), ("timezone", .text("Europe/Stockholm"))])
                == "1984-10-11T12:00+01:00[Europe/Stockholm]")
        #expect(try build(.dateTime, [("epochSeconds", .integer(416_779)), ("nanosecond", .integer(999_999_999))]) == "1970-01-05T19:46:19.999999999Z")
        #expect(try build(.dateTime, [("epochMillis", .integer(237_821_673_987))]) == "1977-07-15T13:34:33.987Z")
        #expect(throws: TemporalError.self) { try build(.localTime, [("minute", .integer(3))]) }
    }

    @Test func aDatetimeMovesToAnotherZoneAtTheSameInstant() throws {
        let other = TemporalComponent.temporal(try TemporalParser.dateTime("1984-10-11T12:31:14.645876123+01:00"))
        #expect(try build(.dateTime, [("datetime", other), ("timezone", .text("America/Los_Angeles"))]) == "1984-10-11T04:31:14.645876123-07:00[America/Los_Angeles]")
    }

    @Test func durationsFromFractionalFields() throws {
        #expect(try CypherDuration.approximate(months: 0.75, days: 0, seconds: 0, nanoseconds: 0).isoText == "P22DT19H51M49.5S")
        #expect(try CypherDuration.approximate(months: 0, days: 17.5, seconds: 0, nanoseconds: 0).isoText == "P17DT12H")
        #expect(try CypherDuration.approximate(months: 30, days: 0, seconds: 0, nanoseconds: 0).isoText == "P2Y6M")
    }
}

@Suite struct ArithmeticTests {
    private func duration(_ text: String) throws -> CypherDuration { try TemporalParser.duration(text) }

    @Test func addingDurationsFollowsTheCalendar() throws {
        let date = TemporalValue.date(try TemporalParser.date("1984-10-31"))
        #expect(try date.adding(duration("P1M")).isoText == "1984-11-30")
        #expect(try date.adding(duration("P1M1DT25H")).isoText == "1984-12-02")
        #expect(try date.subtracting(duration("P1Y")).isoText == "1983-10-31")
        let time = TemporalValue.localTime(try TemporalParser.localTime("23:00"))
        #expect(try time.adding(duration("P1DT2H")).isoText == "01:00")
        let dt = try TemporalParser.dateTime("2018-03-24T12:00[Europe/Stockholm]")
        // Across the switch to summer time a day stays a calendar day; 24 hours do not.
        #expect(try dt.adding(duration("P1D")).isoText == "2018-03-25T12:00+02:00[Europe/Stockholm]")
        #expect(try dt.adding(duration("PT24H")).isoText == "2018-03-25T13:00+02:00[Europe/Stockholm]")
        #expect(try duration("P1M").multiplied(by: 0.5).isoText == "P15DT5H14M33S")
    }

    @Test func durationBetweenValues() throws {
        func between(_ a: TemporalValue, _ b: TemporalValue, _ unit: DurationUnit? = nil) throws -> String {
            try TemporalValue.duration(from: a, to: b, unit: unit).isoText
        }
        let d1 = TemporalValue.date(try TemporalParser.date("1984-10-11"))
        let d2 = TemporalValue.date(try TemporalParser.date("2015-06-24"))
        #expect(try between(d1, d2) == "P30Y8M13D")
        #expect(try between(d2, d1) == "P-30Y-8M-13D")
        #expect(try between(d1, d2, .months) == "P30Y8M")
        #expect(try between(d1, d2, .days) == "P11213D")
        let dt1 = TemporalValue.localDateTime(try TemporalParser.date("2018-01-01"), try TemporalParser.localTime("12:00"))
        let dt2 = TemporalValue.localDateTime(try TemporalParser.date("2018-02-01"), try TemporalParser.localTime("11:00"))
        #expect(try between(dt1, dt2) == "P30DT23H")
        let t1 = TemporalValue.localTime(try TemporalParser.localTime("14:30"))
        let t2 = TemporalValue.localTime(try TemporalParser.localTime("16:30:00.5"))
        #expect(try between(t1, t2) == "PT2H0.5S")
        #expect(try between(d1, t1) == "PT14H30M")
        let z1 = try TemporalParser.dateTime("2018-03-24T12:00[Europe/Stockholm]")
        let z2 = try TemporalParser.dateTime("2018-03-25T12:00[Europe/Stockholm]")
        #expect(try between(z1, z2) == "P1D")
        #expect(try between(z1, z2, .seconds) == "PT23H")
    }

    @Test func truncation() throws {
        let dt = try TemporalParser.dateTime("2017-11-11T12:31:14.645876123+01:00")
        func trunc(_ kind: TemporalKind, _ unit: String, _ overrides: [(String, TemporalComponent)] = []) throws -> String {
            try TemporalBuilder.truncate(kind, unit: unit, dt, overrides: overrides, clock: clock).isoText
        }
        #expect(try trunc(.date, "millennium") == "2000-01-01")
        #expect(try trunc(.date, "century") == "2000-01-01")
        #expect(try trunc(.date, "decade") == "2010-01-01")
        #expect(try trunc(.date, "weekYear") == "2017-01-02")
        #expect(try trunc(.date, "quarter") == "2017-10-01")
        #expect(try trunc(.date, "week", [("dayOfWeek", .integer(2))]) == "2017-11-07")
        #expect(try trunc(.dateTime, "hour") == "2017-11-11T12:00+01:00")
        #expect(try trunc(.localTime, "millisecond") == "12:31:14.645")
        #expect(try trunc(.dateTime, "day", [("timezone", .text("Europe/Stockholm"))]) == "2017-11-11T00:00+01:00[Europe/Stockholm]")
        #expect(throws: TemporalError.self) { try trunc(.localTime, "week") }
    }

    @Test func fieldsOfValues() throws {
        let dt = try TemporalParser.dateTime("1984-11-11T12:31:14.645876123+01:00[Europe/Stockholm]")
        #expect(try dt.field("year") == .integer(1984))
        #expect(try dt.field("quarter") == .integer(4))
        #expect(try dt.field("week") == .integer(45))
        #expect(try dt.field("weekYear") == .integer(1984))
        #expect(try dt.field("dayOfQuarter") == .integer(42))
        #expect(try dt.field("ordinalDay") == .integer(316))
        #expect(try dt.field("dayOfWeek") == .integer(7))
        #expect(try dt.field("millisecond") == .integer(645))
        #expect(try dt.field("microsecond") == .integer(645_876))
        #expect(try dt.field("timezone") == .text("Europe/Stockholm"))
        #expect(try dt.field("offset") == .text("+01:00"))
        #expect(try dt.field("offsetMinutes") == .integer(60))
        #expect(try dt.field("epochSeconds") == .integer(469_020_674))
        #expect(try dt.field("epochMillis") == .integer(469_020_674_645))
        let d = TemporalValue.duration(try TemporalParser.duration("P1Y4M10DT1H1M1.111111111S"))
        #expect(try d.field("years") == .integer(1))
        #expect(try d.field("months") == .integer(16))
        #expect(try d.field("monthsOfYear") == .integer(4))
        #expect(try d.field("minutes") == .integer(61))
        #expect(try d.field("milliseconds") == .integer(3_661_111))
        #expect(try d.field("nanosecondsOfSecond") == .integer(111_111_111))
        #expect(try TemporalValue.date(LocalDate(dayNumber: 0)).field("hour") == nil)
        let long = TemporalValue.duration(try TemporalParser.duration("PT3000000H"))
        #expect(throws: TemporalError.overflow) { try long.field("nanoseconds") }
        let far = try TemporalParser.dateTime("+999999999-12-31T23:59:59Z")
        #expect(throws: TemporalError.overflow) { try far.field("epochMillis") }
        #expect(try far.field("epochSeconds") == .integer(31_556_889_832_780_799))
    }
}
