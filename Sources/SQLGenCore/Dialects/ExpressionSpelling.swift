// How a dialect spells the SQL expression operators that differ between databases (data statements).

/// The operators of `sa.table(...)` expressions that SQLAlchemy 2.1.9 compiles differently per
/// database. Each dialect returns its own from `Dialect.expressionSpelling`; the default is
/// SQLAlchemy's base compiler.
public struct ExpressionSpelling: Sendable, Equatable {
    /// `+` between strings.
    public enum Concatenation: Sendable, Equatable {
        /// `a || b` (the base compiler; PostgreSQL, SQLite, Oracle).
        case pipes
        /// `a + b` (SQL Server).
        case plus
        /// `concat(a, b, c)`, a chain in one call (MySQL).
        case function
    }

    /// `/` (Python's true division: SQLAlchemy keeps an integer division from truncating).
    public enum Division: Sendable, Equatable {
        /// `a / CAST(b AS NUMERIC)` (the base compiler, PostgreSQL): the database divides integers to an integer.
        case castRightToNumeric
        /// `a / (b + 0.0)` (SQLite, SQL Server).
        case addZeroToRight
        /// `a / b` (MySQL and Oracle divide exactly).
        case plain
    }

    /// An UPDATE whose WHERE names other tables (SQLAlchemy's "multiple-table criteria").
    public enum MultipleTableUpdate: Sendable, Equatable {
        /// `UPDATE t SET a=v.a FROM v WHERE ...` (PostgreSQL, SQLite).
        case from
        /// `UPDATE t SET a=v.a FROM t, v WHERE ...` (SQL Server).
        case fromWithTarget
        /// `UPDATE t, v SET t.a=v.a WHERE ...` (MySQL).
        case tableList
        /// Refused, as SQLAlchemy refuses it (Oracle).
        case unsupported
    }

    /// A DELETE whose WHERE names other tables.
    public enum MultipleTableDelete: Sendable, Equatable {
        /// `DELETE FROM t USING v WHERE ...` (PostgreSQL).
        case using
        /// `DELETE FROM t USING t, v WHERE ...` (MySQL).
        case usingWithTarget
        /// `DELETE FROM t FROM t, v WHERE ...` (SQL Server).
        case fromWithTarget
        /// Refused, as SQLAlchemy refuses it (SQLite, Oracle).
        case unsupported
    }

    public var concatenation: Concatenation
    public var division: Division
    /// `ILIKE` exists (PostgreSQL); elsewhere `lower(a) LIKE lower(b)`.
    public var nativeILike: Bool
    /// SQLAlchemy's `supports_native_boolean`: a boolean column stands alone as a condition
    /// (`WHERE t.active`, `NOT t.active`); without it, `t.active = 1` and `t.active = 0`.
    public var nativeBooleans: Bool
    /// `%` is `mod(a, b)` (Oracle).
    public var moduloFunction: Bool
    public var multipleTableUpdate: MultipleTableUpdate
    public var multipleTableDelete: MultipleTableDelete

    public init(concatenation: Concatenation = .pipes, division: Division = .castRightToNumeric, nativeILike: Bool = false,
                nativeBooleans: Bool = false, moduloFunction: Bool = false, multipleTableUpdate: MultipleTableUpdate = .from,
                multipleTableDelete: MultipleTableDelete = .using) {
        self.multipleTableUpdate = multipleTableUpdate
        self.multipleTableDelete = multipleTableDelete
        self.concatenation = concatenation
        self.division = division
        self.nativeILike = nativeILike
        self.nativeBooleans = nativeBooleans
        self.moduloFunction = moduloFunction
    }
}

extension Dialect {
    public var expressionSpelling: ExpressionSpelling { ExpressionSpelling() }

    public func castTypeName(_ type: SQLType) throws(DialectError) -> String? {
        try typeName(type)
    }
}
