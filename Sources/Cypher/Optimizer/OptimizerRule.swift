// The optimizer's rules by name. Every rule is a rewrite that must never change a query's answer, only
// its speed; each can be switched off (`clustergraph query --disable-rule NAME`, `GraphDatabase.disabledRules`)
// so the answer with the rule can be compared with the answer without it — which the differential test
// does for every rule on random graphs and queries. The names follow DuckDB's `disabled_optimizers`.

/// A rewrite rule of the query optimizer.
public enum OptimizerRule: String, CaseIterable, Sendable, Hashable {
    /// Each condition of a MATCH runs as soon as the variables it reads are bound, instead of after
    /// the whole pattern is matched.
    case filterPushdown = "filter_pushdown"
    /// An equality or IN condition on an indexed property of a label starts the pattern with an index
    /// seek instead of a label scan and a filter.
    case indexSeek = "index_seek"
    /// A pattern starts from its cheapest node and expands along the cheapest relationships first,
    /// instead of in the order it is written.
    case joinOrder = "join_order"
    /// A chain whose rows feed only a duplicate-insensitive projection (DISTINCT, count(DISTINCT …),
    /// min, max) and whose inner nodes are not read is walked hop by hop over sets of distinct nodes.
    case frontierChain = "frontier_chain"
    /// A long chain feeding a duplicate-insensitive projection is split at its middle node; the two
    /// halves' paths are joined per middle node, with relationship uniqueness checked exactly.
    case distinctChainJoin = "distinct_chain_join"
    /// The property values a MERGE pattern matches on are computed once per row, not once per candidate.
    case mergeKeysOnce = "merge_keys_once"

    /// One line saying what the rule does, for `--help` and `:rules`.
    public var summary: String {
        switch self {
        case .filterPushdown: return "run each condition as soon as the variables it reads are bound"
        case .indexSeek: return "start a pattern with an index seek on an indexed property's equality or IN"
        case .joinOrder: return "start a pattern from its cheapest node, expand the cheapest relationships first"
        case .frontierChain: return "walk a chain feeding DISTINCT/count(DISTINCT)/min/max over sets of distinct nodes"
        case .distinctChainJoin: return "join the halves of a long chain feeding DISTINCT/count(DISTINCT)/min/max at its middle"
        case .mergeKeysOnce: return "compute the property values a MERGE matches on once per row, not once per candidate"
        }
    }

    /// The rule named `name`, or nil.
    public init?(named name: String) {
        self.init(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}
