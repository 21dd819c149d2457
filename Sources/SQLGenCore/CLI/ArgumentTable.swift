// The command-line grammar as one table: commands, their arguments and options, and the help made from it.

/// Every command, by the name typed after `sqlgen`.
enum CommandName: String, CaseIterable, Sendable {
    case upgrade
    case downgrade
    case stamp
    case release
    case verify
    case revision
    case merge
    case lint
    case history
    case heads
    case branches
    case show
    case check
    case schema
    case parse
}

/// Every option, by its long spelling (`--version-table`).
enum OptionName: String, Sendable {
    case allow
    case allowFailing = "allow-failing"
    case at
    case branchLabel = "branch-label"
    case config
    case deny
    case dependsOn = "depends-on"
    case dialect
    case format
    case from
    case `guard`
    case head
    case help
    case message
    case out
    case output
    case revID = "rev-id"
    case revisions
    case sourceRoot = "source-root"
    case splice
    case to
    case transactionPerMigration = "transaction-per-migration"
    case types
    case verbose
    case versionPath = "version-path"
    case x
    case versionTable = "version-table"
    case versionTableSchema = "version-table-schema"
}

/// An option: its spelling, whether it takes a value, and its help line.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        case flag
        case value(metavar: String)
    }

    var name: OptionName
    var kind: Kind
    var help: String
    /// A one-letter spelling, `-v` for `--verbose`.
    var short: Character? = nil
    /// Shown without brackets in the usage line; the command refuses to run without it.
    var isRequired = false
    /// May be given more than once; the values are kept in order (`ParsedCommand.lists`).
    var isRepeatable = false

    var usage: String {
        switch kind {
        case .flag: "--\(name.rawValue)"
        case .value(let metavar): "--\(name.rawValue) \(metavar)"
        }
    }

    /// The spelling in the help's option table: `-v, --verbose`.
    var helpUsage: String {
        short.map { "-\($0), " + usage } ?? usage
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional: Bool = false
    /// Takes every remaining argument (`FILE...`).
    var isVariadic: Bool = false
}

struct CommandSpec: Sendable {
    var name: CommandName
    var summary: String
    var arguments: [ArgumentSpec]
    var options: [OptionSpec]
    var examples: [String]

    /// `sqlgen upgrade RANGE --dialect D [--revisions DIR]`
    var usage: String {
        var parts = ["sqlgen", name.rawValue]
        parts += arguments.map { $0.isOptional ? "[\($0.name)]" : $0.name }
        for option in options where option.name != .help {
            parts.append(option.isRequired ? option.usage : "[\(option.usage)]")
        }
        return parts.joined(separator: " ")
    }

    var help: String {
        var text = "\(summary)\n\nUsage: \(usage)\n"
        if !arguments.isEmpty {
            text += "\nArguments:\n"
            for argument in arguments { text += row(argument.name, argument.help) }
        }
        text += "\nOptions:\n"
        for option in options { text += row(option.helpUsage, option.help) }
        if !examples.isEmpty {
            text += "\nExamples:\n" + examples.map { "  \($0)\n" }.joined()
        }
        return text
    }
}

/// One line of a help table, the help text in a column.
func row(_ left: String, _ right: String) -> String {
    let padded = left.count < 24 ? left + String(repeating: " ", count: 24 - left.count) : left + "\n" + String(repeating: " ", count: 26)
    return "  \(padded)\(right)\n"
}

enum ArgumentTable {
    static let help = OptionSpec(name: .help, kind: .flag, help: "Show help for this command.")
    static let revisions = OptionSpec(name: .revisions, kind: .value(metavar: "DIR"),
                                      help: "Folder of revision files; repeat for several (default: ./revisions, else the versions folders alembic.ini or pyproject.toml name).",
                                      isRepeatable: true)
    static let config = OptionSpec(name: .config, kind: .value(metavar: "FILE"),
                                   help: "Alembic configuration to find the versions folders and env.py in (default: ./alembic.ini, ./pyproject.toml).", short: "c")
    static let message = OptionSpec(name: .message, kind: .value(metavar: "MESSAGE"), help: "The revision's message (its docstring and file name).", short: "m", isRequired: true)
    static let branchLabel = OptionSpec(name: .branchLabel, kind: .value(metavar: "LABEL"), help: "A branch label for the new revision; repeatable.", isRepeatable: true)
    static let dependsOn = OptionSpec(name: .dependsOn, kind: .value(metavar: "REV"), help: "A revision the new one depends on; repeatable.", isRepeatable: true)
    static let revID = OptionSpec(name: .revID, kind: .value(metavar: "ID"), help: "The new revision's id (default: twelve random hex digits, as Alembic).")
    static let versionPath = OptionSpec(name: .versionPath, kind: .value(metavar: "DIR"), help: "The folder to write in (default: the first versions folder).")
    static let historyFormat = OptionSpec(name: .format, kind: .value(metavar: "FORMAT"),
                                          help: "text (as 'alembic history'), mermaid (a flowchart GitHub renders in Markdown) or dot (Graphviz).")
    static let scriptVerbose = OptionSpec(name: .verbose, kind: .flag, help: "Say on stderr where the revisions and the version-table settings came from.", short: "v")
    static let verbose = OptionSpec(name: .verbose, kind: .flag, help: "Show every detail of each revision, as 'alembic ... -v' does.", short: "v")
    static let dialect = OptionSpec(name: .dialect, kind: .value(metavar: "D"),
                                    help: "Database dialect: " + Dialects.names.joined(separator: ", ") + " (aliases " + Dialects.aliases.keys.sorted().joined(separator: ", ") + ").", isRequired: true)

