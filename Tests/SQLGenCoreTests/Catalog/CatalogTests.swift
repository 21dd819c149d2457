// The catalog: replay of operations, raw SQL, the schema a plan starts from, and `check`.

import Testing
@testable import SQLGenCore

/// Revisions from upgrade/downgrade bodies, chained in order: r1 <- r2 <- ...
func chain(_ bodies: [(upgrade: String, downgrade: String)]) throws -> [Revision] {
    try bodies.enumerated().map { index, body in
        let header = "revision = 'r\(index + 1)'\ndown_revision = \(index == 0 ? "None" : "'r\(index)'")\n"
        let text = revisionFile(upgrade: body.upgrade, downgrade: body.downgrade, header: header)
        let (revision, diagnostics) = readRevision(text, name: "r\(index + 1).py")
        guard let revision else { throw DiagnosticError(diagnostics) }
        return revision
    }
}

@Suite struct CatalogTests {
    func replay(_ body: String) throws -> Catalog {
        let revision = try #require(try chain([(body, "    pass")]).first)
        var catalog = Catalog()
        for operation in revision.upgrade.operations { catalog.apply(operation) }
        return catalog
    }

    /// An enum type is forgotten when its last column goes, and a journal undoes changes
    /// (tables, index lookup, enum uses) so the catalog equals what it was.
    @Test func enumTypesLastUseAndJournalUndo() throws {
        let revision = try #require(try chain([("""
            op.create_table('a', sa.Column('id', sa.Integer, primary_key=True), sa.Column('s', sa.Enum('x', 'y', name='state')))
            op.create_table('b', sa.Column('id', sa.Integer, primary_key=True), sa.Column('s', sa.Enum('x', 'y', name='state')))
            op.create_index('ix_b_s', 'b', ['s'])
        """, """
            op.drop_table('b')
            op.drop_column('a', 's')
        """)]).first)
        var catalog = Catalog()
        for operation in revision.upgrade.operations { catalog.apply(operation) }
        #expect(catalog.enumTypes.keys.map(\.name) == ["state"])
        let upgraded = catalog
        catalog.startJournal()
        catalog.apply(revision.downgrade.operations[0])
        #expect(catalog.enumTypes.keys.map(\.name) == ["state"], "'a.s' still uses the type")
        #expect(catalog.tables(withIndex: "ix_b_s").isEmpty)
        catalog.apply(revision.downgrade.operations[1])
        #expect(catalog.enumTypes.isEmpty)
        let journal = catalog.finishJournal()
        #expect(Set(journal.tables.keys.map(\.name)) == ["a", "b"])
        catalog.undo(journal)
        #expect(catalog == upgraded)
        #expect(catalog.tables(withIndex: "ix_b_s").map(\.name) == ["b"])
        catalog.apply(revision.downgrade.operations[0])
        #expect(catalog.enumTypes.keys.map(\.name) == ["state"], "the use counts came back with the tables")
    }

    @Test func createAlterAndDropKeepTheShape() throws {
        let catalog = try replay("""
            op.create_table('users', sa.Column('id', sa.Integer, primary_key=True), sa.Column('email', sa.String(50), unique=True, index=True),
                            sa.Column('team_id', sa.Integer, sa.ForeignKey('teams.id')))
            op.add_column('users', sa.Column('age', sa.Integer, nullable=False, server_default='0'))
            op.alter_column('users', 'email', new_column_name='mail', type_=sa.String(100))
            op.create_unique_constraint('uq_users_age', 'users', ['age'])
            op.drop_column('users', 'team_id')
            op.create_table('gone', sa.Column('id', sa.Integer))
            op.rename_table('gone', 'renamed')
            op.drop_table('renamed')
        """)
        let users = try #require(catalog.table(TableName("users")))
        #expect(users.columns.map(\.name) == ["id", "mail", "age"])
        #expect(users.column("mail")?.type == .string(length: 100, collation: nil))
        #expect(users.primaryKey?.columns == ["id"])
        #expect(users.indexes.map(\.name) == ["ix_users_email"])
        #expect(users.indexes.first?.elements == [.column("mail")])
        #expect(users.uniques.map(\.name) == ["uq_users_age"])
        #expect(users.foreignKeys.isEmpty, "dropping team_id drops its foreign key")
        #expect(catalog.creationOrder == [TableName("users")])
    }

    @Test func rawSQLIsOpaqueExceptSimpleColumnChanges() throws {
        let catalog = try replay("""
            op.create_table('a', sa.Column('id', sa.Integer))
            op.create_table('b', sa.Column('id', sa.Integer))
            op.execute("ALTER TABLE a ADD COLUMN phone VARCHAR(20) NOT NULL")
            op.execute("UPDATE b SET id = 1")
            op.execute("ALTER TABLE b ADD CONSTRAINT x CHECK (id > 0)")
        """)
        #expect(catalog.table(TableName("a"))?.column("phone") == Column(name: "phone", type: .named("VARCHAR(20)", arguments: []), nullable: false))
        #expect(catalog.unknownReason(TableName("a")) == nil)
        #expect(catalog.unknownReason(TableName("b"))?.line == 13)
    }

    @Test func enumTypesAreTrackedUntilTheirLastColumnGoes() throws {
        let catalog = try replay("""
            op.create_table('a', sa.Column('s', sa.Enum('x', 'y', name='st')))
            op.create_table('b', sa.Column('s', sa.Enum('x', 'y', name='st')), sa.Column('m', sa.Enum('p', name='mood')))
            op.drop_table('a')
            op.drop_column('b', 'm')
        """)
        #expect(Array(catalog.enumTypes.keys) == [TableName("st")])
    }

    @Test func aPlanStartsFromItsAncestorsSchema() throws {
        let revisions = try chain([
            ("    op.create_table('a', sa.Column('id', sa.Integer))", "    op.drop_table('a')"),
            ("    op.add_column('a', sa.Column('b', sa.Integer))", "    op.drop_column('a', 'b')"),
            ("    op.create_table('c', sa.Column('id', sa.Integer))", "    op.drop_table('c')"),
        ])
        let graph = try RevisionGraph(revisions)
        let planner = Planner(graph: graph)
        let upgrade = Catalog.before(try planner.plan(.upgrade, range: "r2:head"), in: graph)
        #expect(upgrade.table(TableName("a"))?.columns.map(\.name) == ["id", "b"])
        #expect(upgrade.table(TableName("c")) == nil)
        let downgrade = Catalog.before(try planner.plan(.downgrade, range: "head:r1"), in: graph)
        #expect(downgrade.table(TableName("c")) != nil)
    }
}

@Suite struct SchemaCheckerTests {
    func check(_ bodies: [(upgrade: String, downgrade: String)], dialect: (any Dialect)? = nil) throws -> [String] {
        let graph = try RevisionGraph(try chain(bodies))
        return SchemaChecker(graph: graph, dialect: dialect).check().map { diagnostic in
            "\(diagnostic.severity.rawValue) \(diagnostic.position.map { "\($0.path):\($0.line)" } ?? ""): \(diagnostic.message.text)"
        }
    }

    @Test func aCleanHistoryHasNothingToSay() throws {
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer, primary_key=True))", "    op.drop_table('a')"),
            ("    op.add_column('a', sa.Column('b', sa.Integer))\n    op.create_index('ix_a_b', 'a', ['b'])",
             "    op.drop_index('ix_a_b', table_name='a')\n    op.drop_column('a', 'b')"),
        ], dialect: PostgreSQLDialect()) == [])
    }

    @Test func operationsOnThingsThatDoNotExist() throws {
        #expect(try check([
            ("    op.add_column('nope', sa.Column('b', sa.Integer))\n    op.create_table('a', sa.Column('id', sa.Integer))\n    op.drop_column('a', 'zz')\n    op.drop_index('ix_zz')\n    op.drop_constraint('ck_zz', 'a')",
             "    op.drop_table('a')"),
        ]) == [
            "error r1.py:9: table 'nope' does not exist at this point of the revisions",
            "error r1.py:11: column 'a.zz' does not exist at this point of the revisions",
            "error r1.py:12: index 'ix_zz' does not exist at this point of the revisions",
            "error r1.py:13: constraint 'ck_zz' on 'a' does not exist at this point of the revisions",
        ])
    }

    @Test func dataStatementsOnTablesOrColumnsThatDoNotExistAreWarnings() throws {
        let table = "    t = sa.table('a', sa.column('id', sa.Integer), sa.column('zz', sa.String))\n"
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer))\n" + table
                + "    op.execute(t.update().where(t.c.id == 1).values(zz='x'))\n    op.execute(t.delete().where(t.c.id == 2))\n"
                + "    n = sa.table('nope', sa.column('id', sa.Integer))\n    op.execute(n.insert().values(id=1))",
             "    op.drop_table('a')"),
        ]) == [
            "warning r1.py:11: column 'a.zz' does not exist at this point of the revisions",
            "warning r1.py:14: table 'nope' does not exist at this point of the revisions",
        ])
    }

    @Test func fromSelectWarnsAboutTheTablesAndColumnsItReads() throws {
        let tables = "    t = sa.table('a', sa.column('id', sa.Integer))\n    s = sa.table('src', sa.column('id', sa.Integer), sa.column('zz', sa.Integer))\n"
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer))\n    op.create_table('src', sa.Column('id', sa.Integer))\n" + tables
                + "    op.execute(t.insert().from_select(['id'], sa.select(s.c.zz).where(s.c.id > 1)))\n"
                + "    n = sa.table('nope', sa.column('id', sa.Integer))\n    op.execute(t.insert().from_select(['id'], sa.select(n.c.id)))",
             "    op.drop_table('src')\n    op.drop_table('a')"),
        ]) == [
            "warning r1.py:13: column 'src.zz' does not exist at this point of the revisions",
            "warning r1.py:15: table 'nope' does not exist at this point of the revisions",
        ])
    }

    @Test func duplicateNames() throws {
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer))\n    op.add_column('a', sa.Column('id', sa.Integer))\n    op.create_index('ix', 'a', ['id'])\n    op.create_index('ix', 'a', ['id'])",
             "    op.drop_table('a')"),
            ("    op.create_table('a', sa.Column('id', sa.Integer))", "    pass"),
        ]).filter { !$0.contains("downgrade") } == [
            "error r1.py:10: column 'a.id' already exists at this point of the revisions",
            "error r1.py:12: index 'ix' already exists at this point of the revisions",
            "error r2.py:9: table 'a' already exists at this point of the revisions",
        ])
    }

    @Test func aDowngradeThatDoesNotRestoreTheSchemaIsNamed() throws {
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer))", "    op.drop_table('a')"),
            ("    op.add_column('a', sa.Column('b', sa.Integer))\n    op.create_table('c', sa.Column('id', sa.Integer))", "    op.drop_table('c')"),
        ]) == ["error r2.py:4: the downgrade of revision 'r2' does not restore the schema its upgrade started from: column 'a.b' is left behind"])
    }

    @Test func irreversibleRevisionsAreWarnings() throws {
        #expect(try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer))", "    raise NotImplementedError('no')"),
        ]) == ["warning r1.py:13: revision 'r1' cannot be downgraded: its 'downgrade()' raises"])
    }

    @Test func mysqlRefusesToDropAnIndexAForeignKeyNeeds() throws {
        let problems = try check([
            ("    op.create_table('p', sa.Column('id', sa.Integer, primary_key=True))\n    op.create_table('c', sa.Column('id', sa.Integer, primary_key=True), sa.Column('p_id', sa.Integer), sa.ForeignKeyConstraint(['p_id'], ['p.id'], name='fk_c_p'))\n    op.create_index('ix_c_p', 'c', ['p_id'])",
             "    op.drop_index('ix_c_p', table_name='c')\n    op.drop_table('c')\n    op.drop_table('p')"),
        ], dialect: Dialects.named("mysql"))
        #expect(problems.contains("error r1.py:15: MySQL refuses to drop index 'ix_c_p': foreign key 'fk_c_p' needs it"))
    }

    /// Flask-Migrate's autogenerated downgrades drop indexes inside `batch_alter_table`; the
    /// dialect checks see every operation inside batch and autocommit blocks, at its own line.
    @Test func dialectChecksSeeInsideBatchAndAutocommitBlocks() throws {
        let create = "    op.create_table('p', sa.Column('id', sa.Integer, primary_key=True))\n    op.create_table('c', sa.Column('id', sa.Integer, primary_key=True), sa.Column('p_id', sa.Integer), sa.ForeignKeyConstraint(['p_id'], ['p.id'], name='fk_c_p'))\n    op.create_index('ix_c_p', 'c', ['p_id'])"
        let batch = try check([
            (create, "    with op.batch_alter_table('c', schema=None) as batch_op:\n        batch_op.drop_index(batch_op.f('ix_c_p'))\n    op.drop_table('c')\n    op.drop_table('p')"),
        ], dialect: Dialects.named("mysql"))
        #expect(batch == ["error r1.py:16: MySQL refuses to drop index 'ix_c_p': foreign key 'fk_c_p' needs it"])
        let autocommit = try check([
            (create, "    with op.get_context().autocommit_block():\n        op.drop_index('ix_c_p', table_name='c')\n    op.drop_table('c')\n    op.drop_table('p')"),
        ], dialect: Dialects.named("mysql"))
        #expect(autocommit == ["error r1.py:16: MySQL refuses to drop index 'ix_c_p': foreign key 'fk_c_p' needs it"])
        let sqlServer = try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer, primary_key=True))\n    with op.batch_alter_table('a') as batch_op:\n        batch_op.add_column(sa.Column('on', sa.Boolean(), server_default=sa.text('true')))", "    op.drop_table('a')"),
        ], dialect: Dialects.named("mssql"))
        #expect(sqlServer.count == 1 && sqlServer[0].hasPrefix("error r1.py:11: "), "\(sqlServer)")
    }

    /// `sa.text('now()')` as a SQLite default: SQLite creates the table, then every insert fails.
    @Test func rawDefaultsCallingAFunctionTheDialectLacksAreWarnings() throws {
        let revision = ("    op.create_table('a', sa.Column('id', sa.Integer, primary_key=True), sa.Column('at', sa.DateTime(), server_default=sa.text('now()')), sa.Column('note', sa.String(9), server_default=sa.text(\"'now()'\")))\n    with op.batch_alter_table('a') as batch_op:\n        batch_op.add_column(sa.Column('id2', sa.String(36), server_default=sa.text('gen_random_uuid ()')))",
                        "    op.drop_table('a')")
        #expect(try check([revision], dialect: SQLiteDialect()) == [
            "warning r1.py:9: the raw default of column 'at' calls 'now()', which sqlite does not have (SQLite creates the table and then fails every insert that needs the default)",
            "warning r1.py:11: the raw default of column 'id2' calls 'gen_random_uuid()', which sqlite does not have (SQLite creates the table and then fails every insert that needs the default)",
        ])
        #expect(try check([revision], dialect: PostgreSQLDialect()) == [])
        #expect(try check([revision], dialect: SQLServerDialect()).filter { $0.hasPrefix("warning") } == [
            "warning r1.py:9: the raw default of column 'at' calls 'now()', which mssql does not have",
            "warning r1.py:11: the raw default of column 'id2' calls 'gen_random_uuid()', which mssql does not have",
        ])
        #expect(RawSQLScan.calledFunctions("COALESCE(x, 'f(') + \"g\"(1) + 2(3) + Strftime ('%s')") == ["coalesce", "strftime"])
    }

    @Test func renderProblemsForTheDialectAreReported() throws {
        let problems = try check([
            ("    op.create_table('a', sa.Column('id', sa.Integer), sa.Column('tags', sa.ARRAY(sa.Integer)))", "    op.drop_table('a')"),
        ], dialect: SQLiteDialect())
        #expect(problems == ["error r1.py:9: cannot render 'op.create_table' for sqlite: SQLite has no array types"])
    }
}
