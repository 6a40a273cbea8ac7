// Runs openCypher TCK scenarios against the engine: sets up the graph (empty, any, or a named graph),
// registers test procedures, applies parameters, runs the query, and checks the outcome exactly —
// result rows (ordered or not, lists as multisets where asked), error category/phase/detail, and side
// effects as differences between the graph before and after. Temporal values compare as the quoted ISO
// text the TCK writes them in. Only upstream @ignore scenarios are skipped.

import Foundation

@testable import Cypher

/// The outcome of one scenario.
enum ScenarioOutcome: Equatable {
    case passed
    case failed(String)
    case skipped(String)
}

/// One scenario's identity and outcome.
struct ScenarioResult {
    let folder: String
    let feature: String
    let scenario: String
    let outcome: ScenarioOutcome

    var key: String { "\(folder)/\(feature): \(scenario)" }
}

struct TCKRunner {
    let featuresDirectory: URL

    /// Every `.feature` file under the directory, sorted by path.
    func featureFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: featuresDirectory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "feature" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    func runAll() -> [ScenarioResult] {
        var results: [ScenarioResult] = []
        for file in featureFiles() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let relative = file.path.replacingOccurrences(of: featuresDirectory.path + "/", with: "")
            let folder = (relative as NSString).deletingLastPathComponent
            let featureName = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            let feature = Gherkin.parse(text)
            for scenario in feature.scenarios {
                let outcome = run(scenario)
                results.append(ScenarioResult(folder: folder, feature: featureName, scenario: scenario.name, outcome: outcome))
            }
        }
        return results
    }

    // MARK: - One scenario

    func run(_ scenario: GherkinScenario) -> ScenarioOutcome {
        if scenario.tags.contains("@ignore") { return .skipped("tagged @ignore") }
        let database = GraphDatabase()
        var parameters: [String: Value] = [:]
        var before: GraphSummary?
        var lastResult: QueryResult?
        var lastError: CypherError?
        var steps = scenario.steps[...]
        while let step = steps.popFirst() {
            let text = step.text
            do {
                if text == "an empty graph" || text == "any graph" {
                    continue
                } else if text.hasPrefix("the "), text.hasSuffix(" graph") {
                    let name = String(text.dropFirst(4).dropLast(6))
                    let url = featuresDirectory.deletingLastPathComponent().appendingPathComponent("graphs/\(name)/\(name).cypher")
                    guard let script = try? String(contentsOf: url, encoding: .utf8) else { return .failed("named graph \(name) not found") }
                    try database.executeScript(script, fileName: url.lastPathComponent)
                } else if text == "having executed:" {
                    _ = try database.execute(step.docString ?? "")
                } else if text == "parameters are:" {
                    for row in step.table ?? [] where row.count == 2 {
                        parameters[row[0]] = try TCKValueParser.parse(row[1]).engineValue
                    }
                } else if text.hasPrefix("there exists a procedure ") {
                    try registerProcedure(text, step.table ?? [], database)
                } else if text == "executing query:" || text == "executing control query:" {
                    let isControl = text == "executing control query:"
                    if !isControl { before = GraphSummary(database.graph) }
                    lastError = nil
                    lastResult = nil
                    do {
                        lastResult = try database.execute(step.docString ?? "", parameters: parameters)
                    } catch {
                        lastError = error
                    }
                } else if text.hasPrefix("the result should be") {
                    if let lastError { return .failed("expected a result, got error: \(lastError.description)") }
                    guard let result = lastResult else { return .failed("no result") }
                    if let failure = checkResult(step, result, database.graph) { return .failed(failure) }
                } else if text.hasPrefix("a "), text.contains(" should be raised at ") {
                    if let failure = checkError(text, lastError, lastResult) { return .failed(failure) }
                } else if text == "no side effects" || text == "the side effects should be:" {
                    if let lastError { return .failed("expected side effects check, got error: \(lastError.description)") }
                    guard let before else { return .failed("no query ran") }
                    let expected = Dictionary(uniqueKeysWithValues: (step.table ?? []).compactMap { row in
                        row.count == 2 ? (row[0], Int(row[1]) ?? -1) : nil
                    })
                    let actual = before.difference(to: GraphSummary(database.graph))
                    for key in ["+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties", "+labels", "-labels"] {
                        if (expected[key] ?? 0) != (actual[key] ?? 0) {
                            return .failed("side effect \(key): expected \(expected[key] ?? 0), got \(actual[key] ?? 0) (all: \(actual))")
                        }
                    }
                } else {
                    return .failed("unknown step: \(text)")
                }
            } catch let error as CypherError {
                return .failed("step '\(text)' failed: \(error.description)")
            } catch {
                return .failed("step '\(text)' failed: \(error)")
            }
        }
        return .passed
    }

    // MARK: - Checks

    private func checkResult(_ step: GherkinStep, _ result: QueryResult, _ graph: PropertyGraph) -> String? {
        let mode = step.text
        if mode == "the result should be empty" {
            return result.rows.isEmpty ? nil : "expected no rows, got \(result.rows.count)"
        }
        guard let table = step.table, let header = table.first else { return "result step without table" }
        if header != result.columns { return "columns: expected \(header), got \(result.columns)" }
        let expected: [[TCKValue]]
        do {
            expected = try table.dropFirst().map { try $0.map { try TCKValueParser.parse($0) } }
        } catch {
            return "cannot parse expected table: \(error)"
        }
        let actual = result.rows.map { $0.map { TCKValue($0, graph: graph) } }
        let unorderedLists = mode.contains("ignoring element order for lists")
        let ordered = mode.contains("in order")
        func rowsMatch(_ a: [TCKValue], _ b: [TCKValue]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
        }
        let describe = { (rows: [[TCKValue]]) in rows.map { "| " + $0.map(\.description).joined(separator: " | ") + " |" }.joined(separator: "\n") }
        guard expected.count == actual.count else {
            return "expected \(expected.count) rows, got \(actual.count):\n\(describe(actual))"
        }
        if ordered {
            for (i, (e, a)) in zip(expected, actual).enumerated() where !rowsMatch(e, a) {
                return "row \(i + 1): expected \(describe([e])), got \(describe([a]))"
            }
            return nil
        }
        var remaining = actual
        for e in expected {
            guard let i = remaining.firstIndex(where: { rowsMatch(e, $0) }) else {
                return "expected row \(describe([e])) not found in:\n\(describe(actual))"
            }
            remaining.remove(at: i)
        }
        return nil
    }

    private func checkError(_ text: String, _ error: CypherError?, _ result: QueryResult?) -> String? {
        // "a SyntaxError should be raised at compile time: UndefinedVariable"
        let parts = text.dropFirst(2).components(separatedBy: " should be raised at ")
        guard parts.count == 2 else { return "cannot read error step" }
        let category = parts[0]
        let phaseAndDetail = parts[1].components(separatedBy: ": ")
        let phase = phaseAndDetail[0]
        let detail = phaseAndDetail.count > 1 ? phaseAndDetail[1] : "*"
        guard let error else {
            return "expected \(category) (\(detail)) at \(phase), but the query succeeded with \(result?.rows.count ?? 0) rows"
        }
        if error.category.rawValue != category || (detail != "*" && error.code != detail) {
            return "expected \(category) (\(detail)) at \(phase), got \(error.category.rawValue) (\(error.code)) at \(error.phase.rawValue): \(error.message)"
        }
        if phase != "any time" && error.phase.rawValue != phase {
            return "expected the error at \(phase), got it at \(error.phase.rawValue): \(error.message)"
        }
        return nil
    }

    // MARK: - Test procedures

    private func registerProcedure(_ text: String, _ table: [[String]], _ database: GraphDatabase) throws {
        // "there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):"
        var signature = String(text.dropFirst("there exists a procedure ".count)).trimmingCharacters(in: .whitespaces)
        if signature.hasSuffix(":") { signature.removeLast() }
        signature = signature.trimmingCharacters(in: .whitespaces)
        guard let open = signature.firstIndex(of: "("), let close = signature.firstIndex(of: ")") else {
            throw TCKValueParser.Failure(description: "cannot read procedure signature \(signature)")
        }
        let name = String(signature[..<open])
        let inputs = try fields(String(signature[signature.index(after: open)..<close]))
        let rest = signature[signature.index(after: close)...]
        var outputs: [ProcedureField] = []
        if let o = rest.firstIndex(of: "("), let c = rest.lastIndex(of: ")") {
            outputs = try fields(String(rest[rest.index(after: o)..<c]))
        }
        let header = table.first ?? []
        let rows = try table.dropFirst().map { try $0.map { try TCKValueParser.parse($0).engineValue } }
        let inputCount = inputs.count
        let outputNames = outputs.map(\.name)
        let outputColumns = outputNames.compactMap { header.firstIndex(of: $0) }
        let procedure = Procedure(ProcedureSignature(name: name, inputs: inputs, outputs: outputs, description: "TCK test procedure")) { call in
            rows.filter { row in
                (0..<inputCount).allSatisfy { i in i < row.count && row[i] == call.arguments[i] }
            }.map { row in outputColumns.map { row[$0] } }
        }
        database.procedures.register(procedure)
    }

    private func fields(_ text: String) throws -> [ProcedureField] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        return try trimmed.components(separatedBy: ",").map { part in
            let pieces = part.components(separatedBy: "::").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let type = CypherType(parsing: pieces[1]) else {
                throw TCKValueParser.Failure(description: "cannot read procedure field \(part)")
            }
            return ProcedureField(pieces[0], type)
        }
    }
}

