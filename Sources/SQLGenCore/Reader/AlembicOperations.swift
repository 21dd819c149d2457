// Alembic's `op.*` and `batch_op.*` functions: their signatures, and the operations their calls become.

extension Evaluator {
    /// Every function Alembic's `op` offers, for suggestions and for telling "not yet" from "unknown".
    static let alembicOperationNames: [String] = [
        "add_column", "alter_column", "batch_alter_table", "bulk_insert", "create_check_constraint",
        "create_exclude_constraint", "create_foreign_key", "create_index", "create_primary_key", "create_table",
        "create_table_comment", "create_unique_constraint", "drop_column", "drop_constraint", "drop_index",
        "drop_table", "drop_table_comment", "execute", "f", "get_bind", "get_context", "implementation_for",
        "inline_literal", "invoke", "register_operation", "rename_table", "run_async",
    ]

    /// Keyword names shared by several operations.
    static let alterColumnKeywords = [
        "nullable", "comment", "server_default", "new_column_name", "type_", "existing_type", "existing_server_default",
        "existing_nullable", "existing_comment", "autoincrement", "existing_autoincrement",
        // A Python-side default: Alembic passes it on to the dialect, which writes nothing for it.
        "default",
    ]

    /// `op.*` signatures. Keywords with a dialect prefix (`postgresql_where`) are accepted by the
    /// functions that take `**kw` and kept as dialect options; see `acceptsDialectOptions`.
    static let operationSignatures: [String: Signature] = [
        "create_table": Signature(name: "op.create_table", positional: ["table_name"], required: 1, variadic: true,
                                  keywordOnly: ["schema", "comment", "info", "if_not_exists", "prefixes"]),
        "drop_table": Signature(name: "op.drop_table", positional: ["table_name"], required: 1, keywordOnly: ["schema", "if_exists", "info"]),
        "rename_table": Signature(name: "op.rename_table", positional: ["old_table_name", "new_table_name"], required: 2, keywordOnly: ["schema"]),
        "add_column": Signature(name: "op.add_column", positional: ["table_name", "column"], required: 2, keywordOnly: ["schema", "if_not_exists"]),
        "drop_column": Signature(name: "op.drop_column", positional: ["table_name", "column_name"], required: 2, keywordOnly: ["schema", "if_exists"]),
        "alter_column": Signature(name: "op.alter_column", positional: ["table_name", "column_name"], required: 2,
                                  keywordOnly: alterColumnKeywords + ["schema"]),
        "create_index": Signature(name: "op.create_index", positional: ["index_name", "table_name", "columns"], required: 3,
                                  keywordOnly: ["schema", "unique", "if_not_exists", "info"]),
        "drop_index": Signature(name: "op.drop_index", positional: ["index_name", "table_name"], required: 1, keywordOnly: ["schema", "if_exists"]),
        "create_primary_key": Signature(name: "op.create_primary_key", positional: ["constraint_name", "table_name", "columns"], required: 3,
                                        keywordOnly: ["schema"]),
        "create_unique_constraint": Signature(name: "op.create_unique_constraint", positional: ["constraint_name", "table_name", "columns"],
                                              required: 3, keywordOnly: ["schema", "deferrable", "initially"]),
        "create_check_constraint": Signature(name: "op.create_check_constraint", positional: ["constraint_name", "table_name", "condition"],
                                             required: 3, keywordOnly: ["schema"]),
        "create_foreign_key": Signature(name: "op.create_foreign_key",
                                        positional: ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"],
                                        required: 5,
                                        keywordOnly: ["onupdate", "ondelete", "deferrable", "initially", "match", "source_schema", "referent_schema"]),
        "create_exclude_constraint": Signature(name: "op.create_exclude_constraint", positional: ["constraint_name", "table_name"], required: 2,
                                               variadic: true, keywordOnly: ["schema", "where", "using", "deferrable", "initially"]),
        "drop_constraint": Signature(name: "op.drop_constraint", positional: ["constraint_name", "table_name", "type_"], required: 2,
                                     keywordOnly: ["schema", "if_exists"]),
        "create_table_comment": Signature(name: "op.create_table_comment", positional: ["table_name", "comment"], required: 2,
                                          keywordOnly: ["existing_comment", "schema"]),
        "drop_table_comment": Signature(name: "op.drop_table_comment", positional: ["table_name"], required: 1,
                                        keywordOnly: ["existing_comment", "schema"]),
        "bulk_insert": Signature(name: "op.bulk_insert", positional: ["table", "rows"], required: 2, keywordOnly: ["multiinsert"]),
        "execute": Signature(name: "op.execute", positional: ["sqltext"], required: 1, keywordOnly: ["execution_options"]),
        "inline_literal": Signature(name: "op.inline_literal", positional: ["value", "type_"], required: 1),
        "f": Signature(name: "op.f", positional: ["name"], required: 1),
        "batch_alter_table": Signature(name: "op.batch_alter_table", positional: ["table_name"], required: 1,
                                       keywordOnly: ["schema", "recreate", "partial_reordering", "copy_from", "table_args", "table_kwargs",
                                                     "reflect_args", "reflect_kwargs", "naming_convention"]),
    ]

