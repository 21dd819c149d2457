// Hostile but valid input: nothing a revision file says may escape its quotes or change data on the way to the script.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct InjectionTests {
    // MARK: Ids and labels

    @Test(arguments: [
        ("revision = 'b2\\nDROP TABLE important;'\ndown_revision = None", "revision", "\\n"),
        ("revision = 'b2'\ndown_revision = 'a1\\rDROP TABLE x'", "down_revision", "\\r"),
        ("revision = 'b2'\ndown_revision = None\nbranch_labels = ('ok', 'x\\u2028y')", "branch_labels", "\\u2028"),
        ("revision = 'b2'\ndown_revision = None\ndepends_on = 'a\\x00'", "depends_on", "\\x00"),
        ("revision = 'b\\u202e2'\ndown_revision = None", "revision", "\\u202e"),
    ])
    func unsafeHeaderCharactersAreRefusedAtTheirLine(header: String, name: String, escape: String) {
        let (revision, diagnostics) = readRevision(revisionFile(upgrade: "    pass", header: header))
        #expect(revision == nil)
        let line = header.split(separator: "\n").firstIndex { $0.hasPrefix(name + " ") }! + 4
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.position?.line == line)
        #expect(diagnostics.first?.message.text.contains("contains '\(escape)'") == true)
        #expect(diagnostics.first?.description.contains("\nDROP") == false)
    }

    @Test func idsAlembicAcceptsStayAccepted() throws {
        let header = "revision = 'rev 1/é.\"x\\';#'\ndown_revision = None\nbranch_labels = ['my label', 'ünï']"
        let revision = try #require(readRevision(revisionFile(upgrade: "    pass", header: header)).revision)
        #expect(revision.id == "rev 1/é.\"x';#")
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.upgrade, range: "base:head")
        let script = try ScriptWriter(dialect: PostgreSQLDialect()).script(for: steps)
        #expect(script.contains("-- Running upgrade  -> rev 1/é.\"x';#\n\n"))
        #expect(script.contains("VALUES ('rev 1/é.\"x'';#')"))
    }

    @Test func commentsAreInertWhateverTheSteps() throws {
        // A step made by hand with an id that never went through the reader.
        let text = revisionFile(upgrade: "    pass")
        var revision = try #require(readRevision(text).revision)
        revision.id = "b2\nDROP TABLE important;\r\u{85}x"
        let step = MigrationStep(direction: .upgrade, revision: revision, versionChanges: [])
        let script = try ScriptWriter(dialect: SQLiteDialect()).script(for: [step])
        #expect(script.contains("-- Running upgrade  -> b2\\nDROP TABLE important;\\r\\x85x\n"))
        #expect(!script.contains("\nDROP"))
    }

    // MARK: Keyword values

    /// The upgrade script of a one-revision project whose upgrade is `body`.
    func script(_ body: String, _ dialect: any Dialect) throws(DiagnosticError) -> String {
        let (revision, diagnostics) = readRevision(revisionFile(upgrade: body))
        guard let revision else { throw DiagnosticError(diagnostics) }
        let steps = try Planner(graph: RevisionGraph([revision])).plan(.upgrade, range: "base:head")
        return try ScriptWriter(dialect: dialect).script(for: steps)
    }

    /// The messages of a body that fails to render.
    func refusal(_ body: String, _ dialect: any Dialect) -> [String] {
        do throws(DiagnosticError) {
            _ = try script(body, dialect)
            return []
        } catch {
            return error.diagnostics.map(\.message.text)
        }
    }

    static let hostile = "x); SELECT pwned(); --"

    @Test(arguments: [
        ("    op.create_index('ix', 't', ['a'], postgresql_using='\(hostile)')", "postgres", "postgresql_using"),
        ("    op.create_index('ix', 't', ['a'], postgresql_ops={'a': '\(hostile)'})", "postgres", "postgresql_ops"),
        ("    op.create_index('ix', 't', ['a'], postgresql_where='a > 1); DROP TABLE t; --')", "postgres", "postgresql_where"),
        ("    op.create_index('ix', 't', ['a'], postgresql_with={'fillfactor': '1); DROP TABLE t'})", "postgres", "postgresql_with"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), postgresql_partition_by='\(hostile)')", "postgres", "postgresql_partition_by"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), postgresql_using='\(hostile)')", "postgres", "postgresql_using"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), postgresql_on_commit='\(hostile)')", "postgres", "postgresql_on_commit"),
        ("    op.alter_column('t', 'a', type_=sa.Integer, postgresql_using='a::int; DROP TABLE t')", "postgres", "postgresql_using"),
        ("    op.create_exclude_constraint('ex', 't', ('a', '&&; DROP TABLE t'))", "postgres", "ExcludeConstraint"),
        ("    op.create_table('t', sa.Column('a', sa.String(10, collation='\(hostile)')))", "mysql", "collation"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_engine='\(hostile)')", "mysql", "mysql_engine"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_charset='\(hostile)')", "mysql", "mysql_charset"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_collate='\(hostile)')", "mysql", "mysql_collate"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_partition_by='\(hostile)')", "mysql", "mysql_partition_by"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), mysql_data_directory=\"'/x' ; DROP TABLE t\")", "mysql", "mysql_data_directory"),
        ("    op.create_table('t', sa.Column('a', sa.String(10, collation='\(hostile)')))", "mssql", "collation"),
        ("    op.create_index('ix', 't', ['a'], mssql_where='a = 1 GO')", "mssql", nil),
        ("    op.create_index('ix', 't', ['a'], mssql_where='a = 1\\nGO\\nDROP TABLE t')", "mssql", "mssql_where"),
        ("    op.create_index('ix', 't', ['a'], sqlite_where='a = 1; DROP TABLE t')", "sqlite", "sqlite_where"),
        ("    op.create_index('ix', 't', ['a'], postgresql_where=sa.text('a = $$x$$'))", "postgres", "postgresql_where"),
        ("    op.create_index('ix', 't', ['a'], postgresql_where=sa.text(\"data #> '{k}' IS NOT NULL AND a$b = 1\"))", "postgres", nil),
        ("    op.create_index('ix', 't', ['a'], sqlite_where='a = 1 # comment')", "sqlite", "sqlite_where"),
        ("    op.create_table('t', sa.Column('a', sa.Integer), oracle_compress='\(hostile)')", "oracle", "oracle_compress"),
    ] as [(String, String, String?)])
    func keywordValuesThatCouldEndTheirClauseAreRefused(body: String, dialect: String, option: String?) throws {
        let dialect = try #require(Dialects.named(dialect))
        let messages = refusal(body, dialect)
        if let option {
            #expect(messages.count == 1)
            #expect(messages.first?.contains("'\(option)' value ") == true, "\(messages)")
        } else {
            #expect(messages.isEmpty, "\(messages)")
        }
    }

    @Test func documentedKeywordValuesStillRender() throws {
        let postgres = try script("""
            op.create_table('t', sa.Column('a', sa.String(5, collation='en-US-x-icu')), postgresql_partition_by="RANGE (a, lower('x''y'))", postgresql_using='heap', postgresql_on_commit='preserve_rows')
            op.create_index('ix', 't', ['a'], postgresql_using='GIN', postgresql_ops={'a': 'gin_trgm_ops(siglen = 32)'}, postgresql_with={'fillfactor': 70}, postgresql_where=sa.text("a <> ''"))
        """, PostgreSQLDialect())
        #expect(postgres.contains(" PARTITION BY RANGE (a, lower('x''y'))\n USING heap\n ON COMMIT PRESERVE ROWS"))
        #expect(postgres.contains("CREATE INDEX ix ON t USING gin (a gin_trgm_ops(siglen = 32)) WITH (fillfactor = 70) WHERE a <> ''"))
        let mysql = try script("""
            op.create_table('t', sa.Column('a', sa.String(5, collation='utf8mb4_bin')), mysql_engine='InnoDB', mysql_charset='utf8mb4', mysql_data_directory="'/srv/it''s'", mysql_partition_by='HASH (a)', mysql_partitions=4)
        """, MySQLDialect())
        #expect(mysql.contains("a VARCHAR(5) COLLATE utf8mb4_bin"))
        #expect(mysql.contains(")CHARSET=utf8mb4 DATA DIRECTORY='/srv/it''s' ENGINE=InnoDB PARTITION BY HASH (a) PARTITIONS 4;"))
        let mssql = try script("    op.create_table('t', sa.Column('a', sa.String(5, collation='Latin1_General_CI_AS')))", SQLServerDialect())
        #expect(mssql.contains("a VARCHAR(5) COLLATE Latin1_General_CI_AS"))
    }

    // MARK: Quotes and batch separators

    @Test func aQuoteWithACombiningMarkIsStillDoubled() throws {
        // "'\u{301}" is one Swift Character that is not "'"; the database still ends the literal at the quote.
        let body = "    op.bulk_insert(sa.table('t', sa.column('a', sa.String)), [{'a': \"x'\\u0301); DROP TABLE t; --\"}])"
        for dialect in [PostgreSQLDialect(), MySQLDialect(), SQLiteDialect(), SQLServerDialect(), OracleDialect()] as [any Dialect] {
            let sql = try script(body, dialect)
            #expect(sql.contains("'x''\u{301}); DROP TABLE t; --'"), "\(dialect.name)")
        }
        #expect(SQLServerDialect().quoteIdentifier("a]\u{301}b") == "[a]]\u{301}b]")
        #expect(PostgreSQLDialect().quoteIdentifier("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(SQLServerDialect().quoteSchema("[a].x; DROP TABLE t; --.[b].dbo") == "[a]].x; DROP TABLE t; --.[b].dbo")
    }

    @Test func literalsWithASeparatorLineAreConcatenatedOnSQLServerAndOracle() throws {
        let body = """
            op.bulk_insert(sa.table('t', sa.column('a', sa.String), sa.column('u', sa.Unicode)), [{'a': 'x\\nGO\\ny', 'u': 'é\\r\\n go 2\\n'}, {'a': 'one\\n/\\n.\\n\\nend', 'u': 'GO'}])
        """
        let mssql = try script(body, SQLServerDialect())
        #expect(mssql.contains("VALUES ('x' + CHAR(10) + 'GO' + CHAR(10) + 'y', N'é' + NCHAR(13) + NCHAR(10) + N' go 2' + NCHAR(10));"))
        #expect(mssql.contains("VALUES ('one\n/\n.\n\nend', N'GO');"))
        let oracle = try script(body, OracleDialect())
        #expect(oracle.contains("VALUES ('x\nGO\ny', 'é\r\n go 2\n')\n"))
        #expect(oracle.contains("VALUES ('one' || CHR(10) || '/' || CHR(10) || '.' || CHR(10) || CHR(10) || 'end', 'GO')\n"))
        // Elsewhere, and on other dialects, literals are as Alembic writes them.
        #expect(try script(body, PostgreSQLDialect()).contains("VALUES ('x\nGO\ny', 'é\r\n go 2\n');"))
        // Every separator line of either script is one the writer put after a statement (and a blank line).
        for (sql, separator) in [(mssql, "GO"), (oracle, "/")] {
            let lines = sql.split(separator: "\n", omittingEmptySubsequences: false)
            for index in lines.indices.dropFirst() where lines[index].trimmingCharacters(in: .whitespaces).uppercased() == separator {
                #expect(lines[index - 1].isEmpty && lines[index] == separator, "\(sql)")
            }
        }
    }

    @Test func commentsWithASeparatorLineAreRefusedWhereTheyMustBeOneLiteral() {
        let body = "    op.create_table_comment('t', 'first\\nGO\\nDROP TABLE t')"
        #expect(refusal(body, SQLServerDialect()).first?.contains("sqlcmd would run as a command") == true)
        let oracle = "    op.create_table_comment('t', 'first\\n/\\nDROP TABLE t')"
        #expect(refusal(oracle, OracleDialect()).first?.contains("SQL*Plus would run as a command") == true)
        #expect(refusal(body, OracleDialect()).isEmpty)
    }

    // MARK: Options

    @Test(arguments: [
        (["upgrade", "head", "--dialect", "postgres", "--version-table", ""], "--version-table must not be empty"),
        (["downgrade", "head:base", "--dialect", "mysql", "--version-table-schema="], "--version-table-schema must not be empty"),
        (["upgrade", "head", "--dialect", "sqlite", "--version-table", "v\nDROP TABLE t"], "--version-table 'v\\nDROP TABLE t' contains '\\n'"),
        (["schema", "--dialect", "postgres", "--version-table-schema", "s\u{202E}x"], "--version-table-schema 's\\u202ex' contains '\\u202e'"),
    ])
    func emptyOrUnsafeVersionTableNamesAreUsageErrors(arguments: [String], message: String) {
        let result = CommandLineTool.run(arguments + ["--revisions", Paths.revisions.path])
        #expect(result.exitCode == CommandResult.usageError)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("Error: " + message), "\(result.standardError)")
    }

    // MARK: Numbers

    @Test func integersBeyond64BitsArePrintedExactly() throws {
        // Alembic 1.20.1 prints these three rows exactly so (checked with its offline mode).
        let sql = try script("""
            t = sa.table('t', sa.column('id', sa.Integer), sa.column('v', sa.Numeric(40, 0)))
            op.bulk_insert(t, [{'id': 1, 'v': 123456789012345678901234567890}, {'id': 2, 'v': -99_999_999_999_999_999_999}, {'id': 3, 'v': -9223372036854775808}])
        """, PostgreSQLDialect())
        #expect(sql.contains("""
            INSERT INTO t (id, v) VALUES (1, 123456789012345678901234567890);

            INSERT INTO t (id, v) VALUES (2, -99999999999999999999);

            INSERT INTO t (id, v) VALUES (3, -9223372036854775808);
            """))
    }

    @Test func integerArithmeticThatWouldWrapIsRefused() {
        let messages = refusal("    op.bulk_insert(sa.table('t', sa.column('v', sa.Integer)), [{'v': 9223372036854775807 + 1}])", PostgreSQLDialect())
        #expect(messages == ["the result of '+' does not fit in 64 bits; sqlgen computes integers to 64 bits only"])
        #expect(refusal("    op.bulk_insert(sa.table('t', sa.column('v', sa.Integer)), [{'v': 4611686018427387904 * 2}])", PostgreSQLDialect()).count == 1)
    }

    // MARK: Unicode

    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    /// A revisions folder holding the given files (name to text), removed by the caller.
    func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-unicode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func idsInNFCAndNFDAreTwoRevisions() throws {
        #expect(Self.nfc == Self.nfd)  // Swift's String equality, which sqlgen must not use for names
        let first = try #require(readRevision(revisionFile(upgrade: "    pass", header: "revision = '\(Self.nfc)'\ndown_revision = None")).revision)
        let second = try #require(readRevision(revisionFile(upgrade: "    pass", header: "revision = '\(Self.nfd)'\ndown_revision = '\(Self.nfc)'")).revision)
        let graph = try RevisionGraph([first, second])
        #expect(graph.heads.map(\.id.unicodeScalars.count) == [5])
        #expect(graph.revision(Self.nfd)?.downRevisions.first?.unicodeScalars.count == 4)
        // A down_revision in the other form names no revision, as in Alembic.
        let orphan = try #require(readRevision(revisionFile(upgrade: "    pass", header: "revision = 'b'\ndown_revision = '\(Self.nfd)'")).revision)
        #expect(throws: DiagnosticError.self) { try RevisionGraph([first, orphan]) }
    }

    @Test func checkTellsNFCAndNFDNamesApart() throws {
        let body = """
            op.create_table('\(Self.nfc)', sa.Column('\(Self.nfc)', sa.Integer))
            op.create_table('\(Self.nfd)', sa.Column('\(Self.nfd)', sa.Integer))
            op.drop_column('\(Self.nfc)', '\(Self.nfd)')
        """
        let downgrade = "    op.drop_table('\(Self.nfd)')\n    op.drop_table('\(Self.nfc)')"
        let project = try folder(["r1.py": revisionFile(upgrade: body, downgrade: downgrade)])
        defer { try? FileManager.default.removeItem(at: project) }
        let result = CommandLineTool.run(["check", "--revisions", project.path])
        // No false duplicate table; the drop of the NFD column from the NFC table is what PostgreSQL refuses.
        #expect(result.exitCode == CommandResult.failure)
        #expect(!result.standardError.contains("already"), "\(result.standardError)")
        #expect(result.standardError.components(separatedBy: "error:").count == 2, "\(result.standardError)")
        #expect(result.standardError.contains("column '\(Self.nfc).\(Self.nfd)'"), "\(result.standardError)")
    }

    // MARK: Tabs

    @Test func tabsInsideQuotesAreKeptAndLayoutTabsBecomeSpaces() throws {
        let sql = try script("""
            op.create_table('tab\\tname', sa.Column('c\\t1', sa.String(5), server_default='d\\te'))
            op.bulk_insert(sa.table('tab\\tname', sa.column('c\\t1', sa.String)), [{'c\\t1': 'a\\tb'}])
            op.execute("SELECT\\t'x\\ty', \\"q\\tr\\" -- it's\\tfine\\nFROM\\tt")
        """, PostgreSQLDialect())
        #expect(sql.contains("CREATE TABLE \"tab\tname\" (\n    \"c\t1\" VARCHAR(5) DEFAULT 'd\te'\n)"))
        #expect(sql.contains("INSERT INTO \"tab\tname\" (\"c\t1\") VALUES ('a\tb')"))
        #expect(sql.contains("SELECT    'x\ty', \"q\tr\" -- it's    fine\nFROM    t;"))
    }
}
