// The sqlgen command line: dispatch, output and exit codes, runnable in-process for tests.

import Foundation

/// What a run printed and how it ended. Standard output is only ever filled by a run that
/// succeeds, so `sqlgen ... > deploy.sql` never captures half a script.
public struct CommandResult: Sendable, Equatable {
    public var exitCode: Int32
    /// Standard output in the pieces it was made in (a script rendered on several cores is one
    /// piece per core). Written one after another they are the output; the executable writes
    /// them so, without first joining megabytes of script into one more copy.
    public var standardOutputParts: [String]
    public var standardError: String

    /// The whole standard output.
    public var standardOutput: String { standardOutputParts.joined() }

    public init(exitCode: Int32, standardOutputParts: [String], standardError: String) {
        self.exitCode = exitCode
        self.standardOutputParts = standardOutputParts
        self.standardError = standardError
    }

    public init(exitCode: Int32, standardOutput: String, standardError: String) {
        self.init(exitCode: exitCode, standardOutputParts: [standardOutput], standardError: standardError)
    }

    /// Equal when they print the same, however the output is split.
    public static func == (lhs: CommandResult, rhs: CommandResult) -> Bool {
        lhs.exitCode == rhs.exitCode && lhs.standardOutput == rhs.standardOutput && lhs.standardError == rhs.standardError
    }

    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usageError: Int32 = 64
}

public enum CommandLineTool {
    /// Keeps `value` alive for the rest of the process (see `run`'s `leavingResultsToExit`).
    static func keepUntilExit(_ value: Any, _ keeps: Bool) {
        guard keeps else { return }
        _ = Unmanaged.passRetained(KeptValue(value))
    }

