// Operations to SQL statements, for any dialect: the shape of each statement, spelled by the dialect.

import Foundation

/// Renders operations as the statements Alembic's offline mode writes for them. Statements come
/// without their terminator; the script writer adds it. Where databases differ in more than
/// spelling (altering a column, comments, index options) the dialect renders the statement.
public struct SQLRenderer: Sendable {
    public let dialect: any Dialect
    /// The schema before the operation being rendered.
    public let catalog: any SchemaState
    /// Enum types the migration drops itself with `op.execute("DROP TYPE ...")`, lower-cased:
    /// sqlgen does not drop those again.
    public let typesDroppedByHand: Set<String>

    public init(dialect: any Dialect, catalog: any SchemaState, typesDroppedByHand: Set<String> = []) {
        self.dialect = dialect
        self.catalog = catalog
        self.typesDroppedByHand = typesDroppedByHand
    }

    /// The enum type names a migration body drops in raw SQL.
    public static func typesDroppedByRawSQL(in operations: [Operation]) -> Set<String> {
        var names: Set<String> = []
        for operation in operations {
            if case .dropEnumType(let enumType) = operation.kind, let name = enumType.name { names.insert(name.lowercased()) }
            guard case .execute(let sql) = operation.kind else { continue }
            let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == ";" || $0 == "," }).map { $0.lowercased() }
            for (index, word) in words.enumerated() where word == "type" && index > 0 && words[index - 1] == "drop" {
                for name in words[(index + 1)...] where !["if", "exists", "cascade", "restrict"].contains(name) {
                    names.insert(String(name.split(separator: ".").last ?? Substring(name)).trimmingCharacters(in: CharacterSetLike.quotes))
                }
            }
        }
        return names
    }

    /// The statements for one operation. Every kind of operation is handled here, with no
    /// default case, so a new kind cannot be forgotten.
    public func render(_ operation: Operation) throws(DiagnosticError) -> [String] {
        do throws(DialectError) {
            return try statements(for: IdentifierLength.fitted(operation.kind, limits: dialect.identifierLimits, converted: operation.convertedNames))
        } catch {
            throw DiagnosticError(.cannotRender(operation.functionName, dialect: dialect.name, reason: error.message.text), at: operation.position)
        }
    }

    func statements(for kind: Operation.Kind) throws(DialectError) -> [String] {
        try checkOptions(of: kind)
        switch kind {
        case .createTable(let table):
            return try createTableStatements(table)
        case .dropTable(let drop):
            return ["DROP TABLE \(drop.ifExists ? "IF EXISTS " : "")\(table(drop.table))"] + (try typeDrops(after: kind))
        case .renameTable(let old, let newName):
            return [dialect.renameTableStatement(old, newName: newName)]
        case .addColumn(let add):
            return try addColumnStatements(add)
        case .dropColumn(let drop):
            return try dialect.dropColumnStatements(drop, renderer: self) + (try typeDrops(after: kind))
        case .alterColumn(let alter):
            return try typeCreations(for: alter.type.map { [$0] } ?? []) + (try dialect.alterColumnStatements(try completedFromCatalog(alter), renderer: self))
                + (try typeDrops(after: kind))
        case .createIndex(let index):
            return [try dialect.createIndexStatement(index, renderer: self)]
        case .dropIndex(let drop):
            return [try dialect.dropIndexStatement(drop, renderer: self)]
        case .createPrimaryKey(let name, let key):
            return try dialect.addConstraintStatements(kind, table: name, clause: primaryKeyClause(key.name, key.columns), renderer: self)
        case .createUniqueConstraint(let name, let unique):
            return try dialect.addConstraintStatements(kind, table: name, clause: uniqueClause(unique), renderer: self)
        case .createCheckConstraint(let name, let check):
            return try dialect.addConstraintStatements(kind, table: name, clause: checkClause(check), renderer: self)
        case .createForeignKey(let name, let foreignKey):
            return try dialect.addConstraintStatements(kind, table: name, clause: foreignKeyClause(foreignKey), renderer: self)
        case .createExcludeConstraint(let name, let exclude):
            return ["ALTER TABLE \(table(name)) ADD \(try dialect.excludeClause(exclude, renderer: self))"]
        case .dropConstraint(let drop):
            return try dialect.dropConstraintStatements(drop, renderer: self)
        case .createTableComment(let name, let comment, _):
            return try dialect.commentStatements(on: name, column: nil, comment: comment, renderer: self)
        case .dropTableComment(let name, _):
            return try dialect.commentStatements(on: name, column: nil, comment: nil, renderer: self)
        case .bulkInsert(let insert):
            return dialect.bulkInsertStatements(try bulkInsertStatements(insert), into: insert.table)
        case .execute(let sql):
            return [Self.unescapeColons(sql)]
        case .data(let statement):
            return [try dataStatement(statement)]
        case .createEnumType(var enumType):
            // An explicit `.create(bind)` creates the type whatever `create_type` says.
            enumType.createType = true
            return try dialect.enumTypeCreation(for: .enumeration(enumType), renderer: self).map { [$0] } ?? []
        case .dropEnumType(let enumType):
            guard enumType.native, let name = enumType.name else { return [] }
            return dialect.enumTypeDropStatement(TableName(name, schema: enumType.schema)).map { [$0] } ?? []
        case .batch(let batch):
            return try dialect.batchStatements(batch, renderer: self)
        case .autocommit(let operations):
            // Outside the script's transaction, as Alembic writes it: COMMIT, the operations, BEGIN.
            var result: [String] = []
            if let transaction = dialect.transactionStatements { result.append(transaction.commit) }
            var current = self
            for operation in operations {
                result += try current.statements(for: operation.kind)
                current = current.advanced(past: [operation])
            }
            if let transaction = dialect.transactionStatements { result.append(transaction.begin) }
            return result
        }
    }

    func table(_ name: TableName) -> String { dialect.quoteTable(name) }

    /// Whether rendering `kind` (and the dialect's run-time checks) may ask the schema what
    /// earlier revisions built: a rebuild (SQLite), a column restated from the schema (MySQL,
    /// SQL Server), enum types created or dropped with tables and columns (PostgreSQL), the
    /// dialects' run-time checks. The dialect decides (`Dialect.readsSchema`); this is the rule
    /// every dialect starts from. Only kinds whose statements come from the operation alone say
    /// no: `create_table` and `add_column` without a native enum type they create (and, for
    /// `add_column`, no SQLite rebuild), `create_index`, and raw SQL. Anything else says yes,
    /// so a new kind or a new use of the schema errs on the side of reading every revision.
    public static func readsSchema(_ kind: Operation.Kind, dialect: any Dialect) -> Bool {
        switch kind {
        case .createTable(let table):
            return table.columns.contains { $0.type.createdEnumType != nil }
        case .addColumn(let add):
            return dialect.rebuildsToAdd(add.column) || add.column.type.createdEnumType != nil
        case .createIndex, .execute:
            return false
        case .dropTable, .renameTable, .dropColumn, .alterColumn, .dropIndex, .createPrimaryKey, .createUniqueConstraint,
             .createCheckConstraint, .createForeignKey, .createExcludeConstraint, .dropConstraint, .createTableComment,
             .dropTableComment, .bulkInsert, .data, .batch, .autocommit, .createEnumType, .dropEnumType:
            return true
        }
    }

    /// The same renderer over the schema as `operations` leave it.
    func advanced(past operations: [Operation]) -> SQLRenderer {
        var next = catalog
        for operation in operations { next.apply(operation) }
        return SQLRenderer(dialect: dialect, catalog: next, typesDroppedByHand: typesDroppedByHand)
    }

    /// A batch block's operations one after another, each over the schema the ones before it leave.
    public func batchOperationsInTurn(_ batch: BatchAlterTable) throws(DialectError) -> [String] {
        var result: [String] = []
        var current = self
        for operation in batch.operations {
            result += try current.statements(for: operation.kind)
            current = current.advanced(past: [operation])
        }
        return result
    }

    /// The rebuild of `table` into the shape `operations` give it, or an error saying why the
    /// table's shape is not known.
    func rebuild(_ table: TableName, applying kinds: [Operation.Kind]) throws(DialectError) -> [String] {
        if let since = catalog.unknownReason(table) {
            throw DialectError(shapeUnknown(table, since: since))
        }
        guard let current = catalog.table(table) else {
            throw DialectError(.tableNotInCatalog(table.name))
        }
        var plan = TableRebuild(current)
        for kind in kinds { plan.apply(kind) }
        return try plan.statements(renderer: self)
    }

    /// Why the shape of `table` is unknown from `since`: raw SQL, or a revision that cannot be read.
    func shapeUnknown(_ table: TableName, since: SourcePosition) -> DiagnosticMessage {
        if let revision = catalog.unreadableRevision(at: since) {
            return .tableShapeUnknownAfterUnreadable(table.name, revision: revision, at: since)
        }
        return .tableShapeUnknown(table.name, since: since)
    }

    /// Refuses an operation that needs what the schema says of `table` when a revision before it
    /// could not be read and may have changed that table.
    func requireReadable(_ table: TableName) throws(DialectError) {
        if let since = catalog.unknownReason(table), let revision = catalog.unreadableRevision(at: since) {
            throw DialectError(.tableShapeUnknownAfterUnreadable(table.name, revision: revision, at: since))
        }
    }

    /// Every dialect option an operation carries, checked before anything is rendered.
    func checkOptions(of kind: Operation.Kind) throws(DialectError) {
        switch kind {
        case .createTable(let table):
            try dialect.checkOptions(table.options, for: "create_table")
            for column in table.columns { try dialect.checkOptions(column.options, for: "column") }
            for index in table.indexes { try dialect.checkOptions(index.options, for: "create_index") }
            for constraint in table.constraints {
                switch constraint {
                case .unique(let unique): try dialect.checkOptions(unique.options, for: "create_unique_constraint")
                case .check(let check): try dialect.checkOptions(check.options, for: "create_check_constraint")
                case .foreignKey(let key): try dialect.checkOptions(key.options, for: "create_foreign_key")
                case .primaryKey: break
                }
            }
            for case .foreignKey(let key) in table.constraints { try dialect.checkReferentialActions(key.actions) }
            for column in table.columns { for reference in column.foreignKeys { try dialect.checkReferentialActions(reference.actions) } }
        case .dropTable(let drop): try dialect.checkOptions(drop.options, for: "drop_table")
        case .addColumn(let add):
            try dialect.checkOptions(add.column.options, for: "column")
            for reference in add.column.foreignKeys { try dialect.checkReferentialActions(reference.actions) }
        case .createForeignKey(_, let key):
            try dialect.checkReferentialActions(key.actions)
            try dialect.checkOptions(key.options, for: "create_foreign_key")
        case .createUniqueConstraint(_, let unique): try dialect.checkOptions(unique.options, for: "create_unique_constraint")
        case .createCheckConstraint(_, let check): try dialect.checkOptions(check.options, for: "create_check_constraint")
        case .dropColumn(let drop): try dialect.checkOptions(drop.options, for: "drop_column")
        case .alterColumn(let alter): try dialect.checkOptions(alter.options, for: "alter_column")
        case .createIndex(let index): try dialect.checkOptions(index.options, for: "create_index")
        case .dropIndex(let drop): try dialect.checkOptions(drop.options, for: "drop_index")
        case .renameTable, .createPrimaryKey, .createExcludeConstraint, .dropConstraint, .createTableComment, .dropTableComment,
             .bulkInsert, .execute, .data, .batch, .autocommit, .createEnumType, .dropEnumType:
            break
        }
    }

    /// `op.execute` text is SQLAlchemy `text()`, where `\:` stands for a colon that is not a
    /// bind parameter; the backslash is not part of the SQL.
    static func unescapeColons(_ sql: String) -> String {
        guard sql.contains("\\:") else { return sql }
        return sql.replacingOccurrences(of: "\\:", with: ":")
    }

    // MARK: Tables

    /// The enum types this operation leaves unused, dropped after it (PostgreSQL), so that
    /// upgrade, downgrade to base and upgrade again works. Types the migration drops in its own
    /// raw SQL are left to it.
    func typeDrops(after kind: Operation.Kind) throws(DialectError) -> [String] {
        if dialect.createsNamedEnumTypes, catalog.hasUnreadableRevisions {
            // Which enum types the table still uses is what an unreadable revision may have changed.
            switch kind {
            case .dropTable(let drop): try requireReadable(drop.table)
            case .dropColumn(let drop): try requireReadable(drop.table)
            case .alterColumn(let alter) where alter.type != nil: try requireReadable(alter.table)
            default: break
            }
        }
        guard !catalog.enumTypes.isEmpty else { return [] }
        var after = catalog
        after.apply(kind, at: SourceFile(path: "", bytes: []).position(at: 0))
        let before = Set(catalog.enumTypes.keys)
        let dropped = before.subtracting(after.enumTypes.keys).sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
        return dropped.filter { !typesDroppedByHand.contains($0.name.lowercased()) }.compactMap(dialect.enumTypeDropStatement)
    }

    /// `CREATE TYPE` for a native enum the schema does not have yet: a type several tables share is
    /// created once, and one that `add_column` or `alter_column` introduces is created too.
    func typeCreations(for types: [SQLType]) throws(DialectError) -> [String] {
        var statements: [String] = []
        var created = Set(catalog.enumTypes.keys)
        for type in types {
            guard let enumType = type.createdEnumType, created.insert(enumType.name).inserted,
                  let creation = try dialect.enumTypeCreation(for: type, renderer: self) else { continue }
            statements.append(creation)
        }
        return statements
    }

    /// CREATE TABLE, preceded by the enum types it creates and followed by its indexes and comments.
    func createTableStatements(_ table: Table) throws(DialectError) -> [String] {
        var statements = try typeCreations(for: table.columns.map(\.type))
        statements.append(try createTable(table))
        for index in table.indexes + columnIndexes(table) {
            statements.append(try dialect.createIndexStatement(index, renderer: self))
        }
        guard !dialect.writesCommentsInline else { return statements }
        if let comment = table.comment {
            statements += try dialect.commentStatements(on: table.name, column: nil, comment: comment, renderer: self)
        }
        for column in table.columns where column.comment != nil {
            statements += try dialect.commentStatements(on: table.name, column: column.name, comment: column.comment, renderer: self)
        }
        return statements
    }

    /// `index=True` columns: SQLAlchemy's default naming convention `ix_<schema>_<table>_<column>`,
    /// unique when the column is also `unique=True`.
    func columnIndexes(_ table: Table) -> [Index] {
        table.columns.filter(\.index).map { column in
            // A naming-convention name: shortened, never refused, as SQLAlchemy does.
            Index(name: IdentifierLength.shortened(Index.conventionName(table: table.name, column: column.name), limit: dialect.identifierLimits.indexName), table: table.name,
                         columns: [column.name], unique: column.unique)
        }
    }

    /// `CREATE TABLE name (columns, constraints)`: the primary key first, then the table's own
    /// constraints in the order written, then those declared on columns, column by column.
    public func createTable(_ table: Table) throws(DialectError) -> String {
        let primaryKey = primaryKeyColumns(of: table)
        let autoincrement = autoincrementColumn(of: table, primaryKey: primaryKey)
        var lines: [String] = []
        for column in table.columns {
            var column = column
            if column.nullable == nil && primaryKey.columns.contains(column.name) { column.nullable = false }
            lines.append(try columnSpecification(column, autoincrement: column.name == autoincrement)
                         + column.checks.map { " " + checkClause($0) }.joined())
        }
        if !primaryKey.columns.isEmpty {
            // The autoincrement column leads the key, as SQLAlchemy writes it.
            var keyColumns = primaryKey.columns
            if let autoincrement, let position = keyColumns.firstIndex(of: autoincrement) {
                keyColumns.remove(at: position)
                keyColumns.insert(autoincrement, at: 0)
            }
            lines.append(primaryKeyClause(primaryKey.name, keyColumns))
        }
        for constraint in table.constraints {
            switch constraint {
            case .primaryKey:
                continue
            case .unique(let unique):
                lines.append(uniqueClause(unique))
            case .foreignKey(let foreignKey):
                lines.append(foreignKeyClause(foreignKey))
            case .check(let check):
                lines.append(checkClause(check))
            }
        }
        for column in table.columns {
            lines += try columnConstraints(column)
        }
        let prefixes = table.prefixes.map { $0 + " " }.joined()
        let ifNotExists = table.ifNotExists ? "IF NOT EXISTS " : ""
        return "CREATE \(prefixes)TABLE \(ifNotExists)\(self.table(table.name)) (\n    " + lines.joined(separator: ", \n    ") + "\n)"
            + (try dialect.createTableSuffix(table, renderer: self))
    }

    /// Constraints a column declares: `unique=True` (unless it makes a unique index), the
    /// CHECK of a non-native enum, then its foreign keys.
    func columnConstraints(_ column: Column) throws(DialectError) -> [String] {
        var lines: [String] = []
        if column.unique && !column.index {
            lines.append("UNIQUE (\(dialect.quoteIdentifier(column.name)))")
        }
        if let check = dialect.typeCheckConstraint(for: column) {
            lines.append(checkClause(check))
        }
        // SQLAlchemy leaves `use_alter` keys out of CREATE TABLE where ALTER can add them later.
        for reference in column.foreignKeys where !reference.useAlter || !dialect.altersConstraints {
            lines.append(foreignKeyClause(reference.constraint(on: column.name)))
        }
        return lines
    }

    /// ADD COLUMN, then what the column declares: its constraints, its index, its comment.
    func addColumnStatements(_ add: AddColumn) throws(DialectError) -> [String] {
        let column = add.column
        if dialect.rebuildsToAdd(column) {
            return try rebuild(add.table, applying: [.addColumn(add)])
        }
        let spec = try columnSpecification(column, autoincrement: column.primaryKey && isAutoincrementCandidate(column, soleKey: true))
        let tableName = table(add.table)
        var statements = try typeCreations(for: [column.type])
        statements.append(try dialect.addColumnStatement(add, specification: spec, renderer: self))
        for reference in column.foreignKeys {
            statements.append("ALTER TABLE \(tableName) ADD \(foreignKeyClause(reference.constraint(on: column.name)))")
        }
        if column.unique && !column.index {
            statements.append("ALTER TABLE \(tableName) ADD UNIQUE (\(dialect.quoteIdentifier(column.name)))")
        }
        // The CHECK of a non-native enum is a constraint of the table, which Alembic adds after the column.
        if let check = dialect.typeCheckConstraint(for: column) {
            statements.append("ALTER TABLE \(tableName) ADD \(checkClause(check))")
        }
        let fakeTable = Table(name: add.table, columns: [column])
        for index in columnIndexes(fakeTable) {
            statements.append(try dialect.createIndexStatement(index, renderer: self))
        }
        if let comment = column.comment, !dialect.writesCommentsInline {
            statements += try dialect.commentStatements(on: add.table, column: column.name, comment: comment, renderer: self)
        }
        return statements
    }

    /// The table's primary key: its `PrimaryKeyConstraint`, or else the columns flagged `primary_key=True`.
    func primaryKeyColumns(of table: Table) -> PrimaryKeyConstraint {
        for case .primaryKey(let key) in table.constraints {
            return key
        }
        return PrimaryKeyConstraint(columns: table.columns.filter(\.primaryKey).map(\.name))
    }

    /// SQLAlchemy's choice of autoincrement column: the sole integer primary key column unless
    /// it opts out (or references another table), or a key column that opts in explicitly.
    func autoincrementColumn(of table: Table, primaryKey: PrimaryKeyConstraint) -> String? {
        let keyColumns = primaryKey.columns.compactMap { name in table.columns.first { $0.name == name } }
        if keyColumns.count == 1, let only = keyColumns.first, isAutoincrementCandidate(only, soleKey: true) {
            return only.name
        }
        return keyColumns.first { $0.autoincrement == .always && isAutoincrementCandidate($0, soleKey: false) }?.name
    }

    /// An `sa.Identity()` column is a candidate too, as in SQLAlchemy (`_autoincrement_column`):
    /// MySQL makes it AUTO_INCREMENT, its only identity; dialects with a real identity write the
    /// identity instead of their autoincrement spelling (PostgreSQL's SERIAL).
    func isAutoincrementCandidate(_ column: Column, soleKey: Bool) -> Bool {
        guard [.integer, .smallInteger, .bigInteger].contains(column.type), column.serverDefault == nil,
              column.computed == nil else { return false }
        switch column.autoincrement {
        case .always: return true
        case .never: return false
        case .auto: return soleKey && column.foreignKeys.isEmpty
        }
    }

    /// The column as the dialect writes it in CREATE TABLE and ADD COLUMN.
    func columnSpecification(_ column: Column, autoincrement: Bool) throws(DialectError) -> String {
        try dialect.columnSpecification(column, autoincrement: autoincrement, renderer: self)
    }

    /// The dialect's name for a type; enums and arrays are composed here from the dialect's parts.
    public func typeName(_ type: SQLType) throws(DialectError) -> String {
        try dialect.typeName(type)
    }

    /// A column's server default as SQL. A boolean column's default written as a string
    /// (`'TRUE'`, `'false'`, `'1'`) becomes the dialect's boolean literal where the database
    /// would not read the string as a boolean (MySQL refuses `'TRUE'` for its BOOL); PostgreSQL
    /// reads it, so it is written as Alembic writes it.
    public func defaultSQL(_ expression: SQLExpression, for type: SQLType) -> String {
        if type == .boolean, !dialect.parsesQuotedBooleans, case .string(let text) = expression {
            switch text.lowercased() {
            case "true", "1", "t", "yes", "on": return dialect.booleanLiteral(true)
            case "false", "0", "f", "no", "off": return dialect.booleanLiteral(false)
            default: break
            }
        }
        return self.expression(expression)
    }

    /// An `alter_column` with what the revision left out taken from the schema: the existing type,
    /// nullability, default and comment, which MySQL's MODIFY and SQL Server's ALTER COLUMN
    /// restate (without them Alembic writes a statement that drops them).
    func completedFromCatalog(_ alter: AlterColumn) throws(DialectError) -> AlterColumn {
        if dialect.restatesAlteredColumns { try requireReadable(alter.table) }
        guard let column = catalog.table(alter.table)?.column(alter.column) else { return alter }
        var completed = alter
        if completed.existingType == nil { completed.existingType = column.type }
        if completed.existingNullable == nil { completed.existingNullable = column.isNullable }
        if completed.existingServerDefault == nil { completed.existingServerDefault = column.serverDefault }
        if completed.existingComment == nil { completed.existingComment = column.comment }
        return completed
    }

    public func expression(_ expression: SQLExpression) -> String {
        switch expression {
        case .string(let value): dialect.stringLiteral(value)
        case .text(let sql): sql
        case .integer(let value): String(value)
        case .float(let value): value.pythonText
        case .boolean(let value): dialect.booleanLiteral(value)
        case .null: "NULL"
        case .function(let name, let arguments): dialect.functionCall(name, arguments: arguments.map(self.expression))
        }
    }

    // MARK: Constraints

    func constraintPrefix(_ name: String?) -> String {
        name.map { "CONSTRAINT \(dialect.quoteIdentifier($0)) " } ?? ""
    }

    public func columnList(_ columns: [String]) -> String {
        columns.map(dialect.quoteIdentifier).joined(separator: ", ")
    }

    func primaryKeyClause(_ name: String?, _ columns: [String]) -> String {
        constraintPrefix(name) + "PRIMARY KEY (\(columnList(columns)))"
    }

    func uniqueClause(_ unique: UniqueConstraint) -> String {
        constraintPrefix(unique.name) + "UNIQUE" + dialect.uniqueModifier(unique.options) + " (\(columnList(unique.columns)))"
            + dialect.constraintSuffix(unique.options, renderer: self) + deferrability(unique.deferrable, unique.initially)
    }

    func checkClause(_ check: CheckConstraint) -> String {
        constraintPrefix(check.name) + "CHECK (\(check.sql))" + dialect.constraintSuffix(check.options, renderer: self)
    }

    func deferrability(_ deferrable: Bool?, _ initially: String?) -> String {
        var clause = ""
        if let deferrable { clause += deferrable ? " DEFERRABLE" : " NOT DEFERRABLE" }
        if let initially { clause += " INITIALLY \(initially)" }
        return clause
    }

    /// `[CONSTRAINT name] FOREIGN KEY(cols) REFERENCES table (cols) [MATCH] [ON DELETE] [ON UPDATE] [DEFERRABLE] [INITIALLY]`.
    func foreignKeyClause(_ foreignKey: ForeignKeyConstraint) -> String {
        var clause = constraintPrefix(foreignKey.name)
        clause += "FOREIGN KEY(\(columnList(foreignKey.columns))) REFERENCES \(table(foreignKey.referredTable)) (\(columnList(foreignKey.referredColumns)))"
        let actions = foreignKey.actions
        if let match = actions.match { clause += " MATCH \(match)" }
        if let onDelete = actions.onDelete { clause += " ON DELETE \(onDelete)" }
        if let onUpdate = actions.onUpdate, dialect.rendersOnUpdate { clause += " ON UPDATE \(onUpdate)" }
        return clause + deferrability(actions.deferrable, actions.initially) + dialect.constraintSuffix(foreignKey.options, renderer: self)
    }

    // MARK: Data

    /// A data value for a column of `type`. A Boolean column takes 1 and 0 for true and false, as
    /// SQLAlchemy's Boolean does (PostgreSQL refuses an integer in a boolean column), and refuses
    /// any other number.
    func literal(_ value: Literal, type: SQLType?) throws(DialectError) -> String {
        if case .boolean? = type, case .int(let number) = value {
            guard number == 0 || number == 1 else { throw DialectError(.notABooleanValue(String(number))) }
            return try dialect.literal(.bool(number == 1), type: type)
        }
        return try dialect.literal(value, type: type)
    }

    /// One INSERT per row, columns in the table's order, values as literals.
    func bulkInsertStatements(_ insert: BulkInsert) throws(DialectError) -> [String] {
        try insert.rows.map { row throws(DialectError) in
            let present = insert.columns.filter { column in row.contains { $0.column.sameScalars(column.name) } }
            var values: [String] = []
            for column in present {
                guard let value = row.first(where: { $0.column.sameScalars(column.name) })?.value else { continue }
                values.append(try literal(value, type: column.type))
            }
            return "INSERT INTO \(table(insert.table)) (\(columnList(present.map(\.name)))) VALUES (\(values.joined(separator: ", ")))"
        }
    }
}
