// Hostile and large input: megabytes of revision, oversized files, deep nesting; a diagnostic, never a crash or a hang.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct LargeInputTests {
    @Test func aMegabytesLongDataMigrationIsReadInLinearTime() throws {
        let rows = (0..<20_000).map { "        {'id': \($0), 'name': 'row \($0) with some text in it'}," }.joined(separator: "\n")
        let text = revisionFile(upgrade: "    t = sa.table('t', sa.column('id', sa.Integer), sa.column('name', sa.String))\n    op.bulk_insert(t, [\n\(rows)\n    ])")
        #expect(text.utf8.count > 1_000_000)
        let clock = ContinuousClock()
        var revision: Revision?
        let elapsed = clock.measure { revision = readRevision(text).revision }
        guard case .bulkInsert(let insert)? = revision?.upgrade.operations.first?.kind else {
            Issue.record("expected the bulk_insert to be read")
            return
        }
        #expect(insert.rows.count == 20_000)
        #expect(elapsed < .seconds(10))
    }

    @Test func filesOverTheSizeLimitAreRefusedBeforeReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.py").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "#"), count: RevisionLoader.maximumFileSize + 1))
        #expect(throws: DiagnosticError.self) { try RevisionLoader.load(folder: folder.path) }
        do {
            _ = try RevisionLoader.load(folder: folder.path)
        } catch {
            #expect(error.diagnostics.first?.message.text == "'\(path)' is \(RevisionLoader.maximumFileSize + 1) bytes; revision files larger than \(RevisionLoader.maximumFileSize) bytes are refused")
        }
    }

    @Test func filesAreReadWholeWithWindowsLineEndingsNormalised() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.py").path
        // Larger than one read of a pipe or page, so a short read would show.
        let body = String(repeating: "# padding line\r\n", count: 20_000)
            + revisionFile(upgrade: "    op.drop_table('t')").replacingOccurrences(of: "\n", with: "\r\n")
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        let file = try RevisionLoader.readFile(path)
        #expect(file.bytes == Array(body.replacingOccurrences(of: "\r\n", with: "\n").utf8))
        #expect(RevisionReader.read(file).revision?.id == "r1")
    }

    @Test func unreadableFilesAreDiagnosticsNamingThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.py"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, reason) in [("missing.py", "no such file"), ("dir.py", "it is a directory")] {
            let path = folder.appendingPathComponent(name).path
            #expect(throws: DiagnosticError.self) { try RevisionLoader.readFile(path) }
            do {
                _ = try RevisionLoader.readFile(path)
            } catch {
                #expect(error.diagnostics.first?.message.text == "cannot read '\(path)': \(reason)")
            }
        }
    }

    @Test func tenThousandNestedBracketsAreOneDiagnostic() {
        let text = "revision = 'r1'\nx = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let diagnostics = readRevision(text).diagnostics
        #expect(summaries(diagnostics) == ["2:205: brackets nested more than 200 deep"])
    }
}
