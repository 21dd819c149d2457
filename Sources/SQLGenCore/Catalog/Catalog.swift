// The static schema: every table's shape at a point in the plan, kept by replaying operations.

/// What the revisions have built so far: tables with their columns, keys, constraints and
/// indexes, and the PostgreSQL enum types they created. Replaying an operation changes it the way
/// the database would change. Raw SQL (`op.execute`) is opaque: a DDL statement marks the tables
/// it names (or, when it names none sqlgen can find, the whole schema) as unknown, and renders that
/// need an unknown table's shape say so instead of guessing.
public struct Catalog: SchemaState, Equatable {
    public private(set) var tables: [TableName: CatalogTable] = [:]
    /// The tables that have an index of each name: `drop_index` without a table, and the
    /// checks, find an index without looking through every table (which made `check` quadratic).
    private var indexOwners: [String: Set<TableName>] = [:]
    /// How many columns use each enum type that a column creates (`createdEnumType`), so that
    /// finding the types no column uses any more does not look through every table.
    private var enumUses: [TableName: Int] = [:]
    /// The journal being kept, if any (`startJournal()`).
    private var journal: Journal?
    /// Counts table creations, so tables can be listed in the order they were created.
    private var creations = 0

    /// Table names in the order the tables were created, for scripts that create them again.
    public var creationOrder: [TableName] {
        tables.values.sorted { $0.creation < $1.creation }.map(\.name)
    }
    /// Native enum types created by `create_table`, by schema-qualified name.
    public private(set) var enumTypes: [TableName: EnumType] = [:]
    /// Tables whose shape raw SQL may have changed, with where that SQL is.
    public private(set) var unknownTables: [TableName: SourcePosition] = [:]
    /// Set when raw DDL touched something sqlgen could not name.
    public private(set) var unknownSince: SourcePosition?
    /// Raw DDL that changes no table sqlgen models (`CREATE SCHEMA`, `CREATE EXTENSION`, ...),
    /// where it is written: a schema script made from the catalog does not contain it.
    public private(set) var rawStatements: [SourcePosition] = []
    /// Revisions replayed without their operations because a function could not be read, by
    /// where the first problem is: after one, every table that existed then is unknown.
    public private(set) var unreadableRevisions: [SourcePosition: String] = [:]

    public init() {}

    /// The revision that could not be read at `position`, when that is why a shape is unknown
    /// (rather than raw SQL).
    public func unreadableRevision(at position: SourcePosition) -> String? {
        unreadableRevisions.isEmpty ? nil : unreadableRevisions[position]
    }

    public var hasUnreadableRevisions: Bool { !unreadableRevisions.isEmpty }

    /// A revision whose operations cannot be read was applied: it may have changed any table that
    /// existed, and created any other, so all of them are unknown from here on (until a revision
    /// creates a table anew).
    public mutating func applyUnreadable(_ id: String, at position: SourcePosition) {
        unreadableRevisions[position] = id
        unknownSince = position
        for name in tables.keys { unknownTables[name] = position }
    }

