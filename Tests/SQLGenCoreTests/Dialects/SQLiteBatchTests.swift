// SQLite's batch blocks: which operations rebuild the table and which run where they stand.

import Testing
@testable import SQLGenCore

@Suite struct SQLiteBatchTests {
    /// A data statement inside a block that rebuilds the table runs where it stands, before and
    /// after the rebuild, as raw SQL does; it is not folded into the rebuild and lost.
    @Test func dataStatementsInABlockRunWhereTheyStand() throws {
        let body = """
            op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('x', sa.String(10)))
            t = sa.table('t', sa.column('x', sa.String))
            with op.batch_alter_table('t') as batch_op:
                batch_op.execute(t.update().values(x='a'))
                batch_op.alter_column('x', existing_type=sa.String(10), nullable=False)
                batch_op.execute(t.update().values(x='b'))
        """
        let statements = try renderUpgrade(body, SQLiteDialect())
        let updates = statements.indices.filter { statements[$0].hasPrefix("UPDATE t") }
        let rebuild = try #require(statements.firstIndex { $0.hasPrefix("CREATE TABLE _alembic_tmp_t") })
        #expect(updates.map { statements[$0] } == ["UPDATE t SET x='a'", "UPDATE t SET x='b'"])
        #expect(updates.count == 2 && updates[0] < rebuild && rebuild < updates[1])
    }
}
