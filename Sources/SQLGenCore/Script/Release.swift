// Release artifacts: per-dialect scripts with a header, manifest.json, SHA256SUMS and CHANGES.md, all made in memory.

import Foundation

/// What `sqlgen release` was asked for.
public struct ReleaseRequest: Sendable {
    public var name: String
    public var from: String
    public var to: String
    public var dialects: [any Dialect]
    public var options: ScriptOptions

    public init(name: String, from: String = "base", to: String = "heads", dialects: [any Dialect], options: ScriptOptions) {
        self.name = name
        self.from = from
        self.to = to
        self.dialects = dialects
        self.options = options
    }

    var upgradeRange: String { "\(from):\(to)" }
    var downgradeRange: String { "\(to):\(from)" }
}

/// One file of a release, its path relative to the release folder.
public struct ReleaseFile: Sendable, Equatable {
    public var path: String
    public var contents: String
}

/// Builds a release's files. Nothing in them depends on the time or the machine, so the same
/// revisions and options give the same bytes on every run: `verify` rebuilds them to compare.
public struct ReleaseBuilder {
    /// The revisions as each dialect reads them (override files may differ per dialect), in the
    /// order of `request.dialects`; the headers, and so the graphs' shapes, are the same.
    public let graphs: [RevisionGraph]
    public let request: ReleaseRequest
    public let toolVersion: String

    var graph: RevisionGraph { graphs[0] }

    public init(graphs: [RevisionGraph], request: ReleaseRequest, toolVersion: String) {
        self.graphs = graphs
        self.request = request
        self.toolVersion = toolVersion
    }

    /// Every file of the release, in a fixed order; SHA256SUMS last, covering the others.
    public func files() throws(DiagnosticError) -> [ReleaseFile] {
        let upgradeSteps = try Planner(graph: graph).plan(.upgrade, range: request.upgradeRange)
        guard !upgradeSteps.isEmpty else { throw DiagnosticError(.emptyRelease(request.upgradeRange)) }
        var files: [ReleaseFile] = []
        var findings: [String: [Diagnostic]] = [:]
        var lintFindings: [String: [LintFinding]] = [:]
        for (dialect, graph) in zip(request.dialects, graphs) {
            let planner = Planner(graph: graph)
            let upgradeSteps = try planner.plan(.upgrade, range: request.upgradeRange)
            let downgradeSteps = try planner.plan(.downgrade, range: request.downgradeRange)
            let writer = ScriptWriter(dialect: dialect, options: request.options)
            let upgrade = try writer.script(for: upgradeSteps, catalog: Catalog.before(upgradeSteps, in: graph))
            let downgrade = try writer.script(for: downgradeSteps, catalog: Catalog.before(downgradeSteps, in: graph))
            files.append(ReleaseFile(path: "\(dialect.name)/upgrade.sql", contents: header(.upgrade, dialect: dialect, steps: upgradeSteps) + upgrade))
            files.append(ReleaseFile(path: "\(dialect.name)/downgrade.sql", contents: header(.downgrade, dialect: dialect, steps: downgradeSteps) + downgrade))
            findings[dialect.name] = SchemaChecker(graph: graph, dialect: dialect).check()
            lintFindings[dialect.name] = Linter(dialect: dialect).findings(upgradeSteps, catalog: Catalog.before(upgradeSteps, in: graph))
        }
        files.append(ReleaseFile(path: "manifest.json", contents: manifest(steps: upgradeSteps, scripts: files).rendered() + "\n"))
        files.append(ReleaseFile(path: "CHANGES.md", contents: changes(steps: upgradeSteps, findings: findings, lint: lintFindings)))
        let sums = files.map { SHA256.hex($0.contents.utf8) + "  " + $0.path + "\n" }.joined()
        files.append(ReleaseFile(path: "SHA256SUMS", contents: sums))
        return files
    }

    /// The comment that opens a release script: tool, release, range, dialect and revisions.
    func header(_ direction: Direction, dialect: any Dialect, steps: [MigrationStep]) -> String {
        let range = direction == .upgrade ? request.upgradeRange : request.downgradeRange
        var text = "-- sqlgen \(toolVersion), release '\(RevisionText.inert(request.name))': \(direction.rawValue) \(RevisionText.inert(range)) for \(dialect.name)\n"
        text += "-- revisions, in the order they run:\n"
        for step in steps {
            text += "--   " + RevisionText.inert(step.revision.id) + (step.revision.message.map { "  " + RevisionText.inert($0) } ?? "") + "\n"
        }
        return text + "\n"
    }

