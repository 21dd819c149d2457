// sqlgen lint: operational risk of each operation (locks, rewrites, data loss), per dialect, with the schema before it.

import Foundation

/// How much a finding matters: an `error` fails the run (exit 1).
public enum LintLevel: String, Sendable, Comparable {
    case warning, error

    public static func < (lhs: LintLevel, rhs: LintLevel) -> Bool { lhs == .warning && rhs == .error }
}

/// What a rule says of one operation.
public struct LintMessage: Sendable, Equatable {
    public var message: String
    /// The lock or cost it causes on the dialect.
    public var note: String
    /// The safe alternative.
    public var help: String
}

/// A finding, placed in the revision file.
public struct LintFinding: Sendable, Equatable {
    public var rule: String
    public var level: LintLevel
    public var position: SourcePosition
    public var message: LintMessage
}

/// What a rule may know about an operation: the dialect, the schema just before it, and where
/// it runs.
public struct LintContext {
    public let dialect: any Dialect
    /// The schema before the operation.
    public let catalog: Catalog
    /// Tables the revision created before this operation: empty, so lock rules do not apply.
    public let createdInRevision: Set<TableName>
    /// Inside `op.get_context().autocommit_block()`: outside the script's transaction.
    public let inAutocommit: Bool

    /// Whether `table` holds rows the revision did not put there: it existed before the revision.
    /// A table the schema does not know (raw SQL made it) counts as existing.
    public func isExisting(_ table: TableName) -> Bool {
        !createdInRevision.contains(table)
    }

    /// Whether the script runs this operation inside a transaction.
    public var inTransaction: Bool { dialect.transactionStatements != nil && !inAutocommit }

    public func column(_ table: TableName, _ name: String) -> Column? {
        catalog.table(table)?.column(name)
    }
}

/// One rule: an id, a level, the dialects it applies to (nil: all), what the database
/// documentation it rests on says, and the check.
public protocol LintRule: Sendable {
    var id: String { get }
    var level: LintLevel { get }
    /// Command-line dialect names; nil for every dialect.
    var dialects: Set<String>? { get }
    /// One line for the README and `--help`: what it finds.
    var summary: String { get }
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage?
}

/// Runs the rules over the upgrade steps of a range, replaying the schema as it goes.
public struct Linter {
    public let rules: [any LintRule]
    public let dialect: any Dialect

    public init(dialect: any Dialect, rules: [any LintRule] = LintRules.all) {
        self.dialect = dialect
        self.rules = rules.filter { $0.dialects == nil || $0.dialects!.contains(dialect.name) }
    }

    /// The findings of every operation of `steps`, in order; those a `# sqlgen: allow[rule]`
    /// comment on the operation's line or the line above silences are left out.
    public func findings(_ steps: [MigrationStep], catalog start: Catalog) -> [LintFinding] {
        var catalog = start
        var found: [LintFinding] = []
        for step in steps where step.body.isRead && !step.body.hasErrors {
            var created: Set<TableName> = []
            walk(step.body.operations, catalog: &catalog, created: &created, inAutocommit: false, into: &found)
        }
        return found.filter { !Linter.isAllowed($0) }
    }

    func walk(_ operations: [Operation], catalog: inout Catalog, created: inout Set<TableName>, inAutocommit: Bool, into found: inout [LintFinding]) {
        for operation in operations {
            if let inner = operation.blockOperations {
                let autocommit = if case .autocommit = operation.kind { true } else { false }
                walk(inner, catalog: &catalog, created: &created, inAutocommit: inAutocommit || autocommit, into: &found)
                continue
            }
            let context = LintContext(dialect: dialect, catalog: catalog, createdInRevision: created, inAutocommit: inAutocommit)
            for rule in rules {
                if let message = rule.check(operation, context) {
                    found.append(LintFinding(rule: rule.id, level: rule.level, position: operation.position, message: message))
                }
            }
            if case .createTable(let table) = operation.kind { created.insert(table.name) }
            catalog.apply(operation)
        }
    }

    /// `# sqlgen: allow[rule-id]` (several ids separated by commas) on the line or the one above.
    static func isAllowed(_ finding: LintFinding) -> Bool {
        let file = finding.position.file
        let range = file.lineRange(containing: finding.position.offset)
        var lines = [String(decoding: file.bytes[range], as: UTF8.self)]
        if range.lowerBound > 0 {
            lines.append(String(decoding: file.bytes[file.lineRange(containing: range.lowerBound - 1)], as: UTF8.self))
        }
        return lines.contains { line in
            guard let marker = line.range(of: "sqlgen: allow[") else { return false }
            let rest = line[marker.upperBound...]
            guard let close = rest.firstIndex(of: "]") else { return false }
            return rest[..<close].split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == finding.rule }
        }
    }
}
