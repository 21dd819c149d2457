// Schema operations: what an `op.*` call asks for, as plain values with no SQL in them.

public struct Operation: Sendable, Equatable {
    /// Boxed (`indirect`): the payloads differ much in size, and an array of operations would
    /// otherwise give every element the room of the largest.
    public indirect enum Kind: Sendable, Equatable {
        case createTable(Table)
        case dropTable(DropTable)
        case renameTable(TableName, newName: String)
        case addColumn(AddColumn)
        case dropColumn(DropColumn)
        case alterColumn(AlterColumn)
        case createIndex(Index)
        case dropIndex(DropIndex)
        case createPrimaryKey(TableName, PrimaryKeyConstraint)
        case createUniqueConstraint(TableName, UniqueConstraint)
        case createCheckConstraint(TableName, CheckConstraint)
        case createForeignKey(TableName, ForeignKeyConstraint)
        case createExcludeConstraint(TableName, ExcludeConstraint)
        case dropConstraint(DropConstraint)
        case createTableComment(TableName, comment: String, existingComment: String?)
        case dropTableComment(TableName, existingComment: String?)
        case bulkInsert(BulkInsert)
        /// Raw SQL from `op.execute("...")`, passed through as written.
        case execute(String)
        /// `op.execute(t.update().where(...))`: a SQLAlchemy statement, compiled per dialect.
        case data(DataStatement)
        /// `with op.batch_alter_table(...) as batch_op:` and the operations of its block.
        case batch(BatchAlterTable)
        /// `with op.get_context().autocommit_block():`: operations that must run outside the
        /// script's transaction (PostgreSQL `CREATE INDEX CONCURRENTLY`).
        case autocommit([Operation])
        /// `sa.Enum(..., name=...).create(bind)`: the named type, created on the dialects that
        /// have such types (PostgreSQL), nothing elsewhere, as SQLAlchemy does.
        case createEnumType(EnumType)
        /// `sa.Enum(..., name=...).drop(bind)`.
        case dropEnumType(EnumType)
    }

    public var kind: Kind
    /// The `op.*` call this came from.
    public var position: SourcePosition
    /// Names the revision gave through `op.f(...)` (SQLAlchemy's `conv`) by the time of this
    /// call: too long for a dialect, such a name is shortened as SQLAlchemy shortens it rather
    /// than refused (see `IdentifierLength`).
    public var convertedNames: [String] = []

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// The operations a `batch_alter_table` or autocommit block holds; nil for any other
    /// operation. Walks over operations ask this instead of switching with a default case.
    public var blockOperations: [Operation]? {
        switch kind {
        case .batch(let batch): batch.operations
        case .autocommit(let operations): operations
        case .createTable, .dropTable, .renameTable, .addColumn, .dropColumn, .alterColumn, .createIndex, .dropIndex,
             .createPrimaryKey, .createUniqueConstraint, .createCheckConstraint, .createForeignKey, .createExcludeConstraint,
             .dropConstraint, .createTableComment, .dropTableComment, .bulkInsert, .execute, .data, .createEnumType, .dropEnumType:
            nil
        }
    }

    /// The Alembic function this operation came from, for messages.
    public var functionName: String {
        switch kind {
        case .createTable: "create_table"
        case .dropTable: "drop_table"
        case .renameTable: "rename_table"
        case .addColumn: "add_column"
        case .dropColumn: "drop_column"
        case .alterColumn: "alter_column"
        case .createIndex: "create_index"
        case .dropIndex: "drop_index"
        case .createPrimaryKey: "create_primary_key"
        case .createUniqueConstraint: "create_unique_constraint"
        case .createCheckConstraint: "create_check_constraint"
        case .createForeignKey: "create_foreign_key"
        case .createExcludeConstraint: "create_exclude_constraint"
        case .dropConstraint: "drop_constraint"
        case .createTableComment: "create_table_comment"
        case .dropTableComment: "drop_table_comment"
        case .bulkInsert: "bulk_insert"
        case .execute: "execute"
        case .data: "execute"
        case .batch: "batch_alter_table"
        case .autocommit: "autocommit_block"
        case .createEnumType: "create"
        case .dropEnumType: "drop"
        }
    }
}

/// A table name with its optional schema.
public struct TableName: Sendable, Hashable {
    public var schema: String?
    public var name: String

    public init(_ name: String, schema: String? = nil) {
        self.name = name
        self.schema = schema
    }
}

public enum ConstraintType: String, Sendable, Equatable {
    case foreignKey = "foreignkey"
    case primary
    case unique
    case check
}

/// Keyword arguments for one dialect (`postgresql_where=...`, `mysql_engine=...`), kept by their
/// full name; each renderer reads the ones of its own dialect.
public typealias DialectOptions = [String: OptionValue]

/// A dialect option's value.
public indirect enum OptionValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    /// SQL text: `sa.text(...)` or a column expression.
    case sql(String)
    case list([OptionValue])
    case dict([String: OptionValue])
}

/// Whether an ALTER changes a property, and to what. Alembic's `server_default=False` (the
/// default) leaves it; `None` drops it.
public enum Change<Value: Sendable & Equatable>: Sendable, Equatable {
    case unchanged
    case set(Value)
    case drop
}

public struct DropTable: Sendable, Equatable {
    public var table: TableName
    public var ifExists: Bool
    public var options: DialectOptions

