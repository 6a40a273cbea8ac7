// From values to looks. Colours: categories take the Okabe–Ito palette (distinguishable with every
// common colour-vision deficiency; beyond seven categories the six most frequent keep a colour and the
// rest are "other"), numbers the viridis scale (perceptually even, readable in grey). Sizes: a node's
// area is proportional to its value. Each scale also describes itself for the legend.

import GraphStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An RGB colour.
public struct RGB: Sendable, Equatable {
    public var red: Double, green: Double, blue: Double

    public init(hex: UInt32) {
        red = Double((hex >> 16) & 0xFF) / 255
        green = Double((hex >> 8) & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
    }

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [red, green, blue] {
            let byte = Int((min(1, max(0, channel)) * 255).rounded())
            text.append(digits[byte / 16])
            text.append(digits[byte % 16])
        }
        return text
    }

    /// Black or white, whichever reads better on this colour (by relative luminance).
    public var textColor: String {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return luminance < 0.2 ? "#ffffff" : "#000000"
    }

    func mixed(with other: RGB, _ t: Double) -> RGB {
        RGB(red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t)
    }
}

public enum Palette {
    /// Okabe & Ito (2008), without black: orange, sky blue, bluish green, yellow, blue, vermillion,
    /// reddish purple.
    public static let categories: [RGB] = [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7].map(RGB.init(hex:))
    /// The colour of "other" categories.
    public static let other = RGB(hex: 0xBBBBBB)
    /// viridis (matplotlib), at 0, ¼, ½, ¾ and 1.
    public static let viridis: [RGB] = [0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725].map(RGB.init(hex:))

    /// viridis at `t` in [0, 1].
    public static func viridis(at t: Double) -> RGB {
        let x = min(1, max(0, t.isNaN ? 0 : t)) * Double(viridis.count - 1)
        let i = min(Int(x), viridis.count - 2)
        return viridis[i].mixed(with: viridis[i + 1], x - Double(i))
    }
}

/// The text a value shows in a caption or legend.
func displayText(_ value: Value) -> String {
    switch value {
    case .string(let s): return s
    case .float(let f): return formatNumber(f)
    default: return value.literal
    }
}

/// A number with three significant digits (whole numbers from 100 on).
func formatNumber(_ x: Double) -> String {
    guard x.isFinite else { return String(x) }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    if abs(x) >= 100 { return String(Int64(x.rounded())) }
    var scale = 1.0
    var digits = 0
    while abs(x) * scale < 100, digits < 12 {
        scale *= 10
        digits += 1
    }
    let rounded = (x * scale).rounded() / scale
    var text = String(rounded)
    if text.contains("e") { return text }
    // Drop a float's trailing zeros ("0.0120" → "0.012").
    while text.hasSuffix("0"), text.contains(".") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}

/// Colours for a set of values.
public enum ColorScale: Sendable, Equatable {
    /// Each listed value its colour; values not listed are "other".
    case categories([(value: Value, color: RGB)], hasOther: Bool)
    /// Numbers from min to max along viridis.
    case numbers(min: Double, max: Double)

    /// The scale for `values` (nulls ignored); nil when there is no value.
    public static func make(for values: [Value], scale: Mapping.Scale, option: String, by: String) throws(StyleError) -> ColorScale? {
        let present = values.filter { !$0.isNull }
        guard !present.isEmpty else { return nil }
        let numbers = present.compactMap(\.numericValue)
        let allNumbers = numbers.count == present.count
        var distinct: [Value] = []
        var counts: [Value: Int] = [:]
        for value in present {
            if counts[value] == nil { distinct.append(value) }
            counts[value, default: 0] += 1
        }
        let continuous: Bool
        switch scale {
        case .numbers:
            guard allNumbers else { throw .notNumbers(option: option, by: by, example: Self.example(present)) }
            continuous = true
        case .categories:
            continuous = false
        case .automatic:
            let allIntegers = present.allSatisfy { if case .int = $0 { return true } else { return false } }
            continuous = allNumbers && !(allIntegers && distinct.count <= Palette.categories.count)
        }
        if continuous {
            return .numbers(min: numbers.min() ?? 0, max: numbers.max() ?? 0)
        }
        // In the values' own order (so colours are stable from picture to picture); when there are too
        // many, the most frequent keep a colour.
        distinct.sort { Value.orderCompare($0, $1) < 0 }
        var kept = distinct
        let tooMany = distinct.count > Palette.categories.count
        if tooMany {
            let frequent = Set(distinct.sorted { counts[$0, default: 0] > counts[$1, default: 0] }.prefix(Palette.categories.count - 1))
            kept = distinct.filter { frequent.contains($0) }
        }
        return .categories(kept.enumerated().map { ($0.element, Palette.categories[$0.offset]) }, hasOther: tooMany)
    }

    private static func example(_ values: [Value]) -> String {
        let first = values.first { $0.numericValue == nil } ?? values[0]
        return "\(first.typeName.lowercased()) values such as \(first.literal)"
    }

    /// The colour of `value`, or nil for null (the node keeps its label's colour).
    public func color(of value: Value) -> RGB? {
        if value.isNull { return nil }
        switch self {
        case .categories(let entries, _):
            return entries.first { $0.value == value }?.color ?? Palette.other
        case .numbers(let low, let high):
            guard let x = value.numericValue else { return Palette.other }
            return Palette.viridis(at: high > low ? (x - low) / (high - low) : 0.5)
        }
    }

    public static func == (a: ColorScale, b: ColorScale) -> Bool {
        switch (a, b) {
        case (.categories(let x, let xo), .categories(let y, let yo)):
            return xo == yo && x.map(\.value) == y.map(\.value) && x.map(\.color) == y.map(\.color)
        case (.numbers(let a0, let a1), .numbers(let b0, let b1)): return a0 == b0 && a1 == b1
        default: return false
        }
    }
}

/// Node widths (inches) whose areas are proportional to the values.
public struct SizeScale: Sendable, Equatable {
    /// The width of the largest value's node, and the least width any node gets.
    public static let largest = 1.6
    public static let smallest = 0.25

    public var min: Double
    public var max: Double

    /// The scale for `values`; nil when none is a number. Values must be numbers or null.
    public static func make(for values: [Value], option: String, by: String) throws(StyleError) -> SizeScale? {
        let present = values.filter { !$0.isNull }
        if let bad = present.first(where: { $0.numericValue == nil }) {
            throw .notNumbers(option: option, by: by, example: "\(bad.typeName.lowercased()) values such as \(bad.literal)")
        }
        let numbers = present.compactMap(\.numericValue)
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        return SizeScale(min: low, max: high)
    }

    /// The width of a node whose value is `value`: area ∝ value, never below `smallest`.
    public func width(of value: Value) -> Double {
        guard let x = value.numericValue, max > 0, x > 0 else { return Self.smallest }
        return Swift.max(Self.smallest, Self.largest * (x / max).squareRoot())
    }
}
