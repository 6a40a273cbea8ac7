// Why a temporal value could not be built, parsed or computed. The Cypher layer turns these into
// runtime errors at the position of the call; the message says what was wrong and what is accepted.

/// A failure of temporal construction, parsing or arithmetic.
public enum TemporalError: Error, Equatable, Sendable {
    /// Text that is not an ISO 8601 value of the requested type.
    case invalidText(String, expected: String)
    /// A field outside its range, such as month 13, with the values it may have.
    case fieldOutOfRange(String, Int64, valid: ClosedRange<Int64>)
    /// A map key the constructor does not know, or a combination of keys it does not accept.
    case invalidComponents(String)
    /// A time zone name the tz database does not have, or a malformed offset.
    case unknownTimeZone(String)
    /// An operation that makes no sense for the value's type, such as a month of a time.
    case unsupported(String)
    /// A result outside the representable range.
    case overflow

    public var message: String {
        switch self {
        case .invalidText(let text, let expected):
            return "'\(text)' is not a valid \(expected) (ISO 8601 text expected, such as \(Self.example(expected)))"
        case .fieldOutOfRange(let field, let value, let valid):
            return "\(field) \(value) is out of range: it must be \(valid.lowerBound) to \(valid.upperBound)"
        case .invalidComponents(let message): return message
        case .unknownTimeZone(let name):
            return "unknown time zone '\(name)' (use a tz database name such as 'Europe/Stockholm', 'Z' or an offset such as '+01:00')"
        case .unsupported(let message): return message
        case .overflow: return "temporal value out of range"
        }
    }

    private static func example(_ type: String) -> String {
        switch type {
        case "date": return "'2019-01-01'"
        case "local time": return "'12:30:00'"
        case "time": return "'12:30:00+01:00'"
        case "local datetime": return "'2019-01-01T12:30:00'"
        case "datetime": return "'2019-01-01T12:30:00+01:00[Europe/Stockholm]'"
        case "duration": return "'P1Y2M3DT4H5M6S'"
        default: return "'2019-01-01'"
        }
    }
}

/// Fails with ``TemporalError/fieldOutOfRange(_:_:valid:)`` when `value` is outside `range`.
func require(_ field: String, _ value: Int64, in range: ClosedRange<Int64>) throws(TemporalError) {
    guard range.contains(value) else { throw .fieldOutOfRange(field, value, valid: range) }
}

/// Fails with ``TemporalError/fieldOutOfRange(_:_:valid:)`` when `value` is outside `range` (not empty).
func require(_ field: String, _ value: Int64, in range: Range<Int64>) throws(TemporalError) {
    try require(field, value, in: range.lowerBound...(range.upperBound - 1))
}
