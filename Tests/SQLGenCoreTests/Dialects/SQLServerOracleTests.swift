// SQL Server and Oracle: quoting, types, column forms, ALTERs, comments and refusals, from revision text.

import Testing
@testable import SQLGenCore

/// Renders an upgrade body operation by operation, each over the schema the ones before it leave,
/// as the script writer does.
func renderUpgrade(_ body: String, _ dialect: any Dialect) throws -> [String] {
    let read = readRevision(revisionFile(upgrade: body, header: "import datetime\n\nrevision = 'r1'\ndown_revision = None\n"))
    guard let revision = read.revision, read.diagnostics.isEmpty else {
        throw DiagnosticError(read.diagnostics)
    }
    var catalog = Catalog()
    var statements: [String] = []
    for operation in revision.upgrade.operations {
        statements += try SQLRenderer(dialect: dialect, catalog: catalog).render(operation)
        catalog.apply(operation)
    }
    return statements
}

/// The message of the diagnostic rendering fails with.
func renderingError(_ body: String, _ dialect: any Dialect) -> String? {
    do {
        _ = try renderUpgrade(body, dialect)
        return nil
    } catch let error as DiagnosticError {
        return error.diagnostics.first?.message.text
    } catch {
        return "\(error)"
    }
}

@Suite struct SQLServerTests {
    let mssql = SQLServerDialect()

    @Test(arguments: [
        ("users", "users"), ("user", "[user]"), ("key", "[key]"), ("Email", "[Email]"), ("a]b", "[a]]b]"),
        ("Order Items", "[Order Items]"), ("_x", "_x"), ("1st", "[1st]"), ("level", "level"),
    ])
    func quoting(name: String, expected: String) {
        #expect(mssql.quoteIdentifier(name) == expected)
    }

    @Test(arguments: [
        ("dbo", "dbo"), ("mydb.dbo", "mydb.dbo"), ("[my.db].dbo", "[my.db].dbo"), ("My DB.dbo", "[My DB].dbo"),
        ("a.b.c", "[a.b].c"), ("[Sales]", "[Sales]"),
    ])
    func schemasNameTheirDatabase(schema: String, expected: String) {
        #expect(mssql.quoteSchema(schema) == expected)
    }

    @Test(arguments: [
        (SQLType.string(length: 20, collation: nil), "VARCHAR(20)"), (.string(length: nil, collation: nil), "VARCHAR(max)"),
        (.string(length: 5, collation: "Latin1_General_CI_AS"), "VARCHAR(5) COLLATE Latin1_General_CI_AS"),
        (.unicode(length: nil, collation: nil), "NVARCHAR(max)"), (.text(length: nil, collation: nil), "TEXT"),
        (.unicodeText(length: nil, collation: nil), "NTEXT"), (.boolean, "BIT"), (.date, "DATETIME"), (.time(timezone: false), "DATETIME"),
        (.dateTime(timezone: true), "DATETIMEOFFSET"), (.timestamp(timezone: false), "TIMESTAMP"), (.largeBinary(length: nil), "IMAGE"),
        (.json, "NVARCHAR(max)"), (.uuid, "UNIQUEIDENTIFIER"), (.double, "DOUBLE PRECISION"), (.bigInteger, "BIGINT"),
        (.enumeration(EnumType(name: "e", values: ["a", "ünï"])), "VARCHAR(3)"), (.named("VARBINARY", arguments: []), "VARBINARY(max)"),
        (.vendor(dialect: "mssql", name: "DATETIME2", arguments: [.int(3)], keywords: [:]), "DATETIME2(3)"),
        (.vendor(dialect: "mssql", name: "NVARCHAR", arguments: [.string("max")], keywords: [:]), "NVARCHAR(max)"),
        (.vendor(dialect: "mssql", name: "VARBINARY", arguments: [], keywords: ["filestream": .bool(true)]), "VARBINARY(max) FILESTREAM"),
    ])
    func types(type: SQLType, expected: String) throws {
        #expect(try mssql.typeName(type) == expected)
    }

