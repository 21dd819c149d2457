// --guard: a guarded script applied at the right revision runs; at a wrong one it stops before changing anything.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct GuardTests {
    func script(_ arguments: [String], dialect: String) throws -> String {
        let result = CommandLineTool.run(arguments + ["--dialect", dialect, "--revisions", Paths.revisions.path, "--guard"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test("guarded scripts on the engines", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func guardsStopAtTheWrongRevision(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        func state() throws -> [String] {
            try database.tableNames() + (try database.query("SELECT version_num FROM alembic_version"))
        }
        try database.apply(try script(["upgrade", "base:1975ea83b712"], dialect: dialect))
        let atFirst = try state()
        #expect(atFirst == ["alembic_version", "users", "1975ea83b712"])

        // A script for a database one revision further on stops at its first guard.
        let wrongStart = #expect(throws: EngineError.self) {
            try database.apply(try script(["upgrade", "3a8c91d2f0e4:head"], dialect: dialect))
        }
        #expect(wrongStart?.output.contains("needs 3a8c91d2f0e4 before upgrade to 5c0d7e6b2a91") == true
                || wrongStart?.output.contains("sqlgen guard: upgrade to 5c0d7e6b2a91 needs the database at 3a8c91d2f0e4") == true,
                "\(wrongStart?.output ?? "")")
        #expect(try state() == atFirst, "\(engine.rawValue): the refused script must change nothing")
        #expect(try database.query("SELECT COUNT(*) FROM users") == ["0"])

        // From the right revision it runs through, guard after guard.
        try database.apply(try script(["upgrade", "1975ea83b712:head"], dialect: dialect))
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["c47f05a1e8d2"])

        // A downgrade from a revision the database is not at stops too; from head it runs to base.
        #expect(throws: EngineError.self) { try database.apply(try script(["downgrade", "8e2b4f7a9c13:base"], dialect: dialect)) }
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["c47f05a1e8d2"])
        try database.apply(try script(["downgrade", "head:base"], dialect: dialect))
        #expect(try database.tableNames() == ["alembic_version"])
        #expect(try database.query("SELECT version_num FROM alembic_version") == [])
    }

    /// SQL Server and Oracle, whose engines the tests do not run: the guard is the dialect's own
    /// error statement, in the batch before the step.
    @Test func sqlServerAndOracleGuardsRaiseTheirOwnErrors() throws {
        let mssql = try script(["upgrade", "1975ea83b712:3a8c91d2f0e4"], dialect: "mssql")
        #expect(mssql.contains("""
        -- Running upgrade 1975ea83b712 -> 3a8c91d2f0e4

        IF (SELECT COUNT(*) FROM alembic_version WHERE version_num IN ('1975ea83b712')) <> 1
            THROW 50000, 'sqlgen guard: upgrade to 3a8c91d2f0e4 needs the database at 1975ea83b712', 1;

        GO

        ALTER TABLE users ADD
        """))
        let oracle = try script(["upgrade", "1975ea83b712:3a8c91d2f0e4"], dialect: "oracle")
        #expect(oracle.contains("""
            IF present_rows <> 1 THEN
                RAISE_APPLICATION_ERROR(-20001, 'sqlgen guard: upgrade to 3a8c91d2f0e4 needs the database at 1975ea83b712');
            END IF;
        END;

        /
        """))
    }

    /// From base the script creates the version table, which fails on a database that has one:
    /// no further guard is written there.
    @Test func noGuardBeforeTheStepThatCreatesTheVersionTable() throws {
        let script = try script(["upgrade", "base:1975ea83b712"], dialect: "postgres")
        #expect(!script.contains("sqlgen guard"))
        let unguarded = CommandLineTool.run(["upgrade", "1975ea83b712:head", "--dialect", "postgres", "--revisions", Paths.revisions.path])
        #expect(!unguarded.standardOutput.contains("sqlgen guard"))
    }
}
