// SQL Server: bracket quoting, IDENTITY, GO after each statement, sp_rename, extended-property comments.

import Foundation

/// SQL Server as SQLAlchemy 2.1's `mssql` dialect and Alembic 1.20's `MSSQLImpl` write it
/// offline. With no server to ask, SQLAlchemy assumes a server older than 2008 and no
/// `deprecate_large_types`: `Date` and `Time` are `DATETIME`, `Text` is `TEXT`, `LargeBinary` is
/// `IMAGE`. Those are its choices, kept so that scripts match Alembic's.
public struct SQLServerDialect: Dialect {
    /// `THROW` when the table is not where the step starts; sqlcmd -b stops there.
    public func guardStatements(_ check: VersionGuard) -> [String] {
        ["IF \(check.failureCondition(dialect: self))\n    THROW 50000, \(stringLiteral(check.message)), 1"]
    }
    public var restatesAlteredColumns: Bool { true }
    public init() {}

    public var name: String { "mssql" }

    public var transactionStatements: (begin: String, commit: String)? { ("BEGIN TRANSACTION", "COMMIT") }

    public var batchSeparator: String? { "GO" }

    public var identifierQuote: Character { "[" }

    public var optionPrefix: String { "mssql_" }

    /// Date, time and id functions of other databases that raw defaults call (see the protocol).
    public var missingFunctions: Set<String> { Self.functionsItLacks }
    static let functionsItLacks: Set<String> = ["now", "sysdate", "systimestamp", "gen_random_uuid", "uuid_generate_v4", "uuid", "utc_timestamp", "unix_timestamp", "curdate", "curtime", "datetime", "strftime"]

    static let indexOptions: Set<String> = ["mssql_clustered", "mssql_include", "mssql_where", "mssql_columnstore"]

    public var supportedOptions: [String: Set<String>] { Self.optionTable }

    /// Made once: `checkOptions` asks for it for every operation.
    static let optionTable: [String: Set<String>] = {
        [
            "create_index": Self.indexOptions,
            // Index options mean nothing to DROP INDEX; Alembic accepts and ignores them.
            "drop_index": Self.indexOptions,
            "drop_column": ["mssql_drop_default", "mssql_drop_check", "mssql_drop_foreign_key"],
            "create_unique_constraint": ["mssql_clustered"],
            "column": ["mssql_identity_start", "mssql_identity_increment"],
        ]
    }()

    /// Autoincrement is `IDENTITY` after the type, written by `columnSpecification`.
    public func serialType(for type: SQLType) -> String? { nil }

    // MARK: Quoting and literals

    /// `[name]`, with `]` doubled, where SQLAlchemy quotes: reserved words, upper case, other
    /// characters than letters, digits, `_` and `$`, a leading digit or `$`.
    public func quoteIdentifier(_ name: String) -> String {
        guard requiresQuotes(name) else { return name }
        return name.enclosed("[", "]")
    }

    /// A schema may name the database too (`mydb.dbo`, `[my.db].dbo`): each part is quoted on its
    /// own, as SQLAlchemy's `quote_schema` does.
    public func quoteSchema(_ schema: String) -> String {
        let (database, owner) = Self.schemaElements(schema)
        guard let owner else { return "" }
        guard let database else { return quoteIdentifier(owner) }
        return (database.verbatim ? database.name : quoteIdentifier(database.name)) + "." + quoteIdentifier(owner)
    }

