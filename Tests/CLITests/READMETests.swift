// The README's promises, kept true: every command of its Pictures and databases sections runs as written
// (in a scratch directory, the built binary first on PATH) and writes its file; and every
// picture committed under docs/pictures shows the same captions and legend as a fresh render of its
// preset (docs/make-pictures.sh redraws them).

import Foundation
import Testing

@Suite(.serialized) struct READMETests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shell commands of the ```sh block after `heading`, continuation lines joined.
    static func commands(after heading: String) throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: heading), "README has no '\(heading)'")
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```sh\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```"))
        var commands: [String] = []
        var pending = ""
        for line in rest[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            let command = (pending + line).trimmingCharacters(in: .whitespaces)
            pending = ""
            if !command.isEmpty { commands.append(command) }
        }
        return commands
    }

    @Test func everyRenderCommandOfTheREADMERuns() throws {
        try runSection("## Pictures: the `render` command", atLeast: 5)
    }

    /// The databases section's commands, in order, in one directory (the shell line reads an empty pipe).
    @Test func theDatabaseCommandsOfTheREADMERunInOrder() throws {
        try runSection("## Keeping your work: databases", atLeast: 4)
    }

    /// Runs the commands of the ```sh block after `heading` in one scratch directory, in order.
    func runSection(_ heading: String, atLeast count: Int) throws {
        let executable = try #require(CommandLineTests.executable)
        let commands = try Self.commands(after: heading)
        #expect(commands.count >= count)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cg-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The one file the examples assume the reader has.
        try "MATCH p = (:Cluster {id: 'EU-C2'})-[:SPANS]->(:Region) RETURN p\n".write(
            to: scratch.appendingPathComponent("my-query.cypher"), atomically: true, encoding: .utf8)
        for command in commands {
            #expect(command.hasPrefix("clustergraph") || command.hasPrefix("printf"), "\(command)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.currentDirectoryURL = scratch
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            process.environment = environment
            let stderr = Pipe()
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(command): \(message)")
            // The file it names (-o FILE or > FILE) is there and not empty.
            let words = command.split(separator: " ").map(String.init)
            let target = zip(words, words.dropFirst()).first { $0.0 == "-o" || $0.0 == ">" }?.1
            if let target {
                let size = (try? FileManager.default.attributesOfItem(atPath: scratch.appendingPathComponent(target).path)[.size] as? Int) ?? 0
                #expect(size > 0, "\(command) wrote nothing to \(target)")
            }
        }
    }

    /// The text of an SVG's <text> elements, as a set.
    static func texts(of svg: String) -> Set<String> {
        var texts: Set<String> = []
        var rest = svg[...]
        while let open = rest.range(of: "<text"), let end = rest[open.upperBound...].range(of: ">"),
            let close = rest[end.upperBound...].range(of: "</text>")
        {
            texts.insert(String(rest[end.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return texts
    }

    @Test(arguments: ["clusters", "ties", "regions", "map"])
    func theCommittedPictureShowsWhatTheDataSays(preset: String) throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/pictures/\(preset).svg"), encoding: .utf8)
        let fresh = try CommandLineTests().run(["render", "--preset", preset])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let (then, now) = (Self.texts(of: committed), Self.texts(of: fresh.stdout))
        #expect(now.count > 10)
        #expect(then == now, "docs/pictures/\(preset).svg is stale (run docs/make-pictures.sh): only in it \(then.subtracting(now).sorted().prefix(5)), only in a fresh render \(now.subtracting(then).sorted().prefix(5))")
    }
}
