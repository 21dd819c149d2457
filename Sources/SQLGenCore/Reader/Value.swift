// Values the evaluator computes: Python literals and the SQLAlchemy objects revision files build.

indirect enum Value: Sendable {
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
    case type(SQLType)
    case column(Column)
    case constraint(Constraint)
    case foreignKey(ForeignKeyReference)
    case sql(SQLExpression)
    /// The result of an `op.*` call (None in Alembic, or a table object); it may be bound but not used.
    case operationResult(String)
    /// A name whose value could not be computed (for example bound to application code);
    /// using it reports the reason recorded where it was bound.
    case unavailable(DiagnosticMessage, at: Int)

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
        case .symbol(let name): "'\(name)'"
        case .type: "a column type"
        case .column: "a column"
        case .constraint: "a constraint"
        case .foreignKey: "'sa.ForeignKey'"
        case .sql: "a SQL expression"
        case .operationResult(let name): "the result of 'op.\(name)'"
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
}
