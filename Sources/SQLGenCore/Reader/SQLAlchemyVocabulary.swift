// The SQLAlchemy vocabulary revision files use: columns, types, constraints, `text`, `func`, light tables.

extension Evaluator {
    static let columnSignature = Signature(
        name: "sa.Column", positional: [], required: 0, variadic: true,
        keywordOnly: ["name", "type_", "nullable", "primary_key", "unique", "index", "server_default", "default",
                      "autoincrement", "comment", "onupdate", "server_onupdate", "doc", "key", "info", "quote", "system",
                      "insert_default", "sort_order", "unique_key"]
    )

    static let foreignKeyOptions = ["name", "onupdate", "ondelete", "deferrable", "initially", "match", "info", "use_alter", "link_to_name", "comment"]

    /// The signatures of the other `sa.*` functions, made once.
    static let primaryKeySignature = Signature(name: "sa.PrimaryKeyConstraint", positional: [], required: 0, variadic: true,
                                               keywordOnly: ["name", "info", "deferrable", "initially", "comment"])
    static let uniqueSignature = Signature(name: "sa.UniqueConstraint", positional: [], required: 0, variadic: true,
                                           keywordOnly: ["name", "info", "deferrable", "initially", "comment"])
    static let checkSignature = Signature(name: "sa.CheckConstraint", positional: ["sqltext", "name"], required: 1,
                                          keywordOnly: ["info", "deferrable", "initially", "comment"])
    static let foreignKeyConstraintSignature = Signature(name: "sa.ForeignKeyConstraint", positional: ["columns", "refcolumns"], required: 2,
                                                         keywordOnly: foreignKeyOptions)
    static let foreignKeySignature = Signature(name: "sa.ForeignKey", positional: ["column"], required: 1, keywordOnly: foreignKeyOptions)
    static let indexSignature = Signature(name: "sa.Index", positional: ["name"], required: 1, variadic: true,
                                          keywordOnly: ["unique", "quote", "info", "_table", "_column_flag"])
    static let identitySignature = Signature(name: "sa.Identity", positional: [], required: 0,
                                             keywordOnly: ["always", "on_null", "start", "increment", "minvalue", "maxvalue",
                                                           "nominvalue", "nomaxvalue", "cycle", "cache", "order"])
    static let computedSignature = Signature(name: "sa.Computed", positional: ["sqltext"], required: 1, keywordOnly: ["persisted"])
    static let textSignature = Signature(name: "sa.text", positional: ["text", "type_"], required: 1)
    static let literalColumnSignature = Signature(name: "sa.literal_column", positional: ["text", "type_"], required: 1)
    static let trueSignature = Signature(name: "sa.true", positional: [], required: 0)
    static let falseSignature = Signature(name: "sa.false", positional: [], required: 0)
    static let nullSignature = Signature(name: "sa.null", positional: [], required: 0)
    static let lightTableSignature = Signature(name: "sa.table", positional: ["name"], required: 1, variadic: true, keywordOnly: ["schema"])
    static let tableSignature = Signature(name: "sa.Table", positional: ["name", "metadata"], required: 2, variadic: true, keywordOnly: ["schema", "comment", "prefixes"])
    static let lightColumnSignature = Signature(name: "sa.column", positional: ["text", "type_"], required: 1, keywordOnly: ["is_literal"])

