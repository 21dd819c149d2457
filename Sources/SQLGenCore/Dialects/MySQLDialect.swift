// MySQL and MariaDB: backtick quoting, AUTO_INCREMENT, inline comments, MODIFY/CHANGE, no transactional DDL.

import Foundation

/// The MySQL dialect as SQLAlchemy 2.1.9 and Alembic 1.20.1 render it offline (`mysql://`), for
/// MySQL and MariaDB alike (`--dialect mariadb` is an alias). Where that rendering cannot run on
/// one of the two servers, sqlgen writes the form both accept; README lists each case.
public struct MySQLDialect: Dialect {
    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling(concatenation: .function, division: .plain, multipleTableUpdate: .tableList,
                                                                       multipleTableDelete: .usingWithTarget) }

    /// MySQL casts to a few types only (`visit_typeclause`): integers are `SIGNED INTEGER`,
    /// strings `CHAR`, and a type it cannot cast to (booleans, floats) leaves the CAST out.
    public func castTypeName(_ type: SQLType) throws(DialectError) -> String? {
        switch type.resolved(for: name) {
        case .integer, .smallInteger, .bigInteger: return "SIGNED INTEGER"
        case .timestamp: return "DATETIME"
        case .date, .dateTime, .time: return try typeName(type)
        case .numeric: return try typeName(type).replacingOccurrences(of: "NUMERIC", with: "DECIMAL")
        case .string(let length, _), .unicode(let length, _), .text(let length, _), .unicodeText(let length, _):
            return "CHAR" + (length.map { "(\($0))" } ?? "")
        case .largeBinary: return "BINARY"
        case .json: return "JSON"
        default: return nil
        }
    }

    public var restatesAlteredColumns: Bool { true }
    public init() {}

    public var name: String { "mysql" }

    public var identifierQuote: Character { "`" }

    /// MySQL's DDL commits implicitly, so Alembic writes no BEGIN / COMMIT.
    public var transactionStatements: (begin: String, commit: String)? { nil }

    /// Autoincrement is the `AUTO_INCREMENT` keyword, not a type.
    public func serialType(for type: SQLType) -> String? { nil }

    public var supportsNativeEnums: Bool { true }

    public var writesCommentsInline: Bool { true }

    public var optionPrefix: String { "mysql_" }

    /// Date, time and id functions of other databases that raw defaults call (see the protocol).
    public var missingFunctions: Set<String> { Self.functionsItLacks }
    static let functionsItLacks: Set<String> = ["getdate", "getutcdate", "systimestamp", "newid", "gen_random_uuid", "uuid_generate_v4", "datetime", "strftime"]

    public var supportedOptions: [String: Set<String>] { Self.optionTable }

    /// Made once: `checkOptions` asks for it for every operation.
    static let optionTable: [String: Set<String>] = {
        [
            "create_table": Set(Self.tableOptions.map { "mysql_" + $0 }),
            "create_index": ["mysql_length", "mysql_prefix", "mysql_using", "mysql_with_parser"],
        ]
    }()

    /// The `mysql_*` keywords of `op.create_table` that SQLAlchemy turns into table options:
    /// MySQL's and MariaDB's CREATE TABLE options, lower-case, without the prefix.
    static let tableOptions: [String] = [
        "auto_increment", "avg_row_length", "character_set", "charset", "checksum", "collate", "comment", "compression",
        "connection", "data_directory", "default_character_set", "default_charset", "default_collate", "delay_key_write",
        "encrypted", "encryption", "encryption_key_id", "engine", "index_directory", "insert_method", "key_block_size",
        "max_rows", "min_rows", "pack_keys", "page_checksum", "page_compressed", "page_compression_level", "partition_by",
        "partitions", "password", "row_format", "sequence", "stats_auto_recalc", "stats_persistent", "stats_sample_pages",
        "subpartition_by", "subpartitions", "tablespace", "transactional", "union",
    ]

    // MARK: Literals

    /// Single quotes doubled and, since MySQL reads backslash escapes in string literals,
    /// backslashes doubled too (SQLAlchemy's `_backslash_escapes`).
    public func stringLiteral(_ value: String) -> String {
        // By Unicode scalar (`doublingScalar`): a quote with a combining mark after it still ends
        // the literal in MySQL.
        let text = value.doublingScalar("\\").doublingScalar("'")
        // The mariadb and mysql clients read a script line by line and drop a `\r` that ends a
        // line, inside quotes too; written as the escape `\r`, it reaches the table.
        guard text.containsByte(UInt8(ascii: "\r")), SeparatorSafeLiteral.hasCarriageReturnLineFeed(text) else { return "'" + text + "'" }
        var escaped = "'"
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r", pending == "\n" { escaped += "\\r" } else { escaped.unicodeScalars.append(scalar) }
        }
        return escaped + "'"
    }

    // MARK: Types

    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .smallInteger: return "SMALLINT"
        case .bigInteger: return "BIGINT"
        case .string(let length, let collation), .unicode(let length, let collation):
            guard let length else { throw DialectError(.mysqlNeedsLength("VARCHAR")) }
            return try Self.stringType("VARCHAR(\(length))", collation: collation)
        case .text(let length, let collation), .unicodeText(let length, let collation):
            return try Self.stringType("TEXT" + (length.map { "(\($0))" } ?? ""), collation: collation)
        case .boolean: return "BOOL"
        case .date: return "DATE"
        case .dateTime: return "DATETIME"
        case .timestamp: return "TIMESTAMP"
        case .time: return "TIME"
        case .numeric(let precision, let scale): return Self.decimalType("NUMERIC", precision, scale)
        case .float(let precision): return "FLOAT" + (precision.map { "(\($0))" } ?? "")
        case .double: return "DOUBLE"
        case .largeBinary(let length): return "BLOB" + (length.map { "(\($0))" } ?? "")
        case .json: return "JSON"
        // `sa.Uuid` is stored as 32 hexadecimal characters where the database has no UUID type.
        case .uuid: return "CHAR(32)"
        // `sa.Interval` is a DATETIME holding an offset from the epoch where there is no INTERVAL type.
        case .interval: return "DATETIME"
        case .enumeration(let enumType):
            guard enumType.native else {
                return "VARCHAR(\(enumType.varcharLength ?? 0))"
            }
            // Values are separated by a bare comma, as SQLAlchemy writes them.
            return "ENUM(" + enumType.values.map(stringLiteral).joined(separator: ",") + ")"
        case .array:
            throw DialectError(.mysqlNoSuchType("ARRAY"))
        case .named(let name, let arguments):
            return try namedType(name, arguments)
        case .variant: return try typeName(type.resolved(for: name))
        case .vendor(let dialect, let name, let arguments, let keywords):
            guard dialect == "mysql" else { return try foreignTypeName(dialect, name, arguments, keywords, dialectName: "MySQL") }
            return try vendorTypeName(name, VendorArguments(arguments, keywords))
        }
    }

    /// The upper-case SQL types SQLAlchemy keeps by name (`sa.CHAR(3)`, `sa.NCHAR`, `sa.DECIMAL`).
    func namedType(_ name: String, _ arguments: [Int]) throws(DialectError) -> String {
        let list = arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")"
        switch name {
        case "NCHAR": return "NATIONAL CHAR" + list
        case "NVARCHAR":
            guard !arguments.isEmpty else { throw DialectError(.mysqlNeedsLength("VARCHAR")) }
            return "NATIONAL VARCHAR" + list
        case "VARBINARY":
            guard !arguments.isEmpty else { throw DialectError(.mysqlNeedsLength("VARBINARY")) }
            return "VARBINARY" + list
        default: return name + list
        }
    }

    static func decimalType(_ name: String, _ precision: Int?, _ scale: Int?) -> String {
        switch (precision, scale) {
        case (let precision?, let scale?): "\(name)(\(precision), \(scale))"
        case (let precision?, nil): "\(name)(\(precision))"
        default: name
        }
    }

    /// A generic string type's collation: `COLLATE name`, written bare as SQLAlchemy writes it.
    static func stringType(_ spec: String, collation: String?) throws(DialectError) -> String {
        guard let collation else { return spec }
        return spec + " COLLATE " + (try OptionText.checked(collation, option: "collation", expected: "a collation name such as 'utf8mb4_bin'", OptionText.isWord))
    }

    /// MySQL's own types (`mysql.TINYINT(1)`, `mysql.LONGTEXT`, `mysql.DATETIME(fsp=6)`), as
    /// SQLAlchemy's MySQL type compiler writes them.
    func vendorTypeName(_ name: String, _ arguments: VendorArguments) throws(DialectError) -> String {
        switch name {
        case "TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "INT", "BIGINT":
            let spec = name == "INT" ? "INTEGER" : name
            let width = try arguments.int("display_width", at: 0)
            return Self.numeric(spec + (width.map { "(\($0))" } ?? ""), arguments)
        case "NUMERIC", "DECIMAL":
            let precision = try arguments.int("precision", at: 0)
            let scale = try arguments.int("scale", at: 1)
            return Self.numeric(Self.decimalType(name, precision, scale), arguments)
        case "DOUBLE", "REAL", "FLOAT":
            let precision = try arguments.int("precision", at: 0)
            let scale = try arguments.int("scale", at: 1)
            if let precision, let scale { return Self.numeric("\(name)(\(precision), \(scale))", arguments) }
            if name == "FLOAT", let precision { return Self.numeric("FLOAT(\(precision))", arguments) }
            return Self.numeric(name, arguments)
        case "BIT":
            return "BIT" + ((try arguments.int("length", at: 0)).map { "(\($0))" } ?? "")
        case "YEAR":
            return "YEAR" + ((try arguments.int("display_width", at: 0)).map { "(\($0))" } ?? "")
        case "DATETIME", "TIMESTAMP", "TIME":
            // `timezone` comes first and MySQL ignores it; `fsp` is the fractional seconds precision.
            let fsp = try arguments.int("fsp", at: 1)
            return name + (fsp.flatMap { $0 == 0 ? nil : "(\($0))" } ?? "")
        case "TEXT":
            let length = try arguments.int("length", at: 0)
            return try vendorStringType("TEXT" + (length.map { "(\($0))" } ?? ""), arguments, national: false)
        case "TINYTEXT", "MEDIUMTEXT", "LONGTEXT":
            return try vendorStringType(name, arguments, national: false)
        case "VARCHAR", "NVARCHAR":
            guard let length = try arguments.int("length", at: 0) else {
                throw DialectError(.mysqlNeedsLength(name))
            }
            return try vendorStringType("VARCHAR(\(length))", arguments, national: name == "NVARCHAR")
        case "CHAR", "NCHAR":
            let length = try arguments.int("length", at: 0)
            return try vendorStringType("CHAR" + (length.map { "(\($0))" } ?? ""), arguments, national: name == "NCHAR")
        case "SET":
            var values: [String] = []
            for value in arguments.positional {
                guard case .string(let text) = value else {
                    throw DialectError(.dialectOptionValue("values", expected: "strings", found: value.pythonDescription))
                }
                values.append(stringLiteral(text))
            }
            return try vendorStringType("SET(" + values.joined(separator: ",") + ")", arguments, national: false)
        case "BLOB", "BINARY":
            return name + ((try arguments.int("length", at: 0)).map { "(\($0))" } ?? "")
        case "VARBINARY":
            guard let length = try arguments.int("length", at: 0) else {
                throw DialectError(.mysqlNeedsLength("VARBINARY"))
            }
            return "VARBINARY(\(length))"
        case "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "INET4", "INET6", "GEOMETRY", "POINT", "LINESTRING", "POLYGON":
            return name
        default:
            throw DialectError(.dialectTypeNotRendered("mysql", name))
        }
    }

    /// `UNSIGNED` and `ZEROFILL` after a numeric type.
    static func numeric(_ spec: String, _ arguments: VendorArguments) -> String {
        var spec = spec
        if arguments.flag("unsigned") { spec += " UNSIGNED" }
        if arguments.flag("zerofill") { spec += " ZEROFILL" }
        return spec
    }

    /// `[NATIONAL] spec [CHARACTER SET c | ASCII | UNICODE] [COLLATE c | BINARY]`.
    func vendorStringType(_ spec: String, _ arguments: VendorArguments, national: Bool) throws(DialectError) -> String {
        var charset: String?
        if let name = try arguments.string("charset", at: nil) {
            charset = "CHARACTER SET " + (try OptionText.checked(name, option: "charset", expected: "a character set name such as 'utf8mb4'", OptionText.isWord))
        } else if arguments.flag("ascii") {
            charset = "ASCII"
        } else if arguments.flag("unicode") {
            charset = "UNICODE"
        }
        var collation: String?
        if let name = try arguments.string("collation", at: nil) {
            collation = "COLLATE " + (try OptionText.checked(name, option: "collation", expected: "a collation name such as 'utf8mb4_bin'", OptionText.isWord))
        } else if arguments.flag("binary") {
            collation = "BINARY"
        }
        if national || arguments.flag("national") {
            return (["NATIONAL", spec] + [collation].compactMap { $0 }).joined(separator: " ")
        }
        return ([spec] + [charset, collation].compactMap { $0 }).joined(separator: " ")
    }

    /// TIMESTAMP columns are written `NULL` when nullable: MySQL would otherwise make them NOT NULL.
    func isTimestamp(_ type: SQLType) -> Bool {
        switch type {
        case .timestamp: true
        case .vendor("mysql", "TIMESTAMP", _, _): true
        default: false
        }
    }

    /// DATETIME and TIMESTAMP: Alembic alters them with CHANGE so that a function default is kept.
    func hasDateTimeAffinity(_ type: SQLType) -> Bool {
        switch type {
        case .dateTime, .timestamp: true
        case .vendor("mysql", "DATETIME", _, _), .vendor("mysql", "TIMESTAMP", _, _): true
        default: false
        }
    }

    // MARK: Columns

    /// `name TYPE [GENERATED ...] [NOT NULL | NULL] [COMMENT '...'] [AUTO_INCREMENT | DEFAULT x]`,
    /// SQLAlchemy's MySQL order. The table's autoincrement column (an `sa.Identity()` column
    /// among them, however its key is declared) is AUTO_INCREMENT; MySQL has no other identity.
    public func columnSpecification(_ column: Column, autoincrement: Bool, renderer: SQLRenderer) throws(DialectError) -> String {
        var spec = quoteIdentifier(column.name) + " " + (try columnTypeName(column.type, column: column.name))
        if let computed = column.computed {
            spec += " " + (try computedClause(computed))
        }
        if !column.isNullable {
            spec += " NOT NULL"
        } else if isTimestamp(column.type) {
            spec += " NULL"
        }
        if let comment = column.comment {
            spec += " COMMENT " + stringLiteral(comment)
        }
        if autoincrement {
            spec += " AUTO_INCREMENT"
        } else if let serverDefault = column.serverDefault {
            let text = defaultString(serverDefault, type: column.type, renderer: renderer)
            spec += " DEFAULT " + (Self.needsParentheses(text) ? "(\(text))" : text)
        }
        return spec
    }

    /// A column's type, or an error that names the column (`column 'name': VARCHAR requires a length ...`).
    func columnTypeName(_ type: SQLType, column: String) throws(DialectError) -> String {
        do throws(DialectError) {
            return try typeName(type)
        } catch {
            throw DialectError(.inColumn(column, error.message))
        }
    }

    /// A server default as SQLAlchemy writes it: string literals quoted, SQL text as written. A
    /// Boolean column's default written as a string (`server_default='false'`, PostgreSQL's
    /// spelling) is MySQL's `false`: MySQL refuses `DEFAULT 'false'` for a BOOL.
    func defaultString(_ expression: SQLExpression, type: SQLType?, renderer: SQLRenderer) -> String {
        if type == .boolean, case .string(let text) = expression,
           let flag = Self.booleanWords[text.trimmingCharacters(in: .whitespaces).lowercased()] {
            return booleanLiteral(flag)
        }
        return renderer.expression(expression)
    }

    /// The strings PostgreSQL reads as booleans.
    static let booleanWords: [String: Bool] = [
        "true": true, "t": true, "yes": true, "y": true, "on": true,
        "false": false, "f": false, "no": false, "n": false, "off": false,
    ]

    /// `sa.func.name(...)` as SQLAlchemy's MySQL compiler spells it: `random` is `rand`, `sysdate`
    /// is `SYSDATE()`, and every other function as SQLAlchemy's base compiler writes it.
    public func functionCall(_ name: String, arguments: [String]) -> String {
        switch name.lowercased() {
        case "random": "rand(" + arguments.joined(separator: ", ") + ")"
        case "sysdate": "SYSDATE()"
        default: GenericFunctions.call(name, arguments: arguments)
        }
    }

    /// MySQL 8.0.13 and later need an expression default in parentheses; SQLAlchemy adds them
    /// unless the default is a literal (quoted, parenthesized or a single word), carries
    /// `ON UPDATE`, or is `now(N)` / `current_timestamp(N)`.
    static func needsParentheses(_ text: String) -> Bool {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        if let first = trimmed.first, first == "'" || first == "\"" || first == "(" { return false }
        let lowered = text.lowercased()
        if containsOnUpdate(lowered) { return false }
        for prefix in ["now(", "current_timestamp("] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty && rest.dropFirst(digits.count).first == ")" { return false }
        }
        return text.contains { !($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `ON +UPDATE`, case-insensitive, anywhere.
    static func containsOnUpdate(_ lowered: String) -> Bool {
        var rest = Substring(lowered)
        while let range = rest.range(of: "on ") {
            let after = rest[range.upperBound...].drop(while: { $0 == " " })
            if after.hasPrefix("update") { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// A non-native enum brings its CHECK constraint; a native one (the default) is an ENUM.
    public func typeCheckConstraint(for column: Column) -> CheckConstraint? {
        guard case .enumeration(let enumType) = column.type, !enumType.native, enumType.createConstraint else { return nil }
        let values = enumType.values.map(stringLiteral).joined(separator: ", ")
        return CheckConstraint(name: enumType.name, sql: "\(quoteIdentifier(column.name)) IN (\(values))")
    }

    // MARK: Tables

    /// The table options after `)`, with no space before them as SQLAlchemy writes them:
    /// `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='...' COLLATE utf8mb4_bin`.
    public func createTableSuffix(_ table: Table, renderer: SQLRenderer) throws(DialectError) -> String {
        // The revision's keyword order is not kept by the model, so options come in alphabetical
        // order of their keywords, which is how autogenerate writes them.
        var options: [(key: String, value: OptionValue)] = table.options
            .filter { $0.key.hasPrefix(optionPrefix) }
            .map { (String($0.key.dropFirst(optionPrefix.count)).uppercased(), $0.value) }
            .sorted { $0.key < $1.key }
        if let comment = table.comment {
            if let position = options.firstIndex(where: { $0.key == "COMMENT" }) {
                options[position].value = .string(comment)
            } else {
                options.append(("COMMENT", .string(comment)))
            }
        }
        let partitionOrder = ["PARTITION_BY", "PARTITIONS", "SUBPARTITION_BY", "SUBPARTITIONS"]
        let charsets: Set<String> = ["DEFAULT_CHARSET", "DEFAULT_CHARACTER_SET", "CHARSET", "CHARACTER_SET"]
        let plain = options.filter { !partitionOrder.contains($0.key) }
        // COLLATE must follow the character set it belongs to.
        let collateLast = plain.contains { charsets.contains($0.key) }
        let ordered = plain.filter { !(collateLast && $0.key == "COLLATE") } + plain.filter { collateLast && $0.key == "COLLATE" }
        var clauses: [String] = []
        for (key, value) in ordered {
            var argument = try optionText(value, key: key)
            if ["COMMENT", "PASSWORD", "CONNECTION"].contains(key) { argument = stringLiteral(argument) }
            let spelled = ["DATA_DIRECTORY", "INDEX_DIRECTORY", "DEFAULT_CHARACTER_SET", "CHARACTER_SET", "DEFAULT_CHARSET", "DEFAULT_COLLATE"]
                .contains(key) ? key.replacingOccurrences(of: "_", with: " ") : key
            let joiner = ["TABLESPACE", "DEFAULT CHARACTER SET", "CHARACTER SET", "COLLATE"].contains(spelled) ? " " : "="
            clauses.append(spelled + joiner + argument)
        }
        for key in partitionOrder {
            guard let value = options.first(where: { $0.key == key })?.value else { continue }
            clauses.append(key.replacingOccurrences(of: "_", with: " ") + " " + (try optionText(value, key: key)))
        }
        return clauses.joined(separator: " ")
    }

    /// A table option's value as written: strings as they are, numbers in digits.
    func optionText(_ value: OptionValue, key: String) throws(DialectError) -> String {
        switch value {
        case .string(let text), .sql(let text):
            let option = "mysql_" + key.lowercased()
            if ["COMMENT", "PASSWORD", "CONNECTION"].contains(key) { return text }
            if key.hasSuffix("PARTITION_BY") {
                return try OptionText.checked(text, option: option, expected: "a partitioning clause such as 'HASH (id)'", OptionText.isSelfContained)
            }
            return try OptionText.checked(text, option: option, expected: "a word, a number or one quoted string such as 'InnoDB'", OptionText.isTableOptionValue)
        case .int(let number): return String(number)
        default: throw DialectError(.mysqlTableOptionNotString(key))
        }
    }

    /// MySQL keeps the schema on the new name: `ALTER TABLE s.a RENAME TO s.b`.
    public func renameTableStatement(_ table: TableName, newName: String) -> String {
        "ALTER TABLE \(quoteTable(table)) RENAME TO \(quoteTable(TableName(newName, schema: table.schema)))"
    }

    /// Table comments are table options; column comments are part of the column's
    /// specification, so they change only through `alter_column`.
    public func commentStatements(on table: TableName, column: String?, comment: String?, renderer: SQLRenderer) throws(DialectError) -> [String] {
        guard column == nil else {
            throw DialectError(.mysqlCommentNeedsAlterColumn)
        }
        return ["ALTER TABLE \(quoteTable(table)) COMMENT \(stringLiteral(comment ?? ""))"]
    }

    // MARK: Indexes and constraints

    /// `CREATE [UNIQUE] [FULLTEXT|SPATIAL] INDEX [IF NOT EXISTS] name ON table (col(len), ...)
    /// [WITH PARSER p] [USING method]`.
    public func createIndexStatement(_ index: Index, renderer: SQLRenderer) throws(DialectError) -> String {
        let options = index.options
        var statement = "CREATE " + (index.unique ? "UNIQUE " : "")
        if let prefix = try plainWord(options["mysql_prefix"], option: "mysql_prefix") { statement += prefix + " " }
        statement += "INDEX " + (index.ifNotExists ? "IF NOT EXISTS " : "")
        statement += "\(quoteIdentifier(index.name)) ON \(quoteTable(index.table)) "
        var lengths: [String: Int] = [:]
        var allLength: Int?
        switch options["mysql_length"] {
        case nil, .none?: break
        case .int(let length)?: allLength = length
        case .dict(let entries)?:
            for (key, value) in entries {
                guard case .int(let length) = value else { throw DialectError(.mysqlIndexLength) }
                lengths[key] = length
            }
        default: throw DialectError(.mysqlIndexLength)
        }
        let elements = index.elements.map { element -> String in
            let (text, key) = switch element {
            case .column(let name): (quoteIdentifier(name), name)
            case .expression(let sql): (sql, sql)
            }
            guard let length = allLength ?? lengths[key] else { return text }
            return "\(text)(\(length))"
        }
        statement += "(" + elements.joined(separator: ", ") + ")"
        if let parser = try plainWord(options["mysql_with_parser"], option: "mysql_with_parser") { statement += " WITH PARSER \(parser)" }
        // SQLAlchemy quotes an upper-case method (`USING `BTREE``), which neither MySQL nor
        // MariaDB accepts; the method is a keyword and is written as one.
        if let method = try plainWord(options["mysql_using"], option: "mysql_using") { statement += " USING \(method)" }
        return statement
    }

    /// An option that is written into the SQL as a keyword: letters, digits and `_` only.
    func plainWord(_ value: OptionValue?, option: String) throws(DialectError) -> String? {
        switch value {
        case nil, .none?: return nil
        case .string(let word)? where !word.isEmpty && word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }):
            return word
        default: throw DialectError(.singleWordOption(option))
        }
    }

    /// `DROP INDEX name ON table`: MySQL drops an index from its table, so the table is needed.
    public func dropIndexStatement(_ drop: DropIndex, renderer: SQLRenderer) throws(DialectError) -> String {
        guard let table = drop.table else { throw DialectError(.mysqlDropIndexNeedsTable(drop.name)) }
        return "DROP INDEX \(drop.ifExists ? "IF EXISTS " : "")\(quoteIdentifier(drop.name)) ON \(quoteTable(TableName(table, schema: drop.schema)))"
    }

    /// Each kind of constraint has its own DROP; Alembic needs `type_` to pick it. A CHECK
    /// constraint is dropped with `DROP CONSTRAINT`, which MySQL 8.0.19+ and MariaDB both accept
    /// (Alembic's `DROP CHECK` is MySQL-only). `if_exists` is ignored, as Alembic ignores it here.
    public func dropConstraintStatements(_ drop: DropConstraint, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let table = "ALTER TABLE \(quoteTable(drop.table))"
        let name = quoteIdentifier(drop.name)
        switch drop.type {
        case .foreignKey?: return ["\(table) DROP FOREIGN KEY \(name)"]
        case .primary?: return ["\(table) DROP PRIMARY KEY"]
        case .unique?: return ["\(table) DROP INDEX \(name)"]
        case .check?: return ["\(table) DROP CONSTRAINT \(name)"]
        case nil: throw DialectError(.mysqlDropConstraintNeedsType(drop.name))
        }
    }

    /// MySQL ignores ON DELETE / ON UPDATE when MATCH is given, so SQLAlchemy refuses MATCH.
    public func checkReferentialActions(_ actions: ReferentialActions) throws(DialectError) {
        guard actions.match == nil else { throw DialectError(.mysqlForeignKeyMatch) }
    }

    // MARK: Altering columns

    /// Alembic's MySQL `alter_column`: a rename, or a DATETIME/TIMESTAMP column whose default
    /// is not being dropped, is one `CHANGE old new <definition>`; any other change of type,
    /// nullability, autoincrement or comment is one `MODIFY col <definition>`; a default alone is
    /// `ALTER COLUMN ... SET DEFAULT / DROP DEFAULT`. The definition restates the whole column,
    /// so CHANGE and MODIFY need the type (`type_` or `existing_type`).
    public func alterColumnStatements(_ alter: AlterColumn, renderer: SQLRenderer) throws(DialectError) -> [String] {
        let table = "ALTER TABLE \(quoteTable(alter.table))"
        let column = quoteIdentifier(alter.column)
        let type = alter.type ?? alter.existingType
        let keepsDateTimeDefault = type.map(hasDateTimeAffinity) == true && alter.serverDefault != .drop
        if alter.newName != nil || keepsDateTimeDefault {
            let definition = try columnDefinition(alter, type: type, renderer: renderer)
            return ["\(table) CHANGE \(column) \(quoteIdentifier(alter.newName ?? alter.column)) \(definition)"]
        }
        if alter.nullable != nil || alter.type != nil || alter.autoincrement != nil || alter.comment != .unchanged {
            return ["\(table) MODIFY \(column) \(try columnDefinition(alter, type: type, renderer: renderer))"]
        }
        switch alter.serverDefault {
        case .unchanged: return []
        case .set(let expression): return ["\(table) ALTER COLUMN \(column) SET DEFAULT \(defaultString(expression, type: type, renderer: renderer))"]
        case .drop: return ["\(table) ALTER COLUMN \(column) DROP DEFAULT"]
        }
    }

    /// `TYPE NULL|NOT NULL [AUTO_INCREMENT] [DEFAULT x] [COMMENT '...']`, each property the
    /// new value or else the existing one; nullability the revision does not state is NULL.
    func columnDefinition(_ alter: AlterColumn, type: SQLType?, renderer: SQLRenderer) throws(DialectError) -> String {
        guard let type else { throw DialectError(.mysqlAlterNeedsType(alter.column)) }
        var spec = try columnTypeName(type, column: alter.column)
        spec += (alter.nullable ?? alter.existingNullable ?? true) ? " NULL" : " NOT NULL"
        if alter.autoincrement ?? alter.existingAutoincrement ?? false { spec += " AUTO_INCREMENT" }
        let serverDefault: SQLExpression? = switch alter.serverDefault {
        case .unchanged: alter.existingServerDefault
        case .set(let expression): expression
        case .drop: nil
        }
        if let serverDefault { spec += " DEFAULT " + defaultString(serverDefault, type: type, renderer: renderer) }
        let comment: String? = switch alter.comment {
        case .unchanged: alter.existingComment
        case .set(let text): text
        case .drop: nil
        }
        if let comment { spec += " COMMENT " + stringLiteral(comment) }
        return spec
    }

    // MARK: Reserved words

    /// SQLAlchemy's MySQL reserved words, plus the eleven words of SQLAlchemy's MariaDB list that
    /// MariaDB refuses as bare names and MySQL does not reserve (`offset`, `returning`, ...), so
    /// that one script runs on both servers. (MariaDB's Oracle-mode words, and `position`, which
    /// MariaDB lists but accepts, are left bare as Alembic leaves them.) Also four words MariaDB
    /// reserves that no SQLAlchemy list has: `delete_domain_id`, `master_demote_to_replica`,
    /// `master_demote_to_slave`, `portion`.
    /// SQLAlchemy: 255 for names in general, 64 for index and constraint names; MySQL and
    /// MariaDB refuse any name over 64 characters.
    public var identifierLimits: IdentifierLimits { IdentifierLimits(identifier: 255, indexName: 64, constraintName: 64, database: 64) }

    public let reservedWords: Set<String> = [
        "delete_domain_id", "master_demote_to_replica", "master_demote_to_slave", "portion",
        "accessible", "add", "admin", "all", "alter", "analyze", "and", "array", "as", "asc", "asensitive", "before",
        "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character",
        "check", "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "cube",
        "cume_dist", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "cursor",
        "database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare",
        "default", "delayed", "delete", "dense_rank", "desc", "describe", "deterministic", "distinct", "distinctrow", "div",
        "do_domain_ids", "double", "drop", "dual", "each", "else", "elseif", "empty", "enclosed", "escaped", "except",
        "exists", "exit", "explain", "false", "fetch", "first_value", "float", "float4", "float8", "for", "force",
        "foreign", "from", "fulltext", "function", "general", "generated", "get", "get_master_public_key", "grant",
        "group", "grouping", "groups", "having", "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if",
        "ignore", "ignore_domain_ids", "ignore_server_ids", "in", "index", "infile", "inner", "inout", "insensitive",
        "insert", "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into",
        "io_after_gtids", "io_before_gtids", "is", "iterate", "join", "json_table", "key", "keys", "kill", "lag",
        "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit", "linear", "lines", "load",
        "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority", "master_bind",
        "master_heartbeat_period", "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob", "mediumint",
        "mediumtext", "member", "middleint", "minute_microsecond", "minute_second", "mod", "modifies", "natural", "not",
        "no_write_to_binlog", "nth_value", "ntile", "null", "numeric", "of", "offset", "on", "optimize", "optimizer_costs",
        "option", "optionally", "or", "order", "out", "outer", "outfile", "over", "page_checksum", "parallel",
        "parse_gcol_expr", "parse_vcol_expr", "partition", "percent_rank", "persist", "persist_only",
        "precision", "primary", "procedure", "purge", "qualify", "range", "rank", "read", "reads", "read_write", "real",
        "recursive", "references", "ref_system_id", "regexp", "release", "rename", "repeat", "replace", "require",
        "resignal", "restrict", "return", "returning", "revoke", "right", "rlike", "role", "row", "row_number", "rows",
        "schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "set", "show", "signal", "slow",
        "smallint", "spatial", "specific", "sql", "sqlexception", "sqlstate", "sqlwarning", "sql_after_gtids",
        "sql_before_gtids", "sql_big_result", "sql_calc_found_rows", "sql_small_result", "ssl", "starting",
        "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "stored", "straight_join", "system", "table",
        "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo", "union",
        "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time", "utc_timestamp",
        "values", "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where", "while", "window",
        "with", "write", "xor", "year_month", "zerofill",
    ]
}
