// revision and merge: the files Alembic's own template writes, and the mistakes refused.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct RevisionCommandTests {
    static let expected = Paths.packageRoot.appendingPathComponent("Tests/SQLGenCoreTests/Projects/new-revisions")

    func withProject(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-newrev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Paths.revisions, to: folder.appendingPathComponent("revisions"))
        try body(folder)
    }

    /// The same commands Alembic 1.20.1 ran for Projects/new-revisions (see its README) write the
    /// same files, but for the creation time.
    @Test func revisionAndMergeWriteWhatAlembicWrites() throws {
        try withProject { project in
            let runs = [
                ["revision", "-m", "Add audit log: table & index (v2)!", "--rev-id", "aaaa00000001"],
                ["revision", "-m", "second", "--rev-id", "bbbb00000002", "--head", "3a8c91d2f0e4", "--splice", "--branch-label", "reports", "--depends-on", "1975ea83b712"],
                ["merge", "-m", "merge heads", "--rev-id", "cccc00000003", "aaaa00000001", "bbbb00000002"],
            ]
            let names = ["aaaa00000001_add_audit_log_table_index_v2.py", "bbbb00000002_second.py", "cccc00000003_merge_heads.py"]
            for (arguments, name) in zip(runs, names) {
                let result = try Binary.run(arguments, in: project)
                #expect(result.exitCode == 0, "\(result.standardError)")
                #expect(result.standardOutput == "revisions/\(name)\n")
                let written = try String(contentsOf: project.appendingPathComponent("revisions/\(name)"), encoding: .utf8)
                let dated = written.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("Create Date: ") ? "Create Date: CREATE-DATE" : String($0) }
                #expect(dated.joined(separator: "\n") == (try String(contentsOf: RevisionCommandTests.expected.appendingPathComponent(name), encoding: .utf8)))
                let pattern = try Regex(#"Create Date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{6})?\n"#)
                #expect(written.contains(pattern))
            }
            // sqlgen reads what it wrote: one head again.
            #expect(try Binary.run(["heads"], in: project).standardOutput == "cccc00000003 (reports) (head)\n")
        }
    }

    @Test func mistakesAreRefused() throws {
        try withProject { project in
            #expect(try Binary.run(["revision", "-m", "x", "--head", "3a8c91d2f0e4"], in: project).standardError.contains("is not a head revision"))
            #expect(try Binary.run(["revision", "-m", "x", "--rev-id", "c47f05a1e8d2"], in: project).standardError.contains("already in use"))
            #expect(try Binary.run(["revision", "-m", "x", "--rev-id", "a-b"], in: project).exitCode == 64)
            #expect(try Binary.run(["revision"], in: project).exitCode == 64)
            #expect(try Binary.run(["merge", "head", "-m", "one"], in: project).standardError.contains("a merge needs at least two revisions"))
            // Nothing was written by any of them.
            #expect(try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("revisions").path).count == 5)
            // A new id is twelve hex digits, and a new base has no parent.
            let base = try Binary.run(["revision", "-m", "reports", "--head", "base", "--branch-label", "reports"], in: project)
            #expect(base.exitCode == 0, "\(base.standardError)")
            let name = base.standardOutput.dropFirst("revisions/".count).prefix(12)
            #expect(name.allSatisfy(\.isHexDigit) && name.count == 12)
            let text = try String(contentsOf: project.appendingPathComponent(String(base.standardOutput.dropLast())), encoding: .utf8)
            #expect(text.contains("down_revision: Union[str, Sequence[str], None] = None\nbranch_labels: Union[str, Sequence[str], None] = ('reports',)\n"))
        }
    }

    @Test func pythonReprQuotesAsPythonDoes() {
        #expect(NewRevision.pythonRepr("abc") == "'abc'")
        #expect(NewRevision.pythonRepr("it's") == "\"it's\"")
        #expect(NewRevision.pythonRepr("both ' and \"") == "'both \\' and \"'")
        #expect(NewRevision.pythonRepr(["a", "b"], tupleForOne: false) == "('a', 'b')")
        #expect(NewRevision.pythonRepr(["a"], tupleForOne: true) == "('a',)")
    }

    @Test func longMessagesAreCutAtAWordAsAlembicCutsThem() {
        let revision = NewRevision(id: "abc", message: "add the column that records when each invoice was sent to the customer", downRevisions: [], createDate: "")
        // Alembic: slug[:40].rsplit("_", 1)[0] + "_"
        #expect(revision.fileName == "abc_add_the_column_that_records_when_each_.py")
    }
}
