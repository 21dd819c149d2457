// The round trip every engine test runs: sqlgen's scripts applied to a real engine and checked.

import Foundation
import Testing
@testable import SQLGenCore

/// Which projects an engine's tests run: the example revisions, and every fixture whose
/// `engines` file names the engine (a fixture without that file is valid for every engine).
enum EngineProjects {
    static func projects(for engine: EngineKind) -> [String] {
        var projects = ["revisions"]
        for fixture in Paths.fixtureCases where fixture != "example" {
            let folder = Paths.fixtures.appendingPathComponent(fixture)
            let declared = try? String(contentsOf: folder.appendingPathComponent("engines"), encoding: .utf8)
            let engines = declared.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            if engines == nil || engines?.contains(engine.rawValue) == true {
                projects.append("Tests/SQLGenCoreTests/Fixtures/\(fixture)/revisions")
            }
        }
        return projects
    }
}

/// Upgrade, downgrade to base, upgrade again; and one revision at a time. The same checks for
/// every engine, so what one engine proves the others prove too.
struct EngineRoundTrip {
    var engine: EngineKind
    var dialect: String
    var project: String

    var folder: String { Paths.packageRoot.appendingPathComponent(project).path }

    /// `--x` for each line of the fixture's `x-arguments` file, as its Alembic scripts were made.
    var xOptions: [String] {
        let file = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("x-arguments")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.flatMap { ["--x", $0] }
    }

    func script(_ direction: Direction, _ range: String) throws -> String {
        let result = CommandLineTool.run([direction.rawValue, range, "--dialect", dialect, "--revisions", folder] + xOptions)
        guard result.exitCode == 0 else { throw EngineError(engine, "sqlgen failed", output: result.standardError) }
        return result.standardOutput
    }

    func graph() throws -> RevisionGraph {
        try RevisionGraph(try RevisionLoader.load(folder: folder))
    }

    func versionRows(_ database: EngineDatabase) throws -> [String] {
        try database.query("SELECT version_num FROM alembic_version ORDER BY version_num")
    }

    /// Upgrade from base (the version table holds one row per head), downgrade to base (only the
    /// version table is left, empty), upgrade again (the same schema as the first time).
    func roundTrip() throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        let upgrade = try script(.upgrade, "base:heads")
        let downgrade = try script(.downgrade, "heads:base")

        try database.apply(upgrade)
        let firstSchema = try database.dumpSchema()
        #expect(try versionRows(database) == (try graph().realHeads.map(\.id).sorted()))
        #expect(try database.tableNames().count > 1)

        try database.apply(downgrade)
        #expect(try database.tableNames() == ["alembic_version"], "\(engine.rawValue): the downgrade must leave only the version table")
        #expect(try versionRows(database) == [])

        // A script from base creates the version table, so the second upgrade starts without it.
        try database.apply("DROP TABLE alembic_version;")
        try database.apply(upgrade)
        #expect(try database.dumpSchema() == firstSchema, "\(engine.rawValue): upgrading again must give the same schema")
    }

    /// Upgrading one revision at a time gives the schema of the one-shot upgrade, with the right
    /// version rows after each step. Each step starts from the rows the last one left (several
    /// while branches are open).
    func stepByStep() throws {
        guard let oneShot = try Engines.makeDatabase(engine), let stepped = try Engines.makeDatabase(engine) else { return }
        try oneShot.apply(try script(.upgrade, "base:heads"))
        let steps = try Planner(graph: try graph()).plan(.upgrade, range: "base:heads")
        var rows: [String] = []
        for step in steps {
            let start = rows.isEmpty ? "base" : rows.joined(separator: ",")
            try stepped.apply(try script(.upgrade, "\(start):\(step.revision.id)"))
            for change in step.versionChanges {
                switch change {
                case .insert(let id): rows.append(id)
                case .delete(let id): rows.removeAll { $0 == id }
                case .update(let from, let to): rows = rows.map { $0 == from ? to : $0 }
                }
            }
            #expect(try versionRows(stepped) == rows.sorted())
        }
        #expect(try stepped.dumpSchema() == (try oneShot.dumpSchema()), "\(engine.rawValue): step by step must give the one-shot schema")
    }
}

