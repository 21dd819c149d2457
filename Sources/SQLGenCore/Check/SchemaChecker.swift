// `sqlgen check`: every revision replayed up and down against the static schema, problems named where they are written.

/// Replays every revision in order, checking each operation against the schema as the revisions
/// before it left it, then checks that each downgrade restores the schema its upgrade started
/// from. With a dialect, every operation is also rendered for it, so problems the database would
/// only report at run time are found before the script ships.
public struct SchemaChecker {
    public let graph: RevisionGraph
    public let dialect: (any Dialect)?
    /// The dialect's run-time checks, found once.
    let runtimeChecks: (any RuntimeChecks)?

    public init(graph: RevisionGraph, dialect: (any Dialect)?) {
        self.graph = graph
        self.dialect = dialect
        self.runtimeChecks = dialect.flatMap(RuntimeCheck.checks)
    }

    /// One pass over the revisions, linear in their operations: each upgrade is applied to the
    /// one catalog, each downgrade tried on it and undone from a journal of the tables it changed,
    /// and only the tables either changed are compared (a copy and a comparison of the whole
    /// schema per revision made this quadratic).
    public func check() -> [Diagnostic] {
        var problems = DiagnosticBag()
        var catalog = Catalog()
        let order = graph.parentsFirst(graph.revisions.map(\.id))
        for revision in order {
            catalog.startJournal()
            check(revision.upgrade.operations, on: &catalog, problems: &problems)
            let upgrade = catalog.finishJournal()
            if let raisedAt = revision.upgrade.irreversibleAt {
                problems.warning(.checkUpgradeRaises(revision.id), at: raisedAt)
            }
            if let raisedAt = revision.downgrade.irreversibleAt {
                problems.warning(.checkIrreversible(revision.id), at: raisedAt)
                continue
            }
            catalog.startJournal()
            check(revision.downgrade.operations, on: &catalog, problems: &problems)
            let downgrade = catalog.finishJournal()
            // A table's value before the upgrade: the upgrade journal's, else (the upgrade left it
            // alone) the downgrade journal's, which is the value after the upgrade.
            let before = { (name: TableName) -> CatalogTable? in
                if let index = upgrade.tables.index(forKey: name) { return upgrade.tables[index].value }
                if let index = downgrade.tables.index(forKey: name) { return downgrade.tables[index].value }
                return catalog.table(name)
            }
            // A table that raw SQL (or hand-written override SQL) touched is not compared: what that
            // SQL did to it is not known.
            let changed = Set(upgrade.tables.keys).union(downgrade.tables.keys).filter { catalog.unknownReason($0) == nil }
            for difference in SchemaDifference.between(changed, expected: before, actual: catalog.table) {
                problems.error(.checkDowngradeDiffers(revision.id, difference), at: revision.position)
            }
            catalog.undo(downgrade)
        }
        return problems.diagnostics
    }