    /// `batch_op.*` signatures: the same functions without the table, which the block names.
    static let batchSignatures: [String: Signature] = [
        "add_column": Signature(name: "batch_op.add_column", positional: ["column"], required: 1,
                                keywordOnly: ["insert_before", "insert_after", "if_not_exists"]),
        "drop_column": Signature(name: "batch_op.drop_column", positional: ["column_name"], required: 1, keywordOnly: ["if_exists"]),
        "alter_column": Signature(name: "batch_op.alter_column", positional: ["column_name"], required: 1,
                                  keywordOnly: alterColumnKeywords + ["insert_before", "insert_after"]),
        "create_index": Signature(name: "batch_op.create_index", positional: ["index_name", "columns"], required: 2,
                                  keywordOnly: ["unique", "if_not_exists"]),
        "drop_index": Signature(name: "batch_op.drop_index", positional: ["index_name"], required: 1, keywordOnly: ["if_exists"]),
        "create_primary_key": Signature(name: "batch_op.create_primary_key", positional: ["constraint_name", "columns"], required: 2),
        "create_unique_constraint": Signature(name: "batch_op.create_unique_constraint", positional: ["constraint_name", "columns"],
                                              required: 2, keywordOnly: ["deferrable", "initially"]),
        "create_check_constraint": Signature(name: "batch_op.create_check_constraint", positional: ["constraint_name", "condition"], required: 2),
        "create_foreign_key": Signature(name: "batch_op.create_foreign_key",
                                        positional: ["constraint_name", "referent_table", "local_cols", "remote_cols"], required: 4,
                                        keywordOnly: ["referent_schema", "onupdate", "ondelete", "deferrable", "initially", "match"]),
        "create_exclude_constraint": Signature(name: "batch_op.create_exclude_constraint", positional: ["constraint_name"], required: 1,
                                               variadic: true, keywordOnly: ["where", "using", "deferrable", "initially"]),
        "drop_constraint": Signature(name: "batch_op.drop_constraint", positional: ["constraint_name", "type_"], required: 1, keywordOnly: ["if_exists"]),
        "create_table_comment": Signature(name: "batch_op.create_table_comment", positional: ["comment"], required: 1, keywordOnly: ["existing_comment"]),
        "drop_table_comment": Signature(name: "batch_op.drop_table_comment", positional: [], required: 0, keywordOnly: ["existing_comment"]),
        "execute": Signature(name: "batch_op.execute", positional: ["sqltext"], required: 1, keywordOnly: ["execution_options"]),
        "f": Signature(name: "batch_op.f", positional: ["name"], required: 1),
    ]

    /// Functions that take `**kw` and so accept dialect keywords (`postgresql_where=...`).
    static let acceptsDialectOptions: Set<String> = [
        "create_table", "drop_table", "drop_column", "alter_column", "create_index", "drop_index", "create_unique_constraint",
        "create_check_constraint", "create_foreign_key", "create_primary_key",
    ]

    static let dialectPrefixes = ["postgresql_", "mysql_", "mariadb_", "sqlite_", "mssql_", "oracle_"]

