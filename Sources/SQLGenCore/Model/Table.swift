// Tables, columns, constraints and indexes as revision files describe them.

public struct Table: Sendable, Equatable {
    public var name: TableName
    public var columns: [Column]
    /// Table-level constraints in the order they were written. Column-level `primary_key=True`,
    /// `unique=True` and `sa.ForeignKey` stay on their columns; renderers decide where they go.
    public var constraints: [Constraint]
    public var comment: String?

    public init(name: TableName, columns: [Column], constraints: [Constraint] = [], comment: String? = nil) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.comment = comment
    }
}

public struct Column: Sendable, Equatable {
    public enum Autoincrement: Sendable, Equatable {
        /// SQLAlchemy's default: an integer primary key that is the table's only one gets it.
        case auto
        case always
        case never
    }

    public var name: String
    public var type: SQLType
    /// nil when the revision did not say; SQLAlchemy then makes primary key columns NOT NULL.
    public var nullable: Bool?
    public var primaryKey: Bool
    public var unique: Bool
    public var serverDefault: SQLExpression?
    public var autoincrement: Autoincrement
    public var foreignKeys: [ForeignKeyReference]
    public var comment: String?

    public init(
        name: String, type: SQLType, nullable: Bool? = nil, primaryKey: Bool = false, unique: Bool = false,
        serverDefault: SQLExpression? = nil, autoincrement: Autoincrement = .auto,
        foreignKeys: [ForeignKeyReference] = [], comment: String? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.primaryKey = primaryKey
        self.unique = unique
        self.serverDefault = serverDefault
        self.autoincrement = autoincrement
        self.foreignKeys = foreignKeys
        self.comment = comment
    }
}

/// `sa.ForeignKey('users.id', ondelete=...)` written inside a column.
public struct ForeignKeyReference: Sendable, Equatable {
    public var target: String
    public var name: String?
    public var actions: ReferentialActions

    public init(target: String, name: String? = nil, actions: ReferentialActions = ReferentialActions()) {
        self.target = target
        self.name = name
        self.actions = actions
    }
}

public struct ReferentialActions: Sendable, Equatable {
    public var onDelete: String?
    public var onUpdate: String?
    public var deferrable: Bool?
    public var initially: String?
    public var match: String?

    public init(onDelete: String? = nil, onUpdate: String? = nil, deferrable: Bool? = nil, initially: String? = nil, match: String? = nil) {
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.deferrable = deferrable
        self.initially = initially
        self.match = match
    }
}

public enum Constraint: Sendable, Equatable {
    case primaryKey(PrimaryKeyConstraint)
    case unique(UniqueConstraint)
    case foreignKey(ForeignKeyConstraint)
}

public struct PrimaryKeyConstraint: Sendable, Equatable {
    public var name: String?
    public var columns: [String]

    public init(name: String? = nil, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

public struct UniqueConstraint: Sendable, Equatable {
    public var name: String?
    public var columns: [String]

    public init(name: String? = nil, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

public struct ForeignKeyConstraint: Sendable, Equatable {
    public var name: String?
    public var columns: [String]
    public var referredTable: TableName
    public var referredColumns: [String]
    public var actions: ReferentialActions

    public init(name: String?, columns: [String], referredTable: TableName, referredColumns: [String], actions: ReferentialActions = ReferentialActions()) {
        self.name = name
        self.columns = columns
        self.referredTable = referredTable
        self.referredColumns = referredColumns
        self.actions = actions
    }
}

public struct Index: Sendable, Equatable {
    public var name: String
    public var table: TableName
    public var columns: [String]
    public var unique: Bool

    public init(name: String, table: TableName, columns: [String], unique: Bool = false) {
        self.name = name
        self.table = table
        self.columns = columns
        self.unique = unique
    }
}

/// SQL written as a server default or similar: a literal the renderer quotes, or SQL text it
/// copies as is.
public enum SQLExpression: Sendable, Equatable {
    /// `server_default='member'`: a string the dialect renders as a quoted literal.
    case string(String)
    /// `sa.text('now()')`, `sa.literal_column(...)`: SQL copied verbatim.
    case text(String)
    /// `sa.func.now()`: a function call, rendered `name(arguments)`.
    case function(String, [SQLExpression])
    case integer(Int)
}
