// The aggregate functions' entries in the function table. Their computation lives in the Aggregate
// operator (Execution/Aggregation.swift); here they declare names, arities and summaries.

extension FunctionRegistry {
    static let aggregateFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "count", "count(value) :: INTEGER", arguments: 1...1, returns: .integer, "the number of non-null values",
            .aggregate(.count)),
        FunctionDefinition(
            "sum", "sum(number | duration) :: NUMBER | DURATION", arguments: 1...1, types: [[.number, .temporal]], returns: .any,
            "the sum of the values (numbers, or durations)", .aggregate(.sum)),
        FunctionDefinition(
            "avg", "avg(number | duration) :: FLOAT | DURATION", arguments: 1...1, types: [[.number, .temporal]], returns: .any,
            "the mean of the values (numbers, or durations)", .aggregate(.avg)),
        FunctionDefinition("min", "min(value) :: ANY", arguments: 1...1, "the smallest value", .aggregate(.min)),
        FunctionDefinition("max", "max(value) :: ANY", arguments: 1...1, "the largest value", .aggregate(.max)),
        FunctionDefinition(
            "collect", "collect(value) :: LIST", arguments: 1...1, returns: .list(.any), "the non-null values as a list",
            .aggregate(.collect)),
        FunctionDefinition(
            "stDev", "stDev(number) :: FLOAT", arguments: 1...1, types: [[.number]], returns: .float,
            "the sample standard deviation", .aggregate(.stDev)),
        FunctionDefinition(
            "stDevP", "stDevP(number) :: FLOAT", arguments: 1...1, types: [[.number]], returns: .float,
            "the population standard deviation", .aggregate(.stDevP)),
        FunctionDefinition(
            "percentileCont", "percentileCont(number, percentile) :: FLOAT", arguments: 2...2, types: [[.number], [.number]],
            returns: .float, "the interpolated percentile", .aggregate(.percentileCont)),
        FunctionDefinition(
            "percentileDisc", "percentileDisc(number, percentile) :: NUMBER", arguments: 2...2,
            types: [[.number], [.number]], returns: .number, "the nearest-rank percentile", .aggregate(.percentileDisc)),
    ]
}
