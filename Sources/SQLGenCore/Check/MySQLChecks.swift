// MySQL's run-time refusals that the schema predicts, for `sqlgen check --dialect mysql`.

extension MySQLDialect: RuntimeChecks {
    public func runtimeProblems(of kind: Operation.Kind, in catalog: Catalog) -> [DiagnosticMessage] {
        switch kind {
        case .dropIndex(let drop):
            return indexProblems(drop, in: catalog)
        case .createTable, .dropTable, .renameTable, .addColumn, .dropColumn, .alterColumn, .createIndex, .createPrimaryKey,
             .createUniqueConstraint, .createCheckConstraint, .createForeignKey, .createExcludeConstraint, .dropConstraint,
             .createTableComment, .dropTableComment, .bulkInsert, .execute, .data, .createEnumType, .dropEnumType:
            return []
        case .batch, .autocommit:
            // Their operations are checked one by one (`RuntimeChecks.problems`).
            return []
        }
    }

    /// MySQL keeps an index on every foreign key's columns and refuses to drop the last one
    /// that serves a foreign key (error 1553).
    func indexProblems(_ drop: DropIndex, in catalog: Catalog) -> [DiagnosticMessage] {
        // The tables with an index of that name, looked up, not searched: this runs for every
        // `drop_index` of every script.
        let owners = catalog.tables(withIndex: drop.name).sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
        for name in owners {
            guard let table = catalog.table(name), let index = table.indexes.first(where: { $0.name == drop.name }),
                  drop.table == nil || drop.table == table.name.name else { continue }
            let remaining = table.indexes.filter { $0.name != drop.name }
            for foreignKey in table.foreignKeys where Self.serves(index, foreignKey) {
                let otherIndex = remaining.contains { Self.serves($0, foreignKey) }
                let primaryKey = table.primaryKey.map { Array($0.columns.prefix(foreignKey.columns.count)) == foreignKey.columns } ?? false
                if !otherIndex && !primaryKey {
                    let name = foreignKey.name.map { "'\($0)'" } ?? "(\(foreignKey.columns.joined(separator: ", ")))"
                    return [.mysqlIndexNeededByForeignKey(drop.name, foreignKey: name)]
                }
            }
        }
        return []
    }

    /// Whether an index starts with a foreign key's columns, so MySQL can use it for the key.
    static func serves(_ index: Index, _ foreignKey: ForeignKeyConstraint) -> Bool {
        let columns = index.elements.compactMap { element -> String? in if case .column(let name) = element { return name } else { return nil } }
        return Array(columns.prefix(foreignKey.columns.count)) == foreignKey.columns
    }
}
