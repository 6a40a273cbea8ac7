// What a statement gives back: column names, rows of values, the counters of what it changed, and —
// for EXPLAIN and PROFILE — the plan.

/// The result of one statement.
public struct QueryResult: Sendable {
    /// Column names, in order.
    public let columns: [String]
    /// Rows; each has one value per column.
    public let rows: [[Value]]
    /// What the statement changed.
    public let statistics: UpdateStatistics
    /// The plan as text, for EXPLAIN and PROFILE.
    public let plan: String?

    public init(columns: [String], rows: [[Value]], statistics: UpdateStatistics = UpdateStatistics(), plan: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.statistics = statistics
        self.plan = plan
    }
}
