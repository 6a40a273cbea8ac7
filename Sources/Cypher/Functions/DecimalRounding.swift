// round(x, precision [, mode]) as Neo4j computes it: the float's shortest decimal text (Java's
// BigDecimal.valueOf(double)) rounded to `precision` decimal places by one of java.math.RoundingMode's
// modes, then read back as a float. Rounding the decimal text, not the binary value, is what makes
// round(1.005, 2) = 1.01 (the float 1.005 is slightly below 1.005, but its text is "1.005").

/// java.math.RoundingMode, by its Java name.
enum DecimalRoundingMode: String, CaseIterable {
    case up = "UP", down = "DOWN", ceiling = "CEILING", floor = "FLOOR"
    case halfUp = "HALF_UP", halfDown = "HALF_DOWN", halfEven = "HALF_EVEN", unnecessary = "UNNECESSARY"
}

enum DecimalRounding {
    /// `x` rounded to `precision` decimal places (negative: to tens, hundreds, …) by `mode`; nil when the
    /// mode is UNNECESSARY and rounding would change the value. NaN and infinities are returned as they are.
    static func round(_ x: Double, precision: Int, mode: DecimalRoundingMode) -> Double? {
        guard x.isFinite else { return x }
        // A zero has no sign once rounded (a BigDecimal zero has none).
        guard x != 0 else { return 0 }
        guard var decimal = Decimal(x) else { return x }
        // Beyond ±1,000 places every float rounds as it does at ±1,000 (its text has at most 17 digits
        // and an exponent within ±324), and the arithmetic below stays far from overflowing.
        let precision = max(-1000, min(1000, precision))
        // value = (-1)^negative × digits × 10^(-scale)
        let drop = decimal.scale - precision
        guard drop > 0 else { return x }
        let kept = max(0, decimal.digits.count - drop)
        let dropped = decimal.digits[kept...]
        // Digits dropped beyond those written are zeros.
        let first = drop <= decimal.digits.count ? dropped.first ?? 0 : 0
        let restNonZero = drop <= decimal.digits.count ? dropped.dropFirst().contains { $0 != 0 } : dropped.contains { $0 != 0 }
        let discardedNonZero = first != 0 || restNonZero
        decimal.digits.removeSubrange(kept...)
        decimal.scale = precision
        let lastOdd = (decimal.digits.last ?? 0) % 2 == 1
        let awayFromZero: Bool
        switch mode {
        case .up: awayFromZero = discardedNonZero
        case .down: awayFromZero = false
        case .ceiling: awayFromZero = discardedNonZero && !decimal.negative
        case .floor: awayFromZero = discardedNonZero && decimal.negative
        case .halfUp: awayFromZero = first >= 5
        case .halfDown: awayFromZero = first > 5 || (first == 5 && restNonZero)
        case .halfEven: awayFromZero = first > 5 || (first == 5 && (restNonZero || lastOdd))
        case .unnecessary:
            if discardedNonZero { return nil }
            awayFromZero = false
        }
        if awayFromZero { decimal.incrementMagnitude() }
        return decimal.doubleValue
    }

    /// A finite float's shortest decimal text as digits and a scale.
    private struct Decimal {
        var negative: Bool
        var digits: [UInt8]
        var scale: Int

        /// Parses Swift's shortest round-trip text of `x` ("1.005", "1e-05", "1.2345e+20").
        init?(_ x: Double) {
            var text = Substring(x.description)
            negative = text.hasPrefix("-")
            if negative { text = text.dropFirst() }
            var exponent = 0
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                guard let value = Int(text[text.index(after: e)...].replacing("+", with: "")) else { return nil }
                exponent = value
                text = text[..<e]
            }
            digits = []
            scale = 0
            var afterPoint = false
            for c in text {
                if c == "." {
                    afterPoint = true
                    continue
                }
                guard let d = c.wholeNumberValue else { return nil }
                digits.append(UInt8(d))
                if afterPoint { scale += 1 }
            }
            scale -= exponent
            // Leading zeros carry no digit: dropping them keeps the value and the scale.
            while digits.count > 1, digits.first == 0 { digits.removeFirst() }
        }

        /// Adds one unit in the last place.
        mutating func incrementMagnitude() {
            var i = digits.count - 1
            while i >= 0 {
                if digits[i] < 9 {
                    digits[i] += 1
                    return
                }
                digits[i] = 0
                i -= 1
            }
            digits.insert(1, at: 0)
        }

        /// The value as a float; zero is +0.0, as a BigDecimal zero has no sign.
        var doubleValue: Double {
            guard digits.contains(where: { $0 != 0 }) else { return 0 }
            let text = (negative ? "-" : "") + digits.map(String.init).joined() + "e\(-scale)"
            return Double(text) ?? .nan
        }
    }
}
