// Evaluator: revision headers, operations read from bodies, and the refusals with their positions.

import Testing
@testable import SQLGenCore

@Suite struct EvaluatorTests {
    @Test func annotatedHeaderAndDocstring() throws {
        let text = """
        \"\"\"add phone number

        Revision ID: b2
        \"\"\"
        from typing import Sequence, Union
        from alembic import op
        import sqlalchemy as sa

        revision: str = 'b2'
        down_revision: Union[str, None] = 'a1'
        branch_labels: Union[str, Sequence[str], None] = ('billing',)
        depends_on: Union[str, Sequence[str], None] = None

        def upgrade() -> None:
            pass

        def downgrade() -> None:
            pass

        """
        let (revision, diagnostics) = readRevision(text)
        #expect(diagnostics.isEmpty)
        let read = try #require(revision)
        #expect(read.id == "b2")
        #expect(read.downRevisions == ["a1"])
        #expect(read.branchLabels == ["billing"])
        #expect(read.dependsOn == [])
        #expect(read.message == "add phone number")
        #expect(read.position.line == 9)
    }

    @Test func headerVariablesInAnyOrderAndMissingOnesMeanNone() throws {
        let text = "from alembic import op\ndown_revision = ['x', 'y']\nrevision = \"m1\"\ndef upgrade(): pass\ndef downgrade(): pass\n"
        let revision = try #require(readRevision(text).revision)
        #expect(revision.downRevisions == ["x", "y"])
        #expect(revision.branchLabels.isEmpty)
    }

    @Test func operationsOfTheExampleStyle() throws {
        let text = revisionFile(upgrade: """
            op.create_table('users',
                sa.Column('id', sa.Integer(), nullable=False),
                sa.Column('email', sa.String(length=255), nullable=False),
                sa.Column('active', sa.Boolean, server_default=sa.text('true')),
                sa.Column('team_id', sa.Integer, sa.ForeignKey('teams.id', ondelete='CASCADE')),
                sa.PrimaryKeyConstraint('id'),
                sa.UniqueConstraint('email', name='uq_email'),
            )
            op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)
            op.execute(\"\"\"ALTER TABLE users ADD COLUMN phone VARCHAR(20)\"\"\")
        """)
        let revision = try #require(readRevision(text).revision)
        let operations = revision.upgrade.operations.map(\.kind)
        #expect(operations.count == 3)
        guard case .createTable(let table) = operations[0] else {
            Issue.record("expected create_table")
            return
        }
        #expect(table.name == TableName("users"))
        #expect(table.columns.map(\.name) == ["id", "email", "active", "team_id"])
        #expect(table.columns[1].type == .string(length: 255, collation: nil))
        #expect(table.columns[2].type == .boolean)
        #expect(table.columns[2].serverDefault == .text("true"))
        #expect(table.columns[3].foreignKeys == [ForeignKeyReference(table: TableName("teams"), column: "id", actions: ReferentialActions(onDelete: "CASCADE"))])
        #expect(table.constraints == [.primaryKey(PrimaryKeyConstraint(columns: ["id"])), .unique(UniqueConstraint(name: "uq_email", columns: ["email"]))])
        #expect(operations[1] == .createIndex(Index(name: "ix_users_email", table: TableName("users"), columns: ["email"], unique: true)))
        #expect(operations[2] == .execute("ALTER TABLE users ADD COLUMN phone VARCHAR(20)"))
        #expect(revision.upgrade.operations[0].position.line == 9)
    }

    @Test func constantsAndConcatenation() throws {
        let text = """
        from alembic import op
        import sqlalchemy as sa
        revision = 'r1'
        down_revision = None
        TABLE = 'acc' 'ounts'
        def upgrade():
            name = TABLE + '_v2'
            op.drop_table(name, schema='bank')
        def downgrade():
            pass

        """
        let revision = try #require(readRevision(text).revision)
        #expect(revision.upgrade.operations.map(\.kind) == [.dropTable(DropTable(table: TableName("accounts_v2", schema: "bank")))])
    }

    /// An enum class defined in the file is named as a class sqlgen does not read, not as an
    /// unknown name; an unused class costs nothing.
    @Test func aClassDefinedInTheFileIsNamedAsNotSupported() throws {
        let header = "import enum\nfrom alembic import op\nimport sqlalchemy as sa\nrevision = 'r1'\ndown_revision = None\n\n"
        let kind = "class Kind(enum.Enum):\n    a = 1\n    b = 2\n\n"
        let used = readRevision(header + kind + "def upgrade():\n    op.create_table('t', sa.Column('k', sa.Enum(Kind)))\n\ndef downgrade():\n    pass\n")
        #expect(summaries(used.diagnostics) == ["7:1: 'Kind' is a class defined in this file; sqlgen does not read class definitions"])
        let unused = readRevision(header + "@decorated\n" + kind + "def upgrade():\n    op.drop_table('t')\n\ndef downgrade():\n    pass\n")
        #expect(unused.diagnostics.isEmpty)
        #expect(unused.revision?.upgrade.operations.count == 1)
    }

