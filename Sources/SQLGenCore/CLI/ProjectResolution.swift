// Where a command's revisions come from: --revisions, --config, ./revisions, alembic.ini; and env.py's settings.

import Foundation

/// The revisions a command works on, the settings `env.py` gives, and what `-v` says of both.
struct LoadedProject {
    var revisions: [Revision]
    /// The versions folders read, in order.
    var folders: [String]
    var environment: EnvironmentSettings
    /// Warnings found while loading, for stderr.
    var warnings: [Diagnostic]
    /// `-v` lines: where the folders and settings came from.
    var notes: [String]
}

extension CommandLineTool {
    /// Reads the revisions of the project the command names, with the functions it runs.
    /// `dialect` chooses the per-dialect override files and how they are split.
    /// `checksOverrides` reads overridden functions too, for `check`'s stale-override warning.
    /// `only` reads just those files (see `RevisionLoader.load`).
    static func loadProject(_ command: ParsedCommand, functions: MigrationFunctions, dialect: (any Dialect)? = nil,
                            checksOverrides: Bool = false, only: Set<String>? = nil) throws -> LoadedProject {
        var notes: [String] = []
        var folders: [String]
        var recursive = false
        var environmentScript: String?
        var prependSysPath: [String] = []
        if case let given = command.list(.revisions), !given.isEmpty {
            for folder in given { try refuseProjectRoot(folder) }
            folders = given
            notes.append("revisions from --revisions: " + DiagnosticMessage.quotedList(folders))
            environmentScript = AlembicProject.directory(of: folders[0].hasSuffix("/") ? String(folders[0].dropLast()) : folders[0]) + "/env.py"
        } else if command.value(.config) == nil, directoryExists("revisions") {
            folders = ["revisions"]
            notes.append("revisions from './revisions'")
        } else if let project = try AlembicProject.find(configFile: command.value(.config)) {
            prependSysPath = project.prependSysPath
            let existing = project.versionLocations.filter(directoryExists)
            // Alembic passes over version locations that do not exist; so does sqlgen, unless none does.
            folders = existing.isEmpty ? project.versionLocations : existing
            recursive = project.recursive
            environmentScript = project.environmentScript
            notes.append("revisions from " + DiagnosticMessage.quotedList(folders) + (recursive ? " and their subfolders" : "")
                         + " (" + DiagnosticMessage.quotedList(project.configurationFiles) + ")")
        } else {
            throw DiagnosticError(.noRevisionsFound)
        }
        var environment = EnvironmentSettings()
        if let path = environmentScript, FileManager.default.fileExists(atPath: path),
           let file = try? RevisionLoader.readFile(path) {
            environment = EnvironmentSettings.read(file)
            var found: [String] = []
            if let table = environment.versionTable { found.append("version_table='\(table)'") }
            if let schema = environment.versionTableSchema { found.append("version_table_schema='\(schema)'") }
            if let perMigration = environment.transactionPerMigration { found.append("transaction_per_migration=\(perMigration ? "True" : "False")") }
            if !found.isEmpty { notes.append("from '\(path)': " + found.joined(separator: ", ") + " (options on the command line win)") }
            if !environment.ignored.isEmpty {
                notes.append("in '\(path)', not literal or not the same in every call, so not used: " + environment.ignored.joined(separator: ", "))
            }
        }
        var overrides = OverrideSyntax()
        if let dialect {
            overrides = OverrideSyntax(dialectNames: Dialects.spellings(of: dialect), batchSeparator: dialect.batchSeparator,
                                       keepsSemicolons: dialect.statementTerminator.isEmpty)
        }
        let source = RevisionSource(folders: folders, recursive: recursive, typesFile: command.value(.types), overrides: overrides,
                                    dialectName: dialect?.sqlAlchemyName, readsOverriddenFunctions: checksOverrides)
        var readSource = source
        readSource.sourceRoots = try sourceRoots(command, prependSysPath: prependSysPath, folders: folders)
        readSource.xArguments = command.list(.x)
        let loaded = try RevisionLoader.load(readSource, functions: functions, only: only)
        return LoadedProject(revisions: loaded.revisions, folders: folders, environment: environment, warnings: loaded.warnings,
                             notes: notes + loaded.notes)
    }

    /// Where the application's modules are looked for, as Python's import path would have them:
    /// `--source-root` alone when given; else alembic.ini's `prepend_sys_path`, then the folders
    /// above each versions folder up to the project root (the first that holds `alembic.ini`,
    /// `pyproject.toml`, `setup.py` or `.git`), then the current folder.
    static func sourceRoots(_ command: ParsedCommand, prependSysPath: [String], folders: [String]) throws(UsageError) -> [String] {
        if case let given = command.list(.sourceRoot), !given.isEmpty {
            // A mistyped root would leave every application type unresolved with a vaguer message.
            if let missing = given.first(where: { !directoryExists($0) }) {
                throw UsageError(message: "--source-root '\(RevisionText.inert(missing))' is not a folder", command: command.spec)
            }
            return given
        }
        var roots = prependSysPath
        let markers = ["alembic.ini", "pyproject.toml", "setup.py", "setup.cfg", ".git"]
        for folder in folders {
            var path = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
            // A handful of levels: versions folders sit a few below the project root.
            for _ in 0..<6 {
                guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { break }
                path = String(path[..<slash])
                roots.append(path)
                if markers.contains(where: { FileManager.default.fileExists(atPath: path + "/" + $0) }) { break }
            }
        }
        roots.append(".")
        return roots
    }

    /// `--revisions` naming a project root, a script location or `alembic.ini` instead of the
    /// versions folder: a usage mistake, answered with the folder that was meant.
    static func refuseProjectRoot(_ path: String) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let looksLikeProject = !isDirectory.boolValue
            || FileManager.default.fileExists(atPath: prefix + "alembic.ini")
            || (FileManager.default.fileExists(atPath: prefix + "env.py") && directoryExists(prefix + "versions"))
        guard looksLikeProject, let versions = AlembicProject.versionsFolderHint(for: path) else { return }
        throw DiagnosticError(.revisionsFolderIsProject(path, versions: versions))
    }

    static func directoryExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The script options: the command line first, then env.py, then Alembic's defaults. A
    /// version table name from env.py is checked as the command line's are.
    static func scriptOptions(_ command: ParsedCommand, environment: EnvironmentSettings) throws(UsageError) -> ScriptOptions {
        for name in [environment.versionTable, environment.versionTableSchema].compactMap({ $0 }) {
            if let problem = tableNameProblem(name) {
                throw UsageError(message: "env.py's version table name \(problem); pass --version-table", command: command.spec)
            }
        }
        return ScriptOptions(versionTable: command.value(.versionTable) ?? environment.versionTable ?? "alembic_version",
                      versionTableSchema: command.value(.versionTableSchema) ?? environment.versionTableSchema,
                      transactionPerMigration: command.flag(.transactionPerMigration) || environment.transactionPerMigration == true,
                      guards: command.flag(.guard), allowFailing: command.flag(.allowFailing))
    }

    /// What a command prints on stderr when it succeeds: warnings, and the `-v` notes.
    static func stderrText(_ project: LoadedProject, verbose: Bool) -> String {
        (verbose ? project.notes.map { "note: \($0)\n" }.joined() : "") + project.warnings.map { $0.description + "\n" }.joined()
    }
}
