// Rendering: PostgreSQL's quoting, types and clauses, and the absurd dialect that catches hard-coded SQL.

import Testing
@testable import SQLGenCore

@Suite struct RendererTests {
    let postgres = SQLRenderer(dialect: PostgreSQLDialect())

    func render(_ kind: Operation.Kind, _ renderer: SQLRenderer? = nil) throws -> [String] {
        let file = SourceFile(path: "r.py", text: "op.x()\n")
        return try (renderer ?? postgres).render(Operation(kind, at: file.position(at: 0)))
    }

    @Test(arguments: [
        ("users", "users"), ("user", "\"user\""), ("order", "\"order\""), ("group", "\"group\""), ("select", "\"select\""),
        ("Email", "\"Email\""), ("Order Items", "\"Order Items\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("1st", "\"1st\""), ("$x", "\"$x\""), ("a$b_9", "a$b_9"), ("naïve", "\"naïve\""), ("", "\"\""),
    ])
    func postgresQuoting(name: String, expected: String) {
        #expect(PostgreSQLDialect().quoteIdentifier(name) == expected)
    }

    @Test func stringLiteralsDoubleSingleQuotes() {
        #expect(PostgreSQLDialect().stringLiteral("it's \\ fine") == "'it''s \\ fine'")
    }

    @Test(arguments: [
        (SQLType.integer, "INTEGER"), (.bigInteger, "BIGINT"), (.smallInteger, "SMALLINT"),
        (.string(length: 50, collation: nil), "VARCHAR(50)"), (.string(length: nil, collation: nil), "VARCHAR"),
        (.string(length: 5, collation: "en_US"), "VARCHAR(5) COLLATE \"en_US\""), (.text(length: nil, collation: nil), "TEXT"),
        (.boolean, "BOOLEAN"), (.dateTime(timezone: false), "TIMESTAMP WITHOUT TIME ZONE"),
        (.timestamp(timezone: true), "TIMESTAMP WITH TIME ZONE"), (.numeric(precision: 10, scale: 2), "NUMERIC(10, 2)"),
        (.largeBinary(length: nil), "BYTEA"), (.uuid, "UUID"), (.named("CHAR", arguments: [3]), "CHAR(3)"),
    ])
    func postgresTypes(type: SQLType, expected: String) throws {
        #expect(try PostgreSQLDialect().typeName(type) == expected)
    }

    /// A non-native enum is as long as its longest value in code points, as Python's `len` counts
    /// (checked against SQLAlchemy 2.1.9: `sa.Enum('e\u0301\u0301', 'a', native_enum=False)` is
    /// VARCHAR(3) on PostgreSQL, SQLite and MySQL), not in characters (one here).
    @Test func nonNativeEnumLengthCountsCodePoints() throws {
        let type = SQLType.enumeration(EnumType(name: nil, values: ["e\u{301}\u{301}", "a"], native: false))
        for dialect: any Dialect in [PostgreSQLDialect(), SQLiteDialect(), MySQLDialect()] {
            #expect(try dialect.typeName(type) == "VARCHAR(3)", "\(dialect.name)")
        }
    }

    @Test func serialOnlyForTheSoleIntegerKey() throws {
        let table = Table(name: TableName("t"), columns: [
            Column(name: "id", type: .integer, primaryKey: true),
            Column(name: "n", type: .integer, nullable: false),
        ])
        #expect(try postgres.createTable(table) == "CREATE TABLE t (\n    id SERIAL NOT NULL, \n    n INTEGER NOT NULL, \n    PRIMARY KEY (id)\n)")
        let composite = Table(name: TableName("t"), columns: [
            Column(name: "a", type: .integer, primaryKey: true),
            Column(name: "b", type: .bigInteger, primaryKey: true, autoincrement: .always),
        ])
        #expect(try postgres.createTable(composite) == "CREATE TABLE t (\n    a INTEGER NOT NULL, \n    b BIGSERIAL NOT NULL, \n    PRIMARY KEY (b, a)\n)")
        let referencing = Table(name: TableName("t"), columns: [
            Column(name: "id", type: .integer, primaryKey: true, foreignKeys: [ForeignKeyReference(table: TableName("u"), column: "id")]),
        ])
        #expect(try postgres.createTable(referencing) == "CREATE TABLE t (\n    id INTEGER NOT NULL, \n    PRIMARY KEY (id), \n    FOREIGN KEY(id) REFERENCES u (id)\n)")
    }