    func manifest(steps: [MigrationStep], scripts: [ReleaseFile]) -> JSONValue {
        .object([
            ("tool", .string("sqlgen \(toolVersion)")),
            ("release", .string(request.name)),
            ("from", .string(request.from)),
            ("to", .string(request.to)),
            ("dialects", .array(request.dialects.map { .string($0.name) })),
            ("options", .object([
                ("version_table", .string(request.options.versionTable)),
                ("version_table_schema", request.options.versionTableSchema.map(JSONValue.string) ?? .null),
                ("transaction_per_migration", .bool(request.options.transactionPerMigration)),
                ("guard", .bool(request.options.guards)),
            ])),
            ("revisions", .array(steps.map { step in
                .object([
                    ("id", .string(step.revision.id)),
                    ("message", step.revision.message.map(JSONValue.string) ?? .null),
                    ("file", .string(step.revision.file.path)),
                    ("sha256", .string(SHA256.hex(step.revision.file.bytes))),
                ])
            })),
            ("overrides", .array(overrideFiles(of: Set(steps.map { ScalarKey($0.revision.id) })).map { .object([("file", .string($0)), ("sha256", .string(ReleaseBuilder.fileDigest($0) ?? ""))]) })),
            ("scripts", .array(scripts.map { .object([("path", .string($0.path)), ("sha256", .string(SHA256.hex($0.contents.utf8)))]) })),
        ])
    }

    /// The hand-written SQL files any dialect's scripts took for the revisions of the range, sorted.
    func overrideFiles(of released: Set<ScalarKey>) -> [String] {
        var paths: Set<String> = []
        for graph in graphs {
            for revision in graph.revisions where released.contains(ScalarKey(revision.id)) {
                if let path = revision.upgrade.overrideFile { paths.insert(path) }
                if let path = revision.downgrade.overrideFile { paths.insert(path) }
            }
        }
        return paths.sorted()
    }

    /// The SHA-256 of a file's bytes, nil when it cannot be read.
    public static func fileDigest(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hex(data)
    }

    /// For the reviewer: the graph of the range, then per revision what it does in words, what
    /// `check` found in it and what `lint` says it costs, for each dialect.
    func changes(steps: [MigrationStep], findings: [String: [Diagnostic]], lint: [String: [LintFinding]]) -> String {
        var text = "# Release \(markdownText(request.name))\n\n"
        text += "sqlgen \(toolVersion): upgrade `\(request.from)` to `\(request.to)`, \(steps.count) revision\(steps.count == 1 ? "" : "s"), for "
            + request.dialects.map { "`\($0.name)`" }.joined(separator: ", ") + ".\n\n"
        let inRange = Set(steps.compactMap { graph.indexByID[$0.revision.id] })
        let drawn = ((try? GraphPrinter(graph: graph).historyOrder(nil)) ?? []).filter { inRange.contains($0) || graph.children[$0].contains(where: inRange.contains) }
        text += "```mermaid\n" + GraphDrawing(graph: graph, order: drawn, highlighted: inRange).mermaid + "```\n\n"
        for step in steps {
            let revision = step.revision
            text += "## \(markdownText(revision.id)): \(markdownText(revision.message ?? "(no message)"))\n\n"
            text += "File: `\(revision.file.path)`\n\n"
            if let override = revision.upgrade.overrideFile {
                text += "- runs the hand-written SQL in `\(override)`\n"
            }
            let described = revision.upgrade.operations.flatMap(ReleaseBuilder.describe)
            text += described.isEmpty ? "- changes nothing\n" : described.map { "- \($0)\n" }.joined()
            text += "\n"
            for dialect in request.dialects {
                let found = (findings[dialect.name] ?? []).filter { $0.position?.path == revision.file.path }
                let risks = (lint[dialect.name] ?? []).filter { $0.position.path == revision.file.path }
                if found.isEmpty && risks.isEmpty {
                    text += "Findings for \(dialect.name): none.\n\n"
                } else {
                    text += "Findings for \(dialect.name):\n\n"
                        + found.map { "- \($0.severity.rawValue): line \($0.position?.line ?? 0): \(markdownText($0.message.text))\n" }.joined()
                        + risks.map { "- \($0.level.rawValue) [\($0.rule)]: line \($0.position.line): \(markdownText($0.message.message)); \(markdownText($0.message.note))\n" }.joined()
                        + "\n"
                }
            }
        }
        return text
    }

