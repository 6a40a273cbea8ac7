// Accumulators for the aggregate functions: each group of the Aggregate operator keeps one accumulator
// per aggregate, fed one value per row. DISTINCT aggregates first filter values through a set.

import Foundation

/// The running state of one aggregate within one group. A class, so that the Aggregate operator updates
/// it in place through its table of groups without copying.
///
/// Its fields are `@exclusivity(unchecked)`: an accumulator is fed by one operator on one thread, one value
/// at a time, and no access to a field overlaps another access to it — the run-time checks could never fire.
final class Accumulator {
    let kind: AggregateKind
    let distinct: Bool
    @exclusivity(unchecked) private var seen = ValueRowSet(width: 1)
    /// Seen nodes (id × 2) and relationships (id × 2 + 1) of a DISTINCT aggregate: cheaper than `seen`.
    @exclusivity(unchecked) private var seenElements = IntSet()
    @exclusivity(unchecked) private var count: Int64 = 0
    @exclusivity(unchecked) private var intSum: Int64 = 0
    @exclusivity(unchecked) private var floatSum: Double = 0
    @exclusivity(unchecked) private var intOverflowed = false
    /// sum()'s total once a float came (nil before): the exact integer sum so far, then every value added
    /// as a float (Neo4j adds in order, promoting to float at the first float).
    @exclusivity(unchecked) private var promotedSum: Double?
    /// sum()'s integers overflowed before any float came: an error, as in Neo4j.
    @exclusivity(unchecked) private var overflowedBeforeFloat = false
    /// The sum of the durations a sum() or avg() was given (which then takes no number).
    @exclusivity(unchecked) private var durationSum: Value?
    @exclusivity(unchecked) private var extreme: Value = .null
    @exclusivity(unchecked) private var values: [Value] = []
    @exclusivity(unchecked) private var mean: Double = 0
    @exclusivity(unchecked) private var m2: Double = 0
    var percentile: Double = 0

    init(kind: AggregateKind, distinct: Bool, percentile: Double = 0) {
        self.kind = kind
        self.distinct = distinct
        self.percentile = percentile
    }

    /// A fresh accumulator of the same aggregate.
    func empty() -> Accumulator { Accumulator(kind: kind, distinct: distinct, percentile: percentile) }

    /// Adds one row's value. Nulls are ignored by every aggregate (count(*) is counted separately).
    func add(_ value: Value, _ range: SourceRange) throws(CypherError) {
        if value.isNull { return }
        if distinct {
            switch value {
            case .node(let id): guard seenElements.insert(id.rawValue << 1) else { return }
            case .relationship(let id): guard seenElements.insert(id.rawValue << 1 | 1) else { return }
            default: guard seen.insert(value) else { return }
            }
        }
        switch kind {
        case .count:
            count += 1
        case .sum, .avg:
            let name = kind == .sum ? "sum" : "avg"
            var isDuration = false
            if case .temporal(.duration) = value { isDuration = true }
            // Numbers came before (a count without a duration sum), or a duration did and this is a number.
            if count > 0, (durationSum == nil) == isDuration, isDuration || value.numericValue != nil {
                throw .runtime(.invalidArgumentType("\(name)() cannot mix numbers and durations"), at: range, category: .typeError)
            }
            if isDuration {
                durationSum = try durationSum.map { sum throws(CypherError) in try Arithmetic.add(sum, value, range) } ?? value
                count += 1
                return
            }
            switch value {
            case .int(let i):
                let (s, o) = intSum.addingReportingOverflow(i)
                if o { intOverflowed = true }
                intSum = s
                floatSum += Double(i)
                if let promoted = promotedSum { promotedSum = promoted + Double(i) }
            case .float(let f):
                if promotedSum == nil { overflowedBeforeFloat = intOverflowed }
                floatSum += f
                promotedSum = (promotedSum ?? Double(intSum)) + f
            default:
                throw .runtime(
                    .invalidArgumentType("\(name)() expects numbers or durations, got \(value.typeName)"),
                    at: range, category: .typeError)
            }
            count += 1
        case .min:
            if extreme.isNull || Value.orderCompare(value, extreme) < 0 { extreme = value }
        case .max:
            if extreme.isNull || Value.orderCompare(value, extreme) > 0 { extreme = value }
        case .collect:
            values.append(value)
        case .stDev, .stDevP:
            guard let x = value.numericValue else {
                throw .runtime(.invalidArgumentType("stDev() expects numbers, got \(value.typeName)"), at: range, category: .typeError)
            }
            count += 1
            let delta = x - mean
            mean += delta / Double(count)
            m2 += delta * (x - mean)
        case .percentileCont, .percentileDisc:
            guard value.numericValue != nil else {
                throw .runtime(.invalidArgumentType("percentile expects numbers, got \(value.typeName)"), at: range, category: .typeError)
            }
            values.append(value)
        }
    }

    /// Counts one row for count(*).
    func addRow() { count += 1 }

    /// The aggregate's value for the group.
    func result(_ range: SourceRange) throws(CypherError) -> Value {
        switch kind {
        case .count: return .int(count)
        case .sum:
            if let durationSum { return durationSum }
            if let promotedSum, !overflowedBeforeFloat { return .float(promotedSum) }
            if intOverflowed { throw .runtime(.numberOutOfRange("sum() overflows"), at: range, category: .arithmeticError) }
            return .int(intSum)
        case .avg:
            if let durationSum { return try Arithmetic.divide(durationSum, .int(count), range) }
            return count == 0 ? .null : .float(promotedSum != nil || intOverflowed ? floatSum / Double(count) : Double(intSum) / Double(count))
        case .min, .max: return extreme
        case .collect: return .list(values)
        case .stDev: return count < 2 ? .float(0) : .float((m2 / Double(count - 1)).squareRoot())
        case .stDevP: return count == 0 ? .float(0) : .float((m2 / Double(count)).squareRoot())
        case .percentileCont:
            guard !values.isEmpty else { return .null }
            // NaN sorts after every number, as in Neo4j (`<` alone is no order once a NaN is present).
            let sorted = values.compactMap(\.numericValue).sorted { a, b in !a.isNaN && (b.isNaN || a < b) }
            let position = percentile * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
            let fraction = position - Double(lower)
            return .float(sorted[lower] + (sorted[upper] - sorted[lower]) * fraction)
        case .percentileDisc:
            guard !values.isEmpty else { return .null }
            let sorted = values.sorted { Value.orderCompare($0, $1) < 0 }
            let index = percentile == 0 ? 0 : Int((percentile * Double(sorted.count)).rounded(.up)) - 1
            return sorted[max(0, min(sorted.count - 1, index))]
        }
    }
}
