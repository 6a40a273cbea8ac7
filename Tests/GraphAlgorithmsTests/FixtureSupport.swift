// Reading the NetworkX fixtures (made by make_fixtures.py) and turning them into a PropertyGraph: node
// index i becomes the i-th created node (label `N`), each edge a relationship `E` with weight property
// `w`. Comparisons are absolute on normalized values and relative on raw ones (|a − b| ≤ tol·max(1, |b|)).

import Foundation
import GraphStore
import Testing

@testable import GraphAlgorithms

struct Fixture {
    let name: String
    let json: [String: Any]

    init(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        let data = try Data(contentsOf: url)
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        self.name = name
    }

    var directed: Bool { json["directed"] as? Bool ?? false }
    var weighted: Bool { json["weighted"] as? Bool ?? false }
    var nodeCount: Int { Int(number(json["nodeCount"]) ?? 0) }
    var edges: [[Double]] { (json["edges"] as? [Any] ?? []).map { ($0 as? [Any] ?? []).map { number($0) ?? .nan } } }
    var expected: [String: Any] { json["expected"] as? [String: Any] ?? [:] }

    /// A numeric array of `expected`.
    func vector(_ key: String, in map: [String: Any]? = nil) throws -> [Double] {
        let source = map ?? expected
        let list = try #require(source[key] as? [Any], "fixture \(name) has no \(key)")
        return list.map { number($0) ?? .nan }
    }

    func map(_ key: String) throws -> [String: Any] {
        try #require(expected[key] as? [String: Any], "fixture \(name) has no \(key)")
    }

    /// A partition as sorted lists of node indexes.
    func partition(_ key: String, in map: [String: Any]? = nil) throws -> [[Int]] {
        let source = map ?? expected
        return try #require(integerLists(source[key]), "fixture \(name) has no partition \(key)")
    }

    /// The fixture as a property graph: nodes 0..<n labelled N, relationships E with property w.
    func propertyGraph() throws -> PropertyGraph {
        let graph = PropertyGraph()
        let label = graph.internLabel("N")
        let type = graph.internRelationshipType("E")
        let w = graph.internPropertyKey("w")
        var ids: [NodeID] = []
        for _ in 0..<nodeCount { ids.append(try graph.createNode(labels: [label])) }
        for e in edges {
            let properties: [(PropertyKeyID, Value)] =
                e.count > 2 ? [(w, e[2] == e[2].rounded() ? .int(Int64(e[2])) : .float(e[2]))] : []
            try graph.createRelationship(type: type, from: ids[Int(e[0])], to: ids[Int(e[1])], properties: properties)
        }
        return graph
    }

    /// The compact view NetworkX's graph corresponds to (or its reverse, for measures of distances *to* a node).
    func view(weighted: Bool = false, reversed: Bool = false) throws -> CompactGraph {
        let direction: SelectionDirection = directed ? (reversed ? .in : .out) : .both
        let selection = GraphSelection(labels: ["N"], types: ["E"], direction: direction, weightProperty: weighted ? "w" : nil)
        return try CompactGraph(selecting: selection, from: try propertyGraph())
    }
}

/// A JSON number as a Double, whatever type JSONSerialization chose for it.
func number(_ x: Any?) -> Double? {
    if let d = x as? Double { return d }
    if let i = x as? Int { return Double(i) }
    return (x as? NSNumber)?.doubleValue
}

/// A JSON list of lists of integers.
func integerLists(_ x: Any?) -> [[Int]]? {
    guard let outer = x as? [Any] else { return nil }
    var result: [[Int]] = []
    for inner in outer {
        guard let list = inner as? [Any] else { return nil }
        result.append(list.compactMap { number($0).map { Int($0) } })
    }
    return result
}

/// Expects `actual` to equal `expected` elementwise within `tolerance` (relative to max(1, |expected|)).
func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    var worst = 0.0
    var worstIndex = -1
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        let error = abs(a - e) / max(1, abs(e))
        if !(error <= worst) {
            worst = error
            worstIndex = i
        }
    }
    #expect(
        worst <= tolerance,
        "\(what): node \(worstIndex) is \(worstIndex >= 0 ? actual[worstIndex] : .nan), expected \(worstIndex >= 0 ? expected[worstIndex] : .nan)",
        sourceLocation: sourceLocation)
}

/// Node indexes grouped by a per-node label, as sorted lists (to compare with NetworkX's partitions).
func groups(_ labels: [Int32]) -> [[Int]] {
    var byLabel: [Int32: [Int]] = [:]
    for (i, l) in labels.enumerated() { byLabel[l, default: []].append(i) }
    return byLabel.values.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
}

/// The names of every graph fixture (not the bundled-dataset ones).
let graphFixtures = [
    "undirected", "directed", "undirected-weighted", "directed-weighted", "float-weighted", "disconnected", "dag", "cliques",
    "comembership",
]