    /// SQLAlchemy's `_schema_elements`: splits on dots outside brackets; a bracketed part keeps
    /// its dots. A database part with brackets inside it is written as it is.
    static func schemaElements(_ schema: String) -> (database: (name: String, verbatim: Bool)?, owner: String?) {
        var parts: [String] = []
        var symbol = ""
        var inBracket = false
        var hadBrackets = false
        // By Unicode scalar: a bracket followed by a combining mark is still a bracket to SQL Server.
        for character in schema.unicodeScalars {
            switch character {
            case "[":
                inBracket = true
                hadBrackets = true
            case "]":
                inBracket = false
            case "." where !inBracket:
                parts.append(hadBrackets ? "[\(symbol)]" : symbol)
                symbol = ""
                hadBrackets = false
            default:
                symbol.unicodeScalars.append(character)
            }
        }
        if !symbol.isEmpty { parts.append(symbol) }
        guard let owner = parts.last else { return (nil, nil) }
        guard parts.count > 1 else { return (nil, owner) }
        let database = parts.dropLast().joined(separator: ".")
        let inner = database.dropFirst().dropLast()
        // Verbatim only when every database part was bracketed: their text holds no bracket, so
        // none can end early; an unbracketed part in between is quoted with the rest.
        if let close = inner.firstIndex(of: "]"), inner[close...].contains("["),
           parts.dropLast().allSatisfy({ $0.hasPrefix("[") && $0.hasSuffix("]") }) {
            return ((database, true), owner)
        }
        var trimmed = Substring(database)
        while trimmed.first == "[" { trimmed = trimmed.dropFirst() }
        while trimmed.last == "]" { trimmed = trimmed.dropLast() }
        return ((String(trimmed), false), owner)
    }

    /// `'...'`, or, when a line of the text would be a sqlcmd command (`GO`), pieces joined with
    /// `+ CHAR(10) +` (see `SeparatorSafeLiteral`).
    public func stringLiteral(_ value: String) -> String {
        guard SeparatorSafeLiteral.hasCommandLine(value, SeparatorSafeLiteral.isSQLCmdCommand) else { return value.enclosed("'", "'") }
        return SeparatorSafeLiteral.concatenated(value, quote: { $0.enclosed("'", "'") }, lineBreak: { "CHAR(\($0))" }, concatenation: "+")
    }

