// The lint rules, one small type each: what it finds, on which dialects, and the documentation it rests on.

import Foundation

public enum LintRules {
    public static let all: [any LintRule] = [
        IndexWithoutConcurrently(), DropIndexWithoutConcurrently(), ConcurrentlyInTransaction(),
        NotNullColumnWithoutDefault(), VolatileDefault(), TypeChangeRewrites(), SetNotNull(),
        ConstraintWithoutNotValid(), UniqueConstraintWithoutIndex(), AddEnumValueInTransaction(),
        RenameColumn(), RenameTable(), MySQLAlterCopies(), MySQLForeignKeyOnExistingTable(),
        SQLiteTableRebuild(), IndexNotOnline(), DropTableLosesData(), DropColumnLosesData(), NarrowingTypeChange(),
        DataStatementWithoutWhere(),
    ]

    static func name(_ table: TableName) -> String { (table.schema.map { $0 + "." } ?? "") + table.name }

    static func option(_ options: DialectOptions, _ key: String) -> Bool {
        if case .bool(true)? = options[key] { return true }
        return false
    }
}

// MARK: PostgreSQL

/// PostgreSQL: `CREATE INDEX` takes a SHARE lock: writes to the table wait for the whole build.
struct IndexWithoutConcurrently: LintRule {
    let id = "pg-index-without-concurrently", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "CREATE INDEX on an existing table without CONCURRENTLY blocks writes while the index builds"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .createIndex(let index) = operation.kind, context.isExisting(index.table),
              !LintRules.option(index.options, "postgresql_concurrently") else { return nil }
        return LintMessage(message: "index '\(index.name)' is built on existing table '\(LintRules.name(index.table))' without CONCURRENTLY",
                           note: "CREATE INDEX holds a SHARE lock on the table: inserts, updates and deletes wait until the build ends",
                           help: "pass postgresql_concurrently=True inside 'with op.get_context().autocommit_block():'")
    }
}

/// PostgreSQL: `DROP INDEX` takes an ACCESS EXCLUSIVE lock on the table.
struct DropIndexWithoutConcurrently: LintRule {
    let id = "pg-drop-index-without-concurrently", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "DROP INDEX without CONCURRENTLY locks the table against reads and writes"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .dropIndex(let drop) = operation.kind, !LintRules.option(drop.options, "postgresql_concurrently") else { return nil }
        if let table = drop.table, !context.isExisting(TableName(table, schema: drop.schema)) { return nil }
        return LintMessage(message: "index '\(drop.name)' is dropped without CONCURRENTLY",
                           note: "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table",
                           help: "pass postgresql_concurrently=True inside 'with op.get_context().autocommit_block():'")
    }
}

/// PostgreSQL refuses `CREATE INDEX CONCURRENTLY` inside a transaction block.
struct ConcurrentlyInTransaction: LintRule {
    let id = "pg-concurrently-in-transaction", level = LintLevel.error, dialects: Set<String>? = ["postgres"]
    let summary = "CONCURRENTLY inside the script's transaction, which PostgreSQL refuses"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        let concurrently: Bool
        switch operation.kind {
        case .createIndex(let index): concurrently = LintRules.option(index.options, "postgresql_concurrently")
        case .dropIndex(let drop): concurrently = LintRules.option(drop.options, "postgresql_concurrently")
        default: return nil
        }
        guard concurrently, context.inTransaction else { return nil }
        return LintMessage(message: "CONCURRENTLY inside a transaction block",
                           note: "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction: the script stops here",
                           help: "put the operation inside 'with op.get_context().autocommit_block():'")
    }
}

