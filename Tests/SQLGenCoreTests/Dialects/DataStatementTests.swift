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

    /// The messages a rendering refuses with.
    func refusal(_ body: String, _ dialect: any Dialect) -> [String] {
        do {
            _ = try renderUpgrade(body, dialect)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.message.text)
        } catch {
            return ["\(error)"]
        }
    }

    static let table = "    t = sa.table('t', sa.column('a', sa.Integer), sa.column('b', sa.String), sa.column('ok', sa.Boolean))\n"
        + "    v = sa.table('v', sa.column('a', sa.Integer), sa.column('b', sa.String))\n"

    /// Each capability of `ExpressionSpelling` and `castTypeName` is asked of the dialect: the
    /// absurd one picks the non-default of each, so shared code that hard-codes `||`, `ILIKE`'s
    /// fallback, `CAST` or a bare boolean fails here.
    @Test func expressionOperatorsGoThroughTheDialect() throws {
        let body = Self.table + """
            op.execute(t.update().where(sa.and_(t.c.ok, t.c.b.ilike('x%'))).values(b=t.c.b + '-' + t.c.b, a=t.c.a % 3))
            op.execute(t.update().where(~t.c.ok).values(a=t.c.a / 2, b=sa.cast(t.c.a, sa.String(5))))
            op.execute(t.update().values(a=sa.cast(t.c.b, sa.Integer)))
        """
        #expect(try renderUpgrade(body, AbsurdDialect()) == [
            "UPDATE t SET a=(mod(t.a, 3)), b=(concat(t.b, %-%, t.b)) WHERE t.ok = 1 AND t.b ILIKE %x%%%",
            "UPDATE t SET a=(t.a / (2 + 0.0)), b=CAST(t.a AS SHAPE<STRINGY<5>>) WHERE t.ok = 0",
            "UPDATE t SET a=t.b",
        ])
    }

    // The expected SQL below is SQLAlchemy 2.1.9's, compiled with literal_binds for each dialect.

    @Test func statementConstructorsNegationsAndBooleanConditions() throws {
        let body = Self.table + """
            op.execute(sa.update(t).where(t.c.a == 1).values(b='x'))
            op.execute(sa.delete(t).where(~t.c.ok))
            op.execute(t.delete().where(sa.or_(sa.not_(t.c.ok), t.c.b.ilike('%x'))))
            op.execute(t.update().where(t.c.b.not_ilike('q%')).values(a=t.c.a / t.c.a))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "UPDATE t SET b='x' WHERE t.a = 1", "DELETE FROM t WHERE NOT t.ok", "DELETE FROM t WHERE NOT t.ok OR t.b ILIKE '%x'",
            "UPDATE t SET a=(t.a / CAST(t.a AS NUMERIC)) WHERE t.b NOT ILIKE 'q%'",
        ])
        #expect(try renderUpgrade(body, MySQLDialect()) == [
            "UPDATE t SET b='x' WHERE t.a = 1", "DELETE FROM t WHERE t.ok = 0", "DELETE FROM t WHERE t.ok = 0 OR lower(t.b) LIKE lower('%x')",
            "UPDATE t SET a=(t.a / t.a) WHERE lower(t.b) NOT LIKE lower('q%')",
        ])
        #expect(try renderUpgrade(body, OracleDialect()) == [
            "UPDATE t SET b='x' WHERE t.a = 1", "DELETE FROM t WHERE NOT t.ok", "DELETE FROM t WHERE NOT t.ok OR lower(t.b) LIKE lower('%x')",
            "UPDATE t SET a=(t.a / t.a) WHERE lower(t.b) NOT LIKE lower('q%')",
        ])
    }

    @Test func selectsWithDistinctSelectFromLabelsAndCasts() throws {
        let body = Self.table + """
            op.execute(v.insert().from_select(['a', 'b'], sa.select(t.c.a, t.c.b).distinct()))
            op.execute(v.insert().from_select(['a', 'b'], sa.select(sa.literal(1), sa.literal('x')).select_from(t)))
            op.execute(v.insert().from_select(['a', 'b'], sa.select(sa.func.max(t.c.a), sa.cast(t.c.a, sa.String)).where(t.c.ok)))
            op.execute(t.update().values(b=t.c.b + 'x' + t.c.b, a=-(t.c.a + 1)))
        """
        #expect(try renderUpgrade(body, SQLServerDialect()) == [
            "INSERT INTO v (a, b) SELECT DISTINCT t.a, t.b \nFROM t",
            "INSERT INTO v (a, b) SELECT 1 AS anon_1, 'x' AS anon_2 \nFROM t",
            "INSERT INTO v (a, b) SELECT max(t.a) AS max_1, CAST(t.a AS VARCHAR(max)) AS a \nFROM t \nWHERE t.ok = 1",
            "UPDATE t SET a=(-(t.a + 1)), b=(t.b + 'x' + t.b)",
        ])
        #expect(try renderUpgrade(body, OracleDialect())[2]
                == "INSERT INTO v (a, b) SELECT max(t.a) AS max_1, CAST(t.a AS VARCHAR2(4000 CHAR)) AS a \nFROM t \nWHERE t.ok")
        #expect(try renderUpgrade(body, MySQLDialect())[3] == "UPDATE t SET a=(-(t.a + 1)), b=(concat(t.b, 'x', t.b))")
    }

    /// A text parameter without a value would be NULL in SQLAlchemy's script; a value for a
    /// parameter the text lacks is SQLAlchemy's own error. Both are refused.
    @Test func textParametersNeedValuesAndValuesNeedParameters() throws {
        #expect(refusal("    op.execute(sa.text('UPDATE t SET a = :a WHERE b = :b').bindparams(a=1))", PostgreSQLDialect())
                == ["cannot render 'op.execute' for postgres: ':b' in 'sa.text(...)' has no value"])
        #expect(refusal("    op.execute(sa.text('UPDATE t SET a = :a').bindparams(a=1, c=2))", PostgreSQLDialect())
                == ["cannot render 'op.execute' for postgres: '.bindparams(c=...)' names a parameter the text does not have"])
        // `::text` is PostgreSQL's cast, not a parameter; `\\:` is a colon.
        #expect(try renderUpgrade("    op.execute(sa.text(r\"UPDATE t SET a = :a, b = '\\:x'::text\").bindparams(a=True))", PostgreSQLDialect())
                == ["UPDATE t SET a = true, b = ':x'::text"])
    }

    /// SQLAlchemy has no literal for JSON ("No literal value renderer is available ... with
    /// datatype JSON"); sqlgen writes the JSON text the driver would have sent (README).
    @Test func jsonValuesAreTheirJSONText() throws {
        let body = """
            t = sa.table('t', sa.column('id', sa.Integer), sa.column('meta', sa.JSON))
            op.execute(t.insert().values(id=1, meta={'a': 1, 'b': [True, None, 'x']}))
            op.execute(t.update().where(t.c.id == 1).values(meta=None))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "INSERT INTO t (id, meta) VALUES (1, '{\"a\": 1, \"b\": [true, null, \"x\"]}')",
            "UPDATE t SET meta=NULL WHERE t.id = 1",
        ])
    }

    /// SQLAlchemy 2 refuses `sa.select([...])` and `sa.case([...])`; sqlgen reads them as the
    /// 2.x forms (README), whose SQL is SQLAlchemy's.
    @Test func sqlAlchemyOneListFormsReadAsTheirTwoFormsRender() throws {
        let body = Self.table + """
            op.execute(v.insert().from_select(['a'], sa.select([t.c.a]).where(t.c.a > 1)))
            op.execute(t.update().values(b=sa.case([(t.c.a > 1, 'x')], else_='y')))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "INSERT INTO v (a) SELECT t.a \nFROM t \nWHERE t.a > 1",
            "UPDATE t SET b=CASE WHEN (t.a > 1) THEN 'x' ELSE 'y' END",
        ])
    }

    /// A WHERE that names other tables: each dialect's multiple-table form, or SQLAlchemy's refusal.
    @Test func statementsWhoseWhereNamesOtherTables() throws {
        let body = """
            t = sa.table('t', sa.column('a', sa.Integer), sa.column('b', sa.String))
            v = sa.table('v', sa.column('a', sa.Integer), sa.column('b', sa.String))
            w = sa.table('w', sa.column('a', sa.Integer))
            op.execute(t.update().where(t.c.a == v.c.a).where(v.c.a == w.c.a).values(b=v.c.b))
            op.execute(t.update().where(t.c.a != sa.null()).values(b='x'))
        """
        let delete = "    t = sa.table('t', sa.column('a', sa.Integer))\n    v = sa.table('v', sa.column('a', sa.Integer))\n"
            + "    op.execute(t.delete().where(t.c.a == v.c.a))"
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "UPDATE t SET b=v.b FROM v, w WHERE t.a = v.a AND v.a = w.a", "UPDATE t SET b='x' WHERE t.a IS NOT NULL",
        ])
        #expect(try renderUpgrade(body, MySQLDialect())[0] == "UPDATE t, v, w SET t.b=v.b WHERE t.a = v.a AND v.a = w.a")
        #expect(try renderUpgrade(body, SQLiteDialect())[0] == "UPDATE t SET b=v.b FROM v, w WHERE t.a = v.a AND v.a = w.a")
        #expect(try renderUpgrade(body, SQLServerDialect())[0] == "UPDATE t SET b=v.b FROM t, v, w WHERE t.a = v.a AND v.a = w.a")
        #expect(refusal(body, OracleDialect())
                == ["cannot render 'op.execute' for oracle: an UPDATE whose WHERE names other tables cannot be written for oracle, as SQLAlchemy cannot either"])
        #expect(try renderUpgrade(delete, PostgreSQLDialect()) == ["DELETE FROM t USING v WHERE t.a = v.a"])
        #expect(try renderUpgrade(delete, MySQLDialect()) == ["DELETE FROM t USING t, v WHERE t.a = v.a"])
        #expect(try renderUpgrade(delete, SQLServerDialect()) == ["DELETE FROM t FROM t, v WHERE t.a = v.a"])
        #expect(refusal(delete, SQLiteDialect())
                == ["cannot render 'op.execute' for sqlite: a DELETE whose WHERE names other tables cannot be written for sqlite, as SQLAlchemy cannot either"])
    }

    @Test func labelsNameSelectedColumnsOnly() throws {
        let body = """
            t = sa.table('t', sa.column('a', sa.Integer), sa.column('b', sa.String))
            v = sa.table('v', sa.column('a', sa.Integer), sa.column('b', sa.String), sa.column('c', sa.Integer), sa.column('d', sa.Integer))
            op.execute(v.insert().from_select(['a', 'b', 'c', 'd'], sa.select(t.c.a.label('x'), sa.literal('q').label('z'), (t.c.a + 1).label('y'), sa.func.count().label('n'))))
            op.execute(t.delete().where(t.c.a.label('x') > 1))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == [
            "INSERT INTO v (a, b, c, d) SELECT t.a AS x, 'q' AS z, t.a + 1 AS y, count(*) AS n \nFROM t", "DELETE FROM t WHERE t.a > 1",
        ])
    }

    /// Alembic cannot write a string for a `DateTime` column offline ("Could not render literal
    /// value"); sqlgen writes the string for the database to parse (README).
    @Test func stringsForDateColumnsAreWrittenAsGiven() throws {
        let body = """
            t = sa.table('t', sa.column('id', sa.Integer), sa.column('at', sa.DateTime))
            op.execute(t.update().where(t.c.at.is_(None)).values(at='1970-01-01T00:00:00Z'))
        """
        #expect(try renderUpgrade(body, PostgreSQLDialect()) == ["UPDATE t SET at='1970-01-01T00:00:00Z' WHERE t.at IS NULL"])
    }
}
