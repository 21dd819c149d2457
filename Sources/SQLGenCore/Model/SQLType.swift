// Column types, dialect-neutral: what the revision asked for, not how a dialect spells it.

public indirect enum SQLType: Sendable, Equatable {
    case integer
    case smallInteger
    case bigInteger
    /// `sa.String(50)`, `sa.Unicode(50)`, `sa.VARCHAR(50)`.
    case string(length: Int?, collation: String?)
    case text(length: Int?, collation: String?)
    case boolean
    case date
    case dateTime(timezone: Bool)
    /// `sa.TIMESTAMP`: the same as DateTime on PostgreSQL, a type of its own on MySQL.
    case timestamp(timezone: Bool)
    case time(timezone: Bool)
    case numeric(precision: Int?, scale: Int?)
    case float(precision: Int?)
    case double
    case largeBinary(length: Int?)
    case json
    case uuid
    case interval
    /// A type given by its SQL name (`sa.INTEGER`, `sa.CHAR(3)`), rendered as written with its arguments.
    case named(String, arguments: [Int])
}
