// Pointing sqlgen at a real project: alembic.ini discovery, env.py settings, reading only what a command runs, override files.

import Foundation
import Testing
@testable import SQLGenCore

/// The `expand-contract` project: two version locations (one with a subfolder) named by its
/// alembic.ini, env.py's own version table, a downgrade that reads the live database and an upgrade
/// that runs the application's ORM (both with override files), and an expand-only revision with
/// no `downgrade()` (an override stands for it).
@Suite struct ProjectTests {
    static let project = Paths.packageRoot.appendingPathComponent("Tests/SQLGenCoreTests/Projects/expand-contract")

    /// A copy of the project to change, removed after the test.
    func withCopy(_ body: (URL) throws -> Void) throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-project-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ProjectTests.project, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try body(copy)
    }

    @Test func findsTheVersionsFoldersFromAlembicIni() throws {
        let result = try Binary.run(["history"], in: ProjectTests.project)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
        c3a4b5c6d7e8 -> d4f5e6a7b8c9 (head), create audit log (expand only)
        b2e1d0c9f8a7 -> c3a4b5c6d7e8, seed accounts
        a1f0c2d3e4b5 -> b2e1d0c9f8a7, add account email
        <base> -> a1f0c2d3e4b5, create accounts

        """)
    }

    @Test func configOptionWorksFromAnyFolderAndVerboseSaysWhereSettingsCameFrom() throws {
        let result = try Binary.run(["upgrade", "base:heads", "--dialect", "postgres", "-v",
                                     "--config", ProjectTests.project.appendingPathComponent("alembic.ini").path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        // env.py names the version table; the two locations and the subfolder are all read.
        #expect(result.standardOutput.contains("CREATE TABLE accounts_version ("))
        for id in ["a1f0c2d3e4b5", "b2e1d0c9f8a7", "c3a4b5c6d7e8", "d4f5e6a7b8c9"] {
            #expect(result.standardOutput.contains("-> \(id)\n"))
        }
        #expect(result.standardError.contains("note: revisions from"))
        #expect(result.standardError.contains("and their subfolders"))
        #expect(result.standardError.contains("version_table='accounts_version'"))
        // The command line wins over env.py.
        let named = try Binary.run(["upgrade", "base:heads", "--dialect", "postgres", "--version-table", "deploys"], in: ProjectTests.project)
        #expect(named.standardOutput.contains("CREATE TABLE deploys ("))
        #expect(!named.standardOutput.contains("accounts_version"))
    }

    @Test func overrideFilesReplaceTheFunctionAndAreMarked() throws {
        let upgrade = try Binary.run(["upgrade", "base:heads", "--dialect", "sqlite"], in: ProjectTests.project)
        #expect(upgrade.exitCode == 0, "\(upgrade.standardError)")
        #expect(upgrade.standardOutput.contains("""
        -- Running upgrade b2e1d0c9f8a7 -> c3a4b5c6d7e8

        -- SQL from ./migrations/data/c3a4b5c6d7e8_seed_accounts.upgrade.sql

        /* The rows the application's seed script adds; a semicolon inside a literal stays in it. */
        INSERT INTO accounts (id, name, email) VALUES (1, 'alpha', 'alpha@example.com');

        INSERT INTO accounts (id, name, status) VALUES (2, 'o''brien; ltd', 'paused');

        UPDATE accounts_version SET version_num='c3a4b5c6d7e8'
        """))
        // The per-dialect file wins over the general one.
        let mysql = try Binary.run(["downgrade", "heads:base", "--dialect", "mariadb"], in: ProjectTests.project)
        #expect(mysql.exitCode == 0, "\(mysql.standardError)")
        #expect(mysql.standardOutput.contains("add_account_email.downgrade.mysql.sql\n\nDROP INDEX ix_accounts_email ON accounts;\n\nALTER TABLE accounts DROP COLUMN email;"))
        let postgres = try Binary.run(["downgrade", "heads:base", "--dialect", "postgres"], in: ProjectTests.project)
        #expect(postgres.standardOutput.contains("add_account_email.downgrade.sql\n\n-- The addresses are archived by the operations team before this runs.\nDROP INDEX ix_accounts_email;"))
    }

    @Test func aMissingDowngradeMattersOnlyToADowngradeThroughIt() throws {
        try withCopy { copy in
            try FileManager.default.removeItem(at: copy.appendingPathComponent("migrations/versions/d4f5e6a7b8c9_create_audit_log.downgrade.sql"))
            #expect(try Binary.run(["upgrade", "base:heads", "--dialect", "postgres"], in: copy).exitCode == 0)
            #expect(try Binary.run(["history"], in: copy).exitCode == 0)
            // Stopping above it is fine.
            #expect(try Binary.run(["downgrade", "heads:d4f5e6a7b8c9", "--dialect", "postgres"], in: copy).exitCode == 0)
            let through = try Binary.run(["downgrade", "heads:base", "--dialect", "postgres"], in: copy)
            #expect(through.exitCode == 1)
            #expect(through.standardOutput == "")
            #expect(through.standardError.contains("d4f5e6a7b8c9_create_audit_log.py:1:1: error: no 'downgrade()' function, so a downgrade cannot go through this revision"))
            #expect(through.standardError.contains("error: revision 'd4f5e6a7b8c9': 'downgrade()' cannot be rendered"))
            #expect(through.standardError.contains("write its SQL in './migrations/versions/d4f5e6a7b8c9_create_audit_log.downgrade.sql'"))
        }
    }

    @Test func anUnreadableFunctionWithoutOverrideStopsOnlyTheCommandsThatRunIt() throws {
        try withCopy { copy in
            try FileManager.default.removeItem(at: copy.appendingPathComponent("migrations/versions/b2e1d0c9f8a7_add_account_email.downgrade.sql"))
            #expect(try Binary.run(["upgrade", "base:heads", "--dialect", "postgres"], in: copy).exitCode == 0)
            let downgrade = try Binary.run(["downgrade", "heads:base", "--dialect", "postgres"], in: copy)
            #expect(downgrade.exitCode == 1)
            #expect(downgrade.standardOutput == "")
            #expect(downgrade.standardError.contains("b2e1d0c9f8a7_add_account_email.py:25:12:"))
            // check reads everything and reports it.
            let check = try Binary.run(["check"], in: copy)
            #expect(check.exitCode == 1)
            #expect(check.standardError.contains("b2e1d0c9f8a7_add_account_email.py:25:12:"))
            #expect(check.standardError.contains("write its SQL in './migrations/versions/b2e1d0c9f8a7_add_account_email.downgrade.sql'"))
        }
    }

    @Test func checkSaysWhenAnOverrideStandsForAFunctionThatReads() throws {
        try withCopy { copy in
            let stale = copy.appendingPathComponent("migrations/versions/2024/a1f0c2d3e4b5_create_accounts.upgrade.sql")
            try "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n".write(to: stale, atomically: true, encoding: .utf8)
            let check = try Binary.run(["check"], in: copy)
            #expect(check.exitCode == 0, "\(check.standardError)")
            #expect(check.standardError.contains("a1f0c2d3e4b5_create_accounts.upgrade.sql' replaces 'upgrade()', which sqlgen can read; the override may be stale"))
            // Only check reads an overridden function; a script just takes the override.
            let downgrade = try Binary.run(["downgrade", "heads:base", "--dialect", "postgres"], in: copy)
            #expect(downgrade.exitCode == 0, "\(downgrade.standardError)")
            #expect(!downgrade.standardError.contains("may be stale"))
        }
    }

    /// A release records the override files its range took, with their checksums, and verify
    /// notices one edited later.
    @Test func aReleaseRecordsTheOverridesOfItsRange() throws {
        try withCopy { copy in
            let release = try Binary.run(["release", "r1", "--to", "b2e1d0c9f8a7", "--dialect", "postgres", "--out", "out/r1"], in: copy)
            #expect(release.exitCode == 0, "\(release.standardError)")
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: copy.appendingPathComponent("out/r1/manifest.json"))) as? [String: Any]
            let overrides = (manifest?["overrides"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
            #expect(overrides == ["./migrations/versions/b2e1d0c9f8a7_add_account_email.downgrade.sql"])
            let override = copy.appendingPathComponent("migrations/versions/b2e1d0c9f8a7_add_account_email.downgrade.sql")
            try "DROP INDEX ix_accounts_email;\n".write(to: override, atomically: true, encoding: .utf8)
            let verify = try Binary.run(["verify", "out/r1"], in: copy)
            #expect(verify.exitCode == 1)
            #expect(verify.standardError.contains("input-changed: ./migrations/versions/b2e1d0c9f8a7_add_account_email.downgrade.sql"))
        }
    }

    @Test func pointingRevisionsAtTheProjectGivesTheVersionsFolder() throws {
        for wrong in ["", "/alembic.ini", "/migrations"] {
            let result = try Binary.run(["history", "--revisions", ProjectTests.project.path + wrong])
            #expect(result.exitCode == 1)
            #expect(result.standardError.contains("is an Alembic project, not its versions folder"))
            #expect(result.standardError.contains("hint: pass '--revisions \(ProjectTests.project.path)/migrations/versions'"))
        }
    }

    @Test func revisionsMayBeRepeated() throws {
        let base = ProjectTests.project.appendingPathComponent("migrations").path
        // Without the data folder, c3 is missing and d4's parent is unknown.
        let one = try Binary.run(["heads", "--revisions", base + "/versions", "--revisions", base + "/versions/2024"])
        #expect(one.exitCode == 1)
        let both = try Binary.run(["heads", "--revisions", base + "/versions", "--revisions", base + "/versions/2024", "--revisions", base + "/data"])
        #expect(both.exitCode == 0, "\(both.standardError)")
        #expect(both.standardOutput == "d4f5e6a7b8c9 (head)\n")
    }

    @Test func noProjectHereSaysWhatToDo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Binary.run(["history"], in: empty)
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("no revisions folder: no './revisions', no 'alembic.ini'"))
    }
}

/// The configuration readers on their own: Alembic's separators and pyproject.toml.
@Suite struct AlembicConfigurationTests {
    @Test func versionLocationsSplitAsPathSeparatorSays() throws {
        #expect(try AlembicProject.splitLocations("a b,c", separator: nil) == ["a", "b", "c"])
        #expect(try AlembicProject.splitLocations("a b:c", separator: "os") == ["a b", "c"])
        #expect(try AlembicProject.splitLocations("a;b c", separator: ";") == ["a", "b c"])
        #expect(try AlembicProject.splitLocations("a b", separator: "space") == ["a", "b"])
        #expect(try AlembicProject.splitLocations("\na\nb", separator: "newline") == ["a", "b"])
        #expect(throws: DiagnosticError.self) { try AlembicProject.splitLocations("a", separator: "comma") }
    }

    @Test func iniValuesContinueOnIndentedLinesAndKnowHere() {
        let text = "[alembic]\nscript_location = %(here)s/db\nversion_locations =\n    %(here)s/one\n    %(here)s/two\n# comment\n[other]\nscript_location = x\n"
        let section = IniFile.section("alembic", of: text, here: "/p")
        #expect(section?["script_location"] == "/p/db")
        #expect(section?["version_locations"] == "\n/p/one\n/p/two")
        #expect(IniFile.section("missing", of: text, here: "/p") == nil)
    }

    @Test func pyprojectToolAlembicIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-toml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        [project]
        name = "app"

        [tool.alembic]
        script_location = "%(here)s/migrations"  # the scripts
        version_locations = [
            "%(here)s/migrations/versions",
            "%(here)s/plugins/versions",
        ]
        recursive_version_locations = true
        """.write(to: folder.appendingPathComponent("pyproject.toml"), atomically: true, encoding: .utf8)
        let project = try AlembicProject.find(configFile: nil, in: folder.path)
        #expect(project?.scriptLocation == folder.path + "/migrations")
        #expect(project?.versionLocations == [folder.path + "/migrations/versions", folder.path + "/plugins/versions"])
        #expect(project?.recursive == true)
    }

    @Test func envPyLiteralsAreReadAndDisagreementsLeftOut() {
        let file = SourceFile(path: "env.py", text: """
        from alembic import context
        def offline():
            context.configure(url=u, version_table="v", version_table_schema="ops", transaction_per_migration=True)
        def online():
            with x:
                context.configure(connection=c, version_table="v", version_table_schema=SCHEMA)
        """)
        let settings = EnvironmentSettings.read(file)
        #expect(settings.versionTable == "v")
        #expect(settings.versionTableSchema == nil)
        #expect(settings.transactionPerMigration == true)
        #expect(settings.ignored == ["version_table_schema"])
    }
}

