// The LOAD CSV operator: for each incoming row, reads the CSV file its URL expression names and emits one
// row per record, binding the record as a list of strings or, WITH HEADERS, as a map from the header
// names, and the record's line and the file's path for linenumber() and file(). An empty unquoted field
// is null (a quoted empty one is ''). Files are local: a path, or a `file://` URL; a relative path is
// taken from the current directory.

import Foundation

/// `LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']`.
final class LoadCSV: Operator {
    let url: BoundExpression
    /// Where the URL expression is in the statement, for errors about the file.
    let urlRange: SourceRange
    let withHeaders: Bool
    let fieldTerminator: UInt8
    let slot: Int
    let variable: String
    /// Where the record's line number and the file's path go, for linenumber() and file().
    let lineSlot: Int
    let fileSlot: Int

    /// The functions that tell where LOAD CSV is, read from hidden variables of the scope.
    enum ContextFunction: String {
        case linenumber, file

        /// The hidden variable holding the function's value (the leading spaces keep it from clashing).
        var hiddenVariable: String { "  load csv \(rawValue)" }
    }

    init(
        input: Operator, url: BoundExpression, urlRange: SourceRange, withHeaders: Bool, fieldTerminator: UInt8, slot: Int,
        variable: String, lineSlot: Int, fileSlot: Int
    ) {
        self.lineSlot = lineSlot
        self.fileSlot = fileSlot
        self.url = url
        self.urlRange = urlRange
        self.withHeaders = withHeaders
        self.fieldTerminator = fieldTerminator
        self.slot = slot
        self.variable = variable
        super.init(input: input)
    }

    override var details: String { (withHeaders ? "WITH HEADERS " : "") + variable }

    override func run(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        let evaluator = Evaluator(context)
        return try runInput(context, &frame) { f throws(CypherError) in
            let path = try self.path(of: try evaluator.evaluate(url, &f), importDirectory: context.importDirectory)
            let bytes = try Self.read(path, at: urlRange)
            if !context.acceptsInvalidUTF8, String(validating: bytes, as: UTF8.self) == nil {
                let bad = TextDecoding.firstInvalid(bytes)
                throw .runtime(
                    .externalResource("\(path):\(bad.line):\(bad.column): not UTF-8 (byte 0x\(String(bad.byte, radix: 16, uppercase: true))); convert the file, or read it with --lossy"),
                    at: urlRange)
            }
            var reader = CSVReader(bytes, separator: fieldTerminator)
            var header: [String]?
            f[fileSlot] = .string(path)
            while let record = try next(&reader, path) {
                f[lineSlot] = .int(Int64(reader.recordLine))
                try context.checkInterruption()
                if withHeaders {
                    guard let names = header else {
                        header = record.map { $0 ?? "" }
                        continue
                    }
                    var map = ValueMap()
                    for (i, name) in names.enumerated() {
                        map[name] = i < record.count ? record[i].map(Value.string) ?? .null : .null
                    }
                    f[slot] = .map(map)
                } else {
                    f[slot] = .list(record.map { $0.map(Value.string) ?? .null })
                }
                if try !sink(&f) { return false }
            }
            return true
        }
    }

    /// The local file a URL value names, which must lie under the import directory (when there is one):
    /// a relative path is taken from it, an absolute path or `file:///` URL must be inside it — or is
    /// read from it, as Neo4j reads `file:///x.csv` from its import directory; `..` and symbolic links
    /// cannot lead out of it.
    private func path(of value: Value, importDirectory: String?) throws(CypherError) -> String {
        guard case .string(let text) = value else {
            throw .runtime(
                .invalidArgumentType("LOAD CSV expects the file as a string, got \(value.typeName)"), at: urlRange, category: .typeError)
        }
        var path = text
        if text.hasPrefix("file://") {
            // file:///abs/path (or file://localhost/abs/path); percent-escapes decoded.
            var rest = String(text.dropFirst("file://".count))
            if rest.hasPrefix("localhost/") { rest = String(rest.dropFirst("localhost".count)) }
            path = rest.removingPercentEncoding ?? rest
        } else if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isLetter }), text[..<colon].count > 1 {
            throw .runtime(
                .externalResource("LOAD CSV reads local files only (a path or a file:// URL), not '\(text)'"), at: urlRange)
        }
        guard let importDirectory else {
            // Unconfined: relative to the current directory; file() reports the absolute path, as Neo4j's does.
            return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        }
        let root = Self.resolved(importDirectory)
        func inside(_ candidate: String) -> String? {
            let real = Self.resolved(candidate)
            return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? real : nil
        }
        if !path.hasPrefix("/"), let found = inside(root + "/" + path) { return found }
        if path.hasPrefix("/") {
            if let found = inside(path) { return found }
            if let found = inside(root + path), FileManager.default.fileExists(atPath: found) { return found }
        }
        throw .runtime(
            .externalResource(
                "'\(text)' is outside the import directory \(root): LOAD CSV reads only files under it (choose it with --import-dir)"),
            at: urlRange)
    }

    /// `path` made absolute, with `.`, `..` and symbolic links resolved (as far as the path exists).
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The bytes of the file at `path`.
    private static func read(_ path: String, at range: SourceRange) throws(CypherError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .runtime(.externalResource("cannot load CSV from '\(path)': no such file"), at: range)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .runtime(
                .externalResource("cannot load CSV from '\(path)': \(isDirectory.boolValue ? "it is a directory" : "the file cannot be read")"),
                at: range)
        }
        return [UInt8](data)
    }

    /// The reader's next record, with a malformed record reported as the file's line and column.
    private func next(_ reader: inout CSVReader, _ path: String) throws(CypherError) -> [String?]? {
        do {
            return try reader.next()
        } catch {
            throw .runtime(.externalResource("\(path):\(error.line):\(error.column): \(error.reason)"), at: urlRange)
        }
    }
}
