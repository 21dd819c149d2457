// The SQLAlchemy vocabulary revision files use: columns, types, constraints, `text`, `func`.

extension Evaluator {
    static let columnSignature = Signature(
        name: "sa.Column", positional: [], required: 0, variadic: true,
        keywordOnly: ["name", "type_", "nullable", "primary_key", "unique", "index", "server_default", "default",
                      "autoincrement", "comment", "onupdate", "doc", "key", "info", "quote"],
        notYetSupported: ["server_onupdate", "system", "insert_default", "sort_order"]
    )

    static let constraintSignature = Signature(
        name: "constraint", positional: [], required: 0, variadic: true,
        keywordOnly: ["name", "info"], notYetSupported: ["deferrable", "initially", "_create_rule", "comment"]
    )

    static let foreignKeyConstraintSignature = Signature(
        name: "sa.ForeignKeyConstraint", positional: ["columns", "refcolumns"], required: 2,
        keywordOnly: ["name", "onupdate", "ondelete", "deferrable", "initially", "match", "info", "use_alter", "link_to_name"],
        notYetSupported: ["comment"]
    )

    static let foreignKeySignature = Signature(
        name: "sa.ForeignKey", positional: ["column"], required: 1,
        keywordOnly: ["name", "onupdate", "ondelete", "deferrable", "initially", "match", "info", "use_alter", "link_to_name"],
        notYetSupported: ["comment"]
    )

    /// `sa.X(...)` by canonical name.
    mutating func callSQLAlchemy(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        let shortName = String(name.dropFirst("sqlalchemy.".count))
        switch shortName {
        case "Column":
            return .column(try makeColumn(arguments, at: offset))
        case "PrimaryKeyConstraint", "UniqueConstraint":
            let bound = try bind(arguments, to: Signature(name: "sa." + shortName, positional: [], required: 0, variadic: true,
                                                          keywordOnly: Evaluator.constraintSignature.keywordOnly,
                                                          notYetSupported: Evaluator.constraintSignature.notYetSupported), callOffset: offset)
            let columns = try columnNames(bound.extra, function: "sa." + shortName)
            let constraintName = try bound.string("name")
            if shortName == "PrimaryKeyConstraint" {
                return .constraint(.primaryKey(PrimaryKeyConstraint(name: constraintName, columns: columns)))
            }
            return .constraint(.unique(UniqueConstraint(name: constraintName, columns: columns)))
        case "ForeignKeyConstraint":
            let bound = try bind(arguments, to: Evaluator.foreignKeyConstraintSignature, callOffset: offset)
            let columns = try bound.stringList("columns") ?? []
            let targets = try bound.stringList("refcolumns") ?? []
            guard columns.count == targets.count, !columns.isEmpty else {
                throw EvaluationError(.foreignKeyColumnCount(columns.count, targets.count), at: offset)
            }
            var referredTable: TableName?
            var referredColumns: [String] = []
            for target in targets {
                let (table, column) = try splitReference(target, at: bound.offset(of: "refcolumns"))
                if let referredTable, referredTable != table {
                    throw EvaluationError(.foreignKeyMixedTables, at: bound.offset(of: "refcolumns"))
                }
                referredTable = table
                referredColumns.append(column)
            }
            return .constraint(.foreignKey(ForeignKeyConstraint(
                name: try bound.string("name"), columns: columns, referredTable: referredTable ?? TableName(""),
                referredColumns: referredColumns, actions: try referentialActions(bound)
            )))
        case "ForeignKey":
            let bound = try bind(arguments, to: Evaluator.foreignKeySignature, callOffset: offset)
            let target = try bound.requiredString("column")
            _ = try splitReference(target, at: bound.offset(of: "column"))
            return .foreignKey(ForeignKeyReference(target: target, name: try bound.string("name"), actions: try referentialActions(bound)))
        case "text", "literal_column":
            let bound = try bind(arguments, to: Signature(name: "sa." + shortName, positional: ["text"], required: 1), callOffset: offset)
            return .sql(.text(try bound.requiredString("text")))
        case "true", "false":
            _ = try bind(arguments, to: Signature(name: "sa." + shortName, positional: [], required: 0), callOffset: offset)
            return .sql(.text(shortName))
        default:
            if shortName.hasPrefix("func.") {
                let functionName = String(shortName.dropFirst("func.".count))
                var sqlArguments: [SQLExpression] = []
                for argument in arguments {
                    guard argument.label == .positional else {
                        throw EvaluationError(.notSupportedYet("keyword arguments to 'sa.func'"), at: argument.value.offset)
                    }
                    sqlArguments.append(try sqlExpression(try evaluate(argument.value), at: argument.value.offset))
                }
                return .sql(.function(functionName, sqlArguments))
            }
            if let type = try makeType(name, arguments, at: offset) {
                return .type(type)
            }
            throw EvaluationError(.unknownSQLAlchemyName(name, suggestion: closestMatch(to: shortName, in: Evaluator.knownSQLAlchemyNames)), at: offset)
        }
    }

