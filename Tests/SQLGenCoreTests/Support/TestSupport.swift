// Shared test helpers: paths into the package, reading revisions from text, and an absurd dialect.

import Foundation
@testable import SQLGenCore

enum Paths {
    /// The package root, found from this file's own path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/SQLGenCoreTests/Fixtures")
    static let revisions = packageRoot.appendingPathComponent("revisions")
    static let out = packageRoot.appendingPathComponent("out")

    /// The fixture folders that hold revisions, sorted.
    static var fixtureCases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: fixtures.appendingPathComponent($0).appendingPathComponent("revisions").path) }.sorted()
    }
}

/// Reads revision text as if it were the file `name`.
/// Both functions are read and their problems reported with the file's, as `check` reports them;
/// the revision is nil when anything is an error.
func readRevision(_ text: String, name: String = "r.py") -> (revision: Revision?, diagnostics: [Diagnostic]) {
    let (revision, diagnostics) = RevisionReader.read(SourceFile(path: name, text: text))
    let all = diagnostics + (revision.map { $0.upgrade.diagnostics + $0.downgrade.diagnostics } ?? [])
    return (all.contains { $0.severity == .error } ? nil : revision, all)
}

/// A revision file around the given upgrade body.
func revisionFile(upgrade: String, downgrade: String = "    pass", header: String = "revision = 'r1'\ndown_revision = None\n") -> String {
    "from alembic import op\nimport sqlalchemy as sa\n\n\(header)\n\ndef upgrade():\n\(upgrade)\n\n\ndef downgrade():\n\(downgrade)\n"
}

/// `line:column: message` of each diagnostic, for compact assertions.
func summaries(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { d in
        (d.position.map { "\($0.line):\($0.column): " } ?? "") + d.message.text
    }
}

/// A dialect that spells everything strangely, so that SQL hard-coded in shared code (a `"`
/// quote, `VARCHAR`, `;`, `BEGIN`, `true`, a string literal's quote) shows up as a test failure
/// instead of passing unnoticed. `AbsurdDialectTests` renders every fixture with it.
struct AbsurdDialect: Dialect {
    var name: String { "absurd" }
    var reservedWords: Set<String> { ["select", "sensible"] }
    var identifierQuote: Character { "`" }
    var transactionStatements: (begin: String, commit: String)? { ("START WORK", "FINISH WORK") }
    var statementTerminator: String { " !!" }
    var batchSeparator: String? { "~~" }
    var optionPrefix: String { "absurd_" }
    var supportedOptions: [String: Set<String>] { [:] }
    func serialType(for type: SQLType) -> String? { type == .integer ? "COUNTER" : nil }
    func booleanLiteral(_ value: Bool) -> String { value ? "YES" : "NO" }
    /// Strings between `%` signs, `%` doubled: never the `'...'` of the other dialects.
    func stringLiteral(_ value: String) -> String { "%" + value.replacingOccurrences(of: "%", with: "%%") + "%" }
    func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .string(let length, _): return "STRINGY\(length.map { "<\($0)>" } ?? "")"
        case .integer: return "WHOLE"
        case .boolean: return "YESNO"
        case .interval: throw DialectError(DiagnosticMessage("absurd has no intervals"))
        default: return "THING"
        }
    }
    func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        ["MORPH \(quoteTable(alter.table)) \(quoteIdentifier(alter.column))"]
    }
    /// Every expression capability away from the base compiler's default.
    var expressionSpelling: ExpressionSpelling {
        ExpressionSpelling(concatenation: .function, division: .addZeroToRight, nativeILike: true, nativeBooleans: false, moduloFunction: true)
    }
    func castTypeName(_ type: SQLType) throws(DialectError) -> String? {
        type == .integer ? nil : "SHAPE<\(try typeName(type))>"
    }
}
