// What differs between databases, named in one place per dialect, with shared defaults.

import Foundation

/// A database's SQL spelling. Each dialect is one type in its own file; everything the
/// renderer needs to know about a database is asked here, so no SQL text that varies between
/// databases lives in shared code.
public protocol Dialect: Sendable {
    /// The name on the command line (`--dialect postgres`).
    var name: String { get }
    /// Words that must be quoted when used as identifiers, lower-case.
    var reservedWords: Set<String> { get }
    /// The character that opens and closes a quoted identifier; doubled inside it. Default `"`.
    var identifierQuote: Character { get }
    /// Statements written around the whole script (or each migration), or nil where DDL is not
    /// transactional and Alembic writes none.
    var transactionStatements: (begin: String, commit: String)? { get }
    /// Written after every statement. Default `;`.
    var statementTerminator: String { get }
    /// The column type that replaces an autoincrementing integer primary key's own type
    /// (PostgreSQL `SERIAL`), or nil where autoincrement is spelled differently.
    func serialType(for type: SQLType) -> String?
    /// The dialect's name for a column type, or an error when it has none.
    func typeName(_ type: SQLType) throws(DialectError) -> String
}

/// Why a dialect cannot render something; the renderer adds the operation and file position.
public struct DialectError: Error, Sendable {
    public var message: DiagnosticMessage

    public init(_ message: DiagnosticMessage) {
        self.message = message
    }
}

extension Dialect {
    public var identifierQuote: Character { "\"" }
    public var statementTerminator: String { ";" }

    /// Quotes an identifier only when it needs it: reserved words, upper-case letters, characters
    /// other than letters, digits, `_` and `$`, or a leading digit or `$`. Lower-case names
    /// are case-folded by every database sqlgen supports, so they are written bare.
    public func quoteIdentifier(_ name: String) -> String {
        guard requiresQuotes(name) else { return name }
        let quote = String(identifierQuote)
        return quote + name.replacingOccurrences(of: quote, with: quote + quote) + quote
    }

    func requiresQuotes(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return true }
        if first == UInt8(ascii: "$") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) { return true }
        for byte in name.utf8 {
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if !(isLower || isDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")) { return true }
        }
        return reservedWords.contains(name)
    }

    /// `schema.table`, each part quoted as needed.
    public func quoteTable(_ table: TableName) -> String {
        if let schema = table.schema { return quoteIdentifier(schema) + "." + quoteIdentifier(table.name) }
        return quoteIdentifier(table.name)
    }

    /// A string literal: single quotes, with single quotes doubled.
    public func stringLiteral(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// The dialects sqlgen can render, by command-line name and alias.
public enum Dialects {
    public static let all: [any Dialect] = [PostgreSQLDialect()]

    static let aliases: [String: String] = ["postgresql": "postgres"]

    public static func named(_ name: String) -> (any Dialect)? {
        let canonical = aliases[name.lowercased()] ?? name.lowercased()
        return all.first { $0.name == canonical }
    }

    public static var names: [String] { all.map(\.name) }
}
