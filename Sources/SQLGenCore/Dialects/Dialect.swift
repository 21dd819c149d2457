// What differs between databases, named in one place per dialect, with shared defaults.

import Foundation

/// A database's SQL spelling. Each dialect is one type in its own file; everything the
/// renderer needs to know about a database is asked here, so no SQL text that varies between
/// databases lives in shared code.
public protocol Dialect: Sendable {
    // MARK: Identity: names on the command line and in SQLAlchemy, and the options that belong to the dialect

    /// The name on the command line (`--dialect postgres`).
    var name: String { get }
    /// The dialect's name in SQLAlchemy (`bind.dialect.name`, `with_variant`, option prefixes):
    /// `postgresql` for `postgres`. Default `name`.
    var sqlAlchemyName: String { get }
    /// The prefix of this dialect's keyword options (`postgresql_`); options with another
    /// dialect's prefix are ignored, as Alembic ignores them.
    var optionPrefix: String { get }
    /// The options of this dialect sqlgen renders, by Alembic function (`create_index`). Any
    /// other option with this dialect's prefix is refused rather than silently dropped.
    var supportedOptions: [String: Set<String>] { get }

    // MARK: Spelling: quoting, literals, terminators and separators

    /// Words that must be quoted when used as identifiers, lower-case.
    var reservedWords: Set<String> { get }
    /// How long index, constraint and other names may be (SQLAlchemy's and the database's
    /// limits); default `IdentifierLimits.unlimited`, SQLAlchemy's default dialect (SQLite).
    var identifierLimits: IdentifierLimits { get }
    /// The character that opens and closes a quoted identifier; doubled inside it. Default `"`.
    var identifierQuote: Character { get }
    /// An identifier, quoted only where it needs it. Default: `identifierQuote` around names that
    /// `requiresQuotes`; SQL Server's brackets and Oracle's leading-underscore rule differ.
    func quoteIdentifier(_ name: String) -> String
    /// A schema name before a table (SQL Server: `database.owner`, each part quoted). Default: one identifier.
    func quoteSchema(_ schema: String) -> String
    /// A string literal, escaped as the dialect needs.
    func stringLiteral(_ value: String) -> String
    /// `true` / `false` as the dialect writes them.
    func booleanLiteral(_ value: Bool) -> String
    /// A data value in an INSERT.
    func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String
    /// The operators of data-statement expressions this database spells its own way
    /// (`ExpressionSpelling`); default SQLAlchemy's base compiler.
    var expressionSpelling: ExpressionSpelling { get }
    /// The type in `CAST(x AS type)`, or nil where the database cannot cast to it and SQLAlchemy
    /// leaves the CAST out (MySQL and booleans). Default: the column type's name.
    func castTypeName(_ type: SQLType) throws(DialectError) -> String?
    /// Written after every statement. Default `;`.
    var statementTerminator: String { get }
    /// Written on its own line after every statement (SQL Server `GO`, Oracle `/`), or nil.
    var batchSeparator: String? { get }
    /// Statements written around the whole script (or each migration), or nil where DDL is not
    /// transactional and Alembic writes none.
    var transactionStatements: (begin: String, commit: String)? { get }
    /// `sa.func.name(arguments)` as the dialect compiles it (SQL Server and Oracle write `now()`
    /// as `CURRENT_TIMESTAMP`). Default: SQLAlchemy's base compiler (`GenericFunctions`), which
    /// writes the ANSI functions bare (`CURRENT_TIMESTAMP`) and any other name as written.
    func functionCall(_ name: String, arguments: [String]) -> String

    // MARK: Capabilities: what the database does, each with its default in the extension below

