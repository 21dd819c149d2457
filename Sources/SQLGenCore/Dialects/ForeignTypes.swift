// A dialect's own type rendered on another dialect, as SQLAlchemy's type compiler dispatches it there.

/// SQLAlchemy compiles a type by its visit name, whatever module it comes from: on PostgreSQL,
/// `mysql.DATETIME(fsp=6)` is `DATETIME` and `mysql.INTEGER(display_width=11)` is `INTEGER`, the
/// dialect's own keywords left behind (checked against SQLAlchemy 2.1.9). Only the SQL-standard
/// names every type compiler has are listed; another dialect's type outside them (`mysql.TINYINT`
/// on PostgreSQL) stays refused, as SQLAlchemy refuses it.
enum ForeignType {
    /// The type `name` of another dialect as the type every target compiles it to; nil when it
    /// is not one of the standard names.
    static func generic(_ name: String, _ arguments: [OptionValue], _ keywords: [String: OptionValue]) -> SQLType? {
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
        case "VARCHAR", "CHAR":
            return .named(name, arguments: length().map { [$0] } ?? [])
        default: return nil
        }
    }
}

extension Dialect {
    /// `module.NAME(...)`, another dialect's own type, as SQLAlchemy compiles it on this dialect:
    /// by its standard name (`ForeignType`), or refused naming `dialectName`, as SQLAlchemy refuses it.
    func foreignTypeName(_ module: String, _ name: String, _ arguments: [OptionValue], _ keywords: [String: OptionValue],
                         dialectName: String) throws(DialectError) -> String {
        guard let generic = ForeignType.generic(name, arguments, keywords) else {
            throw DialectError(.typeOfAnotherDialect(module, name, dialect: dialectName))
        }
        return try typeName(generic)
    }
}
