// Operations to SQL statements, for any dialect: the shape of each statement, spelled by the dialect.

import Foundation

/// Renders operations as the statements Alembic's offline mode writes for them. Statements come
/// without their terminator; the script writer adds it.
public struct SQLRenderer: Sendable {
    public let dialect: any Dialect

    public init(dialect: any Dialect) {
        self.dialect = dialect
    }

    /// The statements for one operation. Every kind of operation is handled here, with no
    /// default case, so a new kind cannot be forgotten.
    public func render(_ operation: Operation) throws(DiagnosticError) -> [String] {
        do throws(DialectError) {
            switch operation.kind {
            case .createTable(let table):
                return [try createTable(table)]
            case .dropTable(let table):
                return ["DROP TABLE \(dialect.quoteTable(table))"]
            case .addColumn(let table, let column):
                let spec = try columnSpecification(column, autoincrement: column.primaryKey && isAutoincrementCandidate(column, soleKey: true))
                return ["ALTER TABLE \(dialect.quoteTable(table)) ADD COLUMN \(spec)"]
            case .dropColumn(let table, let column):
                return ["ALTER TABLE \(dialect.quoteTable(table)) DROP COLUMN \(dialect.quoteIdentifier(column))"]
            case .createIndex(let index):
                let unique = index.unique ? "UNIQUE " : ""
                return ["CREATE \(unique)INDEX \(dialect.quoteIdentifier(index.name)) ON \(dialect.quoteTable(index.table)) (\(columnList(index.columns)))"]
            case .dropIndex(let name, _, let schema):
                return ["DROP INDEX \(dialect.quoteTable(TableName(name, schema: schema)))"]
            case .createForeignKey(let table, let foreignKey):
                return ["ALTER TABLE \(dialect.quoteTable(table)) ADD \(foreignKeyClause(foreignKey))"]
            case .dropConstraint(let name, let table, _):
                return ["ALTER TABLE \(dialect.quoteTable(table)) DROP CONSTRAINT \(dialect.quoteIdentifier(name))"]
            case .execute(let sql):
                return [sql]
            }
        } catch {
            throw DiagnosticError(.cannotRender(operation.functionName, dialect: dialect.name, reason: error.message.text), at: operation.position)
        }
    }

    // MARK: Tables

    /// `CREATE TABLE name (columns, constraints)`: the primary key first, then the table's own
    /// constraints in the order written, then those declared on columns, column by column.
    public func createTable(_ table: Table) throws(DialectError) -> String {
        let primaryKey = primaryKeyColumns(of: table)
        let autoincrement = autoincrementColumn(of: table, primaryKey: primaryKey)
        var lines: [String] = []
        for column in table.columns {
            var column = column
            if column.nullable == nil && primaryKey.columns.contains(column.name) { column.nullable = false }
            lines.append(try columnSpecification(column, autoincrement: column.name == autoincrement))
        }
        if !primaryKey.columns.isEmpty {
            // The autoincrement column leads the key, as SQLAlchemy writes it.
            var keyColumns = primaryKey.columns
            if let autoincrement, let position = keyColumns.firstIndex(of: autoincrement) {
                keyColumns.remove(at: position)
                keyColumns.insert(autoincrement, at: 0)
            }
            lines.append(constraintPrefix(primaryKey.name) + "PRIMARY KEY (\(columnList(keyColumns)))")
        }
        for constraint in table.constraints {
            switch constraint {
            case .primaryKey:
                continue
            case .unique(let unique):
                lines.append(constraintPrefix(unique.name) + "UNIQUE (\(columnList(unique.columns)))")
            case .foreignKey(let foreignKey):
                lines.append(foreignKeyClause(foreignKey))
            }
        }
        for column in table.columns {
            if column.unique {
                lines.append("UNIQUE (\(dialect.quoteIdentifier(column.name)))")
            }
            for reference in column.foreignKeys {
                lines.append(foreignKeyClause(inlineForeignKey(reference, on: column)))
            }
        }
        return "CREATE TABLE \(dialect.quoteTable(table.name)) (\n    " + lines.joined(separator: ", \n    ") + "\n)"
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

    func isAutoincrementCandidate(_ column: Column, soleKey: Bool) -> Bool {
        guard dialect.serialType(for: column.type) != nil, column.serverDefault == nil else { return false }
        switch column.autoincrement {
        case .always: return true
        case .never: return false
        case .auto: return soleKey && column.foreignKeys.isEmpty
        }
    }

    /// `name TYPE [DEFAULT x] [NOT NULL]`.
    func columnSpecification(_ column: Column, autoincrement: Bool) throws(DialectError) -> String {
        var spec = dialect.quoteIdentifier(column.name) + " "
        if autoincrement, let serial = dialect.serialType(for: column.type) {
            spec += serial
        } else {
            spec += try dialect.typeName(column.type)
        }
        if let serverDefault = column.serverDefault {
            spec += " DEFAULT " + expression(serverDefault)
        }
        let nullable = column.nullable ?? !column.primaryKey
        if !nullable {
            spec += " NOT NULL"
        }
        return spec
    }

    func expression(_ expression: SQLExpression) -> String {
        switch expression {
        case .string(let value): dialect.stringLiteral(value)
        case .text(let sql): sql
        case .integer(let value): String(value)
        case .function(let name, let arguments): name + "(" + arguments.map(self.expression).joined(separator: ", ") + ")"
        }
    }

    // MARK: Constraints

    func constraintPrefix(_ name: String?) -> String {
        name.map { "CONSTRAINT \(dialect.quoteIdentifier($0)) " } ?? ""
    }

    func columnList(_ columns: [String]) -> String {
        columns.map(dialect.quoteIdentifier).joined(separator: ", ")
    }

    /// `sa.ForeignKey('schema.table.column')` on a column, as the constraint it stands for.
    func inlineForeignKey(_ reference: ForeignKeyReference, on column: Column) -> ForeignKeyConstraint {
        let parts = reference.target.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let table = parts.count == 3 ? TableName(parts[1], schema: parts[0]) : TableName(parts.first ?? "")
        return ForeignKeyConstraint(name: reference.name, columns: [column.name], referredTable: table,
                                    referredColumns: [parts.last ?? ""], actions: reference.actions)
    }

    /// `[CONSTRAINT name] FOREIGN KEY(cols) REFERENCES table (cols) [MATCH] [ON DELETE] [ON UPDATE] [DEFERRABLE] [INITIALLY]`.
    func foreignKeyClause(_ foreignKey: ForeignKeyConstraint) -> String {
        var clause = constraintPrefix(foreignKey.name)
        clause += "FOREIGN KEY(\(columnList(foreignKey.columns))) REFERENCES \(dialect.quoteTable(foreignKey.referredTable)) (\(columnList(foreignKey.referredColumns)))"
        let actions = foreignKey.actions
        if let match = actions.match { clause += " MATCH \(match)" }
        if let onDelete = actions.onDelete { clause += " ON DELETE \(onDelete)" }
        if let onUpdate = actions.onUpdate { clause += " ON UPDATE \(onUpdate)" }
        if let deferrable = actions.deferrable { clause += deferrable ? " DEFERRABLE" : " NOT DEFERRABLE" }
        if let initially = actions.initially { clause += " INITIALLY \(initially)" }
        return clause
    }
}
