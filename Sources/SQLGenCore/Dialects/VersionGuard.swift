// Guards: a statement before each step that stops the script unless the version table is where the step starts.

/// What the version table must hold before a step: the rows its version statements change
/// (`present`) and none of the rows it adds (`absent`). Applied to a database at another
/// revision, the guard stops the script before the step changes anything.
public struct VersionGuard: Sendable, Equatable {
    /// The quoted version table.
    public var table: String
    public var present: [String]
    public var absent: [String]
    /// Says which revision the step expects and which it leads to; the database reports it.
    public var message: String
    /// The same in at most 64 characters, for a constraint name (`needs A before upgrade to B`).
    public var shortMessage: String

    public init(table: String, present: [String], absent: [String], message: String, shortMessage: String) {
        self.table = table
        self.present = present
        self.absent = absent
        self.message = message
        self.shortMessage = shortMessage
    }

    /// `(SELECT COUNT(*) FROM t WHERE version_num IN ('a', 'b'))`, the rows among `ids`.
    func count(of ids: [String], dialect: any Dialect) -> String {
        "(SELECT COUNT(*) FROM \(table) WHERE version_num IN (" + ids.map(dialect.stringLiteral).joined(separator: ", ") + "))"
    }

    /// A condition, true when the table is not where the step starts: SQL any dialect with
    /// subqueries in expressions reads.
    func failureCondition(dialect: any Dialect) -> String {
        var parts: [String] = []
        if !present.isEmpty { parts.append("\(count(of: present, dialect: dialect)) <> \(present.count)") }
        if !absent.isEmpty { parts.append("\(count(of: absent, dialect: dialect)) <> 0") }
        return parts.isEmpty ? "1 = 0" : parts.joined(separator: " OR ")
    }

    /// The portable guard, for databases without procedural statements in a plain script
    /// (SQLite, MySQL, MariaDB): a temporary table whose CHECK constraint, named by the message,
    /// refuses the row written when the table is not where the step starts.
    func checkConstraintStatements(dialect: any Dialect) -> [String] {
        // Constraint names are at most 64 characters on MySQL and MariaDB.
        let name = String(String.UnicodeScalarView(shortMessage.unicodeScalars.prefix(64)))
        return [
            "CREATE TEMPORARY TABLE sqlgen_guard (ok INTEGER, CONSTRAINT \(dialect.quoteIdentifier(name)) CHECK (ok = 1))",
            "INSERT INTO sqlgen_guard (ok) SELECT CASE WHEN \(failureCondition(dialect: dialect)) THEN 0 ELSE 1 END",
            "DROP TABLE sqlgen_guard",
        ]
    }
}
