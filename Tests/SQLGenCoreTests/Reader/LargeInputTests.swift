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

    @Test func tenThousandNestedBracketsAreOneDiagnostic() {
        let text = "revision = 'r1'\nx = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let diagnostics = readRevision(text).diagnostics
        #expect(summaries(diagnostics) == ["2:205: brackets nested more than 200 deep"])
    }
}
