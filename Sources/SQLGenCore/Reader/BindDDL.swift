// DDL that revisions run on the offline connection: `sa.Table(...).create(bind)`, `sa.Index(...).create(bind)`, `sa.DDL(...)`.

extension Evaluator {
    /// Operations that Alembic extensions add to `op`, by the package that registers them. sqlgen
    /// does not run extensions, so a call says whose operation it is instead of "unknown".
    static let extensionOperations: [String: String] = [
        "sync_enum_values": "alembic-postgresql-enum",
        "create_entity": "alembic_utils", "replace_entity": "alembic_utils", "drop_entity": "alembic_utils",
    ]

    /// `sa.DDL("...")`: the statement as written. It is not `sa.text()`: colons are plain text,
    /// and the only `%` substitution Python applies offline is `%%` to `%` (SQLAlchemy formats the
    /// statement with an empty context).
    mutating func makeDDL(_ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        let bound = try bind(arguments, to: Evaluator.ddlSignature, callOffset: offset)
        if bound["context"] != nil {
            throw EvaluationError(.ddlSubstitution, at: bound.offset(of: "context"))
        }
        let statement = try bound.requiredString("statement")
        var sql = ""
        var characters = statement.unicodeScalars.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                sql.unicodeScalars.append(character)
                continue
            }
            guard characters.next() == "%" else {
                throw EvaluationError(.ddlSubstitution, at: bound.offset(of: "statement"))
            }
            sql.unicodeScalars.append("%")
        }
        // `op.execute` text is `sa.text()`'s, where `\:` stands for a colon: keep DDL's backslashes.
        return .sql(.text(sql.replacingOccurrences(of: "\\:", with: "\\\\:")))
    }

    static let ddlSignature = Signature(name: "sa.DDL", positional: ["statement", "context"], required: 1)

    /// `table.create(bind)` / `table.drop(bind)` for a `sa.Table` built in the file, and
    /// `index.create(bind)` / `.drop(bind)` for a `sa.Index` on its columns: what SQLAlchemy's
    /// DDL visitor sends to Alembic's offline connection, which prints it. Nil when the receiver
    /// is not such an object or the argument is not the connection.
    mutating func createOrDropSchemaObject(_ receiver: Value, _ name: String, _ positional: [Value], _ keywords: [String: Value],
                                           at offset: Int) throws(EvaluationError) -> Value? {
        guard case .offline(.bind)? = positional.first, positional.count == 1,
              keywords.keys.allSatisfy({ $0 == "checkfirst" }) else { return nil }
        if case .bool(true)? = keywords["checkfirst"] {
            // Offline there is no database to check against; Alembic's mock connection refuses too.
            throw EvaluationError(.inspectsDatabase(".\(name)(bind, checkfirst=True)"), at: offset)
        }
        switch receiver {
        case .lightTable(let tableName, _):
            guard let table = definedTables[tableName] else { return nil }
            if name == "create" {
                operations.append(Operation(.createTable(table), at: position(offset)))
            } else {
                operations.append(Operation(.dropTable(DropTable(table: tableName)), at: position(offset)))
            }
            return Value.none
        case .index(let indexName, let elements, let unique, let options):
            guard let table = indexTables[indexName] else {
                throw EvaluationError(.indexWithoutTable(name), at: offset)
            }
            if name == "create" {
                operations.append(Operation(.createIndex(Index(name: indexName, table: table, elements: elements, unique: unique, options: options)), at: position(offset)))
            } else {
                operations.append(Operation(.dropIndex(DropIndex(name: indexName, table: table.name, schema: table.schema)), at: position(offset)))
            }
            return Value.none
        default:
            return nil
        }
    }
}

extension Evaluator {
    /// `ForeignKeyConstraint(..., use_alter=True)`: SQLAlchemy leaves such a key out of CREATE
    /// TABLE on every dialect that has ALTER (all but SQLite), meaning to add it later with ALTER
    /// when a whole MetaData is created. Alembic's `op.create_table` never adds it, so the key is
    /// not created at all: sqlgen prints the same. (A column's `ForeignKey(use_alter=True)` is
    /// kept on the column and left out where CREATE TABLE is written, since `add_column` adds it.)
    func leavesOutUseAlter(_ bound: BoundArguments) throws(EvaluationError) -> Bool {
        guard try bound.bool("use_alter") == true, let targetDialect else { return false }
        return targetDialect != "sqlite"
    }
}

extension Evaluator {
    /// `batch_alter_table(table_args=(...), table_kwargs={...})`: what the table gets when it is
    /// rebuilt. Where it is not (every dialect but SQLite, and SQLite when the block needs no
    /// rebuild), Alembic ignores both, and so does sqlgen. Returns the names given non-empty,
    /// which a rebuild refuses (SQLiteDialect.batchStatements).
    mutating func batchTableArguments(_ bound: BoundArguments) throws(EvaluationError) -> [String] {
        var given: [String] = []
        for keyword in ["table_args", "table_kwargs"] {
            guard let value = bound[keyword] else { continue }
            switch (keyword, try resolved(value)) {
            case ("table_args", .tuple(let items)), ("table_args", .list(let items)):
                if !items.isEmpty { given.append(keyword) }
            case ("table_kwargs", .dict(let pairs)):
                if !pairs.isEmpty { given.append(keyword) }
            case (_, let other):
                throw EvaluationError(.argumentType(keyword, function: "op.batch_alter_table",
                                                   expected: keyword == "table_args" ? "a tuple" : "a dict", found: other), at: bound.offset(of: keyword))
            }
        }
        return given
    }
}