    public init(table: TableName, ifExists: Bool = false, options: DialectOptions = [:]) {
        self.table = table
        self.ifExists = ifExists
        self.options = options
    }
}

public struct AddColumn: Sendable, Equatable {
    public var table: TableName
    public var column: Column
    public var ifNotExists: Bool

    public init(table: TableName, column: Column, ifNotExists: Bool = false) {
        self.table = table
        self.column = column
        self.ifNotExists = ifNotExists
    }
}

public struct DropColumn: Sendable, Equatable {
    public var table: TableName
    public var column: String
    public var ifExists: Bool
    /// `mssql_drop_check`, `mssql_drop_default`, `mssql_drop_foreign_key`.
    public var options: DialectOptions

    public init(table: TableName, column: String, ifExists: Bool = false, options: DialectOptions = [:]) {
        self.table = table
        self.column = column
        self.ifExists = ifExists
        self.options = options
    }
}

/// `op.alter_column(...)`: each property either stays or changes; `existing*` describe the
/// column as it is, which some dialects must restate.
public struct AlterColumn: Sendable, Equatable {
    public var table: TableName
    public var column: String
    public var nullable: Bool?
    public var newName: String?
    public var type: SQLType?
    public var serverDefault: Change<SQLExpression> = .unchanged
    public var comment: Change<String> = .unchanged
    public var autoincrement: Bool?
    public var existingType: SQLType?
    public var existingNullable: Bool?
    public var existingServerDefault: SQLExpression?
    public var existingComment: String?
    public var existingAutoincrement: Bool?
    /// `postgresql_using`, `mysql_*`, ...
    public var options: DialectOptions = [:]

    public init(table: TableName, column: String) {
        self.table = table
        self.column = column
    }
}

public struct DropIndex: Sendable, Equatable {
    public var name: String
    public var table: String?
    public var schema: String?
    public var ifExists: Bool
    public var options: DialectOptions

    public init(name: String, table: String? = nil, schema: String? = nil, ifExists: Bool = false, options: DialectOptions = [:]) {
        self.name = name
        self.table = table
        self.schema = schema
        self.ifExists = ifExists
        self.options = options
    }
}

public struct DropConstraint: Sendable, Equatable {
    public var name: String
    public var table: TableName
    public var type: ConstraintType?
    public var ifExists: Bool

    public init(name: String, table: TableName, type: ConstraintType? = nil, ifExists: Bool = false) {
        self.name = name
        self.table = table
        self.type = type
        self.ifExists = ifExists
    }
}

/// `op.bulk_insert(table, rows)`: the table's columns (from `sa.table(...)`) and literal rows.
public struct BulkInsert: Sendable, Equatable {
    public struct ColumnSpec: Sendable, Equatable {
        public var name: String
        public var type: SQLType?

        public init(name: String, type: SQLType?) {
            self.name = name
            self.type = type
        }
    }

    public var table: TableName
    public var columns: [ColumnSpec]
    /// Each row's values by column name, in the order the row dict wrote them.
    public var rows: [[(column: String, value: Literal)]]
    public var multiinsert: Bool

    public init(table: TableName, columns: [ColumnSpec], rows: [[(column: String, value: Literal)]], multiinsert: Bool = true) {
        self.table = table
        self.columns = columns
        self.rows = rows
        self.multiinsert = multiinsert
    }

    public static func == (lhs: BulkInsert, rhs: BulkInsert) -> Bool {
        lhs.table == rhs.table && lhs.columns == rhs.columns && lhs.multiinsert == rhs.multiinsert
            && lhs.rows.count == rhs.rows.count
            && zip(lhs.rows, rhs.rows).allSatisfy { left, right in
                left.count == right.count && zip(left, right).allSatisfy { $0.column == $1.column && $0.value == $1.value }
            }
    }
}

/// A literal value in data: `bulk_insert` rows and `op.inline_literal(...)`.
public enum Literal: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer beyond 64 bits, its digits as written (with a leading `-` when negative):
    /// printed exactly, as Python prints it, never rounded through a Double.
    case bigInteger(String)
    case float(Double)
    /// `decimal.Decimal('1.50')`, kept as written.
    case decimal(String)
    case string(String)
    /// ISO 8601: `2026-01-31`.
    case date(String)
    /// ISO 8601 with a space: `2026-01-31 12:30:00`.
    case dateTime(String)
    case time(String)
}

/// `with op.batch_alter_table('t') as batch_op:`: operations on one table, which SQLite (and
/// `recreate='always'`) applies by rebuilding the table.
public struct BatchAlterTable: Sendable, Equatable {
    /// `recreate=`: when the block rebuilds the table rather than altering it.
    public enum Recreate: String, Sendable, Equatable, CaseIterable {
        /// Where the dialect cannot make the changes with ALTER (SQLite), Alembic's default.
        case auto
        case always
        case never
    }

    public var table: TableName
    public var recreate: Recreate
    public var operations: [Operation]
    /// `table_args` / `table_kwargs` given non-empty: what a rebuild would have to give the new
    /// table, which sqlgen does not do yet; a dialect that rebuilds refuses them by name.
    public var rebuildArguments: [String] = []

    public init(table: TableName, recreate: Recreate = .auto, operations: [Operation] = []) {
        self.table = table
        self.recreate = recreate
        self.operations = operations
    }
}
