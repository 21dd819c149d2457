// PostgreSQL: transactional DDL, SERIAL primary keys, double-quoted identifiers.

import Foundation

public struct PostgreSQLDialect: Dialect {
    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling(nativeILike: true, nativeBooleans: true) }

    /// A `DO` block that raises; the dollar-quote tag is one no revision id contains.
    public func guardStatements(_ check: VersionGuard) -> [String] {
        var tag = "$sqlgen_guard$"
        while (check.present + check.absent + [check.message]).contains(where: { $0.contains(tag) }) { tag = "$" + tag.dropFirst() }
        return ["DO \(tag)\nBEGIN\n    IF \(check.failureCondition(dialect: self)) THEN\n        RAISE EXCEPTION \(stringLiteral(check.message));\n    END IF;\nEND\n\(tag)"]
    }
    public var createsNamedEnumTypes: Bool { true }
    public var parsesQuotedBooleans: Bool { true }
    public init() {}

    public var name: String { "postgres" }
    public var sqlAlchemyName: String { "postgresql" }

    public var transactionStatements: (begin: String, commit: String)? { ("BEGIN", "COMMIT") }

    public func serialType(for type: SQLType) -> String? {
        switch type {
        case .integer: "SERIAL"
        case .bigInteger: "BIGSERIAL"
        case .smallInteger: "SMALLSERIAL"
        default: nil
        }
    }

    public var supportsNativeEnums: Bool { true }

    public var optionPrefix: String { "postgresql_" }

    /// Date, time and id functions of other databases that raw defaults call (see the protocol).
    public var missingFunctions: Set<String> { Self.functionsItLacks }
    static let functionsItLacks: Set<String> = ["getdate", "getutcdate", "sysdate", "systimestamp", "newid", "uuid", "utc_timestamp", "unix_timestamp", "curdate", "curtime", "datetime", "strftime"]

    public var supportedOptions: [String: Set<String>] { Self.optionTable }

    /// Made once: `checkOptions` asks for it for every operation.
    static let optionTable: [String: Set<String>] = {
        [
            "create_index": ["postgresql_where", "postgresql_using", "postgresql_concurrently", "postgresql_ops",
                             "postgresql_include", "postgresql_with", "postgresql_tablespace", "postgresql_nulls_not_distinct"],
            // The index's definition options say nothing about dropping it; Alembic ignores them.
            "drop_index": ["postgresql_concurrently", "postgresql_where", "postgresql_using", "postgresql_ops", "postgresql_include",
                           "postgresql_with", "postgresql_tablespace", "postgresql_nulls_not_distinct"],
            "alter_column": ["postgresql_using"],
            "create_table": ["postgresql_partition_by", "postgresql_inherits", "postgresql_using", "postgresql_with_oids",
                             "postgresql_on_commit", "postgresql_tablespace"],
            "create_unique_constraint": ["postgresql_nulls_not_distinct", "postgresql_include"],
            "create_check_constraint": ["postgresql_not_valid"],
            "create_foreign_key": ["postgresql_not_valid"],
        ]
    }()

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
        case .dateTime(let timezone), .timestamp(let timezone):
            return timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE"
        case .time(let timezone):
            return timezone ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE"
        case .numeric(let precision, let scale):
            switch (precision, scale) {
            case (let precision?, let scale?): return "NUMERIC(\(precision), \(scale))"
            case (let precision?, nil): return "NUMERIC(\(precision))"
            default: return "NUMERIC"
            }
        case .float(let precision):
            return "FLOAT" + (precision.map { "(\($0))" } ?? "")
        case .double: return "DOUBLE PRECISION"
        case .largeBinary: return "BYTEA"
        case .json: return "JSON"
        case .uuid: return "UUID"
        case .interval: return "INTERVAL"
        case .enumeration(let enumType):
            guard enumType.native else {
                return "VARCHAR(\(enumType.varcharLength ?? 0))"
            }
            guard let name = enumType.name else {
                throw DialectError(.postgresEnumNeedsName)
            }
            return quoteTable(TableName(name, schema: enumType.schema))
        case .array(let item, let dimensions):
            return try typeName(item) + String(repeating: "[]", count: max(dimensions ?? 1, 1))
        case .named(let name, let arguments):
            return name + (arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")")
        case .variant: return try typeName(type.resolved(for: name))
        case .vendor(let dialect, let name, let arguments, let keywords):
            guard dialect == "postgresql" else { return try foreignTypeName(dialect, name, arguments, keywords, dialectName: "PostgreSQL") }
            return try vendorTypeName(name, arguments, keywords)
        }
    }

    /// PostgreSQL's own types (`postgresql.JSONB`, `INET`, `TIMESTAMP(precision=3)`).
    func vendorTypeName(_ name: String, _ arguments: [OptionValue], _ keywords: [String: OptionValue]) throws(DialectError) -> String {
        switch name {
        case "TIMESTAMP", "TIME":
            var text = name
            if case .int(let precision)? = keywords["precision"] { text += "(\(precision))" }
            let timezone = keywords["timezone"] == .bool(true)
            return text + (timezone ? " WITH TIME ZONE" : " WITHOUT TIME ZONE")
        case "INTERVAL":
            var text = "INTERVAL"
            if case .string(let fields)? = keywords["fields"] { text += " \(fields)" }
            if case .int(let precision)? = keywords["precision"] { text += "(\(precision))" }
            return text
        case "BIT":
            if case .int(let length)? = arguments.first ?? keywords["length"] {
                return (keywords["varying"] == .bool(true) ? "BIT VARYING" : "BIT") + "(\(length))"
            }
            return keywords["varying"] == .bool(true) ? "BIT VARYING" : "BIT"
        case "JSONB", "JSONPATH", "INET", "CIDR", "CITEXT", "MACADDR", "MACADDR8", "MONEY", "OID", "REGCLASS", "REGCONFIG",
             "TSVECTOR", "TSQUERY", "HSTORE", "BYTEA", "INT4RANGE", "INT8RANGE", "NUMRANGE", "DATERANGE", "TSRANGE", "TSTZRANGE",
             "INT4MULTIRANGE", "INT8MULTIRANGE", "NUMMULTIRANGE", "DATEMULTIRANGE", "TSMULTIRANGE", "TSTZMULTIRANGE":
            return name
        default:
            throw DialectError(.dialectTypeNotRendered("postgresql", name))
        }
    }

    /// `CREATE TYPE name AS ENUM (...)` for a native enum that the table creates.
    public func enumTypeCreation(for type: SQLType, renderer: SQLRenderer) throws(DialectError) -> String? {
        var type = type
        if case .array(let item, _) = type { type = item }
        guard case .enumeration(let enumType) = type, enumType.native, enumType.createType else { return nil }
        let values = enumType.values.map(stringLiteral).joined(separator: ", ")
        return "CREATE TYPE \(try typeName(type)) AS ENUM (\(values))"
    }

    public func uniqueModifier(_ options: DialectOptions) -> String {
        switch options["postgresql_nulls_not_distinct"] {
        case .bool(true)?: " NULLS NOT DISTINCT"
        case .bool(false)?: " NULLS DISTINCT"
        default: ""
        }
    }

    /// ` INCLUDE (columns)` for unique constraints, ` NOT VALID` for checks and foreign keys.
    public func constraintSuffix(_ options: DialectOptions, renderer: SQLRenderer) -> String {
        var suffix = ""
        if case .list(let included)? = options["postgresql_include"] {
            let names = included.compactMap { value -> String? in if case .string(let name) = value { return name } else { return nil } }
            suffix += " INCLUDE (\(renderer.columnList(names)))"
        }
        if options["postgresql_not_valid"] == .bool(true) { suffix += " NOT VALID" }
        return suffix
    }

    /// INHERITS, PARTITION BY, USING, WITH[OUT] OIDS, ON COMMIT and TABLESPACE after the closing
    /// parenthesis, each on its own line, in SQLAlchemy's order.
    public func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String {
        let options = table.options
        var suffix = ""
        switch options["postgresql_inherits"] {
        case .string(let parent)?: suffix += "\n INHERITS (\(quoteIdentifier(parent)))"
        case .list(let parents)?:
            let names = parents.compactMap { value -> String? in if case .string(let name) = value { return quoteIdentifier(name) } else { return nil } }
            suffix += "\n INHERITS (" + names.joined(separator: ", ") + ")"
        default: break
        }
        if case .string(let partition)? = options["postgresql_partition_by"] {
            suffix += "\n PARTITION BY " + (try OptionText.checked(partition, option: "postgresql_partition_by", expected: "a partitioning clause such as 'RANGE (created_at)'", OptionText.isSelfContainedPostgreSQL))
        }
        if case .string(let method)? = options["postgresql_using"] {
            suffix += "\n USING " + (try OptionText.checked(method, option: "postgresql_using", expected: "a table access method name such as 'heap'", OptionText.isWord))
        }
        switch options["postgresql_with_oids"] {
        case .bool(true)?: suffix += "\n WITH OIDS"
        case .bool(false)?: suffix += "\n WITHOUT OIDS"
        default: break
        }
        if case .string(let onCommit)? = options["postgresql_on_commit"] {
            _ = try OptionText.checked(onCommit, option: "postgresql_on_commit", expected: "'preserve_rows', 'delete_rows' or 'drop'", OptionText.isPhrase)
            suffix += "\n ON COMMIT " + onCommit.replacingOccurrences(of: "_", with: " ").uppercased()
        }
        if case .string(let tablespace)? = options["postgresql_tablespace"] { suffix += "\n TABLESPACE \(quoteIdentifier(tablespace))" }
        return suffix
    }

    public func enumTypeDropStatement(_ name: TableName) -> String? {
        "DROP TYPE \(quoteTable(name))"
    }

    public func computedClause(_ computed: Computed) throws(DialectError) -> String {
        guard computed.persisted != false else {
            throw DialectError(.postgresComputedAlwaysStored)
        }
        return "GENERATED ALWAYS AS (\(computed.sql)) STORED"
    }

    /// Type, nullability, default, comment, then the rename: Alembic's order.
    /// PostgreSQL alters and constrains in place, and writes a default as the revision gives it
    /// (`parsesQuotedBooleans`), so only what involves its named enum types needs the earlier
    /// schema: a table, column or type going, a column's type changing, a new column's own type.
    public func readsSchema(_ kind: Operation.Kind) -> Bool {
        switch kind {
        case .createTable, .addColumn:
            return SQLRenderer.readsSchema(kind, dialect: self)
        case .alterColumn(let alter):
            return alter.type != nil
        case .batch(let batch):
            return batch.operations.contains { readsSchema($0.kind) }
        case .autocommit(let operations):
            return operations.contains { readsSchema($0.kind) }
        case .dropTable, .dropColumn, .createEnumType, .dropEnumType:
            return true
        case .renameTable, .createIndex, .dropIndex, .createPrimaryKey, .createUniqueConstraint, .createCheckConstraint,
             .createForeignKey, .createExcludeConstraint, .dropConstraint, .createTableComment, .dropTableComment,
             .bulkInsert, .execute, .data:
            return false
        }
    }

    public func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let table = "ALTER TABLE \(quoteTable(alter.table))"
        let column = quoteIdentifier(alter.column)
        var statements: [String] = []
        if let type = alter.type {
            var statement = "\(table) ALTER COLUMN \(column) TYPE \(try typeName(type))"
            switch alter.options["postgresql_using"] ?? nil {
            case .string(let using)?, .sql(let using)?:
                statement += " USING " + (try OptionText.checked(using, option: "postgresql_using", expected: "one expression such as 'amount::numeric'", OptionText.isSelfContainedPostgreSQL))
            default: break
            }
            statements.append(statement)
        }
        if let nullable = alter.nullable {
            statements.append("\(table) ALTER COLUMN \(column) \(nullable ? "DROP" : "SET") NOT NULL")
        }
        switch alter.serverDefault {
        case .unchanged: break
        case .set(let expression): statements.append("\(table) ALTER COLUMN \(column) SET DEFAULT \(renderer.defaultSQL(expression, for: alter.type ?? alter.existingType ?? .text(length: nil, collation: nil)))")
        case .drop: statements.append("\(table) ALTER COLUMN \(column) DROP DEFAULT")
        }
        switch alter.comment {
        case .unchanged: break
        case .set(let comment): statements += try commentStatements(on: alter.table, column: alter.column, comment: comment, renderer: renderer)
        case .drop: statements += try commentStatements(on: alter.table, column: alter.column, comment: nil, renderer: renderer)
        }
        if let newName = alter.newName {
            statements.append("\(table) RENAME \(column) TO \(quoteIdentifier(newName))")
        }
        return statements
    }

    /// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING m] (elements)
    /// [INCLUDE (...)] [NULLS NOT DISTINCT] [WITH (...)] [TABLESPACE t] [WHERE ...]`.
    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        let options = index.options
        var statement = "CREATE " + (index.unique ? "UNIQUE " : "") + "INDEX "
        if options["postgresql_concurrently"] == .bool(true) { statement += "CONCURRENTLY " }
        if index.ifNotExists { statement += "IF NOT EXISTS " }
        statement += "\(quoteIdentifier(index.name)) ON \(quoteTable(index.table)) "
        if case .string(let method)? = options["postgresql_using"] {
            // SQLAlchemy's IDX_USING check, and its lower-casing.
            statement += "USING " + (try OptionText.checked(method, option: "postgresql_using", expected: "an index method name such as 'gin'", OptionText.isWord)).lowercased() + " "
        }
        var operatorClasses: [String: String] = [:]
        if case .dict(let ops)? = options["postgresql_ops"] {
            for (key, value) in ops {
                if case .string(let opclass) = value {
                    operatorClasses[key] = try OptionText.checked(opclass, option: "postgresql_ops", expected: "an operator class such as 'text_pattern_ops'", OptionText.isOperatorClass)
                }
            }
        }
        let elements = index.elements.map { element in
            switch element {
            case .column(let name): quoteIdentifier(name) + (operatorClasses[name].map { " " + $0 } ?? "")
            case .expression(let sql): sql
            }
        }
        statement += "(" + elements.joined(separator: ", ") + ")"
        if case .list(let included)? = options["postgresql_include"] {
            let names = included.compactMap { value -> String? in if case .string(let name) = value { return quoteIdentifier(name) } else { return nil } }
            statement += " INCLUDE (" + names.joined(separator: ", ") + ")"
        }
        if case .bool(let notDistinct)? = options["postgresql_nulls_not_distinct"] {
            statement += notDistinct ? " NULLS NOT DISTINCT" : " NULLS DISTINCT"
        }
        if case .dict(let storage)? = options["postgresql_with"] {
            var pairs: [String] = []
            for (key, value) in storage.sorted(by: { $0.key < $1.key }) {
                let text = Self.plain(value)
                guard OptionText.isWord(key), OptionText.isPhrase(text.replacingOccurrences(of: ".", with: "_")) else {
                    throw DialectError(.unsafeOptionValue("postgresql_with", "\(key) = \(text)", expected: "storage parameters such as {'fillfactor': 70}"))
                }
                pairs.append("\(key) = \(text)")
            }
            statement += " WITH (" + pairs.joined(separator: ", ") + ")"
        }
        if case .string(let tablespace)? = options["postgresql_tablespace"] { statement += " TABLESPACE \(quoteIdentifier(tablespace))" }
        switch options["postgresql_where"] {
        case .sql(let condition)?, .string(let condition)?:
            statement += " WHERE " + (try OptionText.checked(condition, option: "postgresql_where", expected: "one condition", OptionText.isSelfContainedPostgreSQL))
        default: break
        }
        return statement
    }

    static func plain(_ value: OptionValue) -> String {
        switch value {
        case .none: "NULL"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .float(let number): number.pythonText
        case .string(let text), .sql(let text): text
        case .list(let items): items.map(plain).joined(separator: ", ")
        case .dict: ""
        }
    }

    public func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String {
        var statement = "DROP INDEX "
        if drop.options["postgresql_concurrently"] == .bool(true) { statement += "CONCURRENTLY " }
        if drop.ifExists { statement += "IF EXISTS " }
        return statement + quoteTable(TableName(drop.name, schema: drop.schema))
    }

    /// `EXCLUDE USING gist (col WITH op, ...) [WHERE (condition)]`.
    public func excludeClause(_ exclude: ExcludeConstraint, renderer: SQLRenderer) throws(DialectError) -> String {
        var clause = exclude.name.map { "CONSTRAINT \(quoteIdentifier($0)) " } ?? ""
        var elements: [String] = []
        for (element, op) in exclude.elements {
            let isName = element.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
            let checkedElement = isName ? quoteIdentifier(element) : try OptionText.checked(element, option: "ExcludeConstraint", expected: "a column or one expression", OptionText.isSelfContainedPostgreSQL)
            elements.append(checkedElement + " WITH " + (try OptionText.checked(op, option: "ExcludeConstraint", expected: "an operator such as '&&' or '='", OptionText.isOperator)))
        }
        let method = try OptionText.checked(exclude.using ?? "gist", option: "using", expected: "an index method name such as 'gist'", OptionText.isWord)
        clause += "EXCLUDE USING \(method) (" + elements.joined(separator: ", ") + ")"
        if let condition = exclude.whereSQL {
            clause += " WHERE (" + (try OptionText.checked(condition, option: "where", expected: "one condition", OptionText.isSelfContainedPostgreSQL)) + ")"
        }
        return clause
    }

    func withCollation(_ type: String, _ collation: String?) -> String {
        guard let collation else { return type }
        return type + " COLLATE " + quoteIdentifier(collation)
    }

    /// PostgreSQL's reserved key words (its documentation's SQL Key Words appendix, the
    /// "reserved" and "reserved (can be function or type)" entries): SQLAlchemy's list, plus
    /// `collation`, `concurrently`, `lateral` and `tablesample`, which SQLAlchemy leaves bare and
    /// PostgreSQL refuses as bare table or column names.
    /// 63 (NAMEDATALEN - 1), in bytes; PostgreSQL cuts longer names with only a NOTICE.
    public var identifierLimits: IdentifierLimits { IdentifierLimits(identifier: 63, database: 63, countsBytes: true, databaseCuts: true) }

    public let reservedWords: Set<String> = [
        "collation", "concurrently", "lateral", "tablesample",
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
        "binary", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "cross",
        "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
        "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
        "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
        "intersect", "into", "is", "isnull", "join", "leading", "left", "like", "limit", "localtime", "localtimestamp",
        "natural", "new", "not", "notnull", "null", "of", "off", "offset", "old", "on", "only", "or", "order", "outer",
        "over", "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
        "similar", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
        "variadic", "verbose", "when", "where", "window", "with",
    ]
}
