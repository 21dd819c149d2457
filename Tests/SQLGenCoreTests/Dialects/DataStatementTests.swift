// Data statements from SQLAlchemy expressions: the dialect hooks they go through, and untyped columns.

import Testing
@testable import SQLGenCore

@Suite struct DataStatementTests {
    /// Untyped `sa.column('x')`: Alembic fails offline ("No literal value renderer is available
    /// ... with datatype NULL"); sqlgen writes each value as its Python type says (README).
    @Test func untypedColumnsTakeTheLiteralOfThePythonValue() throws {
        let body = """
            t = sa.table('account', sa.column('name'), sa.column('active'), sa.column('n'))
            op.execute(t.update().where(sa.and_(t.c.name == 'x', t.c.n > 1)).values(active=True, n=None))
            op.execute(t.insert().values(name="o'brien", active=False, n=2.5))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "UPDATE account SET active=true, n=NULL WHERE account.name = 'x' AND account.n > 1",
            "INSERT INTO account (name, active, n) VALUES ('o''brien', false, 2.5)",
        ])
        #expect(try renderUpgrade(body, SQLServerDialect()) == [
            "UPDATE account SET active=1, n=NULL WHERE account.name = 'x' AND account.n > 1",
            "INSERT INTO account (name, active, n) VALUES ('o''brien', 0, 2.5)",
        ])
    }

    /// Quoting and schemas come from the dialect, not from shared code.
    @Test func identifiersGoThroughTheDialect() throws {
        let body = """
            t = sa.table('select', sa.column('sensible', sa.Integer), schema='odd')
            op.execute(t.delete().where(t.c.sensible.in_([1, 2])))
        """
        #expect(try renderUpgrade(body, AbsurdDialect()) == ["DELETE FROM odd.`select` WHERE odd.`select`.`sensible` IN (1, 2)"])
    }

    @Test func whereCallsAreJoinedWithAndAndValuesFollowTheTablesColumnOrder() throws {
        let body = """
            t = sa.table('t', sa.column('a', sa.Integer), sa.column('b', sa.String))
            op.execute(t.update().where(t.c.a == 1).where(t.c.b != 'x').values(b='y', a=2))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == ["UPDATE t SET a=2, b='y' WHERE t.a = 1 AND t.b != 'x'"])
    }
}