/// PostgreSQL: before 11 any default rewrote the table; since 11 a volatile one still does.
struct VolatileDefault: LintRule {
    let id = "pg-volatile-default", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "a column added with a volatile default rewrites the whole table"
    static let volatile: Set<String> = ["random", "gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1", "clock_timestamp", "timeofday", "nextval"]
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .addColumn(let add) = operation.kind, context.isExisting(add.table), let expression = add.column.serverDefault else { return nil }
        let text: String
        switch expression {
        case .function(let name, _): text = name
        case .text(let sql): text = sql
        default: return nil
        }
        let lowered = text.lowercased()
        guard VolatileDefault.volatile.contains(where: { lowered.hasPrefix($0) || lowered.contains(" " + $0) }) else { return nil }
        return LintMessage(message: "column '\(add.column.name)' is added to existing table '\(LintRules.name(add.table))' with a volatile default",
                           note: "a volatile default is computed for every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock",
                           help: "add the column without a default, set the default, then fill existing rows in batches")
    }
}

/// PostgreSQL: most type changes rewrite the table (widening a VARCHAR or making it TEXT does not).
struct TypeChangeRewrites: LintRule {
    let id = "pg-type-change-rewrites", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "a column type change that rewrites the table (widening a VARCHAR does not)"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .alterColumn(let alter) = operation.kind, let new = alter.type, context.isExisting(alter.table) else { return nil }
        let old = alter.existingType ?? context.column(alter.table, alter.column)?.type
        if let old, TypeChangeRewrites.isBinaryCompatible(from: old, to: new) { return nil }
        return LintMessage(message: "the type change of '\(LintRules.name(alter.table)).\(alter.column)' rewrites the table",
                           note: "ALTER COLUMN ... TYPE rewrites every row and its indexes under an ACCESS EXCLUSIVE lock",
                           help: "add a new column, fill it in batches, then switch reads and drop the old one")
    }

    /// Changes PostgreSQL makes without a rewrite: a longer or unlimited VARCHAR, VARCHAR to TEXT.
    static func isBinaryCompatible(from old: SQLType, to new: SQLType) -> Bool {
        switch (old, new) {
        case (.string(let a, _), .string(let b, _)), (.unicode(let a, _), .unicode(let b, _)):
            guard let a else { return b == nil }
            return b == nil || b! >= a
        case (.string, .text), (.unicode, .unicodeText), (.string, .unicodeText), (.unicode, .text):
            return true
        case (.numeric(let p1, let s1), .numeric(let p2, let s2)):
            return s1 == s2 && (p2 == nil || (p1 != nil && p2! >= p1!))
        default:
            return old == new
        }
    }
}

/// PostgreSQL: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.
struct SetNotNull: LintRule {
    let id = "pg-set-not-null", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "SET NOT NULL on an existing table scans it under an ACCESS EXCLUSIVE lock"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .alterColumn(let alter) = operation.kind, alter.nullable == false, context.isExisting(alter.table) else { return nil }
        if let column = context.column(alter.table, alter.column), !column.isNullable { return nil }
        return LintMessage(message: "'\(LintRules.name(alter.table)).\(alter.column)' is made NOT NULL on an existing table",
                           note: "SET NOT NULL reads every row while it holds an ACCESS EXCLUSIVE lock",
                           help: "add CHECK (\(alter.column) IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan)")
    }
}

/// PostgreSQL: a new foreign key or check constraint is validated against every row while locked.
struct ConstraintWithoutNotValid: LintRule {
    let id = "pg-constraint-without-not-valid", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "a foreign key or check constraint added to an existing table without NOT VALID"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        let table: TableName, kind: String, options: DialectOptions
        switch operation.kind {
        case .createForeignKey(let name, let constraint): (table, kind, options) = (name, "foreign key", constraint.options)
        case .createCheckConstraint(let name, let constraint): (table, kind, options) = (name, "check constraint", constraint.options)
        default: return nil
        }
        guard context.isExisting(table), !LintRules.option(options, "postgresql_not_valid") else { return nil }
        return LintMessage(message: "\(kind) added to existing table '\(LintRules.name(table))' is validated at once",
                           note: kind == "foreign key" ? "validating reads every row while SHARE ROW EXCLUSIVE locks both tables against writes"
                                                       : "validating reads every row while an ACCESS EXCLUSIVE lock is held",
                           help: "pass postgresql_not_valid=True, then 'ALTER TABLE ... VALIDATE CONSTRAINT' in a later revision")
    }
}

