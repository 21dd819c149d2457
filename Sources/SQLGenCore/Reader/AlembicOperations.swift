// Alembic's `op.*` functions: their signatures, and the operations their calls become.

extension Evaluator {
    /// Every function Alembic's `op` offers, for suggestions and for telling "not yet" from "unknown".
    static let alembicOperationNames: [String] = [
        "add_column", "alter_column", "batch_alter_table", "bulk_insert", "create_check_constraint",
        "create_exclude_constraint", "create_foreign_key", "create_index", "create_primary_key", "create_table",
        "create_table_comment", "create_unique_constraint", "drop_column", "drop_constraint", "drop_index",
        "drop_table", "drop_table_comment", "execute", "f", "get_bind", "get_context", "implementation_for",
        "inline_literal", "invoke", "register_operation", "rename_table", "run_async",
    ]

    static let operationSignatures: [String: Signature] = [
        "create_table": Signature(name: "op.create_table", positional: ["table_name"], required: 1, variadic: true,
                                  keywordOnly: ["schema", "comment", "info"], notYetSupported: ["if_not_exists", "prefixes"]),
        "drop_table": Signature(name: "op.drop_table", positional: ["table_name"], required: 1,
                                keywordOnly: ["schema"], notYetSupported: ["if_exists"]),
        "add_column": Signature(name: "op.add_column", positional: ["table_name", "column"], required: 2,
                                keywordOnly: ["schema"], notYetSupported: ["if_not_exists"]),
        "drop_column": Signature(name: "op.drop_column", positional: ["table_name", "column_name"], required: 2,
                                 keywordOnly: ["schema"],
                                 notYetSupported: ["if_exists", "mssql_drop_check", "mssql_drop_default", "mssql_drop_foreign_key"]),
        "create_index": Signature(name: "op.create_index", positional: ["index_name", "table_name", "columns"], required: 3,
                                  keywordOnly: ["schema", "unique", "info"],
                                  notYetSupported: ["if_not_exists", "postgresql_where", "postgresql_using", "postgresql_concurrently",
                                                    "postgresql_ops", "postgresql_include", "postgresql_with", "postgresql_nulls_not_distinct",
                                                    "mysql_length", "mysql_prefix", "mysql_using", "sqlite_where", "mssql_include",
                                                    "mssql_where", "mssql_clustered", "oracle_bitmap"]),
        "drop_index": Signature(name: "op.drop_index", positional: ["index_name", "table_name"], required: 1,
                                keywordOnly: ["schema"], notYetSupported: ["if_exists", "postgresql_concurrently"]),
        "create_foreign_key": Signature(name: "op.create_foreign_key",
                                        positional: ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"],
                                        required: 5,
                                        keywordOnly: ["onupdate", "ondelete", "deferrable", "initially", "match", "source_schema", "referent_schema"],
                                        notYetSupported: ["postgresql_not_valid", "use_alter"]),
        "drop_constraint": Signature(name: "op.drop_constraint", positional: ["constraint_name", "table_name", "type_"], required: 2,
                                     keywordOnly: ["schema"], notYetSupported: ["if_exists"]),
        "execute": Signature(name: "op.execute", positional: ["sqltext"], required: 1, keywordOnly: ["execution_options"]),
        "f": Signature(name: "op.f", positional: ["name"], required: 1),
    ]

