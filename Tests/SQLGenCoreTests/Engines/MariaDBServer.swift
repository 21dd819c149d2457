// MariaDB for the engine tests: a private mariadbd on a unix socket, and mariadb / mariadb-dump as its clients.

import Foundation

struct MariaDBServer: EngineServer {
    let client: String
    let dumper: String
    /// Holds the data directory, the socket, the pid file and the error log.
    let folder: String
    let scratch: String
    /// The mariadbd child; kept so the exit handler can kill and reap it.
    let daemon: EngineDaemon

    var socket: String { Self.socket(in: folder) }

    // MARK: - Start and stop

    static func start(in run: EngineRunFolder) throws -> MariaDBServer {
        func need(_ names: [String]) throws -> String {
            guard let path = EngineCommand.find(names) else {
                throw EngineError(.mariadb, "'\(names[0])' not found; run scripts/install-engines")
            }
            return path
        }
        let daemonPath = try need(["mariadbd", "mysqld"])
        let installDB = try need(["mariadb-install-db", "mysql_install_db"])
        let client = try need(["mariadb", "mysql"])
        let dumper = try need(["mariadb-dump", "mysqldump"])
        let admin = try need(["mariadb-admin", "mysqladmin"])

        let folder = run.subfolder("mariadb")
        let dataDirectory = (folder as NSString).appendingPathComponent("data")
        let temporary = (folder as NSString).appendingPathComponent("tmp")
        let errorLog = (folder as NSString).appendingPathComponent("error.log")
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw EngineError(.mariadb, "cannot create '\(folder)': \(error.localizedDescription)")
        }
        // mariadbd refuses to run as root unless told to, and --user only works for root.
        let asRoot = geteuid() == 0 ? ["--user=root"] : []

        // `normal` gives root an empty password instead of unix-socket authentication, which would only
        // let in the operating-system user of the same name; the server is private and socket-only anyway.
        var install = EngineCommand(.mariadb, installDB, [
            "--no-defaults", "--datadir=\(dataDirectory)", "--auth-root-authentication-method=normal",
            "--skip-test-db", "--skip-name-resolve",
        ] + asRoot)
        install.directory = folder
        install.timeout = 120
        let installed = try install.run(scratch: run.scratch)
        guard installed.succeeded else {
            throw EngineError(.mariadb, "mariadb-install-db failed with status \(installed.status)", output: installed.combinedOutput)
        }