    static let types = OptionSpec(name: .types, kind: .value(metavar: "FILE"),
                                  help: "Type mappings for types from outside SQLAlchemy (default: sqlgen.types in the revisions folder).")
    static let sourceRoot = OptionSpec(name: .sourceRoot, kind: .value(metavar: "DIR"),
                                       help: "Folder holding the application's modules, where imported column types are read from; repeatable (default: prepend_sys_path, the project root).",
                                       isRepeatable: true)
    static let xArgument = OptionSpec(name: .x, kind: .value(metavar: "KEY=VALUE"),
                                      help: "A value for context.get_x_argument(), as 'alembic -x' passes it; repeatable.", isRepeatable: true)
    static let versionTable = OptionSpec(name: .versionTable, kind: .value(metavar: "NAME"), help: "Name of the version table (default: alembic_version).")
    static let versionTableSchema = OptionSpec(name: .versionTableSchema, kind: .value(metavar: "NAME"), help: "Schema of the version table.")
    static let perMigration = OptionSpec(name: .transactionPerMigration, kind: .flag,
                                         help: "One transaction per revision instead of one for the whole script.")
    static let allowFailing = OptionSpec(name: .allowFailing, kind: .flag,
                                         help: "Print the script although the database will refuse part of it (what 'check --dialect' finds), each problem as a comment.")
    static let optionalDialect = OptionSpec(name: .dialect, kind: .value(metavar: "D"),
                                            help: "Also render every operation for this dialect and report what it cannot run.")
    static let at = OptionSpec(name: .at, kind: .value(metavar: "REV"), help: "The revision (or 'heads', 'LABEL@head', ...) whose schema to write (default: heads).")
    static let guardOption = OptionSpec(name: .guard, kind: .flag,
                                        help: "Before each step, stop the script unless the version table is where the step starts.")
    static let output = OptionSpec(name: .output, kind: .value(metavar: "FILE"),
                                   help: "Write the script to FILE, whole or not at all, instead of standard output.", short: "o")
    static let scriptOptions = [dialect, revisions, config, types, sourceRoot, xArgument, versionTable, versionTableSchema, perMigration, guardOption, allowFailing, output, scriptVerbose, help]

