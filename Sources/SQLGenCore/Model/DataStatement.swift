// Data statements built with SQLAlchemy expressions (`sa.table(...).update().where(...)`): plain values, no SQL.

/// An INSERT, UPDATE or DELETE that `op.execute(...)` received as a SQLAlchemy statement object.
/// Each dialect compiles it as SQLAlchemy does with `literal_binds` (`DataStatementCompiler`):
/// a reviewed script has no bind parameters.
public struct DataStatement: Sendable, Equatable {
    public enum Verb: String, Sendable, Equatable {
        case insert = "INSERT"
        case update = "UPDATE"
        case delete = "DELETE"
    }

    public var verb: Verb
    public var table: TableName
    /// The columns `sa.table(...)` declared, in order: SQLAlchemy writes the VALUES and SET lists
    /// in this order, whatever order `.values(...)` gave.
    public var columns: [BulkInsert.ColumnSpec]
    /// `.values(...)` by column name (INSERT and UPDATE).
    public var values: [(column: String, value: DataExpression)]
    /// `.where(...)`: several calls are joined with AND, as SQLAlchemy joins them.
    public var condition: DataExpression?

    public init(verb: Verb, table: TableName, columns: [BulkInsert.ColumnSpec],
                values: [(column: String, value: DataExpression)] = [], condition: DataExpression? = nil) {
        self.verb = verb
        self.table = table
        self.columns = columns
        self.values = values
        self.condition = condition
    }

    /// The names of the columns the statement reads or writes, for the checker.
    public var namedColumns: [String] {
        var names = values.map(\.column)
        condition?.collectColumns(into: &names)
        for pair in values { pair.value.collectColumns(into: &names) }
        return names
    }

    public static func == (lhs: DataStatement, rhs: DataStatement) -> Bool {
        lhs.verb == rhs.verb && lhs.table == rhs.table && lhs.columns == rhs.columns && lhs.condition == rhs.condition
            && lhs.values.count == rhs.values.count
            && zip(lhs.values, rhs.values).allSatisfy { $0.column == $1.column && $0.value == $1.value }
    }
}

/// A SQL expression in a data statement's WHERE clause or values.
public indirect enum DataExpression: Sendable, Equatable {
    /// `t.c.name`: rendered qualified, `account.name`, as SQLAlchemy renders it in a WHERE clause.
    case column(table: TableName, name: String, type: SQLType?)
    /// A Python value or `op.inline_literal(...)`; `type` is the column's it is compared with or
    /// assigned to, which decides how the dialect writes it (a boolean is `1` on SQL Server).
    case value(Literal, type: SQLType?)
    /// `sa.null()`, `sa.true()`, `sa.text(...)`, `sa.func.now()`: what DDL defaults use too.
    case sql(SQLExpression)
    /// A comparison or arithmetic: `=`, `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`, `LIKE`.
    case binary(String, DataExpression, DataExpression)
    /// `sa.and_(...)` / `sa.or_(...)`: `AND` or `OR` with its operands.
    case conjunction(String, [DataExpression])
    case not(DataExpression)
    /// `.is_(None)` (`IS NULL`), `.isnot(None)` (`IS NOT NULL`).
    case isNull(DataExpression, negated: Bool)
    /// `.in_([...])` / `.not_in([...])`.
    case inList(DataExpression, [DataExpression], negated: Bool)

    func collectColumns(into names: inout [String]) {
        switch self {
        case .column(_, let name, _): names.append(name)
        case .value, .sql: break
        case .binary(_, let left, let right): left.collectColumns(into: &names); right.collectColumns(into: &names)
        case .conjunction(_, let operands): for operand in operands { operand.collectColumns(into: &names) }
        case .not(let operand), .isNull(let operand, _): operand.collectColumns(into: &names)
        case .inList(let operand, let items, _):
            operand.collectColumns(into: &names)
            for item in items { item.collectColumns(into: &names) }
        }
    }
}