extension EngineRoundTrip {
    /// Whether any revision renames a table or column. The database keeps the names it gave a
    /// table's constraints and sequences when it was created (`category_pkey` stays after a rename
    /// to `categories`), which a schema written fresh cannot know; such projects are compared by
    /// the round trip only.
    func renames() throws -> Bool {
        func renames(_ operations: [SQLGenCore.Operation]) -> Bool {
            operations.contains { operation in
                switch operation.kind {
                case .renameTable: return true
                case .alterColumn(let alter): return alter.newName != nil
                case .batch(let batch): return renames(batch.operations)
                default: return false
                }
            }
        }
        return try graph().revisions.contains { renames($0.upgrade.operations) }
    }

    /// The schema to compare: the engine's dump, except on SQLite, which keeps each table's
    /// CREATE text as written (an ADD COLUMN is spliced into it), so its columns, keys and
    /// indexes are compared as SQLite reports them.
    func structure(_ database: EngineDatabase) throws -> [String] {
        guard engine == .sqlite else { return [try database.dumpSchema()] }
        var rows: [String] = []
        for table in try database.tableNames() {
            let quoted = "'" + table.replacingOccurrences(of: "'", with: "''") + "'"
            rows.append("table \(table)")
            rows += try database.query("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(\(quoted)) ORDER BY cid")
            rows += try database.query("SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(\(quoted)) ORDER BY id, seq")
            rows += try database.query("SELECT name, \"unique\", origin FROM pragma_index_list(\(quoted)) WHERE origin = 'c' ORDER BY name")
        }
        return rows
    }

    /// Whether a revision runs raw DDL that the schema does not model (`CREATE SCHEMA`, ...);
    /// `schema` writes tables, not such statements, and says so.
    func runsRawDDL() throws -> Bool {
        let graph = try graph()
        var catalog = Catalog()
        for revision in graph.parentsFirst(graph.revisions.map(\.id)) {
            for operation in revision.upgrade.operations { catalog.apply(operation) }
        }
        return !catalog.rawStatements.isEmpty
    }

    /// `sqlgen schema --at heads` on an empty database gives the schema the upgrade script gives.
    func schemaScriptMatchesUpgrade() throws {
        guard try !renames(), try !runsRawDDL() else { return }
        guard let upgraded = try Engines.makeDatabase(engine), let created = try Engines.makeDatabase(engine) else { return }
        try upgraded.apply(try script(.upgrade, "base:heads"))
        let result = CommandLineTool.run(["schema", "--at", "heads", "--dialect", dialect, "--revisions", folder] + xOptions)
        guard result.exitCode == 0 else { throw EngineError(engine, "sqlgen schema failed", output: result.standardError) }
        try created.apply(result.standardOutput)
        #expect(try structure(created) == (try structure(upgraded)), "\(engine.rawValue): 'schema --at heads' must give the upgraded schema")
        #expect(try versionRows(created) == (try versionRows(upgraded)))
    }
}

@Suite struct SchemaScriptEngineTests {
    @Test("sqlite: schema --at heads gives the upgraded schema", arguments: EngineProjects.projects(for: .sqlite))
    func sqlite(project: String) throws {
        try EngineRoundTrip(engine: .sqlite, dialect: "sqlite", project: project).schemaScriptMatchesUpgrade()
    }

    @Test("postgres: schema --at heads gives the upgraded schema", arguments: EngineProjects.projects(for: .postgres))
    func postgres(project: String) throws {
        try EngineRoundTrip(engine: .postgres, dialect: "postgres", project: project).schemaScriptMatchesUpgrade()
    }

    @Test("mariadb: schema --at heads gives the upgraded schema", arguments: EngineProjects.projects(for: .mariadb))
    func mariadb(project: String) throws {
        try EngineRoundTrip(engine: .mariadb, dialect: "mysql", project: project).schemaScriptMatchesUpgrade()
    }
}

extension EngineRoundTrip {
    /// Alembic's own upgrade script for the project, where it wrote one that is meant to run.
    func alembicUpgradeScript() throws -> String? {
        let fixture = project == "revisions" ? Paths.fixtures.appendingPathComponent("example") : Paths.packageRoot.appendingPathComponent(project).deletingLastPathComponent()
        let alembic = fixture.appendingPathComponent("alembic/\(dialect)-upgrade.sql")
        let refused = fixture.appendingPathComponent("alembic/\(dialect)-upgrade.cannot-run")
        guard FileManager.default.fileExists(atPath: alembic.path), !FileManager.default.fileExists(atPath: refused.path) else { return nil }
        return try String(contentsOf: alembic, encoding: .utf8)
    }

