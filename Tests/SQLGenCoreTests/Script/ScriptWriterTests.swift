// Script assembly: the transaction, version table and step layout, through the absurd dialect too.

import Testing
@testable import SQLGenCore

@Suite struct ScriptWriterTests {
    func steps(_ range: String, _ direction: Direction = .upgrade) throws -> [MigrationStep] {
        let text = revisionFile(upgrade: "    op.drop_table('t')", downgrade: "    op.execute('SELECT\\t1  ')")
        let revision = try #require(readRevision(text).revision)
        return try Planner(graph: RevisionGraph([revision])).plan(direction, range: range)
    }

    @Test func absurdDialectScript() throws {
        let script = try ScriptWriter(dialect: AbsurdDialect()).script(for: steps("base:head"), createsVersionTable: true)
        #expect(script == """
        START WORK !!

        CREATE TABLE alembic_version (
            version_num STRINGY<32> NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
        ) !!

        ~~

        -- Running upgrade  -> r1

        DROP TABLE t !!

        ~~

        INSERT INTO alembic_version (version_num) VALUES (%r1%) !!

        ~~

        FINISH WORK !!

        ~~


        """)
    }

    @Test func downgradeTrimsStatementsAndReplacesTabs() throws {
        let script = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps("head:base", .downgrade), createsVersionTable: false)
        #expect(script == "BEGIN;\n\n-- Running downgrade r1 -> \n\nSELECT    1;\n\nDELETE FROM alembic_version WHERE alembic_version.version_num = 'r1';\n\nCOMMIT;\n\n")
    }

    @Test func versionTableNameAndSchemaAreQuoted() {
        let table = VersionTable(dialect: PostgreSQLDialect(), name: TableName("Version", schema: "ops"))
        #expect(table.statement(for: .update(from: "a'1", to: "b2")) == "UPDATE ops.\"Version\" SET version_num='b2' WHERE ops.\"Version\".version_num = 'a''1'")
    }

    @Test func irreversibleDowngradeIsAnErrorAtTheRaise() throws {
        let text = revisionFile(upgrade: "    pass", downgrade: "    raise NotImplementedError()")
        let revision = try #require(readRevision(text).revision)
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.downgrade, range: "r1:base")
        #expect(throws: DiagnosticError.self) { try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps, createsVersionTable: false) }
        do {
            _ = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps, createsVersionTable: false)
        } catch {
            #expect(summaries(error.diagnostics) == ["13:5: revision 'r1' cannot be downgraded: its 'downgrade()' raises"])
        }
    }

    /// Steps whose SQL depends on the schema the steps before them leave: SQLite rebuilds the
    /// table to drop a column, MySQL restates the column it alters.
    func catalogDependentSteps(_ direction: Direction) throws -> (steps: [MigrationStep], catalog: Catalog) {
        let bodies: [(upgrade: String, downgrade: String)] = [
            ("op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('a', sa.String(10)), sa.Column('b', sa.Integer()))", "op.drop_table('t')"),
            ("op.drop_column('t', 'a')", "op.add_column('t', sa.Column('a', sa.String(10)))"),
            ("op.add_column('t', sa.Column('c', sa.Integer(), nullable=False))", "op.drop_column('t', 'c')"),
            ("op.alter_column('t', 'b', new_column_name='bb')", "op.alter_column('t', 'bb', new_column_name='b')"),
            ("op.create_index('ix_t_c', 't', ['c'])", "op.drop_index('ix_t_c', table_name='t')"),
            ("op.drop_column('t', 'c')", "op.add_column('t', sa.Column('c', sa.Integer(), nullable=False))"),
            ("op.alter_column('t', 'bb', nullable=False)", "op.alter_column('t', 'bb', nullable=True)"),
        ]
        var revisions: [Revision] = []
        for (number, body) in bodies.enumerated() {
            let header = "revision = 'r\(number + 1)'\ndown_revision = \(number == 0 ? "None" : "'r\(number)'")\n"
            let text = revisionFile(upgrade: "    " + body.upgrade, downgrade: "    " + body.downgrade, header: header)
            revisions.append(try #require(readRevision(text, name: "r\(number + 1).py").revision))
        }
        let graph = try RevisionGraph(revisions)
        let steps = try Planner(graph: graph).plan(direction, range: direction == .upgrade ? "base:head" : "head:base")
        return (steps, Catalog.before(steps, in: graph))
    }

    @Test(arguments: [Direction.upgrade, .downgrade], ["sqlite", "mysql"])
    func scriptRenderedInPartsIsTheScriptOfOnePass(direction: Direction, dialectName: String) throws {
        let (steps, catalog) = try catalogDependentSteps(direction)
        let writer = ScriptWriter(dialect: try #require(Dialects.named(dialectName)))
        let onePass = writer.renderInParts(steps, parts: 1, opening: "", createsVersionTable: true, catalog: catalog)
        #expect(onePass.count == 1)
        #expect(onePass[0].problems.diagnostics.isEmpty)
        // The SQL that needs the schema is there, so the parts after the first had to replay it.
        #expect(onePass[0].sql.contains(dialectName == "sqlite" ? "_alembic_tmp_t" : " CHANGE "))
        for parts in [2, 3, steps.count] {
            let rendered = writer.renderInParts(steps, parts: parts, opening: "", createsVersionTable: true, catalog: catalog)
            #expect(rendered.count == parts)
            #expect(rendered.map(\.sql).joined() == onePass[0].sql)
            #expect(rendered.flatMap(\.problems.diagnostics).isEmpty)
        }
    }

    /// A plan long enough to be rendered on every core: the parts, written one after another,
    /// are the script of one pass, with the transaction opened in the first and closed after the last.
    @Test(arguments: ["postgres", "sqlite"])
    func longScriptsComeInPartsThatJoinIntoTheScriptOfOnePass(dialectName: String) throws {
        var revisions: [Revision] = []
        let count = ScriptWriter.minimumStepsPerThread * 2 + 10
        for number in 1...count {
            let header = "revision = 'r\(number)'\ndown_revision = \(number == 1 ? "None" : "'r\(number - 1)'")\n"
            // Dropping a column of the table before: SQLite rebuilds it, from the schema the steps before left.
            var upgrade = "    op.create_table('t\(number)', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('x', sa.Integer()))"
            if number > 1 { upgrade += "\n    op.drop_column('t\(number - 1)', 'x')" }
            let text = revisionFile(upgrade: upgrade, downgrade: "    op.drop_table('t\(number)')", header: header)
            revisions.append(try #require(readRevision(text, name: "r\(number).py").revision))
        }
        let graph = try RevisionGraph(revisions)
        let steps = try Planner(graph: graph).plan(.upgrade, range: "base:head")
        let writer = ScriptWriter(dialect: try #require(Dialects.named(dialectName)))
        let parts = try writer.scriptParts(for: steps, catalog: Catalog.before(steps, in: graph))
        let threads = ParallelWork.threads(for: steps.count, minimumPerThread: ScriptWriter.minimumStepsPerThread)
        #expect(parts.count == threads + (writer.dialect.transactionStatements == nil ? 0 : 1))
        var opening = "", closing = ""
        if let transaction = writer.dialect.transactionStatements {
            writer.append(transaction.begin, to: &opening, separated: false)
            writer.append(transaction.commit, to: &closing)
        }
        let onePass = writer.renderInParts(steps, parts: 1, opening: opening, createsVersionTable: false, catalog: Catalog.before(steps, in: graph))
        #expect(parts.joined() == onePass[0].sql + closing)
        #expect(parts.joined().hasPrefix(opening + "CREATE TABLE alembic_version"))
    }

    @Test func partsCoverEveryStepOnceAndLaterPartsAreShorter() {
        for parts in 1...4 {
            for steps in [0, 1, 7, 1000, 10_001] {
                let starts = (0...parts).map { ScriptWriter.start(ofPart: $0, parts: parts, steps: steps) }
                #expect(starts.first == 0 && starts.last == steps)
                #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 })
                if steps >= 1000 {
                    let lengths = zip(starts, starts.dropFirst()).map { $1 - $0 }
                    #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0 > $1 }, "\(lengths)")
                }
            }
        }
        // Two parts of 1,000 steps: 556 and 444, the second replaying the first's 556.
        #expect(ScriptWriter.start(ofPart: 1, parts: 2, steps: 1000) == 556)
    }
}