    /// `N'...'`: SQLAlchemy's literal for `Unicode` and `NVARCHAR` values, comments included;
    /// split as `stringLiteral` splits, each piece national.
    func nationalLiteral(_ value: String) -> String {
        guard SeparatorSafeLiteral.hasCommandLine(value, SeparatorSafeLiteral.isSQLCmdCommand) else { return "N" + value.enclosed("'", "'") }
        return SeparatorSafeLiteral.concatenated(value, quote: { "N" + $0.enclosed("'", "'") }, lineBreak: { "NCHAR(\($0))" }, concatenation: "+")
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "1" : "0" }

    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling(concatenation: .plus, division: .addZeroToRight, multipleTableUpdate: .fromWithTarget, multipleTableDelete: .fromWithTarget) }

    /// Values as SQLAlchemy renders them for the column's type: `N'...'` for Unicode columns, ISO
    /// dates and times in quotes (a date column keeps the date of a datetime), booleans as 1 and 0.
    public func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String {
        switch (value, type) {
        case (.string(let text), .unicode?), (.string(let text), .unicodeText?):
            return nationalLiteral(text)
        case (.string(let text), .vendor(let module, let name, _, _)?) where module == "mssql" && ["NVARCHAR", "NCHAR", "NTEXT"].contains(name):
            return nationalLiteral(text)
        case (.dateTime(let text), .date?):
            return stringLiteral(String(text.prefix(10)))
        default:
            return standardLiteral(value)
        }
    }

    /// `now()` is `CURRENT_TIMESTAMP`, `current_date()` is `GETDATE()`, `length()` is `LEN()`.
    public func functionCall(_ name: String, arguments: [String]) -> String {
        let list = "(" + arguments.joined(separator: ", ") + ")"
        switch name.lowercased() {
        case "now": return "CURRENT_TIMESTAMP"
        case "current_date": return "GETDATE()"
        case "length", "char_length": return "LEN" + list
        case "pow": return "POWER" + list
        default: return GenericFunctions.call(name, arguments: arguments)
        }
    }

    // MARK: Types

    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .smallInteger: return "SMALLINT"
        case .bigInteger: return "BIGINT"
        case .string(let length, let collation): return try extend("VARCHAR", length.map(String.init) ?? "max", collation)
        case .unicode(let length, let collation): return try extend("NVARCHAR", length.map(String.init) ?? "max", collation)
        case .text(let length, let collation): return try extend("TEXT", length.map(String.init), collation)
        case .unicodeText(let length, let collation): return try extend("NTEXT", length.map(String.init), collation)
        case .boolean: return "BIT"
        // No server version offline: SQLAlchemy takes the server for one older than 2008.
        case .date, .time, .interval: return "DATETIME"
        case .dateTime(let timezone): return timezone ? "DATETIMEOFFSET" : "DATETIME"
        // SQL Server's TIMESTAMP is its row version, as SQLAlchemy writes it for `sa.TIMESTAMP`.
        case .timestamp: return "TIMESTAMP"
        case .numeric(let precision, let scale): return Self.numeric("NUMERIC", precision, scale)
        case .float(let precision): return "FLOAT" + (precision.map { "(\($0))" } ?? "")
        case .double: return "DOUBLE PRECISION"
        case .largeBinary: return "IMAGE"
        case .json: return "NVARCHAR(max)"
        case .uuid: return "UNIQUEIDENTIFIER"
        case .enumeration(let enumType):
            let length = enumType.varcharLength ?? 0
            return "VARCHAR(" + (length > 0 ? String(length) : "max") + ")"
        case .array:
            throw DialectError(.typeNotInDialect("an array type", dialect: "SQL Server"))
        case .named(let name, let arguments):
            if name == "VARBINARY" && arguments.isEmpty { return "VARBINARY(max)" }
            return name + (arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")")
        case .variant: return try typeName(type.resolved(for: name))
        case .vendor(let dialect, let name, let arguments, let keywords):
            guard dialect == "mssql" else { return try foreignTypeName(dialect, name, arguments, keywords, dialectName: "SQL Server") }
            return try vendorTypeName(name, VendorArguments(arguments, keywords))
        }
    }

    /// `NAME(length) COLLATE collation`, SQLAlchemy's `_extend`.
    func extend(_ name: String, _ length: String?, _ collation: String?) throws(DialectError) -> String {
        var text = name
        if let length { text += "(\(length))" }
        if let collation {
            text += " COLLATE " + (try OptionText.checked(collation, option: "collation", expected: "a collation name such as 'Latin1_General_CI_AS'", OptionText.isWord))
        }
        return text
    }

    static func numeric(_ name: String, _ precision: Int?, _ scale: Int?) -> String {
        switch (precision, scale) {
        case (let precision?, let scale?): "\(name)(\(precision), \(scale))"
        case (let precision?, nil): "\(name)(\(precision))"
        default: name
        }
    }

    /// `mssql.DATETIME2(precision=3)`, `mssql.NVARCHAR('max')`, `mssql.UNIQUEIDENTIFIER`, ...
    func vendorTypeName(_ name: String, _ arguments: VendorArguments) throws(DialectError) -> String {
        switch name {
        case "VARCHAR", "NVARCHAR":
            return try extend(name, try arguments.length(at: 0) ?? "max", try arguments.string("collation", at: 1))
        case "CHAR", "NCHAR", "TEXT", "NTEXT":
            return try extend(name, try arguments.length(at: 0), try arguments.string("collation", at: 1))
        case "VARBINARY":
            let text = "VARBINARY(\(try arguments.length(at: 0) ?? "max"))"
            return try arguments.bool("filestream", at: 1) == true ? text + " FILESTREAM" : text
        case "BINARY":
            return "BINARY" + ((try arguments.length(at: 0)).map { "(\($0))" } ?? "")
        case "TIME", "DATETIME2", "DATETIMEOFFSET":
            return name + ((try arguments.int("precision", at: 0)).map { "(\($0))" } ?? "")
        case "FLOAT":
            return "FLOAT" + ((try arguments.int("precision", at: 0)).map { "(\($0))" } ?? "")
        case "NUMERIC", "DECIMAL":
            return Self.numeric(name, try arguments.int("precision", at: 0), try arguments.int("scale", at: 1))
        case "DOUBLE_PRECISION":
            return "DOUBLE PRECISION"
        case "JSON":
            return "NVARCHAR(max)"
        case "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BIT", "REAL", "DATETIME", "DATE", "SMALLDATETIME", "IMAGE", "XML",
             "MONEY", "SMALLMONEY", "UNIQUEIDENTIFIER", "SQL_VARIANT", "TIMESTAMP", "ROWVERSION":
            return name
        default:
            throw DialectError(.dialectTypeNotRendered("mssql", name))
        }
    }

    // MARK: Columns

    /// SQLAlchemy's SQL Server order: name, type (or `AS (...)` for a computed column), `NULL` or
    /// `NOT NULL` spelled out, then `IDENTITY` or the DEFAULT. An identity or autoincrement
    /// column is NOT NULL whatever it says, and takes no DEFAULT.
    public func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String {
        var spec = quoteIdentifier(column.name) + " "
        if let computed = column.computed {
            spec += try computedClause(computed)
        } else {
            spec += try typeName(column.type)
        }
        let isIdentity = autoincrement || column.autoincrement == .always
        if !column.isNullable || column.primaryKey || isIdentity || column.identity != nil {
            spec += " NOT NULL"
        } else if column.computed == nil {
            spec += " NULL"
        }
        if let identity = column.identity {
            spec += " " + identityClause(identity)
        } else if isIdentity {
            let start = try VendorArguments([], column.options).int("mssql_identity_start", at: nil)
            let increment = try VendorArguments([], column.options).int("mssql_identity_increment", at: nil)
            spec += " " + identityClause(Identity(start: start, increment: increment))
        } else if let serverDefault = column.serverDefault {
            spec += " DEFAULT " + renderer.expression(serverDefault)
        }
        return spec
    }

    /// `IDENTITY` or `IDENTITY(start,increment)`; SQL Server has no other identity options.
    public func identityClause(_ identity: Identity) -> String {
        guard identity.start != nil || identity.increment != nil else { return "IDENTITY" }
        return "IDENTITY(\(identity.start ?? 1),\(identity.increment ?? 1))"
    }

    /// `AS (expression) [PERSISTED]`, in place of the column's type.
    public func computedClause(_ computed: Computed) throws(DialectError) -> String {
        "AS (\(computed.sql))" + (computed.persisted == true ? " PERSISTED" : "")
    }

    /// `ALTER TABLE t ADD column`, without COLUMN; SQL Server has no IF NOT EXISTS here and
    /// Alembic writes none.
    public func addColumnStatement(_ add: AddColumn, specification: String, renderer: SQLRenderer) throws(DialectError) -> String {
        "ALTER TABLE \(quoteTable(add.table)) ADD \(specification)"
    }

    /// Alembic's `mssql_drop_default`, `mssql_drop_check` and `mssql_drop_foreign_key`: a block
    /// that looks the column's constraint up by name and drops it, before the column goes.
    public func dropColumnStatements(_ drop: DropColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        var statements: [String] = []
        if OptionValue.isTruthy(drop.options["mssql_drop_default"]) {
            statements.append(dropColumnConstraint(drop.table, drop.column, catalog: "sys.default_constraints"))
        }
        if OptionValue.isTruthy(drop.options["mssql_drop_check"]) {
            statements.append(dropColumnConstraint(drop.table, drop.column, catalog: "sys.check_constraints"))
        }
        if OptionValue.isTruthy(drop.options["mssql_drop_foreign_key"]) {
            statements.append(dropColumnForeignKey(drop.table, drop.column))
        }
        statements.append("ALTER TABLE \(quoteTable(drop.table)) DROP COLUMN \(drop.ifExists ? "IF EXISTS " : "")\(quoteIdentifier(drop.column))")
        return statements
    }

    /// Text inside a T-SQL string literal, its quotes doubled. (Alembic copies names in as they
    /// are; a name with a `'` would end its literal early.)
    func inLiteral(_ text: String) -> String { text.doublingScalar("'") }

    /// `object_id('schema.table')`: the plain names, as Alembic writes them.
    func objectName(_ table: TableName) -> String {
        inLiteral((table.schema.map { $0 + "." } ?? "") + table.name)
    }

    /// Alembic's block that drops the column's default (or CHECK) constraint, whatever its name.
    func dropColumnConstraint(_ table: TableName, _ column: String, catalog: String) -> String {
        """
        declare @const_name varchar(256)
        select @const_name = QUOTENAME([name]) from \(catalog)
        where parent_object_id = object_id('\(objectName(table))')
        and col_name(parent_object_id, parent_column_id) = '\(inLiteral(column))'
        exec('alter table \(inLiteral(quoteTable(table))) drop constraint ' + @const_name)
        """
    }

    /// Alembic's block that drops the foreign key on the column, whatever its name.
    func dropColumnForeignKey(_ table: TableName, _ column: String) -> String {
        """
        declare @const_name varchar(256)
        select @const_name = QUOTENAME([name]) from
        sys.foreign_keys fk join sys.foreign_key_columns fkc
        on fk.object_id=fkc.constraint_object_id
        where fkc.parent_object_id = object_id('\(objectName(table))')
        and col_name(fkc.parent_object_id, fkc.parent_column_id) = '\(inLiteral(column))'
        exec('alter table \(inLiteral(quoteTable(table))) drop constraint ' + @const_name)
        """
    }

    /// `EXEC sp_rename 'schema.old', new`.
    public func renameTableStatement(_ table: TableName, newName: String) -> String {
        "EXEC sp_rename '\(inLiteral(quoteTable(table)))', \(quoteIdentifier(newName))"
    }

    // MARK: Altering a column

    /// Alembic's `MSSQLImpl.alter_column`: SQL Server restates the type to change nullability,
    /// so a nullability change needs `type_` or `existing_type`, and a new type with
    /// `existing_nullable` restates the nullability. A changed default first drops the current
    /// default constraint (when the revision says there is one, or removes it), then adds the
    /// new one; comments are extended properties; a rename is `sp_rename`, last.
    public func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let table = "ALTER TABLE \(quoteTable(alter.table))"
        let column = quoteIdentifier(alter.column)
        var nullable = alter.nullable
        var newType = alter.type
        var restatedType = alter.existingType
        if nullable != nil {
            if let type = newType {
                restatedType = type
                newType = nil
            } else if restatedType == nil {
                throw DialectError(.sqlServerNullabilityNeedsType(alter.column))
            }
        } else if let existingNullable = alter.existingNullable, let type = newType {
            nullable = existingNullable
            restatedType = type
            newType = nil
        }
        var statements: [String] = []
        let dropsDefault: Bool
        switch alter.serverDefault {
        case .unchanged: dropsDefault = false
        case .drop: dropsDefault = true
        case .set: dropsDefault = alter.existingServerDefault != nil
        }
        if dropsDefault {
            statements.append(dropColumnConstraint(alter.table, alter.column, catalog: "sys.default_constraints"))
        }
        if let nullable, let restatedType {
            statements.append("\(table) ALTER COLUMN \(column) \(try typeName(restatedType)) \(nullable ? "NULL" : "NOT NULL")")
        }
        if let newType {
            statements.append("\(table) ALTER COLUMN \(column) \(try typeName(newType))")
        }
        switch alter.comment {
        case .unchanged: break
        case .set(let comment):
            let procedure = alter.existingComment == nil ? "sp_addextendedproperty" : "sp_updateextendedproperty"
            statements.append(try extendedProperty("exec", procedure, comment: comment, table: alter.table, column: alter.column))
        case .drop:
            statements.append(try extendedProperty("exec", "sp_dropextendedproperty", comment: nil, table: alter.table, column: alter.column))
        }
        if case .set(let expression) = alter.serverDefault {
            statements.append("\(table) ADD DEFAULT \(renderer.expression(expression)) FOR \(column)")
        }
        if let newName = alter.newName {
            let target = inLiteral(quoteTable(alter.table) + "." + column)
            statements.append("EXEC sp_rename '\(target)', \(quoteIdentifier(newName)), 'COLUMN'")
        }
        return statements
    }

    // MARK: Comments

    /// Comments are the `MS_Description` extended property, as SQLAlchemy writes them.
    public func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let procedure = comment == nil ? "sp_dropextendedproperty" : "sp_addextendedproperty"
        return [try extendedProperty("execute", procedure, comment: comment, table: table, column: column)]
    }

    /// `execute sp_addextendedproperty 'MS_Description', N'...', 'schema', s, 'table', t[, 'column', c]`.
    /// Offline SQLAlchemy knows no default schema and Alembic fails on a table without one;
    /// sqlgen asks the server for it, as SQLAlchemy does when it is connected.
    /// The arguments of `EXEC` are constants, so a comment that would need concatenation is refused.
    func extendedProperty(_ verb: String, _ procedure: String, comment: String?, table: TableName, column: String?) throws(DialectError) -> String {
        if let comment, SeparatorSafeLiteral.hasCommandLine(comment, SeparatorSafeLiteral.isSQLCmdCommand) {
            throw DialectError(.commentHasCommandLine(dialect: "SQL Server", client: "sqlcmd"))
        }
        var arguments = ["'MS_Description'"]
        if let comment { arguments.append(nationalLiteral(comment)) }
        let schema = table.schema.map(quoteSchema) ?? "@schema"
        arguments += ["'schema'", schema, "'table'", quoteIdentifier(table.name)]
        if let column { arguments += ["'column'", quoteIdentifier(column)] }
        let call = "\(verb) \(procedure) " + arguments.joined(separator: ", ")
        return table.schema == nil ? "DECLARE @schema sysname = SCHEMA_NAME();\n" + call : call
    }

    // MARK: Indexes

    /// `CREATE [UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE] INDEX name ON table (...)
    /// [INCLUDE (...)] [WHERE ...]`. SQLAlchemy writes no IF NOT EXISTS for SQL Server.
    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        let options = index.options
        var statement = "CREATE " + (index.unique ? "UNIQUE " : "")
        switch options["mssql_clustered"] {
        case .bool(true)?: statement += "CLUSTERED "
        case .bool(false)?: statement += "NONCLUSTERED "
        case nil, .none?: break
        case let other?: throw DialectError(.dialectOptionValue("mssql_clustered", expected: "True, False or None", found: other.pythonDescription))
        }
        if OptionValue.isTruthy(options["mssql_columnstore"]) { statement += "COLUMNSTORE " }
        statement += "INDEX \(quoteIdentifier(index.name)) ON \(quoteTable(index.table))"
        if !index.elements.isEmpty { statement += " (\(indexElements(index)))" }
        switch options["mssql_include"] {
        case nil, .none?: break
        case .list(let items)?:
            var names: [String] = []
            for item in items {
                guard case .string(let name) = item else {
                    throw DialectError(.dialectOptionValue("mssql_include", expected: "a list of column names", found: item.pythonDescription))
                }
                names.append(quoteIdentifier(name))
            }
            if !names.isEmpty { statement += " INCLUDE (" + names.joined(separator: ", ") + ")" }
        case let other?:
            throw DialectError(.dialectOptionValue("mssql_include", expected: "a list of column names", found: other.pythonDescription))
        }
        switch options["mssql_where"] {
        case nil, .none?: break
        case .sql(let condition)?, .string(let condition)?:
            statement += " WHERE " + (try OptionText.checked(condition, option: "mssql_where", expected: "one condition", OptionText.isSelfContained))
        case let other?: throw DialectError(.dialectOptionValue("mssql_where", expected: "SQL text", found: other.pythonDescription))
        }
        return statement
    }

    /// `UNIQUE CLUSTERED (...)` or `UNIQUE NONCLUSTERED (...)` with `mssql_clustered`.
    public func uniqueModifier(_ options: DialectOptions) -> String {
        switch options["mssql_clustered"] {
        case .bool(true)?: " CLUSTERED"
        case .bool(false)?: " NONCLUSTERED"
        default: ""
        }
    }

    /// `DROP INDEX [IF EXISTS] name ON table`: SQL Server needs the table.
    public func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String {
        guard let table = drop.table else {
            throw DialectError(.dropIndexWithoutTable(drop.name, dialect: "SQL Server"))
        }
        return "DROP INDEX \(drop.ifExists ? "IF EXISTS " : "")\(quoteIdentifier(drop.name)) ON \(quoteTable(TableName(table, schema: drop.schema)))"
    }

    // MARK: Data

    /// Alembic's offline `bulk_insert` allows explicit values in an IDENTITY column around its INSERTs.
    public func bulkInsertStatements(_ inserts: [String], into table: TableName) -> [String] {
        ["SET IDENTITY_INSERT \(quoteTable(table)) ON"] + inserts + ["SET IDENTITY_INSERT \(quoteTable(table)) OFF"]
    }

    /// SQL Server's reserved words, lower-case: SQLAlchemy's `mssql.base.RESERVED_WORDS`.
    /// 128 characters, for SQLAlchemy and SQL Server alike.
    public var identifierLimits: IdentifierLimits { IdentifierLimits(identifier: 128, database: 128) }

    public let reservedWords: Set<String> = [
        "add", "all", "alter", "and", "any", "as", "asc", "authorization", "backup", "begin", "between", "break", "browse",
        "bulk", "by", "cascade", "case", "check", "checkpoint", "close", "clustered", "coalesce", "collate", "column",
        "commit", "compute", "constraint", "contains", "containstable", "continue", "convert", "create", "cross", "current",
        "current_date", "current_time", "current_timestamp", "current_user", "cursor", "database", "dbcc", "deallocate",
        "declare", "default", "delete", "deny", "desc", "disk", "distinct", "distributed", "double", "drop", "dump", "else",
        "end", "errlvl", "escape", "except", "exec", "execute", "exists", "exit", "external", "fetch", "file", "fillfactor",
        "for", "foreign", "freetext", "freetexttable", "from", "full", "function", "goto", "grant", "group", "having",
        "holdlock", "identity", "identity_insert", "identitycol", "if", "in", "index", "inner", "insert", "intersect",
        "into", "is", "join", "key", "kill", "left", "like", "lineno", "load", "merge", "national", "nocheck",
        "nonclustered", "not", "null", "nullif", "of", "off", "offsets", "on", "open", "opendatasource", "openquery",
        "openrowset", "openxml", "option", "or", "order", "outer", "over", "percent", "pivot", "plan", "precision",
        "primary", "print", "proc", "procedure", "public", "raiserror", "read", "readtext", "reconfigure", "references",
        "replication", "restore", "restrict", "return", "revert", "revoke", "right", "rollback", "rowcount", "rowguidcol",
        "rule", "save", "schema", "securityaudit", "select", "session_user", "set", "setuser", "shutdown", "some",
        "statistics", "system_user", "table", "tablesample", "textsize", "then", "to", "top", "tran", "transaction",
        "trigger", "truncate", "tsequal", "union", "unique", "unpivot", "update", "updatetext", "use", "user", "values",
        "varying", "view", "waitfor", "when", "where", "while", "with", "writetext",
    ]
}