    /// `op.name(...)`: records the operation and returns what Alembic's function returns.
    mutating func callOperation(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        guard let signature = Evaluator.operationSignatures[name] else {
            if name == "get_bind" || name == "get_context" || name == "run_async" {
                throw EvaluationError(.needsLiveDatabase("op.\(name)()"), at: offset)
            }
            if Evaluator.alembicOperationNames.contains(name) {
                throw EvaluationError(.notSupportedYet("'op.\(name)'"), at: offset)
            }
            throw EvaluationError(.unknownOperation(name, suggestion: closestMatch(to: name, in: Evaluator.alembicOperationNames)), at: offset)
        }
        let bound = try bind(arguments, to: signature, callOffset: offset)
        let position = self.position(offset)
        let kind: Operation.Kind
        switch name {
        case "f":
            return .string(try bound.requiredString("name"))
        case "create_table":
            kind = .createTable(try makeTable(bound))
        case "drop_table":
            kind = .dropTable(try tableName(bound, "table_name"))
        case "add_column":
            guard case .column(let column) = try resolved(bound["column"] ?? .none) else {
                throw EvaluationError(.argumentType("column", function: signature.name, expected: "'sa.Column(...)'", found: bound["column"] ?? .none), at: bound.offset(of: "column"))
            }
            kind = .addColumn(try tableName(bound, "table_name"), column)
        case "drop_column":
            kind = .dropColumn(try tableName(bound, "table_name"), column: try bound.requiredString("column_name"))
        case "create_index":
            guard let columns = try bound.stringList("columns"), !columns.isEmpty else {
                throw EvaluationError(.argumentType("columns", function: signature.name, expected: "a list of column names", found: bound["columns"] ?? .none), at: bound.offset(of: "columns"))
            }
            guard let indexName = try bound.string("index_name") else {
                throw EvaluationError(.notSupportedYet("indexes without a name"), at: bound.offset(of: "index_name"))
            }
            kind = .createIndex(Index(name: indexName, table: try tableName(bound, "table_name"), columns: columns, unique: try bound.bool("unique") ?? false))
        case "drop_index":
            kind = .dropIndex(name: try bound.requiredString("index_name"), table: try bound.string("table_name"), schema: try bound.string("schema"))
        case "create_foreign_key":
            let source = TableName(try bound.requiredString("source_table"), schema: try bound.string("source_schema"))
            let referent = TableName(try bound.requiredString("referent_table"), schema: try bound.string("referent_schema"))
            let local = try bound.stringList("local_cols") ?? []
            let remote = try bound.stringList("remote_cols") ?? []
            guard local.count == remote.count, !local.isEmpty else {
                throw EvaluationError(.foreignKeyColumnCount(local.count, remote.count), at: offset)
            }
            kind = .createForeignKey(source, ForeignKeyConstraint(
                name: try bound.string("constraint_name"), columns: local, referredTable: referent,
                referredColumns: remote, actions: try referentialActions(bound)
            ))
        case "drop_constraint":
            var type: ConstraintType?
            if let typeName = try bound.string("type_") {
                guard let known = ConstraintType(rawValue: typeName) else {
                    throw EvaluationError(.unknownConstraintType(typeName), at: bound.offset(of: "type_"))
                }
                type = known
            }
            guard let constraintName = try bound.string("constraint_name") else {
                throw EvaluationError(.missingArgument("constraint_name", function: signature.name), at: offset)
            }
            kind = .dropConstraint(name: constraintName, table: try tableName(bound, "table_name"), type: type)
        case "execute":
            switch try resolved(bound["sqltext"] ?? .none) {
            case .string(let sql), .sql(.text(let sql)):
                kind = .execute(sql)
            case let other:
                throw EvaluationError(.argumentType("sqltext", function: signature.name, expected: "a SQL string or 'sa.text(...)'", found: other), at: bound.offset(of: "sqltext"))
            }
        default:
            throw EvaluationError(.notSupportedYet("'op.\(name)'"), at: offset)
        }
        operations.append(Operation(kind, at: position))
        return .operationResult(name)
    }

    func tableName(_ bound: BoundArguments, _ parameter: String) throws(EvaluationError) -> TableName {
        TableName(try bound.requiredString(parameter), schema: try bound.string("schema"))
    }

    /// `op.create_table(name, *columns_and_constraints, schema=..., comment=...)`.
    func makeTable(_ bound: BoundArguments) throws(EvaluationError) -> Table {
        var table = Table(name: try tableName(bound, "table_name"), columns: [], comment: try bound.string("comment"))
        if table.comment != nil {
            throw EvaluationError(.notSupportedYet("table comments"), at: bound.offset(of: "comment"))
        }
        for (value, offset) in bound.extra {
            switch try resolved(value) {
            case .column(let column):
                if table.columns.contains(where: { $0.name == column.name }) {
                    throw EvaluationError(.duplicateColumn(column.name, table: table.name.name), at: offset)
                }
                if column.comment != nil {
                    throw EvaluationError(.notSupportedYet("column comments"), at: offset)
                }
                table.columns.append(column)
            case .constraint(let constraint):
                table.constraints.append(constraint)
            case let other:
                throw EvaluationError(.expectedValue("a column or constraint in 'op.create_table'", found: other), at: offset)
            }
        }
        return table
    }
}