        // --no-defaults so that /etc/mysql cannot change the server; the character set is then set here to
        // what Debian's packaged server uses (utf8mb4), as a production server would, not latin1.
        // Durability is pointless for throwaway databases.
        let arguments = [
            "--no-defaults", "--datadir=\(dataDirectory)", "--socket=\(Self.socket(in: folder))", "--skip-networking",
            "--pid-file=\((folder as NSString).appendingPathComponent("mariadbd.pid"))", "--log-error=\(errorLog)",
            "--tmpdir=\(temporary)", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
            "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--sync-binlog=0",
            "--innodb-buffer-pool-size=64M", "--skip-name-resolve",
        ] + asRoot
        let daemon = try EngineDaemon.launch(.mariadb, daemonPath, arguments, log: errorLog, directory: folder)
        let server = MariaDBServer(client: client, dumper: dumper, folder: folder, scratch: run.scratch, daemon: daemon)
        do {
            try server.waitUntilReady(admin: admin, errorLog: errorLog)
        } catch {
            // Nothing else knows about this mariadbd yet: the exit handler only stops servers that started.
            server.stop()
            throw error
        }
        return server
    }

    /// Bounded: the server either answers within 30 s or the engine counts as unavailable.
    private func waitUntilReady(admin: String, errorLog: String) throws {
        let deadline = Date().addingTimeInterval(30)
        var lastAnswer = EngineCommandResult(status: -1, stdout: "", stderr: "")
        while Date() < deadline {
            guard daemon.isRunning else {
                let log = EngineOutput.logTail(errorLog)
                throw EngineError(.mariadb, "mariadbd exited during start-up", output: log)
            }
            var ping = EngineCommand(.mariadb, admin, [
                "--no-defaults", "-S", socket, "-u", "root", "--connect-timeout=2", "ping",
            ])
            ping.timeout = 10
            lastAnswer = try ping.run(scratch: scratch)
            if lastAnswer.succeeded {
                // A ping succeeds even when the login is refused; only a real query proves the tests can log in.
                let check = try client(nil, ["-e", "SELECT 1"], input: nil)
                guard check.succeeded else {
                    throw EngineError(.mariadb, "cannot log in as root over the socket", output: check.combinedOutput)
                }
                return
            }
            usleep(100_000)
        }
        let log = EngineOutput.logTail(errorLog)
        throw EngineError(.mariadb, "mariadbd did not answer within 30 s", output: [lastAnswer.combinedOutput, log].joined(separator: "\n"))
    }

    private static func socket(in folder: String) -> String { (folder as NSString).appendingPathComponent("mysqld.sock") }

    /// SIGKILL: the data is thrown away, so there is nothing to shut down cleanly.
    func stop() {
        daemon.kill()
    }

    // MARK: - Clients

    /// The mariadb client in batch mode, which stops at the first failing statement (there is no --force).
    private func client(_ database: String?, _ arguments: [String], input: String?) throws -> EngineCommandResult {
        var command = EngineCommand(.mariadb, client, [
            "--no-defaults", "-S", socket, "-u", "root", "--batch", "--default-character-set=utf8mb4",
        ] + arguments + (database.map { [$0] } ?? []))
        guard let input else {
            return try command.run(scratch: scratch)
        }
        let file = (scratch as NSString).appendingPathComponent("\(UUID().uuidString).sql")
        guard FileManager.default.createFile(atPath: file, contents: Data(input.utf8)) else {
            throw EngineError(.mariadb, "cannot write '\(file)'")
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        command.standardInput = file
        return try command.run(scratch: scratch)
    }

    func createDatabase(named name: String) throws {
        let result = try client(nil, [], input: "CREATE DATABASE `\(name)`;\n")
        guard result.succeeded else {
            throw EngineError(.mariadb, "cannot create database '\(name)'", output: result.combinedOutput)
        }
    }

    func apply(_ script: String, to database: String) throws {
        let result = try client(database, [], input: script)
        guard result.succeeded else {
            throw EngineError(.mariadb, "mariadb stopped on an error in the script (status \(result.status))", output: result.combinedOutput)
        }
    }

    /// --raw so that values print as stored, as psql and sqlite3 print them, instead of with \t and \n escapes.
    func query(_ sql: String, in database: String) throws -> [String] {
        let result = try client(database, ["--skip-column-names", "--raw"], input: sql)
        guard result.succeeded else {
            throw EngineError(.mariadb, "query failed (status \(result.status))", output: result.combinedOutput)
        }
        return EngineOutput.rows(result.stdout)
    }

    func tableNames(in database: String) throws -> [String] {
        try query("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
            """, in: database)
    }

    func dumpSchema(of database: String) throws -> String {
        let command = EngineCommand(.mariadb, dumper, [
            "--no-defaults", "-S", socket, "-u", "root", "--no-data", "--skip-comments", "--skip-add-drop-table", database,
        ])
        let result = try command.run(scratch: scratch)
        guard result.succeeded else {
            throw EngineError(.mariadb, "mariadb-dump failed (status \(result.status))", output: result.combinedOutput)
        }
        return Self.normalizedDump(result.stdout)
    }

    /// --skip-comments already drops the banners that name the host, database, versions and dump date; what
    /// is left to drop is the sandbox-mode marker, the session `/*!40101 SET ... */;` lines, and the
    /// AUTO_INCREMENT counter, which says how many rows were inserted, not what the schema is.
    static func normalizedDump(_ dump: String) -> String {
        let text = EngineOutput.normalized(dump) { line in
            line.hasPrefix("/*M!999999\\- enable the sandbox mode")
                || (line.hasPrefix("/*!") && line.contains(" SET ") && line.hasSuffix("*/;"))
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { removingAutoIncrementCounter(String($0)) }
            .joined(separator: "\n")
    }

    /// `) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=...` becomes `) ENGINE=InnoDB DEFAULT CHARSET=...`;
    /// only table-option lines (starting with `)`) are touched, never a column named AUTO_INCREMENT=.
    private static func removingAutoIncrementCounter(_ line: String) -> String {
        guard line.hasPrefix(")"), let range = line.range(of: " AUTO_INCREMENT=") else { return line }
        let digits = line[range.upperBound...].prefix(while: \.isNumber)
        guard !digits.isEmpty else { return line }
        return String(line[..<range.lowerBound]) + String(line[line.index(range.upperBound, offsetBy: digits.count)...])
    }
}

/// A server process that is a direct child of the test process (mariadbd does not daemonize).
/// Its output goes to a log file, never to the test process's own stdout/stderr, which `swift test` reads
/// until every writer has closed them.
final class EngineDaemon: @unchecked Sendable {
    let pid: pid_t
    /// Guards `exited`: a pid must be reaped exactly once, or a recycled pid could be waited for.
    private let lock = NSLock()
    private var exited = false

    private init(pid: pid_t) {
        self.pid = pid
    }

    static func launch(_ engine: EngineKind, _ executable: String, _ arguments: [String], log: String, directory: String) throws -> EngineDaemon {
        do {
            let files = try EngineSpawn.Files(input: nil, output: log, error: log, appending: true)
            defer { files.close() }
            let pid = try EngineSpawn.spawn(executable, arguments, files: files, directory: directory, newProcessGroup: true)
            return EngineDaemon(pid: pid)
        } catch let failure as EngineSpawn.Failure {
            throw EngineError(engine, "cannot run '\(executable)': \(failure.reason)")
        }
    }

    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if !exited, EngineSpawn.reap(pid) != nil {
            exited = true
        }
        return !exited
    }

    /// Kills and reaps the process (bounded), so its folder can be deleted right after.
    func kill() {
        lock.lock()
        defer { lock.unlock() }
        guard !exited else { return }
        Foundation.kill(pid, SIGKILL)
        exited = EngineSpawn.wait(pid, timeout: 5) != nil
    }
}