    /// Checks and applies operations in turn; renders each for the dialect when there is one.
    /// The operations inside a `batch_alter_table` or autocommit block are checked one by one,
    /// at their own lines, and applied to the catalog itself (no copy of it per block); the
    /// block is rendered whole, as a script renders it.
    func check(_ operations: [Operation], on catalog: inout Catalog, problems: inout DiagnosticBag, renders: Bool = true) {
        let droppedByHand = renders ? SQLRenderer.typesDroppedByRawSQL(in: operations) : []
        for operation in operations {
            for message in Self.problems(of: operation.kind, in: catalog) {
                // A data statement's `sa.table(...)` is the revision's own description of a table,
                // often one that the application created outside these revisions: a warning.
                if case .data = operation.kind { problems.warning(message, at: operation.position) } else { problems.error(message, at: operation.position) }
            }
            if let dialect {
                for (message, severity) in IdentifierLength.databaseProblems(of: operation, limits: dialect.identifierLimits, dialect: dialect.name) {
                    if severity == .error { problems.error(message, at: operation.position) } else { problems.warning(message, at: operation.position) }
                }
            }
            if let dialect, renders {
                do throws(DiagnosticError) {
                    _ = try SQLRenderer(dialect: dialect, catalog: catalog, typesDroppedByHand: droppedByHand).render(operation)
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
            if let inner = operation.blockOperations {
                check(inner, on: &catalog, problems: &problems, renders: false)
            } else {
                if let dialect {
                    for message in Self.missingFunctionWarnings(of: operation.kind, dialect: dialect) {
                        problems.warning(message, at: operation.position)
                    }
                    problems.append(contentsOf: RuntimeCheck.problems(of: operation, applyingTo: &catalog, checks: runtimeChecks))
                } else {
                    catalog.apply(operation)
                }
            }
        }
    }

    /// Raw SQL defaults (`server_default=sa.text('now()')`) that call a function the dialect lacks
    /// (`Dialect.missingFunctions`). Warnings: the list is short and raw SQL may be meant for
    /// another database; `sa.func.now()` is written in each dialect's own spelling instead.
    static func missingFunctionWarnings(of kind: Operation.Kind, dialect: any Dialect) -> [DiagnosticMessage] {
        let missing = dialect.missingFunctions
        guard !missing.isEmpty else { return [] }
        var defaults: [(column: String, sql: String)] = []
        func collect(_ column: Column) {
            if case .text(let sql)? = column.serverDefault { defaults.append((column.name, sql)) }
        }
        switch kind {
        case .createTable(let table): table.columns.forEach(collect)
        case .addColumn(let add): collect(add.column)
        case .alterColumn(let alter):
            if case .set(.text(let sql)) = alter.serverDefault { defaults.append((alter.column, sql)) }
        default: break
        }
        return defaults.flatMap { column, sql in
            RawSQLScan.calledFunctions(sql).filter(missing.contains).map {
                DiagnosticMessage.rawDefaultCallsMissingFunction($0, column: column, dialect: dialect.name)
            }
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
            guard let name, let existing = table(tableName), constraintNames(existing).containsName(name) else { return [] }
            return [.checkDuplicate("constraint", name)]
        }
        func indexExists(_ name: String, schema: String?) -> Bool {
            catalog.tables(withIndex: name).contains { $0.schema.sameScalars(schema) }
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
            let known = catalog.tables(withIndex: drop.name).contains { drop.table == nil || $0.name.sameScalars(drop.table!) }
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
            return constraintNames(existing).containsName(drop.name) ? [] : [.checkMissing("constraint", "\(drop.name)' on '\(display(drop.table))")]
        case .createTableComment(let name, _, _), .dropTableComment(let name, _):
            return missingTable(name)
        case .bulkInsert(let insert):
            return missingTable(insert.table) + missingColumns(Array(Set(insert.rows.flatMap { $0.map(\.column) })).sorted(), in: insert.table)
        case .data(let statement):
            var problems: [DiagnosticMessage] = []
            let references = statement.namedColumns
            for table in statement.namedTables {
                var seen: [String] = []
                for reference in references where reference.table == table && !seen.contains(where: { $0.sameScalars(reference.column) }) {
                    seen.append(reference.column)
                }
                problems += missingTable(table) + missingColumns(seen, in: table)
            }
            return problems
        case .execute, .createEnumType, .dropEnumType:
            return []
        case .autocommit:
            // Its operations are checked one by one (`check(_:on:problems:renders:)`).
            return []
        case .batch(let batch):
            return missingTable(batch.table)
        }
    }

    static func display(_ name: TableName) -> String {
        name.schema.map { "\($0).\(name.name)" } ?? name.name
    }
}

/// One way two schemas differ, in words.
enum SchemaDifference {
    static func between(_ expected: Catalog, _ actual: Catalog) -> [String] {
        between(Set(expected.tables.keys).union(actual.tables.keys).filter { actual.unknownReason($0) == nil }, expected: expected.table, actual: actual.table)
    }

    /// The differences of the tables named, each looked up on both sides.
    static func between(_ tables: Set<TableName>, expected: (TableName) -> CatalogTable?, actual: (TableName) -> CatalogTable?) -> [String] {
        var differences: [String] = []
        let names = tables.sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
        for name in names {
            let label = SchemaChecker.display(name)
            guard let want = expected(name) else {
                // A table both sides lack (created and dropped again) differs in nothing.
                if actual(name) != nil { differences.append("table '\(label)' is left behind") }
                continue
            }
            guard let have = actual(name) else {
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
                let wantNullable = column.isNullable, haveNullable = found.isNullable
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

/// The functions a piece of raw SQL calls: each name directly followed (spaces allowed) by `(`,
/// lower-case, outside string literals and quoted names.
enum RawSQLScan {
    static func calledFunctions(_ sql: String) -> [String] {
        var found: [String] = []
        let bytes = Array(sql.utf8)
        var index = 0
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                // Skip to the closing quote; a doubled quote inside stays inside.
                index += 1
                while index < bytes.count && bytes[index] != byte { index += 1 }
                index += 1
                continue
            }
            guard isWordByte(byte) else { index += 1; continue }
            let start = index
            while index < bytes.count && isWordByte(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            var next = index
            while next < bytes.count && (bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t")) { next += 1 }
            if next < bytes.count && bytes[next] == UInt8(ascii: "("), let first = word.utf8.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
                found.append(word.lowercased())
            }
        }
        return found
    }
}