    /// Backslashes and Markdown's punctuation escaped; line breaks as spaces.
    func markdownText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if "\\`*_{}[]<>()#+-.!|".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return result
    }

    /// What an operation does, in words, for CHANGES.md.
    static func describe(_ operation: Operation) -> [String] {
        func name(_ table: TableName) -> String { "`" + (table.schema.map { $0 + "." } ?? "") + table.name + "`" }
        switch operation.kind {
        case .createTable(let table): return ["creates table \(name(table.name)) (\(table.columns.count) column\(table.columns.count == 1 ? "" : "s"))"]
        case .dropTable(let drop): return ["drops table \(name(drop.table)), with its data"]
        case .renameTable(let table, let newName): return ["renames table \(name(table)) to `\(newName)`"]
        case .addColumn(let add): return ["adds column `\(add.column.name)` to \(name(add.table))" + (add.column.nullable == false ? " (NOT NULL)" : "")]
        case .dropColumn(let drop): return ["drops column `\(drop.column)` of \(name(drop.table)), with its data"]
        case .alterColumn(let alter):
            var changes: [String] = []
            if alter.type != nil { changes.append("its type") }
            if let nullable = alter.nullable { changes.append(nullable ? "to nullable" : "to NOT NULL") }
            if alter.serverDefault != .unchanged { changes.append("its default") }
            if alter.comment != .unchanged { changes.append("its comment") }
            if let newName = alter.newName { changes.append("its name to `\(newName)`") }
            return ["alters column `\(alter.column)` of \(name(alter.table))" + (changes.isEmpty ? "" : ": " + changes.joined(separator: ", "))]
        case .createIndex(let index): return ["creates index `\(index.name)` on \(name(index.table))"]
        case .dropIndex(let drop): return ["drops index `\(drop.name)`" + (drop.table.map { " of `\($0)`" } ?? "")]
        case .createPrimaryKey(let table, _): return ["adds a primary key to \(name(table))"]
        case .createUniqueConstraint(let table, let constraint): return ["adds unique constraint " + (constraint.name.map { "`\($0)` " } ?? "") + "to \(name(table))"]
        case .createCheckConstraint(let table, let constraint): return ["adds check constraint " + (constraint.name.map { "`\($0)` " } ?? "") + "to \(name(table))"]
        case .createForeignKey(let table, let constraint): return ["adds foreign key " + (constraint.name.map { "`\($0)` " } ?? "") + "to \(name(table))"]
        case .createExcludeConstraint(let table, _): return ["adds an exclusion constraint to \(name(table))"]
        case .dropConstraint(let drop): return ["drops constraint `\(drop.name)` of \(name(drop.table))"]
        case .createTableComment(let table, _, _): return ["sets the comment of \(name(table))"]
        case .dropTableComment(let table, _): return ["removes the comment of \(name(table))"]
        case .bulkInsert(let insert): return ["inserts \(insert.rows.count) row\(insert.rows.count == 1 ? "" : "s") into \(name(insert.table))"]
        case .data(let statement) where statement.verb == .text:
            return ["runs hand-written SQL with bound values"]
        case .data(let statement):
            let verb = statement.verb.rawValue.lowercased()
            return ["\(verb)s rows \(statement.verb == .insert ? "into" : "of") \(name(statement.table))" + (statement.condition == nil && statement.verb != .insert ? " (every row)" : "")]
        case .execute(let sql):
            let first = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" }).first.map { $0.uppercased() } ?? ""
            let word = first.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) } && !first.isEmpty ? " (\(first))" : ""
            return ["runs hand-written SQL\(word)"]
        case .createEnumType(let type): return ["creates enum type `\(type.name ?? "")`"]
        case .dropEnumType(let type): return ["drops enum type `\(type.name ?? "")`"]
        case .batch(let batch): return batch.operations.flatMap(describe)
        case .autocommit(let operations): return operations.flatMap(describe).map { $0 + " (outside the transaction)" }
        }
    }
}

/// Writes a release folder all at once: into a temporary folder beside it, renamed into place
/// only when every file is written, so a failed release leaves no half folder behind.
public enum ReleaseFolder {
    public static func write(_ files: [ReleaseFile], to folder: String) throws(DiagnosticError) {
        let manager = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        let temporary = (parent.isEmpty ? "" : parent + "/") + ".\(name).sqlgen-\(getpid())"
        do {
            if !parent.isEmpty { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            try? manager.removeItem(atPath: temporary)
            for file in files {
                let path = temporary + "/" + file.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
            }
            if manager.fileExists(atPath: folder) {
                let old = temporary + ".old"
                try manager.moveItem(atPath: folder, toPath: old)
                try manager.moveItem(atPath: temporary, toPath: folder)
                try? manager.removeItem(atPath: old)
            } else {
                try manager.moveItem(atPath: temporary, toPath: folder)
            }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw DiagnosticError(.cannotWriteRelease(folder, reason: error.localizedDescription))
        }
    }
}
