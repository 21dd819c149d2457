// PostgreSQL: transactional DDL, SERIAL primary keys, double-quoted identifiers.

import Foundation

public struct PostgreSQLDialect: Dialect {
    public init() {}

    public var name: String { "postgres" }

    public var transactionStatements: (begin: String, commit: String)? { ("BEGIN", "COMMIT") }

    public func serialType(for type: SQLType) -> String? {
        switch type {
        case .integer: "SERIAL"
        case .bigInteger: "BIGSERIAL"
        case .smallInteger: "SMALLSERIAL"
        default: nil
        }
    }

    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .smallInteger: return "SMALLINT"
        case .bigInteger: return "BIGINT"
        case .string(let length, let collation):
            return withCollation("VARCHAR" + (length.map { "(\($0))" } ?? ""), collation)
        case .text(_, let collation):
            return withCollation("TEXT", collation)
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        case .dateTime(let timezone), .timestamp(let timezone):
            return timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE"
        case .time(let timezone):
            return timezone ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE"
        case .numeric(let precision, let scale):
            switch (precision, scale) {
            case (let precision?, let scale?): return "NUMERIC(\(precision), \(scale))"
            case (let precision?, nil): return "NUMERIC(\(precision))"
            default: return "NUMERIC"
            }
        case .float(let precision):
            return "FLOAT" + (precision.map { "(\($0))" } ?? "")
        case .double: return "DOUBLE PRECISION"
        case .largeBinary: return "BYTEA"
        case .json: return "JSON"
        case .uuid: return "UUID"
        case .interval: return "INTERVAL"
        case .named(let name, let arguments):
            return name + (arguments.isEmpty ? "" : "(" + arguments.map(String.init).joined(separator: ", ") + ")")
        }
    }

    func withCollation(_ type: String, _ collation: String?) -> String {
        guard let collation else { return type }
        return type + " COLLATE " + quoteIdentifier(collation)
    }

    /// PostgreSQL's reserved key words (its documentation's SQL Key Words appendix, the
    /// "reserved" and "reserved (can be function or type)" entries).
    public let reservedWords: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
        "binary", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "cross",
        "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
        "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
        "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
        "intersect", "into", "is", "isnull", "join", "leading", "left", "like", "limit", "localtime", "localtimestamp",
        "natural", "new", "not", "notnull", "null", "of", "off", "offset", "old", "on", "only", "or", "order", "outer",
        "over", "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
        "similar", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
        "variadic", "verbose", "when", "where", "window", "with",
    ]
}
