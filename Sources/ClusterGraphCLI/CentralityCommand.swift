// `clustergraph centrality`: ranks the nodes of a graph by a centrality measure and prints the top of the
// ranking. It is a thin shell over the `algo.*` procedures: the flags become the procedure's configuration
// map, the call runs through the engine (so selection, projections and errors are the procedures' own),
// and the rows are ranked and printed by the ResultFormatter. Without a selection it ranks the regions of
// the bundled dataset in the region co-membership projection.

import ArgumentParser
import Cypher

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank nodes by a centrality measure.",
        discussion: """
            The graph is a selection (--labels, --types, --direction, --weight) or a co-membership \
            projection (--project region: regions tied by the clusters that span both; --project country \
            likewise, with weight 'shared'). Without --labels, --types or --project, the region \
            projection is ranked.

            Algorithm options are passed with --option name=value (a Cypher literal), as in \
            CALL algo.<name>({...}); see CALL algo.list() for every option.

            Examples:
              clustergraph centrality -a betweenness --project country --top 5
              clustergraph centrality -a pagerank --project region --weight shared
              clustergraph centrality -a closeness --labels Region --types ADJACENT
              clustergraph centrality -a pagerank --labels Country --types BORDERS \\
                  --option damping=0.9
            """
    )

    enum Algorithm: String, ExpressibleByArgument, CaseIterable {
        case degree, betweenness, closeness, harmonic, pagerank, eigenvector, katz

        var procedure: String { self == .pagerank ? "algo.pageRank" : "algo.\(rawValue)" }
    }

    enum Projection: String, ExpressibleByArgument, CaseIterable {
        case region, country
    }

    enum Orientation: String, ExpressibleByArgument, CaseIterable {
        case out, `in`, both
    }

    @Option(name: .shortAndLong, help: "The measure: \(Algorithm.allCases.map(\.rawValue).joined(separator: ", ")).")
    var algorithm: Algorithm = .betweenness

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Node labels to include (any of them).", valueName: "label"))
    var labels: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Relationship types to include.", valueName: "type"))
    var types: [String] = []

    @Option(name: .long, help: "How relationships are followed: out, in or both (undirected).")
    var direction: Orientation = .both

    @Option(name: .long, help: ArgumentHelp("The relationship property holding the weight ('shared' with --project).", valueName: "property"))
    var weight: String?

    @Option(name: .long, help: "A co-membership projection instead of a selection: region or country.")
    var project: Projection?

    @Option(name: .long, help: "How many nodes to print (0 for all).")
    var top = 10

    @Option(name: .long, help: ArgumentHelp("An option of the algorithm as name=value, a Cypher literal (repeatable).", valueName: "name=value"))
    var option: [String] = []

    @Option(name: .long, help: "Output format: table, csv, tsv, json, jsonl, markdown or line.")
    var format: OutputFormat = .table

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or more, got \(top).") }
        if project != nil, !labels.isEmpty || !types.isEmpty {
            throw ValidationError("--project builds its own graph; it cannot be combined with --labels or --types.")
        }
    }

    func run() throws {
        var config = ValueMap()
        for item in option {
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw ValidationError("--option expects name=value, got '\(item)'.")
            }
            let name = String(item[..<eq])
            do {
                config[name] = try GraphDatabase.evaluateLiteral(String(item[item.index(after: eq)...]))
            } catch {
                throw ValidationError("--option \(name): the value must be a Cypher literal such as 0.9, 'text' or [1, 2].")
            }
        }
        if let project {
            config["project"] = .string(project.rawValue)
        } else if labels.isEmpty && types.isEmpty {
            config["project"] = .string(Projection.region.rawValue)
        }
        if !labels.isEmpty { config["labels"] = .list(labels.map(Value.string)) }
        if !types.isEmpty { config["types"] = .list(types.map(Value.string)) }
        config["direction"] = .string(direction.rawValue)
        if let weight { config["weightProperty"] = .string(weight) }

        let database = try graph.openDatabase()
        let query = """
            CALL \(algorithm.procedure)($config) YIELD node, score
            RETURN coalesce(node.code, node.iso, node.id, node.name, toString(id(node))) AS key, node.name AS name, score
            ORDER BY score DESC, key
            """ + (top > 0 ? " LIMIT \(top)" : "")
        let result: QueryResult
        do {
            result = try database.execute(query, parameters: ["config": .map(config)])
        } catch {
            printError("error: \(error.message)")
            throw ExitCode(1)
        }
        // Rank with ties: equal scores share the rank of the first of them.
        var rows: [[Value]] = []
        var rank = 0
        var previous: Value?
        for (i, row) in result.rows.enumerated() {
            if row[2] != previous { rank = i + 1 }
            previous = row[2]
            rows.append([.int(Int64(rank))] + row)
        }
        let ranked = QueryResult(columns: ["rank", "key", "name", algorithm.rawValue], rows: rows)
        print(ResultFormatter(format: format, graph: database.graph, boxed: isatty(STDOUT_FILENO) == 1).format(ranked), terminator: "")
    }
}
