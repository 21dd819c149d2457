// Data statements compiled from SQLAlchemy expressions change the rows they should, on real engines.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct DataExpressionEngineTests {
    static let revisions = Paths.fixtures.appendingPathComponent("data-expressions/revisions").path

    func script(_ arguments: [String], dialect: String) throws -> String {
        let result = CommandLineTool.run(arguments + ["--dialect", dialect, "--revisions", Self.revisions])
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// Booleans print `t`/`f` from psql and `1`/`0` elsewhere.
    func rows(_ database: EngineDatabase) throws -> [String] {
        try database.query("SELECT id, name, status, active, score FROM account ORDER BY id")
            .map { $0.replacingOccurrences(of: "\tt\t", with: "\t1\t").replacingOccurrences(of: "\tf\t", with: "\t0\t") }
    }

    @Test("the INSERT, UPDATE and DELETE statements leave the rows Python would", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func rowsAfterUpgradeAndDowngrade(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        try database.apply(try script(["upgrade", "base:head"], dialect: dialect))
        // alice: status 'new' -> 'active', score 10 + 1; o'brien: NULL status and false active ->
        // 'inactive' with score 0, then active NULL by the LIKE 'o%'; carol: deleted (not
        // 'inactive', score 31 > 20).
        #expect(try rows(database) == ["1\talice\tactive\t1\t11", "2\to'brien\tinactive\tNULL\t0"])
        try database.apply(try script(["downgrade", "head:2c3d4e5f6a7b"], dialect: dialect))
        #expect(try rows(database) == [])
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["2c3d4e5f6a7b"])
    }
}