/// Hand-written SQL split into the statements a script writes.
@Suite struct SQLStatementSplitterTests {
    @Test func semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        let text = """
        INSERT INTO t VALUES ('a;b', "c;d");
        -- a comment; still a comment
        DO $body$ BEGIN PERFORM 1; END $body$;
        /* block; comment */ UPDATE t SET x = $$;$$;
        -- trailing comment only
        """
        #expect(SQLStatementSplitter.statements(in: text, batchSeparator: nil) == [
            "INSERT INTO t VALUES ('a;b', \"c;d\")",
            "-- a comment; still a comment\nDO $body$ BEGIN PERFORM 1; END $body$",
            "/* block; comment */ UPDATE t SET x = $$;$$",
        ])
    }

    @Test func separatorLinesSplitBatchesThatKeepTheirSemicolons() {
        let text = "BEGIN\n  INSERT INTO t VALUES (1);\nEND;\n/\nUPDATE t SET x = 2\n/\n"
        #expect(SQLStatementSplitter.statements(in: text, batchSeparator: "/", keepsSemicolons: true) == [
            "BEGIN\n  INSERT INTO t VALUES (1);\nEND;", "UPDATE t SET x = 2",
        ])
        #expect(SQLStatementSplitter.statements(in: "SELECT 1;\ngo\nSELECT 2;\n", batchSeparator: "GO") == ["SELECT 1", "SELECT 2"])
        // A `$1` parameter is no dollar quote.
        #expect(SQLStatementSplitter.statements(in: "SELECT $1; SELECT 2", batchSeparator: nil) == ["SELECT $1", "SELECT 2"])
    }
}