    /// Whether `sa.Enum` becomes a type of its own (PostgreSQL, MySQL) rather than a VARCHAR
    /// with an optional CHECK. Default false. A requirement, not only an extension member: shared
    /// code asks through the protocol, and an extension-only member would ignore the dialect's own.
    var supportsNativeEnums: Bool { get }
    /// Whether native enums are types of their own, created and dropped by name (PostgreSQL
    /// `CREATE TYPE`), so dropping a table or column needs to know which types it used. Default false.
    var createsNamedEnumTypes: Bool { get }
    /// Whether a boolean column's default written as a quoted word (`'false'`, `'on'`) is valid
    /// boolean input for the database, so it is written as the revision has it (PostgreSQL).
    /// Where it is not (MySQL refuses `'TRUE'`, SQLite would store the text), the word becomes
    /// the boolean literal. Default false.
    var parsesQuotedBooleans: Bool { get }
    /// Whether ALTER TABLE adds and drops constraints, so SQLAlchemy leaves a `use_alter` foreign
    /// key out of CREATE TABLE for a later ALTER. Default true; SQLite rebuilds the table instead.
    var altersConstraints: Bool { get }
    /// Whether rendering an operation of this kind needs the schema earlier revisions built, so
    /// `upgrade FROM:TO` reads and replays them (otherwise it reads only its range). Default: the
    /// shared rule, `SQLRenderer.readsSchema`, which says yes to all but a few kinds.
    func readsSchema(_ kind: Operation.Kind) -> Bool
    /// Whether ALTER COLUMN restates the whole column (MySQL `MODIFY`, SQL Server), so what the
    /// revision leaves out is taken from the schema. Default false.
    var restatesAlteredColumns: Bool { get }
    /// Whether a foreign key in CREATE TABLE needs the table it refers to to exist already, so a
    /// schema script adds a key to a later table after both exist. Default true; SQLite resolves
    /// references only when rows are written.
    var needsReferencedTablesFirst: Bool { get }
    /// Whether comments are written inside CREATE TABLE and ADD COLUMN (MySQL) rather than as
    /// separate statements after them.
    var writesCommentsInline: Bool { get }
    /// Whether a foreign key writes its ON UPDATE action (Oracle has none; SQLAlchemy leaves it out). Default true.
    var rendersOnUpdate: Bool { get }
    /// Functions that raw SQL in revisions often calls (`server_default=sa.text('now()')`) and
    /// this database does not have, lower-case: `check --dialect` warns where a raw default calls
    /// one (SQLite creates the table and then fails every insert). A short list, not a catalog of
    /// the database's functions. Default: none.
    var missingFunctions: Set<String> { get }
    /// Whether adding this column needs the table rebuilt (SQLite, for keys and constraints).
    func rebuildsToAdd(_ column: Column) -> Bool
    /// Refuses a foreign key clause the dialect cannot keep as written (MySQL `MATCH`); default accepts any.
    func checkReferentialActions(_ actions: ReferentialActions) throws(DialectError)

    // MARK: Types and column parts

    /// The dialect's name for a column type, or an error when it has none.
    func typeName(_ type: SQLType) throws(DialectError) -> String
    /// The column type that replaces an autoincrementing integer primary key's own type
    /// (PostgreSQL `SERIAL`), or nil where autoincrement is spelled differently.
    func serialType(for type: SQLType) -> String?
    /// The CHECK constraint a column's type brings where the dialect has no native type for it.
    func typeCheckConstraint(for column: Column) -> CheckConstraint?
    func computedClause(_ computed: Computed) throws(DialectError) -> String
    func identityClause(_ identity: Identity) -> String
    /// `name TYPE [DEFAULT x] [NOT NULL] ...` in the dialect's order. `autoincrement` marks the
    /// column SQLAlchemy would make autoincrementing.
    func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String
    /// The statement that creates a named type a column uses (PostgreSQL `CREATE TYPE ... AS ENUM`), if any.
    func enumTypeCreation(for type: SQLType, renderer: SQLRenderer) throws(DialectError) -> String?
    /// The statement that drops a named type the revisions created and no column uses any more.
    func enumTypeDropStatement(_ name: TableName) -> String?

    // MARK: Statements: where databases differ in more than spelling (the renderer passes itself for the shared parts)

