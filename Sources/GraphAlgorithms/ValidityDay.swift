// Networks as of a day: an element (a membership relationship, a cluster) takes part when the dates it
// carries say it was valid then — every start date (`since`, `founded`, `start`) on or before the day,
// every end date (`until`, `end`) on or after it. An element without dates is always valid; a property
// that is not a date (a year as an integer, a string) is not read as one.

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

    /// True when the properties' dates say the element was valid on the day.
    public func admits(_ properties: PropertyMap, in graph: PropertyGraph) -> Bool {
        for key in startKeys {
            if let id = graph.propertyKeyID(key), let start = Self.day(of: properties[id]), start > day { return false }
        }
        for key in endKeys {
            if let id = graph.propertyKeyID(key), let end = Self.day(of: properties[id]), end < day { return false }
        }
        return true
    }

    public func admits(_ node: NodeID, in graph: PropertyGraph) -> Bool {
        admits(graph.properties(of: node), in: graph)
    }

    public func admits(_ relationship: RelationshipID, in graph: PropertyGraph) -> Bool {
        admits(graph.properties(of: relationship), in: graph)
    }
}