    final class KeptValue {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Runs sqlgen with `arguments` (without the program name). With `leavingResultsToExit`, the
    /// revisions, graph and plan a command built are left for the end of the process instead of
    /// being freed, object by object, as `run` returns: the executable exits right after
    /// printing, and freeing ten thousand revisions would only delay that. Tests run many
    /// commands in one process and leave it off.
    public static func run(_ arguments: [String], leavingResultsToExit: Bool = false) -> CommandResult {
        guard let first = arguments.first else {
            return usage(UsageError(message: "missing command", command: nil))
        }
        switch first {
        case "help" where arguments.count > 1:
            // `sqlgen help upgrade` is `sqlgen upgrade --help`.
            let name = arguments[1]
            guard arguments.count == 2, let spec = ArgumentTable.commands.first(where: { $0.name.rawValue == name }) else {
                let suggestion = closestMatch(to: name, in: ArgumentTable.commands.map(\.name.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
                let message = arguments.count > 2 ? "unexpected argument '\(arguments[2])'" : "unknown command '\(name)'\(suggestion)"
                return usage(UsageError(message: message, command: nil))
            }
            return CommandResult(exitCode: CommandResult.success, standardOutput: spec.help, standardError: "")
        case "--help", "-h", "help":
            return CommandResult(exitCode: CommandResult.success, standardOutput: ArgumentTable.mainHelp, standardError: "")
        case "--version":
            return CommandResult(exitCode: CommandResult.success, standardOutput: "sqlgen \(ArgumentTable.version)\n", standardError: "")
        default:
            break
        }
        guard let spec = ArgumentTable.commands.first(where: { $0.name.rawValue == first }) else {
            let suggestion = closestMatch(to: first, in: ArgumentTable.commands.map(\.name.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            let what = first.hasPrefix("-") ? "unknown option" : "unknown command"
            return usage(UsageError(message: "\(what) '\(first)'\(suggestion)", command: nil))
        }
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: spec)
            if parsed.flag(.help) {
                return CommandResult(exitCode: CommandResult.success, standardOutput: spec.help, standardError: "")
            }
            if parsed.value(.output)?.isEmpty == true {
                throw UsageError(message: "--output must not be empty", command: spec)
            }
            let output = try execute(parsed, leavingResultsToExit: leavingResultsToExit)
            if let path = parsed.value(.output) {
                // All or nothing: see `OutputFile`.
                do throws(OutputFile.Failure) {
                    try OutputFile(path: path).write(output.standardOutput)
                } catch {
                    return CommandResult(exitCode: CommandResult.failure, standardOutput: "", standardError: output.warnings + "error: cannot write '\(path)': \(error.reason)\n")
                }
                return CommandResult(exitCode: CommandResult.success, standardOutput: "", standardError: output.warnings)
            }
            return CommandResult(exitCode: CommandResult.success, standardOutputParts: output.standardOutput, standardError: output.warnings)
        } catch let failure as ReportedFailure {
            return CommandResult(exitCode: CommandResult.failure, standardOutput: failure.standardOutput, standardError: failure.standardError)
        } catch let error as UsageError {
            return usage(error)
        } catch let error as DiagnosticError {
            let text = printed(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.reduce(0) { $0 + $1.count }
            let summary = errors > 1 ? "\(errors) errors\n" : ""
            return CommandResult(exitCode: CommandResult.failure, standardOutput: "", standardError: text + summary)
        } catch {
            return CommandResult(exitCode: CommandResult.failure, standardOutput: "", standardError: "error: \(error)\n")
        }
    }

    /// The diagnostics of a run as printed: the first `Limits.diagnosticsPerRun` of them, then
    /// how many more there were (each file's own were capped already).
    static func printed(_ diagnostics: [Diagnostic]) -> String {
        var text = diagnostics.prefix(Limits.diagnosticsPerRun).map { $0.description + "\n" }.joined()
        if diagnostics.count > Limits.diagnosticsPerRun {
            text += Diagnostic(.moreInRun(diagnostics.count - Limits.diagnosticsPerRun)).description + "\n"
        }
        return text
    }

    static func usage(_ error: UsageError) -> CommandResult {
        var text = "Error: \(error.message)\n"
        if let command = error.command {
            text += "Usage: \(command.usage)\n  See 'sqlgen \(command.name.rawValue) --help' for more information.\n"
        } else {
            text += "Usage: sqlgen <command> [arguments] [options]\n  See 'sqlgen --help' for more information.\n"
        }
        return CommandResult(exitCode: CommandResult.usageError, standardOutput: "", standardError: text)
    }

    /// Runs a parsed command: its standard output, in parts, and its warnings.
    static func execute(_ command: ParsedCommand, leavingResultsToExit: Bool) throws -> (standardOutput: [String], warnings: String) {
        // Before anything is read: a bad name is a usage mistake, whatever the revisions hold.
        try checkVersionTableOptions(command)
        switch command.spec.name {
        case .upgrade, .downgrade:
            guard let dialect = try dialect(of: command, required: true) else { return ([], "") }
            let direction: Direction = command.spec.name == .upgrade ? .upgrade : .downgrade
            let range = command.arguments[0]
            if direction == .upgrade, let script = try upgradeReadingItsRangeOnly(command, dialect: dialect, range: range, leavingResultsToExit: leavingResultsToExit) { return script }
            // A downgrade starts from the schema the upgrades built, so it reads both functions.
            let project = try loadProject(command, functions: direction == .upgrade ? .upgrade : .both, dialect: dialect)
            let graph = try RevisionGraph(project.revisions)
            let steps = try Planner(graph: graph).plan(direction, range: range)
            let options = try scriptOptions(command, environment: project.environment)
            let script = try ScriptWriter(dialect: dialect, options: options).scriptParts(for: steps, catalog: Catalog.before(steps, in: graph))
            keepUntilExit((graph, steps), leavingResultsToExit)
            return (script, stderrText(project, verbose: command.flag(.verbose)))
        case .stamp:
            guard let dialect = try dialect(of: command, required: true) else { return ([], "") }
            let project = try loadProject(command, functions: .none, dialect: dialect)
            let graph = try RevisionGraph(project.revisions)
            let (changes, createsVersionTable) = try Planner(graph: graph).stamp(command.arguments[0])
            let script = try ScriptWriter(dialect: dialect, options: scriptOptions(command, environment: project.environment))
                .stampScript(changes, createsVersionTable: createsVersionTable)
            return ([script], stderrText(project, verbose: false))
        case .history, .heads, .branches, .show:
            let project = try loadProject(command, functions: .none)
            let printer = GraphPrinter(graph: try RevisionGraph(project.revisions))
            keepUntilExit(printer, leavingResultsToExit)
            let verbose = command.flag(.verbose)
            let warnings = stderrText(project, verbose: false)
            switch command.spec.name {
            case .history:
                let name = command.value(.format) ?? "text"
                guard let format = GraphDrawing.Format(rawValue: name) else {
                    throw UsageError(message: "unknown format '\(name)'; available: " + GraphDrawing.Format.allCases.map(\.rawValue).joined(separator: ", "), command: command.spec)
                }
                if format == .text { return ([try printer.history(range: command.arguments.first, verbose: verbose)], warnings) }
                return ([try printer.drawing(range: command.arguments.first, format: format)], warnings)
            case .heads: return ([printer.heads(verbose: verbose)], warnings)
            case .branches: return ([printer.branches(verbose: verbose)], warnings)
            default: return ([try printer.show(command.arguments.first ?? "")], warnings)
            }
        case .lint:
            let (output, warnings) = try lint(command)
            return ([output], warnings)
        case .revision, .merge:
            let (output, warnings) = try newRevision(command)
            return ([output], warnings)
        case .release:
            let (output, warnings) = try release(command)
            return ([output], warnings)
        case .verify:
            let (output, warnings) = try verify(command)
            return ([output], warnings)
        case .check:
            let (output, warnings) = try check(command)
            return ([output], warnings)
        case .schema:
            let (output, warnings) = try schema(command)
            return ([output], warnings)
        case .parse:
            let (output, warnings) = try parse(command)
            return ([output], warnings)
        }
    }

    /// `upgrade FROM:TO` from a revision after base, when the range's operations need nothing of
    /// the schema the earlier revisions built (see `SQLRenderer.readsSchema`): every header is
    /// read, then only the bodies of the planned revisions, so upgrading the last few revisions
    /// of a long chain costs about a `history` plus those revisions, and an earlier revision
    /// that cannot be read does not matter. Nil when the range starts at base (every body is
    /// read anyway) or an operation in it needs the earlier schema: then the caller reads every
    /// `upgrade()` and replays them, and an unreadable one is named where it matters.
    static func upgradeReadingItsRangeOnly(_ command: ParsedCommand, dialect: any Dialect, range: String, leavingResultsToExit: Bool) throws -> (standardOutput: [String], warnings: String)? {
        guard let colon = range.firstIndex(of: ":"), !range[..<colon].isEmpty, range[..<colon] != "base" else { return nil }
        let headers = try loadProject(command, functions: .none, dialect: dialect)
        let graph = try RevisionGraph(headers.revisions)
        var steps = try Planner(graph: graph).plan(.upgrade, range: range)
        guard !steps.isEmpty else { return nil }
        let read = try loadProject(command, functions: .upgrade, dialect: dialect, only: Set(steps.map(\.revision.file.path)))
        let readByPath = Dictionary(read.revisions.map { ($0.file.path, $0) }, uniquingKeysWith: { first, _ in first })
        // The plan depends on the headers alone; its steps take the revisions read in full.
        for index in steps.indices {
            if let revision = readByPath[steps[index].revision.file.path] { steps[index].revision = revision }
        }
        let needsEarlierSchema = steps.contains { step in
            step.body.operations.contains { dialect.readsSchema($0.kind) }
        }
        guard !needsEarlierSchema else { return nil }
        let options = try scriptOptions(command, environment: headers.environment)
        let script = try ScriptWriter(dialect: dialect, options: options).scriptParts(for: steps, catalog: Catalog())
        keepUntilExit((graph, steps), leavingResultsToExit)
        // The header read already has every file's warnings (they are the module's, not a body's).
        return (script, stderrText(headers, verbose: command.flag(.verbose)))
    }

    /// The version table options, checked: a name is not empty and has no character that
    /// `RevisionText.isUnsafe` refuses (it is quoted like any name, but a line break would still
    /// end the script's comments and messages). Refusals are usage errors.
    static func checkVersionTableOptions(_ command: ParsedCommand) throws(UsageError) {
        for option in [OptionName.versionTable, .versionTableSchema] {
            guard let value = command.value(option), let problem = tableNameProblem(value) else { continue }
            throw UsageError(message: "--\(option.rawValue) \(problem)", command: command.spec)
        }
    }

    /// Why `name` cannot name the version table or its schema, or nil when it can.
    static func tableNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        guard let scalar = RevisionText.firstUnsafeScalar(in: name) else { return nil }
        return "'\(RevisionText.inert(name))' contains '\(RevisionText.escape(scalar))'; a table or schema name may not hold control, line-break or bidirectional-text characters"
    }

}
