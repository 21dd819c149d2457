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

    static let functionRevisions = Paths.fixtures.appendingPathComponent("data-expression-functions/revisions").path

    func functionScript(_ arguments: [String], dialect: String) throws -> String {
        let result = CommandLineTool.run(arguments + ["--dialect", dialect, "--revisions", Self.functionRevisions])
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test("functions, CASE, CAST, concatenation, negations, dates, text binds and INSERT ... SELECT change the rows Python would",
          arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func functionRowsAfterUpgradeAndDowngrade(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        try database.apply(try functionScript(["upgrade", "base:head"], dialect: dialect))
        func players() throws -> [String] {
            try database.query("SELECT id, name, status, active, score, note FROM player ORDER BY id")
                .map { $0.replacingOccurrences(of: "\tt\t", with: "\t1\t").replacingOccurrences(of: "\tf\t", with: "\t0\t") }
        }
        // Worked by hand from the revision: upper() on 1 and 2, CASE grades by score, CASE on
        // id for 2 and 3, ILIKE doubles Ann's, NOT IN for 4, NOT active halves bob's 70, the
        // negated comparison activates Cy, % 7 + 1 on the active ones, the date comparison and
        // the text bind set the notes.
        #expect(try players() == [
            "1\tANN\thigh\t1\t7\tveteran",
            "2\tBOB\tmid\t0\t35\tbob-old",
            "3\tCy\tlow\t1\t3\tit's 3",
            "4\tdee\thigh\t1\t2\tdee-new",
        ])
        #expect(try database.query("SELECT id, name, score, grade FROM player_archive ORDER BY id") == [
            "1\tANN\t-7\thigh", "2\tBOB\t-35\tmid", "11\tveteran\tNULL\tNULL", "12\tbob-old\tNULL\tNULL",
        ])
        try database.apply(try functionScript(["downgrade", "head:4e5f6a7b8c9d"], dialect: dialect))
        #expect(try players() == [])
        #expect(try database.query("SELECT id FROM player_archive") == [])
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["4e5f6a7b8c9d"])
    }

    /// Alembic cannot write JSON literals offline; sqlgen's JSON text must be valid JSON to the
    /// database (PostgreSQL's `json` and MariaDB's `json_valid` CHECK parse it) and keep its text.
    @Test("JSON values are stored as the JSON text Python would send", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func jsonRowsAfterUpgradeAndDowngrade(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        let revisions = Paths.fixtures.appendingPathComponent("data-expression-json/revisions").path
        func script(_ arguments: [String]) throws -> String {
            let result = CommandLineTool.run(arguments + ["--dialect", dialect, "--revisions", revisions])
            #expect(result.exitCode == 0, "\(result.standardError)")
            return result.standardOutput
        }
        try database.apply(try script(["upgrade", "base:head"]))
        #expect(try database.query("SELECT id, body FROM document ORDER BY id") == [
            "1\t{\"title\": \"it's\", \"tags\": [\"a\", \"b\"], \"n\": 2.5, \"ok\": true, \"none\": null}",
            "2\t{\"moved\": false}",
            "3\t[1, \"\\u00e9\"]",
        ])
        try database.apply(try script(["downgrade", "head:6a7b8c9d0e1f"]))
        #expect(try database.query("SELECT id FROM document") == [])
    }

    /// `UPDATE ... FROM` / `UPDATE t, v` and `DELETE ... USING` where the WHERE names another
    /// table (SQLite has no multiple-table DELETE, as SQLAlchemy says; the fixture is not for it).
    @Test("statements whose WHERE names another table change the rows Python would", arguments: [(EngineKind.postgres, "postgres"), (.mariadb, "mysql")])
    func multipleTableRowsAfterUpgradeAndDowngrade(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        let revisions = Paths.fixtures.appendingPathComponent("data-expression-multitable/revisions").path
        func script(_ arguments: [String]) throws -> String {
            let result = CommandLineTool.run(arguments + ["--dialect", dialect, "--revisions", revisions])
            #expect(result.exitCode == 0, "\(result.standardError)")
            return result.standardOutput
        }
        try database.apply(try script(["upgrade", "base:head"]))
        // red gets its bonus of 5; blue has none; green's negative bonus deletes it.
        #expect(try database.query("SELECT id, name, score FROM team ORDER BY id") == ["1\tred\t15", "2\tblue\t20"])
        try database.apply(try script(["downgrade", "head:8c9d0e1f2a3b"]))
        #expect(try database.query("SELECT id FROM team") == [])
        #expect(try database.query("SELECT team_id FROM team_bonus") == [])
    }
}
