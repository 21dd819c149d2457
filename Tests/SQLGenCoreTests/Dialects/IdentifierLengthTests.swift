// Names too long for a dialect: op.f() and convention names shortened as SQLAlchemy does, explicit ones refused, check reporting the database's limits.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct IdentifierLengthTests {
    @Test func md5OfKnownVectors() {
        #expect(MD5.hex([]) == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(MD5.hex(Array("abc".utf8)) == "900150983cd24fb0d6963f7d28e17f72")
        #expect(MD5.hex(Array("The quick brown fox jumps over the lazy dog".utf8)) == "9e107d9d372bb6826bd81d3542a419d6")
        #expect(MD5.hex(Array(String(repeating: "a", count: 1000).utf8)) == "cabe45dcc9ae5b66ba86600cca6b8ba8")
    }

    static let table = "a_table_with_a_rather_long_name_for_testing_purposes"

    /// What Alembic 1.20.1 prints for these names (checked with its offline mode on PostgreSQL and MySQL).
    @Test(arguments: [
        ("postgres", "pk_a_table_with_a_rather_long_name_for_testing_purposes_5106", "ix_a_table_with_a_rather_long_name_for_testing_purposes_a9af",
         "ix_a_table_with_a_rather_long_name_for_testing_purposes_3c1d", "uq_a_table_with_a_rather_long_name_for_testing_purposes_78ed"),
        ("mysql", "pk_a_table_with_a_rather_long_name_for_testing_purposes_and_more", "ix_a_table_with_a_rather_long_name_for_testing_purposes__a9af",
         "ix_a_table_with_a_rather_long_name_for_testing_purposes__3c1d", "uq_a_table_with_a_rather_long_name_for_testing_purposes__78ed"),
    ])
    func convertedAndConventionNamesAreShortenedAsSQLAlchemyDoes(dialect: String, primaryKey: String, columnIndex: String, index: String, unique: String) throws {
        let upgrade = """
            op.create_table('\(Self.table)',
                sa.Column('id', sa.Integer, primary_key=True),
                sa.Column('a_column_with_an_even_longer_name_to_overflow', sa.Integer, index=True),
                sa.PrimaryKeyConstraint('id', name=op.f('pk_\(Self.table)_and_more')))
            op.create_index(op.f('ix_\(Self.table)_ünïcödé_ünïcödé'), '\(Self.table)', ['id'])
            op.create_unique_constraint(op.f('uq_\(Self.table)_more_more_more'), '\(Self.table)', ['id'])
        """
        let downgrade = """
            op.drop_index(op.f('ix_\(Self.table)_ünïcödé_ünïcödé'), '\(Self.table)')
        """
        let revision = try #require(readRevision(revisionFile(upgrade: upgrade, downgrade: downgrade)).revision)
        let graph = try RevisionGraph([revision])
        let writer = ScriptWriter(dialect: try #require(Dialects.named(dialect)))
        let up = try writer.script(for: try Planner(graph: graph).plan(.upgrade, range: "base:head"))
        #expect(up.contains("CONSTRAINT \(primaryKey) PRIMARY KEY (id)"))
        #expect(up.contains("CREATE INDEX \(columnIndex) ON \(Self.table) (a_column_with_an_even_longer_name_to_overflow)"))
        #expect(up.contains("CREATE INDEX \(index) ON \(Self.table) (id)"))
        #expect(up.contains("ADD CONSTRAINT \(unique) UNIQUE (id)"))
        // The drop names the index as the create did.
        let down = try writer.script(for: try Planner(graph: graph).plan(.downgrade, range: "head:base"))
        #expect(down.contains("DROP INDEX \(index)"))
    }

    @Test func explicitNamesLongerThanSQLAlchemyAllowsAreRefused() throws {
        let name = "ix_" + String(repeating: "x", count: 61)
        let body = "    op.create_index('\(name)', 't', ['a'])"
        let revision = try #require(readRevision(revisionFile(upgrade: body)).revision)
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.upgrade, range: "base:head")
        #expect(throws: DiagnosticError.self) { try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps) }
        do {
            _ = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps)
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["cannot render 'op.create_index' for postgres: index name '\(name)' is 64 characters; SQLAlchemy refuses more than 63 for this dialect"])
            #expect(error.diagnostics.first?.position?.line == 9)
        }
        // SQLAlchemy allows 255 on MySQL and 9999 on SQLite (check reports what MySQL refuses).
        #expect(try ScriptWriter(dialect: MySQLDialect()).script(for: steps).contains("CREATE INDEX \(name) ON t (a)"))
        #expect(try ScriptWriter(dialect: SQLiteDialect()).script(for: steps).contains("CREATE INDEX \(name) ON t (a)"))
    }

    @Test func checkReportsWhatTheDatabaseWouldCutOrRefuse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let longColumn = String(repeating: "é", count: 40)  // 40 characters, 80 bytes
        let longIndex = "ix_" + String(repeating: "y", count: 62)  // 65 characters
        let upgrade = """
            op.create_table('t', sa.Column('\(longColumn)', sa.Integer))
            op.create_index('\(longIndex)', 't', ['\(longColumn)'])
        """
        try revisionFile(upgrade: upgrade, downgrade: "    op.drop_index('\(longIndex)', 't')\n    op.drop_table('t')")
            .write(to: folder.appendingPathComponent("r1.py"), atomically: true, encoding: .utf8)
        let postgres = CommandLineTool.run(["check", "--dialect", "postgres", "--revisions", folder.path])
        #expect(postgres.exitCode == CommandResult.failure)
        #expect(postgres.standardError.contains("warning: column name '\(longColumn)' is 80 bytes; postgres keeps only the first 63"), "\(postgres.standardError)")
        #expect(postgres.standardError.contains("error: cannot render 'op.create_index' for postgres: index name '\(longIndex)' is 65 characters"))
        let mysql = CommandLineTool.run(["check", "--dialect", "mysql", "--revisions", folder.path])
        #expect(mysql.exitCode == CommandResult.failure)
        #expect(mysql.standardError.contains("error: index name '\(longIndex)' is 65 characters; mysql refuses names over 64"), "\(mysql.standardError)")
        #expect(!mysql.standardError.contains("column name"))
        #expect(CommandLineTool.run(["check", "--dialect", "sqlite", "--revisions", folder.path]).exitCode == CommandResult.success)
    }
}
