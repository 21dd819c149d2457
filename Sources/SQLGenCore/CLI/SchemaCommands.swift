// The commands built on the static schema and the reader: check, schema, parse.

extension CommandLineTool {
    /// `--dialect D`, required or optional, resolved to a dialect or a usage error naming the choices.
    static func dialect(of command: ParsedCommand, required: Bool) throws(UsageError) -> (any Dialect)? {
        guard let name = command.value(.dialect) else {
            if required { throw missingDialect(command) }
            return nil
        }
        return try dialect(named: name, command)
    }

    /// A `--dialect` value resolved, or the usage error naming the choices.
    static func dialect(named name: String, _ command: ParsedCommand) throws(UsageError) -> any Dialect {
        guard let dialect = Dialects.named(name) else {
            throw UsageError(message: "unknown dialect '\(name)'; available: \(Dialects.names.joined(separator: ", "))", command: command.spec)
        }
        return dialect
    }

    static func missingDialect(_ command: ParsedCommand) -> UsageError {
        UsageError(message: "missing option --dialect (one of \(Dialects.names.joined(separator: ", ")))", command: command.spec)
    }

    /// `sqlgen check`: errors fail the run (exit 1); warnings alone are printed and it succeeds.
    static func check(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        let dialect = try dialect(of: command, required: false)
        let project = try loadProject(command, functions: .both, dialect: dialect, checksOverrides: true)
        let graph = try RevisionGraph(project.revisions)
        // Every function is checked, whichever command would run it: what cannot be read first.
        let unreadable = graph.revisions.flatMap { $0.problems(of: .upgrade) + $0.problems(of: .downgrade) }
            + graph.revisions.flatMap { ($0.upgrade.hasErrors ? [] : $0.upgrade.diagnostics) + ($0.downgrade.hasErrors ? [] : $0.downgrade.diagnostics) }
        let diagnostics = unreadable + SchemaChecker(graph: graph, dialect: dialect).check()
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(project.warnings + diagnostics)
        }
        let warnings = stderrText(project, verbose: command.flag(.verbose)) + CommandLineTool.printed(diagnostics)
        let scope = dialect.map { " for \($0.name)" } ?? ""
        let summary = "checked \(graph.revisions.count) revision\(graph.revisions.count == 1 ? "" : "s")\(scope): no errors"
            + (diagnostics.isEmpty ? "" : ", \(diagnostics.count) warning\(diagnostics.count == 1 ? "" : "s")") + "\n"
        return (summary, warnings)
    }

    /// `sqlgen schema --at REV`: the CREATE script of the schema at REV, stamped with REV.
    static func schema(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        guard let dialect = try dialect(of: command, required: true) else { return ("", "") }
        let target = command.value(.at) ?? "heads"
        let project = try loadProject(command, functions: .upgrade, dialect: dialect)
        let graph = try RevisionGraph(project.revisions)
        let steps = try Planner(graph: graph).plan(.upgrade, range: "base:\(target)")
        let unreadable = steps.flatMap { $0.revision.problems(of: .upgrade) }
        if !unreadable.isEmpty { throw DiagnosticError(unreadable) }
        var catalog = Catalog()
        // Rows are data, not schema: the script leaves them out and says where they are.
        var rows: [SourcePosition] = []
        // Where each table got its columns last, for a diagnostic about one of them.
        var definedAt: [TableName: SourcePosition] = [:]
        for step in steps {
            for operation in step.revision.upgrade.operations {
                if case .bulkInsert = operation.kind { rows.append(operation.position) }
                catalog.apply(operation)
                switch operation.kind {
                case .createTable(let table): definedAt[table.name] = operation.position
                case .addColumn(let add): definedAt[add.table] = operation.position
                case .alterColumn(let alter): definedAt[alter.table] = operation.position
                default: break
                }
            }
        }
        // The revisions the database is at: those of the plan no other revision of it builds on.
        let parents = Set(steps.flatMap(\.revision.downRevisions))
        let at = steps.map(\.revision.id).filter { !parents.contains($0) }
        let options = try scriptOptions(command, environment: project.environment)
        let script = try SchemaScript(dialect: dialect, options: options).script(for: catalog, at: at, definedAt: { definedAt[$0] })
        let warnings = stderrText(project, verbose: command.flag(.verbose))
            + CommandLineTool.printed(catalog.rawStatements.map { Diagnostic(.rawSQLNotInSchema, at: $0, severity: .warning) }
                                      + rows.map { Diagnostic(.bulkInsertNotInSchema, at: $0, severity: .warning) })
        return (script, warnings)
    }

    /// `sqlgen parse FILE...`: what sqlgen read from each file, as one JSON array.
    static func parse(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        var types = TypeMappings()
        if let typesFile = command.value(.types) {
            let file = try RevisionLoader.readFile(typesFile)
            try types.add(fileText: String(decoding: file.bytes, as: UTF8.self), path: typesFile)
        }
        var problems = DiagnosticBag()
        var described: [JSONValue] = []
        for path in command.arguments {
            do throws(DiagnosticError) {
                let (revision, diagnostics) = RevisionReader.read(try RevisionLoader.readFile(path), types: types)
                problems.append(contentsOf: diagnostics)
                if let revision {
                    problems.append(contentsOf: revision.upgrade.diagnostics + revision.downgrade.diagnostics)
                    described.append(RevisionJSON.describe(revision))
                }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
        let warnings = CommandLineTool.printed(problems.diagnostics)
        return (JSONValue.array(described).rendered() + "\n", warnings)
    }
}