    static let commands: [CommandSpec] = [
        CommandSpec(
            name: .upgrade, summary: "Print the SQL script that upgrades a database through RANGE.",
            arguments: [ArgumentSpec(name: "RANGE", help: "FROM:TO, e.g. base:head; a lone TO means base:TO.")],
            options: scriptOptions,
            examples: ["sqlgen upgrade base:head --dialect postgres -o deploy.sql",
                       "sqlgen upgrade 1975ea83b712:head --dialect postgres"]
        ),
        CommandSpec(
            name: .downgrade, summary: "Print the SQL script that downgrades a database through RANGE.",
            arguments: [ArgumentSpec(name: "RANGE", help: "FROM:TO, newer first, e.g. head:base.")],
            options: scriptOptions,
            examples: ["sqlgen downgrade head:base --dialect postgres > rollback.sql"]
        ),
        CommandSpec(
            name: .stamp, summary: "Print the version-table statements that record a revision, without changing the schema.",
            arguments: [ArgumentSpec(name: "TARGET", help: "REV (for a database with no version table: creates it and records REV; 'heads' records every head), FROM:TO (moves the row), FROM:base (removes it).")],
            options: [dialect, revisions, config, versionTable, versionTableSchema, help],
            examples: ["sqlgen stamp head --dialect postgres > adopt.sql", "sqlgen stamp 3a8c91d2f0e4:head --dialect postgres"]
        ),
        CommandSpec(
            name: .release, summary: "Write a release folder: per-dialect upgrade and downgrade scripts, manifest.json, SHA256SUMS and CHANGES.md.",
            arguments: [ArgumentSpec(name: "NAME", help: "The release's name; the folder is out/NAME unless --out.")],
            options: [OptionSpec(name: .dialect, kind: .value(metavar: "D"), help: "A dialect to write scripts for; repeat for several.", isRequired: true, isRepeatable: true),
                      OptionSpec(name: .from, kind: .value(metavar: "REV"), help: "Where the upgrade starts (default: base)."),
                      OptionSpec(name: .to, kind: .value(metavar: "REV"), help: "Where the upgrade ends (default: heads)."),
                      OptionSpec(name: .out, kind: .value(metavar: "DIR"), help: "The folder to write (default: out/NAME); written whole or not at all."),
                      revisions, config, types, sourceRoot, xArgument, versionTable, versionTableSchema, perMigration, guardOption, allowFailing, scriptVerbose, help],
            examples: ["sqlgen release 2026.12 --from 3a8c91d2f0e4 --dialect postgres --dialect mysql",
                       "sqlgen release example --dialect postgres --out out/example"]
        ),
        CommandSpec(
            name: .verify, summary: "Check that a release folder still matches the revisions: inputs, scripts and range.",
            arguments: [ArgumentSpec(name: "DIR", help: "A folder 'sqlgen release' wrote.")],
            options: [OptionSpec(name: .format, kind: .value(metavar: "FORMAT"), help: "text (default) or json."), revisions, config, types, sourceRoot, xArgument, help],
            examples: ["sqlgen verify out/2026.12", "sqlgen verify out/2026.12 --format json"]
        ),
        CommandSpec(
            name: .revision, summary: "Write a new, empty revision file in Alembic's layout on top of a head, and print its path.",
            arguments: [],
            options: [message, OptionSpec(name: .head, kind: .value(metavar: "REV"), help: "The revision to build on (default: head); 'base' starts a new base."),
                      OptionSpec(name: .splice, kind: .flag, help: "Allow --head to name a revision that is not a head (a new branch)."),
                      branchLabel, dependsOn, revID, versionPath, revisions, config, help],
            examples: ["sqlgen revision -m \"add audit log\"", "sqlgen revision -m \"reports\" --head base --branch-label reports"]
        ),
        CommandSpec(
            name: .merge, summary: "Write a revision file that merges two or more revisions, and print its path.",
            arguments: [ArgumentSpec(name: "REV...", help: "The revisions to merge ('heads' for every head).", isVariadic: true)],
            options: [message, branchLabel, revID, versionPath, revisions, config, help],
            examples: ["sqlgen merge heads -m \"merge billing and shipping\""]
        ),
        CommandSpec(
            name: .lint, summary: "Report what each operation of a range costs in production: long locks, table rewrites, data loss.",
            arguments: [ArgumentSpec(name: "RANGE", help: "The upgrade range to lint (default: base:heads).", isOptional: true)],
            options: [dialect, OptionSpec(name: .format, kind: .value(metavar: "FORMAT"), help: "text (default, on stderr), json, sarif (2.1.0) or github (workflow annotations)."),
                      OptionSpec(name: .deny, kind: .value(metavar: "RULE"), help: "Make a rule's findings errors (exit 1); repeatable.", isRepeatable: true),
                      OptionSpec(name: .allow, kind: .value(metavar: "RULE"), help: "Leave a rule's findings out; repeatable.", isRepeatable: true),
                      revisions, config, types, sourceRoot, xArgument, help],
            examples: ["sqlgen lint --dialect postgres", "sqlgen lint 3a8c91d2f0e4:head --dialect postgres --deny drop-column --format sarif > lint.sarif"]
        ),
        CommandSpec(
            name: .history, summary: "List the revisions, newest first, as 'alembic history' does.",
            arguments: [ArgumentSpec(name: "RANGE", help: "START:END, START: or :END (default base:heads).", isOptional: true)],
            options: [verbose, historyFormat, revisions, config, help],
            examples: ["sqlgen history", "sqlgen history -v billing@base:billing@head", "sqlgen history --format mermaid > graph.md"]
        ),
        CommandSpec(
            name: .heads, summary: "List the head revisions.",
            arguments: [],
            options: [verbose, revisions, config, help],
            examples: ["sqlgen heads -v"]
        ),
        CommandSpec(
            name: .branches, summary: "List the branch points and the revisions they branch into.",
            arguments: [],
            options: [verbose, revisions, config, help],
            examples: ["sqlgen branches"]
        ),
        CommandSpec(
            name: .show, summary: "Show the revisions a target names, in full.",
            arguments: [ArgumentSpec(name: "REV", help: "A revision id or prefix, a label, 'heads', 'LABEL@head', ...")],
            options: [revisions, config, help],
            examples: ["sqlgen show heads", "sqlgen show billing@head"]
        ),
        CommandSpec(
            name: .check, summary: "Replay every revision up and down and report what would fail.",
            arguments: [],
            options: [optionalDialect, revisions, config, types, sourceRoot, xArgument, scriptVerbose, help],
            examples: ["sqlgen check", "sqlgen check --dialect mysql"]
        ),
        CommandSpec(
            name: .schema, summary: "Print the CREATE script of the schema at a revision, from the replayed revisions.",
            arguments: [],
            options: [dialect, at, revisions, config, types, sourceRoot, xArgument, versionTable, versionTableSchema, output, scriptVerbose, help],
            examples: ["sqlgen schema --at head --dialect postgres > schema.sql"]
        ),
        CommandSpec(
            name: .parse, summary: "Print what sqlgen read from each revision file (header and operations) as JSON.",
            arguments: [ArgumentSpec(name: "FILE...", help: "Revision files to read.", isVariadic: true)],
            options: [types, help],
            examples: ["sqlgen parse revisions/1975ea83b712_create_users_table.py"]
        ),
    ]

