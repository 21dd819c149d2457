// `sqlgen check`: every revision replayed up and down against the static schema, problems named where they are written.

/// Replays every revision in order, checking each operation against the schema as the revisions
/// before it left it, then checks that each downgrade restores the schema its upgrade started
/// from. With a dialect, every operation is also rendered for it, so problems the database would
/// only report at run time are found before the script ships.
public struct SchemaChecker {
    public let graph: RevisionGraph
    public let dialect: (any Dialect)?

    public init(graph: RevisionGraph, dialect: (any Dialect)?) {
        self.graph = graph
        self.dialect = dialect
    }

    public func check() -> [Diagnostic] {
        var problems = DiagnosticBag()
        var catalog = Catalog()
        let order = Catalog.topologicalOrder(of: Set(graph.revisions.map(\.id)), in: graph)
        for revision in order {
            let before = catalog
            var after = before
            check(revision.upgrade.operations, on: &after, problems: &problems)
            if let raisedAt = revision.upgrade.irreversibleAt {
                problems.warning(.checkUpgradeRaises(revision.id), at: raisedAt)
            }
            if let raisedAt = revision.downgrade.irreversibleAt {
                problems.warning(.checkIrreversible(revision.id), at: raisedAt)
            } else {
                var restored = after
                check(revision.downgrade.operations, on: &restored, problems: &problems)
                for difference in SchemaDifference.between(before, restored) {
                    problems.error(.checkDowngradeDiffers(revision.id, difference), at: revision.position)
                }
            }
            catalog = after
        }
        return problems.diagnostics
    }

