// Hostile but valid input: nothing a revision file says may escape its quotes or change data on the way to the script.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct InjectionTests {
    // MARK: Ids and labels

    @Test(arguments: [
        ("revision = 'b2\\nDROP TABLE important;'\ndown_revision = None", "revision", "\\n"),
        ("revision = 'b2'\ndown_revision = 'a1\\rDROP TABLE x'", "down_revision", "\\r"),
        ("revision = 'b2'\ndown_revision = None\nbranch_labels = ('ok', 'x\\u2028y')", "branch_labels", "\\u2028"),
        ("revision = 'b2'\ndown_revision = None\ndepends_on = 'a\\x00'", "depends_on", "\\x00"),
        ("revision = 'b\\u202e2'\ndown_revision = None", "revision", "\\u202e"),
    ])
    func unsafeHeaderCharactersAreRefusedAtTheirLine(header: String, name: String, escape: String) {
        let (revision, diagnostics) = readRevision(revisionFile(upgrade: "    pass", header: header))
        #expect(revision == nil)
        let line = header.split(separator: "\n").firstIndex { $0.hasPrefix(name + " ") }! + 4
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.position?.line == line)
        #expect(diagnostics.first?.message.text.contains("contains '\(escape)'") == true)
        #expect(diagnostics.first?.description.contains("\nDROP") == false)
    }

    @Test func idsAlembicAcceptsStayAccepted() throws {
        let header = "revision = 'rev 1/é.\"x\\';#'\ndown_revision = None\nbranch_labels = ['my label', 'ünï']"
        let revision = try #require(readRevision(revisionFile(upgrade: "    pass", header: header)).revision)
        #expect(revision.id == "rev 1/é.\"x';#")
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.upgrade, range: "base:head")
        let script = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps)
        #expect(script.contains("-- Running upgrade  -> rev 1/é.\"x';#\n\n"))
        #expect(script.contains("VALUES ('rev 1/é.\"x'';#')"))
    }

    @Test func commentsAreInertWhateverTheSteps() throws {
        // A step made by hand with an id that never went through the reader.
        let text = revisionFile(upgrade: "    pass")
        var revision = try #require(readRevision(text).revision)
        revision.id = "b2\nDROP TABLE important;\r\u{85}x"
        let step = MigrationStep(direction: .upgrade, revision: revision, versionChanges: [])
        let script = try ScriptWriter(dialect: SQLiteDialect()).script(for: [step])
        #expect(script.contains("-- Running upgrade  -> b2\\nDROP TABLE important;\\r\\x85x\n"))
        #expect(!script.contains("\nDROP"))
    }
}
