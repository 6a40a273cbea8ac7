// The project's own end-to-end scenarios: Gherkin files in the TCK's format under Tests/TCKTests/Features,
// run by the same runner. Each pins a query and its exact rows, error or side effects; all must pass and
// none may be skipped.

import Foundation
import Testing

@Suite struct ProjectFeatureTests {
    @Test func projectScenarios() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Features")
        let results = TCKRunner(featuresDirectory: directory).runAll()
        try #require(!results.isEmpty, "no scenarios under \(directory.path)")
        for r in results {
            switch r.outcome {
            case .passed: break
            case .failed(let why): Issue.record("\(r.key)\n\(why)")
            case .skipped(let why): Issue.record("\(r.key) was skipped (\(why)); project scenarios must run")
            }
        }
        print("Project scenarios: \(results.filter { $0.outcome == .passed }.count) of \(results.count) passed")
    }
}