/// What side effects are measured against: nodes, relationships, property triples, label names.
struct GraphSummary {
    let nodes: Set<Int>
    let relationships: Set<Int>
    let properties: Set<String>
    let labels: Set<String>

    init(_ graph: PropertyGraph) {
        var properties: Set<String> = []
        var labels: Set<String> = []
        for id in graph.allNodeIDs {
            guard let record = graph.node(id) else { continue }
            for l in record.labels { labels.insert(graph.name(of: l)) }
            for (k, v) in record.properties.entries { properties.insert("n\(id.rawValue).\(graph.name(of: k))=\(v.literal)") }
        }
        for id in graph.allRelationshipIDs {
            guard let record = graph.relationship(id) else { continue }
            for (k, v) in record.properties.entries { properties.insert("r\(id.rawValue).\(graph.name(of: k))=\(v.literal)") }
        }
        self.nodes = Set(graph.allNodeIDs.map(\.rawValue))
        self.relationships = Set(graph.allRelationshipIDs.map(\.rawValue))
        self.properties = properties
        self.labels = labels
    }

    func difference(to after: GraphSummary) -> [String: Int] {
        var d: [String: Int] = [:]
        d["+nodes"] = after.nodes.subtracting(nodes).count
        d["-nodes"] = nodes.subtracting(after.nodes).count
        d["+relationships"] = after.relationships.subtracting(relationships).count
        d["-relationships"] = relationships.subtracting(after.relationships).count
        d["+properties"] = after.properties.subtracting(properties).count
        d["-properties"] = properties.subtracting(after.properties).count
        d["+labels"] = after.labels.subtracting(labels).count
        d["-labels"] = labels.subtracting(after.labels).count
        return d.filter { $0.value != 0 }
    }
}