    /// What follows the closing parenthesis of CREATE TABLE (MySQL `ENGINE=InnoDB`); default nothing.
    func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String
    func addColumnStatement(_ add: AddColumn, specification: String, renderer: SQLRenderer) throws(DialectError) -> String
    func dropColumnStatements(_ drop: DropColumn, renderer: SQLRenderer) throws(DialectError) -> [String]
    /// The statements of `op.alter_column`.
    func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String]
    func renameTableStatement(_ table: TableName, newName: String) -> String
    /// `CREATE INDEX ...` with the dialect's own options.
    func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String
    func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String
    /// `create_primary_key`, `create_unique_constraint`, `create_check_constraint`,
    /// `create_foreign_key`: `clause` is the constraint as CREATE TABLE would write it.
    func addConstraintStatements(_ kind: Operation.Kind, table: TableName, clause: String, renderer: SQLRenderer) throws(DialectError) -> [String]
    func dropConstraintStatements(_ drop: DropConstraint, renderer: SQLRenderer) throws(DialectError) -> [String]
    /// Written between `UNIQUE` and its columns (PostgreSQL ` NULLS NOT DISTINCT`); default nothing.
    func uniqueModifier(_ options: DialectOptions) -> String
    /// Written after a constraint's body (PostgreSQL ` INCLUDE (...)`, ` NOT VALID`); default nothing.
    func constraintSuffix(_ options: DialectOptions, renderer: SQLRenderer) -> String
    func excludeClause(_ exclude: ExcludeConstraint, renderer: SQLRenderer) throws(DialectError) -> String
    /// Setting (or, with nil, removing) a table's or column's comment.
    func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String]
    /// `op.bulk_insert`: the INSERT statements the renderer made, with whatever the dialect writes
    /// around them (SQL Server `SET IDENTITY_INSERT`). Default: the INSERTs alone.
    func bulkInsertStatements(_ inserts: [String], into table: TableName) -> [String]
    /// A `batch_alter_table` block; by default its operations one after another.
    func batchStatements(_ batch: BatchAlterTable, renderer: SQLRenderer) throws(DialectError) -> [String]
    /// The statements that stop a script unless the version table is where a step starts
    /// (`--guard`). Default: a temporary table with a CHECK constraint named by the message.
    func guardStatements(_ check: VersionGuard) -> [String]
}

/// Why a dialect cannot render something; the renderer adds the operation and file position.
public struct DialectError: Error, Sendable {
    public var message: DiagnosticMessage

    public init(_ message: DiagnosticMessage) {
        self.message = message
    }
}

extension Dialect {
    public var sqlAlchemyName: String { name }
    public var identifierLimits: IdentifierLimits { .unlimited }
    public var identifierQuote: Character { "\"" }
    public var rendersOnUpdate: Bool { true }
    public func bulkInsertStatements(_ inserts: [String], into table: TableName) -> [String] { inserts }

    public func functionCall(_ name: String, arguments: [String]) -> String {
        GenericFunctions.call(name, arguments: arguments)
    }

    public func quoteSchema(_ schema: String) -> String { quoteIdentifier(schema) }
    public var batchSeparator: String? { nil }
    public var writesCommentsInline: Bool { false }
    public func guardStatements(_ check: VersionGuard) -> [String] { check.checkConstraintStatements(dialect: self) }
    public var createsNamedEnumTypes: Bool { false }
    public var parsesQuotedBooleans: Bool { false }
    public var restatesAlteredColumns: Bool { false }
    public var needsReferencedTablesFirst: Bool { true }
    public var altersConstraints: Bool { true }
    public func readsSchema(_ kind: Operation.Kind) -> Bool { SQLRenderer.readsSchema(kind, dialect: self) }

    public func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String { "" }
    public func checkReferentialActions(_ actions: ReferentialActions) throws(DialectError) {}

    public func addColumnStatement(_ add: AddColumn, specification: String, renderer: SQLRenderer) throws(DialectError) -> String {
        // Alembic's ADD COLUMN carries the column's CHECK constraints (SQL Server's and Oracle's do not).
        "ALTER TABLE \(quoteTable(add.table)) ADD COLUMN \(add.ifNotExists ? "IF NOT EXISTS " : "")\(specification)"
            + add.column.checks.map { " " + renderer.checkClause($0) }.joined()
    }

    public func dropColumnStatements(_ drop: DropColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        ["ALTER TABLE \(quoteTable(drop.table)) DROP COLUMN \(drop.ifExists ? "IF EXISTS " : "")\(quoteIdentifier(drop.column))"]
    }

    public func addConstraintStatements(_ kind: Operation.Kind, table: TableName, clause: String, renderer: SQLRenderer) throws(DialectError) -> [String] {
        ["ALTER TABLE \(quoteTable(table)) ADD \(clause)"]
    }

    public func rebuildsToAdd(_ column: Column) -> Bool { false }
    public func uniqueModifier(_ options: DialectOptions) -> String { "" }
    public func constraintSuffix(_ options: DialectOptions, renderer: SQLRenderer) -> String { "" }

    public func batchStatements(_ batch: BatchAlterTable, renderer: SQLRenderer) throws(DialectError) -> [String] {
        guard batch.recreate != .always else {
            throw DialectError(.notSupportedYet("'recreate=\"always\"' outside SQLite is"))
        }
        return try renderer.batchOperationsInTurn(batch)
    }

    public func renameTableStatement(_ table: TableName, newName: String) -> String {
        "ALTER TABLE \(quoteTable(table)) RENAME TO \(quoteIdentifier(newName))"
    }

