// Settings an Alembic project's env.py passes to context.configure(...), read without running it.

/// The version-table settings written as literals in `context.configure(...)` calls of `env.py`.
/// A setting that two calls give different values, or that is not a literal, is left unset.
public struct EnvironmentSettings: Sendable, Equatable {
    public var versionTable: String?
    /// `.some(nil)` when env.py says `version_table_schema=None`.
    public var versionTableSchema: String?
    public var transactionPerMigration: Bool?
    /// Settings seen with values sqlgen cannot use (not literals, or calls that disagree).
    public var ignored: [String] = []

    public init(versionTable: String? = nil, versionTableSchema: String? = nil, transactionPerMigration: Bool? = nil) {
        self.versionTable = versionTable
        self.versionTableSchema = versionTableSchema
        self.transactionPerMigration = transactionPerMigration
    }

    /// Reads `file` (env.py). Syntax sqlgen's parser does not follow is passed over: only the
    /// `configure` calls it can see count.
    public static func read(_ file: SourceFile) -> EnvironmentSettings {
        var literals: [String: [Expression.Kind]] = [:]
        var unreadable: Set<String> = []
        for call in configureCalls(in: Parser.parse(file).statements) {
            for argument in call {
                guard case .keyword(let name) = argument.label,
                      ["version_table", "version_table_schema", "transaction_per_migration"].contains(name) else { continue }
                switch argument.value.kind {
                case .string, .boolean, .none: literals[name, default: []].append(argument.value.kind)
                default: unreadable.insert(name)
                }
            }
        }
        var settings = EnvironmentSettings()
        func single(_ name: String) -> Expression.Kind? {
            guard !unreadable.contains(name), let values = literals[name], let first = values.first else {
                if unreadable.contains(name) { settings.ignored.append(name) }
                return nil
            }
            let agree = values.allSatisfy { value in
                switch (value, first) {
                case (.string(let a, _), .string(let b, _)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
                case (.boolean(let a), .boolean(let b)): a == b
                case (.none, .none): true
                default: false
                }
            }
            if !agree { settings.ignored.append(name) }
            return agree ? first : nil
        }
        if case .string(let value, _)? = single("version_table") { settings.versionTable = value }
        if case .string(let value, _)? = single("version_table_schema") { settings.versionTableSchema = value }
        if case .boolean(let value)? = single("transaction_per_migration") { settings.transactionPerMigration = value }
        return settings
    }

    /// The arguments of every `context.configure(...)` (or `configure(...)` on any object named
    /// `context`) written as a statement anywhere in the file, functions and blocks included.
    static func configureCalls(in statements: [Statement]) -> [[Argument]] {
        var calls: [[Argument]] = []
        var pending = statements[...]
        var blocks: [ArraySlice<Statement>] = []
        while true {
            guard let statement = pending.popFirst() else {
                guard let next = blocks.popLast() else { break }
                pending = next
                continue
            }
            switch statement.kind {
            case .expression(let expression):
                if case .call(let callee, let arguments) = expression.kind,
                   case .attribute(let object, "configure") = callee.kind,
                   case .name("context") = object.kind {
                    calls.append(arguments)
                }
            case .function(_, _, let body), .with(_, let body), .forLoop(_, _, let body):
                blocks.append(body[...])
            case .ifStatement(let branches, let otherwise):
                blocks.append(otherwise[...])
                for branch in branches { blocks.append(branch.body[...]) }
            default:
                break
            }
        }
        return calls
    }
}
