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
        #expect(result.standardOutput == (try String(contentsOf: Paths.out.appendingPathComponent("postgres-upgrade.sql"), encoding: .utf8)))
    }

    @Test func dialectAliasAndInlineOptionValues() throws {
        let result = try Binary.run(["downgrade", "head:base", "--dialect=postgresql", "--revisions=revisions"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == (try String(contentsOf: Paths.out.appendingPathComponent("postgres-downgrade.sql"), encoding: .utf8)))
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
        let version = try Binary.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.standardOutput == "sqlgen \(ArgumentTable.version)\n")
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