    public func dropConstraintStatements(_ drop: DropConstraint, renderer: SQLRenderer) throws(DialectError) -> [String] {
        ["ALTER TABLE \(quoteTable(drop.table)) DROP CONSTRAINT \(drop.ifExists ? "IF EXISTS " : "")\(quoteIdentifier(drop.name))"]
    }

    /// SQLAlchemy's default order: name, type (or the serial type), DEFAULT, GENERATED, identity
    /// or NOT NULL.
    public func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String {
        var spec = quoteIdentifier(column.name) + " "
        if autoincrement, column.identity == nil, let serial = serialType(for: column.type) {
            spec += serial
        } else {
            spec += try typeName(column.type)
            if let serverDefault = column.serverDefault {
                spec += " DEFAULT " + renderer.defaultSQL(serverDefault, for: column.type)
            }
        }
        if let computed = column.computed {
            spec += " " + (try computedClause(computed))
        }
        if let identity = column.identity {
            spec += " " + identityClause(identity)
            if column.nullable == true { spec += " NULL" }
        } else if !column.isNullable {
            spec += " NOT NULL"
        }
        return spec
    }
    public var supportedOptions: [String: Set<String>] { [:] }
    public var missingFunctions: Set<String> { [] }

    /// Refuses options of this dialect that the renderer would otherwise drop without a word.
    func checkOptions(_ options: DialectOptions, for function: String) throws(DialectError) {
        // Nearly every operation and column has no options: nothing to look up.
        guard !options.isEmpty else { return }
        let supported = supportedOptions[function] ?? []
        for key in options.keys.sorted() where key.hasPrefix(optionPrefix) && !supported.contains(key) {
            throw DialectError(.unsupportedDialectOption(key, function: function, dialect: name))
        }
    }
    public var statementTerminator: String { ";" }

    /// Quotes an identifier only when it needs it: reserved words, upper-case letters, characters
    /// other than letters, digits, `_` and `$`, or a leading digit or `$`. Lower-case names
    /// are case-folded by every database sqlgen supports, so they are written bare.
    public func quoteIdentifier(_ name: String) -> String {
        guard requiresQuotes(name) else { return name }
        return name.enclosed(identifierQuote, identifierQuote)
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
        if let schema = table.schema { return quoteSchema(schema) + "." + quoteIdentifier(table.name) }
        return quoteIdentifier(table.name)
    }

    /// A string literal: single quotes, with single quotes doubled.
    public func stringLiteral(_ value: String) -> String {
        value.enclosed("'", "'")
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "true" : "false" }

    public func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String {
        standardLiteral(value)
    }

    /// A data value as most dialects write it: quoted text, dates and times as quoted ISO strings.
    func standardLiteral(_ value: Literal) -> String {
        switch value {
        case .null: "NULL"
        case .bool(let flag): booleanLiteral(flag)
        case .int(let number): String(number)
        case .float(let number): number.pythonText
        case .decimal(let text), .bigInteger(let text): text
        case .string(let text): stringLiteral(text)
        case .date(let text), .dateTime(let text), .time(let text): stringLiteral(text)
        }
    }

    public func identityClause(_ identity: Identity) -> String {
        let options = identityOptions(identity, noCycle: "NO CYCLE", noOrder: "NO ORDER")
        let kind = identity.always ? "ALWAYS" : "BY DEFAULT"
        return "GENERATED \(kind) AS IDENTITY" + (options.isEmpty ? "" : " (" + options.joined(separator: " ") + ")")
    }

    /// An identity's sequence options in SQLAlchemy's order; dialects differ in how they spell
    /// the negative forms (`NO CYCLE`, Oracle's `NOCYCLE`).
    func identityOptions(_ identity: Identity, noCycle: String, noOrder: String) -> [String] {
        var options: [String] = []
        if let increment = identity.increment { options.append("INCREMENT BY \(increment)") }
        if let start = identity.start { options.append("START WITH \(start)") }
        if let minValue = identity.minValue { options.append("MINVALUE \(minValue)") }
        if let maxValue = identity.maxValue { options.append("MAXVALUE \(maxValue)") }
        if let cache = identity.cache { options.append("CACHE \(cache)") }
        if let cycle = identity.cycle { options.append(cycle ? "CYCLE" : noCycle) }
        if let order = identity.order { options.append(order ? "ORDER" : noOrder) }
        return options
    }

    public func computedClause(_ computed: Computed) throws(DialectError) -> String {
        var clause = "GENERATED ALWAYS AS (\(computed.sql))"
        if let persisted = computed.persisted { clause += persisted ? " STORED" : " VIRTUAL" }
        return clause
    }

