// The Cypher module re-exports GraphStore: query results are made of GraphStore values, so a user of
// the engine needs both.
@_exported import GraphStore
