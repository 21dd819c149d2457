// The revision-file language beyond plain calls: formatting, batch blocks, types, data, mappings, refusals.

import Testing
@testable import SQLGenCore

@Suite struct ReaderConstructTests {
    /// The operations of an upgrade body, or the diagnostics when it fails.
    func read(_ body: String, header: String = "") -> (operations: [Operation.Kind], errors: [String]) {
        let text = "from alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql, mysql\nimport datetime, decimal\n\(header)\nrevision = 'r1'\ndown_revision = None\n\ndef upgrade():\n\(body)\n\ndef downgrade():\n    pass\n"
        let (revision, diagnostics) = readRevision(text)
        return (revision?.upgrade.operations.map(\.kind) ?? [], summaries(diagnostics))
    }

    func executed(_ body: String, header: String = "") -> [String] {
        read(body, header: header).operations.compactMap { if case .execute(let sql) = $0 { return sql } else { return nil } }
    }

    @Test func stringFormatting() {
        let header = "TABLE = 'users'\nLIMIT = 10\nNAMES = {'a': 'alpha'}\nCOLS = ['x', 'y']"
        #expect(executed("""
            op.execute(f"DELETE FROM {TABLE} WHERE id > {LIMIT} AND n = {NAMES['a']!r} {{literal}}")
            op.execute("UPDATE %s SET n = %d, m = %r" % (TABLE, LIMIT, 'q'))
            op.execute("UPDATE %(t)s SET x = 1" % {'t': TABLE})
            op.execute("SELECT {} FROM {t}".format(', '.join(COLS), t=TABLE.upper()))
            op.execute('SELECT ' "1" + ' + ' + str(LIMIT))
            op.execute(r'SELECT E\\'\\n\\'')
            op.execute(COLS[-1] if LIMIT == 10 else 'no')
        """, header: header) == [
            "DELETE FROM users WHERE id > 10 AND n = 'alpha' {literal}",
            "UPDATE users SET n = 10, m = 'q'",
            "UPDATE users SET x = 1",
            "SELECT x, y FROM USERS",
            "SELECT 1 + 10",
            "SELECT E\\'\\n\\'",
            "y",
        ])
    }

    @Test func batchBlocksCollectTheirOperationsOnTheBlocksTable() throws {
        let (operations, errors) = read("""
            with op.batch_alter_table('users', schema='app') as batch_op:
                batch_op.add_column(sa.Column('age', sa.Integer(), nullable=True))
                batch_op.alter_column('name', existing_type=sa.VARCHAR(length=50), nullable=False)
                batch_op.create_index(batch_op.f('ix_users_age'), ['age'], unique=False)
                batch_op.drop_constraint('fk_old', type_='foreignkey')
            op.drop_table('other')
        """)
        #expect(errors.isEmpty)
        guard case .batch(let batch) = operations.first else {
            Issue.record("expected a batch")
            return
        }
        #expect(batch.table == TableName("users", schema: "app"))
        #expect(batch.operations.map(\.functionName) == ["add_column", "alter_column", "create_index", "drop_constraint"])
        guard case .alterColumn(let alter) = batch.operations[1].kind else {
            Issue.record("expected alter_column")
            return
        }
        #expect(alter.table == TableName("users", schema: "app"))
        #expect(alter.nullable == false)
        #expect(alter.existingType == .string(length: 50, collation: nil))
        #expect(operations.count == 2)
    }

    @Test func batchMistakes() {
        #expect(read("    with op.batch_alter_table('a') as b:\n        with op.batch_alter_table('c') as d:\n            pass").errors
                == ["11:9: 'op.batch_alter_table' blocks cannot be nested"])
        #expect(read("    with op.batch_alter_table('a', recreate='sometimes') as b:\n        pass").errors.first?.hasSuffix("'sometimes' is not a valid 'recreate'") == true)
    }

    @Test func typesOfEveryFamily() throws {
        let (operations, errors) = read("""
            op.create_table('t',
                sa.Column('a', sa.Enum('x', 'y', name='ab', native_enum=False, length=5)),
                sa.Column('b', postgresql.ARRAY(sa.Integer(), dimensions=2)),
                sa.Column('c', postgresql.JSONB(astext_type=sa.Text())),
                sa.Column('d', postgresql.UUID(as_uuid=True)),
                sa.Column('e', mysql.DATETIME(fsp=6)),
                sa.Column('f', sa.TIMESTAMP(timezone=True)),
                sa.Column('g', sa.Numeric(precision=10, scale=2)),
                sa.Column('h', sa.Unicode(30, collation='C')),
                sa.Column('i', postgresql.ENUM('p', 'q', name='pq', create_type=False)),
                sa.Column('j', sa.LargeBinary),
            )
        """)
        #expect(errors.isEmpty)
        guard case .createTable(let table) = operations.first else {
            Issue.record("expected create_table")
            return
        }
        #expect(table.columns.map(\.type) == [
            .enumeration(EnumType(name: "ab", values: ["x", "y"], native: false, length: 5)),
            .array(.integer, dimensions: 2),
            .vendor(dialect: "postgresql", name: "JSONB", arguments: [], keywords: [:]),
            .uuid,
            .vendor(dialect: "mysql", name: "DATETIME", arguments: [], keywords: ["fsp": .int(6)]),
            .timestamp(timezone: true),
            .numeric(precision: 10, scale: 2),
            .unicode(length: 30, collation: "C"),
            .enumeration(EnumType(name: "pq", values: ["p", "q"], createType: false)),
            .largeBinary(length: nil),
        ])
    }

    @Test func columnFeaturesAndTableObjects() throws {
        let (operations, errors) = read("""
            op.create_table('t',
                sa.Column('id', sa.Integer, sa.Identity(always=True, start=5), primary_key=True),
                sa.Column('total', sa.Integer, sa.Computed('id * 2', persisted=True), comment='twice'),
                sa.Column('email', sa.String(50), index=True, unique=True, server_default=sa.text("''")),
                sa.CheckConstraint('id > 0', name='ck_id'),
                sa.Index('ix_lower', sa.text('lower(email)'), postgresql_using='btree'),
                comment='a table', postgresql_partition_by='RANGE (id)',
            )
        """)
        #expect(errors.isEmpty)
        guard case .createTable(let table) = operations.first else {
            Issue.record("expected create_table")
            return
        }
        #expect(table.columns[0].identity == Identity(always: true, start: 5))
        #expect(table.columns[1].computed == Computed(sql: "id * 2", persisted: true))
        #expect(table.columns[1].comment == "twice")
        #expect(table.columns[2].index && table.columns[2].unique)
        #expect(table.constraints == [.check(CheckConstraint(name: "ck_id", sql: "id > 0"))])
        #expect(table.indexes == [Index(name: "ix_lower", table: TableName("t"), elements: [.expression("lower(email)")], options: ["postgresql_using": .string("btree")])])
        #expect(table.comment == "a table")
        #expect(table.options == ["postgresql_partition_by": .string("RANGE (id)")])
    }

    @Test func alterColumnDistinguishesUnsetFromNone() throws {
        let (operations, _) = read("""
            op.alter_column('t', 'a', server_default=None, comment=None)
            op.alter_column('t', 'a', nullable=True)
            op.alter_column('t', 'a', server_default='x', comment='c', new_column_name='b', postgresql_using='a::text')
        """)
        let alters = operations.compactMap { kind -> AlterColumn? in if case .alterColumn(let alter) = kind { return alter } else { return nil } }
        #expect(alters.map(\.serverDefault) == [.drop, .unchanged, .set(.string("x"))])
        #expect(alters.map(\.comment) == [.drop, .unchanged, .set("c")])
        #expect(alters[2].newName == "b")
        #expect(alters[2].options == ["postgresql_using": .string("a::text")])
    }

    @Test func bulkInsertRowsAndLiterals() throws {
        let (operations, errors) = read("""
            t = sa.table('t', sa.column('id', sa.Integer), sa.column('name', sa.String), sa.column('at', sa.DateTime), sa.column('d', sa.Date), sa.column('n', sa.Numeric))
            op.bulk_insert(t, [
                {'id': 1, 'name': "it's", 'at': datetime.datetime(2026, 1, 2, 3, 4, 5), 'd': datetime.date(2026, 12, 31), 'n': decimal.Decimal('1.50')},
                {'id': 2, 'name': None},
            ], multiinsert=False)
        """)
        #expect(errors.isEmpty)
        guard case .bulkInsert(let insert) = operations.first else {
            Issue.record("expected bulk_insert")
            return
        }
        #expect(insert.table == TableName("t"))
        #expect(insert.rows.count == 2)
        #expect(insert.rows[0].map(\.value) == [.int(1), .string("it's"), .dateTime("2026-01-02 03:04:05"), .date("2026-12-31"), .decimal("1.50")])
        #expect(insert.rows[1].map(\.value) == [.int(2), .null])
        #expect(insert.multiinsert == false)
    }

    @Test func theTableCreateTableReturnsTakesRows() throws {
        let (operations, errors) = read("""
            countries = op.create_table('countries', sa.Column('code', sa.String(2), primary_key=True), sa.Column('name', sa.String(50)))
            op.bulk_insert(countries, [{'code': 'NZ', 'name': 'New Zealand'}])
        """)
        #expect(errors.isEmpty)
        guard case .bulkInsert(let insert) = operations.last else {
            Issue.record("expected bulk_insert")
            return
        }
        #expect(insert.table == TableName("countries"))
        #expect(insert.columns.map(\.name) == ["code", "name"])
        #expect(insert.rows.first?.map(\.value) == [.string("NZ"), .string("New Zealand")])
    }

    @Test func sqlmodelAndMappedTypes() throws {
        let header = "import sqlmodel\nfrom myapp.types import StringUUID"
        let (operations, errors) = read("    op.add_column('t', sa.Column('a', sqlmodel.sql.sqltypes.AutoString(length=40)))", header: header)
        #expect(errors.isEmpty)
        #expect(operations == [.addColumn(AddColumn(table: TableName("t"), column: Column(name: "a", type: .string(length: 40, collation: nil))))])

        var mappings = TypeMappings()
        try mappings.add(fileText: "# app types\nmyapp.types.StringUUID = sa.String(36)\nmyapp.types.Money = sa.Numeric\n", path: "sqlgen.types")
        let text = revisionFile(upgrade: "    op.add_column('t', sa.Column('a', StringUUID()))\n    op.add_column('t', sa.Column('b', Money(12, 2)))",
                                header: "from myapp.types import StringUUID, Money\nrevision = 'r1'\ndown_revision = None\n")
        let revision = try #require(RevisionReader.read(SourceFile(path: "r.py", text: text), types: mappings).revision)
        #expect(revision.upgrade.operations.map(\.kind) == [
            .addColumn(AddColumn(table: TableName("t"), column: Column(name: "a", type: .string(length: 36, collation: nil)))),
            .addColumn(AddColumn(table: TableName("t"), column: Column(name: "b", type: .numeric(precision: 12, scale: 2)))),
        ])
    }

    @Test func badTypeMappingLinesAreReportedWithTheirLine() {
        var mappings = TypeMappings()
        #expect(throws: DiagnosticError.self) { try mappings.add(fileText: "a.B = sa.String\nnot a mapping\nc.D = os.path\n", path: "sqlgen.types") }
        do {
            try mappings.add(fileText: "a.B = sa.String\nnot a mapping\nc.D = os.path\n", path: "sqlgen.types")
        } catch {
            #expect(summaries(error.diagnostics) == [
                "2:1: a type mapping line is 'dotted.Name = sa.Type' or 'dotted.Name = sa.Type(arguments)'",
                "3:7: 'os.path' is not a SQLAlchemy type",
            ])
        }
    }

    /// Refusals of things that need a database, the application, or change between runs.
    @Test(arguments: [
        ("    insp = sa.inspect(op.get_bind())", "10:12: 'sa.inspect(...)' inspects a live database; an offline script has none to inspect"),
        ("    op.execute(sa.select(sa.column('x')))", "10:26: expected a column of 'sa.table(...)' (t.c.name), found 'sa.column'"),
        ("    t = sa.table('t', sa.column('id'))\n    op.execute(sa.select(t.c.id))", "11:16: 'op.execute(sa.select(...))' reads rows from a live database; an offline script has none to read"),
        ("    t = sa.table('t', sa.column('id'))\n    op.execute(t.insert().from_select(['id', 'id'], sa.select(t.c.id)))", "11:16: 'from_select' names 2 columns but its select has 1"),
        ("    t = sa.table('t', sa.column('id'))\n    op.execute(t.update().values(id=Status.ACTIVE))", "11:16: 'myapp.enums.Status.ACTIVE' is a value of the application (its configuration or code); sqlgen reads revisions without running application code"),
        ("    op.execute(f\"SELECT '{datetime.datetime.now()}'\")", "10:16: 'datetime.datetime.now' gives a different value on every run; a reviewed script must not change between runs"),
        ("    op.add_column('t', sa.Column('s', sa.Enum(Status, name='s')))", "10:47: 'myapp.enums.Status' is a Python enum class from the application; sqlgen cannot import it"),
        ("    op.execute(\"x = %s\" % ())", "10:16: cannot format this string: not enough arguments"),
        ("    t = sa.table('t', sa.column('id'))\n    op.bulk_insert(t, [{'idd': 1}])", "11:23: row names column 'idd', which 'sa.table('t', ...)' does not list"),
        ("    batch_op.add_column(sa.Column('x', sa.Integer))", "10:5: unknown name 'batch_op'"),
        ("    t = sa.table('t', sa.column('id'))\n    op.execute(t.update().values(idd=1))", "11:16: 't.c' has no column 'idd'"),
        ("    t = sa.table('t', sa.column('id'))\n    op.execute(t.delete().where(t.c.idd == 1))", "11:33: 't.c' has no column 'idd'"),
        ("    t = sa.table('t', sa.column('id'))\n    rows = op.get_bind().execute(t.select()).fetchall()", "11:12: 'bind.execute(sa.select(...))' reads rows from a live database; an offline script has none to read"),
        ("    t = sa.table('t', sa.column('id'))\n    rows = op.get_bind().execute(sa.select(t.c.id).where(t.c.id > 1)).fetchall()", "11:12: 'bind.execute(sa.select(...))' reads rows from a live database; an offline script has none to read"),
    ])
    func refusals(body: String, expected: String) {
        let header = "from myapp.enums import Status"
        #expect(read(body, header: header).errors == [expected])
    }

    @Test func aFailedAssignmentIsReportedOnceNotAtEveryUse() {
        #expect(read("    inspector = sa.inspect(op.get_bind())\n    inspector.get_columns('t')\n    columns = inspector.get_columns('x')").errors
                == ["10:17: 'sa.inspect(...)' inspects a live database; an offline script has none to inspect"])
    }
}
