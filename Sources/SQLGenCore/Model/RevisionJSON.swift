// Revisions as JSON with a stable key order, for `sqlgen parse`: what sqlgen understood from each file.

/// A JSON value whose objects keep their keys in the order they were built, so the same
/// revision always prints the same text.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .number(let value): return value.isFinite ? value.pythonText : "null"
        case .string(let value): return JSONValue.quote(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + JSONValue.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// The JSON description of revisions and their operations. Keys appear only when they say
/// something (a `false` flag or an absent option is left out), so the output stays readable.
public enum RevisionJSON {
    public static func describe(_ revision: Revision) -> JSONValue {
        .object([
            ("file", .string(revision.file.path)),
            ("revision", .string(revision.id)),
            ("down_revision", .array(revision.downRevisions.map(JSONValue.string))),
            ("branch_labels", .array(revision.branchLabels.map(JSONValue.string))),
            ("depends_on", .array(revision.dependsOn.map(JSONValue.string))),
            ("message", revision.message.map(JSONValue.string) ?? .null),
            ("upgrade", describe(revision.upgrade)),
            ("downgrade", describe(revision.downgrade)),
        ])
    }

    static func describe(_ body: MigrationBody) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("operations", .array(body.operations.map(describe)))]
        if let raise = body.irreversibleAt {
            pairs.append(("irreversible_at", .string("\(raise.path):\(raise.line):\(raise.column)")))
        }
        return .object(pairs)
    }

    public static func describe(_ operation: Operation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("op", .string(operation.functionName)), ("line", .int(operation.position.line))]
        pairs += fields(of: operation.kind)
        return .object(pairs)
    }

    static func fields(of kind: Operation.Kind) -> [(String, JSONValue)] {
        switch kind {
        case .createTable(let table):
            return [("table", tableName(table.name)), ("columns", .array(table.columns.map(column))),
                    ("constraints", .array(table.constraints.map(constraint))), ("indexes", .array(table.indexes.map(index)))]
                + optional("comment", table.comment.map(JSONValue.string)) + flag("if_not_exists", table.ifNotExists)
                + optional("prefixes", table.prefixes.isEmpty ? nil : .array(table.prefixes.map(JSONValue.string))) + options(table.options)
        case .dropTable(let drop):
            return [("table", tableName(drop.table))] + flag("if_exists", drop.ifExists) + options(drop.options)
        case .renameTable(let table, let newName):
            return [("table", tableName(table)), ("new_name", .string(newName))]
        case .addColumn(let add):
            return [("table", tableName(add.table)), ("column", column(add.column))] + flag("if_not_exists", add.ifNotExists)
        case .dropColumn(let drop):
            return [("table", tableName(drop.table)), ("column", .string(drop.column))] + flag("if_exists", drop.ifExists) + options(drop.options)
        case .alterColumn(let alter):
            var pairs: [(String, JSONValue)] = [("table", tableName(alter.table)), ("column", .string(alter.column))]
            pairs += optional("nullable", alter.nullable.map(JSONValue.bool))
            pairs += optional("new_name", alter.newName.map(JSONValue.string))
            pairs += optional("type", alter.type.map { .string(SQLTypeDescription.describe($0)) })
            pairs += change("server_default", alter.serverDefault) { expression($0) }
            pairs += change("comment", alter.comment) { .string($0) }
            pairs += optional("autoincrement", alter.autoincrement.map(JSONValue.bool))
            pairs += optional("existing_type", alter.existingType.map { .string(SQLTypeDescription.describe($0)) })
            pairs += optional("existing_nullable", alter.existingNullable.map(JSONValue.bool))
            pairs += optional("existing_server_default", alter.existingServerDefault.map(expression))
            pairs += optional("existing_comment", alter.existingComment.map(JSONValue.string))
            return pairs + options(alter.options)
        case .createIndex(let value):
            return fields(ofIndex: value)
        case .dropIndex(let drop):
            return [("name", .string(drop.name))] + optional("table", drop.table.map(JSONValue.string))
                + optional("schema", drop.schema.map(JSONValue.string)) + flag("if_exists", drop.ifExists) + options(drop.options)
        case .createPrimaryKey(let table, let key):
            return [("table", tableName(table))] + pairsOf(constraint(.primaryKey(key)))
        case .createUniqueConstraint(let table, let unique):
            return [("table", tableName(table))] + pairsOf(constraint(.unique(unique)))
        case .createCheckConstraint(let table, let check):
            return [("table", tableName(table))] + pairsOf(constraint(.check(check)))
        case .createForeignKey(let table, let foreignKey):
            return [("table", tableName(table))] + pairsOf(constraint(.foreignKey(foreignKey)))
        case .createExcludeConstraint(let table, let exclude):
            return [("table", tableName(table)), ("name", exclude.name.map(JSONValue.string) ?? .null),
                    ("elements", .array(exclude.elements.map { .array([.string($0.element), .string($0.operator)]) }))]
                + optional("using", exclude.using.map(JSONValue.string)) + optional("where", exclude.whereSQL.map(JSONValue.string))
        case .dropConstraint(let drop):
            return [("table", tableName(drop.table)), ("name", .string(drop.name))]
                + optional("type", drop.type.map { .string($0.rawValue) }) + flag("if_exists", drop.ifExists)
        case .createTableComment(let table, let comment, let existing):
            return [("table", tableName(table)), ("comment", .string(comment))] + optional("existing_comment", existing.map(JSONValue.string))
        case .dropTableComment(let table, let existing):
            return [("table", tableName(table))] + optional("existing_comment", existing.map(JSONValue.string))
        case .bulkInsert(let insert):
            return [("table", tableName(insert.table)),
                    ("columns", .array(insert.columns.map { spec in .object([("name", .string(spec.name))] + optional("type", spec.type.map { .string(SQLTypeDescription.describe($0)) })) })),
                    ("rows", .array(insert.rows.map { row in .object(row.map { ($0.column, literal($0.value)) }) }))]
                + (insert.multiinsert ? [] : [("multiinsert", .bool(false))])
        case .execute(let sql):
            return [("sql", .string(sql))]
        case .data(let statement):
            return [("statement", .string(statement.verb.rawValue)), ("table", tableName(statement.table))]
                + (statement.values.isEmpty ? [] : [("values", .object(statement.values.map { ($0.column, dataExpression($0.value)) }))])
                + optional("where", statement.condition.map(dataExpression))
                + optional("select", statement.select.map { select in
                    .object([("columns", .array(select.columns.map(dataExpression))), ("from", .array(select.froms.map(tableName)))]
                        + optional("where", select.condition.map(dataExpression)) + (select.distinct ? [("distinct", .bool(true))] : []))
                })
                + optional("text", statement.sqlText.map(dataExpression))
        case .batch(let batch):
            return [("table", tableName(batch.table)), ("recreate", .string(batch.recreate.rawValue)),
                    ("operations", .array(batch.operations.map(describe)))]
        case .autocommit(let operations):
            return [("operations", .array(operations.map(describe)))]
        case .createEnumType(let enumType), .dropEnumType(let enumType):
            return [("name", enumType.name.map(JSONValue.string) ?? .null)] + (enumType.schema.map { [("schema", JSONValue.string($0))] } ?? [])
                + [("values", .array(enumType.values.map(JSONValue.string)))]
        }
    }

    static func fields(ofIndex value: Index) -> [(String, JSONValue)] {
        pairsOf(index(value))
    }

    static func pairsOf(_ value: JSONValue) -> [(String, JSONValue)] {
        if case .object(let pairs) = value { return pairs }
        return []
    }

    static func tableName(_ table: TableName) -> JSONValue {
        .string(table.schema.map { "\($0).\(table.name)" } ?? table.name)
    }

    static func optional(_ key: String, _ value: JSONValue?) -> [(String, JSONValue)] {
        value.map { [(key, $0)] } ?? []
    }

    /// A flag, shown only when set.
    static func flag(_ key: String, _ value: Bool) -> [(String, JSONValue)] {
        value ? [(key, .bool(true))] : []
    }

    static func change<T>(_ key: String, _ change: Change<T>, _ describe: (T) -> JSONValue) -> [(String, JSONValue)] {
        switch change {
        case .unchanged: []
        case .set(let value): [(key, describe(value))]
        case .drop: [(key, .null)]
        }
    }

    static func options(_ options: DialectOptions) -> [(String, JSONValue)] {
        options.isEmpty ? [] : [("dialect_options", .object(options.sorted { $0.key < $1.key }.map { ($0.key, option($0.value)) }))]
    }

    static func option(_ value: OptionValue) -> JSONValue {
        switch value {
        case .none: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .float(let number): .number(number)
        case .string(let text): .string(text)
        case .sql(let sql): .object([("sql", .string(sql))])
        case .list(let items): .array(items.map(option))
        case .dict(let pairs): .object(pairs.sorted { $0.key < $1.key }.map { ($0.key, option($0.value)) })
        }
    }

    static func column(_ column: Column) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(column.name)), ("type", .string(SQLTypeDescription.describe(column.type)))]
        pairs += optional("nullable", column.nullable.map(JSONValue.bool))
        pairs += flag("primary_key", column.primaryKey) + flag("unique", column.unique) + flag("index", column.index)
        pairs += optional("server_default", column.serverDefault.map(expression))
        switch column.autoincrement {
        case .auto: break
        case .always: pairs.append(("autoincrement", .bool(true)))
        case .never: pairs.append(("autoincrement", .bool(false)))
        }
        if !column.foreignKeys.isEmpty {
            pairs.append(("foreign_keys", .array(column.foreignKeys.map { reference in
                .object([("target", .string(reference.target))] + optional("name", reference.name.map(JSONValue.string)) + actions(reference.actions))
            })))
        }
        pairs += optional("comment", column.comment.map(JSONValue.string))
        if let identity = column.identity {
            pairs.append(("identity", .object([("always", .bool(identity.always))] + optional("start", identity.start.map(JSONValue.int))
                                              + optional("increment", identity.increment.map(JSONValue.int)))))
        }
        if let computed = column.computed {
            pairs.append(("computed", .object([("sql", .string(computed.sql))] + optional("persisted", computed.persisted.map(JSONValue.bool)))))
        }
        return .object(pairs + options(column.options))
    }

    static func actions(_ actions: ReferentialActions) -> [(String, JSONValue)] {
        optional("ondelete", actions.onDelete.map(JSONValue.string)) + optional("onupdate", actions.onUpdate.map(JSONValue.string))
            + optional("deferrable", actions.deferrable.map(JSONValue.bool)) + optional("initially", actions.initially.map(JSONValue.string))
            + optional("match", actions.match.map(JSONValue.string))
    }

    static func constraint(_ constraint: Constraint) -> JSONValue {
        switch constraint {
        case .primaryKey(let key):
            return .object([("kind", .string("primary_key")), ("name", key.name.map(JSONValue.string) ?? .null),
                            ("columns", .array(key.columns.map(JSONValue.string)))])
        case .unique(let unique):
            return .object([("kind", .string("unique")), ("name", unique.name.map(JSONValue.string) ?? .null),
                            ("columns", .array(unique.columns.map(JSONValue.string)))]
                           + optional("deferrable", unique.deferrable.map(JSONValue.bool)) + optional("initially", unique.initially.map(JSONValue.string)))
        case .foreignKey(let foreignKey):
            return .object([("kind", .string("foreign_key")), ("name", foreignKey.name.map(JSONValue.string) ?? .null),
                            ("columns", .array(foreignKey.columns.map(JSONValue.string))), ("referred_table", tableName(foreignKey.referredTable)),
                            ("referred_columns", .array(foreignKey.referredColumns.map(JSONValue.string)))] + actions(foreignKey.actions))
        case .check(let check):
            return .object([("kind", .string("check")), ("name", check.name.map(JSONValue.string) ?? .null), ("sql", .string(check.sql))])
        }
    }

    static func index(_ index: Index) -> JSONValue {
        .object([("name", .string(index.name)), ("table", tableName(index.table)),
                 ("elements", .array(index.elements.map { element in
                     switch element {
                     case .column(let name): .string(name)
                     case .expression(let sql): .object([("sql", .string(sql))])
                     }
                 }))] + flag("unique", index.unique) + flag("if_not_exists", index.ifNotExists) + options(index.options))
    }

    static func expression(_ expression: SQLExpression) -> JSONValue {
        switch expression {
        case .string(let text): .string(text)
        case .text(let sql): .object([("sql", .string(sql))])
        case .integer(let number): .int(number)
        case .float(let number): .number(number)
        case .boolean(let flag): .object([("sql", .string(flag ? "true()" : "false()"))])
        case .null: .object([("sql", .string("null()"))])
        case .function(let name, let arguments): .object([("function", .string(name)), ("arguments", .array(arguments.map(self.expression)))])
        }
    }

    /// A data statement's expression as nested objects: `{"op": "=", "operands": [...]}`.
    static func dataExpression(_ value: DataExpression) -> JSONValue {
        switch value {
        case .column(let table, let name, _): return .object([("column", .string(table.name + "." + name))])
        case .value(let literal, _): return .object([("value", Self.literal(literal))])
        case .sql(let sql): return .object([("sql", expression(sql))])
        case .binary(let op, let left, let right): return .object([("op", .string(op)), ("operands", .array([dataExpression(left), dataExpression(right)]))])
        case .conjunction(let op, let operands): return .object([("op", .string(op)), ("operands", .array(operands.map(dataExpression)))])
        case .not(let operand): return .object([("op", .string("NOT")), ("operands", .array([dataExpression(operand)]))])
        case .isNull(let operand, let negated): return .object([("op", .string(negated ? "IS NOT NULL" : "IS NULL")), ("operands", .array([dataExpression(operand)]))])
        case .inList(let operand, let items, let negated):
            return .object([("op", .string(negated ? "NOT IN" : "IN")), ("operands", .array([dataExpression(operand)] + items.map(dataExpression)))])
        case .between(let operand, let low, let high, let negated):
            return .object([("op", .string(negated ? "NOT BETWEEN" : "BETWEEN")), ("operands", .array([operand, low, high].map(dataExpression)))])
        case .function(let name, let arguments): return .object([("function", .string(name)), ("arguments", .array(arguments.map(dataExpression)))])
        case .cast(let operand, let type):
            return .object([("cast", dataExpression(operand)), ("type", .string(SQLTypeDescription.describe(type)))])
        case .caseWhen(let value, let branches, let otherwise):
            return .object([("case", .array(branches.map { .object([("when", dataExpression($0.when)), ("then", dataExpression($0.then))]) }))]
                + (value.map { [("value", dataExpression($0))] } ?? []) + (otherwise.map { [("else", dataExpression($0))] } ?? []))
        case .negative(let operand): return .object([("op", .string("-")), ("operands", .array([dataExpression(operand)]))])
        case .label(let operand, let name): return .object([("label", .string(name)), ("expression", dataExpression(operand))])
        case .text(let text, let bindings):
            return .object([("text", .string(text)), ("bindings", .object(bindings.map { ($0.name, dataExpression($0.value)) }))])
        }
    }

    static func literal(_ value: Literal) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .float(let number): .number(number)
        case .decimal(let text): .object([("decimal", .string(text))])
        case .bigInteger(let digits): .object([("integer", .string(digits))])
        case .string(let text): .string(text)
        case .date(let text): .object([("date", .string(text))])
        case .dateTime(let text): .object([("datetime", .string(text))])
        case .time(let text): .object([("time", .string(text))])
        }
    }
}