    static let knownSQLAlchemyNames: [String] = ["Column", "PrimaryKeyConstraint", "UniqueConstraint", "ForeignKeyConstraint",
                                                  "ForeignKey", "text", "literal_column", "true", "false"] + Array(typeNames.keys)

    /// `'users.id'` or `'schema.users.id'` to table and column.
    func splitReference(_ target: String, at offset: Int) throws(EvaluationError) -> (TableName, String) {
        let parts = target.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 2: return (TableName(parts[0]), parts[1])
        case 3: return (TableName(parts[1], schema: parts[0]), parts[2])
        default: throw EvaluationError(.badForeignKeyTarget(target), at: offset)
        }
    }

    /// The ON DELETE / ON UPDATE / INITIALLY / MATCH phrases are copied into SQL, so only the
    /// phrases SQL defines are accepted, as SQLAlchemy does.
    func referentialActions(_ bound: BoundArguments) throws(EvaluationError) -> ReferentialActions {
        func phrase(_ name: String, _ allowed: [String]) throws(EvaluationError) -> String? {
            guard let value = try bound.string(name) else { return nil }
            let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ").uppercased()
            guard allowed.contains(words) else {
                throw EvaluationError(.invalidPhrase(value, argument: name, allowed: allowed), at: bound.offset(of: name))
            }
            return value
        }
        let actions = ["RESTRICT", "CASCADE", "SET NULL", "NO ACTION", "SET DEFAULT"]
        return ReferentialActions(
            onDelete: try phrase("ondelete", actions), onUpdate: try phrase("onupdate", actions),
            deferrable: try bound.bool("deferrable"), initially: try phrase("initially", ["DEFERRED", "IMMEDIATE"]),
            match: try phrase("match", ["FULL", "PARTIAL", "SIMPLE"])
        )
    }

    /// Constraint arguments: column names (strings or `sa.Column` objects).
    func columnNames(_ values: [(value: Value, offset: Int)], function: String) throws(EvaluationError) -> [String] {
        var names: [String] = []
        for (value, offset) in values {
            switch try resolved(value) {
            case .string(let name): names.append(name)
            case .column(let column): names.append(column.name)
            case let other: throw EvaluationError(.expectedValue("a column name in '\(function)'", found: other), at: offset)
            }
        }
        return names
    }

    /// `sa.Column(name, type, *constraints, **options)`.
    mutating func makeColumn(_ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Column {
        let bound = try bind(arguments, to: Evaluator.columnSignature, callOffset: offset)
        var name = try bound.string("name")
        var type: SQLType?
        if let explicit = bound["type_"] { type = try columnType(explicit, at: bound.offset(of: "type_")) }
        var foreignKeys: [ForeignKeyReference] = []
        for (index, (value, argumentOffset)) in bound.extra.enumerated() {
            let value = try resolved(value)
            switch value {
            case .string(let string) where index == 0 && name == nil:
                name = string
            case .foreignKey(let reference):
                foreignKeys.append(reference)
            default:
                if type == nil, let columnType = try? columnType(value, at: argumentOffset) {
                    type = columnType
                } else {
                    throw EvaluationError(.unexpectedColumnArgument(value), at: argumentOffset)
                }
            }
        }
        guard let name else {
            throw EvaluationError(.columnWithoutName, at: offset)
        }
        guard let type else {
            throw EvaluationError(.columnWithoutType(name), at: offset)
        }
        var autoincrement = Column.Autoincrement.auto
        switch bound["autoincrement"] {
        case .bool(true)?: autoincrement = .always
        case .bool(false)?: autoincrement = .never
        case .string("auto")?, nil, .none?: break
        case let other?: throw EvaluationError(.argumentType("autoincrement", function: "sa.Column", expected: "True, False or 'auto'", found: other), at: bound.offset(of: "autoincrement"))
        }
        if try bound.bool("index") == true {
            throw EvaluationError(.notSupportedYet("'index=True' on a column"), at: bound.offset(of: "index"))
        }
        var serverDefault: SQLExpression?
        if let value = bound["server_default"] {
            serverDefault = try serverDefaultExpression(value, at: bound.offset(of: "server_default"))
        }
        return Column(
            name: name, type: type, nullable: try bound.bool("nullable"), primaryKey: try bound.bool("primary_key") ?? false,
            unique: try bound.bool("unique") ?? false, serverDefault: serverDefault, autoincrement: autoincrement,
            foreignKeys: foreignKeys, comment: try bound.string("comment")
        )
    }

    func serverDefaultExpression(_ value: Value, at offset: Int) throws(EvaluationError) -> SQLExpression? {
        switch try resolved(value) {
        case .none: return nil
        case .string(let text): return .string(text)
        case .sql(let expression): return expression
        case let other: throw EvaluationError(.argumentType("server_default", function: "sa.Column", expected: "a string, 'sa.text(...)' or 'sa.func...'", found: other), at: offset)
        }
    }

    func sqlExpression(_ value: Value, at offset: Int) throws(EvaluationError) -> SQLExpression {
        switch try resolved(value) {
        case .string(let text): return .string(text)
        case .int(let number): return .integer(number)
        case .sql(let expression): return expression
        case let other: throw EvaluationError(.expectedValue("a SQL expression", found: other), at: offset)
        }
    }

    /// A type written as a class (`sa.Integer`) or an instance (`sa.Integer()`).
    mutating func columnType(_ value: Value, at offset: Int) throws(EvaluationError) -> SQLType {
        switch try resolved(value) {
        case .type(let type):
            return type
        case .symbol(let name):
            if let type = try makeType(name, [], at: offset) { return type }
            throw EvaluationError(.unknownType(name), at: offset)
        case let other:
            throw EvaluationError(.expectedValue("a column type", found: other), at: offset)
        }
    }

    /// How each type's arguments are read: its positional parameter names, in order.
    static let typeNames: [String: [String]] = [
        "Integer": [], "INTEGER": [], "INT": [], "SmallInteger": [], "SMALLINT": [], "BigInteger": [], "BIGINT": [],
        "String": ["length", "collation"], "VARCHAR": ["length", "collation"], "Unicode": ["length", "collation"],
        "NVARCHAR": ["length", "collation"], "CHAR": ["length", "collation"], "NCHAR": ["length", "collation"],
        "Text": ["length", "collation"], "TEXT": ["length", "collation"], "UnicodeText": ["length", "collation"],
        "Boolean": [], "BOOLEAN": [], "Date": [], "DATE": [],
        "DateTime": ["timezone"], "DATETIME": ["timezone"], "TIMESTAMP": ["timezone"], "Time": ["timezone"], "TIME": ["timezone"],
        "Numeric": ["precision", "scale"], "NUMERIC": ["precision", "scale"], "DECIMAL": ["precision", "scale"],
        "Float": ["precision"], "FLOAT": ["precision"], "REAL": ["precision"], "Double": [], "DOUBLE": [], "DOUBLE_PRECISION": [],
        "LargeBinary": ["length"], "BLOB": ["length"], "JSON": [], "Uuid": [], "UUID": [], "Interval": [],
    ]

    /// A SQLAlchemy type by canonical name, or nil when the name is not a type.
    mutating func makeType(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> SQLType? {
        guard name.hasPrefix("sqlalchemy."), !name.hasPrefix("sqlalchemy.dialects.") else { return nil }
        let shortName = String(name.dropFirst("sqlalchemy.".count))
        guard let parameters = Evaluator.typeNames[shortName] else { return nil }
        let keywords = ["length", "collation", "timezone", "precision", "scale", "asdecimal", "decimal_return_scale",
                        "as_uuid", "native_uuid", "none_as_null", "native", "second_precision", "day_precision", "create_constraint", "name"]
        let bound = try bind(arguments, to: Signature(name: "sa." + shortName, positional: parameters, required: 0,
                                                      keywordOnly: keywords.filter { !parameters.contains($0) }), callOffset: offset)
        let length = try bound.int("length")
        let collation = try bound.string("collation")
        let timezone = try bound.bool("timezone") ?? false
        let precision = try bound.int("precision")
        switch shortName {
        case "Integer", "INTEGER", "INT": return .integer
        case "SmallInteger", "SMALLINT": return .smallInteger
        case "BigInteger", "BIGINT": return .bigInteger
        case "String", "VARCHAR", "Unicode", "NVARCHAR": return .string(length: length, collation: collation)
        case "CHAR", "NCHAR": return .named(shortName, arguments: length.map { [$0] } ?? [])
        case "Text", "TEXT", "UnicodeText": return .text(length: length, collation: collation)
        case "Boolean", "BOOLEAN": return .boolean
        case "Date", "DATE": return .date
        case "DateTime", "DATETIME": return .dateTime(timezone: timezone)
        case "TIMESTAMP": return .timestamp(timezone: timezone)
        case "Time", "TIME": return .time(timezone: timezone)
        case "Numeric", "NUMERIC": return .numeric(precision: precision, scale: try bound.int("scale"))
        case "DECIMAL": return .named("DECIMAL", arguments: [precision, try bound.int("scale")].compactMap { $0 })
        case "Float", "FLOAT": return .float(precision: precision)
        case "REAL": return .named("REAL", arguments: [])
        case "Double", "DOUBLE", "DOUBLE_PRECISION": return .double
        case "LargeBinary", "BLOB": return .largeBinary(length: length)
        case "JSON": return .json
        case "Uuid", "UUID": return .uuid
        case "Interval": return .interval
        default: return nil
        }
    }
}
