// A reader for the Gherkin subset the openCypher TCK uses: Feature, Background, Scenario and Scenario
// Outline with Examples, tags, steps with doc strings ("""…""") and data tables. Outlines are expanded
// into one scenario per Examples row, with <placeholders> replaced in step text, doc strings and tables.

/// One step: keyword-less text plus its doc string or table.
struct GherkinStep {
    var text: String
    var docString: String?
    var table: [[String]]?
    var line: Int
}

/// One runnable scenario (an outline row counts as one).
struct GherkinScenario {
    var name: String
    var tags: [String]
    var steps: [GherkinStep]
    var line: Int
}

/// A parsed feature file.
struct GherkinFeature {
    var name: String
    var scenarios: [GherkinScenario]
}

enum Gherkin {
    static func parse(_ text: String) -> GherkinFeature {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var feature = GherkinFeature(name: "", scenarios: [])
        var background: [GherkinStep] = []
        var pendingTags: [String] = []
        var i = 0

        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }

        /// Reads steps from line i until the next section header.
        func readSteps() -> [GherkinStep] {
            var steps: [GherkinStep] = []
            while i < lines.count {
                let t = trimmed(lines[i])
                if t.isEmpty || t.hasPrefix("#") { i += 1; continue }
                if t.hasPrefix("Scenario") || t.hasPrefix("Examples:") || t.hasPrefix("@") || t.hasPrefix("Background:")
                    || t.hasPrefix("Feature:")
                {
                    break
                }
                if t.hasPrefix("\"\"\"") {
                    let indent = lines[i].prefix { $0 == " " }.count
                    i += 1
                    var body: [String] = []
                    while i < lines.count, !trimmed(lines[i]).hasPrefix("\"\"\"") {
                        let line = lines[i]
                        let strip = min(indent, line.prefix { $0 == " " }.count)
                        body.append(String(line.dropFirst(strip)))
                        i += 1
                    }
                    i += 1
                    if !steps.isEmpty { steps[steps.count - 1].docString = body.joined(separator: "\n") }
                    continue
                }
                if t.hasPrefix("|") {
                    if !steps.isEmpty {
                        var table = steps[steps.count - 1].table ?? []
                        table.append(cells(t))
                        steps[steps.count - 1].table = table
                    }
                    i += 1
                    continue
                }
                for keyword in ["Given ", "When ", "Then ", "And ", "But "] where t.hasPrefix(keyword) {
                    steps.append(GherkinStep(text: String(t.dropFirst(keyword.count)), docString: nil, table: nil, line: i + 1))
                }
                i += 1
            }
            return steps
        }

        while i < lines.count {
            let t = trimmed(lines[i])
            if t.hasPrefix("Feature:") {
                feature.name = trimmed(String(t.dropFirst(8)))
                i += 1
            } else if t.hasPrefix("@") {
                pendingTags += t.split(separator: " ").map(String.init)
                i += 1
            } else if t.hasPrefix("Background:") {
                i += 1
                background = readSteps()
            } else if t.hasPrefix("Scenario Outline:") || t.hasPrefix("Scenario Template:") {
                let name = trimmed(String(t.drop { $0 != ":" }.dropFirst()))
                let line = i + 1
                let tags = pendingTags
                pendingTags = []
                i += 1
                let steps = readSteps()
                var exampleIndex = 0
                while i < lines.count {
                    let u = trimmed(lines[i])
                    if u.isEmpty || u.hasPrefix("#") { i += 1; continue }
                    if u.hasPrefix("@") && i + 1 < lines.count && trimmed(lines[i + 1]).hasPrefix("Examples:") { i += 1; continue }
                    guard u.hasPrefix("Examples:") else { break }
                    i += 1
                    var rows: [[String]] = []
                    while i < lines.count {
                        let r = trimmed(lines[i])
                        if r.isEmpty || r.hasPrefix("#") { i += 1; continue }
                        guard r.hasPrefix("|") else { break }
                        rows.append(cells(r))
                        i += 1
                    }
                    guard let header = rows.first else { continue }
                    for row in rows.dropFirst() {
                        exampleIndex += 1
                        var substitutions: [String: String] = [:]
                        for (k, v) in zip(header, row) { substitutions[k] = v }
                        let expanded = steps.map { substitute($0, substitutions) }
                        feature.scenarios.append(
                            GherkinScenario(name: substitute(name, substitutions) + " #\(exampleIndex)", tags: tags, steps: background + expanded, line: line))
                    }
                }
            } else if t.hasPrefix("Scenario:") {
                let name = trimmed(String(t.dropFirst(9)))
                let line = i + 1
                let tags = pendingTags
                pendingTags = []
                i += 1
                feature.scenarios.append(GherkinScenario(name: name, tags: tags, steps: background + readSteps(), line: line))
            } else {
                i += 1
            }
        }
        return feature
    }

    /// Cells of a table row, with Gherkin's escapes (\| \\ \n) resolved.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaping = false
        var started = false
        for c in row {
            if escaping {
                switch c {
                case "|": current.append("|")
                case "\\": current.append("\\")
                case "n": current.append("\n")
                default: current.append("\\"); current.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else if c == "|" {
                if started { cells.append(current.trimmingCharacters(in: .whitespaces)) }
                started = true
                current = ""
            } else {
                current.append(c)
            }
        }
        return cells
    }

    private static func substitute(_ text: String, _ values: [String: String]) -> String {
        var out = text
        for (k, v) in values { out = out.replacingOccurrences(of: "<\(k)>", with: v) }
        return out
    }

    private static func substitute(_ step: GherkinStep, _ values: [String: String]) -> GherkinStep {
        var s = step
        s.text = substitute(step.text, values)
        s.docString = step.docString.map { substitute($0, values) }
        s.table = step.table.map { $0.map { $0.map { substitute($0, values) } } }
        return s
    }
}

import Foundation
