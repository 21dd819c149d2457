// Data statements built with SQLAlchemy expressions (`sa.table(...).update().where(...)`): plain values, no SQL.

/// An INSERT, UPDATE or DELETE that `op.execute(...)` received as a SQLAlchemy statement object.
/// Each dialect compiles it as SQLAlchemy does with `literal_binds` (`DataStatementCompiler`):
/// a reviewed script has no bind parameters.
public struct DataStatement: Sendable, Equatable {
    public enum Verb: String, Sendable, Equatable {
        case insert = "INSERT"
        case update = "UPDATE"
        case delete = "DELETE"
        /// `sa.text("...").bindparams(x=...)` run as a statement: `sqlText` holds it.
        case text = "TEXT"
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
    /// `insert().from_select([...], sa.select(...))`: the rows come from this query; `values`
    /// then names the target columns, each with the selected expression at its place.
    public var select: DataSelect?
    /// The `.text` statement; nil for the others.
    public var sqlText: DataExpression?

    public init(verb: Verb, table: TableName, columns: [BulkInsert.ColumnSpec],
                values: [(column: String, value: DataExpression)] = [], condition: DataExpression? = nil) {
        self.verb = verb
        self.table = table
        self.columns = columns
        self.values = values
        self.condition = condition
    }

    /// `op.execute(sa.text(...).bindparams(...))`.
    public init(text: DataExpression) {
        self.init(verb: .text, table: TableName(""), columns: [])
        sqlText = text
    }

    /// The tables and columns the statement reads or writes, in order of appearance, for the
    /// checker. A `.text` statement names none that sqlgen can see.
    public var namedColumns: [ColumnReference] {
        guard verb != .text else { return [] }
        var names = values.map { ColumnReference(table: table, column: $0.column) }
        condition?.collectColumns(into: &names)
        for pair in values { pair.value.collectColumns(into: &names) }
        if let select {
            for column in select.columns { column.collectColumns(into: &names) }
            select.condition?.collectColumns(into: &names)
        }
        return names
    }

    /// The tables the statement names: its own, then those a `from_select` query or the WHERE reads.
    public var namedTables: [TableName] {
        guard verb != .text else { return [] }
        var tables = [table]
        for from in select?.froms ?? [] where !tables.contains(from) { tables.append(from) }
        for reference in namedColumns where !tables.contains(reference.table) { tables.append(reference.table) }
        return tables
    }

    /// The tables an UPDATE's or DELETE's WHERE names besides its own, in order of appearance:
    /// SQLAlchemy's "extra froms" (`UPDATE t SET ... FROM v WHERE t.a = v.a`).
    public var otherTables: [TableName] {
        guard verb == .update || verb == .delete, let condition else { return [] }
        var references: [ColumnReference] = []
        condition.collectColumns(into: &references)
        var tables: [TableName] = []
        for reference in references where reference.table != table && !tables.contains(reference.table) { tables.append(reference.table) }
        return tables
    }

    public static func == (lhs: DataStatement, rhs: DataStatement) -> Bool {
        lhs.verb == rhs.verb && lhs.table == rhs.table && lhs.columns == rhs.columns && lhs.condition == rhs.condition
            && lhs.select == rhs.select && lhs.sqlText == rhs.sqlText
            && lhs.values.count == rhs.values.count
            && zip(lhs.values, rhs.values).allSatisfy { $0.column == $1.column && $0.value == $1.value }
    }
}

/// A column a data statement names, for the checker.
public struct ColumnReference: Sendable, Equatable {
    public var table: TableName
    public var column: String
}

/// `sa.select(...)` as `insert().from_select` uses it: `SELECT columns FROM froms WHERE condition`.
public struct DataSelect: Sendable, Equatable {
    public var columns: [DataExpression]
    /// The tables the columns and the condition come from, in order of first appearance (as
    /// SQLAlchemy lists them), and any `.select_from(...)` given before them.
    public var froms: [TableName]
    public var condition: DataExpression?
    public var distinct: Bool

    public init(columns: [DataExpression], froms: [TableName], condition: DataExpression? = nil, distinct: Bool = false) {
        self.columns = columns
        self.froms = froms
        self.condition = condition
        self.distinct = distinct
    }
}

/// One `WHEN ... THEN ...` of `sa.case(...)`.
public struct CaseBranch: Sendable, Equatable {
    public var when: DataExpression
    public var then: DataExpression
}

/// One `:name` of `sa.text(...).bindparams(name=value)`.
public struct TextBinding: Sendable, Equatable {
    public var name: String
    public var value: DataExpression
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
    /// A comparison or arithmetic: `=`, `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`, `%`,
    /// `LIKE`, `NOT LIKE`, `ILIKE`, `NOT ILIKE`, and `||` for `+` on strings (each dialect spells
    /// concatenation, `/`, `%` and `ILIKE` its own way).
    case binary(String, DataExpression, DataExpression)
    /// `sa.and_(...)` / `sa.or_(...)`: `AND` or `OR` with its operands.
    case conjunction(String, [DataExpression])
    case not(DataExpression)
    /// `.is_(None)` (`IS NULL`), `.isnot(None)` (`IS NOT NULL`).
    case isNull(DataExpression, negated: Bool)
    /// `.in_([...])` / `.not_in([...])`.
    case inList(DataExpression, [DataExpression], negated: Bool)
    /// `.between(low, high)`, `~x.between(...)`.
    case between(DataExpression, DataExpression, DataExpression, negated: Bool)
    /// `sa.func.name(...)` with a column or expression among its arguments.
    case function(String, [DataExpression])
    /// `sa.cast(expression, Type)`.
    case cast(DataExpression, SQLType)
    /// `sa.case((condition, result), ..., else_=x)`, or with `value=` the simple form.
    case caseWhen(value: DataExpression?, branches: [CaseBranch], otherwise: DataExpression?)
    /// `-x` on an expression.
    case negative(DataExpression)
    /// `x.label('name')`: `x AS name` among a select's columns, `x` anywhere else.
    case label(DataExpression, String)
    /// `sa.text("... :name ...").bindparams(name=value)`: the text with each `:name` written as
    /// its value's literal.
    case text(String, [TextBinding])

    func collectColumns(into names: inout [ColumnReference]) {
        switch self {
        case .column(let table, let name, _): names.append(ColumnReference(table: table, column: name))
        case .value, .sql, .text: break
        case .binary(_, let left, let right): left.collectColumns(into: &names); right.collectColumns(into: &names)
        case .conjunction(_, let operands), .function(_, let operands):
            for operand in operands { operand.collectColumns(into: &names) }
        case .not(let operand), .isNull(let operand, _), .cast(let operand, _), .negative(let operand), .label(let operand, _):
            operand.collectColumns(into: &names)
        case .inList(let operand, let items, _):
            operand.collectColumns(into: &names)
            for item in items { item.collectColumns(into: &names) }
        case .between(let operand, let low, let high, _):
            for item in [operand, low, high] { item.collectColumns(into: &names) }
        case .caseWhen(let value, let branches, let otherwise):
            value?.collectColumns(into: &names)
            for branch in branches { branch.when.collectColumns(into: &names); branch.then.collectColumns(into: &names) }
            otherwise?.collectColumns(into: &names)
        }
    }
}
