// The values of the property graph and of query evaluation: Cypher's null, booleans, 64-bit integers,
// floats, strings, lists and maps as property values, plus references to nodes, relationships and
// paths as they travel through a query, and the temporal values of the Temporal module (dates, times,
// datetimes, durations), which are property values too. Equality here (`==`, `Hashable`) is Cypher *equivalence* — the
// relation DISTINCT and grouping use, where null equals null and 1 equals 1.0; Cypher's three-valued `=`
// lives in Value+Comparison.swift.

import Temporal

/// A Cypher value.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    case map(ValueMap)
    case node(NodeID)
    case relationship(RelationshipID)
    case path(PathValue)
    /// Boxed: a temporal value is larger than the other payloads, and a Value stays two words and a tag
    /// (a test pins the size).
    indirect case temporal(TemporalValue)

    /// True when the value is `null`.
    @inlinable public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a Double when it is a number.
    @inlinable public var numericValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let f): return f
        default: return nil
        }
    }

    /// The name of the value's type as Cypher reports it in errors (`INTEGER`, `STRING`, …).
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .float: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        case .temporal(let t): return t.typeName
        }
    }

    /// True when the value may be stored as a property: null, a scalar, or a list of scalars of one type.
    public var isStorableAsProperty: Bool {
        switch self {
        case .null, .bool, .int, .float, .string, .temporal: return true
        case .list(let items):
            guard let first = items.first else { return true }
            let kind: Int
            switch first {
            case .bool: kind = 0
            case .int: kind = 1
            case .float: kind = 2
            case .string: kind = 3
            case .temporal(let t): kind = 4 + t.kindIndex
            default: return false
            }
            return items.allSatisfy { item in
                switch item {
                case .bool: return kind == 0
                case .int: return kind == 1
                case .float: return kind == 2
                case .string: return kind == 3
                case .temporal(let t): return kind == 4 + t.kindIndex
                default: return false
                }
            }
        case .map, .node, .relationship, .path: return false
        }
    }
}

/// A Cypher map: string keys to values, keeping the order in which keys were first written.
/// Maps in queries are small, so lookups scan; equality ignores key order.
public struct ValueMap: Sendable, Sequence {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []

    public init() {}

    /// A map from key–value pairs; a later duplicate key overwrites an earlier one.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The number of entries.
    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting `nil` removes the key.
    /// - Complexity: O(n) in the number of keys.
    public subscript(key: String) -> Value? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
        zip(keys, values).makeIterator()
    }
}

/// A path: alternating nodes and relationships, starting and ending with a node.
/// `nodes.count == relationships.count + 1`; the direction of each step follows from the store.
public struct PathValue: Sendable, Hashable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]

    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// A path of length zero.
    public init(single node: NodeID) {
        self.nodes = [node]
        self.relationships = []
    }

    /// The number of relationships.
    public var length: Int { relationships.count }
}

extension TemporalValue {
    /// 0…5 for the six temporal types, so that a stored list holds values of one of them.
    var kindIndex: Int {
        switch self {
        case .date: return 0
        case .localTime: return 1
        case .time: return 2
        case .localDateTime: return 3
        case .dateTime: return 4
        case .duration: return 5
        }
    }
}
