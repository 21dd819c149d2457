// SQL Server's run-time refusals that the schema predicts, for `sqlgen check --dialect mssql`.

import Foundation

extension SQLServerDialect: RuntimeChecks {
    /// What SQL Server would refuse when the script runs, though it renders: SQL that Alembic
    /// writes the same way (a `DEFAULT true` on a BIT column, `SET IDENTITY_INSERT` on a table
    /// without an identity column), and a column dropped while constraints still depend on it.
    public func runtimeProblems(of kind: Operation.Kind, in catalog: Catalog) -> [DiagnosticMessage] {
        switch kind {
        case .createTable(let table):
            var problems = table.columns.flatMap(columnProblems)
            for case .foreignKey(let foreignKey) in table.constraints { problems += referentialProblems(foreignKey.actions) }
            for case .unique(let unique) in table.constraints where unique.deferrable != nil || unique.initially != nil {
                problems.append(.sqlServerNoDeferrable)
            }
            return problems
        case .addColumn(let add):
            return columnProblems(add.column)
        case .createForeignKey(_, let foreignKey):
            return referentialProblems(foreignKey.actions)
        case .createUniqueConstraint(_, let unique):
            return unique.deferrable != nil || unique.initially != nil ? [.sqlServerNoDeferrable] : []
        case .dropColumn(let drop):
            return dependentsProblems(drop, in: catalog)
        case .bulkInsert(let insert):
            guard let table = catalog.table(insert.table), catalog.unknownReason(insert.table) == nil, !hasIdentity(table) else { return [] }
            return [.sqlServerIdentityInsertWithoutIdentity(insert.table.name)]
        case .dropTable, .renameTable, .alterColumn, .createIndex, .dropIndex, .createPrimaryKey, .createCheckConstraint,
             .createExcludeConstraint, .dropConstraint, .createTableComment, .dropTableComment, .execute, .data,
             .createEnumType, .dropEnumType:
            return []
        case .batch, .autocommit:
            // Their operations are checked one by one (`RuntimeChecks.problems`).
            return []
        }
    }

    func columnProblems(_ column: Column) -> [DiagnosticMessage] {
        var problems: [DiagnosticMessage] = []
        let isRowVersion: Bool
        switch column.type {
        case .timestamp: isRowVersion = true
        case .vendor(let module, let name, _, _): isRowVersion = module == "mssql" && (name == "TIMESTAMP" || name == "ROWVERSION")
        default: isRowVersion = false
        }
        if isRowVersion && column.serverDefault != nil {
            problems.append(.sqlServerRowVersionDefault(column.name))
        }
        if case .text(let sql)? = column.serverDefault, ["true", "false"].contains(sql.trimmingCharacters(in: .whitespaces).lowercased()) {
            problems.append(.sqlServerNoBooleanLiteral(column.name, sql))
        }
        for reference in column.foreignKeys { problems += referentialProblems(reference.actions) }
        return problems
    }

    func referentialProblems(_ actions: ReferentialActions) -> [DiagnosticMessage] {
        var problems: [DiagnosticMessage] = []
        if actions.match != nil { problems.append(.noMatchClause("SQL Server")) }
        if actions.deferrable != nil || actions.initially != nil { problems.append(.sqlServerNoDeferrable) }
        return problems
    }

    /// SQL Server refuses to drop a column that a default, a key, an index or a constraint
    /// depends on (error 5074); Alembic's `mssql_drop_*` options drop the nameless ones first.
    func dependentsProblems(_ drop: DropColumn, in catalog: Catalog) -> [DiagnosticMessage] {
        guard let table = catalog.table(drop.table), catalog.unknownReason(drop.table) == nil,
              let column = table.column(drop.column) else { return [] }
        var dependents: [String] = []
        if column.serverDefault != nil && !OptionValue.isTruthy(drop.options["mssql_drop_default"]) {
            dependents.append("its default (pass mssql_drop_default=True)")
        }
        if typeCheckConstraint(for: column) != nil && !OptionValue.isTruthy(drop.options["mssql_drop_check"]) {
            dependents.append("its CHECK constraint (pass mssql_drop_check=True)")
        }
        let foreignKeys = table.foreignKeys.filter { $0.columns.contains(drop.column) }
        if !foreignKeys.isEmpty && !OptionValue.isTruthy(drop.options["mssql_drop_foreign_key"]) {
            dependents.append("its foreign key")
        }
        if table.primaryKey?.columns.contains(drop.column) == true { dependents.append("the primary key") }
        for unique in table.uniques where unique.columns.contains(drop.column) {
            dependents.append(unique.name.map { "unique constraint '\($0)'" } ?? "a unique constraint")
        }
        for index in table.indexes where index.elements.contains(.column(drop.column)) {
            dependents.append("index '\(index.name)'")
        }
        return dependents.isEmpty ? [] : [.sqlServerColumnHasDependents(drop.column, dependents)]
    }

    /// Whether the table has an IDENTITY column, as sqlgen writes it.
    func hasIdentity(_ table: CatalogTable) -> Bool {
        if table.columns.contains(where: { $0.identity != nil || $0.autoincrement == .always }) { return true }
        let renderer = SQLRenderer(dialect: self)
        let plain = table.asTable
        return renderer.autoincrementColumn(of: plain, primaryKey: renderer.primaryKeyColumns(of: plain)) != nil
    }
}
