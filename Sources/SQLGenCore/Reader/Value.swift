// Values the evaluator computes: Python literals and the SQLAlchemy objects revision files build.

/// Only the cases with a large payload, or one that holds a `Value` itself, are `indirect` (boxed):
/// strings, numbers, symbols and lists, which nearly every expression produces, are stored inline
/// and cost no allocation.
enum Value: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case tuple([Value])
    case dict([(key: Value, value: Value)])
    /// Something reached through an import, by its canonical dotted name: `sqlalchemy.Column`,
    /// `alembic.op`, `myapp.models.Base`. What it means is decided when it is called or used.
    case symbol(String)
    /// A method looked up on a value (`'...'.format`), waiting to be called.
    indirect case method(Value, String)
    case type(SQLType)
    indirect case column(Column)
    indirect case constraint(Constraint)
    /// `sa.Index('name', 'col', ...)` given to `create_table`; its table is filled in there.
    indirect case index(name: String, elements: [Index.Element], unique: Bool, options: DialectOptions)
    indirect case foreignKey(ForeignKeyReference)
    indirect case identity(Identity)
    indirect case computed(Computed)
    case sql(SQLExpression)
    /// A data value: `datetime.date(...)`, `decimal.Decimal(...)`, `op.inline_literal(...)`.
    case literal(Literal)
    /// `sa.table('t', sa.column('id', sa.Integer), ...)` for `bulk_insert`.
    indirect case lightTable(TableName, [BulkInsert.ColumnSpec])
    /// `sa.column('id', sa.Integer)` inside `sa.table`.
    indirect case lightColumn(BulkInsert.ColumnSpec)
    /// `sa.MetaData()`, which only `sa.Table(...)` may take.
    case metaData
    /// `t.c`: the columns of a light table, each reached as an attribute.
    indirect case tableColumns(TableName, [BulkInsert.ColumnSpec])
    /// `t.c.name`, `t.c.x == 1`, `sa.and_(...)`: a SQL expression for a data statement.
    indirect case dataExpression(DataExpression)
    /// `t.update()`, `t.insert().values(...)`, `t.delete().where(...)` (DataStatements.swift).
    indirect case dataStatement(DataStatement)
    /// `sa.select(...)`, for `insert().from_select(...)`.
    indirect case dataSelect(DataSelect)
    /// The result of an `op.*` call (None in Alembic, or a table object); it may be bound but not used.
    case operationResult(String)
    /// `batch_op` inside `with op.batch_alter_table(...) as batch_op:`.
    case batchOperations
    /// `op.get_bind()`, `op.get_context()` and what offline code reaches from them (Bind.swift).
    case offline(OfflineObject)
    /// A function defined in the revision file, called with arguments (Functions.swift).
    case function(String)
    /// A name whose value could not be computed (for example bound to application code);
    /// using it reports the reason recorded where it was bound.
    indirect case unavailable(DiagnosticMessage, at: Int)

    /// How the value is described in messages.
    var typeDescription: String {
        switch self {
        case .none: "None"
        case .bool: "a boolean"
        case .int: "an integer"
        case .float: "a number"
        case .string: "a string"
        case .list: "a list"
        case .tuple: "a tuple"
        case .dict: "a dict"
        case .symbol(let name): "'\(DiagnosticMessage.displayName(name))'"
        case .method(_, let name): "method '\(name)'"
        case .type: "a column type"
        case .column: "a column"
        case .constraint: "a constraint"
        case .index: "'sa.Index'"
        case .foreignKey: "'sa.ForeignKey'"
        case .identity: "'sa.Identity'"
        case .computed: "'sa.Computed'"
        case .sql: "a SQL expression"
        case .literal: "a literal"
        case .lightTable: "'sa.table'"
        case .lightColumn: "'sa.column'"
        case .tableColumns: "'.c' of 'sa.table'"
        case .metaData: "'sa.MetaData()'"
        case .dataExpression: "a SQL expression"
        case .dataStatement(let statement): "'\(statement.verb.rawValue.lowercased())()' of 'sa.table'"
        case .dataSelect: "'sa.select(...)'"
        case .operationResult(let name): "the result of 'op.\(name)'"
        case .batchOperations: "'batch_op'"
        case .offline(let object): object.description
        case .function(let name): "function '\(name)'"
        case .unavailable: "an unavailable value"
        }
    }

    /// The elements of a list or tuple.
    var sequence: [Value]? {
        switch self {
        case .list(let elements), .tuple(let elements): elements
        default: nil
        }
    }

    /// Python's `str()` of a plain value, for f-strings, `%` and `.format()`.
    var pythonString: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .float(let value): value.pythonText
        case .bool(let value): value ? "True" : "False"
        case .none: "None"
        case .literal(.decimal(let value)), .literal(.bigInteger(let value)): value
        case .literal(.date(let value)), .literal(.dateTime(let value)), .literal(.time(let value)): value
        default: nil
        }
    }

    /// Python's `repr()` of a plain value, for `%r` and `!r`.
    var pythonRepr: String? {
        if case .string(let value) = self {
            return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
        return pythonString
    }
}

import Foundation
