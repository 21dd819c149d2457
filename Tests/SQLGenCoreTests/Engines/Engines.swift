// The engine tests' entry point: which engines exist, a throwaway database on each, and the skip-or-fail policy.

import Foundation

/// The database engines the engine tests apply generated scripts to.
enum EngineKind: String, CaseIterable, Sendable {
    case sqlite, postgres, mariadb
}

/// Why an engine could not be started or a client failed; carries the tool's own output so a failing
/// test shows the server's message, not just an exit status.
struct EngineError: Error, CustomStringConvertible {
    let engine: EngineKind
    /// Lowercase, naming the step that failed.
    let message: String
    /// What the tool printed, stderr first; empty when nothing ran.
    let output: String

    init(_ engine: EngineKind, _ message: String, output: String = "") {
        self.engine = engine
        self.message = message
        self.output = output
    }

    var description: String {
        output.isEmpty ? "\(engine.rawValue): \(message)" : "\(engine.rawValue): \(message)\n\(output)"
    }
}

/// A throwaway database on a server started for this test process.
struct EngineDatabase: Sendable {
    let engine: EngineKind
    let name: String
    /// The started server that owns the database; every call goes through its client tools.
    fileprivate let server: any EngineServer

    /// Runs a whole SQL script with the engine's own command-line client in stop-on-error mode
    /// (psql -v ON_ERROR_STOP=1 -X -q -f, mariadb batch mode, sqlite3 -bail). Throws EngineError
    /// carrying the client's stderr/stdout when the script fails.
    func apply(_ script: String) throws {
        try server.apply(script, to: name)
    }

    /// The schema as the engine's own dump tool prints it (pg_dump --schema-only, mariadb-dump --no-data,
    /// sqlite3 .schema), with volatile lines (dump dates, server versions, comments that name the database,
    /// SET lines that vary) removed so that two dumps of identical schemas compare equal as strings.
    func dumpSchema() throws -> String {
        try server.dumpSchema(of: name)
    }

    /// Names of the user tables in the database, sorted.
    func tableNames() throws -> [String] {
        try server.tableNames(in: name).sorted()
    }

    /// Rows of a query, each row's columns joined by a tab, in the order returned.
    /// NULL prints as `NULL` on every engine; other values print as the engine's client prints them
    /// (PostgreSQL booleans are `t`/`f`, MariaDB and SQLite ones `1`/`0`).
    func query(_ sql: String) throws -> [String] {
        try server.query(sql, in: name)
    }
}

enum Engines {
    /// A fresh, empty database on the engine (each call a new database with a unique name, so tests can run
    /// in parallel), starting the server on first use (once per test process, thread-safe). Returns nil when
    /// the engine cannot be started and the environment variable CI is not "true", after printing a one-line
    /// warning to stderr naming the engine and why; throws an EngineError when CI=true and the engine cannot
    /// be started (those tests must fail, never skip).
    static func makeDatabase(_ kind: EngineKind) throws -> EngineDatabase? {
        switch EngineHost.shared.server(kind) {
        case .success(let server):
            let name = EngineHost.shared.nextDatabaseName()
            try server.createDatabase(named: name)
            return EngineDatabase(engine: kind, name: name, server: server)
        case .failure(let error):
            if requiresEngines(ProcessInfo.processInfo.environment) {
                throw error
            }
            return nil
        }
    }

    /// CI must prove the scripts run, so there a missing engine fails the tests; on a developer's machine
    /// without the servers the engine tests skip instead. "1" counts too, as some CI systems set that.
    static func requiresEngines(_ environment: [String: String]) -> Bool {
        guard let value = environment["CI"]?.lowercased() else { return false }
        return value == "true" || value == "1"
    }

    /// The engines named in SQLGEN_DISABLE_ENGINES (comma- or space-separated, e.g. `mariadb,postgres`)
    /// behave as if they were not installed: the way to check the skip-or-fail policy without
    /// uninstalling anything, e.g. `SQLGEN_DISABLE_ENGINES=mariadb CI=true swift test --filter Engine`.
    static func disabledEngines(_ environment: [String: String]) -> Set<EngineKind> {
        let names = (environment["SQLGEN_DISABLE_ENGINES"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.lowercased() }
        return Set(names.compactMap(EngineKind.init(rawValue:)))
    }
}