    /// Checks and applies operations in turn; renders each for the dialect when there is one.
    func check(_ operations: [Operation], on catalog: inout Catalog, problems: inout DiagnosticBag) {
        let droppedByHand = SQLRenderer.typesDroppedByRawSQL(in: operations)
        for operation in operations {
            for message in Self.problems(of: operation.kind, in: catalog) {
                problems.error(message, at: operation.position)
            }
            if let dialect {
                for message in dialect.runtimeProblems(of: operation.kind, in: catalog) {
                    problems.error(message, at: operation.position)
                }
                do throws(DiagnosticError) {
                    _ = try SQLRenderer(dialect: dialect, catalog: catalog, typesDroppedByHand: droppedByHand).render(operation)
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
            catalog.apply(operation)
        }
    }

    /// What is wrong with one operation against the schema before it. Tables whose shape raw SQL
    /// may have changed are not judged.
    static func problems(of kind: Operation.Kind, in catalog: Catalog) -> [DiagnosticMessage] {
        func table(_ name: TableName) -> CatalogTable? { catalog.table(name) }
        func missingTable(_ name: TableName) -> [DiagnosticMessage] {
            catalog.unknownReason(name) == nil && table(name) == nil ? [.checkMissing("table", display(name))] : []
        }
        func missingColumns(_ columns: [String], in name: TableName) -> [DiagnosticMessage] {
            guard let existing = table(name), catalog.unknownReason(name) == nil else { return [] }
            return columns.filter { existing.column($0) == nil }.map { .checkMissing("column", "\(display(name)).\($0)") }
        }
        func constraintNames(_ existing: CatalogTable) -> [String] {
            [existing.primaryKey?.name].compactMap { $0 } + existing.uniques.compactMap(\.name) + existing.checks.compactMap(\.name)
                + existing.foreignKeys.compactMap(\.name) + existing.indexes.filter(\.unique).map(\.name)
        }
        func duplicateConstraint(_ name: String?, in tableName: TableName) -> [DiagnosticMessage] {
            guard let name, let existing = table(tableName), constraintNames(existing).contains(name) else { return [] }
            return [.checkDuplicate("constraint", name)]
        }
        func indexExists(_ name: String, schema: String?) -> Bool {
            catalog.tables.values.contains { $0.name.schema == schema && $0.indexes.contains { $0.name == name } }
        }

        switch kind {
        case .createTable(let created):
            return table(created.name) != nil ? [.checkDuplicate("table", display(created.name))] : []
        case .dropTable(let drop):
            return drop.ifExists ? [] : missingTable(drop.table)
        case .renameTable(let old, let newName):
            let renamed = TableName(newName, schema: old.schema)
            return missingTable(old) + (table(renamed) != nil ? [.checkDuplicate("table", display(renamed))] : [])
        case .addColumn(let add):
            if add.ifNotExists { return missingTable(add.table) }
            if let existing = table(add.table), existing.column(add.column.name) != nil {
                return [.checkDuplicate("column", "\(display(add.table)).\(add.column.name)")]
            }
            return missingTable(add.table)
        case .dropColumn(let drop):
            return missingTable(drop.table) + (drop.ifExists ? [] : missingColumns([drop.column], in: drop.table))
        case .alterColumn(let alter):
            var found = missingTable(alter.table) + missingColumns([alter.column], in: alter.table)
            if let newName = alter.newName, let existing = table(alter.table), existing.column(newName) != nil {
                found.append(.checkDuplicate("column", "\(display(alter.table)).\(newName)"))
            }
            return found
        case .createIndex(let index):
            let columns = index.elements.compactMap { element -> String? in if case .column(let name) = element { return name } else { return nil } }
            let duplicate: [DiagnosticMessage] = !index.ifNotExists && indexExists(index.name, schema: index.table.schema) ? [.checkDuplicate("index", index.name)] : []
            return missingTable(index.table) + missingColumns(columns, in: index.table) + duplicate
        case .dropIndex(let drop):
            guard !drop.ifExists, catalog.unknownSince == nil else { return [] }
            let known = catalog.tables.values.contains { candidate in
                candidate.indexes.contains { $0.name == drop.name } && (drop.table == nil || candidate.name.name == drop.table)
            }
            let touchedByRawSQL = drop.table.map { catalog.unknownTables[TableName($0, schema: drop.schema)] != nil } ?? !catalog.unknownTables.isEmpty
            return known || touchedByRawSQL ? [] : [.checkMissing("index", drop.name)]
        case .createPrimaryKey(let name, let key):
            let existing: [DiagnosticMessage] = table(name)?.primaryKey != nil ? [.checkDuplicate("primary key on", display(name))] : []
            return missingTable(name) + missingColumns(key.columns, in: name) + existing
        case .createUniqueConstraint(let name, let unique):
            return missingTable(name) + missingColumns(unique.columns, in: name) + duplicateConstraint(unique.name, in: name)
        case .createCheckConstraint(let name, let check):
            return missingTable(name) + duplicateConstraint(check.name, in: name)
        case .createForeignKey(let name, let foreignKey):
            return missingTable(name) + missingColumns(foreignKey.columns, in: name) + duplicateConstraint(foreignKey.name, in: name)
                + missingTable(foreignKey.referredTable) + missingColumns(foreignKey.referredColumns, in: foreignKey.referredTable)
        case .createExcludeConstraint(let name, let exclude):
            return missingTable(name) + duplicateConstraint(exclude.name, in: name)
        case .dropConstraint(let drop):
            guard !drop.ifExists, let existing = table(drop.table), catalog.unknownReason(drop.table) == nil else {
                return drop.ifExists ? [] : missingTable(drop.table)
            }
            return constraintNames(existing).contains(drop.name) ? [] : [.checkMissing("constraint", "\(drop.name)' on '\(display(drop.table))")]
        case .createTableComment(let name, _, _), .dropTableComment(let name, _):
            return missingTable(name)
        case .bulkInsert(let insert):
            return missingTable(insert.table) + missingColumns(Array(Set(insert.rows.flatMap { $0.map(\.column) })).sorted(), in: insert.table)
        case .execute, .createEnumType, .dropEnumType:
            return []
        case .autocommit(let operations):
            var scratch = catalog
            var found: [DiagnosticMessage] = []
            for inner in operations {
                found += problems(of: inner.kind, in: scratch)
                scratch.apply(inner)
            }
            return found
        case .batch(let batch):
            var scratch = catalog
            var found = missingTable(batch.table)
            for inner in batch.operations {
                found += problems(of: inner.kind, in: scratch)
                scratch.apply(inner)
            }
            return found
        }
    }

    static func display(_ name: TableName) -> String {
        name.schema.map { "\($0).\(name.name)" } ?? name.name
    }
}

/// One way two schemas differ, in words.
enum SchemaDifference {
    static func between(_ expected: Catalog, _ actual: Catalog) -> [String] {
        var differences: [String] = []
        let names = Set(expected.tables.keys).union(actual.tables.keys).sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
        // A table that raw SQL (or hand-written override SQL) touched is not compared: what that
        // SQL did to it is not known.
        for name in names where actual.unknownReason(name) == nil {
            let label = SchemaChecker.display(name)
            guard let want = expected.table(name) else {
                differences.append("table '\(label)' is left behind")
                continue
            }
            guard let have = actual.table(name) else {
                differences.append("table '\(label)' is not restored")
                continue
            }
            for column in want.columns {
                guard let found = have.column(column.name) else {
                    differences.append("column '\(label).\(column.name)' is not restored")
                    continue
                }
                if found.type != column.type {
                    differences.append("column '\(label).\(column.name)' comes back as \(SQLTypeDescription.describe(found.type)), not \(SQLTypeDescription.describe(column.type))")
                }
                let wantNullable = column.nullable ?? !column.primaryKey, haveNullable = found.nullable ?? !found.primaryKey
                if wantNullable != haveNullable {
                    differences.append("column '\(label).\(column.name)' comes back \(haveNullable ? "nullable" : "NOT NULL")")
                }
                if found.serverDefault != column.serverDefault {
                    differences.append("column '\(label).\(column.name)' comes back with another server default")
                }
            }
            for column in have.columns where want.column(column.name) == nil {
                differences.append("column '\(label).\(column.name)' is left behind")
            }
            let wantIndexes = Set(want.indexes.map(\.name)), haveIndexes = Set(have.indexes.map(\.name))
            for index in wantIndexes.subtracting(haveIndexes).sorted() { differences.append("index '\(index)' on '\(label)' is not restored") }
            for index in haveIndexes.subtracting(wantIndexes).sorted() { differences.append("index '\(index)' on '\(label)' is left behind") }
            let wantNamed = Set(constraintDescriptions(want)), haveNamed = Set(constraintDescriptions(have))
            for constraint in wantNamed.subtracting(haveNamed).sorted() { differences.append("\(constraint) on '\(label)' is not restored") }
            for constraint in haveNamed.subtracting(wantNamed).sorted() { differences.append("\(constraint) on '\(label)' is left behind") }
        }
        return differences
    }

    /// Constraints in words that compare equal when they are the same constraint.
    static func constraintDescriptions(_ table: CatalogTable) -> [String] {
        var descriptions: [String] = []
        if let key = table.primaryKey { descriptions.append("primary key (\(key.columns.joined(separator: ", ")))") }
        descriptions += table.uniques.map { "unique constraint \($0.name.map { "'\($0)' " } ?? "")(\($0.columns.joined(separator: ", ")))" }
        descriptions += table.checks.map { "check constraint \($0.name.map { "'\($0)'" } ?? "(\($0.sql))")" }
        descriptions += table.foreignKeys.map { "foreign key \($0.name.map { "'\($0)' " } ?? "")(\($0.columns.joined(separator: ", "))) to '\($0.referredTable.name)'" }
        return descriptions
    }
}