/// PostgreSQL: ADD CONSTRAINT UNIQUE builds its index under an ACCESS EXCLUSIVE lock.
struct UniqueConstraintWithoutIndex: LintRule {
    let id = "pg-unique-constraint-without-index", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "a UNIQUE constraint added to an existing table builds its index while the table is locked"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .createUniqueConstraint(let table, let constraint) = operation.kind, context.isExisting(table) else { return nil }
        return LintMessage(message: "unique constraint\(constraint.name.map { " '\($0)'" } ?? "") is added to existing table '\(LintRules.name(table))'",
                           note: "the constraint's index is built under an ACCESS EXCLUSIVE lock: reads and writes wait",
                           help: "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX")
    }
}

/// PostgreSQL before 12 refuses `ALTER TYPE ... ADD VALUE` in a transaction; later versions
/// refuse to use the new value in the same transaction.
struct AddEnumValueInTransaction: LintRule {
    let id = "pg-enum-value-in-transaction", level = LintLevel.warning, dialects: Set<String>? = ["postgres"]
    let summary = "ALTER TYPE ... ADD VALUE inside the script's transaction"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .execute(let sql) = operation.kind, context.inTransaction else { return nil }
        let words = sql.uppercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard words.count > 3, words[0] == "ALTER", words[1] == "TYPE", words.contains("ADD"), words.contains("VALUE") else { return nil }
        return LintMessage(message: "ALTER TYPE ... ADD VALUE runs inside a transaction",
                           note: "PostgreSQL before 12 refuses it there; from 12 on, the new value cannot be used until the transaction commits",
                           help: "run it inside 'with op.get_context().autocommit_block():'")
    }
}

// MARK: Every dialect: the running application

struct RenameColumn: LintRule {
    let id = "rename-column", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "renaming a column the running application still uses"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .alterColumn(let alter) = operation.kind, let newName = alter.newName, context.isExisting(alter.table) else { return nil }
        return LintMessage(message: "column '\(LintRules.name(alter.table)).\(alter.column)' is renamed to '\(newName)'",
                           note: "the running application's queries name the old column and fail from this statement on",
                           help: "add the new column, write both, move reads, then drop the old one in a later release")
    }
}

struct RenameTable: LintRule {
    let id = "rename-table", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "renaming a table the running application still uses"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .renameTable(let table, let newName) = operation.kind, context.isExisting(table) else { return nil }
        return LintMessage(message: "table '\(LintRules.name(table))' is renamed to '\(newName)'",
                           note: "the running application's queries name the old table and fail from this statement on",
                           help: "create the new table (or a view under the old name) and move the application over first")
    }
}

struct NotNullColumnWithoutDefault: LintRule {
    let id = "not-null-column-without-default", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "a NOT NULL column without a default added to an existing table"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .addColumn(let add) = operation.kind, add.column.nullable == false, add.column.serverDefault == nil,
              add.column.identity == nil, context.isExisting(add.table) else { return nil }
        return LintMessage(message: "NOT NULL column '\(add.column.name)' without a default is added to existing table '\(LintRules.name(add.table))'",
                           note: "the statement fails as soon as the table has a row; and the running application's inserts fail until it sets the column",
                           help: "add the column nullable (or with a server_default), fill it, then make it NOT NULL")
    }
}

struct DropTableLosesData: LintRule {
    let id = "drop-table", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "dropping a table and its data"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .dropTable(let drop) = operation.kind, context.isExisting(drop.table) else { return nil }
        return LintMessage(message: "table '\(LintRules.name(drop.table))' is dropped with its data",
                           note: "the rows are gone; the downgrade can recreate the table, not its data",
                           help: "keep a backup or rename the table away first; drop it in a later release")
    }
}

