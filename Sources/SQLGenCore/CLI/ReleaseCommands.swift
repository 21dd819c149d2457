// release and verify: the release folder of a range, and the proof that it still matches the revisions.

import Foundation

/// A command that ends with exit 1 but has a report for standard output (`verify` finding drift).
struct ReportedFailure: Error {
    var standardOutput: String
    var standardError: String
}

extension CommandLineTool {
    /// The dialects of `--dialect` (repeatable), at least one.
    static func dialects(of command: ParsedCommand) throws -> [any Dialect] {
        let names = command.list(.dialect)
        guard !names.isEmpty else { throw missingDialect(command) }
        var dialects: [any Dialect] = []
        for name in names {
            let dialect = try dialect(named: name, command)
            guard !dialects.contains(where: { $0.name == dialect.name }) else {
                throw UsageError(message: "dialect '\(dialect.name)' given twice", command: command.spec)
            }
            dialects.append(dialect)
        }
        return dialects
    }

    /// The revisions as each dialect reads them (its own override files, its own dialect
    /// branches), and the first dialect's project for its env.py settings and warnings.
    static func releaseGraphs(_ command: ParsedCommand, dialects: [any Dialect]) throws -> (graphs: [RevisionGraph], project: LoadedProject) {
        var graphs: [RevisionGraph] = []
        var first: LoadedProject?
        for dialect in dialects {
            let project = try loadProject(command, functions: .both, dialect: dialect)
            first = first ?? project
            graphs.append(try RevisionGraph(project.revisions))
        }
        guard let first else { throw missingDialect(command) }
        return (graphs, first)
    }

