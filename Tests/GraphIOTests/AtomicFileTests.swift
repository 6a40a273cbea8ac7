// Safe file replacement (exports, pictures, database files): the temporary file is created exclusively
// (a planted symbolic link is never written through), the target keeps its mode, and what a killed save
// left behind is removed at the next open.

import Foundation
import GraphIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct AtomicFileTests {
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ path: String) -> mode_t {
        var status = stat()
        stat(path, &status)
        return status.st_mode & 0o7777
    }

    @Test func aPlantedSymbolicLinkIsNeverWrittenThrough() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim").path
        try "secret".write(toFile: victim, atomically: false, encoding: .utf8)
        let target = dir.appendingPathComponent("out.cypher").path
        // The names an earlier version used (target.partial-PID) and names like the ones used now.
        for name in ["out.cypher.partial-\(getpid())", ".out.cypher.partial-AAAAAA", ".out.cypher.partial-"] {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(name).path, withDestinationPath: victim)
        }
        #expect(AtomicFile.write(Array("CREATE (:A)".utf8), to: target) == nil)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "secret")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "CREATE (:A)")
    }

    @Test func theTargetKeepsItsModeAndANewFileFollowsTheUmask() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("db.cypher").path
        #expect(AtomicFile.write(Array("a".utf8), to: target) == nil)
        let mask = umask(0)
        umask(mask)
        #expect(mode(target) == 0o644 & ~mask)
        chmod(target, 0o600)
        #expect(AtomicFile.write(Array("b".utf8), to: target) == nil)
        #expect(mode(target) == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "b")
    }

    @Test func leftoversOfKilledSavesAreRemoved() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("db.cypher").path
        let leftover = dir.appendingPathComponent(".db.cypher.partial-x1Y2z3").path
        let unrelated = dir.appendingPathComponent(".other.cypher.partial-x1Y2z3").path
        #expect(FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8)))
        #expect(FileManager.default.createFile(atPath: unrelated, contents: Data("keep".utf8)))
        AtomicFile.removeLeftovers(of: target)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: unrelated))
    }
}
