// `-o FILE`: the script written whole or not at all, the target untouched and nothing left behind on failure.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct OutputFileTests {
    /// A fresh folder, removed by the caller.
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: [["upgrade", "base:head"], ["downgrade", "head:base"], ["schema"]])
    func writesTheScriptItWouldPrint(command: [String]) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("deploy.sql")
        try "an older script".write(to: target, atomically: true, encoding: .utf8)
        let arguments = command + ["--dialect", "postgres", "--revisions", Paths.revisions.path]
        let printed = CommandLineTool.run(arguments)
        let written = CommandLineTool.run(arguments + ["-o", target.path])
        #expect(written == CommandResult(exitCode: 0, standardOutput: "", standardError: printed.standardError))
        #expect(try String(contentsOf: target, encoding: .utf8) == printed.standardOutput)
        #expect(try contents(folder) == ["deploy.sql"])
    }

    @Test func aFailedRunLeavesTheTargetAsItWas() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("deploy.sql")
        try "an older script".write(to: target, atomically: true, encoding: .utf8)
        // An error in the revisions: nothing is written.
        let failed = CommandLineTool.run(["upgrade", "head", "--dialect", "postgres", "--revisions", folder.path, "--output=\(target.path)"])
        #expect(failed.exitCode == CommandResult.failure)
        #expect(try String(contentsOf: target, encoding: .utf8) == "an older script")
        // A folder that does not exist: an error naming the file.
        let missing = folder.appendingPathComponent("no/such/folder/deploy.sql").path
        let unwritable = CommandLineTool.run(["upgrade", "head", "--dialect", "postgres", "--revisions", Paths.revisions.path, "-o", missing])
        #expect(unwritable.exitCode == CommandResult.failure)
        #expect(unwritable.standardOutput.isEmpty)
        #expect(unwritable.standardError == "error: cannot write '\(missing)': No such file or directory\n")
        #expect(CommandLineTool.run(["upgrade", "head", "--dialect", "postgres", "-o", ""]).exitCode == CommandResult.usageError)
        #expect(try contents(folder) == ["deploy.sql"])
    }

    /// The disk filling up half-way, as a file size limit makes it (the signal it would send
    /// ignored, so that `write` fails with EFBIG): exit 1, the old script intact, no temporary file.
    @Test func aWriteThatFailsHalfWayLeavesNothingBehind() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("deploy.sql")
        try "an older script".write(to: target, atomically: true, encoding: .utf8)
        let script = CommandLineTool.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", Paths.revisions.path]).standardOutput
        #expect(script.utf8.count > 1024)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" upgrade base:head --dialect postgres --revisions \"$1\" -o \"$2\"",
                             Binary.url.path, Paths.revisions.path, target.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == CommandResult.failure)
        #expect(message == "error: cannot write '\(target.path)': File too large\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "an older script")
        #expect(try contents(folder) == ["deploy.sql"])
    }
}