    /// `sqlgen release NAME`: writes the release folder, `out/NAME` unless `--out DIR`.
    static func release(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        let name = command.arguments[0]
        guard !name.isEmpty, !name.contains("/"), name != ".", name != "..", !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw UsageError(message: "'\(name)' cannot name a release folder; use letters, digits, dots, dashes and underscores", command: command.spec)
        }
        let folder = command.value(.out) ?? "out/\(name)"
        let dialects = try dialects(of: command)
        let (graphs, project) = try releaseGraphs(command, dialects: dialects)
        // env.py's settings do not depend on the dialect: the first dialect's stand for all.
        let request = ReleaseRequest(name: name, from: command.value(.from) ?? "base", to: command.value(.to) ?? "heads",
                                     dialects: dialects, options: try scriptOptions(command, environment: project.environment))
        let files = try ReleaseBuilder(graphs: graphs, request: request, toolVersion: ArgumentTable.version).files()
        try ReleaseFolder.write(files, to: folder)
        return ("wrote \(folder): " + files.map(\.path).joined(separator: ", ") + "\n", stderrText(project, verbose: command.flag(.verbose)))
    }

    /// One way a release no longer matches what made it.
    struct Drift {
        var kind: String
        var path: String
        var detail: String
    }

    /// `sqlgen verify DIR`: rebuilds the release from the current revisions with the manifest's
    /// range and options, and reports every difference. Exit 1 when there is any.
    static func verify(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        let folder = command.arguments[0]
        let format = command.value(.format) ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError(message: "unknown format '\(format)'; available: text, json", command: command.spec)
        }
        let manifestPath = folder + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: manifestPath),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let name = manifest["release"] as? String, let from = manifest["from"] as? String, let to = manifest["to"] as? String,
              let dialectNames = manifest["dialects"] as? [String], let options = manifest["options"] as? [String: Any],
              let revisions = manifest["revisions"] as? [[String: Any]], let scripts = manifest["scripts"] as? [[String: Any]] else {
            throw DiagnosticError(.notARelease(folder))
        }
        var drift: [Drift] = []
        // Inputs: each revision and override file as released.
        for entry in revisions + ((manifest["overrides"] as? [[String: Any]]) ?? []) {
            guard let path = entry["file"] as? String, let sum = entry["sha256"] as? String else { continue }
            guard let now = ReleaseBuilder.fileDigest(path) else {
                drift.append(Drift(kind: "input-missing", path: path, detail: "released from this file, which is gone"))
                continue
            }
            if now != sum { drift.append(Drift(kind: "input-changed", path: path, detail: "changed since the release (sha256 \(sum.prefix(12))… is now \(now.prefix(12))…)")) }
        }
        // Outputs: each file in the folder as the release wrote it.
        let sumsPath = folder + "/SHA256SUMS"
        let sums = (try? String(contentsOfFile: sumsPath, encoding: .utf8)) ?? ""
        for line in sums.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let path = String(parts[1].drop(while: { $0 == " " || $0 == "*" }))
            let digest = ReleaseBuilder.fileDigest(folder + "/" + path)
            if digest == nil {
                drift.append(Drift(kind: "output-missing", path: path, detail: "listed in SHA256SUMS but missing"))
            } else if digest != String(parts[0]) {
                drift.append(Drift(kind: "output-edited", path: path, detail: "edited after the release (its SHA256SUMS line does not match)"))
            }
        }
        // The release made again from today's revisions.
        let dialects = dialectNames.compactMap(Dialects.named)
        let request = ReleaseRequest(name: name, from: from, to: to, dialects: dialects, options: ScriptOptions(
            versionTable: options["version_table"] as? String ?? "alembic_version",
            versionTableSchema: options["version_table_schema"] as? String,
            transactionPerMigration: options["transaction_per_migration"] as? Bool ?? false,
            guards: options["guard"] as? Bool ?? false))
        let files = try ReleaseBuilder(graphs: try releaseGraphs(command, dialects: dialects).graphs, request: request, toolVersion: ArgumentTable.version).files()
        let releasedIDs = revisions.compactMap { $0["id"] as? String }
        if let rebuilt = files.first(where: { $0.path == "manifest.json" }),
           let object = try? JSONSerialization.jsonObject(with: Data(rebuilt.contents.utf8)) as? [String: Any],
           let nowRevisions = object["revisions"] as? [[String: Any]] {
            let nowIDs = nowRevisions.compactMap { $0["id"] as? String }
            for id in nowIDs where !releasedIDs.contains(id) {
                drift.append(Drift(kind: "revision-added", path: id, detail: "now inside the range \(from):\(to), not in the release"))
            }
            for id in releasedIDs where !nowIDs.contains(id) {
                drift.append(Drift(kind: "revision-removed", path: id, detail: "in the release, no longer inside the range \(from):\(to)"))
            }
        }
        for entry in scripts {
            guard let path = entry["path"] as? String, let sum = entry["sha256"] as? String else { continue }
            guard let rebuilt = files.first(where: { $0.path == path }) else { continue }
            if SHA256.hex(rebuilt.contents.utf8) != sum {
                drift.append(Drift(kind: "script-differs", path: path, detail: "today's revisions give another script"))
            }
        }
        let report: String
        if format == "json" {
            report = JSONValue.object([
                ("release", .string(folder)),
                ("matches", .bool(drift.isEmpty)),
                ("differences", .array(drift.map { .object([("kind", .string($0.kind)), ("path", .string($0.path)), ("detail", .string($0.detail))]) })),
            ]).rendered() + "\n"
        } else {
            report = drift.isEmpty
                ? "\(folder) matches the revisions: \(releasedIDs.count) revision\(releasedIDs.count == 1 ? "" : "s"), \(scripts.count) script\(scripts.count == 1 ? "" : "s")\n"
                : drift.map { "\($0.kind): \($0.path): \($0.detail)\n" }.joined()
        }
        if drift.isEmpty { return (report, "") }
        throw ReportedFailure(standardOutput: format == "json" ? report : "", standardError: format == "json" ? "" : report + "\(drift.count) difference\(drift.count == 1 ? "" : "s")\n")
    }
}
