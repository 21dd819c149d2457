// SQLite for the engine tests: no server, each database a file, and the sqlite3 shell as the client.

import Foundation

struct SQLiteServer: EngineServer {
    let shell: String
    /// Holds one `<name>.db` file per database.
    let folder: String
    let scratch: String

    static func start(in run: EngineRunFolder) throws -> SQLiteServer {
        guard let shell = EngineCommand.find(["sqlite3"]) else {
            throw EngineError(.sqlite, "'sqlite3' not found; run scripts/install-engines")
        }
        let folder = run.subfolder("sqlite")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw EngineError(.sqlite, "cannot create '\(folder)': \(error.localizedDescription)")
        }
        let server = SQLiteServer(shell: shell, folder: folder, scratch: run.scratch)
        let version = try EngineCommand(.sqlite, shell, ["-version"]).run(scratch: run.scratch)
        guard version.succeeded else {
            throw EngineError(.sqlite, "'\(shell) -version' failed with status \(version.status)", output: version.combinedOutput)
        }
        return server
    }

    /// The files go with the run folder.
    func stop() {}

    private func file(_ database: String) -> String { (folder as NSString).appendingPathComponent("\(database).db") }

    /// The sqlite3 shell with -bail, which stops at the first failing statement; the SQL comes on standard
    /// input, so dot-commands in a script work as they would for a DBA.
    private func shell(_ database: String, _ options: [String], input: String?, commands: [String] = []) throws -> EngineCommandResult {
        var command = EngineCommand(.sqlite, shell, ["-bail", "-batch"] + options + [file(database)] + commands)
        guard let input else {
            return try command.run(scratch: scratch)
        }
        let scriptFile = (scratch as NSString).appendingPathComponent("\(UUID().uuidString).sql")
        guard FileManager.default.createFile(atPath: scriptFile, contents: Data(input.utf8)) else {
            throw EngineError(.sqlite, "cannot write '\(scriptFile)'")
        }
        defer { try? FileManager.default.removeItem(atPath: scriptFile) }
        command.standardInput = scriptFile
        return try command.run(scratch: scratch)
    }

    /// An empty file is a valid empty database.
    func createDatabase(named name: String) throws {
        guard !FileManager.default.fileExists(atPath: file(name)),
            FileManager.default.createFile(atPath: file(name), contents: nil)
        else {
            throw EngineError(.sqlite, "cannot create database file '\(file(name))'")
        }
    }

    func apply(_ script: String, to database: String) throws {
        let result = try shell(database, [], input: script)
        // sqlite3 can print an error and still exit 0 for some input errors; stderr counts as failure too.
        guard result.succeeded, result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EngineError(.sqlite, "sqlite3 stopped on an error in the script (status \(result.status))", output: result.combinedOutput)
        }
    }

    func query(_ sql: String, in database: String) throws -> [String] {
        let result = try shell(database, ["-list", "-noheader", "-separator", "\t", "-nullvalue", "NULL"], input: sql)
        guard result.succeeded else {
            throw EngineError(.sqlite, "query failed (status \(result.status))", output: result.combinedOutput)
        }
        return EngineOutput.rows(result.stdout)
    }

    func tableNames(in database: String) throws -> [String] {
        try query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';", in: database)
    }

    func dumpSchema(of database: String) throws -> String {
        let result = try shell(database, [], input: nil, commands: [".schema"])
        guard result.succeeded else {
            throw EngineError(.sqlite, "sqlite3 .schema failed (status \(result.status))", output: result.combinedOutput)
        }
        return EngineOutput.normalized(result.stdout) { _ in false }
    }
}
