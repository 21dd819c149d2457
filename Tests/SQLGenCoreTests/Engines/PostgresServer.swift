// PostgreSQL for the engine tests: a private cluster on a unix socket, and psql / pg_dump as its clients.

import Foundation

struct PostgresServer: EngineServer {
    /// The folder of the newest installed PostgreSQL's programs; server and clients come from the same one,
    /// so pg_dump is never older than the server it dumps.
    let binaries: String
    /// Holds the data directory, the socket and the server log.
    let folder: String
    let scratch: String

    var dataDirectory: String { (folder as NSString).appendingPathComponent("data") }

    private func tool(_ name: String) -> String { (binaries as NSString).appendingPathComponent(name) }

    // MARK: - Start and stop

    static func start(in run: EngineRunFolder) throws -> PostgresServer {
        guard let binaries = newestBinaries() else {
            throw EngineError(.postgres, "no PostgreSQL server found (no initdb in /usr/lib/postgresql/*/bin or on PATH); run scripts/install-engines")
        }
        let server = PostgresServer(binaries: binaries, folder: run.subfolder("postgres"), scratch: run.scratch)
        for name in ["initdb", "pg_ctl", "psql", "pg_dump"] where !FileManager.default.isExecutableFile(atPath: server.tool(name)) {
            throw EngineError(.postgres, "'\(name)' is missing from '\(binaries)'; run scripts/install-engines")
        }
        let owner = try serverAccount()
        do {
            try FileManager.default.createDirectory(atPath: server.folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw EngineError(.postgres, "cannot create '\(server.folder)': \(error.localizedDescription)")
        }
        if let owner, chown(server.folder, owner.uid, owner.gid) != 0 {
            throw EngineError(.postgres, "cannot hand '\(server.folder)' to the 'postgres' user: \(String(cString: strerror(errno)))")
        }

        let initdb = try server.asServerAccount(owner, "initdb", [
            "-D", server.dataDirectory, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C",
        ])
        guard initdb.succeeded else {
            throw EngineError(.postgres, "initdb failed with status \(initdb.status)", output: initdb.combinedOutput)
        }
        // No TCP at all: the socket lives in our own folder, so neither a system cluster on 5432 nor another
        // test run can collide with this one. Durability is pointless for a throwaway cluster.
        let options = [
            "-c listen_addresses=''", "-k '\(server.folder)'", "-c fsync=off", "-c full_page_writes=off",
            "-c synchronous_commit=off",
        ].joined(separator: " ")
        let log = (server.folder as NSString).appendingPathComponent("server.log")
        let pgCtl: EngineCommandResult
        do {
            pgCtl = try server.asServerAccount(owner, "pg_ctl", [
                "-D", server.dataDirectory, "-l", log, "-w", "-t", "30", "-o", options, "start",
            ])
        } catch {
            // pg_ctl overran its time: a postmaster may be up all the same, and nothing else would stop it.
            server.stop()
            throw error
        }
        guard pgCtl.succeeded else {
            server.stop()
            // pg_ctl only says "could not start server"; the server's log says why.
            let output = [pgCtl.combinedOutput, EngineOutput.logTail(log)].joined(separator: "\n")
            throw EngineError(.postgres, "pg_ctl start failed with status \(pgCtl.status)", output: output)
        }
        return server
    }

    /// The same as `pg_ctl stop -m immediate`: SIGQUIT to the postmaster, then wait (bounded) until it has
    /// removed its pid file.
    func stop() {
        let pidFile = (dataDirectory as NSString).appendingPathComponent("postmaster.pid")
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let firstLine = text.split(separator: "\n").first,
            let pid = Int32(firstLine.trimmingCharacters(in: .whitespaces)), pid > 0
        else { return }
        guard kill(pid, SIGQUIT) == 0 else { return }
        for _ in 0..<100 where FileManager.default.fileExists(atPath: pidFile) && kill(pid, 0) == 0 {
            usleep(50_000)
        }
    }

    /// initdb and postgres refuse to run as root; as root they run as the `postgres` system user that the
    /// Debian packages create, otherwise as the current user. Nil means the current user.
    private static func serverAccount() throws -> (uid: uid_t, gid: gid_t)? {
        guard geteuid() == 0 else { return nil }
        guard let entry = getpwnam("postgres") else {
            throw EngineError(.postgres, "running as root needs the 'postgres' system user to run the server; run scripts/install-engines")
        }
        guard EngineCommand.find(["runuser"]) != nil else {
            throw EngineError(.postgres, "running as root needs 'runuser' to start the server as 'postgres'")
        }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    private func asServerAccount(_ owner: (uid: uid_t, gid: gid_t)?, _ name: String, _ arguments: [String]) throws -> EngineCommandResult {
        var command: EngineCommand
        if owner != nil, let runuser = EngineCommand.find(["runuser"]) {
            command = EngineCommand(.postgres, runuser, ["-u", "postgres", "--", tool(name)] + arguments)
        } else {
            command = EngineCommand(.postgres, tool(name), arguments)
        }
        // The `postgres` user may not enter the directory the tests were started from.
        command.directory = folder
        command.timeout = 60
        return try command.run(scratch: scratch)
    }

    /// The newest /usr/lib/postgresql/<version>/bin (Debian's layout), else the folder of an initdb on PATH.
    static func newestBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { name -> (Int, String)? in
                let bin = "\(root)/\(name)/bin"
                guard let major = Int(name.split(separator: ".").first ?? ""),
                    FileManager.default.isExecutableFile(atPath: "\(bin)/initdb")
                else { return nil }
                return (major, bin)
            }
            .sorted { $0.0 > $1.0 }
        if let newest = versions.first {
            return newest.1
        }
        return EngineCommand.find(["initdb"]).map { ($0 as NSString).deletingLastPathComponent }
    }

    // MARK: - Clients

    private func psql(_ database: String, _ arguments: [String], input: String) throws -> EngineCommandResult {
        let file = (scratch as NSString).appendingPathComponent("\(UUID().uuidString).sql")
        guard FileManager.default.createFile(atPath: file, contents: Data(input.utf8)) else {
            throw EngineError(.postgres, "cannot write '\(file)'")
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        let command = EngineCommand(.postgres, tool("psql"), [
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", folder, "-U", "postgres", "-d", database,
        ] + arguments + ["-f", file])
        return try command.run(scratch: scratch)
    }

    func createDatabase(named name: String) throws {
        let result = try psql("postgres", [], input: "CREATE DATABASE \"\(name)\";\n")
        guard result.succeeded else {
            throw EngineError(.postgres, "cannot create database '\(name)'", output: result.combinedOutput)
        }
    }

    func apply(_ script: String, to database: String) throws {
        let result = try psql(database, [], input: script)
        guard result.succeeded else {
            throw EngineError(.postgres, "psql stopped on an error in the script (status \(result.status))", output: result.combinedOutput)
        }
    }

    func query(_ sql: String, in database: String) throws -> [String] {
        let result = try psql(database, ["-A", "-t", "-F", "\t", "-P", "null=NULL", "-P", "footer=off"], input: sql)
        guard result.succeeded else {
            throw EngineError(.postgres, "query failed (status \(result.status))", output: result.combinedOutput)
        }
        return EngineOutput.rows(result.stdout)
    }

    /// Tables outside the `public` schema (a version table placed in another schema, say) are listed as
    /// `schema.table`, so they cannot be mistaken for tables of the same name in `public`.
    func tableNames(in database: String) throws -> [String] {
        try query("""
            SELECT CASE WHEN schemaname = 'public' THEN tablename ELSE schemaname || '.' || tablename END
            FROM pg_catalog.pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema');
            """, in: database)
    }

    func dumpSchema(of database: String) throws -> String {
        let command = EngineCommand(.postgres, tool("pg_dump"), ["--schema-only", "-h", folder, "-U", "postgres", database])
        let result = try command.run(scratch: scratch)
        guard result.succeeded else {
            throw EngineError(.postgres, "pg_dump failed (status \(result.status))", output: result.combinedOutput)
        }
        return Self.normalizedDump(result.stdout)
    }

    /// Drops what differs between two dumps of the same schema: `\restrict` keys (random on every dump since
    /// PostgreSQL 15.14), the version banners, and the session SET lines that only prepare a restore.
    static func normalizedDump(_ dump: String) -> String {
        EngineOutput.normalized(dump) { line in
            line.hasPrefix("\\restrict ") || line.hasPrefix("\\unrestrict ")
                || line.hasPrefix("-- Dumped from database version") || line.hasPrefix("-- Dumped by pg_dump version")
                || line.hasPrefix("-- Started on") || line.hasPrefix("-- Completed on")
                || line.hasPrefix("SET ") || line.hasPrefix("SELECT pg_catalog.set_config(")
        }
    }
}
