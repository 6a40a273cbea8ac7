// The errors the store itself raises: writes that would break the graph's invariants. The query engine
// maps them to Cypher's error categories; each case carries the entity it concerns.

/// A write the store refuses.
public enum GraphStoreError: Error, Sendable, Equatable {
    /// The node was deleted earlier in this transaction (or never existed).
    case nodeNotFound(NodeID)
    /// The relationship was deleted earlier in this transaction (or never existed).
    case relationshipNotFound(RelationshipID)
    /// A node still has relationships and cannot be deleted without detaching it.
    case nodeHasRelationships(NodeID, count: Int)
    /// The value cannot be stored as a property (maps, nodes, paths, lists of mixed or nested values).
    case invalidPropertyValue(key: String, typeName: String)
    /// A write would give two nodes with the same label the same value of a uniquely constrained key.
    case uniqueConstraintViolation(label: String, key: String, value: Value, existing: NodeID)
    /// An index or constraint with this definition already exists.
    case schemaElementExists(String)
    /// No index or constraint has this name or definition.
    case schemaElementNotFound(String)
}
