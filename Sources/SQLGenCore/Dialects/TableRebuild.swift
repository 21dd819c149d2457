// The table rebuild ("move and copy"): how a change SQLite cannot ALTER is made by recreating the table.

/// Rebuilds a table into a new shape, the way SQLite's documentation prescribes for schema
/// changes ALTER TABLE cannot make: create the new table under a temporary name, copy the rows,
/// drop the old table, rename the new one, create its indexes again. Foreign-key enforcement is
/// switched off around it, since the old table disappears while other tables still refer to it.
struct TableRebuild {
    /// The table as it is (from the catalog).
    var before: CatalogTable
    /// The table as it must become.
    var after: CatalogTable
    /// For each column of `after`, the column of `before` its rows come from (renamed columns
    /// map to their old names; new columns have none and take their defaults).
    var sources: [String: String]

    /// Starts from the table as it is, every column copied from itself.
    init(_ table: CatalogTable) {
        before = table
        after = table
        sources = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0.name) })
    }

    /// Applies an operation to the new shape, keeping track of where each column's rows come from.
    mutating func apply(_ kind: Operation.Kind) {
        switch kind {
        case .addColumn(let add):
            after.add(add.column)
        case .dropColumn(let drop):
            after.dropColumn(drop.column)
            sources[drop.column] = nil
        case .alterColumn(let alter):
            after.alter(alter)
            if let newName = alter.newName, let source = sources.removeValue(forKey: alter.column) {
                sources[newName] = source
            }
        case .createIndex(let index):
            after.indexes.append(index)
        case .dropIndex(let drop):
            after.indexes.removeAll { $0.name == drop.name }
        case .createPrimaryKey(_, let key):
            after.primaryKey = key
        case .createUniqueConstraint(_, let unique):
            after.uniques.append(unique)
        case .createCheckConstraint(_, let check):
            after.checks.append(check)
        case .createForeignKey(_, let foreignKey):
            after.foreignKeys.append(foreignKey)
        case .dropConstraint(let drop):
            after.dropConstraint(drop.name, type: drop.type)
        case .createTableComment(_, let comment, _):
            after.comment = comment
        case .dropTableComment:
            after.comment = nil
        case .createTable, .dropTable, .renameTable, .createExcludeConstraint, .bulkInsert, .execute, .data, .batch, .autocommit,
             .createEnumType, .dropEnumType:
            break
        }
    }

    /// The statements of the rebuild.
    func statements(renderer: SQLRenderer) throws(DialectError) -> [String] {
        let dialect = renderer.dialect
        let temporary = TableName("_alembic_tmp_" + after.name.name, schema: after.name.schema)
        var shape = after.asTable
        shape.name = temporary
        let copied = after.columns.compactMap { column in sources[column.name].map { (target: column.name, source: $0) } }
        var statements = ["PRAGMA foreign_keys=OFF"]
        statements.append(try renderer.createTable(shape))
        if !copied.isEmpty {
            statements.append("INSERT INTO \(dialect.quoteTable(temporary)) (\(renderer.columnList(copied.map(\.target)))) "
                              + "SELECT \(renderer.columnList(copied.map(\.source))) FROM \(dialect.quoteTable(before.name))")
        }
        statements.append("DROP TABLE \(dialect.quoteTable(before.name))")
        statements.append(dialect.renameTableStatement(temporary, newName: after.name.name))
        for index in after.indexes {
            statements.append(try dialect.createIndexStatement(index, renderer: renderer))
        }
        statements.append("PRAGMA foreign_keys=ON")
        return statements
    }
}
