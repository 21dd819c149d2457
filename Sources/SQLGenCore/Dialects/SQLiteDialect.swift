// SQLite: no transactional DDL in Alembic's scripts, few ALTERs, and table rebuilds for the rest.

/// SQLite can rename tables and columns, add plain columns and drop unconstrained ones. Every
/// other change (a column's type, nullability or default; adding or dropping a constraint;
/// dropping a keyed or indexed column; every `batch_alter_table` block that needs it) is made by
/// rebuilding the table from the replayed schema, which Alembic cannot do offline.
public struct SQLiteDialect: Dialect {
    public init() {}

    public var name: String { "sqlite" }

    /// `'...'`, or, when the text holds a carriage return before a line feed, pieces joined with
    /// `|| char(13) ||`: the sqlite3 shell reads its input line by line and drops a `\r` that ends
    /// a line, inside quotes too, so the stored value would lose it.
    public func stringLiteral(_ value: String) -> String {
        guard value.containsByte(UInt8(ascii: "\r")), SeparatorSafeLiteral.hasCarriageReturnLineFeed(value) else { return value.enclosed("'", "'") }
        return SeparatorSafeLiteral.concatenated(value, quote: { $0.enclosed("'", "'") }, lineBreak: { "char(\($0))" }, concatenation: "||")
    }

    /// A foreign key may name a table created later: SQLite resolves it when rows are written.
    public var needsReferencedTablesFirst: Bool { false }
    /// Constraints change by rebuilding the table, so a `use_alter` key stays in CREATE TABLE.
    public var altersConstraints: Bool { false }

    /// Alembic writes no BEGIN/COMMIT for SQLite.
    public var transactionStatements: (begin: String, commit: String)? { nil }

    public var optionPrefix: String { "sqlite_" }

    /// Date, time and id functions of other databases that raw defaults call (see the protocol).
    public var missingFunctions: Set<String> { Self.functionsItLacks }
    static let functionsItLacks: Set<String> = ["now", "getdate", "getutcdate", "sysdate", "systimestamp", "gen_random_uuid", "uuid_generate_v4", "newid", "uuid", "utc_timestamp", "unix_timestamp", "curdate", "curtime"]

    public var supportedOptions: [String: Set<String>] { Self.optionTable }

    /// Made once: `checkOptions` asks for it for every operation.
    static let optionTable: [String: Set<String>] = {
        ["create_index": ["sqlite_where"], "create_table": ["sqlite_autoincrement", "sqlite_with_rowid", "sqlite_strict"]]
    }()

    /// `sa.func.name(...)` as SQLAlchemy's SQLite compiler spells it: SQLite has no `now()`
    /// (a default written so fails on every insert), so `now()` is `CURRENT_TIMESTAMP`;
    /// `localtimestamp()` is `DATETIME(CURRENT_TIMESTAMP, 'localtime')`, `char_length()` is `length()`.
    public func functionCall(_ name: String, arguments: [String]) -> String {
        switch name.lowercased() {
        case "now": "CURRENT_TIMESTAMP"
        case "localtimestamp": "DATETIME(CURRENT_TIMESTAMP, 'localtime')"
        case "char_length": "length(" + arguments.joined(separator: ", ") + ")"
        default: GenericFunctions.call(name, arguments: arguments)
        }
    }

    /// SQLite has no SERIAL; an INTEGER primary key is the rowid.
    public func serialType(for type: SQLType) -> String? { nil }

