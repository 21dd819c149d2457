// Oracle: no transactional DDL, no terminator, `/` after each statement, VARCHAR2 and NUMBER types.

import Foundation

/// Oracle as SQLAlchemy 2.1's `oracle` dialect and Alembic 1.20's `OracleImpl` write it
/// offline. With no server to ask, SQLAlchemy assumes a current server: native BOOLEAN and JSON,
/// identity columns, VARCHAR2 lengths in characters.
public struct OracleDialect: Dialect {
    /// A PL/SQL block: PL/SQL takes no subquery in `IF`, so the counts are selected first.
    public func guardStatements(_ check: VersionGuard) -> [String] {
        var declarations = "", selections = "", conditions: [String] = []
        for (name, ids, expected) in [("present_rows", check.present, check.present.count), ("absent_rows", check.absent, 0)] where !ids.isEmpty {
            declarations += "    \(name) NUMBER;\n"
            selections += "    SELECT COUNT(*) INTO \(name) FROM \(check.table) WHERE version_num IN (" + ids.map(stringLiteral).joined(separator: ", ") + ");\n"
            conditions.append("\(name) <> \(expected)")
        }
        guard !conditions.isEmpty else { return [] }
        return ["DECLARE\n\(declarations)BEGIN\n\(selections)    IF \(conditions.joined(separator: " OR ")) THEN\n        RAISE_APPLICATION_ERROR(-20001, \(stringLiteral(check.message)));\n    END IF;\nEND;"]
    }
    public init() {}

    public var name: String { "oracle" }

    /// Oracle commits DDL itself; Alembic writes no transaction around an Oracle script.
    public var transactionStatements: (begin: String, commit: String)? { nil }

    /// Statements end with nothing but the `/` line, which SQL*Plus and SQLcl run them by.
    public var statementTerminator: String { "" }

    public var batchSeparator: String? { "/" }

    /// Oracle has no ON UPDATE action; SQLAlchemy leaves it out (with a warning).
    public var rendersOnUpdate: Bool { false }

    public var optionPrefix: String { "oracle_" }

    /// Date, time and id functions of other databases that raw defaults call (see the protocol).
    public var missingFunctions: Set<String> { Self.functionsItLacks }
    static let functionsItLacks: Set<String> = ["now", "getdate", "getutcdate", "gen_random_uuid", "uuid_generate_v4", "newid", "uuid", "utc_timestamp", "unix_timestamp", "curdate", "curtime", "datetime", "strftime"]

    static let indexOptions: Set<String> = ["oracle_bitmap", "oracle_compress"]

    static let tableOptions: Set<String> = ["oracle_on_commit", "oracle_compress", "oracle_tablespace", "oracle_resolve_synonyms"]

    public var supportedOptions: [String: Set<String>] { Self.optionTable }

    /// Made once: `checkOptions` asks for it for every operation.
    static let optionTable: [String: Set<String>] = {
        [
            "create_table": Self.tableOptions,
            // Table options mean nothing to DROP TABLE; Alembic accepts and ignores them.
            "drop_table": Self.tableOptions,
            "create_index": Self.indexOptions,
            // Index options mean nothing to DROP INDEX; Alembic accepts and ignores them.
            "drop_index": Self.indexOptions,
        ]
    }()

    /// Oracle has no implicit autoincrement: only an explicit `sa.Identity` makes one.
    public func serialType(for type: SQLType) -> String? { nil }

    // MARK: Quoting and literals

    /// Quoted where SQLAlchemy quotes for Oracle: as everywhere, and also a leading `_`.
    public func quoteIdentifier(_ name: String) -> String {
        guard requiresQuotes(name) || name.hasPrefix("_") else { return name }
        return name.enclosed("\"", "\"")
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "1" : "0" }

