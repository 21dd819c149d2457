// The servers of one test process: started lazily once per engine, stopped and deleted when the process ends.

import Foundation

/// A started engine, as the databases on it reach it. Implementations are plain values (paths, a socket),
/// so databases can cross threads; each engine's file holds everything it does differently.
protocol EngineServer: Sendable {
    func createDatabase(named name: String) throws
    func apply(_ script: String, to database: String) throws
    func dumpSchema(of database: String) throws -> String
    func tableNames(in database: String) throws -> [String]
    func query(_ sql: String, in database: String) throws -> [String]
    /// Called while the test process exits: stops the server without waiting long and without starting
    /// new processes, which is not safe to rely on from an exit handler.
    func stop()
}

/// The folder that holds everything this test process's engines write: data directories, sockets, logs,
/// SQLite files and the tools' captured output. One fresh folder per process, so a run never meets the
/// sockets or data of an earlier one, even when that run was killed.
struct EngineRunFolder: Sendable {
    let path: String

    /// Where EngineCommand writes a tool's output while it runs.
    var scratch: String { (path as NSString).appendingPathComponent("io") }

    func subfolder(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Folders are named `sqlgen-engines.<pid>.<random>` so that a later run can tell whose they are.
    static let prefix = "sqlgen-engines."

    /// Always /tmp when it exists rather than TMPDIR: unix socket paths must stay under about 100 bytes,
    /// and the `postgres` user that runs PostgreSQL for root must be able to reach the folder.
    static var base: String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/tmp", isDirectory: &isFolder), isFolder.boolValue {
            return "/tmp"
        }
        return NSTemporaryDirectory()
    }
}

final class EngineHost: @unchecked Sendable {
    static let shared = EngineHost()

