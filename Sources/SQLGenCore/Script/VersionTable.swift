// The version table: its CREATE and the INSERT, UPDATE and DELETE that record each step.

/// Alembic's `alembic_version` table, so that a database Alembic manages can be handed to
/// sqlgen as it is. Unlike Alembic's offline INSERT, no `RETURNING` clause is written: a
/// reviewed script is plain SQL.
struct VersionTable: Sendable {
    let dialect: any Dialect
    let name: TableName
    /// The quoted table name and its qualified column, quoted once: every step writes them.
    let table: String
    let column: String

    init(dialect: any Dialect, name: TableName) {
        self.dialect = dialect
        self.name = name
        table = dialect.quoteTable(name)
        column = table + ".version_num"
    }

    func create() throws(DialectError) -> String {
        try SQLRenderer(dialect: dialect).createTable(Table(
            name: name,
            columns: [Column(name: "version_num", type: .string(length: 32, collation: nil), nullable: false)],
            constraints: [.primaryKey(PrimaryKeyConstraint(name: name.name + "_pkc", columns: ["version_num"]))]
        ))
    }

    func statement(for change: VersionChange) -> String {
        switch change {
        case .insert(let id):
            "INSERT INTO \(table) (version_num) VALUES (\(dialect.stringLiteral(id)))"
        case .update(let from, let to):
            "UPDATE \(table) SET version_num=\(dialect.stringLiteral(to)) WHERE \(column) = \(dialect.stringLiteral(from))"
        case .delete(let id):
            "DELETE FROM \(table) WHERE \(column) = \(dialect.stringLiteral(id))"
        }
    }
}
