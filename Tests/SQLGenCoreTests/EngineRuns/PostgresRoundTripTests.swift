// sqlgen's PostgreSQL scripts on a real PostgreSQL server: upgrade, downgrade, upgrade again.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct PostgresRoundTripTests {
    /// The fixtures' revision folders, and the example project.
    static let projects: [String] = EngineProjects.projects(for: .postgres)

    func script(_ direction: Direction, _ range: String, _ project: String) throws -> String {
        let result = CommandLineTool.run([direction.rawValue, range, "--dialect", "postgres", "--revisions", Paths.packageRoot.appendingPathComponent(project).path])
        guard result.exitCode == 0 else { throw EngineError(.postgres, "sqlgen failed", output: result.standardError) }
        return result.standardOutput
    }

    /// The version rows after `upgrade base:heads`: one per head, sorted (the table has no order).
    func heads(_ project: String) throws -> [String] {
        let revisions = try RevisionLoader.load(folder: Paths.packageRoot.appendingPathComponent(project).path)
        return try RevisionGraph(revisions).realHeads.map(\.id).sorted()
    }

    func versionRows(_ database: EngineDatabase) throws -> [String] {
        try database.query("SELECT version_num FROM alembic_version ORDER BY version_num")
    }

    @Test("postgres: upgrade, downgrade to base, upgrade again", arguments: projects)
    func roundTrip(project: String) throws {
        guard let database = try Engines.makeDatabase(.postgres) else { return }
        let upgrade = try script(.upgrade, "base:heads", project)
        let downgrade = try script(.downgrade, "heads:base", project)

        try database.apply(upgrade)
        let firstSchema = try database.dumpSchema()
        #expect(try versionRows(database) == (try heads(project)))
        #expect(try database.tableNames().count > 1)

        try database.apply(downgrade)
        #expect(try database.tableNames() == ["alembic_version"], "the downgrade must leave only the version table")
        #expect(try database.query("SELECT count(*) FROM alembic_version") == ["0"])

        // The version table stays; a second upgrade from base starts by creating it, so drop it first.
        try database.apply("DROP TABLE alembic_version;")
        try database.apply(upgrade)
        #expect(try database.dumpSchema() == firstSchema, "upgrading again must give the same schema")
    }

    @Test("postgres: one revision at a time gives the one-shot schema", arguments: projects)
    func stepByStep(project: String) throws {
        guard let oneShot = try Engines.makeDatabase(.postgres), let stepped = try Engines.makeDatabase(.postgres) else { return }
        try oneShot.apply(try script(.upgrade, "base:heads", project))
        let revisions = try RevisionLoader.load(folder: Paths.packageRoot.appendingPathComponent(project).path)
        let steps = try Planner(graph: RevisionGraph(revisions)).plan(.upgrade, range: "base:heads")
        // Each step starts from the rows the last one left (several while branches are open).
        var rows: [String] = []
        for step in steps {
            let start = rows.isEmpty ? "base" : rows.joined(separator: ",")
            try stepped.apply(try script(.upgrade, "\(start):\(step.revision.id)", project))
            for change in step.versionChanges {
                switch change {
                case .insert(let id): rows.append(id)
                case .delete(let id): rows.removeAll { $0 == id }
                case .update(let from, let to): rows = rows.map { $0 == from ? to : $0 }
                }
            }
            #expect(try versionRows(stepped) == rows.sorted())
        }
        #expect(try stepped.dumpSchema() == (try oneShot.dumpSchema()))
    }
}
