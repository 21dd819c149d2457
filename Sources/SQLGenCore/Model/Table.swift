// Tables, columns, constraints and indexes as revision files describe them.

public struct Table: Sendable, Equatable {
    public var name: TableName
    public var columns: [Column]
    /// Table-level constraints in the order they were written. Column-level `primary_key=True`,
    /// `unique=True` and `sa.ForeignKey` stay on their columns; renderers decide where they go.
    public var constraints: [Constraint]
    /// `sa.Index(...)` objects given to `create_table`, created after the table.
    public var indexes: [Index]
    public var comment: String?
    public var ifNotExists: Bool
    /// `prefixes=['TEMPORARY']`.
    public var prefixes: [String]
    /// `mysql_engine='InnoDB'`, `postgresql_partition_by=...`.
    public var options: DialectOptions

    public init(name: TableName, columns: [Column], constraints: [Constraint] = [], indexes: [Index] = [],
                comment: String? = nil, ifNotExists: Bool = false, prefixes: [String] = [], options: DialectOptions = [:]) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.indexes = indexes
        self.comment = comment
        self.ifNotExists = ifNotExists
        self.prefixes = prefixes
        self.options = options
    }
}

public struct Column: Sendable, Equatable {
    /// Whether the column takes NULL: as written, or SQLAlchemy's default, which makes primary
    /// key and identity columns NOT NULL. The one rule for rendering, checking and linting.
    public var isNullable: Bool {
        nullable ?? !(primaryKey || identity != nil)
    }

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
    /// `index=True`: an index named by the naming convention (`ix_<table>_<column>`).
    public var index: Bool
    public var serverDefault: SQLExpression?
    public var autoincrement: Autoincrement
    public var foreignKeys: [ForeignKeyReference]
    public var comment: String?
    public var identity: Identity? {
        get { identityStorage.first }
        set { identityStorage = newValue.map { [$0] } ?? [] }
    }
    public var computed: Computed? {
        get { computedStorage.first }
        set { computedStorage = newValue.map { [$0] } ?? [] }
    }
    /// `mysql_*` and other dialect options on the column.
    public var options: DialectOptions
    /// `sa.CheckConstraint(...)` given to the column: written after its specification in
    /// CREATE TABLE, as SQLAlchemy writes column constraints (not by `add_column`, as in Alembic).
    public var checks: [CheckConstraint] = []

    // Identity and computed columns are rare, and their values are large: each is kept out of
    // line (an array of none or one), so that the columns of every table take half the memory
    // and copy in half the time.
    private var identityStorage: [Identity] = []
    private var computedStorage: [Computed] = []

    public init(
        name: String, type: SQLType, nullable: Bool? = nil, primaryKey: Bool = false, unique: Bool = false, index: Bool = false,
        serverDefault: SQLExpression? = nil, autoincrement: Autoincrement = .auto,
        foreignKeys: [ForeignKeyReference] = [], comment: String? = nil, identity: Identity? = nil, computed: Computed? = nil,
        options: DialectOptions = [:]
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.primaryKey = primaryKey
        self.unique = unique
        self.index = index
        self.serverDefault = serverDefault
        self.autoincrement = autoincrement
        self.foreignKeys = foreignKeys
        self.comment = comment
        self.identityStorage = identity.map { [$0] } ?? []
        self.computedStorage = computed.map { [$0] } ?? []
        self.options = options
    }
}

/// `sa.Identity(...)`: a standard identity column.
public struct Identity: Sendable, Equatable {
    public var always: Bool
    public var onNull: Bool?
    public var start: Int?
    public var increment: Int?
    public var minValue: Int?
    public var maxValue: Int?
    public var cycle: Bool?
    public var cache: Int?
    public var order: Bool?

    public init(always: Bool = false, onNull: Bool? = nil, start: Int? = nil, increment: Int? = nil, minValue: Int? = nil,
                maxValue: Int? = nil, cycle: Bool? = nil, cache: Int? = nil, order: Bool? = nil) {
        self.always = always
        self.onNull = onNull
        self.start = start
        self.increment = increment
        self.minValue = minValue
        self.maxValue = maxValue
        self.cycle = cycle
        self.cache = cache
        self.order = order
    }
}

/// `sa.Computed('a + b', persisted=True)`: a generated column.
public struct Computed: Sendable, Equatable {
    public var sql: String
    public var persisted: Bool?

    public init(sql: String, persisted: Bool? = nil) {
        self.sql = sql
        self.persisted = persisted
    }
}

/// `sa.ForeignKey('users.id', ondelete=...)` written inside a column.
/// `sa.ForeignKey('schema.table.column')` on a column: the target is split once, when read.
public struct ForeignKeyReference: Sendable, Equatable {
    public var table: TableName
    public var column: String
    public var name: String?
    public var actions: ReferentialActions
    /// `use_alter=True`: left out of CREATE TABLE where the dialect has ALTER (all but SQLite),
    /// as SQLAlchemy leaves it out; `add_column` still adds it, as Alembic does.
    public var useAlter = false