/// What a command reads of a file: a problem in one function does not stop the header or the other.
@Suite struct FunctionReadingTests {
    @Test func problemsStayWithTheFunctionTheyAreIn() {
        let text = revisionFile(upgrade: "    op.drop_table('a')", downgrade: "    rows = op.get_bind().execute(q).fetchall(\n    x = = 1")
        let (revision, diagnostics) = RevisionReader.read(SourceFile(path: "r.py", text: text))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(revision?.upgrade.operations.count == 1)
        #expect(revision?.upgrade.hasErrors == false)
        #expect(revision?.downgrade.hasErrors == true)
    }

    @Test func aCommandReadsOnlyTheFunctionsItAsksFor() {
        let file = SourceFile(path: "r.py", text: revisionFile(upgrade: "    op.drop_table('a')", downgrade: "    undefined_helper()"))
        let (headerOnly, _) = RevisionReader.read(file, functions: .none)
        #expect(headerOnly?.id == "r1")
        #expect(headerOnly?.upgrade.isRead == false)
        #expect(headerOnly?.downgrade.isRead == false)
        let (upgradeOnly, _) = RevisionReader.read(file, functions: .upgrade)
        #expect(upgradeOnly?.upgrade.operations.count == 1)
        #expect(upgradeOnly?.downgrade.isRead == false)
        let (both, _) = RevisionReader.read(file, functions: .both)
        #expect(both?.downgrade.hasErrors == true)
    }

