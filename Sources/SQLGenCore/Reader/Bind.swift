// `op.get_bind()`, `op.get_context()` and `alembic.context` as Alembic's offline mode has them: a
// connection that prints what it executes and returns no rows, and a dialect that is the target's.

/// What offline code reaches from the migration context. Offline, Alembic's bind is a mock
/// connection: it has the target dialect, it writes each statement it executes to the script,
/// and it has no rows to return.
enum OfflineObject: Sendable {
    /// `op.get_bind()`, `op.get_context().bind`: the connection.
    case bind
    /// `op.get_context()`, `context.get_context()`: the migration context.
    case context
    /// `bind.dialect`, `op.get_context().dialect`.
    case dialect
    /// What `bind.execute(...)` returned (the call, for messages): nothing can be read from it.
    case result(String)

    var description: String {
        switch self {
        case .bind: "'op.get_bind()'"
        case .context: "'op.get_context()'"
        case .dialect: "'bind.dialect'"
        case .result(let call): "the result of '\(call)'"
        }
    }
}

extension Evaluator {
    /// `op.get_bind()`, `op.get_context()`, and the `alembic.context` functions that need no
    /// database (`context.is_offline_mode()` is True, `context.get_x_argument()` empty). Nil for
    /// a name that is none of these.
    mutating func callMigrationContext(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value? {
        switch name {
        case "get_bind":
            guard arguments.isEmpty else { return nil }
            return .offline(.bind)
        case "get_context":
            guard arguments.isEmpty else { return nil }
            return .offline(.context)
        case "is_offline_mode":
            return .bool(true)
        case "get_x_argument":
            var asDictionary = false
            for argument in arguments {
                if case .bool(let flag) = try resolved(try evaluate(argument.value)) { asDictionary = flag }
            }
            // `alembic -x KEY=VALUE`: the list as given; as a dictionary, split at the first
            // '=' (a value without one maps to the empty string, as Alembic does).
            if !asDictionary { return .list(xArguments.map { .string($0) }) }
            var pairs: [(key: Value, value: Value)] = []
            for argument in xArguments {
                let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = Value.string(String(parts[0])), value = Value.string(parts.count > 1 ? String(parts[1]) : "")
                if let existing = pairs.firstIndex(where: { $0.key.pythonRepr == key.pythonRepr }) { pairs[existing].value = value } else { pairs.append((key, value)) }
            }
            return .dict(pairs)
        case "get_tag_argument":
            return Value.none
        case "execute":
            // `context.execute(sql)`: the environment's own execute, printed like `op.execute`.
            guard let first = arguments.first, first.label == .positional else { return nil }
            return try executeOffline(try evaluate(first.value), extra: arguments.count - 1, call: "context.execute", at: offset)
        default:
            return nil
        }
    }

    /// Attributes of the values sqlgen computes beyond plain Python ones: the migration context's,
    /// a type's methods, a tuple's. Nil where the value has no such attribute.
    mutating func attribute(_ name: String, of value: Value, at offset: Int) throws(EvaluationError) -> Value? {
        switch value {
        case .offline(.bind):
            switch name {
            case "dialect": return .offline(.dialect)
            case "engine", "connection": return .offline(.bind)
            case "execute", "exec_driver_sql": return .method(value, name)
            case "scalar", "scalars":
                throw EvaluationError(.readsDatabaseResult("'bind.\(name)(...)'"), at: offset)
            default: return nil
            }
        case .offline(.context):
            switch name {
            case "dialect": return .offline(.dialect)
            case "bind", "connection": return .offline(.bind)
            case "as_sql": return .bool(true)
            case "execute": return .method(value, name)
            default: return nil
            }
        case .offline(.dialect):
            switch name {
            case "name":
                // Without a target the name is unknown; bound to a name, it is an error only where
                // a value is needed, and an `if` on it is read branch by branch (`evaluateIf`).
                guard let targetDialect else { return .unavailable(.dialectNotGiven, at: offset) }
                return .string(targetDialect)
            case "type_descriptor":
                // Inside a `TypeDecorator.load_dialect_impl`: the type as given.
                return .method(value, name)
            case "server_version_info", "default_schema_name":
                throw EvaluationError(.inspectsDatabase("bind.dialect.\(name)"), at: offset)
            case _ where name.hasPrefix("has_") || name.hasPrefix("get_"):
                // `dialect.has_table(conn, 't')`, `dialect.get_columns(...)`: reflection.
                throw EvaluationError(.inspectsDatabase("bind.dialect.\(name)(...)"), at: offset)
            default: return nil
            }
        case .offline(.result(let call)):
            throw EvaluationError(.readsDatabaseResult("'.\(name)' on the result of '\(call)'"), at: offset)
        case .type:
            return ["create", "drop", "with_variant"].contains(name) ? .method(value, name) : nil
        case .tuple:
            return ["count", "index"].contains(name) ? .method(value, name) : nil
        case .lightTable(let table, _) where (name == "create" || name == "drop") && definedTables[table] != nil:
            return .method(value, name)
        case .index where name == "create" || name == "drop":
            return .method(value, name)
        case .lightTable, .tableColumns, .dataStatement, .dataExpression, .dataSelect:
            return try dataAttribute(name, of: value, at: offset)
        case .sql(.text) where name == "bindparams":
            return .method(value, name)
        case .sql where name == "label":
            return .method(value, name)
        default:
            return nil
        }
    }

    /// `bind.execute(sql)`: the statement goes to the script, as Alembic's mock connection writes
    /// it; what it returns cannot be read.
    mutating func executeOffline(_ statement: Value, extra: Int, call: String, at offset: Int) throws(EvaluationError) -> Value {
        guard extra == 0 else {
            throw EvaluationError(.unsupportedExpression("parameters to '\(call)'; offline, Alembic refuses them too"), at: offset)
        }
        switch try resolved(statement) {
        case .string(let sql), .sql(.text(let sql)):
            operations.append(Operation(.execute(sql), at: position(offset)))
            return .offline(.result(call))
        case .dataStatement(let data):
            operations.append(Operation(.data(data), at: position(offset)))
            return .offline(.result(call))
        case .dataExpression(.text(let text, let bindings)):
            operations.append(Operation(.data(DataStatement(text: .text(text, bindings))), at: position(offset)))
            return .offline(.result(call))
        case .dataSelect:
            throw EvaluationError(.readsDatabaseResult("'\(call)(sa.select(...))'"), at: offset)
        case let other:
            throw EvaluationError(.executeArgument(other.typeDescription), at: offset)
        }
    }

    /// Methods of the values `attribute(_:of:at:)` gives, and of tuples. Nil where there is none.
    mutating func callOtherMethod(_ receiver: Value, _ name: String, _ positional: [Value], _ keywords: [String: Value],
                                  at offset: Int) throws(EvaluationError) -> Value? {
        switch (receiver, name) {
        case (.offline(.bind), "execute"), (.offline(.bind), "exec_driver_sql"), (.offline(.context), "execute"):
            guard let statement = positional.first else { return nil }
            let call = (receiver.isContext ? "op.get_context()." : "bind.") + name
            return try executeOffline(statement, extra: positional.count - 1 + keywords.count, call: call, at: offset)
        case (.offline(.dialect), "type_descriptor"):
            guard positional.count == 1, keywords.isEmpty, let type = positional.first else { return nil }
            return .type(Evaluator.typeDescriptor(try columnType(type, at: offset), dialect: targetDialect))
        case (.type(let type), "with_variant"):
            // `Type().with_variant(other, 'mysql', ...)`: the variant on the dialects it names.
            guard positional.count >= 2 else { return nil }
            var names: [String] = []
            for value in positional.dropFirst() {
                guard case .string(let dialectName) = value else { return nil }
                names.append(dialectName)
            }
            guard let targetDialect, names.contains(targetDialect) || (targetDialect == "mysql" && names.contains("mariadb")) else {
                return .type(type)
            }
            return .type(try columnType(positional[0], at: offset))
        case (.lightTable, "create"), (.lightTable, "drop"), (.index, "create"), (.index, "drop"):
            if let result = try createOrDropSchemaObject(receiver, name, positional, keywords, at: offset) { return result }
            if case .index = receiver { return nil }
            return try callDataMethod(receiver, name, positional, keywords, at: offset)
        case (.lightTable, _), (.dataStatement, _), (.dataExpression, _), (.dataSelect, _), (.sql(.text), "bindparams"), (.sql, "label"):
            return try callDataMethod(receiver, name, positional, keywords, at: offset)
        case (.type, "create"), (.type, "drop"):
            return try createOrDropType(receiver, name, positional, at: offset)
        case (.tuple(let items), "count"), (.list(let items), "count"):
            guard let key = positional.first?.pythonRepr else { return nil }
            return .int(items.filter { $0.pythonRepr == key }.count)
        case (.tuple(let items), "index"), (.list(let items), "index"):
            guard let key = positional.first?.pythonRepr else { return nil }
            guard let found = items.firstIndex(where: { $0.pythonRepr == key }) else {
                throw EvaluationError(.exceptionRaised("ValueError (not in the list)"), at: offset)
            }
            return .int(found)
        default:
            return try callPlainMethod(receiver, name, positional, keywords, at: offset)
        }
    }

    /// `sa.Enum(...).create(bind)` / `.drop(bind)`: offline the check against the database is
    /// skipped (as Alembic's mock connection skips it), so the type is created or dropped as
    /// written, on the dialects that have such types.
    mutating func createOrDropType(_ receiver: Value, _ name: String, _ positional: [Value], at offset: Int) throws(EvaluationError) -> Value? {
        guard case .type(.enumeration(let enumType)) = receiver, case .offline(.bind)? = positional.first else { return nil }
        guard enumType.name != nil else {
            throw EvaluationError(.unsupportedExpression("'.\(name)(bind)' of an enum without a name"), at: offset)
        }
        operations.append(Operation(name == "create" ? .createEnumType(enumType) : .dropEnumType(enumType), at: position(offset)))
        return Value.none
    }
}

extension Value {
    var isContext: Bool {
        if case .offline(.context) = self { return true }
        return false
    }
}