struct DropColumnLosesData: LintRule {
    let id = "drop-column", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "dropping a column and its data"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .dropColumn(let drop) = operation.kind, context.isExisting(drop.table) else { return nil }
        return LintMessage(message: "column '\(LintRules.name(drop.table)).\(drop.column)' is dropped with its data",
                           note: "the values are gone; the downgrade can add the column back, not its values; a running application that reads it fails",
                           help: "stop using the column in the application first; copy what must be kept")
    }
}

/// A type change that can lose data: a shorter string, a smaller integer, fewer digits.
struct NarrowingTypeChange: LintRule {
    let id = "narrowing-type-change", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "a type change that can cut or refuse existing values"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .alterColumn(let alter) = operation.kind, let new = alter.type, context.isExisting(alter.table),
              let old = alter.existingType ?? context.column(alter.table, alter.column)?.type, NarrowingTypeChange.narrows(from: old, to: new) else { return nil }
        return LintMessage(message: "the type of '\(LintRules.name(alter.table)).\(alter.column)' is narrowed",
                           note: "existing values that do not fit make the statement fail, or are cut where the database allows it",
                           help: "check the longest value first (SELECT max(length(...))), or keep the wider type")
    }

    static func narrows(from old: SQLType, to new: SQLType) -> Bool {
        let rank: (SQLType) -> Int? = { type in
            switch type {
            case .smallInteger: 1
            case .integer: 2
            case .bigInteger: 3
            default: nil
            }
        }
        switch (old, new) {
        case (.string(let a, _), .string(let b?, _)), (.unicode(let a, _), .unicode(let b?, _)), (.text(let a, _), .string(let b?, _)):
            return a.map { b < $0 } ?? true
        case (.numeric(let p1?, let s1), .numeric(let p2?, let s2)):
            return p2 < p1 || (s2 ?? 0) < (s1 ?? 0)
        default:
            if let a = rank(old), let b = rank(new) { return b < a }
            return false
        }
    }
}

/// `op.execute("UPDATE t SET ...")` or `DELETE FROM t` with no WHERE: every row.
struct DataStatementWithoutWhere: LintRule {
    let id = "data-statement-without-where", level = LintLevel.warning, dialects: Set<String>? = nil
    let summary = "an UPDATE or DELETE without WHERE (raw SQL or a SQLAlchemy statement) changes every row"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        let first: String
        switch operation.kind {
        case .execute(let sql):
            let words = sql.uppercased().split(whereSeparator: { !$0.isLetter && $0 != "_" })
            guard let word = words.first, word == "UPDATE" || word == "DELETE", !words.contains("WHERE") else { return nil }
            first = String(word)
        case .data(let statement):
            // `t.update().values(...)` or `t.delete()` with no `.where(...)`.
            if statement.verb == .text, case .text(let sql, _)? = statement.sqlText {
                let words = sql.uppercased().split(whereSeparator: { !$0.isLetter && $0 != "_" })
                guard let word = words.first, word == "UPDATE" || word == "DELETE", !words.contains("WHERE") else { return nil }
                first = String(word)
                break
            }
            guard statement.verb != .insert, statement.condition == nil else { return nil }
            first = statement.verb.rawValue
        default:
            return nil
        }
        return LintMessage(message: "\(first) without WHERE changes every row of the table",
                           note: "one statement over the whole table: long row locks, a large transaction log, and no way back in the downgrade",
                           help: "add a WHERE clause, or update in batches if every row is meant")
    }
}

// MARK: MySQL / MariaDB