    @Test func aFunctionNotRunIsNotEvenParsed() {
        let file = SourceFile(path: "r.py", text: revisionFile(upgrade: "    op.drop_table('a')", downgrade: "    x = = 1\n    if (:\n        pass"))
        let (upgradeOnly, diagnostics) = RevisionReader.read(file, functions: .upgrade)
        #expect(diagnostics.isEmpty)
        #expect(upgradeOnly?.upgrade.operations.count == 1)
        let (headerOnly, headerDiagnostics) = RevisionReader.read(file, functions: .none)
        #expect(headerDiagnostics.isEmpty)
        #expect(headerOnly?.id == "r1")
        #expect(RevisionReader.read(file, functions: .both).revision?.downgrade.hasErrors == true)
    }

    @Test func aSyntaxErrorOutsideTheFunctionsStillStopsTheFile() {
        let (revision, diagnostics) = readRevision("revision = 'r1'\ndown_revision = None\nx = = 1\ndef upgrade():\n    pass\ndef downgrade():\n    pass\n")
        #expect(revision == nil)
        #expect(diagnostics.contains { $0.severity == .error })
    }

    /// An earlier revision that cannot be read does not matter to a later range, until an
    /// operation needs the schema it may have changed; then both places are named.
    @Test func anUnreadableEarlierRevisionIsNamedWhenTheSchemaIsNeeded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a.py", revisionFile(upgrade: "    op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('n', sa.String(10)))",
                                       header: "import sqlalchemy as sa\nrevision = 'a'\ndown_revision = None\n"))
        try write("b.py", revisionFile(upgrade: "    for row in op.get_bind().execute(q):\n        pass", header: "revision = 'b'\ndown_revision = 'a'\n"))
        try write("c.py", revisionFile(upgrade: "    op.add_column('t', sa.Column('m', sa.Integer()))",
                                       header: "import sqlalchemy as sa\nrevision = 'c'\ndown_revision = 'b'\n"))
        try write("d.py", revisionFile(upgrade: "    op.alter_column('t', 'n', nullable=False)",
                                       header: "import sqlalchemy as sa\nrevision = 'd'\ndown_revision = 'c'\n"))
        // PostgreSQL adds a column without knowing the table.
        let postgres = CommandLineTool.run(["upgrade", "b:c", "--dialect", "postgres", "--revisions", folder.path])
        #expect(postgres.exitCode == 0, "\(postgres.standardError)")
        // SQLite rebuilds the table for NOT NULL, and MySQL restates the column: both need its shape.
        for dialect in ["sqlite", "mysql"] {
            let result = CommandLineTool.run(["upgrade", "c:d", "--dialect", dialect, "--revisions", folder.path])
            #expect(result.exitCode == 1)
            #expect(result.standardOutput == "")
            #expect(result.standardError.contains("d.py:10:"), "\(result.standardError)")
            #expect(result.standardError.contains("which revision 'b' may have changed, and its 'upgrade()' cannot be read (\(folder.path)/b.py:9:"))
        }
    }

    /// `upgrade FROM:TO` after base reads the bodies of its own revisions only, when nothing in
    /// them needs the schema earlier revisions built: an earlier override file that cannot even
    /// be opened (here a folder) is not touched. A range through it, or one that needs the
    /// earlier schema, reads it and says so.
    @Test func anUpgradeOfALaterRangeReadsOnlyItsOwnRevisions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-later-range-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a.py", revisionFile(upgrade: "    op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('n', sa.String(10)))",
                                       header: "revision = 'a'\ndown_revision = None\n"))
        try write("b.py", revisionFile(upgrade: "    pass", header: "revision = 'b'\ndown_revision = 'a'\n"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b.upgrade.sql"), withIntermediateDirectories: true)
        try write("c.py", revisionFile(upgrade: "    op.add_column('t', sa.Column('m', sa.Integer()))\n    op.create_index('ix_t_m', 't', ['m'])",
                                       header: "revision = 'c'\ndown_revision = 'b'\n"))
        try write("d.py", revisionFile(upgrade: "    op.alter_column('t', 'n', nullable=False)", header: "revision = 'd'\ndown_revision = 'c'\n"))
        for dialect in ["postgres", "sqlite", "mysql"] {
            let later = CommandLineTool.run(["upgrade", "b:c", "--dialect", dialect, "--revisions", folder.path])
            #expect(later.exitCode == 0, "\(dialect): \(later.standardError)")
            #expect(later.standardOutput.contains("-- Running upgrade b -> c"))
            #expect(!later.standardOutput.contains("-- Running upgrade a -> b"))
            // Through b, or needing the table's shape (a NOT NULL that SQLite rebuilds and MySQL
            // restates): b's override is read. PostgreSQL sets NOT NULL in place and needs nothing.
            for range in dialect == "postgres" ? ["a:c"] : ["a:c", "c:d"] {
                let result = CommandLineTool.run(["upgrade", range, "--dialect", dialect, "--revisions", folder.path])
                #expect(result.exitCode == 1, "\(dialect) \(range)")
                #expect(result.standardError.contains("b.upgrade.sql"), "\(dialect) \(range): \(result.standardError)")
            }
        }
        let inPlace = CommandLineTool.run(["upgrade", "c:d", "--dialect", "postgres", "--revisions", folder.path])
        #expect(inPlace.exitCode == 0, "\(inPlace.standardError)")
        #expect(inPlace.standardOutput.contains("ALTER TABLE t ALTER COLUMN n SET NOT NULL"))
    }

    /// What PostgreSQL needs of the earlier schema when it reads only a range: the enum types a
    /// dropped column or table, or a changed type, leaves unused (dropped after it). A default
    /// needs nothing: PostgreSQL takes it as the revision writes it.
    @Test func postgresReadsTheEarlierSchemaForEnumTypesAndDefaults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-pg-range-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a.py", revisionFile(upgrade: """
                op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('s', sa.Enum('x', 'y', name='state')),
                                sa.Column('ok', sa.Boolean()), sa.Column('k', sa.Enum('p', 'q', name='kind')))
                op.create_table('u', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('k', sa.Enum('p', 'q', name='kind', create_type=False)))
            """, header: "revision = 'a'\ndown_revision = None\n"))
        try write("b.py", revisionFile(upgrade: "    op.alter_column('t', 'ok', server_default='false')", header: "revision = 'b'\ndown_revision = 'a'\n"))
        try write("c.py", revisionFile(upgrade: "    op.drop_column('t', 's')", header: "revision = 'c'\ndown_revision = 'b'\n"))
        try write("d.py", revisionFile(upgrade: "    op.alter_column('t', 'k', type_=sa.String(10))\n    op.drop_table('u')",
                                       header: "revision = 'd'\ndown_revision = 'c'\n"))
        let expected = ["a:b": "ALTER TABLE t ALTER COLUMN ok SET DEFAULT 'false'", "b:c": "DROP TYPE state", "c:d": "DROP TYPE kind"]
        for (range, statement) in expected {
            let result = CommandLineTool.run(["upgrade", range, "--dialect", "postgres", "--revisions", folder.path])
            #expect(result.exitCode == 0, "\(range): \(result.standardError)")
            #expect(result.standardOutput.contains(statement), "\(range): \(result.standardOutput)")
        }
    }

    /// Reading only a range's bodies gives the script that reading and replaying every revision
    /// gives, from every starting revision of the fixtures, on every dialect.
    @Test(arguments: ["example", "plain-tables", "postgres-features", "sqlite-rebuilds", "alter-columns", "mysql-tables", "native-enum-check",
                      "constraints", "identifiers", "quoting", "boolean-defaults", "function-defaults", "identity-key", "data-expressions",
                      "mysql-alter", "oracle-features", "mssql-features", "vocabulary", "bind-ddl"])
    func aLaterRangeGivesTheScriptOfAFullRead(fixture: String) throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/SQLGenCoreTests/Fixtures/\(fixture)/revisions").path
        for name in ["postgres", "sqlite", "mysql", "mssql", "oracle"] {
            let dialect = try #require(Dialects.named(name))
            let overrides = OverrideSyntax(dialectNames: Dialects.spellings(of: dialect), batchSeparator: dialect.batchSeparator,
                                           keepsSemicolons: dialect.statementTerminator.isEmpty)
            let source = RevisionSource(folders: [folder], overrides: overrides, dialectName: dialect.sqlAlchemyName)
            let loaded = try RevisionLoader.load(source, functions: .upgrade)
            let graph = try RevisionGraph(loaded.revisions)
            for revision in graph.revisions {
                let range = "\(revision.id):heads"
                let result = CommandLineTool.run(["upgrade", range, "--dialect", name, "--revisions", folder])
                var full = ""
                var refused = false
                do {
                    let steps = try Planner(graph: graph).plan(.upgrade, range: range)
                    full = try ScriptWriter(dialect: dialect).scriptParts(for: steps, catalog: Catalog.before(steps, in: graph)).joined()
                } catch {
                    refused = true
                }
                #expect(result.exitCode == (refused ? 1 : 0), "\(fixture) \(name) \(range): \(result.standardError)")
                #expect(result.standardOutput == full, "\(fixture) \(name) \(range)")
            }
        }
    }
}

/// The project applied to real engines: upgrade (override SQL included, rows inserted), downgrade to
/// base, upgrade again.
@Suite struct ProjectEngineTests {
    static let config = ProjectTests.project.appendingPathComponent("alembic.ini").path

    func script(_ arguments: [String]) throws -> String {
        let result = CommandLineTool.run(arguments + ["--config", ProjectEngineTests.config])
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test("project round trip", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func roundTrip(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        let upgrade = try script(["upgrade", "base:heads", "--dialect", dialect])
        let downgrade = try script(["downgrade", "heads:base", "--dialect", dialect])
        try database.apply(upgrade)
        #expect(try database.tableNames() == ["accounts", "accounts_version", "audit_log"])
        #expect(try database.query("SELECT id, name, status FROM accounts ORDER BY id") == ["1\talpha\tactive", "2\to'brien; ltd\tpaused"])
        #expect(try database.query("SELECT version_num FROM accounts_version") == ["d4f5e6a7b8c9"])
        let schema = try database.dumpSchema()
        try database.apply(downgrade)
        #expect(try database.tableNames() == ["accounts_version"])
        #expect(try database.query("SELECT version_num FROM accounts_version") == [])
        try database.apply("DROP TABLE accounts_version;")
        try database.apply(upgrade)
        #expect(try database.dumpSchema() == schema)
    }
}
