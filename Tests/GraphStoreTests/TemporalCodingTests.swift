// Temporal values in the binary layout of snapshots and the change log: each type written and read
// back equal, and bytes out of range (a time past midnight, a nanosecond beyond a second, an unknown
// kind) refused as corrupt rather than trusted.

import Temporal
import Testing

@testable import GraphStore

@Suite struct TemporalCodingTests {
    static func values() throws -> [TemporalValue] {
        [
        .date(LocalDate(dayNumber: -719_528)),
        .date(LocalDate(dayNumber: LocalDate.dayNumbers.lowerBound)),
        .date(LocalDate(dayNumber: LocalDate.dayNumbers.upperBound)),
        .localTime(LocalTime(nanosecondOfDay: 86_399_999_999_999)),
        .time(LocalTime(nanosecondOfDay: 0), offsetSeconds: -64_800),
        .localDateTime(LocalDate(dayNumber: 17_897), LocalTime(nanosecondOfDay: 1)),
        .dateTime(LocalDate(dayNumber: 18_000), LocalTime(nanosecondOfDay: 3_600_000_000_000), ZoneInfo(offsetSeconds: 3600, name: "Europe/Stockholm")),
        .dateTime(LocalDate(dayNumber: 0), LocalTime(nanosecondOfDay: 0), ZoneInfo(offsetSeconds: 0)),
        .duration(try CypherDuration(months: -14, days: 3, seconds: -1, nanoseconds: 999_999_999)),
        ]
    }

    @Test func everyTypeRoundTrips() throws {
        let values = try Self.values()
        var writer = ByteWriter()
        for value in values { writer.value(.temporal(value)) }
        writer.value(.list(values.prefix(2).map(Value.temporal)))
        var reader = ByteReader(writer.bytes)
        for value in values { #expect(try reader.value() == .temporal(value)) }
        #expect(try reader.value() == .list(values.prefix(2).map(Value.temporal)))
        #expect(reader.isAtEnd)
    }

    @Test(arguments: [
        [8, 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01] as [UInt8],  // a local time of 2⁵⁵ ns: past midnight
        [8, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],  // a day number of Int64.min
        [8, 2, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],  // an offset of Int64.min
        [8, 5, 0, 0, 0, 0x80, 0xa8, 0xd6, 0xb9, 0x07],  // 10⁹ nanoseconds in a duration
        [8, 9, 0],  // no such kind
        [8, 2, 0],  // a time cut short
    ])
    func corruptBytesAreRefused(bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        #expect(throws: CorruptData.self) { try reader.value() }
    }
}

@Suite struct ValueLayoutTests {
    /// Every row, property map and list holds Values: a temporal payload (up to 41 bytes) is boxed so
    /// that a Value stays 17 bytes (a 24-byte stride), as it was before temporal values.
    @Test func aValueStaysThreeWords() {
        #expect(MemoryLayout<Value>.size <= 17)
        #expect(MemoryLayout<Value>.stride <= 24)
    }
}
