// Running the statements of a -c text or -f file for a command: each statement in order, its result
// handed to the command; the first error is printed with file, line, column and caret, and stops the
// command with exit code 1.

import ArgumentParser
import Cypher

/// Runs every statement of `source` (named `sourceName` in errors) and passes each result to `body`.
func runStatements(
    _ source: String, named sourceName: String?, on database: GraphDatabase, parameters: [String: Value] = [:],
    _ body: (QueryResult) throws -> Void
) throws {
    for statement in StatementSplitter.split(source) {
        let result: QueryResult?
        do {
            result = try database.executeScript(statement.text, fileName: sourceName, parameters: parameters).first
        } catch {
            var located = error
            located.statementOrigin = statement.origin
            located.fileName = sourceName
            printError(located.report)
            // Stopped by a signal: exit as a process killed by it would (130 for Ctrl-C).
            if let signal = Interruption.caughtSignal { throw ExitCode(Interruption.exitStatus(for: signal)) }
            throw ExitCode(1)
        }
        if let result { try body(result) }
    }
}
