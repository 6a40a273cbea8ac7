// Identifiers of the property graph: dense integer ids for nodes and relationships, and interned ids
// for label names, relationship-type names and property keys. Ids are stable for the life of an entity
// and never reused, so a result row holding an id keeps meaning the same entity.

/// The stable identity of a node. Ids are dense, start at 0 and are never reused after a delete.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    @inlinable public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "node \(rawValue)" }
}

/// The stable identity of a relationship. Ids are dense, start at 0 and are never reused after a delete.
public struct RelationshipID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    @inlinable public static func < (a: RelationshipID, b: RelationshipID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "relationship \(rawValue)" }
}

/// An interned label name.
public struct LabelID: Hashable, Comparable, Sendable {
    public let rawValue: Int32
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }
    @inlinable public static func < (a: LabelID, b: LabelID) -> Bool { a.rawValue < b.rawValue }
}

/// An interned relationship-type name.
public struct RelationshipTypeID: Hashable, Comparable, Sendable {
    public let rawValue: Int32
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }
    @inlinable public static func < (a: RelationshipTypeID, b: RelationshipTypeID) -> Bool { a.rawValue < b.rawValue }
}

/// An interned property key.
public struct PropertyKeyID: Hashable, Comparable, Sendable {
    public let rawValue: Int32
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }
    @inlinable public static func < (a: PropertyKeyID, b: PropertyKeyID) -> Bool { a.rawValue < b.rawValue }
}

/// Direction of a traversal relative to the node it starts from.
public enum Direction: Sendable, Hashable {
    /// Follow relationships whose start node is the current node.
    case outgoing
    /// Follow relationships whose end node is the current node.
    case incoming
    /// Follow relationships in either direction.
    case both
}
