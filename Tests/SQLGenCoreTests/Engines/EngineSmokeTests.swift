// Proves the engine test support itself: each real engine starts, applies, stops on errors, queries and dumps.

import Foundation
import Testing

@Suite("Engine support")
struct EngineSmokeTests {
    /// The engine's identifier quoting, so the scripts exercise quoted names the way generated SQL does.
    private func quoted(_ name: String, _ kind: EngineKind) -> String {
        kind == .mariadb ? "`\(name)`" : "\"\(name)\""
    }

    private func phoneBook(_ kind: EngineKind) -> String {
        let table = quoted("Phone Book", kind)
        let fullName = quoted("Full Name", kind)
        return """
            CREATE TABLE \(table) (id INTEGER NOT NULL PRIMARY KEY, \(fullName) VARCHAR(50) NOT NULL, note VARCHAR(20));
            INSERT INTO \(table) (id, \(fullName), note) VALUES (1, 'Ada Lovelace', 'first');
            INSERT INTO \(table) (id, \(fullName), note) VALUES (2, 'Grace Hopper', NULL);

            """
    }

    /// Skips, not passes, when the engine is missing on a developer's machine; under CI=true makeDatabase
    /// throws instead, which fails the test.
    private func database(_ kind: EngineKind) throws -> EngineDatabase {
        guard let database = try Engines.makeDatabase(kind) else {
            try Test.cancel("\(kind.rawValue) is not available here; see the warning on stderr")
        }
        return database
    }

    @Test("applies a script, lists tables and queries rows", arguments: EngineKind.allCases)
    func applyAndQuery(_ kind: EngineKind) throws {
        let database = try database(kind)
        #expect(database.engine == kind)
        #expect(try database.tableNames() == [])
        try database.apply(phoneBook(kind))
        #expect(try database.tableNames() == ["Phone Book"])
        let rows = try database.query(
            "SELECT id, \(quoted("Full Name", kind)), note FROM \(quoted("Phone Book", kind)) ORDER BY id;")
        #expect(rows == ["1\tAda Lovelace\tfirst", "2\tGrace Hopper\tNULL"])
        #expect(try database.query("SELECT id FROM \(quoted("Phone Book", kind)) WHERE id > 5;") == [])
    }

    @Test("gives every database a new name and equal dumps for equal schemas", arguments: EngineKind.allCases)
    func dumpsCompareEqual(_ kind: EngineKind) throws {
        let first = try database(kind)
        let second = try database(kind)
        #expect(first.name != second.name)
        try first.apply(phoneBook(kind))
        try second.apply(phoneBook(kind))
        // Different data must not show either: the dump is the schema only.
        try second.apply("INSERT INTO \(quoted("Phone Book", kind)) (id, \(quoted("Full Name", kind))) VALUES (3, 'Edsger');\n")
        let dump = try first.dumpSchema()
        #expect(dump.contains("Phone Book"))
        #expect(!dump.contains(first.name), "the dump names the database: \(dump)")
        #expect(try second.dumpSchema() == dump)

        let empty = try database(kind)
        #expect(try empty.dumpSchema() != dump)
    }

    @Test("stops a script at its first error and reports the client's message", arguments: EngineKind.allCases)
    func stopsOnError(_ kind: EngineKind) throws {
        let database = try database(kind)
        let script = """
            CREATE TABLE before_error (id INTEGER);
            CREATE TABLE broken (id INTEGER,;
            CREATE TABLE after_error (id INTEGER);

            """
        let error = try #require(throws: EngineError.self) { try database.apply(script) }
        #expect(error.engine == kind)
        #expect(error.description.lowercased().contains("syntax"), "the client's own message is missing: \(error)")
        #expect(try database.tableNames() == ["before_error"])
    }

    @Test("a failing query throws with the server's message", arguments: EngineKind.allCases)
    func failingQuery(_ kind: EngineKind) throws {
        let database = try database(kind)
        let error = try #require(throws: EngineError.self) { try database.query("SELECT * FROM missing_table;") }
        #expect(error.description.contains("missing_table"))
    }

    @Test("CI=true fails engine tests that other environments skip")
    func skipOrFailPolicy() {
        #expect(Engines.requiresEngines(["CI": "true"]))
        #expect(Engines.requiresEngines(["CI": "1"]))
        #expect(!Engines.requiresEngines([:]))
        #expect(!Engines.requiresEngines(["CI": "false"]))
        #expect(Engines.disabledEngines(["SQLGEN_DISABLE_ENGINES": "mariadb, postgres"]) == [.mariadb, .postgres])
        #expect(Engines.disabledEngines([:]).isEmpty)
    }

    @Test("dump normalization drops only what varies between dumps")
    func dumpNormalization() {
        let postgres = """
            --
            -- PostgreSQL database dump
            --

            \\restrict AbC123

            -- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
            -- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

            SET statement_timeout = 0;
            SELECT pg_catalog.set_config('search_path', '', false);

            CREATE TABLE public.t (
                id integer NOT NULL
            );

            \\unrestrict AbC123

            """
        #expect(PostgresServer.normalizedDump(postgres) == """
            --
            -- PostgreSQL database dump
            --

            CREATE TABLE public.t (
                id integer NOT NULL
            );

            """)
        let mariadb = """
            /*M!999999\\- enable the sandbox mode */ 
            /*!40101 SET NAMES utf8mb4 */;
            CREATE TABLE `t` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4;

            """
        #expect(MariaDBServer.normalizedDump(mariadb) == """
            CREATE TABLE `t` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

            """)
        #expect(EngineOutput.rows("") == [])
        #expect(EngineOutput.rows("a\tb\n\nc\n") == ["a\tb", "", "c"])
    }
}
