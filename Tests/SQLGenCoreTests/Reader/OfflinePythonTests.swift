// The Python Alembic's offline mode runs without a database: the migration context, control flow, helpers, limits.

import Testing
@testable import SQLGenCore

@Suite struct OfflinePythonTests {
    /// The upgrade's operations and all diagnostics, read for `dialect` (nil: no target dialect).
    func read(_ body: String, header: String = "", dialect: String? = "postgresql", functions: MigrationFunctions = .both,
              downgrade: String = "    pass") -> (operations: [Operation.Kind], messages: [String]) {
        let text = "from alembic import op, context\nimport sqlalchemy as sa\nimport json, uuid\n\(header)\nrevision = 'r1'\ndown_revision = None\n\n"
            + "def upgrade():\n\(body)\n\ndef downgrade():\n\(downgrade)\n"
        let (revision, diagnostics) = RevisionReader.read(SourceFile(path: "r.py", text: text), functions: functions, dialect: dialect)
        let all = diagnostics + (revision.map { $0.upgrade.diagnostics + $0.downgrade.diagnostics } ?? [])
        return (revision?.upgrade.operations.map(\.kind) ?? [], summaries(all))
    }

    func statements(_ operations: [Operation.Kind]) -> [String] {
        operations.compactMap { if case .execute(let sql) = $0 { sql } else { nil } }
    }

    static let dialectBranches = """
        bind = op.get_bind()
        if bind.dialect.name == 'postgresql':
            op.execute('A')
        elif op.get_context().dialect.name in ('mysql', 'mariadb'):
            op.execute('B')
        else:
            op.execute('C')
        op.execute('D')
    """

    @Test(arguments: [("postgresql", ["A", "D"]), ("mysql", ["B", "D"]), ("sqlite", ["C", "D"]), ("oracle", ["C", "D"])])
    func dialectChecksFoldPerTarget(dialect: String, expected: [String]) {
        let (operations, messages) = read(Self.dialectBranches, dialect: dialect)
        #expect(messages == [])
        #expect(statements(operations) == expected)
    }

    /// `check` and `parse` without `--dialect`: the branches are read for their problems, their
    /// operations left out, and a warning says so; nothing is an error.
    @Test func withoutADialectTheBranchesAreCheckedNotKept() {
        let (operations, messages) = read(Self.dialectBranches + "\n    name = bind.dialect.name\n    if name == 'sqlite':\n        op.drop_tabel('x')", dialect: nil)
        #expect(statements(operations) == ["D"], "\(messages)")
        #expect(messages.contains { $0.hasPrefix("10:8: this 'if' depends on the target dialect") })
        #expect(messages.contains { $0.hasPrefix("19:9: unknown operation 'op.drop_tabel'") })
    }

    /// `sqlgen check` without `--dialect` on a revision that branches on the dialect: warnings, no error.
    @Test func checkWithoutADialectWarnsAboutDialectBranches() {
        let folder = Paths.fixtures.appendingPathComponent("offline-bind/revisions").path
        let result = CommandLineTool.run(["check", "--revisions", folder])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput == "checked 1 revision: no errors, 2 warnings\n")
        #expect(result.standardError.components(separatedBy: "this 'if' depends on the target dialect").count == 3)
        #expect(CommandLineTool.run(["check", "--dialect", "mysql", "--revisions", folder]).standardOutput == "checked 1 revision for mysql: no errors\n")
    }

    @Test func theMigrationContextOffline() {
        let body = """
            if not context.is_offline_mode():
                raise RuntimeError('online only')
            op.get_bind().execute(sa.text('UPDATE t SET a = 1'))
            op.get_context().execute('UPDATE t SET b = 2')
            if context.get_x_argument(as_dictionary=True).get('data') != 'skip':
                op.get_bind().exec_driver_sql('UPDATE t SET c = 3')
        """
        let (operations, messages) = read(body)
        #expect(messages == [])
        #expect(statements(operations) == ["UPDATE t SET a = 1", "UPDATE t SET b = 2", "UPDATE t SET c = 3"])
    }

    @Test func enumTypesCreatedAndDroppedThroughTheBind() {
        let (operations, messages) = read("    e = sa.Enum('a', 'b', name='kind')\n    e.create(op.get_bind(), checkfirst=True)\n    e.drop(op.get_bind())")
        #expect(messages == [])
        #expect(operations.count == 2)
        guard case .createEnumType(let created)? = operations.first, case .dropEnumType(let dropped)? = operations.last else {
            Issue.record("expected a create and a drop, got \(operations)")
            return
        }
        #expect(created.name == "kind" && created.values == ["a", "b"] && dropped.name == "kind")
    }

    @Test func helpersLoopsComprehensionsAndTry() {
        let header = """
        TABLES = ['a', 'b', 'c']
        def touch(table, column='updated_at', *rest, **options):
            if options.get('skip'):
                return None
            op.execute(f"UPDATE {table} SET {column} = NULL" + ''.join(rest))
            return table.upper()
        """
        let body = """
            done = [touch(t) for t in TABLES if t != 'b']
            for index, name in enumerate(done):
                if index == 0:
                    continue
                op.execute(name)
                break
            else_branch = touch('x', skip=True)
            try:
                op.execute(json.dumps({'k': [1, 2.5, None, True]}, sort_keys=True))
            except Exception:
                op.execute('never')
            else:
                op.execute(str(uuid.UUID('12345678123456781234567812345678')))
            finally:
                op.execute(str(len(done)) + str(else_branch))
        """
        let (operations, messages) = read(body, header: header)
        #expect(messages == [])
        #expect(statements(operations) == [
            "UPDATE a SET updated_at = NULL", "UPDATE c SET updated_at = NULL", "C", "{\"k\": [1, 2.5, null, true]}",
            "12345678-1234-5678-1234-567812345678", "2None",
        ])
    }

    @Test func recursionAndLoopsAreBounded() {
        let recursive = read("    forever(1)", header: "def forever(n):\n    return forever(n + 1)")
        #expect(recursive.messages.contains { $0.contains("functions of this file call each other more than 32 deep") })
        let loops = read("    for a in range(100000):\n        for b in range(100000):\n            pass")
        // One budget bounds loops, comprehensions and calls together: `Limits.evaluationSteps`.
        #expect(loops.messages.contains { $0.contains("takes more than \(Limits.evaluationSteps) steps") }, "\(loops.messages)")
    }

    @Test func nonDeterministicValuesStayRefused() {
        #expect(read("    op.execute(str(uuid.uuid4()))").messages == ["9:20: 'uuid.uuid4' gives a different value on every run; a reviewed script must not change between runs"])
    }

    /// SQLAlchemy's default convention names an index the revision leaves unnamed; a constraint
    /// dropped by None is refused only where the function that does it runs.
    @Test func unnamedIndexesAndConstraints() {
        let (operations, messages) = read("    op.create_index(None, 'users', ['email', 'name'], schema='auth')",
                                          functions: .upgrade, downgrade: "    op.drop_constraint(None, 'users')")
        #expect(messages == [])
        guard case .createIndex(let index)? = operations.first else {
            Issue.record("expected an index, got \(operations)")
            return
        }
        #expect(index.name == "ix_auth_users_email")
        #expect(read("    pass", downgrade: "    op.drop_constraint(None, 'users')").messages
                == ["12:24: 'op.drop_constraint' with None as the name: Alembic cannot drop a constraint it cannot name"])
    }
}