    @Test func typesSQLServerLacksAreRefused() {
        #expect(throws: DialectError.self) { try mssql.typeName(.array(.integer, dimensions: 1)) }
        #expect(throws: DialectError.self) { try mssql.typeName(.vendor(dialect: "postgresql", name: "JSONB", arguments: [], keywords: [:])) }
        #expect(throws: DialectError.self) { try mssql.typeName(.vendor(dialect: "mssql", name: "GEOGRAPHY", arguments: [], keywords: [:])) }
    }

    @Test func columnsSpellOutNullAndTakeIdentity() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('n', sa.Integer, server_default='1'),
                            sa.Column('c', sa.Integer, sa.Computed('id + 1', persisted=True)),
                            sa.Column('i', sa.BigInteger, sa.Identity(start=10, increment=5), nullable=True))
            op.create_table('u', sa.Column('id', sa.Integer, primary_key=True, mssql_identity_start=100))
        """, mssql)
        #expect(statements == [
            "CREATE TABLE t (\n    id INTEGER NOT NULL IDENTITY, \n    n INTEGER NULL DEFAULT '1', \n    c AS (id + 1) PERSISTED, \n    i BIGINT NOT NULL IDENTITY(10,5), \n    PRIMARY KEY (id)\n)",
            "CREATE TABLE u (\n    id INTEGER NOT NULL IDENTITY(100,1), \n    PRIMARY KEY (id)\n)",
        ])
    }

    @Test func functionsAndBooleansInDefaults() throws {
        let statements = try renderUpgrade("""
            op.add_column('t', sa.Column('a', sa.DateTime, server_default=sa.func.now()))
            op.add_column('t', sa.Column('b', sa.Date, server_default=sa.func.current_date()))
            op.add_column('t', sa.Column('c', sa.Boolean, server_default=sa.true()))
            op.add_column('t', sa.Column('d', sa.Unicode(9), server_default=sa.func.SESSION_USER()))
        """, mssql)
        #expect(statements == [
            "ALTER TABLE t ADD a DATETIME NULL DEFAULT CURRENT_TIMESTAMP", "ALTER TABLE t ADD b DATETIME NULL DEFAULT GETDATE()",
            "ALTER TABLE t ADD c BIT NULL DEFAULT 1", "ALTER TABLE t ADD d NVARCHAR(9) NULL DEFAULT SESSION_USER",
        ])
    }

    /// Alembic refuses a nullability change with no type to restate; sqlgen takes the type from
    /// the replayed schema, and refuses only when the schema does not know the column either.
    @Test func nullabilityRestatesTheType() throws {
        #expect(renderingError("    op.alter_column('t', 'c', nullable=False)", mssql)?.contains("existing_type") == true)
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('c', sa.Unicode(10), nullable=True))
            op.alter_column('t', 'c', nullable=False)
        """, mssql)
        #expect(statements.last == "ALTER TABLE t ALTER COLUMN c NVARCHAR(10) NOT NULL")
    }

    /// Alembic writes a bare `ALTER COLUMN c TYPE`, which makes a NOT NULL column nullable, and
    /// adds a default over the existing one, which SQL Server refuses. With the replayed schema
    /// sqlgen restates the nullability and drops the old default constraint first.
    @Test func alterRestatesWhatTheSchemaKnows() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('c', sa.String(10), nullable=False, server_default='x', comment='old'))
            op.alter_column('t', 'c', type_=sa.String(20))
            op.alter_column('t', 'c', server_default='y')
            op.alter_column('t', 'c', comment='new')
        """, mssql)
        #expect(Array(statements.dropFirst(2)) == [
            "ALTER TABLE t ALTER COLUMN c VARCHAR(20) NOT NULL",
            mssql.dropColumnConstraint(TableName("t"), "c", catalog: "sys.default_constraints"),
            "ALTER TABLE t ADD DEFAULT 'y' FOR c",
            "DECLARE @schema sysname = SCHEMA_NAME();\nexec sp_updateextendedproperty 'MS_Description', N'new', 'schema', @schema, 'table', t, 'column', c",
        ])
    }

    @Test func alterColumnInAlembicsOrder() throws {
        let statements = try renderUpgrade("""
            op.alter_column('t', 'c', new_column_name='select', type_=sa.Integer, nullable=True, server_default=None,
                            existing_server_default='1', comment=None, schema='s')
        """, mssql)
        #expect(statements == [
            "declare @const_name varchar(256)\nselect @const_name = QUOTENAME([name]) from sys.default_constraints\nwhere parent_object_id = object_id('s.t')\nand col_name(parent_object_id, parent_column_id) = 'c'\nexec('alter table s.t drop constraint ' + @const_name)",
            "ALTER TABLE s.t ALTER COLUMN c INTEGER NULL",
            "exec sp_dropextendedproperty 'MS_Description', 'schema', s, 'table', t, 'column', c",
            "EXEC sp_rename 's.t.c', [select], 'COLUMN'",
        ])
    }

    @Test func namesInsideStringLiteralsAreEscaped() throws {
        let statements = try renderUpgrade("""
            op.rename_table("it's", 'new')
            op.drop_column("it's", "o'k", mssql_drop_default=True)
        """, mssql)
        #expect(statements[0] == "EXEC sp_rename '[it''s]', new")
        #expect(statements[1].contains("object_id('it''s')") && statements[1].contains("= 'o''k'") && statements[1].contains("exec('alter table [it''s] drop constraint '"))
    }

    /// Without a schema Alembic fails (offline SQLAlchemy knows no default schema); sqlgen asks
    /// the server for it, as SQLAlchemy does when connected.
    @Test func commentsWithoutSchemaUseTheDefaultSchema() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('c', sa.Integer, comment="it's"), comment='table')
            op.drop_table_comment('t')
        """, mssql)
        #expect(Array(statements.dropFirst()) == [
            "DECLARE @schema sysname = SCHEMA_NAME();\nexecute sp_addextendedproperty 'MS_Description', N'table', 'schema', @schema, 'table', t",
            "DECLARE @schema sysname = SCHEMA_NAME();\nexecute sp_addextendedproperty 'MS_Description', N'it''s', 'schema', @schema, 'table', t, 'column', c",
            "DECLARE @schema sysname = SCHEMA_NAME();\nexecute sp_dropextendedproperty 'MS_Description', 'schema', @schema, 'table', t",
        ])
    }

    @Test func indexes() throws {
        let statements = try renderUpgrade("""
            op.create_index('ix', 't', ['a', sa.text('b DESC')], unique=True, schema='s', if_not_exists=True,
                            mssql_clustered=True, mssql_include=['c'], mssql_where=sa.text('a > 0'))
            op.drop_index('ix', table_name='t', schema='s', if_exists=True)
        """, mssql)
        #expect(statements == ["CREATE UNIQUE CLUSTERED INDEX ix ON s.t (a, b DESC) INCLUDE (c) WHERE a > 0", "DROP INDEX IF EXISTS ix ON s.t"])
        #expect(renderingError("    op.drop_index('ix')", mssql)?.contains("table_name") == true)
        #expect(renderingError("    op.create_index('ix', 't', ['a'], mssql_fillfactor=80)", mssql)?.contains("mssql_fillfactor") == true)
    }

    @Test func clusteredUniqueConstraints() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('a', sa.Integer), sa.UniqueConstraint('a', name='uq_a', mssql_clustered=False))
            op.create_unique_constraint('uq_b', 't', ['b'], mssql_clustered=True)
        """, mssql)
        #expect(statements == [
            "CREATE TABLE t (\n    a INTEGER NULL, \n    CONSTRAINT uq_a UNIQUE NONCLUSTERED (a)\n)", "ALTER TABLE t ADD CONSTRAINT uq_b UNIQUE CLUSTERED (b)",
        ])
    }

    @Test func bulkInsertAllowsIdentityValuesAndTypesItsLiterals() throws {
        let statements = try renderUpgrade("""
            t = sa.table('t', sa.column('n', sa.Unicode), sa.column('s', sa.String), sa.column('d', sa.Date), sa.column('b', sa.Boolean))
            op.bulk_insert(t, [{'n': "ü'", 's': 'x', 'd': datetime.datetime(2020, 1, 2, 3, 4, 5), 'b': False}])
        """, mssql)
        #expect(statements == [
            "SET IDENTITY_INSERT t ON", "INSERT INTO t (n, s, d, b) VALUES (N'ü''', 'x', '2020-01-02', 0)", "SET IDENTITY_INSERT t OFF",
        ])
    }
}

@Suite struct OracleTests {
    let oracle = OracleDialect()

    @Test(arguments: [
        ("users", "users"), ("user", "\"user\""), ("key", "key"), ("level", "\"level\""), ("size", "\"size\""),
        ("_under", "\"_under\""), ("Mixed", "\"Mixed\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a$b", "a$b"),
    ])
    func quoting(name: String, expected: String) {
        #expect(oracle.quoteIdentifier(name) == expected)
    }

    @Test(arguments: [
        (SQLType.string(length: 20, collation: "x"), "VARCHAR2(20 CHAR)"), (.string(length: nil, collation: nil), "VARCHAR2"),
        (.unicode(length: 5, collation: nil), "VARCHAR2(5 CHAR)"), (.text(length: 10, collation: nil), "CLOB"),
        (.bigInteger, "NUMBER(19)"), (.boolean, "BOOLEAN"), (.dateTime(timezone: true), "DATE"),
        (.timestamp(timezone: true), "TIMESTAMP WITH TIME ZONE"), (.uuid, "CHAR(32)"), (.largeBinary(length: nil), "BLOB"),
        (.interval, "INTERVAL DAY TO SECOND"), (.enumeration(EnumType(name: nil, values: ["ab", "c"], native: false)), "VARCHAR(2 CHAR)"),
        (.vendor(dialect: "oracle", name: "NUMBER", arguments: [.int(10), .int(2)], keywords: [:]), "NUMBER(10, 2)"),
        (.vendor(dialect: "oracle", name: "NVARCHAR2", arguments: [.int(40)], keywords: [:]), "NVARCHAR2(40)"),
        (.vendor(dialect: "oracle", name: "FLOAT", arguments: [], keywords: ["binary_precision": .int(53)]), "FLOAT(53)"),
        (.vendor(dialect: "oracle", name: "TIMESTAMP", arguments: [], keywords: ["local_timezone": .bool(true)]), "TIMESTAMP WITH LOCAL TIME ZONE"),
        (.vendor(dialect: "oracle", name: "INTERVAL", arguments: [], keywords: ["day_precision": .int(2), "second_precision": .int(6)]), "INTERVAL DAY(2) TO SECOND(6)"),
    ])
    func types(type: SQLType, expected: String) throws {
        #expect(try oracle.typeName(type) == expected)
    }

    @Test func whatOracleCannotExpressIsRefused() {
        #expect(throws: DialectError.self) { try oracle.typeName(.float(precision: 10)) }
        #expect(throws: DialectError.self) { try oracle.computedClause(Computed(sql: "a", persisted: true)) }
        #expect(throws: DialectError.self) { try oracle.typeName(.vendor(dialect: "mssql", name: "BIT", arguments: [], keywords: [:])) }
    }

    @Test func identityAndNoImplicitAutoincrement() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('id', sa.Integer, primary_key=True),
                            sa.Column('n', sa.Integer, sa.Identity(always=True, start=5, cycle=False, order=True, on_null=True), nullable=False),
                            sa.Column('v', sa.Integer, sa.Computed('id * 2', persisted=False)))
        """, oracle)
        #expect(statements == [
            "CREATE TABLE t (\n    id INTEGER NOT NULL, \n    n INTEGER GENERATED ALWAYS ON NULL AS IDENTITY (START WITH 5 NOCYCLE ORDER), \n    v INTEGER GENERATED ALWAYS AS (id * 2) VIRTUAL, \n    PRIMARY KEY (id)\n)",
        ])
    }

    @Test func foreignKeysHaveNoOnUpdate() throws {
        let statements = try renderUpgrade("    op.create_foreign_key('fk', 'a', 'b', ['x'], ['y'], ondelete='CASCADE', onupdate='CASCADE')", oracle)
        #expect(statements == ["ALTER TABLE a ADD CONSTRAINT fk FOREIGN KEY(x) REFERENCES b (y) ON DELETE CASCADE"])
    }

    @Test func alterColumnInAlembicsOrder() throws {
        let statements = try renderUpgrade("""
            op.alter_column('t', 'c', new_column_name='d', type_=sa.String(5), nullable=False, server_default=None, comment=None, schema='s')
        """, oracle)
        #expect(statements == [
            "ALTER TABLE s.t MODIFY c NOT NULL", "ALTER TABLE s.t MODIFY c DEFAULT NULL", "ALTER TABLE s.t MODIFY c VARCHAR2(5 CHAR)",
            "COMMENT ON COLUMN s.t.c IS ''", "ALTER TABLE s.t RENAME COLUMN c TO d",
        ])
    }

    /// Alembic writes the names of an altered comment raw (`COMMENT ON COLUMN t.Mixed Name`), which
    /// Oracle cannot parse; sqlgen quotes them and keeps the schema.
    @Test func alteredCommentsNameTheColumnProperly() throws {
        let statements = try renderUpgrade("    op.alter_column('Big T', 'Mixed Name', comment='x', schema='app')", oracle)
        #expect(statements == ["COMMENT ON COLUMN app.\"Big T\".\"Mixed Name\" IS 'x'"])
    }

    @Test func indexesLiveInTheirTablesSchema() throws {
        let statements = try renderUpgrade("""
            op.create_index('ix', 't', ['a'], schema='app', if_not_exists=True, oracle_bitmap=True, oracle_compress=2)
            op.drop_index('ix', table_name='t', schema='app')
        """, oracle)
        #expect(statements == ["CREATE BITMAP INDEX app.ix ON app.t (a) COMPRESS 2", "DROP INDEX app.ix"])
    }

    @Test func datesAreConvertedExplicitly() throws {
        let statements = try renderUpgrade("""
            t = sa.table('t', sa.column('d', sa.Date), sa.column('dt', sa.DateTime), sa.column('b', sa.Boolean), sa.column('u', sa.Unicode))
            op.bulk_insert(t, [{'d': datetime.date(2020, 1, 2), 'dt': datetime.datetime(2020, 1, 2, 3, 4, 5, 6), 'b': True, 'u': 'ü'}])
            op.bulk_insert(t, [{'d': datetime.datetime(2020, 1, 2, 3, 4, 5), 'dt': datetime.date(2020, 1, 2)}])
        """, oracle)
        #expect(statements == [
            "INSERT INTO t (d, dt, b, u) VALUES (TO_DATE('2020-01-02', 'YYYY-MM-DD'), TO_TIMESTAMP('2020-01-02 03:04:05.000006', 'YYYY-MM-DD HH24:MI:SS.FF'), 1, 'ü')",
            "INSERT INTO t (d, dt) VALUES (TO_DATE('2020-01-02', 'YYYY-MM-DD'), TO_DATE('2020-01-02', 'YYYY-MM-DD HH24:MI:SS'))",
        ])
    }

    @Test func functionsInDefaults() throws {
        let statements = try renderUpgrade("""
            op.add_column('t', sa.Column('a', sa.DateTime, server_default=sa.func.now()))
            op.add_column('t', sa.Column('b', sa.Integer, server_default=sa.func.uid()))
            op.add_column('t', sa.Column('c', sa.Integer, server_default=sa.func.char_length('x')))
            op.add_column('t', sa.Column('d', sa.Integer, server_default=sa.func.MAX(1)))
        """, oracle)
        #expect(statements == [
            "ALTER TABLE t ADD a DATE DEFAULT CURRENT_TIMESTAMP", "ALTER TABLE t ADD b INTEGER DEFAULT uid",
            "ALTER TABLE t ADD c INTEGER DEFAULT LENGTH('x')", "ALTER TABLE t ADD d INTEGER DEFAULT max(1)",
        ])
    }

    @Test func tableOptionsMeanNothingToDropTable() throws {
        #expect(try renderUpgrade("    op.drop_table('t', oracle_compress=True)", oracle) == ["DROP TABLE t"])
        #expect(renderingError("    op.drop_table('t', oracle_parallel=4)", oracle)?.contains("oracle_parallel") == true)
    }

    @Test func tableOptions() throws {
        let statements = try renderUpgrade("""
            op.create_table('t', sa.Column('a', sa.Integer), prefixes=['GLOBAL TEMPORARY'], oracle_on_commit='preserve_rows', oracle_tablespace='Big')
        """, oracle)
        #expect(statements == ["CREATE GLOBAL TEMPORARY TABLE t (\n    a INTEGER\n)\n ON COMMIT PRESERVE ROWS\n TABLESPACE \"Big\""])
    }

    @Test func scriptsHaveNoTerminatorsAndNoTransaction() throws {
        let sqlServer = try ScriptWriter(dialect: SQLServerDialect()).script(for: [], createsVersionTable: true)
        #expect(sqlServer == "BEGIN TRANSACTION;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\nGO\n\nCOMMIT;\n\nGO\n\n")
        let oracleScript = try ScriptWriter(dialect: oracle).script(for: [], createsVersionTable: true)
        #expect(oracleScript == "CREATE TABLE alembic_version (\n    version_num VARCHAR2(32 CHAR) NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)\n\n/\n\n")
    }
}

