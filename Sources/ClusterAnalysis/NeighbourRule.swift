// What counts as neighbouring countries. The seed calls Medicon Valley (Denmark–Sweden) a cross-border
// cluster although the two countries share no land border — only the sea and the Øresund fixed link —
// so the rule is the user's choice, and the default is the seed's own reading.

import GraphStore

/// Which kinds of BORDERS make two countries neighbours.
public enum NeighbourRule: String, Sendable, CaseIterable {
    /// Only a land border.
    case land = "land"
    /// A land border or a fixed link (bridge, tunnel): the seed's reading, and the default.
    case landAndFixedLink = "land+fixed_link"
    /// Any land or sea border, fixed link or not.
    case landAndMaritime = "land+maritime"

    public static let `default` = NeighbourRule.landAndFixedLink

    /// The BORDERS kinds this rule accepts.
    public var kinds: Set<String> {
        switch self {
        case .land: return ["land"]
        case .landAndFixedLink: return ["land", "fixed_link"]
        case .landAndMaritime: return ["land", "fixed_link", "maritime"]
        }
    }
}

/// The kinds of border between every pair of countries, keyed by the unordered pair.
struct BorderTable {
    private var kinds: [Pair: Set<String>] = [:]

    struct Pair: Hashable {
        let a: NodeID
        let b: NodeID
        init(_ x: NodeID, _ y: NodeID) {
            a = min(x, y)
            b = max(x, y)
        }
    }

    init(_ graph: PropertyGraph, schema: ClusterSchema) {
        guard let type = graph.relationshipTypeID(schema.borders) else { return }
        let kindKey = graph.propertyKeyID(schema.kindKey)
        for raw in graph.relationships(ofType: type) {
            let r = RelationshipID(raw)
            guard let (start, end) = graph.endpoints(of: r) else { continue }
            var kind = "land"
            if let kindKey, case .string(let k)? = graph.property(kindKey, of: r) { kind = k }
            kinds[Pair(start, end), default: []].insert(kind)
        }
    }

    /// The border kinds between two countries (empty when none).
    func kinds(_ a: NodeID, _ b: NodeID) -> Set<String> { kinds[Pair(a, b)] ?? [] }
}