    static let version = "0.1.0"

    static var mainHelp: String {
        var text = "sqlgen: SQL scripts from Alembic revision files, with no database and no Python.\n\n"
        text += "Usage: sqlgen <command> [arguments] [options]\n\nCommands:\n"
        for command in commands { text += row(command.name.rawValue, command.summary) }
        text += "\nOptions:\n"
        text += row("--help", "Show this help, or a command's with 'sqlgen help <command>' or 'sqlgen <command> --help'.")
        text += row("--version", "Show the version.")
        text += "\nExit codes: 0 success, 1 errors in the revisions (on stderr), 64 usage error.\n"
        return text
    }
}

/// A command's arguments after parsing.
struct ParsedCommand {
    var spec: CommandSpec
    var arguments: [String] = []
    var values: [OptionName: String] = [:]
    /// The values of repeatable options, in the order given.
    var lists: [OptionName: [String]] = [:]
    var flags: Set<OptionName> = []

    func value(_ option: OptionName) -> String? { values[option] }
    /// A repeatable option's values, none when it is not given.
    func list(_ option: OptionName) -> [String] { lists[option] ?? [] }
    func flag(_ option: OptionName) -> Bool { flags.contains(option) }
}

/// A usage mistake: printed with the usage line, exit code 64.
struct UsageError: Error {
    var message: String
    var command: CommandSpec?
}

enum ArgumentParser {
    /// Parses the arguments of one command (`arguments` excludes the command name).
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedCommand {
        var parsed = ParsedCommand(spec: spec)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            // `-1`, `-2:` are relative targets, not options (no option starts with a digit).
            let looksNegative = argument.dropFirst().first.map { $0.isASCII && $0.isNumber } ?? false
            guard argument.hasPrefix("-") && argument != "-" && !looksNegative else {
                guard parsed.arguments.count < spec.arguments.count || spec.arguments.last?.isVariadic == true else {
                    throw UsageError(message: "unexpected argument '\(argument)'", command: spec)
                }
                parsed.arguments.append(argument)
                continue
            }
            var name = String(argument.drop { $0 == "-" })
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if name == "h" { name = "help" }
            if argument.count == 2, let short = spec.options.first(where: { $0.short == argument.last }) { name = short.name.rawValue }
            guard let option = spec.options.first(where: { $0.name.rawValue == name }) else {
                let suggestion = closestMatch(to: name, in: spec.options.map(\.name.rawValue)).map { "; did you mean '--\($0)'?" } ?? ""
                throw UsageError(message: "unknown option '\(argument)'\(suggestion)", command: spec)
            }
            switch option.kind {
            case .flag:
                if inlineValue != nil { throw UsageError(message: "option '--\(name)' takes no value", command: spec) }
                parsed.flags.insert(option.name)
            case .value(let metavar):
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "option '--\(name)' needs a value \(metavar)", command: spec)
                }
                if option.isRepeatable {
                    parsed.lists[option.name, default: []].append(value)
                } else {
                    if parsed.values[option.name] != nil { throw UsageError(message: "option '--\(name)' given twice", command: spec) }
                    parsed.values[option.name] = value
                }
            }
        }
        if parsed.flag(.help) { return parsed }
        for (position, argument) in spec.arguments.enumerated() where !argument.isOptional && position >= parsed.arguments.count {
            throw UsageError(message: "missing argument \(argument.name)", command: spec)
        }
        return parsed
    }
}