/// The run-time problems a dialect predicts for an upgrade body, operation by operation.
func runtimeProblems(_ body: String, _ dialect: any Dialect) throws -> [String] {
    let read = readRevision(revisionFile(upgrade: body))
    guard let revision = read.revision, read.diagnostics.isEmpty else { throw DiagnosticError(read.diagnostics) }
    var catalog = Catalog()
    var problems: [String] = []
    for operation in revision.upgrade.operations {
        problems += RuntimeCheck.problems(of: operation, applyingTo: &catalog, checks: RuntimeCheck.checks(of: dialect)).map(\.message.text)
    }
    return problems
}

@Suite struct SQLServerOracleChecksTests {
    @Test func sqlServerRefusalsAlembicWritesAnyway() throws {
        let problems = try runtimeProblems("""
            op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('ok', sa.Boolean, server_default=sa.text('true')),
                            sa.Column('v', sa.TIMESTAMP, server_default=sa.func.now()))
            op.create_table('plain', sa.Column('code', sa.String(3), primary_key=True))
            op.bulk_insert(sa.table('plain', sa.column('code', sa.String)), [{'code': 'x'}])
            op.bulk_insert(sa.table('t', sa.column('id', sa.Integer)), [{'id': 1}])
            op.create_foreign_key('fk', 't', 'plain', ['ok'], ['code'], match='FULL')
        """, SQLServerDialect())
        #expect(problems == [
            DiagnosticMessage.sqlServerNoBooleanLiteral("ok", "true").text, DiagnosticMessage.sqlServerRowVersionDefault("v").text,
            DiagnosticMessage.sqlServerIdentityInsertWithoutIdentity("plain").text, DiagnosticMessage.noMatchClause("SQL Server").text,
        ])
    }

    @Test func sqlServerDropsNoColumnOthersDependOn() throws {
        let problems = try runtimeProblems("""
            op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('a', sa.Integer, server_default='1', index=True),
                            sa.Column('b', sa.Integer, server_default='2'))
            op.drop_column('t', 'a', mssql_drop_default=True)
            op.drop_column('t', 'b', mssql_drop_default=True)
        """, SQLServerDialect())
        #expect(problems == [DiagnosticMessage.sqlServerColumnHasDependents("a", ["index 'ix_t_a'"]).text])
    }

    @Test func oracleRefusalsAlembicWritesAnyway() throws {
        let problems = try runtimeProblems("""
            op.create_table('t', sa.Column('a', sa.String()), sa.Column('b', sa.Time()), sa.Column('c', sa.String(5)))
            op.alter_column('t', 'c', type_=sa.Unicode())
        """, OracleDialect())
        #expect(problems == [
            DiagnosticMessage.oracleVarcharWithoutLength("a").text, DiagnosticMessage.oracleNoTimeType("b").text,
            DiagnosticMessage.oracleVarcharWithoutLength("c").text,
        ])
    }
}