    @Test func raiseMarksTheDowngradeIrreversible() throws {
        let text = revisionFile(upgrade: "    op.drop_table('t')", downgrade: "    raise NotImplementedError('no way back')")
        let revision = try #require(readRevision(text).revision)
        #expect(revision.downgrade.irreversibleAt?.line == 13)
    }

    @Test func printAndLoggingAreIgnored() throws {
        let text = revisionFile(upgrade: "    print('migrating')\n    op.drop_table('t')")
        #expect(try #require(readRevision(text).revision).upgrade.operations.count == 1)
    }

    /// Every refusal: the message, its line and column.
    @Test(arguments: [
        ("    op.add_colum('t', sa.Column('x', sa.Integer))", "9:5: unknown operation 'op.add_colum'; did you mean 'op.add_column'?"),
        ("    rows = op.get_bind().execute(sa.text('SELECT id FROM t')).fetchall()",
         "9:12: '.fetchall' on the result of 'bind.execute' reads rows from a live database; an offline script has none to read"),
        ("    names = sa.inspect(op.get_bind()).get_table_names()", "9:13: 'sa.inspect(...)' inspects a live database; an offline script has none to inspect"),
        ("    op.drop_table(tabel)", "9:19: unknown name 'tabel'"),
        ("    op.drop_table('t', shema='x')", "9:24: 'op.drop_table' has no argument 'shema'; did you mean 'schema'?"),
        ("    op.drop_table('t', if_exist=True)", "9:24: 'op.drop_table' has no argument 'if_exist'; did you mean 'if_exists'?"),
        ("    op.drop_table()", "9:5: 'op.drop_table' needs the argument 'table_name'"),
        ("    op.add_column('t', sa.Column('x', sa.Strng(5)))", "9:39: unknown name 'sa.Strng'; did you mean 'sa.String'?"),
        ("    op.add_column('t', sa.Column('x'))", "9:24: column 'x' has no type"),
        ("    op.drop_table(models.User.__tablename__)", "9:19: unknown name 'models'"),
        ("    op.create_foreign_key('fk', 'a', 'b', ['x'], ['y'], ondelete='DROP EVERYTHING')", "9:66: 'DROP EVERYTHING' is not a valid 'ondelete'"),
        ("    for row in op.get_bind().execute(sa.text('SELECT 1')):\n        pass",
         "9:16: a loop over the result of 'bind.execute' reads rows from a live database; an offline script has none to read"),
        ("    for row in range(10**9):\n        pass", "9:16: 'range(...)' of more than 100000 numbers"),
        ("    with open('x') as f:\n        pass", "9:5: 'with' cannot be evaluated offline"),
    ])
    func refusals(body: String, expected: String) {
        let (revision, diagnostics) = readRevision(revisionFile(upgrade: body))
        #expect(revision == nil)
        #expect(summaries(diagnostics) == [expected])
        #expect(diagnostics.first?.position?.path == "r.py")
    }

    @Test func applicationCodeIsNamedWhereItIsUsed() {
        let text = """
        from alembic import op
        import sqlalchemy as sa
        from myapp.models import types
        revision = 'r1'
        down_revision = None
        def upgrade():
            op.add_column('t', sa.Column('x', types.StringUUID()))
        def downgrade():
            pass

        """
        #expect(summaries(readRevision(text).diagnostics) == [
            "7:39: 'myapp.models.types.StringUUID' is not part of SQLAlchemy or Alembic; sqlgen reads revisions without running application code",
        ])
    }

    @Test func everyErrorOfAFileIsReported() {
        let text = revisionFile(upgrade: "    op.drop_tabel('a')\n    sa.inspect(op.get_bind())\n    op.drop_table('ok')")
        #expect(summaries(readRevision(text).diagnostics).count == 2)
    }

    @Test func headerProblems() {
        #expect(summaries(readRevision("from alembic import op\ndef upgrade(): pass\n").diagnostics)
                == ["1:1: no 'revision' variable; this is not a revision file"])
        #expect(summaries(readRevision("revision = 5\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n").diagnostics)
                == ["1:1: 'revision' must be a non-empty string"])
        #expect(summaries(readRevision("revision = 'a'\ndown_revision = 7\ndef upgrade(): pass\ndef downgrade(): pass\n").diagnostics)
                == ["2:1: 'down_revision' must be a string, None, or a tuple of strings"])
        #expect(summaries(readRevision("revision = 'a'\ndown_revision = None\ndef upgrade(): pass\n").diagnostics)
                == ["1:1: no 'downgrade()' function, so a downgrade cannot go through this revision"])
    }

    @Test func diagnosticPrintsFileLineColumnSourceAndCaret() {
        let diagnostics = readRevision(revisionFile(upgrade: "    rows = op.get_bind().execute('SELECT 1').all()"), name: "revisions/ab12_add_phone.py").diagnostics
        #expect(diagnostics.first?.description == """
        revisions/ab12_add_phone.py:9:12: error: '.all' on the result of 'bind.execute' reads rows from a live database; an offline script has none to read
            rows = op.get_bind().execute('SELECT 1').all()
                   ^
        hint: write this function's SQL in an override file ('NAME.upgrade.sql' beside the revision; see 'Hand-written SQL' in the README)
        """)
    }
}