    public func booleanLiteral(_ value: Bool) -> String { value ? "1" : "0" }

    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling(division: .addZeroToRight, multipleTableDelete: .unsupported) }

    /// Dates and times as SQLAlchemy stores them in SQLite: with microseconds.
    public func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String {
        switch value {
        case .dateTime(let text), .time(let text): stringLiteral(text.contains(".") ? text : text + ".000000")
        default: standardLiteral(value)
        }
    }

    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .smallInteger: return "SMALLINT"
        case .bigInteger: return "BIGINT"
        case .string(let length, let collation), .unicode(let length, let collation):
            return withCollation("VARCHAR" + (length.map { "(\($0))" } ?? ""), collation)
        case .text(_, let collation), .unicodeText(_, let collation):
            return withCollation("TEXT", collation)
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        case .dateTime, .interval: return "DATETIME"
        case .timestamp: return "TIMESTAMP"
        case .time: return "TIME"
        case .numeric(let precision, let scale):
            switch (precision, scale) {
            case (let precision?, let scale?): return "NUMERIC(\(precision), \(scale))"
            case (let precision?, nil): return "NUMERIC(\(precision))"
            default: return "NUMERIC"
            }
        case .float: return "FLOAT"
        case .double: return "DOUBLE"
        case .largeBinary: return "BLOB"
        case .json: return "JSON"
        case .uuid: return "CHAR(32)"
        case .enumeration(let enumType):
            return "VARCHAR(\(enumType.varcharLength ?? 0))"
        case .array:
            throw DialectError(.noArrayTypes("SQLite"))
        case .named(let name, let arguments):
            return name + (arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")")
        case .variant: return try typeName(type.resolved(for: name))
        case .vendor(let dialect, let name, let arguments, let keywords):
            guard dialect == "sqlite" else { return try foreignTypeName(dialect, name, arguments, keywords, dialectName: "SQLite") }
            return name
        }
    }

    func withCollation(_ type: String, _ collation: String?) -> String {
        guard let collation else { return type }
        return type + " COLLATE \"" + collation.doublingScalar("\"") + "\""
    }

    /// SQLite's order: type, DEFAULT (parenthesised when it is an expression), NOT NULL, and
    /// `PRIMARY KEY AUTOINCREMENT` inline for `sqlite_autoincrement=True` tables.
    public func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String {
        var spec = quoteIdentifier(column.name) + " " + (try typeName(column.type))
        if let serverDefault = column.serverDefault {
            let text = renderer.defaultSQL(serverDefault, for: column.type)
            let startsQuotedOrParenthesised = text.first.map { "'\"(".contains($0) } ?? false
            let isExpression = text.contains { !($0.isLetter || $0.isNumber || $0 == "_") }
            spec += !startsQuotedOrParenthesised && isExpression ? " DEFAULT (\(text))" : " DEFAULT \(text)"
        }
        if !column.isNullable {
            spec += " NOT NULL"
        }
        if autoincrement && column.options["sqlite_autoincrement"] == .bool(true) {
            spec += " PRIMARY KEY AUTOINCREMENT"
        }
        if let computed = column.computed {
            spec += " " + (try computedClause(computed))
        }
        return spec
    }

    /// `WITHOUT ROWID` and `STRICT` after the closing parenthesis.
    public func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String {
        var options: [String] = []
        if table.options["sqlite_with_rowid"] == .bool(false) { options.append("WITHOUT ROWID") }
        if table.options["sqlite_strict"] == .bool(true) { options.append("STRICT") }
        return options.isEmpty ? "" : "\n " + options.joined(separator: ",\n ")
    }

    /// `CREATE INDEX schema.name ON table (...)`: in SQLite the schema goes on the index.
    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        var statement = "CREATE " + (index.unique ? "UNIQUE " : "") + "INDEX " + (index.ifNotExists ? "IF NOT EXISTS " : "")
        statement += quoteTable(TableName(index.name, schema: index.table.schema)) + " ON " + quoteIdentifier(index.table.name)
        statement += " (" + indexElements(index) + ")"
        switch index.options["sqlite_where"] {
        case .sql(let condition)?, .string(let condition)?:
            statement += " WHERE " + (try OptionText.checked(condition, option: "sqlite_where", expected: "one condition", OptionText.isSelfContained))
        default: break
        }
        return statement
    }

    /// SQLite keeps no comments; Alembic writes none.
    public func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String] {
        []
    }

    /// Plain columns are added in place; a column SQLite cannot add (a key, a unique or foreign
    /// key, NOT NULL without a default, an expression default) rebuilds the table.
    public func addColumnStatement(_ add: AddColumn, specification: String, renderer: SQLRenderer) throws(DialectError) -> String {
        "ALTER TABLE \(quoteTable(add.table)) ADD COLUMN \(specification)" + add.column.checks.map { " " + renderer.checkClause($0) }.joined()
    }

    public func rebuildsToAdd(_ column: Column) -> Bool { needsRebuild(column) }

    func needsRebuild(_ column: Column) -> Bool {
        if column.primaryKey || column.unique || !column.foreignKeys.isEmpty || column.computed?.persisted == true { return true }
        if column.nullable == false && column.serverDefault == nil { return true }
        switch column.serverDefault {
        case .text?, .function?: return true
        default: return false
        }
    }

    public func dropColumnStatements(_ drop: DropColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        if let table = renderer.catalog.table(drop.table), isConstrained(drop.column, in: table) {
            return try renderer.rebuild(drop.table, applying: [.dropColumn(drop)])
        }
        return ["ALTER TABLE \(quoteTable(drop.table)) DROP COLUMN \(quoteIdentifier(drop.column))"]
    }

    /// Whether SQLite refuses to drop the column in place: it is part of a key, a unique or
    /// foreign key constraint, an index, or named in a CHECK.
    func isConstrained(_ column: String, in table: CatalogTable) -> Bool {
        table.primaryKey?.columns.contains(column) == true
            || table.uniques.contains { $0.columns.contains(column) }
            || table.foreignKeys.contains { $0.columns.contains(column) }
            || table.indexes.contains { index in index.elements.contains { element in
                switch element {
                case .column(let name): name == column
                case .expression(let sql): sql.contains(column)
                }
            } }
            || table.checks.contains { $0.sql.contains(column) }
    }

    /// A rename alone is an ALTER; a comment alone is nothing; anything else rebuilds.
    public func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let changesShape = alter.type != nil || alter.nullable != nil || alter.serverDefault != .unchanged || alter.autoincrement != nil
        guard changesShape else {
            guard let newName = alter.newName else { return [] }
            return ["ALTER TABLE \(quoteTable(alter.table)) RENAME COLUMN \(quoteIdentifier(alter.column)) TO \(quoteIdentifier(newName))"]
        }
        return try renderer.rebuild(alter.table, applying: [.alterColumn(alter)])
    }

    public func addConstraintStatements(_ kind: Operation.Kind, table: TableName, clause: String, renderer: SQLRenderer) throws(DialectError) -> [String] {
        try renderer.rebuild(table, applying: [kind])
    }

    /// A unique index made by `unique=True, index=True` is dropped as the index it is; any other
    /// constraint rebuilds the table.
    public func dropConstraintStatements(_ drop: DropConstraint, renderer: SQLRenderer) throws(DialectError) -> [String] {
        if let table = renderer.catalog.table(drop.table), table.indexes.contains(where: { $0.name == drop.name && $0.unique }),
           !table.uniques.contains(where: { $0.name == drop.name }) {
            return ["DROP INDEX \(quoteTable(TableName(drop.name, schema: drop.table.schema)))"]
        }
        return try renderer.rebuild(drop.table, applying: [.dropConstraint(drop)])
    }

    /// Alembic's rule: a block whose operations are all plain column additions and index changes
    /// runs as ALTERs; any other operation (or `recreate='always'`) rebuilds the table once, with
    /// the whole block applied.
    public func batchStatements(_ batch: BatchAlterTable, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let simple = batch.operations.allSatisfy { operation in
            switch operation.kind {
            case .addColumn(let add): !needsRebuild(add.column)
            case .createIndex, .dropIndex, .execute, .data, .bulkInsert, .createTableComment, .dropTableComment: true
            case .alterColumn(let alter): alter.type == nil && alter.nullable == nil && alter.serverDefault == .unchanged && alter.autoincrement == nil
            case .createTable, .dropTable, .renameTable, .dropColumn, .createPrimaryKey, .createUniqueConstraint, .createCheckConstraint,
                 .createForeignKey, .createExcludeConstraint, .dropConstraint, .batch, .autocommit, .createEnumType, .dropEnumType:
                false
            }
        }
        if batch.recreate == .never || (batch.recreate == .auto && simple) {
            return try renderer.batchOperationsInTurn(batch)
        }
        if let argument = batch.rebuildArguments.first {
            throw DialectError(.batchTableArgumentsOnRebuild(argument))
        }
        var statements: [String] = []
        var pending: [Operation.Kind] = []
        var current = renderer
        // Raw SQL and data inside a block run where they stand, between rebuilds of what came before.
        for operation in batch.operations {
            switch operation.kind {
            case .execute, .data, .bulkInsert:
                if !pending.isEmpty {
                    statements += try current.rebuild(batch.table, applying: pending)
                    current = current.advanced(past: pending.map { Operation($0, at: operation.position) })
                    pending = []
                }
                statements += try current.statements(for: operation.kind)
                current = current.advanced(past: [operation])
            case .createTable, .dropTable, .renameTable, .addColumn, .dropColumn, .alterColumn, .createIndex, .dropIndex,
                 .createPrimaryKey, .createUniqueConstraint, .createCheckConstraint, .createForeignKey, .createExcludeConstraint,
                 .dropConstraint, .createTableComment, .dropTableComment, .batch, .autocommit, .createEnumType, .dropEnumType:
                pending.append(operation.kind)
            }
        }
        if !pending.isEmpty {
            statements += try current.rebuild(batch.table, applying: pending)
        }
        return statements
    }

    public func computedClause(_ computed: Computed) throws(DialectError) -> String {
        "GENERATED ALWAYS AS (\(computed.sql))" + (computed.persisted == true ? " STORED" : (computed.persisted == false ? " VIRTUAL" : ""))
    }

    /// SQLite's key words that need quoting as identifiers: SQLAlchemy's list, plus `nothing` and
    /// `returning`, which SQLAlchemy leaves bare and SQLite refuses as bare names in some places.
    public let reservedWords: Set<String> = [
        "nothing", "returning",
        "add", "after", "all", "alter", "analyze", "and", "as", "asc", "attach", "autoincrement", "before", "begin", "between",
        "by", "cascade", "case", "cast", "check", "collate", "column", "commit", "conflict", "constraint", "create", "cross",
        "current_date", "current_time", "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc",
        "detach", "distinct", "drop", "each", "else", "end", "escape", "except", "exclusive", "exists", "explain", "fail",
        "false", "for", "foreign", "from", "full", "glob", "group", "having", "if", "ignore", "immediate", "in", "index",
        "indexed", "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull", "join", "key", "left",
        "like", "limit", "match", "natural", "not", "notnull", "null", "of", "offset", "on", "or", "order", "outer", "plan",
        "pragma", "primary", "query", "raise", "references", "reindex", "rename", "replace", "restrict", "right", "rollback",
        "row", "select", "set", "table", "temp", "temporary", "then", "to", "transaction", "trigger", "true", "union",
        "unique", "update", "using", "vacuum", "values", "view", "virtual", "when", "where",
    ]
}

import Foundation
