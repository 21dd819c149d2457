// Integers given to Boolean columns: 1 and 0 are true and false, as SQLAlchemy's Boolean reads them.

import Testing
@testable import SQLGenCore

@Suite struct BooleanValueTests {
    static let body = """
        t = op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('ok', sa.Boolean()))
        op.bulk_insert(t, [{'id': 1, 'ok': 1}, {'id': 2, 'ok': 0}])
        u = sa.table('t', sa.column('id', sa.Integer), sa.column('ok', sa.Boolean))
        op.execute(u.update().where(u.c.id == 2).values(ok=1))
    """

    /// The expected SQL is SQLAlchemy 2.1.9's (`literal_binds`): PostgreSQL refuses `VALUES (1)`
    /// in a boolean column, so writing the integer as given would stop the script there.
    @Test(arguments: [
        ("postgres", ["INSERT INTO t (id, ok) VALUES (1, true)", "INSERT INTO t (id, ok) VALUES (2, false)", "UPDATE t SET ok=true WHERE t.id = 2"]),
        ("mysql", ["INSERT INTO t (id, ok) VALUES (1, true)", "INSERT INTO t (id, ok) VALUES (2, false)", "UPDATE t SET ok=true WHERE t.id = 2"]),
        ("sqlite", ["INSERT INTO t (id, ok) VALUES (1, 1)", "INSERT INTO t (id, ok) VALUES (2, 0)", "UPDATE t SET ok=1 WHERE t.id = 2"]),
        ("mssql", ["INSERT INTO t (id, ok) VALUES (1, 1)", "INSERT INTO t (id, ok) VALUES (2, 0)", "UPDATE t SET ok=1 WHERE t.id = 2"]),
    ])
    func oneAndZeroAreTrueAndFalse(_ dialect: String, _ expected: [String]) throws {
        let statements = try renderUpgrade(Self.body, try #require(Dialects.named(dialect)))
        #expect(statements.filter { $0.hasPrefix("INSERT") || $0.hasPrefix("UPDATE") } == expected)
    }

    /// SQLAlchemy refuses any other number ("Could not render literal value ... with datatype BOOLEAN").
    @Test func otherNumbersAreRefused() {
        let body = """
            t = op.create_table('t', sa.Column('ok', sa.Boolean()))
            op.bulk_insert(t, [{'ok': 2}])
        """
        #expect(throws: DiagnosticError.self) { try renderUpgrade(body, PostgreSQLDialect()) }
    }
}