    @Test func foreignKeyClauseInSQLAlchemysOrder() throws {
        let foreignKey = ForeignKeyConstraint(
            name: nil, columns: ["a"], referredTable: TableName("u", schema: "s2"), referredColumns: ["id"],
            actions: ReferentialActions(onDelete: "SET NULL", onUpdate: "CASCADE", deferrable: false, initially: "IMMEDIATE", match: "FULL"))
        #expect(try render(.createForeignKey(TableName("t", schema: "s1"), foreignKey)) == [
            "ALTER TABLE s1.t ADD FOREIGN KEY(a) REFERENCES s2.u (id) MATCH FULL ON DELETE SET NULL ON UPDATE CASCADE NOT DEFERRABLE INITIALLY IMMEDIATE",
        ])
    }

    @Test func simpleStatements() throws {
        #expect(try render(.dropTable(DropTable(table: TableName("user", schema: "App")))) == ["DROP TABLE \"App\".\"user\""])
        #expect(try render(.dropColumn(DropColumn(table: TableName("t"), column: "order"))) == ["ALTER TABLE t DROP COLUMN \"order\""])
        #expect(try render(.dropIndex(DropIndex(name: "ix", table: "t", schema: "s"))) == ["DROP INDEX s.ix"])
        #expect(try render(.dropConstraint(DropConstraint(name: "Fk", table: TableName("t"), type: .foreignKey))) == ["ALTER TABLE t DROP CONSTRAINT \"Fk\""])
        #expect(try render(.createIndex(Index(name: "ix", table: TableName("t"), columns: ["a", "B"], unique: true))) == ["CREATE UNIQUE INDEX ix ON t (a, \"B\")"])
        #expect(try render(.execute("SELECT 1")) == ["SELECT 1"])
    }

    @Test func absurdDialectSpellsEverything() throws {
        let absurd = SQLRenderer(dialect: AbsurdDialect())
        let table = Table(name: TableName("Select", schema: "sensible"), columns: [
            Column(name: "id", type: .integer, primaryKey: true),
            Column(name: "say`hi", type: .string(length: 3, collation: nil), serverDefault: .string("it's")),
        ], constraints: [.unique(UniqueConstraint(name: "select", columns: ["say`hi"]))])
        #expect(try absurd.createTable(table) == """
        CREATE TABLE `sensible`.`Select` (
            id COUNTER NOT NULL, \n    `say``hi` STRINGY<3> DEFAULT %it's%, \n    PRIMARY KEY (id), \n    CONSTRAINT `select` UNIQUE (`say``hi`)
        )
        """)
        #expect(try render(.addColumn(AddColumn(table: TableName("t"), column: Column(name: "n", type: .integer))), absurd) == ["ALTER TABLE t ADD COLUMN n WHOLE"])
    }

    @Test func aTypeTheDialectCannotSpellIsADiagnosticNamingTheOperation() {
        let absurd = SQLRenderer(dialect: AbsurdDialect())
        #expect(throws: DiagnosticError.self) { try render(.addColumn(AddColumn(table: TableName("t"), column: Column(name: "b", type: .interval))), absurd) }
        do {
            _ = try render(.addColumn(AddColumn(table: TableName("t"), column: Column(name: "b", type: .interval))), absurd)
        } catch let error as DiagnosticError {
            #expect(summaries(error.diagnostics) == ["1:1: cannot render 'op.add_column' for absurd: absurd has no intervals"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
