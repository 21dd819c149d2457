// MySQL / MariaDB: quoting, literals, types, column forms, ALTERs and refusals, from revision text.

import Testing
@testable import SQLGenCore

@Suite struct MySQLDialectTests {
    let mysql = MySQLDialect()

    /// The statements of an upgrade body, each operation rendered on its own.
    func render(_ body: String) throws -> [String] {
        let read = readRevision(revisionFile(upgrade: body, header: "from sqlalchemy.dialects import mysql\n\nrevision = 'r1'\ndown_revision = None\n"))
        guard let revision = read.revision, read.diagnostics.isEmpty else { throw DiagnosticError(read.diagnostics) }
        return try revision.upgrade.operations.flatMap { operation throws in try SQLRenderer(dialect: mysql).render(operation) }
    }

    /// The message rendering an upgrade body fails with, or nil.
    func refusal(_ body: String) -> String? {
        do {
            _ = try render(body)
            return nil
        } catch let error as DiagnosticError {
            return error.diagnostics.first?.message.text
        } catch {
            return "\(error)"
        }
    }

    @Test func mariadbIsAnAliasOfMySQL() {
        #expect(Dialects.named("mariadb")?.name == "mysql")
        #expect(Dialects.named("MySQL")?.name == "mysql")
        #expect(mysql.transactionStatements == nil)
    }

    @Test(arguments: [
        ("users", "users"), ("order", "`order`"), ("key", "`key`"), ("rank", "`rank`"), ("role", "`role`"),
        ("Email", "`Email`"), ("a`b", "`a``b`"), ("Order Items", "`Order Items`"),
        // Reserved by MariaDB only: quoted so the script runs there too.
        ("offset", "`offset`"), ("returning", "`returning`"),
        // Listed by MariaDB but accepted as a name, and not reserved by MySQL: bare, as Alembic writes it.
        ("position", "position"), ("period", "period"),
    ])
    func quoting(name: String, expected: String) {
        #expect(mysql.quoteIdentifier(name) == expected)
    }

    @Test func stringLiteralsDoubleQuotesAndBackslashes() {
        #expect(mysql.stringLiteral("it's a \\ here") == "'it''s a \\\\ here'")
    }