    public func excludeClause(_ exclude: ExcludeConstraint, renderer: SQLRenderer) throws(DialectError) -> String {
        throw DialectError(.exclusionConstraintOnlyPostgreSQL)
    }

    public func enumTypeCreation(for type: SQLType, renderer: SQLRenderer) throws(DialectError) -> String? { nil }
    public func enumTypeDropStatement(_ name: TableName) -> String? { nil }

    /// A non-native enum with `create_constraint=True` is checked by `column IN (values)`,
    /// named after the enum, as SQLAlchemy does.
    public func typeCheckConstraint(for column: Column) -> CheckConstraint? {
        guard case .enumeration(let enumType) = column.type, !enumType.native || !supportsNativeEnums, enumType.createConstraint else { return nil }
        let values = enumType.values.map(stringLiteral).joined(separator: ", ")
        return CheckConstraint(name: enumType.name, sql: "\(quoteIdentifier(column.name)) IN (\(values))")
    }

    public var supportsNativeEnums: Bool { false }

    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        let unique = index.unique ? "UNIQUE " : ""
        let ifNotExists = index.ifNotExists ? "IF NOT EXISTS " : ""
        return "CREATE \(unique)INDEX \(ifNotExists)\(quoteIdentifier(index.name)) ON \(quoteTable(index.table)) (\(indexElements(index)))"
    }

    func indexElements(_ index: Index) -> String {
        index.elements.map { element in
            switch element {
            case .column(let name): quoteIdentifier(name)
            case .expression(let sql): sql
            }
        }.joined(separator: ", ")
    }

    public func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String {
        "DROP INDEX \(drop.ifExists ? "IF EXISTS " : "")\(quoteTable(TableName(drop.name, schema: drop.schema)))"
    }

    public func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let target = column.map { "COLUMN \(quoteTable(table)).\(quoteIdentifier($0))" } ?? "TABLE \(quoteTable(table))"
        return ["COMMENT ON \(target) IS \(comment.map(stringLiteral) ?? "NULL")"]
    }
}

/// The dialects sqlgen can render, by command-line name and alias.
public enum Dialects {
    public static let all: [any Dialect] = [PostgreSQLDialect(), MySQLDialect(), SQLiteDialect(), SQLServerDialect(), OracleDialect()]

    static let aliases: [String: String] = ["postgresql": "postgres", "mariadb": "mysql"]

    public static func named(_ name: String) -> (any Dialect)? {
        let canonical = aliases[name.lowercased()] ?? name.lowercased()
        return all.first { $0.name == canonical }
    }

    public static var names: [String] { all.map(\.name) }

    /// Every spelling of `dialect` that `named` accepts: its name, then its aliases, sorted.
    public static func spellings(of dialect: any Dialect) -> [String] {
        [dialect.name] + aliases.filter { $0.value == dialect.name }.map(\.key).sorted()
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`: one `memchr`, where `utf8.contains` steps through
    /// the view element by element.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// The text with every `scalar` written twice, compared by Unicode scalar, never by Character:
    /// `"'\u{301}"` is one Character that is not `"'"`, but its quote still ends a SQL literal.
    /// Text without the scalar is returned as it is.
    func doublingScalar(_ scalar: Unicode.Scalar) -> String {
        guard scalar.isASCII, containsByte(UInt8(scalar.value)) else { return self }
        var result = ""
        for next in unicodeScalars {
            result.unicodeScalars.append(next)
            if next == scalar { result.unicodeScalars.append(next) }
        }
        return result
    }

    /// The text between `open` and `close`, every `close` inside written twice: how SQL quotes
    /// identifiers (`"a""b"`, `[a]]b]`) and strings (`'it''s'`). Text without `close`, nearly
    /// all of it, is copied as it is.
    func enclosed(_ open: Character, _ close: Character) -> String {
        // A byte search: a Character search would break the text into grapheme clusters.
        if let closeByte = close.asciiValue, !containsByte(closeByte) {
            return String(open) + self + String(close)
        }
        // By Unicode scalar, not by Character: a quote followed by a combining mark is one
        // Character that is not equal to the quote, yet the database ends the literal at it.
        var result = String(open)
        let closeScalars = close.unicodeScalars
        for scalar in unicodeScalars {
            result.unicodeScalars.append(scalar)
            if closeScalars.count == 1, scalar == closeScalars.first { result.unicodeScalars.append(scalar) }
        }
        result.append(close)
        return result
    }
}