    /// Whether a keyword is a dialect option (`postgresql_where`). Most keywords have no `_`
    /// and are told apart without comparing prefixes.
    static func isDialectKeyword(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: "_")) && dialectPrefixes.contains(where: name.hasPrefix)
    }

    /// `op.name(...)`: records the operation and returns what Alembic's function returns.
    mutating func callOperation(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        guard let signature = Evaluator.operationSignatures[name] else {
            if let value = try callMigrationContext(name, arguments, at: offset) { return value }
            if let package = Evaluator.extensionOperations[name] {
                throw EvaluationError(.extensionOperation("op." + name, package: package), at: offset)
            }
            throw unknownFunction(name, prefix: "op", known: Evaluator.alembicOperationNames, at: offset)
        }
        let (dialectArguments, plainArguments) = splitDialectKeywords(arguments, allowed: Evaluator.acceptsDialectOptions.contains(name))
        let bound = try bind(plainArguments, to: signature, callOffset: offset)
        let options = try dialectOptions(dialectArguments)
        switch name {
        case "f":
            let converted = try bound.requiredString("name")
            convertedNames.append(converted)
            return .string(converted)
        case "inline_literal":
            return .literal(try literal(bound["value"] ?? .none, at: bound.offset(of: "value")))
        case "batch_alter_table":
            return .operationResult("batch_alter_table")
        default:
            let table = try operationTable(name, bound)
            let kind = try operationKind(name, bound, table: table, options: options, batch: false)
            var operation = Operation(kind, at: position(offset))
            operation.convertedNames = convertedNames
            operations.append(operation)
            // `create_table` returns the table, which revisions pass to `bulk_insert`.
            if case .createTable(let created) = kind {
                return .lightTable(created.name, created.columns.map { BulkInsert.ColumnSpec(name: $0.name, type: $0.type) })
            }
            return .operationResult(name)
        }
    }

    /// `batch_op.name(...)` inside a batch block: the operation on the block's table.
    mutating func callBatchOperation(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        guard let batch = currentBatch else {
            throw EvaluationError(.batchOperationOutsideBlock(name), at: offset)
        }
        guard let signature = Evaluator.batchSignatures[name] else {
            throw unknownFunction(name, prefix: "batch_op", known: Array(Evaluator.batchSignatures.keys).sorted(), at: offset)
        }
        let (dialectArguments, plainArguments) = splitDialectKeywords(arguments, allowed: Evaluator.acceptsDialectOptions.contains(name))
        let bound = try bind(plainArguments, to: signature, callOffset: offset)
        let options = try dialectOptions(dialectArguments)
        if name == "f" {
            let converted = try bound.requiredString("name")
            convertedNames.append(converted)
            return .string(converted)
        }
        for keyword in ["insert_before", "insert_after"] where bound[keyword] != nil {
            // Column order only matters when the table is rebuilt; Alembic ignores it otherwise.
            _ = try bound.string(keyword)
        }
        let kind = try operationKind(name, bound, table: batch, options: options, batch: true)
        var operation = Operation(kind, at: position(offset))
        operation.convertedNames = convertedNames
        operations.append(operation)
        return .operationResult(name)
    }

    func unknownFunction(_ name: String, prefix: String, known: [String], at offset: Int) -> EvaluationError {
        if ["get_bind", "get_context", "run_async", "invoke"].contains(name) {
            return EvaluationError(.needsLiveDatabase("\(prefix).\(name)()"), at: offset)
        }
        if ["implementation_for", "register_operation"].contains(name) {
            return EvaluationError(.unsupportedCall("\(prefix).\(name)"), at: offset)
        }
        return EvaluationError(.unknownOperation("\(prefix).\(name)", suggestion: closestMatch(to: name, in: known).map { "\(prefix).\($0)" }), at: offset)
    }

    /// Separates `postgresql_where=...` and friends from the other arguments.
    func splitDialectKeywords(_ arguments: [Argument], allowed: Bool) -> (dialect: [Argument], plain: [Argument]) {
        let isDialect = { (argument: Argument) -> Bool in
            if case .keyword(let name) = argument.label { return Evaluator.isDialectKeyword(name) }
            return false
        }
        // Most calls have no dialect keyword: their arguments are passed on as they are, not copied.
        guard allowed, arguments.contains(where: isDialect) else { return ([], arguments) }
        var dialect: [Argument] = []
        var plain: [Argument] = []
        for argument in arguments {
            if isDialect(argument) {
                dialect.append(argument)
            } else {
                plain.append(argument)
            }
        }
        return (dialect, plain)
    }

    mutating func dialectOptions(_ arguments: [Argument]) throws(EvaluationError) -> DialectOptions {
        var options: DialectOptions = [:]
        for argument in arguments {
            guard case .keyword(let name) = argument.label else { continue }
            options[name] = try optionValue(try evaluate(argument.value), at: argument.value.offset)
        }
        return options
    }

    /// A dialect option's value as the model keeps it.
    func optionValue(_ value: Value, at offset: Int) throws(EvaluationError) -> OptionValue {
        switch try resolved(value) {
        case .none: return .none
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .sql(.text(let sql)): return .sql(sql)
        case .column(let column): return .string(column.name)
        case .list(let elements), .tuple(let elements):
            var values: [OptionValue] = []
            for element in elements { values.append(try optionValue(element, at: offset)) }
            return .list(values)
        case .dict(let pairs):
            var values: [String: OptionValue] = [:]
            for pair in pairs {
                guard case .string(let key) = pair.key else { throw EvaluationError(.expectedValue("string keys", found: pair.key), at: offset) }
                values[key] = try optionValue(pair.value, at: offset)
            }
            return .dict(values)
        case let other:
            throw EvaluationError(.expectedValue("a plain value for a dialect option", found: other), at: offset)
        }
    }

    /// The table an `op.*` call works on, from whichever argument names it.
    func operationTable(_ name: String, _ bound: BoundArguments) throws(EvaluationError) -> TableName {
        let schema = try bound.string("schema")
        switch name {
        case "create_foreign_key":
            return TableName(try bound.requiredString("source_table"), schema: try bound.string("source_schema"))
        case "rename_table":
            return TableName(try bound.requiredString("old_table_name"), schema: schema)
        case "bulk_insert", "execute":
            return TableName("")
        case "drop_index":
            return TableName(try bound.string("table_name") ?? "", schema: schema)
        default:
            return TableName(try bound.requiredString("table_name"), schema: schema)
        }
    }

    /// Builds the operation of an `op.*` or `batch_op.*` call; `table` is the table it works on.
    mutating func operationKind(_ name: String, _ bound: BoundArguments, table: TableName, options: DialectOptions, batch: Bool) throws(EvaluationError) -> Operation.Kind {
        let function = bound.signature.name
        switch name {
        case "create_table":
            return .createTable(try makeTable(bound, name: table, options: options))
        case "drop_table":
            return .dropTable(DropTable(table: table, ifExists: try bound.bool("if_exists") ?? false, options: options))
        case "rename_table":
            return .renameTable(table, newName: try bound.requiredString("new_table_name"))
        case "add_column":
            guard case .column(let column) = try resolved(bound["column"] ?? .none) else {
                throw EvaluationError(.argumentType("column", function: function, expected: "'sa.Column(...)'", found: bound["column"] ?? .none), at: bound.offset(of: "column"))
            }
            return .addColumn(AddColumn(table: table, column: column, ifNotExists: try bound.bool("if_not_exists") ?? false))
        case "drop_column":
            return .dropColumn(DropColumn(table: table, column: try bound.requiredString("column_name"), ifExists: try bound.bool("if_exists") ?? false, options: options))
        case "alter_column":
            return .alterColumn(try makeAlterColumn(bound, table: table, options: options))
        case "create_index":
            let elements = try indexElements(bound["columns"] ?? .none, function: function, at: bound.offset(of: "columns"))
            var indexName = try bound.string("index_name")
            if indexName == nil { indexName = try defaultIndexName(table, elements, at: bound.offset(of: "index_name")) }
            guard let indexName else {
                throw EvaluationError(.indexWithoutName, at: bound.offset(of: "index_name"))
            }
            return .createIndex(Index(name: indexName, table: table, elements: elements, unique: try bound.bool("unique") ?? false,
                                      ifNotExists: try bound.bool("if_not_exists") ?? false, options: options))
        case "drop_index":
            return .dropIndex(DropIndex(name: try bound.requiredString("index_name"), table: table.name.isEmpty ? nil : table.name,
                                        schema: table.schema, ifExists: try bound.bool("if_exists") ?? false, options: options))
        case "create_primary_key":
            return .createPrimaryKey(table, PrimaryKeyConstraint(name: try bound.string("constraint_name"), columns: try requiredNames(bound, "columns")))
        case "create_unique_constraint":
            return .createUniqueConstraint(table, UniqueConstraint(
                name: try bound.string("constraint_name"), columns: try requiredNames(bound, "columns"),
                deferrable: try bound.bool("deferrable"), initially: try phrase(bound, "initially", ["DEFERRED", "IMMEDIATE"]), options: options))
        case "create_check_constraint":
            return .createCheckConstraint(table, CheckConstraint(name: try bound.string("constraint_name"),
                                                                 sql: try sqlText(bound["condition"] ?? .none, function: function, at: bound.offset(of: "condition")),
                                                                 options: options))
        case "create_foreign_key":
            let referent = TableName(try bound.requiredString("referent_table"), schema: try bound.string("referent_schema"))
            let local = try requiredNames(bound, "local_cols")
            let remote = try requiredNames(bound, "remote_cols")
            guard local.count == remote.count else {
                throw EvaluationError(.foreignKeyColumnCount(local.count, remote.count), at: bound.callOffset)
            }
            return .createForeignKey(table, ForeignKeyConstraint(
                name: try bound.string("constraint_name"), columns: local, referredTable: referent,
                referredColumns: remote, actions: try referentialActions(bound), options: options))
        case "create_exclude_constraint":
            var elements: [(element: String, operator: String)] = []
            for (value, elementOffset) in bound.extra {
                guard let pair = try resolved(value).sequence, pair.count == 2,
                      case .string(let op) = pair[1] else {
                    throw EvaluationError(.expectedValue("a ('column', 'operator') pair", found: value), at: elementOffset)
                }
                switch pair[0] {
                case .string(let column): elements.append((column, op))
                case .sql(.text(let sql)): elements.append((sql, op))
                case let other: throw EvaluationError(.expectedValue("a column name or 'sa.text(...)'", found: other), at: elementOffset)
                }
            }
            var whereSQL: String?
            if let condition = bound["where"], case .none = condition {} else if let condition = bound["where"] {
                whereSQL = try sqlText(condition, function: function, at: bound.offset(of: "where"))
            }
            return .createExcludeConstraint(table, ExcludeConstraint(name: try bound.string("constraint_name"), elements: elements,
                                                                     using: try bound.string("using"), whereSQL: whereSQL))
        case "drop_constraint":
            var type: ConstraintType?
            if let typeName = try bound.string("type_") {
                guard let known = ConstraintType(rawValue: typeName) else {
                    throw EvaluationError(.unknownConstraintType(typeName), at: bound.offset(of: "type_"))
                }
                type = known
            }
            guard let constraintName = try bound.string("constraint_name") else {
                throw EvaluationError(.dropWithoutName(function), at: bound.offset(of: "constraint_name"))
            }
            return .dropConstraint(DropConstraint(name: constraintName, table: table, type: type, ifExists: try bound.bool("if_exists") ?? false))
        case "create_table_comment":
            return .createTableComment(table, comment: try bound.requiredString("comment"), existingComment: try bound.string("existing_comment"))
        case "drop_table_comment":
            return .dropTableComment(table, existingComment: try bound.string("existing_comment"))
        case "bulk_insert":
            return .bulkInsert(try makeBulkInsert(bound))
        case "execute":
            switch try resolved(bound["sqltext"] ?? .none) {
            case .string(let sql), .sql(.text(let sql)):
                return .execute(sql)
            case .dataStatement(let statement):
                return .data(statement)
            case .dataExpression(.text(let text, let bindings)):
                return .data(DataStatement(text: .text(text, bindings)))
            case .dataSelect:
                throw EvaluationError(.readsDatabaseResult("'op.execute(sa.select(...))'"), at: bound.offset(of: "sqltext"))
            case let other:
                throw EvaluationError(.executeArgument(other.typeDescription), at: bound.offset(of: "sqltext"))
            }
        default:
            throw EvaluationError(.unknownOperation("op." + name, suggestion: nil), at: bound.callOffset)
        }
    }

    /// A list of column names that must not be empty.
    func requiredNames(_ bound: BoundArguments, _ name: String) throws(EvaluationError) -> [String] {
        guard let names = try bound.stringList(name), !names.isEmpty else {
            throw EvaluationError(.argumentType(name, function: bound.signature.name, expected: "a non-empty list of column names", found: bound[name] ?? .none), at: bound.offset(of: name))
        }
        return names
    }

    /// SQL given as a string or `sa.text(...)`.
    func sqlText(_ value: Value, function: String, at offset: Int) throws(EvaluationError) -> String {
        switch try resolved(value) {
        case .string(let sql), .sql(.text(let sql)): return sql
        case let other: throw EvaluationError(.expectedValue("SQL text (a string or 'sa.text(...)') in '\(function)'", found: other), at: offset)
        }
    }

    /// Index columns: names, `sa.text(...)` expressions, or `sa.Column` objects.
    func indexElements(_ value: Value, function: String, at offset: Int) throws(EvaluationError) -> [Index.Element] {
        let values: [Value]
        switch try resolved(value) {
        case .string, .sql, .column, .dataExpression(.column): values = [value]
        case let other:
            guard let elements = other.sequence, !elements.isEmpty else {
                throw EvaluationError(.argumentType("columns", function: function, expected: "a list of column names", found: other), at: offset)
            }
            values = elements
        }
        var elements: [Index.Element] = []
        for element in values {
            switch try resolved(element) {
            case .string(let name): elements.append(.column(name))
            case .column(let column): elements.append(.column(column.name))
            case .dataExpression(.column(_, let name, _)): elements.append(.column(name))
            case .sql(.text(let sql)): elements.append(.expression(sql))
            case .sql(let expression): elements.append(.expression(SQLExpression.plainSQL(expression)))
            case let other: throw EvaluationError(.expectedValue("a column name or 'sa.text(...)' in '\(function)'", found: other), at: offset)
            }
        }
        return elements
    }

    /// `op.alter_column(...)`: unset keywords leave the property; `server_default=None` and
    /// `comment=None` drop it, as in Alembic.
    mutating func makeAlterColumn(_ bound: BoundArguments, table: TableName, options: DialectOptions) throws(EvaluationError) -> AlterColumn {
        var alter = AlterColumn(table: table, column: try bound.requiredString("column_name"))
        alter.nullable = try bound.bool("nullable")
        alter.newName = try bound.string("new_column_name")
        if let type = bound["type_"], !isNone(type) { alter.type = try columnType(type, at: bound.offset(of: "type_")) }
        if let existing = bound["existing_type"], !isNone(existing) { alter.existingType = try columnType(existing, at: bound.offset(of: "existing_type")) }
        switch bound["server_default"] {
        case nil, .bool(false)?: break
        case .none?: alter.serverDefault = .drop
        case let value?:
            if let expression = try serverDefaultExpression(value, at: bound.offset(of: "server_default"), function: bound.signature.name) {
                alter.serverDefault = .set(expression)
            }
        }
        switch bound["comment"] {
        case nil, .bool(false)?: break
        case .none?: alter.comment = .drop
        case .string(let text)?: alter.comment = .set(text)
        case let other?: throw EvaluationError(.argumentType("comment", function: bound.signature.name, expected: "a string or None", found: other), at: bound.offset(of: "comment"))
        }
        if let existing = bound["existing_server_default"], !isNone(existing), !isFalse(existing) {
            alter.existingServerDefault = try serverDefaultExpression(existing, at: bound.offset(of: "existing_server_default"), function: bound.signature.name)
        }
        alter.existingNullable = try bound.bool("existing_nullable")
        if let existing = bound["existing_comment"], !isFalse(existing) { alter.existingComment = try bound.string("existing_comment") }
        alter.autoincrement = try bound.bool("autoincrement")
        alter.existingAutoincrement = try bound.bool("existing_autoincrement")
        alter.options = options
        return alter
    }

    func isNone(_ value: Value) -> Bool {
        if case .none = value { return true }
        return false
    }

    func isFalse(_ value: Value) -> Bool {
        if case .bool(false) = value { return true }
        return false
    }

    /// `op.bulk_insert(sa.table(...), [{...}, ...])`.
    func makeBulkInsert(_ bound: BoundArguments) throws(EvaluationError) -> BulkInsert {
        guard case .lightTable(let table, let columns) = try resolved(bound["table"] ?? .none) else {
            throw EvaluationError(.argumentType("table", function: "op.bulk_insert", expected: "'sa.table(...)' or a table from 'op.create_table'", found: bound["table"] ?? .none), at: bound.offset(of: "table"))
        }
        guard let rowValues = try resolved(bound["rows"] ?? .none).sequence else {
            throw EvaluationError(.argumentType("rows", function: "op.bulk_insert", expected: "a list of dicts", found: bound["rows"] ?? .none), at: bound.offset(of: "rows"))
        }
        var rows: [[(column: String, value: Literal)]] = []
        for row in rowValues {
            guard case .dict(let pairs) = try resolved(row) else {
                throw EvaluationError(.expectedValue("a dict for each row of 'op.bulk_insert'", found: row), at: bound.offset(of: "rows"))
            }
            var values: [(column: String, value: Literal)] = []
            for pair in pairs {
                guard case .string(let column) = pair.key else {
                    throw EvaluationError(.expectedValue("column names as keys of a row", found: pair.key), at: bound.offset(of: "rows"))
                }
                guard columns.contains(where: { $0.name.sameScalars(column) }) else {
                    throw EvaluationError(.bulkInsertUnknownColumn(column, table: table.name), at: bound.offset(of: "rows"))
                }
                values.append((column, try literal(pair.value, at: bound.offset(of: "rows"))))
            }
            rows.append(values)
        }
        return BulkInsert(table: table, columns: columns, rows: rows, multiinsert: try bound.bool("multiinsert") ?? true)
    }

    /// A data value for `bulk_insert` and `op.inline_literal`.
    func literal(_ value: Value, at offset: Int) throws(EvaluationError) -> Literal {
        switch try resolved(value) {
        case .none: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .literal(let literal): return literal
        case .symbol(let name) where name.contains(".") && !["sqlalchemy.", "alembic.", "builtins.", "typing."].contains(where: name.hasPrefix):
            // `CONF.default_interface`: a setting of the application, known only when it runs.
            throw EvaluationError(.applicationValue(name), at: offset)
        case let other: throw EvaluationError(.expectedValue("a literal value (string, number, boolean, None, date)", found: other), at: offset)
        }
    }

    /// `op.create_table(name, *columns_and_constraints, schema=..., comment=...)`.
    func makeTable(_ bound: BoundArguments, name: TableName, options: DialectOptions) throws(EvaluationError) -> Table {
        var table = Table(name: name, columns: [], comment: try bound.string("comment"), ifNotExists: try bound.bool("if_not_exists") ?? false,
                          prefixes: try bound.stringList("prefixes") ?? [], options: options)
        for (value, offset) in bound.extra {
            switch try resolved(value) {
            case .column(let column):
                if table.columns.contains(where: { $0.name.sameScalars(column.name) }) {
                    throw EvaluationError(.duplicateColumn(column.name, table: table.name.name), at: offset)
                }
                table.columns.append(column)
            case .constraint(let constraint):
                table.constraints.append(constraint)
            case .index(let indexName, let elements, let unique, let indexOptions):
                table.indexes.append(Index(name: indexName, table: name, elements: elements, unique: unique, options: indexOptions))
            case .none:
                // SQLAlchemy passes over None among a table's items (a `use_alter` key left out).
                continue
            case let other:
                throw EvaluationError(.expectedValue("a column or constraint in 'op.create_table'", found: other), at: offset)
            }
        }
        return table
    }
}

extension SQLExpression {
    /// The expression as SQL where no dialect is involved (index expressions written as `sa.func`).
    static func plainSQL(_ expression: SQLExpression) -> String {
        switch expression {
        case .string(let value): "'" + value.doublingScalar("'") + "'"
        case .text(let sql): sql
        case .function(let name, let arguments): name + "(" + arguments.map(plainSQL).joined(separator: ", ") + ")"
        case .integer(let value): String(value)
        case .float(let value): value.pythonText
        case .boolean(let value): value ? "true" : "false"
        case .null: "NULL"
        }
    }
}