    /// One start per engine, each behind its own lock so PostgreSQL and MariaDB start side by side while
    /// every test that wants the same engine waits for the one start.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<any EngineServer, EngineError>?
    }

    private let slots: [EngineKind: Slot] = Dictionary(uniqueKeysWithValues: EngineKind.allCases.map { ($0, Slot()) })

    /// Guards everything below.
    private let lock = NSLock()
    private var folder: EngineRunFolder?
    private var started: [any EngineServer] = []
    private var watchdog: pid_t?
    private var databaseCount = 0

    /// The engine's server, started on first use; a failure is remembered so that later tests do not wait
    /// for the same timeout again.
    func server(_ kind: EngineKind) -> Result<any EngineServer, EngineError> {
        guard let slot = slots[kind] else {
            return .failure(EngineError(kind, "no start-up slot for this engine"))
        }
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let result = slot.result {
            return result
        }
        let result = start(kind)
        if case .failure(let error) = result, !Engines.requiresEngines(ProcessInfo.processInfo.environment) {
            Self.warn(error)
        }
        slot.result = result
        return result
    }

    /// Unique within the process, and each process has servers of its own, so names never collide.
    /// Lowercase: MariaDB database names are folder names, case-sensitive on Linux.
    func nextDatabaseName() -> String {
        lock.lock()
        defer { lock.unlock() }
        databaseCount += 1
        return "sqlgen_\(databaseCount)"
    }

    private func start(_ kind: EngineKind) -> Result<any EngineServer, EngineError> {
        let environment = ProcessInfo.processInfo.environment
        if Engines.disabledEngines(environment).contains(kind) {
            return .failure(EngineError(kind, "disabled by SQLGEN_DISABLE_ENGINES=\(environment["SQLGEN_DISABLE_ENGINES"] ?? "")"))
        }
        do {
            let folder = try runFolder(kind)
            let server: any EngineServer
            switch kind {
            case .sqlite: server = try SQLiteServer.start(in: folder)
            case .postgres: server = try PostgresServer.start(in: folder)
            case .mariadb: server = try MariaDBServer.start(in: folder)
            }
            lock.lock()
            started.append(server)
            lock.unlock()
            return .success(server)
        } catch let error as EngineError {
            return .failure(error)
        } catch {
            return .failure(EngineError(kind, "cannot start: \(error)"))
        }
    }

    /// One line, as the policy promises, with the line of the tool's output that says why.
    private static func warn(_ error: EngineError) {
        let firstLine = EngineOutput.reason(error.output).map { ": \($0)" } ?? ""
        let line = "warning: skipping \(error.engine.rawValue) engine tests: \(error.message)\(firstLine) (set CI=true to make this a failure)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    // MARK: - The run folder and its clean-up

    /// Created on the first engine start; at the same time the exit handler and the watchdog are set up,
    /// and folders that killed runs left behind are cleared away.
    private func runFolder(_ kind: EngineKind) throws -> EngineRunFolder {
        lock.lock()
        defer { lock.unlock() }
        if let folder {
            return folder
        }
        let base = EngineRunFolder.base
        let pid = ProcessInfo.processInfo.processIdentifier
        let random = UUID().uuidString.prefix(8).lowercased()
        let path = (base as NSString).appendingPathComponent("\(EngineRunFolder.prefix)\(pid).\(random)")
        let created = EngineRunFolder(path: path)
        do {
            // 0755: when the tests run as root, PostgreSQL runs as `postgres` and must enter its subfolder.
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            try FileManager.default.createDirectory(
                atPath: created.scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw EngineError(kind, "cannot create the engine folder '\(path)': \(error.localizedDescription)")
        }
        folder = created
        Self.sweepStaleFolders(in: base, except: path)
        watchdog = Self.launchWatchdog(owner: pid, folder: path)
        atexit { EngineHost.shared.shutdown() }
        return created
    }

    /// Runs from the exit handler: stops every server, then deletes the run folder. Should a test thread still
    /// hold the lock (the process exiting in the middle of a start), it gives up after two seconds rather
    /// than hang the exit, and leaves the clean-up to the watchdog.
    func shutdown() {
        guard lock.lock(before: Date().addingTimeInterval(2)) else { return }
        let servers = started
        let folder = self.folder
        let watchdog = self.watchdog
        started = []
        self.folder = nil
        self.watchdog = nil
        lock.unlock()
        for server in servers {
            server.stop()
        }
        if let folder {
            // A server killed a moment ago may still be closing files; retry briefly.
            for _ in 0..<20 {
                do {
                    try FileManager.default.removeItem(atPath: folder.path)
                    break
                } catch {
                    if !FileManager.default.fileExists(atPath: folder.path) { break }
                    usleep(100_000)
                }
            }
        }
        if let watchdog {
            // SIGKILL: the watchdog ignores the polite signals so that a Ctrl-C cannot take it down first.
            kill(watchdog, SIGKILL)
            _ = EngineSpawn.wait(watchdog, timeout: 1)
        }
    }

    /// Stops the servers of a run folder once its owner process is gone. The exit handler does not run when
    /// the test process is killed (SIGKILL, a CI timeout, Ctrl-C), and neither a PostgreSQL postmaster nor
    /// mariadbd notices that its parent died, so a small shell loop watches the owner and cleans up after it.
    /// It only signals processes whose command line names the folder, so a recycled pid is never hit.
    /// Arguments: $1 the owner's pid, $2 the run folder.
    static let watchdogScript = #"""
        trap '' INT HUP TERM PIPE
        owner=$1
        folder=$2
        alive() {
            kill -0 "$1" 2>/dev/null || return 1
            ! grep -q ') Z ' "/proc/$1/stat" 2>/dev/null
        }
        ours() {
            grep -qaF "$folder" "/proc/$1/cmdline" 2>/dev/null
        }
        first_line() {
            line=$(head -n 1 "$1" 2>/dev/null) || return 1
            case "$line" in ''|*[!0-9]*) return 1 ;; esac
            echo "$line"
        }
        while alive "$owner"; do sleep 1; done
        pidfile="$folder/postgres/data/postmaster.pid"
        if pid=$(first_line "$pidfile") && ours "$pid"; then
            kill -QUIT "$pid" 2>/dev/null
            i=0
            while [ -f "$pidfile" ] && alive "$pid" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        fi
        if pid=$(first_line "$folder/mariadb/mariadbd.pid") && ours "$pid"; then
            kill -KILL "$pid" 2>/dev/null
            i=0
            while alive "$pid" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        fi
        rm -rf "$folder"
        """#

    /// The watchdog's pid, or nil when it could not start (the exit handler still cleans up normal runs).
    private static func launchWatchdog(owner: Int32, folder: String) -> pid_t? {
        // Never the test process's own stdout or stderr: `swift test` would wait for the watchdog to close them.
        guard let files = try? EngineSpawn.Files(input: nil, output: "/dev/null", error: "/dev/null", appending: true) else {
            return nil
        }
        defer { files.close() }
        return try? EngineSpawn.spawn(
            "/bin/sh", ["-c", watchdogScript, "sqlgen-engine-watchdog", String(owner), folder],
            files: files, directory: "/", newProcessGroup: true)
    }

    /// Folders of runs whose owner is gone (its watchdog was killed with it, e.g. by a CI job's clean-up)
    /// get a watchdog of their own, which finds the owner dead and clears the folder at once.
    private static func sweepStaleFolders(in base: String, except current: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        for name in names where name.hasPrefix(EngineRunFolder.prefix) {
            let path = (base as NSString).appendingPathComponent(name)
            let parts = name.dropFirst(EngineRunFolder.prefix.count).split(separator: ".")
            guard path != current, let first = parts.first, let owner = Int32(first) else { continue }
            if kill(owner, 0) == 0 || errno != ESRCH {
                continue
            }
            _ = launchWatchdog(owner: owner, folder: path)
        }
    }
}