    @Test(arguments: [
        (SQLType.string(length: 5, collation: "utf8mb4_bin"), "VARCHAR(5) COLLATE utf8mb4_bin"), (.boolean, "BOOL"),
        (.dateTime(timezone: true), "DATETIME"), (.timestamp(timezone: false), "TIMESTAMP"), (.uuid, "CHAR(32)"),
        (.largeBinary(length: nil), "BLOB"), (.text(length: 100, collation: nil), "TEXT(100)"), (.interval, "DATETIME"),
        (.enumeration(EnumType(name: "e", values: ["a", "it's", "c\\d"])), "ENUM('a','it''s','c\\\\d')"),
        (.enumeration(EnumType(name: "e", values: ["a", "bbb"], native: false)), "VARCHAR(3)"),
        (.named("NCHAR", arguments: [2]), "NATIONAL CHAR(2)"),
        (.vendor(dialect: "mysql", name: "TINYINT", arguments: [.int(1)], keywords: [:]), "TINYINT(1)"),
        (.vendor(dialect: "mysql", name: "DATETIME", arguments: [], keywords: ["fsp": .int(6)]), "DATETIME(6)"),
        (.vendor(dialect: "mysql", name: "LONGTEXT", arguments: [], keywords: ["charset": .string("utf8mb4"), "collation": .string("utf8mb4_bin")]),
         "LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
        (.vendor(dialect: "mysql", name: "DECIMAL", arguments: [.int(10), .int(2)], keywords: ["unsigned": .bool(true), "zerofill": .bool(true)]),
         "DECIMAL(10, 2) UNSIGNED ZEROFILL"),
        (.vendor(dialect: "mysql", name: "SET", arguments: [.string("a"), .string("b")], keywords: [:]), "SET('a','b')"),
    ])
    func types(type: SQLType, expected: String) throws {
        #expect(try mysql.typeName(type) == expected)
    }

    @Test(arguments: [
        ("now()", true), ("CURRENT_TIMESTAMP", false), ("'x'", false), ("(uuid())", false), ("1.5", true), ("-1", true),
        ("7", false), ("true", false), ("now(6)", false), ("CURRENT_TIMESTAMP(6)", false),
        ("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP", false), ("lower('X')", true),
    ])
    func expressionDefaultsInParentheses(text: String, wrapped: Bool) {
        #expect(MySQLDialect.needsParentheses(text) == wrapped)
    }

    @Test func columnSpecificationOrder() throws {
        #expect(try render("""
                op.create_table('t', sa.Column('id', sa.Integer, primary_key=True, comment='key'),
                                sa.Column('at', sa.TIMESTAMP, server_default=sa.func.current_timestamp()),
                                sa.Column('n', sa.Integer, nullable=False, server_default=sa.text('1 + 1')),
                                comment="it's", mysql_engine='InnoDB', mysql_charset='utf8mb4', mysql_collate='utf8mb4_bin')
            """) == [
            "CREATE TABLE t (\n    id INTEGER NOT NULL COMMENT 'key' AUTO_INCREMENT, \n    at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, \n    "
                + "n INTEGER NOT NULL DEFAULT (1 + 1), \n    PRIMARY KEY (id)\n)CHARSET=utf8mb4 ENGINE=InnoDB COMMENT='it''s' COLLATE utf8mb4_bin",
        ])
    }

    @Test func alterColumnForms() throws {
        #expect(try render("""
                op.alter_column('t', 'a', existing_type=sa.String(10), nullable=False, existing_comment='c')
                op.alter_column('t', 'a', new_column_name='b', existing_type=sa.Integer(), existing_nullable=False, autoincrement=True)
                op.alter_column('t', 'a', server_default='x')
                op.alter_column('t', 'a', server_default=None)
                op.alter_column('t', 'd', existing_type=mysql.DATETIME(fsp=6), server_default=sa.text('CURRENT_TIMESTAMP(6)'))
                op.alter_column('t', 'd', existing_type=sa.DateTime(), server_default=None, nullable=True)
            """) == [
            "ALTER TABLE t MODIFY a VARCHAR(10) NOT NULL COMMENT 'c'",
            "ALTER TABLE t CHANGE a b INTEGER NOT NULL AUTO_INCREMENT",
            "ALTER TABLE t ALTER COLUMN a SET DEFAULT 'x'",
            "ALTER TABLE t ALTER COLUMN a DROP DEFAULT",
            "ALTER TABLE t CHANGE d d DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6)",
            "ALTER TABLE t MODIFY d DATETIME NULL",
        ])
    }

    /// Alembic tests a bare type class (`existing_type=sa.DateTime`) as no DATETIME at all; sqlgen
    /// reads `sa.DateTime` and `sa.DateTime()` alike and writes the instance's CHANGE (README).
    @Test func bareDateTimeClassAltersLikeAnInstance() throws {
        #expect(try render("""
                op.alter_column('t', 'd', existing_type=sa.DateTime, nullable=False)
                op.alter_column('t', 'd', existing_type=sa.TIMESTAMP, server_default=sa.func.now())
            """) == [
            "ALTER TABLE t CHANGE d d DATETIME NOT NULL",
            "ALTER TABLE t CHANGE d d TIMESTAMP NULL DEFAULT now()",
        ])
    }

    /// MySQL refuses `BOOL DEFAULT 'false'`; a Boolean's string default is its boolean literal.
    @Test func booleanStringDefaultsAreBooleans() throws {
        #expect(try render("""
                op.add_column('t', sa.Column('a', sa.Boolean(), server_default='true'))
                op.add_column('t', sa.Column('b', sa.Boolean(), nullable=False, server_default=' F '))
                op.add_column('t', sa.Column('c', sa.String(5), server_default='true'))
                op.alter_column('t', 'a', existing_type=sa.Boolean(), server_default='no')
            """) == [
            "ALTER TABLE t ADD COLUMN a BOOL DEFAULT true",
            "ALTER TABLE t ADD COLUMN b BOOL NOT NULL DEFAULT false",
            "ALTER TABLE t ADD COLUMN c VARCHAR(5) DEFAULT 'true'",
            "ALTER TABLE t ALTER COLUMN a SET DEFAULT false",
        ])
    }

    @Test func constraintsIndexesAndComments() throws {
        #expect(try render("""
                op.drop_constraint('fk', 't', type_='foreignkey')
                op.drop_constraint('pk', 't', type_='primary')
                op.drop_constraint('uq', 't', type_='unique')
                op.drop_constraint('ck', 't', type_='check')
                op.create_index('ix', 't', ['a', 'b'], mysql_length={'a': 10}, mysql_using='BTREE', mysql_prefix='FULLTEXT')
                op.drop_index('ix', table_name='t', schema='s')
                op.rename_table('t', 'u', schema='s')
                op.create_table_comment('t', 'a \\\\ b')
                op.drop_table_comment('t')
            """) == [
            "ALTER TABLE t DROP FOREIGN KEY fk", "ALTER TABLE t DROP PRIMARY KEY", "ALTER TABLE t DROP INDEX uq",
            "ALTER TABLE t DROP CONSTRAINT ck", "CREATE FULLTEXT INDEX ix ON t (a(10), b) USING BTREE", "DROP INDEX ix ON s.t",
            "ALTER TABLE s.t RENAME TO s.u", "ALTER TABLE t COMMENT 'a \\\\ b'", "ALTER TABLE t COMMENT ''",
        ])
    }

    @Test(arguments: [
        ("    op.create_table('t', sa.Column('name', sa.String()))", "column 'name': VARCHAR requires a length on dialect mysql"),
        ("    op.alter_column('t', 'a', nullable=False)", "existing_type"),
        ("    op.alter_column('t', 'a', type_=sa.String(), nullable=True)", "column 'a': VARCHAR requires a length"),
        ("    op.drop_constraint('c', 't')", "type_="),
        ("    op.drop_index('ix')", "table_name"),
        ("    op.create_foreign_key('f', 't', 'u', ['a'], ['b'], match='FULL')", "MATCH"),
        ("    op.create_table('t', sa.Column('a', sa.ARRAY(sa.Integer)))", "ARRAY"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_nonsense='x')", "mysql_nonsense"),
        ("    op.create_index('ix', 't', ['a'], mysql_using='BTREE; DROP')", "single word"),
    ])
    func refusals(body: String, reason: String) {
        let message = refusal(body)
        #expect(message?.contains(reason) == true, "\(message ?? "no error")")
        #expect(message?.contains("for mysql") == true, "\(message ?? "no error")")
    }
}
