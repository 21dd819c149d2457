// A dialect's own type rendered on another dialect, as SQLAlchemy's type compiler dispatches it there.

/// SQLAlchemy compiles a type by its visit name, whatever module it comes from: on PostgreSQL,
/// `mysql.DATETIME(fsp=6)` is `DATETIME` and `mysql.INTEGER(display_width=11)` is `INTEGER`, the
/// dialect's own keywords left behind (checked against SQLAlchemy 2.1.9). Only the SQL-standard
/// names every type compiler has are listed; another dialect's type outside them (`mysql.TINYINT`
/// on PostgreSQL) stays refused, as SQLAlchemy refuses it.
enum ForeignType {
    /// The type `name` of another dialect as the type the target compiles it to; nil when the
    /// target has no such type.
    static func generic(_ name: String, _ arguments: [OptionValue], _ keywords: [String: OptionValue], target: String) -> SQLType? {
        func length() -> Int? {
            if case .int(let value)? = arguments.first { return value }
            if case .int(let value)? = keywords["length"] { return value }
            return nil
        }
        switch name {
        case "INTEGER", "INT": return .named("INTEGER", arguments: [])
        case "BIGINT", "SMALLINT", "DATE", "DATETIME": return .named(name, arguments: [])
        case "TIMESTAMP":
            if case .bool(true)? = keywords["timezone"] { return .timestamp(timezone: true) }
            return .timestamp(timezone: false)
        // Oracle writes a VARCHAR's length in characters (`VARCHAR(20 CHAR)`), which a plain
        // named type does not say: left refused there.
        case "VARCHAR", "CHAR" where target != "oracle":
            return .named(name, arguments: length().map { [$0] } ?? [])
        default: return nil
        }
    }
}
