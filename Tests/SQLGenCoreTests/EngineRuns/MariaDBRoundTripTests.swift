// sqlgen's MySQL scripts on a real MariaDB server: round trip, step by step, and against Alembic's own scripts.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct MariaDBRoundTripTests {
    /// The example revisions (their one raw statement, `ALTER TABLE users ADD COLUMN phone_number
    /// VARCHAR(20)`, is plain SQL MariaDB runs too) and every fixture that is for the mysql
    /// dialect and whose `engines` file allows MariaDB. Fixtures for other dialects only
    /// (`identifiers`: MySQL refuses its `MATCH SIMPLE` and its raw `COMMENT ON`; `sqlite-rebuilds`:
    /// its ALTERs give no `existing_type`, which MySQL's MODIFY needs) are not run here.
    static let projects: [String] = EngineProjects.projects(for: .mariadb).filter { project in
        guard let fixture = fixtureName(project) else { return true }
        return GoldenCase.dialects(of: fixture).contains("mysql")
    }

    /// `Tests/SQLGenCoreTests/Fixtures/<name>/revisions` gives `<name>`; the example project nil.
    static func fixtureName(_ project: String) -> String? {
        let parts = project.split(separator: "/")
        guard parts.count >= 2, parts[parts.count - 1] == "revisions", parts.count > 2 else { return nil }
        return String(parts[parts.count - 2])
    }

    /// Fixtures whose Alembic script MariaDB refuses, each because of a difference README lists;
    /// the value is a piece of MariaDB's error message that shows it is that difference.
    static let alembicScriptsMariaDBRefuses: [String: String] = [
        // SQLAlchemy quotes an upper-case index method: `USING `BTREE``.
        "mysql-tables": "near '`BTREE`'",
        // SQLAlchemy writes a Boolean's `server_default='true'` as a string: `BOOL DEFAULT 'true'`.
        "mysql-data": "Invalid default value for 'visible'",
        // The same for 'false' and 'TRUE'.
        "boolean-defaults": "Invalid default value for 'enabled'",
    ]

    func roundTrip(_ project: String) -> EngineRoundTrip {
        EngineRoundTrip(engine: .mariadb, dialect: "mysql", project: project)
    }

    @Test("mariadb: upgrade, downgrade to base, upgrade again", arguments: projects)
    func roundTrip(project: String) throws {
        try roundTrip(project).roundTrip()
    }

    @Test("mariadb: one revision at a time gives the one-shot schema", arguments: projects)
    func stepByStep(project: String) throws {
        try roundTrip(project).stepByStep()
    }

    /// Alembic's own offline script for the fixture, applied to a fresh database, gives the schema
    /// sqlgen's gives. Where MariaDB refuses Alembic's script, it must be for the documented
    /// reason, and Alembic's script with the documented differences applied must then match.
    @Test("mariadb: Alembic's offline script gives sqlgen's schema", arguments: projects.compactMap(fixtureName))
    func alembicScriptGivesTheSameSchema(fixture: String) throws {
        let alembicURL = Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("alembic/mysql-upgrade.sql")
        guard let alembic = try? String(contentsOf: alembicURL, encoding: .utf8) else { return }
        guard let sqlgenDatabase = try Engines.makeDatabase(.mariadb), let alembicDatabase = try Engines.makeDatabase(.mariadb) else { return }
        try sqlgenDatabase.apply(try roundTrip("Tests/SQLGenCoreTests/Fixtures/\(fixture)/revisions").script(.upgrade, "base:heads"))

        var script = alembic
        if let reason = Self.alembicScriptsMariaDBRefuses[fixture] {
            let refusal = #expect(throws: EngineError.self) { try alembicDatabase.apply(alembic) }
            #expect(refusal?.output.contains(reason) == true, "mariadb refused Alembic's \(fixture) script for another reason: \(refusal?.output ?? "")")
            guard let fresh = try Engines.makeDatabase(.mariadb) else { return }
            script = DeliberateDifferences.apply(to: alembic, dialect: "mysql")
            try fresh.apply(script)
            #expect(Self.sortingKeys(try fresh.dumpSchema()) == Self.sortingKeys(try sqlgenDatabase.dumpSchema()))
            return
        }
        try alembicDatabase.apply(script)
        #expect(Self.sortingKeys(try alembicDatabase.dumpSchema()) == Self.sortingKeys(try sqlgenDatabase.dumpSchema()),
                "mariadb: Alembic's \(fixture) script and sqlgen's give different schemas")
    }

    /// MariaDB lists a table's indexes in the order they were created, and Alembic creates a new
    /// table's indexes in the order of a Python set; each run of KEY lines is sorted.
    static func sortingKeys(_ dump: String) -> String {
        var lines = dump.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isKey: (String) -> Bool = { line in
            ["  KEY ", "  UNIQUE KEY ", "  FULLTEXT KEY ", "  SPATIAL KEY "].contains { line.hasPrefix($0) }
        }
        var start = 0
        while start < lines.count {
            guard isKey(lines[start]) else { start += 1; continue }
            var end = start
            while end < lines.count && isKey(lines[end]) { end += 1 }
            // The last line of a run may lack the comma the others have.
            let hadComma = lines[start..<end].map { $0.hasSuffix(",") }
            let sorted = lines[start..<end].map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }.sorted()
            for (offset, line) in sorted.enumerated() {
                lines[start + offset] = line + (hadComma[offset] ? "," : "")
            }
            start = end
        }
        return lines.joined(separator: "\n")
    }

    /// What `check --dialect mysql` finds and `downgrade` refuses is what MariaDB refuses: the
    /// Flask-Migrate style downgrade printed with `--allow-failing` stops at the DROP INDEX that
    /// its comment names (error 1553), with the tables still there.
    @Test("mariadb: a downgrade sqlgen refuses is one MariaDB refuses") func refusedDowngradeFailsOnMariaDB() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-mariadb-refused-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let revision = revisionFile(upgrade: """
                op.create_table('user', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))
                op.create_table('post', sa.Column('id', sa.Integer(), nullable=False), sa.Column('user_id', sa.Integer(), nullable=True),
                                sa.ForeignKeyConstraint(['user_id'], ['user.id'], ), sa.PrimaryKeyConstraint('id'))
                with op.batch_alter_table('post', schema=None) as batch_op:
                    batch_op.create_index(batch_op.f('ix_post_user_id'), ['user_id'], unique=False)
            """, downgrade: """
                with op.batch_alter_table('post', schema=None) as batch_op:
                    batch_op.drop_index(batch_op.f('ix_post_user_id'))

                op.drop_table('post')
                op.drop_table('user')
            """)
        try revision.write(to: folder.appendingPathComponent("r1_posts.py"), atomically: true, encoding: .utf8)
        let upgrade = CommandLineTool.run(["upgrade", "head", "--dialect", "mysql", "--revisions", folder.path])
        let refused = CommandLineTool.run(["downgrade", "head:base", "--dialect", "mysql", "--revisions", folder.path])
        let allowed = CommandLineTool.run(["downgrade", "head:base", "--dialect", "mysql", "--revisions", folder.path, "--allow-failing"])
        #expect(upgrade.exitCode == 0 && refused.exitCode == 1 && allowed.exitCode == 0)
        guard let database = try Engines.makeDatabase(.mariadb) else { return }
        try database.apply(upgrade.standardOutput)
        let failure = #expect(throws: EngineError.self) { try database.apply(allowed.standardOutput) }
        #expect(failure?.output.contains("ix_post_user_id") == true, "\(failure?.output ?? "")")
        #expect(try database.tableNames().contains("post"))
    }

    /// `offset` and `returning` are not reserved in MySQL, so Alembic leaves them bare, but MariaDB
    /// refuses them as bare names; sqlgen quotes them and the script runs.
    @Test("mariadb: names MariaDB reserves beyond MySQL's list are quoted") func mariaDBReservedWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-mariadb-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let revision = revisionFile(upgrade: """
                op.create_table('pages', sa.Column('id', sa.Integer, primary_key=True), sa.Column('offset', sa.Integer),
                                sa.Column('returning', sa.String(10)))
                op.create_index('ix_pages_offset', 'pages', ['offset', 'returning'])
                op.bulk_insert(sa.table('pages', sa.column('offset'), sa.column('returning')), [{'offset': 1, 'returning': 'x'}])
            """, downgrade: "    op.drop_table('pages')")
        try revision.write(to: folder.appendingPathComponent("r1_pages.py"), atomically: true, encoding: .utf8)
        let result = CommandLineTool.run(["upgrade", "base:head", "--dialect", "mariadb", "--revisions", folder.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("`offset` INTEGER, \n    `returning` VARCHAR(10)"))
        guard let database = try Engines.makeDatabase(.mariadb) else { return }
        try database.apply(result.standardOutput)
        #expect(try database.query("SELECT `offset`, `returning` FROM pages") == ["1\tx"])
    }
}
