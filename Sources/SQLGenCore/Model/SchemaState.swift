// The schema at a point in the plan, as rendering and checking see it: each table's shape, and
// what is not known. The catalog (Catalog/) keeps it by replaying operations; dialects ask
// through `SchemaState` and never name the catalog.

import Foundation

/// What the schema holds before an operation. `Catalog` is the one implementation; a dialect
/// sees only this, so how SQL is spelled does not depend on how the schema is tracked.
public protocol SchemaState: Sendable {
    /// The table's shape, if the revisions created it (in any case of the name).
    func table(_ name: TableName) -> CatalogTable?
    /// Where raw SQL or an unreadable revision may have changed the table, if one did.
    func unknownReason(_ name: TableName) -> SourcePosition?
    /// The revision that could not be read at `position`, when that is why a shape is unknown.
    func unreadableRevision(at position: SourcePosition) -> String?
    /// Whether any revision before this point could not be read.
    var hasUnreadableRevisions: Bool { get }
    /// The native enum types the revisions created and the schema still has, by name.
    var enumTypes: [TableName: EnumType] { get }
    /// The schema after `operation`.
    mutating func apply(_ operation: Operation)
    /// The schema after an operation of this kind written at `position`.
    mutating func apply(_ kind: Operation.Kind, at position: SourcePosition)
}

/// Quote characters stripped from identifiers found in raw SQL.
enum CharacterSetLike {
    static let quotes = Foundation.CharacterSet(charactersIn: "\"`[]'")
}

/// One table in the catalog, with every constraint and index in table form.
public struct CatalogTable: Sendable, Equatable {
    public var name: TableName
    public var columns: [Column]
    public var primaryKey: PrimaryKeyConstraint?
    public var uniques: [UniqueConstraint]
    public var checks: [CheckConstraint]
    public var foreignKeys: [ForeignKeyConstraint]
    public var indexes: [Index]
    public var comment: String?
    /// CREATE TABLE options (`mysql_engine`, ...), kept so a rebuild writes them again.
    public var options: DialectOptions
    /// When the table was created, relative to the others.
    var creation = 0

    /// The table as `create_table` made it: column flags become table constraints.
    init(_ table: Table) {
        name = table.name
        columns = table.columns
        var key: PrimaryKeyConstraint?
        uniques = []
        checks = []
        foreignKeys = []
        indexes = table.indexes
        comment = table.comment
        options = table.options
        for constraint in table.constraints {
            switch constraint {
            case .primaryKey(let primary): key = primary
            case .unique(let unique): uniques.append(unique)
            case .check(let check): checks.append(check)
            case .foreignKey(let foreignKey): foreignKeys.append(foreignKey)
            }
        }
        let flagged = table.columns.filter(\.primaryKey).map(\.name)
        primaryKey = key ?? (flagged.isEmpty ? nil : PrimaryKeyConstraint(columns: flagged))
        for column in table.columns { absorbColumnConstraints(column) }
    }

    /// A column's own constraints (`unique=True`, `sa.ForeignKey`, `index=True`) as table entries.
    mutating func absorbColumnConstraints(_ column: Column) {
        if column.index {
            indexes.append(Index(name: Index.conventionName(table: name, column: column.name), table: name, columns: [column.name], unique: column.unique))
        } else if column.unique {
            uniques.append(UniqueConstraint(columns: [column.name]))
        }
        for reference in column.foreignKeys { foreignKeys.append(reference.constraint(on: column.name)) }
    }

    /// By Unicode scalars, as the database finds columns (see `ScalarKey`).
    public func column(_ name: String) -> Column? {
        columns.first { $0.name.sameScalars(name) }
    }

    mutating func add(_ column: Column) {
        // The columns usually still share their storage with the `create_table` operation, and
        // appending would copy them into room for twice as many: megabytes over ten thousand
        // tables. Reserving makes the copy (if one is needed) hold one more column and an eighth
        // to spare; storage of this table's own with room left is kept as it is.
        columns.reserveCapacity(columns.count + 1 + columns.count / 8)
        columns.append(column)
        if column.primaryKey {
            primaryKey = PrimaryKeyConstraint(name: primaryKey?.name, columns: (primaryKey?.columns ?? []) + [column.name])
        }
        absorbColumnConstraints(column)
    }

