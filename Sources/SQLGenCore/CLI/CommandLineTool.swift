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
    /// Whether the revisions, graph and plan a command built are left for the end of the process
    /// instead of being freed, object by object, as `run` returns. The executable sets it, since
    /// it exits right after printing; freeing ten thousand revisions would only delay that.
    /// Tests run many commands in one process and leave it off.
    nonisolated(unsafe) public static var leavesResultsToProcessExit = false

    /// Keeps `value` alive for the rest of the process when `leavesResultsToProcessExit` is set.
    static func keepUntilExit(_ value: Any) {
        guard leavesResultsToProcessExit else { return }
        _ = Unmanaged.passRetained(KeptValue(value))
    }

    final class KeptValue {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Runs sqlgen with `arguments` (without the program name).
    public static func run(_ arguments: [String]) -> CommandResult {
        guard let first = arguments.first else {
            return usage(UsageError(message: "missing command", command: nil))
        }
        switch first {
        case "--help", "-h", "help":
            return CommandResult(exitCode: CommandResult.success, standardOutput: ArgumentTable.mainHelp, standardError: "")
        case "--version":
            return CommandResult(exitCode: CommandResult.success, standardOutput: "sqlgen \(ArgumentTable.version)\n", standardError: "")
        default:
            break
        }
        guard let spec = ArgumentTable.commands.first(where: { $0.name == first }) else {
            let suggestion = closestMatch(to: first, in: ArgumentTable.commands.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            let what = first.hasPrefix("-") ? "unknown option" : "unknown command"
            return usage(UsageError(message: "\(what) '\(first)'\(suggestion)", command: nil))
        }
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: spec)
            if parsed.flags.contains("help") {
                return CommandResult(exitCode: CommandResult.success, standardOutput: spec.help, standardError: "")
            }
            let output = try execute(parsed)
            return CommandResult(exitCode: CommandResult.success, standardOutputParts: output.standardOutput, standardError: output.warnings)
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
            text += "Usage: \(command.usage)\n  See 'sqlgen \(command.name) --help' for more information.\n"
        } else {
            text += "Usage: sqlgen <command> [arguments] [options]\n  See 'sqlgen --help' for more information.\n"
        }
        return CommandResult(exitCode: CommandResult.usageError, standardOutput: "", standardError: text)
    }

    /// Runs a parsed command: its standard output, in parts, and its warnings.
    static func execute(_ command: ParsedCommand) throws -> (standardOutput: [String], warnings: String) {
        switch command.spec.name {
        case "upgrade", "downgrade":
            guard let dialect = try dialect(of: command, required: true) else { return ([], "") }
            let direction: Direction = command.spec.name == "upgrade" ? .upgrade : .downgrade
            let range = command.arguments[0]
            let (revisions, warnings) = try loadRevisions(command)
            let graph = try RevisionGraph(revisions)
            let steps = try Planner(graph: graph).plan(direction, range: range)
            let options = ScriptOptions(versionTable: command.values["version-table"] ?? "alembic_version",
                                        versionTableSchema: command.values["version-table-schema"],
                                        transactionPerMigration: command.flags.contains("transaction-per-migration"))
            let script = try ScriptWriter(dialect: dialect, options: options).scriptParts(for: steps, catalog: Catalog.before(steps, in: graph))
            keepUntilExit((graph, steps))
            return (script, warnings)
        case "history", "heads", "branches", "show":
            let (revisions, warnings) = try loadRevisions(command)
            let printer = GraphPrinter(graph: try RevisionGraph(revisions))
            keepUntilExit(printer)
            let verbose = command.flags.contains("verbose")
            switch command.spec.name {
            case "history": return ([try printer.history(range: command.arguments.first, verbose: verbose)], warnings)
            case "heads": return ([printer.heads(verbose: verbose)], warnings)
            case "branches": return ([printer.branches(verbose: verbose)], warnings)
            default: return ([try printer.show(command.arguments.first ?? "")], warnings)
            }
        case "check":
            let (output, warnings) = try check(command)
            return ([output], warnings)
        case "schema":
            let (output, warnings) = try schema(command)
            return ([output], warnings)
        case "parse":
            let (output, warnings) = try parse(command)
            return ([output], warnings)
        default:
            throw UsageError(message: "unknown command '\(command.spec.name)'", command: nil)
        }
    }

    static func loadRevisions(_ command: ParsedCommand) throws(DiagnosticError) -> ([Revision], String) {
        let folder = command.values["revisions"] ?? "revisions"
        let revisions = try RevisionLoader.load(folder: folder, typesFile: command.values["types"])
        return (revisions, "")
    }
}