    /// `sa.X(...)` by canonical name. `isMapped` says the project maps the name to a type
    /// (one that gave no type for these arguments).
    mutating func callSQLAlchemy(_ name: String, _ arguments: [Argument], at offset: Int, isMapped: Bool) throws(EvaluationError) -> Value {
        // Types are most of the calls, and none of their names is one of the functions below. A type
        // the project maps is built by `makeType` from its mapping, in the default case.
        if !isMapped, let generic = Evaluator.qualifiedGenericTypes[name],
           let type = try genericType(generic.shortName, try bind(arguments, to: generic.signature, callOffset: offset)) {
            return .type(type)
        }
        let shortName = name.removingPrefix("sqlalchemy.")
        switch shortName {
        case "Column":
            return .column(try makeColumn(arguments, at: offset))
        case "inspect":
            throw EvaluationError(.inspectsDatabase("sa.inspect(...)"), at: offset)
        case "create_engine", "orm.Session", "orm.sessionmaker":
            throw EvaluationError(.needsLiveDatabase("sa.\(shortName)(...)"), at: offset)
        case "select", "insert", "update", "delete":
            // `sa.select(t.c.a)`, `sa.update(t)`: data statements, as `t.update()` builds them.
            if let value = try callSQLAlchemyExpression(shortName, arguments, at: offset) { return value }
            throw EvaluationError(.sqlExpressionObject("sa.\(shortName)"), at: offset)
        case "MetaData":
            // Only as the second argument of `sa.Table(...)`: nothing is bound or reflected offline.
            guard arguments.isEmpty else { throw EvaluationError(.sqlExpressionObject("sa.MetaData"), at: offset) }
            return .metaData
        case "Table":
            // `sa.Table('t', sa.MetaData(), sa.Column(...), ...)`: the columns, as `sa.table` gives them.
            let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
            let bound = try bind(plain, to: Evaluator.tableSignature, callOffset: offset)
            guard case .metaData = try resolved(bound["metadata"] ?? .none) else {
                throw EvaluationError(.sqlExpressionObject("sa.Table"), at: offset)
            }
            // Kept whole too, for `table.create(bind)` (BindDDL.swift).
            let tableName = TableName(try bound.requiredString("name"), schema: try bound.string("schema"))
            definedTables[tableName] = try makeTable(bound, name: tableName, options: try dialectOptions(dialectArguments))
            var columns: [BulkInsert.ColumnSpec] = []
            for (value, columnOffset) in bound.extra {
                switch try resolved(value) {
                case .column(let column): columns.append(BulkInsert.ColumnSpec(name: column.name, type: column.type))
                case .constraint, .index: continue
                case let other: throw EvaluationError(.expectedValue("'sa.Column(...)' in 'sa.Table'", found: other), at: columnOffset)
                }
            }
            return .lightTable(TableName(try bound.requiredString("name"), schema: try bound.string("schema")), columns)
        case "PrimaryKeyConstraint", "UniqueConstraint":
            let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
            let options = try dialectOptions(dialectArguments)
            let signature = shortName == "PrimaryKeyConstraint" ? Evaluator.primaryKeySignature : Evaluator.uniqueSignature
            let bound = try bind(plain, to: signature, callOffset: offset)
            let columns = try columnNames(bound.extra, function: signature.name)
            let constraintName = try bound.string("name")
            if shortName == "PrimaryKeyConstraint" {
                return .constraint(.primaryKey(PrimaryKeyConstraint(name: constraintName, columns: columns)))
            }
            return .constraint(.unique(UniqueConstraint(name: constraintName, columns: columns, deferrable: try bound.bool("deferrable"),
                                                        initially: try phrase(bound, "initially", ["DEFERRED", "IMMEDIATE"]), options: options)))
        case "CheckConstraint":
            let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
            let options = try dialectOptions(dialectArguments)
            let bound = try bind(plain, to: Evaluator.checkSignature, callOffset: offset)
            return .constraint(.check(CheckConstraint(name: try bound.string("name"),
                                                      sql: try sqlText(bound["sqltext"] ?? .none, function: bound.signature.name, at: bound.offset(of: "sqltext")), options: options)))
        case "ForeignKeyConstraint":
            let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
            let options = try dialectOptions(dialectArguments)
            let bound = try bind(plain, to: Evaluator.foreignKeyConstraintSignature, callOffset: offset)
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
            if try leavesOutUseAlter(bound) { return Value.none }
            return .constraint(.foreignKey(ForeignKeyConstraint(
                name: try bound.string("name"), columns: columns, referredTable: referredTable ?? TableName(""),
                referredColumns: referredColumns, actions: try referentialActions(bound), options: options
            )))
        case "ForeignKey":
            let bound = try bind(arguments, to: Evaluator.foreignKeySignature, callOffset: offset)
            let target: String
            switch try resolved(bound["column"] ?? .none) {
            case .string(let text): target = text
            case let other: throw EvaluationError(.argumentType("column", function: bound.signature.name, expected: "a 'table.column' string", found: other), at: bound.offset(of: "column"))
            }
            let (table, column) = try splitReference(target, at: bound.offset(of: "column"))
            var reference = ForeignKeyReference(table: table, column: column, name: try bound.string("name"), actions: try referentialActions(bound))
            reference.useAlter = try bound.bool("use_alter") ?? false
            return .foreignKey(reference)
        case "Index":
            let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
            let options = try dialectOptions(dialectArguments)
            let bound = try bind(plain, to: Evaluator.indexSignature, callOffset: offset)
            guard let indexName = try bound.string("name") else {
                throw EvaluationError(.indexWithoutName, at: offset)
            }
            var elements: [Index.Element] = []
            for (value, elementOffset) in bound.extra {
                elements += try indexElements(value, function: bound.signature.name, at: elementOffset)
                // `sa.Index('ix', t.c.name)` belongs to `t`, which `.create(bind)` needs.
                if case .dataExpression(.column(let table, _, _)) = try resolved(value) { indexTables[indexName] = table }
            }
            return .index(name: indexName, elements: elements, unique: try bound.bool("unique") ?? false, options: options)
        case "DDL":
            return try makeDDL(arguments, at: offset)
        case "Identity":
            let bound = try bind(arguments, to: Evaluator.identitySignature, callOffset: offset)
            return .identity(Identity(always: try bound.bool("always") ?? false, onNull: try bound.bool("on_null"),
                                      start: try bound.int("start"), increment: try bound.int("increment"),
                                      minValue: try bound.int("minvalue"), maxValue: try bound.int("maxvalue"),
                                      cycle: try bound.bool("cycle"), cache: try bound.int("cache"), order: try bound.bool("order")))
        case "Computed":
            let bound = try bind(arguments, to: Evaluator.computedSignature, callOffset: offset)
            return .computed(Computed(sql: try sqlText(bound["sqltext"] ?? .none, function: bound.signature.name, at: bound.offset(of: "sqltext")),
                                      persisted: try bound.bool("persisted")))
        case "text", "literal_column":
            let signature = shortName == "text" ? Evaluator.textSignature : Evaluator.literalColumnSignature
            let bound = try bind(arguments, to: signature, callOffset: offset)
            return .sql(.text(try bound.requiredString("text")))
        case "true", "false":
            _ = try bind(arguments, to: shortName == "true" ? Evaluator.trueSignature : Evaluator.falseSignature, callOffset: offset)
            return .sql(.boolean(shortName == "true"))
        case "null":
            _ = try bind(arguments, to: Evaluator.nullSignature, callOffset: offset)
            return .sql(.null)
        case "table":
            let bound = try bind(arguments, to: Evaluator.lightTableSignature, callOffset: offset)
            var columns: [BulkInsert.ColumnSpec] = []
            for (value, columnOffset) in bound.extra {
                switch try resolved(value) {
                case .lightColumn(let column): columns.append(column)
                case .column(let column): columns.append(BulkInsert.ColumnSpec(name: column.name, type: column.type))
                case let other: throw EvaluationError(.expectedValue("'sa.column(...)' in 'sa.table'", found: other), at: columnOffset)
                }
            }
            return .lightTable(TableName(try bound.requiredString("name"), schema: try bound.string("schema")), columns)
        case "column":
            let bound = try bind(arguments, to: Evaluator.lightColumnSignature, callOffset: offset)
            var type: SQLType?
            if let typeValue = bound["type_"], !isNone(typeValue) { type = try columnType(typeValue, at: bound.offset(of: "type_")) }
            return .lightColumn(BulkInsert.ColumnSpec(name: try bound.requiredString("text"), type: type))
        default:
            if shortName.hasPrefix("func.") {
                let functionName = shortName.removingPrefix("func.")
                var sqlArguments: [SQLExpression] = []
                var values: [(Value, Int)] = []
                for argument in arguments {
                    guard argument.label == .positional else {
                        throw EvaluationError(.unsupportedExpression("keyword arguments to 'sa.func.\(functionName)'"), at: argument.offset)
                    }
                    values.append((try resolved(try evaluate(argument.value)), argument.value.offset))
                }
                if values.contains(where: { $0.0.isDataExpression }) {
                    // A function of columns, in a data statement: `sa.func.lower(t.c.name)`.
                    return try dataFunction(functionName, values)
                }
                for (value, argumentOffset) in values { sqlArguments.append(try sqlExpression(value, at: argumentOffset)) }
                return .sql(.function(functionName, sqlArguments))
            }
            if let type = try makeType(name, arguments, at: offset) {
                return .type(type)
            }
            if let value = try callSQLAlchemyExpression(shortName, arguments, at: offset) {
                return value
            }
            throw EvaluationError(.unknownSQLAlchemyName(name, suggestion: closestMatch(to: shortName, in: Evaluator.knownSQLAlchemyNames).map { "sa." + $0 }), at: offset)
        }
    }

