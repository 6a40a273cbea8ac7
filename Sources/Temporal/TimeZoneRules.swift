// Time zones: fixed offsets ('Z', '+01:00', '-0530', '+01') parsed here, and tz-database names
// ('Europe/Stockholm') resolved through the system's zone rules (Foundation's TimeZone). A local
// date-time in a named zone resolves as java.time does: in a gap it moves forward by the gap's length,
// in an overlap it takes the earlier offset.

import Foundation

/// Offsets of fixed and named time zones.
public enum TimeZoneRules {
    /// Parses a zone given as text: an offset, `Z`, or a tz-database name. A named zone keeps its name.
    public static func zone(named text: String) throws(TemporalError) -> (offset: Int32?, name: String?) {
        if let offset = parseOffset(text) { return (offset, nil) }
        let canonical = canonicalName(text)
        guard let canonical else { throw .unknownTimeZone(text) }
        return (nil, canonical)
    }

    /// Seconds east of UTC for text such as `Z`, `+01:00`, `-0530`, `+01`, `+01:00:30`; nil otherwise.
    public static func parseOffset(_ text: String) -> Int32? {
        let chars = Array(text.utf8)
        if chars == [UInt8(ascii: "Z")] || chars == [UInt8(ascii: "z")] { return 0 }
        guard let first = chars.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return nil }
        // ±hh, ±hhmm, ±hhmmss, or with a colon between every pair: ±hh:mm, ±hh:mm:ss.
        let body = Array(chars.dropFirst())
        let extended = body.count > 2 && body[2] == UInt8(ascii: ":")
        var digits: [Int32] = []
        for (i, c) in body.enumerated() {
            if extended && i % 3 == 2 {
                guard c == UInt8(ascii: ":") else { return nil }
                continue
            }
            guard c >= 48, c <= 57 else { return nil }
            digits.append(Int32(c - 48))
        }
        guard [2, 4, 6].contains(digits.count), !extended || body.count % 3 == 2 else { return nil }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits.count >= 4 ? digits[2] * 10 + digits[3] : 0
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        guard hours <= 18, minutes < 60, seconds < 60 else { return nil }
        let total = hours * 3600 + minutes * 60 + seconds
        guard total <= 18 * 3600 else { return nil }
        return first == UInt8(ascii: "-") ? -total : total
    }

    /// The offset of zone `name` at an instant (seconds since the epoch).
    public static func offset(of name: String, atEpochSecond second: Int64) -> Int32 {
        guard let zone = lookup(name) else { return 0 }
        let clamped = Double(max(min(second, 253_402_300_799), -62_135_596_800))
        return Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: clamped)))
    }

    /// The offset a local date-time (seconds since the epoch as if it were UTC) takes in zone `name`,
    /// with `preferred` chosen in an overlap when it is one of the two offsets (java.time's rule).
    public static func resolve(localEpochSecond local: Int64, in name: String, preferred: Int32? = nil) -> (offset: Int32, shift: Int64) {
        let before = offset(of: name, atEpochSecond: local - 86_400)
        let after = offset(of: name, atEpochSecond: local + 86_400)
        let candidates = Array(Set([before, after])).filter { offset(of: name, atEpochSecond: local - Int64($0)) == $0 }
        if candidates.count == 2 {
            if let preferred, candidates.contains(preferred) { return (preferred, 0) }
            return (max(candidates[0], candidates[1]), 0)
        }
        if let only = candidates.first { return (only, 0) }
        let direct = offset(of: name, atEpochSecond: local - Int64(before))
        if direct == before || direct == after {
            // A gap: the local time does not exist; java.time moves it later by the gap's length.
            let gap = Int64(max(before, after) - min(before, after))
            return (max(before, after), gap)
        }
        return (direct, 0)
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var zones: [String: TimeZone] = [:]
    }

    private static func lookup(_ name: String) -> TimeZone? {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let known = cache.zones[name] { return known }
        // Only zones that exist are remembered: names users mistype do not pile up.
        guard let zone = TimeZone(identifier: name) else { return nil }
        cache.zones[name] = zone
        return zone
    }

    /// The tz-database spelling of a zone name (case-insensitive lookup), or nil when unknown.
    static func canonicalName(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
        // A name the tz database knows keeps the spelling given ('UTC' stays UTC, not Foundation's GMT).
        if lookup(text) != nil { return text }
        let lowered = text.lowercased()
        if let match = TimeZone.knownTimeZoneIdentifiers.first(where: { $0.lowercased() == lowered }) { return match }
        return nil
    }
}