    /// Equal when the schemas are: the index lookup and the journal are bookkeeping.
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
        lhs.tables == rhs.tables && lhs.creations == rhs.creations && lhs.enumTypes == rhs.enumTypes
            && lhs.unknownTables == rhs.unknownTables && lhs.unknownSince == rhs.unknownSince && lhs.rawStatements == rhs.rawStatements
    }

    /// The names of the tables that have an index called `name`.
    public func tables(withIndex name: String) -> Set<TableName> {
        indexOwners[name] ?? []
    }

    /// Every change to a table goes through here: the journal keeps the table's old value, and
    /// the index lookup follows the table's indexes.
    /// Every operation of a replay comes through here, so it finds the table once before and
    /// once after the change and reads its columns and indexes through that dictionary index,
    /// without hashing the name again or copying the columns.
    private mutating func change(_ name: TableName, _ body: (inout CatalogTable?) -> Void) {
        if journal != nil, journal?.tables.index(forKey: name) == nil { journal?.tables[name] = .some(tables[name]) }
        // Shares the array's storage: nothing is copied unless the change touches the indexes.
        var oldIndexes: [Index] = []
        if let slot = tables.index(forKey: name) {
            countEnumUses(in: tables.values[slot].columns, by: -1)
            oldIndexes = tables.values[slot].indexes
        }
        body(&tables[name])
        var newIndexes: [Index] = []
        if let slot = tables.index(forKey: name) {
            countEnumUses(in: tables.values[slot].columns, by: 1)
            newIndexes = tables.values[slot].indexes
        }
        if oldIndexes.count == newIndexes.count && zip(oldIndexes, newIndexes).allSatisfy({ $0.name == $1.name }) { return }
        for index in oldIndexes {
            indexOwners[index.name]?.remove(name)
            if indexOwners[index.name]?.isEmpty == true { indexOwners[index.name] = nil }
        }
        for index in newIndexes { indexOwners[index.name, default: []].insert(name) }
    }

    private mutating func countEnumUses(in columns: [Column], by step: Int) {
        // By index: a loop over the columns themselves copies each one, every field retained.
        for position in columns.indices {
            if let created = columns[position].type.createdEnumType { enumUses[created.name, default: 0] += step }
        }
    }

    // MARK: Trying operations and undoing them

    /// What the catalog was when a journal started: the old value of each table changed since
    /// (nil for one that did not exist), and the rest of the catalog, which is small.
    public struct Journal: Sendable {
        public fileprivate(set) var tables: [TableName: CatalogTable?] = [:]
        fileprivate var enumTypes: [TableName: EnumType]
        fileprivate var unknownTables: [TableName: SourcePosition]
        fileprivate var unknownSince: SourcePosition?
        /// Raw statements are only ever appended: their count is enough to put them back.
        fileprivate var rawStatementCount: Int
        fileprivate var creations: Int
    }

    /// Starts recording what the catalog is now, and the old value of every table changed from
    /// now on, so the changes can be undone (`finishJournal`, `undo`) without copying the whole
    /// catalog: `check` tries each downgrade on the schema its upgrade left, and a copy per
    /// revision made it quadratic.
    public mutating func startJournal() {
        journal = Journal(enumTypes: enumTypes, unknownTables: unknownTables, unknownSince: unknownSince,
                          rawStatementCount: rawStatements.count, creations: creations)
    }

    /// Stops recording and returns the journal (an empty one if none was started).
    public mutating func finishJournal() -> Journal {
        defer { journal = nil }
        return journal ?? Journal(enumTypes: enumTypes, unknownTables: unknownTables, unknownSince: unknownSince,
                                  rawStatementCount: rawStatements.count, creations: creations)
    }

    /// Puts back what the journal recorded: the catalog is as it was when the journal started.
    public mutating func undo(_ journal: Journal) {
        for (name, table) in journal.tables {
            change(name) { $0 = table }
        }
        enumTypes = journal.enumTypes
        unknownTables = journal.unknownTables
        unknownSince = journal.unknownSince
        rawStatements.removeLast(max(0, rawStatements.count - journal.rawStatementCount))
        creations = journal.creations
    }

    public func table(_ name: TableName) -> CatalogTable? {
        tables[name]
    }

    /// Why the shape of `name` cannot be known here, if it cannot.
    public func unknownReason(_ name: TableName) -> SourcePosition? {
        unknownTables[name] ?? (tables[name] == nil ? unknownSince : nil)
    }

    // MARK: Replay

    /// Applies one operation. Operations on things that do not exist are skipped here (the
    /// check command reports them); the catalog never fails.
    public mutating func apply(_ operation: Operation) {
        apply(operation.kind, at: operation.position)
    }

    public mutating func apply(_ kind: Operation.Kind, at position: SourcePosition) {
        switch kind {
        case .createTable(let table):
            var created = CatalogTable(table)
            creations += 1
            created.creation = tables.index(forKey: table.name).map { tables.values[$0].creation } ?? creations
            change(table.name) { $0 = created }
            for position in table.columns.indices { recordEnumType(of: table.columns[position].type) }
            if !unknownTables.isEmpty { unknownTables[table.name] = nil }
        case .dropTable(let drop):
            change(drop.table) { $0 = nil }
            if !unknownTables.isEmpty { unknownTables[drop.table] = nil }
            forgetUnusedEnumTypes()
        case .renameTable(let old, let newName):
            guard var table = tables[old] else { return }
            change(old) { $0 = nil }
            let renamed = TableName(newName, schema: old.schema)
            table.name = renamed
            for index in table.indexes.indices { table.indexes[index].table = renamed }
            change(renamed) { $0 = table }
            if let unknown = unknownTables.removeValue(forKey: old) { unknownTables[renamed] = unknown }
        case .addColumn(let add):
            change(add.table) { $0?.add(add.column) }
            recordEnumType(of: add.column.type)
        case .dropColumn(let drop):
            change(drop.table) { $0?.dropColumn(drop.column) }
            forgetUnusedEnumTypes()
        case .alterColumn(let alter):
            change(alter.table) { $0?.alter(alter) }
            if let type = alter.type { recordEnumType(of: type) }
            forgetUnusedEnumTypes()
        case .createIndex(let index):
            change(index.table) { $0?.indexes.append(index) }
        case .dropIndex(let drop):
            if let table = drop.table, tables.index(forKey: TableName(table, schema: drop.schema)) != nil {
                change(TableName(table, schema: drop.schema)) { $0?.indexes.removeAll { $0.name.sameScalars(drop.name) } }
                return
            }
            for key in tables(withIndex: drop.name) {
                if let table = drop.table, !key.name.sameScalars(table) { continue }
                change(key) { $0?.indexes.removeAll { $0.name.sameScalars(drop.name) } }
            }
        case .createPrimaryKey(let name, let key):
            change(name) { $0?.primaryKey = key }
        case .createUniqueConstraint(let name, let unique):
            change(name) { $0?.uniques.append(unique) }
        case .createCheckConstraint(let name, let check):
            change(name) { $0?.checks.append(check) }
        case .createForeignKey(let name, let foreignKey):
            change(name) { $0?.foreignKeys.append(foreignKey) }
        case .createExcludeConstraint:
            break
        case .dropConstraint(let drop):
            change(drop.table) { $0?.dropConstraint(drop.name, type: drop.type) }
        case .createTableComment(let name, let comment, _):
            change(name) { $0?.comment = comment }
        case .dropTableComment(let name, _):
            change(name) { $0?.comment = nil }
        case .bulkInsert, .data:
            break
        case .execute(let sql):
            applyRawSQL(sql, at: position)
        case .batch(let batch):
            for inner in batch.operations { apply(inner) }
        case .autocommit(let operations):
            for inner in operations { apply(inner) }
        case .createEnumType:
            // Created by hand, so dropped by hand: not a type the catalog drops with its tables,
            // and, like a raw `CREATE TYPE`, not one `schema` writes.
            rawStatements.append(position)
        case .dropEnumType(let enumType):
            if let name = enumType.name { enumTypes[TableName(name, schema: enumType.schema)] = nil }
        }
    }

    /// `ALTER TABLE t ADD [COLUMN] name TYPE [NOT NULL | NULL]` and `ALTER TABLE t DROP [COLUMN]
    /// [IF EXISTS] name`, the raw DDL revisions write most, are understood; the column's type is
    /// kept as written. Returns false for anything else.
    mutating func applySimpleColumnChange(_ words: [String]) -> Bool {
        let upper = words.map { $0.uppercased() }
        guard upper.count >= 5, upper[0] == "ALTER", upper[1] == "TABLE", !words.joined(separator: " ").contains(",") else { return false }
        let parts = words[2].split(separator: ".").map(String.init)
        let name = parts.count == 2 ? TableName(parts[1], schema: parts[0]) : TableName(parts.last ?? "")
        guard let key = tables.keys.first(where: { $0.name.lowercased() == name.name.lowercased() && $0.schema?.lowercased() == name.schema?.lowercased() }),
              unknownTables[key] == nil else { return false }
        var index = 4
        if upper[index] == "COLUMN" { index += 1 }
        switch upper[3] {
        case "ADD":
            guard index + 1 < words.count, !["CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "IF"].contains(upper[index]) else { return false }
            var rest = Array(upper[(index + 1)...])
            var nullable: Bool?
            if rest.suffix(2) == ["NOT", "NULL"] { nullable = false; rest.removeLast(2) } else if rest.last == "NULL" { nullable = true; rest.removeLast() }
            let typeWords = Array(words[(index + 1)..<(index + 1 + rest.count)])
            guard !typeWords.isEmpty, !rest.contains(where: { ["DEFAULT", "REFERENCES", "PRIMARY", "UNIQUE", "CHECK", "GENERATED", "COLLATE", "CONSTRAINT", "NOT", "NULL"].contains($0) }) else { return false }
            change(key) { $0?.add(Column(name: words[index], type: .named(typeWords.joined(separator: " "), arguments: []), nullable: nullable)) }
            return true
        case "DROP":
            if upper.count > index + 2 && upper[index] == "IF" && upper[index + 1] == "EXISTS" { index += 2 }
            guard index == words.count - 1 else { return false }
            change(key) { $0?.dropColumn(words[index]) }
            return true
        default:
            return false
        }
    }

    mutating func recordEnumType(of type: SQLType) {
        if let created = type.createdEnumType { enumTypes[created.name] = created.type }
    }

    /// Enum types the revisions created that no column uses any more.
    public func unusedEnumTypes() -> [TableName] {
        enumTypes.keys.filter { (enumUses[$0] ?? 0) == 0 }.sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
    }

    mutating func forgetUnusedEnumTypes() {
        guard !enumTypes.isEmpty else { return }
        for name in unusedEnumTypes() { enumTypes[name] = nil }
    }

    /// Raw SQL: data statements change no shape; DDL marks the tables it names as unknown, and
    /// `DROP TYPE` forgets an enum type.
    mutating func applyRawSQL(_ sql: String, at position: SourcePosition) {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == ";" || $0 == "(" })
            .map { $0.trimmingCharacters(in: CharacterSetLike.quotes) }
        guard let first = words.first?.uppercased() else { return }
        if ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "SET", "GRANT", "REVOKE", "COMMENT", "ANALYZE", "VACUUM", "PRAGMA", "BEGIN", "COMMIT"].contains(first) {
            return
        }
        let upper = words.map { $0.uppercased() }
        if first == "DROP", upper.count > 2, upper[1] == "TYPE" {
            var index = 2
            if upper.count > 4 && upper[2] == "IF" && upper[3] == "EXISTS" { index = 4 }
            let parts = words[index].split(separator: ".").map(String.init)
            let name = parts.count == 2 ? TableName(parts[1], schema: parts[0]) : TableName(parts.last ?? "")
            enumTypes[name] = nil
            return
        }
        if first == "CREATE", upper.count > 1, ["SCHEMA", "TYPE", "EXTENSION", "SEQUENCE", "FUNCTION", "DATABASE", "ROLE", "USER", "VIEW", "OR", "TRIGGER"].contains(upper[1]) {
            rawStatements.append(position)
            return
        }
        if first == "DROP", upper.count > 1, ["SCHEMA", "EXTENSION", "SEQUENCE", "FUNCTION", "DATABASE", "ROLE", "USER", "VIEW", "TRIGGER"].contains(upper[1]) {
            rawStatements.append(position)
            return
        }
        let plainWords = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == ";" })
            .map { $0.trimmingCharacters(in: CharacterSetLike.quotes) }
        if applySimpleColumnChange(plainWords) { return }
        // ALTER TABLE x ..., CREATE [UNIQUE] INDEX ... ON x, DROP TABLE x, ...
        var named: [TableName] = []
        for (index, word) in upper.enumerated() where (word == "TABLE" || word == "ON") && index + 1 < words.count {
            var next = index + 1
            while next < upper.count && ["IF", "NOT", "EXISTS", "ONLY"].contains(upper[next]) { next += 1 }
            guard next < words.count else { continue }
            let parts = words[next].split(separator: ".").map(String.init)
            named.append(parts.count == 2 ? TableName(parts[1], schema: parts[0]) : TableName(parts.last ?? ""))
        }
        if named.isEmpty {
            unknownSince = position
        }
        for name in named {
            // A known table name in any case folds to the stored one.
            let key = tables.keys.first { $0.name.lowercased() == name.name.lowercased() && $0.schema?.lowercased() == name.schema?.lowercased() } ?? name
            unknownTables[key] = position
        }
    }
}

import Foundation