    /// Alembic's script and sqlgen's give the same schema where Alembic's runs. Where it runs but
    /// the database reads it otherwise than meant (a `.misread` file says how), Alembic's script
    /// gives another schema, and with the documented differences applied the same one.
    func alembicScriptGivesTheSameSchema() throws {
        guard let alembic = try alembicUpgradeScript(),
              let fromAlembic = try Engines.makeDatabase(engine), let fromSQLGen = try Engines.makeDatabase(engine) else { return }
        try fromSQLGen.apply(try script(.upgrade, "base:heads"))
        let fixture = Paths.packageRoot.appendingPathComponent(project).deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: fixture.appendingPathComponent("alembic/\(dialect)-upgrade.misread").path) {
            guard let misread = try Engines.makeDatabase(engine) else { return }
            try misread.apply(alembic)
            #expect(try structure(misread) != (try structure(fromSQLGen)), "\(engine.rawValue): the .misread file says Alembic's script gives another schema")
            try fromAlembic.apply(DeliberateDifferences.apply(to: alembic, dialect: dialect))
        } else {
            try fromAlembic.apply(alembic)
        }
        #expect(try structure(fromAlembic) == (try structure(fromSQLGen)), "\(engine.rawValue): Alembic's script and sqlgen's give different schemas")
    }
}

@Suite struct AlembicScriptEngineTests {
    @Test("postgres: Alembic's script and sqlgen's give the same schema", arguments: EngineProjects.projects(for: .postgres))
    func postgres(project: String) throws {
        try EngineRoundTrip(engine: .postgres, dialect: "postgres", project: project).alembicScriptGivesTheSameSchema()
    }

    @Test("sqlite: Alembic's script and sqlgen's give the same schema", arguments: EngineProjects.projects(for: .sqlite))
    func sqlite(project: String) throws {
        try EngineRoundTrip(engine: .sqlite, dialect: "sqlite", project: project).alembicScriptGivesTheSameSchema()
    }
}

/// Fixtures whose Alembic script is marked `.cannot-run` for an engine's dialect: applying
/// Alembic's script must fail there, or the mark (and sqlgen's difference) is unfounded.
enum AlembicRefusals {
    static func cases(dialect: String) -> [String] {
        Paths.fixtureCases.flatMap { fixture in
            ["upgrade", "downgrade"].compactMap { direction in
                let mark = Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("alembic/\(dialect)-\(direction).cannot-run")
                return FileManager.default.fileExists(atPath: mark.path) ? "\(fixture)/\(direction)" : nil
            }
        }
    }

    static func check(_ testCase: String, engine: EngineKind, dialect: String) throws {
        let parts = testCase.split(separator: "/").map(String.init)
        let folder = Paths.fixtures.appendingPathComponent(parts[0])
        guard let database = try Engines.makeDatabase(engine) else { return }
        if parts[1] == "downgrade" {
            let upgrade = CommandLineTool.run(["upgrade", "base:heads", "--dialect", dialect, "--revisions", folder.appendingPathComponent("revisions").path])
            try database.apply(upgrade.standardOutput)
        }
        let alembic = try String(contentsOf: folder.appendingPathComponent("alembic/\(dialect)-\(parts[1]).sql"), encoding: .utf8)
        #expect(throws: (any Error).self, "\(engine.rawValue) runs Alembic's \(testCase) script, so it is not refused") { try database.apply(alembic) }
    }
}

@Suite struct SQLiteRoundTripTests {
    @Test("sqlite: Alembic's scripts marked cannot-run fail on SQLite", arguments: AlembicRefusals.cases(dialect: "sqlite"))
    func alembicRefused(testCase: String) throws {
        try AlembicRefusals.check(testCase, engine: .sqlite, dialect: "sqlite")
    }

    @Test("sqlite: upgrade, downgrade to base, upgrade again", arguments: EngineProjects.projects(for: .sqlite))
    func roundTrip(project: String) throws {
        try EngineRoundTrip(engine: .sqlite, dialect: "sqlite", project: project).roundTrip()
    }

    @Test("sqlite: one revision at a time gives the one-shot schema", arguments: EngineProjects.projects(for: .sqlite))
    func stepByStep(project: String) throws {
        try EngineRoundTrip(engine: .sqlite, dialect: "sqlite", project: project).stepByStep()
    }
}
