// Script assembly: the transaction, version table and step layout, through the absurd dialect too.

import Testing
@testable import SQLGenCore

@Suite struct ScriptWriterTests {
    func steps(_ range: String, _ direction: Direction = .upgrade) throws -> [MigrationStep] {
        let text = revisionFile(upgrade: "    op.drop_table('t')", downgrade: "    op.execute('SELECT\\t1  ')")
        let revision = try #require(readRevision(text).revision)
        return try Planner(graph: RevisionGraph([revision])).plan(direction, range: range)
    }

    @Test func absurdDialectScript() throws {
        let script = try ScriptWriter(dialect: AbsurdDialect()).script(for: steps("base:head"), createsVersionTable: true)
        #expect(script == """
        START WORK !!

        CREATE TABLE alembic_version (
            version_num STRINGY<32> NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
        ) !!

        -- Running upgrade  -> r1

        DROP TABLE t !!

        INSERT INTO alembic_version (version_num) VALUES ('r1') !!

        FINISH WORK !!


        """)
    }

    @Test func downgradeTrimsStatementsAndReplacesTabs() throws {
        let script = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps("head:base", .downgrade), createsVersionTable: false)
        #expect(script == "BEGIN;\n\n-- Running downgrade r1 -> \n\nSELECT    1;\n\nDELETE FROM alembic_version WHERE alembic_version.version_num = 'r1';\n\nCOMMIT;\n\n")
    }

    @Test func versionTableNameAndSchemaAreQuoted() {
        let table = VersionTable(dialect: PostgreSQLDialect(), name: TableName("Version", schema: "ops"))
        #expect(table.statement(for: .update(from: "a'1", to: "b2")) == "UPDATE ops.\"Version\" SET version_num='b2' WHERE ops.\"Version\".version_num = 'a''1'")
    }

    @Test func irreversibleDowngradeIsAnErrorAtTheRaise() throws {
        let text = revisionFile(upgrade: "    pass", downgrade: "    raise NotImplementedError()")
        let revision = try #require(readRevision(text).revision)
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.downgrade, range: "r1:base")
        #expect(throws: DiagnosticError.self) { try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps, createsVersionTable: false) }
        do {
            _ = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps, createsVersionTable: false)
        } catch {
            #expect(summaries(error.diagnostics) == ["13:5: revision 'r1' cannot be downgraded: its 'downgrade()' raises"])
        }
    }
}