/// MySQL and MariaDB: a type change or reordering runs ALGORITHM=COPY, rebuilding the table
/// while writes wait.
struct MySQLAlterCopies: LintRule {
    let id = "mysql-alter-copies-table", level = LintLevel.warning, dialects: Set<String>? = ["mysql"]
    let summary = "an ALTER that cannot run INSTANT or INPLACE (a type change) copies the table"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .alterColumn(let alter) = operation.kind, let new = alter.type, context.isExisting(alter.table) else { return nil }
        let old = alter.existingType ?? context.column(alter.table, alter.column)?.type
        if let old, old == new { return nil }
        if case .string(let a?, _)? = old, case .string(let b?, _) = new, b >= a, (a < 256) == (b < 256) { return nil }
        return LintMessage(message: "the type change of '\(LintRules.name(alter.table)).\(alter.column)' copies the table",
                           note: "MODIFY with another type runs ALGORITHM=COPY: the table is rebuilt and writes wait until it ends",
                           help: "run it with an online schema change tool (pt-online-schema-change, gh-ost) on a large table")
    }
}

/// MySQL and MariaDB: adding a foreign key with foreign_key_checks on copies the table.
struct MySQLForeignKeyOnExistingTable: LintRule {
    let id = "mysql-foreign-key-copies-table", level = LintLevel.warning, dialects: Set<String>? = ["mysql"]
    let summary = "a foreign key added to an existing table copies it"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .createForeignKey(let table, _) = operation.kind, context.isExisting(table) else { return nil }
        return LintMessage(message: "a foreign key is added to existing table '\(LintRules.name(table))'",
                           note: "with foreign_key_checks on, ADD FOREIGN KEY runs ALGORITHM=COPY: the table is rebuilt while writes wait",
                           help: "on a large table, add it with foreign_key_checks=0 (INPLACE) after checking the data, or with an online schema change tool")
    }
}

// MARK: SQLite

/// SQLite has no ALTER for most changes: sqlgen rebuilds the table.
struct SQLiteTableRebuild: LintRule {
    let id = "sqlite-table-rebuild", level = LintLevel.warning, dialects: Set<String>? = ["sqlite"]
    let summary = "a change SQLite cannot ALTER: the table is rebuilt (every row copied, foreign keys off meanwhile)"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        let table: TableName
        switch operation.kind {
        case .alterColumn(let alter) where alter.type != nil || alter.nullable != nil || alter.serverDefault != .unchanged: table = alter.table
        case .createPrimaryKey(let name, _), .createUniqueConstraint(let name, _), .createCheckConstraint(let name, _), .createForeignKey(let name, _): table = name
        case .dropConstraint(let drop): table = drop.table
        default: return nil
        }
        guard context.isExisting(table) else { return nil }
        return LintMessage(message: "table '\(LintRules.name(table))' is rebuilt for this change",
                           note: "every row is copied into a new table, and foreign key enforcement is off while it happens",
                           help: "group the table's changes in one batch_alter_table block, so it is rebuilt once")
    }
}

// MARK: SQL Server and Oracle

/// SQL Server (Enterprise) and Oracle (Enterprise) build indexes ONLINE only when asked.
struct IndexNotOnline: LintRule {
    let id = "index-not-online", level = LintLevel.warning, dialects: Set<String>? = ["mssql", "oracle"]
    let summary = "an index built on an existing table without ONLINE blocks writes"
    func check(_ operation: Operation, _ context: LintContext) -> LintMessage? {
        guard case .createIndex(let index) = operation.kind, context.isExisting(index.table),
              !LintRules.option(index.options, "mssql_online"), !LintRules.option(index.options, "oracle_online") else { return nil }
        return LintMessage(message: "index '\(index.name)' is built on existing table '\(LintRules.name(index.table))' offline",
                           note: "an offline index build holds a lock that blocks writes (SQL Server: a shared lock; Oracle: a DML lock) until it ends",
                           help: "build it with ONLINE = ON (SQL Server Enterprise) or ONLINE (Oracle Enterprise), in raw SQL if need be")
    }
}
