// The built sqlgen binary: exit codes, stdout empty on every failure, help and version.

import Foundation
import Testing
@testable import SQLGenCore

/// Runs the `sqlgen` executable that `swift test` built next to the test bundle.
enum Binary {
    static let url: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("sqlgen"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sqlgen"),
            Paths.packageRoot.appendingPathComponent(".build/debug/sqlgen"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static func run(_ arguments: [String], in directory: URL = Paths.packageRoot) throws -> CommandResult {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-cli-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: output.path + ".out")
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            exitCode: process.terminationStatus,
            standardOutput: try String(contentsOfFile: output.path + ".out", encoding: .utf8),
            standardError: try String(contentsOfFile: output.path + ".err", encoding: .utf8)
        )
    }
}

@Suite struct CommandLineTests {
    @Test func upgradeFromTheProjectRootUsesTheRevisionsFolder() throws {
        let result = try Binary.run(["upgrade", "base:head", "--dialect", "postgres"])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == (try CommandLineTests.released("postgres/upgrade.sql")))
    }

    /// A script of the committed example release, without the comment header the release adds.
    static func released(_ path: String) throws -> String {
        let text = try String(contentsOf: Paths.out.appendingPathComponent("example/\(path)"), encoding: .utf8)
        guard let end = text.range(of: "\n\n") else { return text }
        return String(text[end.upperBound...])
    }

    @Test func dialectAliasAndInlineOptionValues() throws {
        let result = try Binary.run(["downgrade", "head:base", "--dialect=postgresql", "--revisions=revisions"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == (try CommandLineTests.released("postgres/downgrade.sql")))
    }

    @Test func missingRevisionsFolderIsOneLineOnStderrAndNothingOnStdout() throws {
        let result = try Binary.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", "no/such/dir"])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "error: revisions folder 'no/such/dir' does not exist; run sqlgen from the project root, or pass '--revisions DIR'\n")
    }

    @Test func brokenRevisionsPrintEveryDiagnosticAndNoSQL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try revisionFile(upgrade: "    op.create_table('ok', sa.Column('id', sa.Integer))").write(to: folder.appendingPathComponent("a_ok.py"), atomically: true, encoding: .utf8)
        try revisionFile(upgrade: "    sa.inspect(op.get_bind())\n    op.drop_tabel('x')", header: "revision = 'r2'\ndown_revision = 'r1'\n")
            .write(to: folder.appendingPathComponent("b_bad.py"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["upgrade", "head", "--dialect", "postgres", "--revisions", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("b_bad.py:9:5: error: 'sa.inspect(...)' inspects a live database"))
        #expect(result.standardError.contains("b_bad.py:10:5: error: unknown operation 'op.drop_tabel'; did you mean 'op.drop_table'?"))
        #expect(result.standardError.contains("b_bad.py:4:1: error: revision 'r2': 'upgrade()' cannot be rendered"))
        #expect(result.standardError.hasSuffix("3 errors\n"))
    }

    @Test(arguments: [
        (["upgrade"], "Error: missing argument RANGE"),
        (["upgrade", "head"], "Error: missing option --dialect (one of \(Dialects.names.joined(separator: ", ")))"),
        (["upgrade", "head", "--dialect", "db2"], "Error: unknown dialect 'db2'; available: \(Dialects.names.joined(separator: ", "))"),
        (["upgrade", "head", "--dialect", "postgres", "--revision", "x"], "Error: unknown option '--revision'; did you mean '--revisions'?"),
        (["upgrade", "head", "--dialect"], "Error: option '--dialect' needs a value D"),
        (["upgrade", "a", "b", "--dialect", "postgres"], "Error: unexpected argument 'b'"),
        (["upgrdae"], "Error: unknown command 'upgrdae'; did you mean 'upgrade'?"),
        ([], "Error: missing command"),
    ])
    func usageErrorsExit64(arguments: [String], firstLine: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first == firstLine)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("--help' for more information.") == true)
    }

    @Test func helpAndVersionGoToStdout() throws {
        let help = try Binary.run(["--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.contains("upgrade"))
        #expect(help.standardOutput.contains("downgrade"))
        let upgradeHelp = try Binary.run(["upgrade", "--help"])
        #expect(upgradeHelp.exitCode == 0)
        #expect(upgradeHelp.standardOutput.contains("Usage: sqlgen upgrade RANGE --dialect D [--revisions DIR]"))
        #expect(upgradeHelp.standardOutput.contains("--revisions DIR"))
        let helpUpgrade = try Binary.run(["help", "upgrade"])
        #expect(helpUpgrade == upgradeHelp, "'sqlgen help upgrade' is 'sqlgen upgrade --help'")
        let helpUnknown = try Binary.run(["help", "upgrde"])
        #expect(helpUnknown.exitCode == 64)
        #expect(helpUnknown.standardError.hasPrefix("Error: unknown command 'upgrde'; did you mean 'upgrade'?"))
        let version = try Binary.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.standardOutput == "sqlgen \(ArgumentTable.version)\n")
    }

    /// Flask-Migrate's autogenerated downgrade drops the index a foreign key needs inside a
    /// batch block; MariaDB would stop there, half-way, with no transaction to roll back. The
    /// script is refused, naming the line in the block; `--allow-failing` prints it with the
    /// problem as a comment.
    @Test func aScriptTheDatabaseWillRefuseIsNotPrintedUnlessAllowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-refused-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let upgrade = """
                op.create_table('user', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))
                op.create_table('post', sa.Column('id', sa.Integer(), nullable=False), sa.Column('user_id', sa.Integer(), nullable=True),
                                sa.ForeignKeyConstraint(['user_id'], ['user.id'], ), sa.PrimaryKeyConstraint('id'))
                with op.batch_alter_table('post', schema=None) as batch_op:
                    batch_op.create_index(batch_op.f('ix_post_user_id'), ['user_id'], unique=False)
            """
        let downgrade = """
                with op.batch_alter_table('post', schema=None) as batch_op:
                    batch_op.drop_index(batch_op.f('ix_post_user_id'))

                op.drop_table('post')
                op.drop_table('user')
            """
        try revisionFile(upgrade: upgrade, downgrade: downgrade).write(to: folder.appendingPathComponent("r1_posts.py"), atomically: true, encoding: .utf8)
        let arguments = ["downgrade", "head:base", "--dialect", "mysql", "--revisions", folder.path]
        let refused = try Binary.run(arguments)
        #expect(refused.exitCode == 1)
        #expect(refused.standardOutput == "")
        #expect(refused.standardError.contains("r1_posts.py:18:9: error: MySQL refuses to drop index 'ix_post_user_id': foreign key (user_id) needs it"))
        let allowed = try Binary.run(arguments + ["--allow-failing"])
        #expect(allowed.exitCode == 0, "\(allowed.standardError)")
        #expect(allowed.standardOutput.contains("""
            -- sqlgen: the database will refuse this: MySQL refuses to drop index 'ix_post_user_id': foreign key (user_id) needs it (r1_posts.py:18:9)

            DROP INDEX ix_post_user_id ON post;
            """))
        #expect(try Binary.run(["upgrade", "head", "--dialect", "mysql", "--revisions", folder.path]).exitCode == 0)
        #expect(try Binary.run(["downgrade", "head:base", "--dialect", "postgres", "--revisions", folder.path]).exitCode == 0)
    }

    @Test func downgradeThroughAnIrreversibleRevisionFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-irreversible-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try revisionFile(upgrade: "    pass", downgrade: "    raise NotImplementedError('one way')").write(to: folder.appendingPathComponent("r1.py"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["downgrade", "head:base", "--dialect", "postgres", "--revisions", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("r1.py:13:5: error: revision 'r1' cannot be downgraded: its 'downgrade()' raises"))
    }
}
