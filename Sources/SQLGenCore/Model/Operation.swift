// Schema operations: what an `op.*` call asks for, as plain values with no SQL in them.

public struct Operation: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case createTable(Table)
        case dropTable(TableName)
        case addColumn(TableName, Column)
        case dropColumn(TableName, column: String)
        case createIndex(Index)
        case dropIndex(name: String, table: String?, schema: String?)
        case createForeignKey(TableName, ForeignKeyConstraint)
        case dropConstraint(name: String, table: TableName, type: ConstraintType?)
        /// Raw SQL from `op.execute("...")`, passed through as written.
        case execute(String)
    }

    public var kind: Kind
    /// The `op.*` call this came from.
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// The Alembic function this operation came from, for messages.
    public var functionName: String {
        switch kind {
        case .createTable: "create_table"
        case .dropTable: "drop_table"
        case .addColumn: "add_column"
        case .dropColumn: "drop_column"
        case .createIndex: "create_index"
        case .dropIndex: "drop_index"
        case .createForeignKey: "create_foreign_key"
        case .dropConstraint: "drop_constraint"
        case .execute: "execute"
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