    /// Dropping a column drops the indexes and constraints that use it, as databases do.
    mutating func dropColumn(_ column: String) {
        columns.removeAll { $0.name.sameScalars(column) }
        if primaryKey?.columns.containsName(column) == true { primaryKey = nil }
        uniques.removeAll { $0.columns.containsName(column) }
        foreignKeys.removeAll { $0.columns.containsName(column) }
        indexes.removeAll { index in
            index.elements.contains { element in if case .column(let name) = element { name.sameScalars(column) } else { false } }
        }
    }

    mutating func alter(_ alter: AlterColumn) {
        guard let position = columns.firstIndex(where: { $0.name.sameScalars(alter.column) }) else { return }
        var column = columns[position]
        if let type = alter.type { column.type = type }
        if let nullable = alter.nullable { column.nullable = nullable }
        switch alter.serverDefault {
        case .unchanged: break
        case .set(let expression): column.serverDefault = expression
        case .drop: column.serverDefault = nil
        }
        switch alter.comment {
        case .unchanged: break
        case .set(let comment): column.comment = comment
        case .drop: column.comment = nil
        }
        if let newName = alter.newName {
            let old = column.name
            column.name = newName
            func rename(_ names: [String]) -> [String] { names.map { $0.sameScalars(old) ? newName : $0 } }
            if let key = primaryKey { primaryKey = PrimaryKeyConstraint(name: key.name, columns: rename(key.columns)) }
            for index in uniques.indices { uniques[index].columns = rename(uniques[index].columns) }
            for index in foreignKeys.indices { foreignKeys[index].columns = rename(foreignKeys[index].columns) }
            for index in indexes.indices {
                indexes[index].elements = indexes[index].elements.map { element in
                    if case .column(let name) = element, name.sameScalars(old) { return .column(newName) }
                    return element
                }
            }
        }
        columns[position] = column
    }

    /// Drops a named constraint; `type` narrows the search when given.
    mutating func dropConstraint(_ constraintName: String, type: ConstraintType?) {
        // Names by Unicode scalars (see `ScalarKey`).
        if type == nil || type == .primary, primaryKey?.name.sameScalars(constraintName) == true { primaryKey = nil }
        if type == nil || type == .unique {
            uniques.removeAll { $0.name.sameScalars(constraintName) }
            // A unique "constraint" may have been made as a unique index.
            indexes.removeAll { $0.name.sameScalars(constraintName) && $0.unique }
        }
        if type == nil || type == .check { checks.removeAll { $0.name.sameScalars(constraintName) } }
        if type == nil || type == .foreignKey { foreignKeys.removeAll { $0.name.sameScalars(constraintName) } }
    }

    /// The table as a `create_table` would write it now: columns without their own constraint
    /// flags, every constraint in table form. Index creation is separate (`indexes`).
    public var asTable: Table {
        var plainColumns = columns
        for index in plainColumns.indices {
            plainColumns[index].unique = false
            plainColumns[index].index = false
            plainColumns[index].foreignKeys = []
            plainColumns[index].primaryKey = primaryKey?.columns.containsName(plainColumns[index].name) ?? false
        }
        var constraints: [Constraint] = []
        if let primaryKey { constraints.append(.primaryKey(primaryKey)) }
        constraints += uniques.map(Constraint.unique)
        constraints += checks.map(Constraint.check)
        constraints += foreignKeys.map(Constraint.foreignKey)
        return Table(name: name, columns: plainColumns, constraints: constraints, comment: comment, options: options)
    }
}

extension SQLType {
    /// The native enum type this column type (or the element type of this array) creates, if
    /// any, by schema-qualified name. A switch on the case, so a column of any other type costs a
    /// test and no copy: the catalog asks this of every column a change touches.
    var createdEnumType: (name: TableName, type: EnumType)? {
        switch self {
        case .enumeration(let enumType):
            guard enumType.native, enumType.createType, let name = enumType.name else { return nil }
            return (TableName(name, schema: enumType.schema), enumType)
        case .array(let item, _):
            return item.createdEnumType
        default:
            return nil
        }
    }
}
