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

    public var concatenation: Concatenation
    public var division: Division
    /// `ILIKE` exists (PostgreSQL); elsewhere `lower(a) LIKE lower(b)`.
    public var nativeILike: Bool
    /// SQLAlchemy's `supports_native_boolean`: a boolean column stands alone as a condition
    /// (`WHERE t.active`, `NOT t.active`); without it, `t.active = 1` and `t.active = 0`.
    public var nativeBooleans: Bool
    /// `%` is `mod(a, b)` (Oracle).
    public var moduloFunction: Bool

    public init(concatenation: Concatenation = .pipes, division: Division = .castRightToNumeric, nativeILike: Bool = false,
                nativeBooleans: Bool = false, moduloFunction: Bool = false) {
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
