// release and verify: the committed out/example, each kind of drift, determinism, atomic writing, SHA-256.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct ReleaseTests {
    /// A scratch project: the example revisions and its committed release, removed after the test.
    func withProject(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Paths.revisions, to: folder.appendingPathComponent("revisions"))
        try FileManager.default.copyItem(at: Paths.out.appendingPathComponent("example"), to: folder.appendingPathComponent("out/example"))
        try body(folder)
    }

    /// out/example is `sqlgen release example` of the example revisions for four dialects (SQL
    /// Server would refuse its `DEFAULT true`, so sqlgen refuses that script),
    /// and still matches them (regenerate it with that command when the revisions change).
    @Test func theCommittedReleaseVerifies() throws {
        let result = try Binary.run(["verify", "out/example"])
        #expect(result.exitCode == 0, "\(result.standardError)\nrun: sqlgen release example --dialect postgres --dialect mysql --dialect sqlite --dialect oracle")
        #expect(result.standardOutput == "out/example matches the revisions: 5 revisions, 8 scripts\n")
    }

    @Test func aReleaseIsTheSameOnEveryRunAndItsScriptsAreThePlainOnesWithAHeader() throws {
        try withProject { project in
            let again = try Binary.run(["release", "again", "--dialect", "postgres", "--dialect", "mysql", "--dialect", "sqlite", "--dialect", "oracle"], in: project)
            #expect(again.exitCode == 0, "\(again.standardError)")
            for file in ["postgres/upgrade.sql", "oracle/downgrade.sql", "CHANGES.md"] {
                let committed = try String(contentsOf: project.appendingPathComponent("out/example/\(file)"), encoding: .utf8)
                let made = try String(contentsOf: project.appendingPathComponent("out/again/\(file)"), encoding: .utf8)
                #expect(made == committed.replacingOccurrences(of: "'example'", with: "'again'").replacingOccurrences(of: "# Release example", with: "# Release again"))
            }
            let script = try String(contentsOf: project.appendingPathComponent("out/again/postgres/upgrade.sql"), encoding: .utf8)
            let plain = try Binary.run(["upgrade", "base:heads", "--dialect", "postgres"], in: project).standardOutput
            #expect(script.hasPrefix("-- sqlgen \(ArgumentTable.version), release 'again': upgrade base:heads for postgres\n-- revisions, in the order they run:\n--   1975ea83b712  create users table\n"))
            #expect(script.hasSuffix("\n\n" + plain))
        }
    }

    @Test func sha256sumsReadsTheChecksums() throws {
        let sums = try String(contentsOf: Paths.out.appendingPathComponent("example/SHA256SUMS"), encoding: .utf8)
        for line in sums.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            let path = String(parts[1].dropFirst())
            #expect(ReleaseBuilder.fileDigest(Paths.out.appendingPathComponent("example/\(path)").path) == String(parts[0]), "\(path)")
        }
        #expect(sums.split(separator: "\n").count == 10)
    }

    @Test func verifyFindsEveryKindOfDrift() throws {
        try withProject { project in
            // A script edited by hand.
            let script = project.appendingPathComponent("out/example/sqlite/upgrade.sql")
            try (try String(contentsOf: script, encoding: .utf8) + "DROP TABLE votes;\n").write(to: script, atomically: true, encoding: .utf8)
            // A revision file changed after the release.
            let revision = project.appendingPathComponent("revisions/3a8c91d2f0e4_add_phone_number_to_users.py")
            try (try String(contentsOf: revision, encoding: .utf8) + "# reviewed again\n").write(to: revision, atomically: true, encoding: .utf8)
            // A revision added inside the range.
            try revisionFile(upgrade: "    op.drop_column('users', 'role')", header: "revision = 'f00d00000001'\ndown_revision = 'c47f05a1e8d2'\n")
                .write(to: project.appendingPathComponent("revisions/f00d00000001_drop_role.py"), atomically: true, encoding: .utf8)
            let result = try Binary.run(["verify", "out/example"], in: project)
            #expect(result.exitCode == 1)
            #expect(result.standardOutput == "")
            #expect(result.standardError.contains("input-changed: revisions/3a8c91d2f0e4_add_phone_number_to_users.py: changed since the release"))
            #expect(result.standardError.contains("output-edited: sqlite/upgrade.sql: edited after the release"))
            #expect(result.standardError.contains("revision-added: f00d00000001: now inside the range base:heads"))
            #expect(result.standardError.contains("script-differs: postgres/upgrade.sql: today's revisions give another script"))
            let json = try Binary.run(["verify", "out/example", "--format", "json"], in: project)
            #expect(json.exitCode == 1)
            let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect(report?["matches"] as? Bool == false)
            #expect(((report?["differences"] as? [[String: Any]]) ?? []).contains { $0["kind"] as? String == "revision-added" })
        }
    }

    @Test func aFailedReleaseLeavesNoFolder() throws {
        try withProject { project in
            let result = try Binary.run(["release", "broken", "--to", "nosuchrev", "--dialect", "postgres"], in: project)
            #expect(result.exitCode == 1)
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/broken").path))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("out").path)
            #expect(leftovers == ["example"])
            #expect(try Binary.run(["verify", "revisions"], in: project).standardError.contains("is not a release folder"))
        }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