    public init(table: TableName, column: String, name: String? = nil, actions: ReferentialActions = ReferentialActions()) {
        self.table = table
        self.column = column
        self.name = name
        self.actions = actions
    }

    /// `table.column` or `schema.table.column`, as the revision writes it.
    public var target: String {
        [table.schema, table.name, column].compactMap { $0 }.joined(separator: ".")
    }

    /// The table constraint this reference stands for on `localColumn`.
    public func constraint(on localColumn: String) -> ForeignKeyConstraint {
        ForeignKeyConstraint(name: name, columns: [localColumn], referredTable: table, referredColumns: [column], actions: actions)
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
    case check(CheckConstraint)
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
    public var deferrable: Bool?
    public var initially: String?
    /// `postgresql_nulls_not_distinct`, `postgresql_include`, ...
    public var options: DialectOptions

    public init(name: String? = nil, columns: [String], deferrable: Bool? = nil, initially: String? = nil, options: DialectOptions = [:]) {
        self.name = name
        self.columns = columns
        self.deferrable = deferrable
        self.initially = initially
        self.options = options
    }
}

public struct CheckConstraint: Sendable, Equatable {
    public var name: String?
    /// The condition, as SQL.
    public var sql: String
    /// `postgresql_not_valid`, ...
    public var options: DialectOptions

    public init(name: String? = nil, sql: String, options: DialectOptions = [:]) {
        self.name = name
        self.sql = sql
        self.options = options
    }
}

public struct ForeignKeyConstraint: Sendable, Equatable {
    public var name: String?
    public var columns: [String]
    public var referredTable: TableName
    public var referredColumns: [String]
    public var actions: ReferentialActions
    /// `postgresql_not_valid`, ...
    public var options: DialectOptions

    public init(name: String?, columns: [String], referredTable: TableName, referredColumns: [String], actions: ReferentialActions = ReferentialActions(),
                options: DialectOptions = [:]) {
        self.name = name
        self.columns = columns
        self.referredTable = referredTable
        self.referredColumns = referredColumns
        self.actions = actions
        self.options = options
    }
}

/// PostgreSQL `EXCLUDE USING gist (col WITH &&)`.
public struct ExcludeConstraint: Sendable, Equatable {
    public var name: String?
    public var elements: [(element: String, operator: String)]
    public var using: String?
    public var whereSQL: String?

    public init(name: String?, elements: [(element: String, operator: String)], using: String? = nil, whereSQL: String? = nil) {
        self.name = name
        self.elements = elements
        self.using = using
        self.whereSQL = whereSQL
    }

    public static func == (lhs: ExcludeConstraint, rhs: ExcludeConstraint) -> Bool {
        lhs.name == rhs.name && lhs.using == rhs.using && lhs.whereSQL == rhs.whereSQL
            && lhs.elements.map(\.element) == rhs.elements.map(\.element) && lhs.elements.map(\.operator) == rhs.elements.map(\.operator)
    }
}

public struct Index: Sendable, Equatable {
    /// SQLAlchemy's default naming convention, `ix_%(column_0_label)s`: `ix_<schema>_<table>_<column>`,
    /// for `index=True` columns and `op.create_index(None, ...)`. Dialects shorten it where it
    /// is too long (`IdentifierLength.shortened`).
    public static func conventionName(table: TableName, column: String) -> String {
        "ix_" + [table.schema, table.name, column].compactMap { $0 }.joined(separator: "_")
    }

    /// A column by name, or an expression (`sa.text('lower(email)')`).
    public enum Element: Sendable, Equatable {
        case column(String)
        case expression(String)
    }

    public var name: String
    public var table: TableName
    public var elements: [Element]
    public var unique: Bool
    public var ifNotExists: Bool
    /// `postgresql_where`, `postgresql_using`, `postgresql_concurrently`, `mysql_length`, ...
    public var options: DialectOptions

    public init(name: String, table: TableName, elements: [Element], unique: Bool = false, ifNotExists: Bool = false, options: DialectOptions = [:]) {
        self.name = name
        self.table = table
        self.elements = elements
        self.unique = unique
        self.ifNotExists = ifNotExists
        self.options = options
    }

    public init(name: String, table: TableName, columns: [String], unique: Bool = false) {
        self.init(name: name, table: table, elements: columns.map(Element.column), unique: unique)
    }
}

/// SQL written as a server default or similar: a literal the renderer quotes, or SQL text it
/// copies as is.
public indirect enum SQLExpression: Sendable, Equatable {
    /// `server_default='member'`: a string the dialect renders as a quoted literal.
    case string(String)
    /// `sa.text('now()')`, `sa.literal_column(...)`: SQL copied verbatim.
    case text(String)
    /// `sa.func.now()`: a function call, rendered `name(arguments)`.
    case function(String, [SQLExpression])
    case integer(Int)
    case float(Double)
    /// `sa.true()`, `sa.false()`: the dialect's boolean literal.
    case boolean(Bool)
    /// `sa.null()`.
    case null
}
