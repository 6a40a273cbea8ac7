// Networks as of a day: an element (a membership relationship, a cluster) takes part when the dates it
// carries say it was valid then — every start date (`since`, `founded`, `start`) on or before the day,
// every end date (`until`, `end`) on or after it. An end date known only to the year or month
// (`end_precision: 'year'`, as the dataset writes it) lasts to the end of that year or month. An element
// without dates is always valid; a property that is not a date (a year as an integer, a string) is not
// read as one.

import GraphStore
import Temporal

/// The day a network is looked at, and the properties that bound an element's validity.
public struct ValidityDay: Sendable, Equatable {
    public var day: LocalDate
    /// Properties holding the first day an element is valid.
    public var startKeys = ["since", "founded", "start"]
    /// Properties holding the last day an element is valid.
    public var endKeys = ["until", "end"]

    public init(_ day: LocalDate) { self.day = day }

    /// The day of a temporal value with a date (a datetime counts by its local date), nil otherwise.
    public static func day(of value: Value?) -> LocalDate? {
        guard case .temporal(let t)? = value else { return nil }
        return t.datePart
    }

    /// The test bound to a graph, its property keys looked up once.
    public func check(in graph: PropertyGraph) -> ValidityCheck {
        ValidityCheck(
            day: day, graph: graph, startKeys: startKeys.compactMap(graph.propertyKeyID),
            endKeys: endKeys.compactMap { key in
                graph.propertyKeyID(key).map { ($0, graph.propertyKeyID(key + "_precision")) }
            })
    }
}

/// A ``ValidityDay`` applied to one graph's elements.
public struct ValidityCheck {
    let day: LocalDate
    let graph: PropertyGraph
    let startKeys: [PropertyKeyID]
    /// Each end key with the key of its precision, when the graph has one.
    let endKeys: [(key: PropertyKeyID, precision: PropertyKeyID?)]

    /// True when the properties' dates say the element was valid on the day.
    public func admits(_ properties: PropertyMap) -> Bool {
        for key in startKeys {
            if let start = ValidityDay.day(of: properties[key]), start > day { return false }
        }
        for (key, precision) in endKeys {
            guard let end = ValidityDay.day(of: properties[key]) else { continue }
            let (y, m, _) = end.civil
            var last = end
            switch precision.flatMap({ properties[$0] }) {
            case .string("year")?: last = LocalDate(dayNumber: CivilCalendar.dayNumber(year: y, month: 12, day: 31))
            case .string("month")?: last = LocalDate(dayNumber: CivilCalendar.dayNumber(year: y, month: m, day: CivilCalendar.daysInMonth(y, m)))
            default: break
            }
            if last < day { return false }
        }
        return true
    }

    public func admits(_ node: NodeID) -> Bool { admits(graph.properties(of: node)) }

    public func admits(_ relationship: RelationshipID) -> Bool { admits(graph.properties(of: relationship)) }
}