    /// SQLAlchemy 2.1 assumes Oracle 23's native booleans in conditions (`WHERE t.active`).
    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling(division: .plain, nativeBooleans: true, moduloFunction: true,
                                                                       multipleTableUpdate: .unsupported, multipleTableDelete: .unsupported) }

    /// Oracle needs a length in `CAST(x AS VARCHAR2(...))`; SQLAlchemy gives 4000 where the type has none.
    public func castTypeName(_ type: SQLType) throws(DialectError) -> String? {
        if case .string(let length, _) = type { return Self.varchar("VARCHAR2", length ?? 4000) }
        return try typeName(type)
    }

    /// `'...'`, or, when a line of the text would be a SQL*Plus command (`/`, `.`, a blank line),
    /// pieces joined with `|| CHR(10) ||` (see `SeparatorSafeLiteral`).
    public func stringLiteral(_ value: String) -> String {
        guard SeparatorSafeLiteral.hasCommandLine(value, SeparatorSafeLiteral.isSQLPlusCommand) else { return value.enclosed("'", "'") }
        return SeparatorSafeLiteral.concatenated(value, quote: { $0.enclosed("'", "'") }, lineBreak: { "CHR(\($0))" }, concatenation: "||")
    }

    /// Dates and datetimes as `TO_DATE(...)`, or `TO_TIMESTAMP(...)` with fractional seconds, in
    /// the form the column's type takes; booleans as 1 and 0.
    public func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String {
        let dateOnly = type == .date
        switch value {
        case .null, .bool, .int, .bigInteger, .float, .decimal, .string, .time:
            return standardLiteral(value)
        case .date(let text):
            return "TO_DATE(\(stringLiteral(text)), '\(dateOnly ? "YYYY-MM-DD" : "YYYY-MM-DD HH24:MI:SS")')"
        case .dateTime(let text):
            let fractional = text.contains(".")
            if dateOnly {
                return "\(fractional ? "TO_TIMESTAMP" : "TO_DATE")(\(stringLiteral(String(text.prefix(10)))), 'YYYY-MM-DD')"
            }
            return fractional
                ? "TO_TIMESTAMP(\(stringLiteral(text)), 'YYYY-MM-DD HH24:MI:SS.FF')"
                : "TO_DATE(\(stringLiteral(text)), 'YYYY-MM-DD HH24:MI:SS')"
        }
    }

    /// Functions Oracle calls without parentheses (SQLAlchemy's `NO_ARG_FNS`).
    static let argumentlessFunctions: Set<String> = ["UID", "CURRENT_DATE", "SYSDATE", "USER", "CURRENT_TIME", "CURRENT_TIMESTAMP"]

    /// `now()` is `CURRENT_TIMESTAMP`, `char_length()` is `LENGTH()`, `uid()` is `uid`.
    public func functionCall(_ name: String, arguments: [String]) -> String {
        let list = "(" + arguments.joined(separator: ", ") + ")"
        switch name.lowercased() {
        case "now": return "CURRENT_TIMESTAMP"
        case "char_length": return "LENGTH" + list
        case "pow": return "POWER" + list
        default: return GenericFunctions.call(name, arguments: arguments) { Self.argumentlessFunctions.contains($0.uppercased()) }
        }
    }

    // MARK: Types

    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .smallInteger: return "SMALLINT"
        case .bigInteger: return "NUMBER(19)"
        // SQLAlchemy writes no COLLATE for Oracle strings.
        case .string(let length, _), .unicode(let length, _): return Self.varchar("VARCHAR2", length)
        case .text, .unicodeText: return "CLOB"
        case .boolean: return "BOOLEAN"
        case .date, .dateTime: return "DATE"
        case .timestamp(let timezone): return timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP"
        // Oracle has no TIME type; SQLAlchemy writes TIME all the same.
        case .time: return "TIME"
        case .numeric(let precision, let scale): return SQLServerDialect.numeric("NUMERIC", precision, scale)
        case .float(let precision):
            guard precision == nil else { throw DialectError(.oracleFloatPrecision(precision ?? 0)) }
            return "FLOAT"
        case .double: return "DOUBLE PRECISION"
        case .largeBinary: return "BLOB"
        case .json: return "JSON"
        case .uuid: return "CHAR(32)"
        case .interval: return "INTERVAL DAY TO SECOND"
        case .enumeration(let enumType):
            return Self.varchar("VARCHAR", enumType.varcharLength)
        case .array:
            throw DialectError(.typeNotInDialect("an array type", dialect: "Oracle"))
        case .named(let name, let arguments):
            return name + (arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")")
        case .variant: return try typeName(type.resolved(for: name))
        case .vendor(let dialect, let name, let arguments, let keywords):
            guard dialect == "oracle" else {
                // Oracle writes a VARCHAR's length in characters (`VARCHAR(20 CHAR)`), which a
                // plain named type does not say: another dialect's VARCHAR and CHAR stay refused.
                guard name != "VARCHAR", name != "CHAR" else { throw DialectError(.typeOfAnotherDialect(dialect, name, dialect: "Oracle")) }
                return try foreignTypeName(dialect, name, arguments, keywords, dialectName: "Oracle")
            }
            return try vendorTypeName(name, VendorArguments(arguments, keywords))
        }
    }

    /// `VARCHAR2(n CHAR)`: lengths in characters, as SQLAlchemy writes them for current servers.
    static func varchar(_ name: String, _ length: Int?) -> String {
        guard let length, length > 0 else { return name }
        return "\(name)(\(length) CHAR)"
    }

    /// `oracle.NUMBER(10, 2)`, `oracle.VARCHAR2(40)`, `oracle.TIMESTAMP(local_timezone=True)`, ...
    func vendorTypeName(_ name: String, _ arguments: VendorArguments) throws(DialectError) -> String {
        switch name {
        case "NUMBER", "BINARY_FLOAT", "BINARY_DOUBLE":
            return SQLServerDialect.numeric(name, try arguments.int("precision", at: 0), try arguments.int("scale", at: 1))
        case "DOUBLE_PRECISION":
            return SQLServerDialect.numeric("DOUBLE PRECISION", try arguments.int("precision", at: 0), nil)
        case "FLOAT":
            if let precision = try arguments.int("precision", at: 0), try arguments.int("binary_precision", at: nil) == nil {
                throw DialectError(.oracleFloatPrecision(precision))
            }
            return "FLOAT" + ((try arguments.int("binary_precision", at: 3)).map { "(\($0))" } ?? "")
        case "VARCHAR2", "VARCHAR":
            return Self.varchar(name, try arguments.int("length", at: 0))
        case "NVARCHAR2", "NVARCHAR":
            return "NVARCHAR2" + ((try arguments.int("length", at: 0)).map { "(\($0))" } ?? "")
        case "CHAR", "NCHAR", "RAW":
            return name + ((try arguments.int("length", at: 0)).map { "(\($0))" } ?? "")
        case "TIMESTAMP":
            if try arguments.bool("local_timezone", at: 1) == true { return "TIMESTAMP WITH LOCAL TIME ZONE" }
            return try arguments.bool("timezone", at: 0) == true ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP"
        case "INTERVAL":
            let day = (try arguments.int("day_precision", at: 0)).map { "(\($0))" } ?? ""
            let second = (try arguments.int("second_precision", at: 1)).map { "(\($0))" } ?? ""
            return "INTERVAL DAY\(day) TO SECOND\(second)"
        case "CLOB", "NCLOB", "BLOB", "LONG", "ROWID", "DATE", "BOOLEAN", "JSON", "REAL":
            return name
        default:
            throw DialectError(.dialectTypeNotRendered("oracle", name))
        }
    }

    // MARK: Columns

    /// SQLAlchemy's order: name, type, DEFAULT, GENERATED ALWAYS AS, identity, NOT NULL. An
    /// identity column is written without NOT NULL, which Oracle implies.
    public func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String {
        var spec = quoteIdentifier(column.name) + " " + (try typeName(column.type))
        if let serverDefault = column.serverDefault {
            spec += " DEFAULT " + renderer.expression(serverDefault)
        }
        if let computed = column.computed {
            spec += " " + (try computedClause(computed))
        }
        if let identity = column.identity {
            spec += " " + identityClause(identity)
        } else if !column.isNullable {
            spec += " NOT NULL"
        }
        return spec
    }

    /// `GENERATED ALWAYS AS (expression) [VIRTUAL]`; Oracle has no stored computed columns.
    public func computedClause(_ computed: Computed) throws(DialectError) -> String {
        guard computed.persisted != true else { throw DialectError(.oracleStoredComputed) }
        return "GENERATED ALWAYS AS (\(computed.sql))" + (computed.persisted == false ? " VIRTUAL" : "")
    }

    /// `GENERATED {ALWAYS | BY DEFAULT} [ON NULL] AS IDENTITY (options)`, in Oracle's spelling of them.
    public func identityClause(_ identity: Identity) -> String {
        let options = identityOptions(identity, noCycle: "NOCYCLE", noOrder: "NOORDER")
        let kind = identity.always ? "ALWAYS" : "BY DEFAULT"
        let onNull = identity.onNull == true ? " ON NULL" : ""
        return "GENERATED \(kind)\(onNull) AS IDENTITY" + (options.isEmpty ? "" : " (" + options.joined(separator: " ") + ")")
    }

    /// `ALTER TABLE t ADD column`, without COLUMN; Alembic writes no IF NOT EXISTS for Oracle.
    public func addColumnStatement(_ add: AddColumn, specification: String, renderer: SQLRenderer) throws(DialectError) -> String {
        "ALTER TABLE \(quoteTable(add.table)) ADD \(specification)"
    }

    /// `ON COMMIT ...`, `COMPRESS [FOR ...]` and `TABLESPACE ...`, each on a line of its own.
    public func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String {
        var suffix = ""
        switch table.options["oracle_on_commit"] {
        case nil, .none?: break
        case .string(let action)?:
            _ = try OptionText.checked(action, option: "oracle_on_commit", expected: "'preserve_rows' or 'delete_rows'", OptionText.isPhrase)
            suffix += "\n ON COMMIT " + action.replacingOccurrences(of: "_", with: " ").uppercased()
        case let other?: throw DialectError(.dialectOptionValue("oracle_on_commit", expected: "a string", found: other.pythonDescription))
        }
        switch table.options["oracle_compress"] {
        case nil, .none?, .bool(false)?: break
        case .bool(true)?: suffix += "\n COMPRESS"
        case .string(let kind)?:
            suffix += "\n COMPRESS FOR " + (try OptionText.checked(kind, option: "oracle_compress", expected: "a compression kind such as 'OLTP'", OptionText.isPhrase))
        case let other?: throw DialectError(.dialectOptionValue("oracle_compress", expected: "True or a compression kind", found: other.pythonDescription))
        }
        switch table.options["oracle_tablespace"] {
        case nil, .none?: break
        case .string(let tablespace)?: suffix += "\n TABLESPACE " + quoteIdentifier(tablespace)
        case let other?: throw DialectError(.dialectOptionValue("oracle_tablespace", expected: "a string", found: other.pythonDescription))
        }
        return suffix
    }

    // MARK: Altering a column

    /// Alembic's order: nullability, default, type, comment, then the rename, each a `MODIFY`
    /// (or `COMMENT ON`, `RENAME COLUMN`) of its own.
    /// Oracle alters in place, restates nothing and has no named types: no operation needs the
    /// schema earlier revisions built, so `upgrade FROM:TO` reads only its range.
    public func readsSchema(_ kind: Operation.Kind) -> Bool { false }

    public func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let table = "ALTER TABLE \(quoteTable(alter.table))"
        let column = quoteIdentifier(alter.column)
        var statements: [String] = []
        if let nullable = alter.nullable {
            statements.append("\(table) MODIFY \(column) \(nullable ? "NULL" : "NOT NULL")")
        }
        switch alter.serverDefault {
        case .unchanged: break
        case .set(let expression): statements.append("\(table) MODIFY \(column) DEFAULT \(renderer.expression(expression))")
        case .drop: statements.append("\(table) MODIFY \(column) DEFAULT NULL")
        }
        if let type = alter.type {
            statements.append("\(table) MODIFY \(column) \(try typeName(type))")
        }
        switch alter.comment {
        case .unchanged: break
        case .set(let comment): statements += try commentStatements(on: alter.table, column: alter.column, comment: comment, renderer: renderer)
        case .drop: statements += try commentStatements(on: alter.table, column: alter.column, comment: nil, renderer: renderer)
        }
        if let newName = alter.newName {
            statements.append("\(table) RENAME COLUMN \(column) TO \(quoteIdentifier(newName))")
        }
        return statements
    }

    /// `COMMENT ON TABLE|COLUMN ... IS '...'`; Oracle removes a comment by setting it empty.
    /// (Alembic writes a column's name unquoted and without its schema when it alters the
    /// comment; sqlgen names the column as everywhere else, so that a quoted name or a table in
    /// a schema gets the comment.)
    public func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String] {
        // COMMENT ON takes a literal, not an expression: a comment that needs concatenation is refused.
        if let comment, SeparatorSafeLiteral.hasCommandLine(comment, SeparatorSafeLiteral.isSQLPlusCommand) {
            throw DialectError(.commentHasCommandLine(dialect: "Oracle", client: "SQL*Plus"))
        }
        let target = column.map { "COLUMN \(quoteTable(table)).\(quoteIdentifier($0))" } ?? "TABLE \(quoteTable(table))"
        return ["COMMENT ON \(target) IS \(stringLiteral(comment ?? ""))"]
    }

    // MARK: Indexes

    /// `CREATE [UNIQUE] [BITMAP] INDEX schema.name ON schema.table (...) [COMPRESS [n]]`: the
    /// index lives in its table's schema. SQLAlchemy writes no IF NOT EXISTS for Oracle.
    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        let options = index.options
        var statement = "CREATE " + (index.unique ? "UNIQUE " : "")
        if OptionValue.isTruthy(options["oracle_bitmap"]) { statement += "BITMAP " }
        statement += "INDEX \(quoteTable(TableName(index.name, schema: index.table.schema))) ON \(quoteTable(index.table)) (\(indexElements(index)))"
        switch options["oracle_compress"] {
        case nil, .none?, .bool(false)?: break
        case .bool(true)?: statement += " COMPRESS"
        case .int(let columns)?: statement += " COMPRESS \(columns)"
        case let other?: throw DialectError(.dialectOptionValue("oracle_compress", expected: "True or a number of columns", found: other.pythonDescription))
        }
        return statement
    }

    /// `DROP INDEX [IF EXISTS] schema.name`.
    public func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String {
        "DROP INDEX \(drop.ifExists ? "IF EXISTS " : "")\(quoteTable(TableName(drop.name, schema: drop.schema)))"
    }

    /// Oracle's reserved words, lower-case: SQLAlchemy's `oracle.base.RESERVED_WORDS`.
    /// 128, SQLAlchemy's default since Oracle 12.2 (bytes for Oracle; older servers allow 30).
    public var identifierLimits: IdentifierLimits { IdentifierLimits(identifier: 128, database: 128, countsBytes: true) }

    public let reservedWords: Set<String> = [
        "share", "raw", "drop", "between", "from", "desc", "option", "prior", "long", "then", "default", "alter", "is",
        "into", "minus", "integer", "number", "grant", "identified", "all", "to", "order", "on", "float", "date", "having",
        "cluster", "nowait", "resource", "any", "table", "index", "for", "update", "where", "check", "smallint", "with",
        "delete", "by", "asc", "revoke", "like", "size", "rename", "nocompress", "null", "group", "values", "as", "in",
        "view", "exclusive", "compress", "synonym", "select", "insert", "exists", "not", "trigger", "else", "create",
        "intersect", "pctfree", "distinct", "user", "connect", "set", "mode", "of", "unique", "varchar2", "varchar", "lock",
        "or", "char", "decimal", "union", "public", "and", "start", "uid", "comment", "current", "level",
    ]
}