    static let knownSQLAlchemyNames: [String] = ["Column", "PrimaryKeyConstraint", "UniqueConstraint", "ForeignKeyConstraint", "CheckConstraint",
                                                  "ForeignKey", "Index", "Identity", "Computed", "text", "literal_column", "true", "false", "null",
                                                  "table", "column", "func", "DDL"] + Array(genericTypes.keys)

    /// `'users.id'` or `'schema.users.id'` to table and column.
    func splitReference(_ target: String, at offset: Int) throws(EvaluationError) -> (TableName, String) {
        let parts = target.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw EvaluationError(.badForeignKeyTarget(target), at: offset) }
        switch parts.count {
        case 2: return (TableName(parts[0]), parts[1])
        case 3: return (TableName(parts[1], schema: parts[0]), parts[2])
        default: throw EvaluationError(.badForeignKeyTarget(target), at: offset)
        }
    }

    /// A phrase copied into SQL (`ON DELETE ...`, `INITIALLY ...`): only the phrases SQL defines
    /// are accepted, as SQLAlchemy does, so a revision cannot smuggle SQL in through them.
    func phrase(_ bound: BoundArguments, _ name: String, _ allowed: [String]) throws(EvaluationError) -> String? {
        guard let value = try bound.string(name) else { return nil }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ").uppercased()
        guard allowed.contains(words) else {
            throw EvaluationError(.invalidPhrase(value, argument: name, allowed: allowed), at: bound.offset(of: name))
        }
        return value
    }

    func referentialActions(_ bound: BoundArguments) throws(EvaluationError) -> ReferentialActions {
        let actions = ["RESTRICT", "CASCADE", "SET NULL", "NO ACTION", "SET DEFAULT"]
        return ReferentialActions(
            onDelete: try phrase(bound, "ondelete", actions), onUpdate: try phrase(bound, "onupdate", actions),
            deferrable: try bound.bool("deferrable"), initially: try phrase(bound, "initially", ["DEFERRED", "IMMEDIATE"]),
            match: try phrase(bound, "match", ["FULL", "PARTIAL", "SIMPLE"])
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
        let (dialectArguments, plain) = splitDialectKeywords(arguments, allowed: true)
        let options = try dialectOptions(dialectArguments)
        let bound = try bind(plain, to: Evaluator.columnSignature, callOffset: offset)
        var name = try bound.string("name")
        var type: SQLType?
        if let explicit = bound["type_"] { type = try columnType(explicit, at: bound.offset(of: "type_")) }
        var foreignKeys: [ForeignKeyReference] = []
        var identity: Identity?
        var computed: Computed?
        var serverDefault: SQLExpression?
        var checks: [CheckConstraint] = []
        for (index, (value, argumentOffset)) in bound.extra.enumerated() {
            let value = try resolved(value)
            switch value {
            case .string(let string) where index == 0 && name == nil:
                name = string
            case .foreignKey(let reference):
                foreignKeys.append(reference)
            case .identity(let value):
                identity = value
            case .computed(let value):
                computed = value
            case .constraint(.check(let check)):
                checks.append(check)
            case .none where index > 0 || name != nil:
                // SQLAlchemy passes over None among a column's items (a `use_alter` key left out).
                continue
            case .symbol(let symbolName) where type == nil && !symbolName.hasPrefix("sqlalchemy."):
                // A type class of the application, written bare (`sa.Column('x', GUID)`): read
                // from its source or the types file, else refused with the reason.
                guard let applied = try makeType(symbolName, [], at: argumentOffset) else {
                    throw EvaluationError(.applicationCall(symbolName), at: argumentOffset)
                }
                type = applied
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
        if let value = bound["server_default"] {
            switch try resolved(value) {
            case .identity(let value): identity = value
            case .computed(let value): computed = value
            default: serverDefault = try serverDefaultExpression(value, at: bound.offset(of: "server_default"), function: "sa.Column")
            }
        }
        var column = Column(
            name: name, type: type, nullable: try bound.bool("nullable"), primaryKey: try bound.bool("primary_key") ?? false,
            unique: try bound.bool("unique") ?? false, index: try bound.bool("index") ?? false, serverDefault: serverDefault,
            autoincrement: autoincrement, foreignKeys: foreignKeys, comment: try bound.string("comment"),
            identity: identity, computed: computed, options: options
        )
        column.checks = checks
        return column
    }

    func serverDefaultExpression(_ value: Value, at offset: Int, function: String) throws(EvaluationError) -> SQLExpression? {
        switch try resolved(value) {
        case .none: return nil
        case .string(let text): return .string(text)
        case .sql(let expression): return expression
        case let other: throw EvaluationError(.argumentType("server_default", function: function, expected: "a string, 'sa.text(...)' or 'sa.func...'", found: other), at: offset)
        }
    }

    func sqlExpression(_ value: Value, at offset: Int) throws(EvaluationError) -> SQLExpression {
        switch try resolved(value) {
        case .string(let text): return .string(text)
        case .int(let number): return .integer(number)
        case .literal(.bigInteger(let digits)): return .text(digits)
        case .float(let number): return .float(number)
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
}
