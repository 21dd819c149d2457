// Hostile but valid names, literals and every reserved word, applied on SQLite, PostgreSQL and MariaDB and read back equal.

import Foundation
import Testing
@testable import SQLGenCore

/// A one-revision project written to a temporary folder, upgraded on an engine, and what the
/// engine then holds, read back as hex so that no client escaping stands between.
struct HostileProject {
    var engine: EngineKind
    var dialect: String
    var body: String

    /// The engine's database after `sqlgen upgrade base:head`, or nil when the engine is missing here.
    func upgraded() throws -> EngineDatabase? {
        guard let database = try Engines.makeDatabase(engine) else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'h1'\ndown_revision = None\n\n\ndef upgrade():\n\(body)\n\n\ndef downgrade():\n    pass\n"
        try file.write(to: folder.appendingPathComponent("h1_hostile.py"), atomically: true, encoding: .utf8)
        let result = CommandLineTool.run(["upgrade", "base:head", "--dialect", dialect, "--revisions", folder.path])
        guard result.exitCode == 0 else { throw EngineError(engine, "sqlgen failed", output: result.standardError) }
        try database.apply(result.standardOutput)
        return database
    }

    /// `table<TAB>column` of every column of every table but the version table, names as hex.
    static func columns(_ database: EngineDatabase) throws -> [String] {
        let sql = switch database.engine {
        case .postgres:
            "SELECT encode(convert_to(table_name, 'UTF8'), 'hex') || ' ' || encode(convert_to(column_name, 'UTF8'), 'hex') FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'alembic_version';"
        case .mariadb:
            "SELECT CONCAT(HEX(table_name), ' ', HEX(column_name)) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name <> 'alembic_version';"
        case .sqlite:
            "SELECT hex(m.name) || ' ' || hex(p.name) FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name <> 'alembic_version';"
        }
        return try database.query(sql).map { $0.lowercased() }.sorted()
    }

    /// The hex of `text`'s UTF-8.
    static func hex(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// A Python string literal for `text`: every character that is not plain printable ASCII
    /// (or is a quote or backslash) as an escape, so the revision file says exactly `text`.
    static func python(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F, scalar != "'", scalar != "\\" {
                result.unicodeScalars.append(scalar)
            } else {
                result += String(format: "\\U%08x", scalar.value)
            }
        }
        return result + "'"
    }
}

@Suite struct HostileInputEngineTests {
    /// Names that must come back as written. Unique without regard to case, none ending in a
    /// space, none over 63 bytes, so that every engine can hold them all.
    static let names = [
        "it's", "a\"b", "back`tick", "br]ack[et", "semi;colon", "dash--dash", "slash/*star*/", "sp ace", "Mixed Case",
        "ünïcödé", "日本語", "emoji😀", "dollar$", "$lead", "1digit", "per%cent", "q'\u{301}uote", "back\\slash",
        "x); DROP TABLE t; --", "at@sign", "colon:name", "question?", "hash#x", "GO", "/", "%(name)s", "{0}", "tab\there",
    ]

    static let literals = [
        "it's", "''", "back\\slash\\'", "x'\u{301}); DROP TABLE t; --", "line\nGO\nnext", "go\n/\n.\n\nend", "crlf\r\nx",
        "$$dollar$$ $tag$", "/* c */ -- d # e", "ünï 日本 😀", "%s %(x)s {0} {{", ":name :1 ?", "", " lead and trail ",
        "\u{301}combining first", "q\u{2028}line separator", "tab\tinside\t", "\t'\t",
    ]

    func hostileNames(_ engine: EngineKind, _ dialect: String) throws {
        // MariaDB's identifiers are limited to the Basic Multilingual Plane, and compared under a
        // collation that takes NFC and NFD for one name; PostgreSQL and SQLite compare code points.
        let names = engine == .mariadb ? Self.names.filter { $0.unicodeScalars.allSatisfy { $0.value <= 0xFFFF } }
            : Self.names + ["nf\u{E9}", "nfe\u{301}"]
        var body = ""
        for name in names {
            body += "    op.create_table(\(HostileProject.python(name)), sa.Column(\(HostileProject.python(name)), sa.Integer), sa.Column('id', sa.Integer))\n"
        }
        guard let database = try HostileProject(engine: engine, dialect: dialect, body: body).upgraded() else { return }
        let expected = names.flatMap { name in [name, "id"].map { HostileProject.hex(name) + " " + HostileProject.hex($0) } }.sorted()
        #expect(try HostileProject.columns(database) == expected)
    }

    func hostileLiterals(_ engine: EngineKind, _ dialect: String) throws {
        // Ids from 1: MariaDB takes an explicit 0 in an AUTO_INCREMENT column for "the next value".
        let rows = Self.literals.enumerated().map { "{'id': \($0.offset + 1), 'v': \(HostileProject.python($0.element))}" }
        let body = """
            t = op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('v', sa.Text))
            op.bulk_insert(t, [\(rows.joined(separator: ", "))])
        """
        guard let database = try HostileProject(engine: engine, dialect: dialect, body: body).upgraded() else { return }
        let hex = switch engine {
        case .postgres: "encode(convert_to(v, 'UTF8'), 'hex')"
        case .mariadb, .sqlite: "hex(v)"
        }
        let stored = try database.query("SELECT id, \(hex) FROM t ORDER BY id;").map { $0.lowercased() }
        #expect(stored == Self.literals.enumerated().map { "\($0.offset + 1)\t" + HostileProject.hex($0.element) })
    }

    /// Integers beyond 64 bits, into a NUMERIC(40) column, read back as text. (SQLite stores an
    /// integer literal beyond 64 bits as a REAL whatever the column, so it is left out.)
    func bigIntegers(_ engine: EngineKind, _ dialect: String) throws {
        let values = ["123456789012345678901234567890", "-99999999999999999999", "-9223372036854775808", "18446744073709551616"]
        let rows = values.enumerated().map { "{'id': \($0.offset + 1), 'v': \($0.element)}" }
        let body = """
            t = op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('v', sa.Numeric(40, 0)))
            op.bulk_insert(t, [\(rows.joined(separator: ", "))])
        """
        guard let database = try HostileProject(engine: engine, dialect: dialect, body: body).upgraded() else { return }
        let text = engine == .postgres ? "v::text" : "CAST(v AS CHAR)"
        #expect(try database.query("SELECT \(text) FROM t ORDER BY id;") == values)
    }

    @Test("integers beyond 64 bits read back exactly", arguments: [(EngineKind.postgres, "postgres"), (.mariadb, "mysql")])
    func integers(engine: EngineKind, dialect: String) throws { try bigIntegers(engine, dialect) }

    /// A table and a column named by each word the dialect quotes.
    func reservedWords(_ engine: EngineKind, _ dialect: String) throws {
        let words = Dialects.named(dialect)!.reservedWords.sorted()
        let body = words.map { "    op.create_table('\($0)', sa.Column('\($0)', sa.Integer))" }.joined(separator: "\n")
        guard let database = try HostileProject(engine: engine, dialect: dialect, body: body).upgraded() else { return }
        #expect(try HostileProject.columns(database) == words.map { HostileProject.hex($0) + " " + HostileProject.hex($0) }.sorted())
    }

    @Test("hostile names read back as written", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func names(engine: EngineKind, dialect: String) throws { try hostileNames(engine, dialect) }

    @Test("hostile literals read back as written", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func literals(engine: EngineKind, dialect: String) throws { try hostileLiterals(engine, dialect) }

    @Test("every reserved word names a table and a column", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func reserved(engine: EngineKind, dialect: String) throws { try reservedWords(engine, dialect) }
}
