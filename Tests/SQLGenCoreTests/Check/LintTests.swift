// sqlgen lint: each rule on a revision that triggers it and on one that does not, the same-revision
// exemption, allow comments, --deny/--allow, and the report formats.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct LintTests {
    /// A base revision with existing tables, then `body` as the next revision's upgrade().
    static let base = """
        op.create_table('accounts',
            sa.Column('id', sa.Integer(), primary_key=True),
            sa.Column('name', sa.String(50), nullable=True),
            sa.Column('status', sa.String(20), nullable=True))
        op.create_table('orders', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('account_id', sa.Integer()))
        op.create_index('ix_orders_account_id', 'orders', ['account_id'])
    """

    func lint(_ body: String, dialect: String = "postgres", arguments: [String] = []) throws -> (result: CommandResult, rules: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try revisionFile(upgrade: LintTests.base, header: "revision = 'a1'\ndown_revision = None\n").write(to: folder.appendingPathComponent("a1.py"), atomically: true, encoding: .utf8)
        try revisionFile(upgrade: body, header: "revision = 'b2'\ndown_revision = 'a1'\n").write(to: folder.appendingPathComponent("b2.py"), atomically: true, encoding: .utf8)
        // Only the second revision: its tables existed before it.
        let result = CommandLineTool.run(["lint", "a1:b2", "--dialect", dialect, "--format", "json", "--revisions", folder.path] + arguments)
        let findings = (try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) as? [[String: Any]] ?? []
        return (result, findings.compactMap { $0["rule"] as? String })
    }

    @Test(arguments: [
        // (dialect, body, the rule it must trigger)
        ("postgres", "    op.create_index('ix_name', 'accounts', ['name'])", "pg-index-without-concurrently"),
        ("postgres", "    op.drop_index('ix_orders_account_id', table_name='orders')", "pg-drop-index-without-concurrently"),
        ("postgres", "    op.create_index('ix_name', 'accounts', ['name'], postgresql_concurrently=True)", "pg-concurrently-in-transaction"),
        ("postgres", "    op.add_column('accounts', sa.Column('plan', sa.String(10), nullable=False))", "not-null-column-without-default"),
        ("postgres", "    op.add_column('accounts', sa.Column('token', sa.String(36), server_default=sa.text('gen_random_uuid()')))", "pg-volatile-default"),
        ("postgres", "    op.alter_column('accounts', 'name', type_=sa.Integer(), postgresql_using='name::integer')", "pg-type-change-rewrites"),
        ("postgres", "    op.alter_column('accounts', 'name', nullable=False)", "pg-set-not-null"),
        ("postgres", "    op.create_foreign_key('fk_orders_account', 'orders', 'accounts', ['account_id'], ['id'])", "pg-constraint-without-not-valid"),
        ("postgres", "    op.create_check_constraint('ck_status', 'accounts', \"status <> ''\")", "pg-constraint-without-not-valid"),
        ("postgres", "    op.create_unique_constraint('uq_name', 'accounts', ['name'])", "pg-unique-constraint-without-index"),
        ("postgres", "    op.execute(\"ALTER TYPE mood ADD VALUE 'calm'\")", "pg-enum-value-in-transaction"),
        ("postgres", "    op.alter_column('accounts', 'name', new_column_name='full_name')", "rename-column"),
        ("mysql", "    op.rename_table('orders', 'purchases')", "rename-table"),
        ("sqlite", "    op.drop_table('orders')", "drop-table"),
        ("mssql", "    op.drop_column('accounts', 'status')", "drop-column"),
        ("postgres", "    op.alter_column('accounts', 'name', type_=sa.String(10))", "narrowing-type-change"),
        ("oracle", "    op.execute('DELETE FROM orders')", "data-statement-without-where"),
        ("postgres", "    t = sa.table('accounts', sa.column('status', sa.String))\n    op.execute(t.update().values(status='x'))", "data-statement-without-where"),
        ("postgres", "    op.execute(sa.text('UPDATE accounts SET status = :s').bindparams(s='x'))", "data-statement-without-where"),
        ("mysql", "    op.alter_column('accounts', 'status', type_=sa.Integer(), existing_type=sa.String(20))", "mysql-alter-copies-table"),
        ("mysql", "    op.create_foreign_key('fk_orders_account', 'orders', 'accounts', ['account_id'], ['id'])", "mysql-foreign-key-copies-table"),
        ("sqlite", "    with op.batch_alter_table('accounts') as batch_op:\n        batch_op.alter_column('name', nullable=False)", "sqlite-table-rebuild"),
        ("mssql", "    op.create_index('ix_name', 'accounts', ['name'])", "index-not-online"),
        ("oracle", "    op.create_index('ix_name', 'accounts', ['name'])", "index-not-online"),
    ])
    func ruleFinds(dialect: String, body: String, rule: String) throws {
        let (result, rules) = try lint(body, dialect: dialect)
        #expect(rules.contains(rule), "\(dialect): \(rule) not found for \(body): \(result.standardOutput)\(result.standardError)")
    }

    @Test(arguments: [
        // (dialect, body, the rule it must not trigger): the safe form of each.
        ("postgres", "    with op.get_context().autocommit_block():\n        op.create_index('ix_name', 'accounts', ['name'], postgresql_concurrently=True)", "pg-index-without-concurrently"),
        ("postgres", "    with op.get_context().autocommit_block():\n        op.create_index('ix_name', 'accounts', ['name'], postgresql_concurrently=True)", "pg-concurrently-in-transaction"),
        ("postgres", "    op.add_column('accounts', sa.Column('plan', sa.String(10), server_default='free', nullable=False))", "not-null-column-without-default"),
        ("postgres", "    op.add_column('accounts', sa.Column('seen', sa.DateTime(), server_default=sa.func.now()))", "pg-volatile-default"),
        ("postgres", "    op.alter_column('accounts', 'name', type_=sa.String(100))", "pg-type-change-rewrites"),
        ("postgres", "    op.alter_column('accounts', 'name', type_=sa.Text())", "pg-type-change-rewrites"),
        ("postgres", "    op.alter_column('accounts', 'name', type_=sa.String(100))", "narrowing-type-change"),
        ("postgres", "    op.create_foreign_key('fk_orders_account', 'orders', 'accounts', ['account_id'], ['id'], postgresql_not_valid=True)", "pg-constraint-without-not-valid"),
        ("oracle", "    op.execute(\"DELETE FROM orders WHERE id < 0\")", "data-statement-without-where"),
        ("postgres", "    t = sa.table('accounts', sa.column('status', sa.String))\n    op.execute(t.delete().where(t.c.status == 'x'))", "data-statement-without-where"),
        ("postgres", "    op.execute(sa.text('DELETE FROM accounts WHERE status = :s').bindparams(s='x'))", "data-statement-without-where"),
        // The same-revision exemption: a table created in this revision is empty.
        ("postgres", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('at', sa.DateTime()))\n    op.create_index('ix_audit_at', 'audit', ['at'])", "pg-index-without-concurrently"),
        ("postgres", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True))\n    op.add_column('audit', sa.Column('kind', sa.String(5), nullable=False))", "not-null-column-without-default"),
        ("sqlite", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True))\n    op.drop_table('audit')", "drop-table"),
        ("postgres", "    with op.get_context().autocommit_block():\n        op.drop_index('ix_orders_account_id', table_name='orders', postgresql_concurrently=True)", "pg-drop-index-without-concurrently"),
        ("postgres", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('at', sa.DateTime()))\n    op.alter_column('audit', 'at', nullable=False)", "pg-set-not-null"),
        ("postgres", "    op.alter_column('accounts', 'id', nullable=False)", "pg-set-not-null"),
        ("postgres", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('code', sa.String(5)))\n    op.create_unique_constraint('uq_code', 'audit', ['code'])", "pg-unique-constraint-without-index"),
        ("postgres", "    with op.get_context().autocommit_block():\n        op.execute(\"ALTER TYPE mood ADD VALUE 'calm'\")", "pg-enum-value-in-transaction"),
        ("postgres", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('at', sa.DateTime()))\n    op.alter_column('audit', 'at', new_column_name='happened_at')", "rename-column"),
        ("mysql", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True))\n    op.rename_table('audit', 'audit_log')", "rename-table"),
        ("mssql", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('n', sa.Integer()))\n    op.drop_column('audit', 'n')", "drop-column"),
        ("mysql", "    op.alter_column('accounts', 'name', type_=sa.String(50), existing_type=sa.String(50), nullable=True)", "mysql-alter-copies-table"),
        ("mysql", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('account_id', sa.Integer()))\n    op.create_foreign_key('fk_audit_account', 'audit', 'accounts', ['account_id'], ['id'])", "mysql-foreign-key-copies-table"),
        ("sqlite", "    op.alter_column('accounts', 'name', new_column_name='full_name')", "sqlite-table-rebuild"),
        ("mssql", "    op.create_table('audit', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('at', sa.DateTime()))\n    op.create_index('ix_audit_at', 'audit', ['at'])", "index-not-online"),
        // Each rule on its own dialects only.
        ("mysql", "    op.create_index('ix_name', 'accounts', ['name'])", "pg-index-without-concurrently"),
        ("postgres", "    op.create_foreign_key('fk_orders_account', 'orders', 'accounts', ['account_id'], ['id'], postgresql_not_valid=True)", "mysql-foreign-key-copies-table"),
        // A comment silences one rule on its line or the line above.
        ("postgres", "    # sqlgen: allow[drop-table]\n    op.drop_table('orders')", "drop-table"),
        ("postgres", "    op.drop_table('orders')  # sqlgen: allow[rename-table, drop-table]", "drop-table"),
    ])
    func ruleStaysQuiet(dialect: String, body: String, rule: String) throws {
        let (result, rules) = try lint(body, dialect: dialect)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(!rules.contains(rule), "\(dialect): \(rule) found for \(body)")
    }

    @Test func levelsAndExitCodes() throws {
        // A warning alone: exit 0. An error-level rule: exit 1, the report still printed.
        #expect(try lint("    op.drop_table('orders')").result.exitCode == 0)
        let concurrently = try lint("    op.create_index('ix_name', 'accounts', ['name'], postgresql_concurrently=True)")
        #expect(concurrently.result.exitCode == 1)
        #expect(concurrently.rules.contains("pg-concurrently-in-transaction"))
        // --deny makes a rule an error; --allow leaves it out.
        #expect(try lint("    op.drop_table('orders')", arguments: ["--deny", "drop-table"]).result.exitCode == 1)
        #expect(try lint("    op.drop_table('orders')", arguments: ["--allow", "drop-table"]).rules.isEmpty)
        let unknown = try lint("    pass", arguments: ["--deny", "drop-tabel"]).result
        #expect(unknown.exitCode == 64)
        #expect(unknown.standardError.contains("unknown rule 'drop-tabel'; did you mean 'drop-table'?"))
    }

    @Test func textReportNamesThePlaceTheRuleTheCostAndTheFix() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-lint-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try revisionFile(upgrade: LintTests.base, header: "revision = 'a1'\ndown_revision = None\n").write(to: folder.appendingPathComponent("a1.py"), atomically: true, encoding: .utf8)
        try revisionFile(upgrade: "    op.drop_column('accounts', 'status')", header: "revision = 'b2'\ndown_revision = 'a1'\n").write(to: folder.appendingPathComponent("b2.py"), atomically: true, encoding: .utf8)
        let result = CommandLineTool.run(["lint", "a1:b2", "--dialect", "postgres", "--revisions", folder.path])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("""
        \(folder.path)/b2.py:9:5: warning[drop-column]: column 'accounts.status' is dropped with its data
            op.drop_column('accounts', 'status')
            ^
        note: the values are gone
        """))
        #expect(result.standardError.contains("\nhelp: stop using the column in the application first"))
        #expect(result.standardError.hasSuffix("1 finding for postgres\n"))
        let github = CommandLineTool.run(["lint", "a1:b2", "--dialect", "postgres", "--format", "github", "--revisions", folder.path])
        #expect(github.standardOutput.hasPrefix("::warning file=\(folder.path)/b2.py,line=9,col=5,title=drop-column::column 'accounts.status' is dropped with its data. "))
        let sarif = CommandLineTool.run(["lint", "a1:b2", "--dialect", "postgres", "--format", "sarif", "--revisions", folder.path])
        let document = try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any]
        #expect(document?["version"] as? String == "2.1.0")
        let run = (document?["runs"] as? [[String: Any]])?.first
        let results = run?["results"] as? [[String: Any]]
        #expect(results?.first?["ruleId"] as? String == "drop-column")
        let rules = ((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.contains { $0["id"] as? String == "drop-column" } == true)
    }

    @Test func everyRuleHasAUniqueIDAndASummary() {
        let ids = LintRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(LintRules.all.allSatisfy { !$0.summary.isEmpty })
    }
}
