// Index and constraint names that are too long for a dialect: shortened as SQLAlchemy shortens op.f() names, refused when written out.

import Foundation

/// How long a name may be, per dialect, as SQLAlchemy 2.1 and the databases count it.
public struct IdentifierLimits: Sendable, Equatable {
    /// SQLAlchemy's `max_identifier_length`: an explicit index or constraint name longer than
    /// this is refused (its `IdentifierError`).
    public var identifier: Int
    /// SQLAlchemy's `max_index_name_length` / `max_constraint_name_length` (falling back to
    /// `max_identifier_length`): where an `op.f()` or naming-convention name is shortened.
    public var indexName: Int
    public var constraintName: Int
    /// The database's own limit on any name, if it has one, and whether it counts UTF-8 bytes
    /// (PostgreSQL, Oracle) or characters (MySQL, SQL Server).
    public var database: Int?
    public var countsBytes: Bool
    /// PostgreSQL cuts a longer name to the limit (with only a NOTICE); the others refuse it.
    public var databaseCuts: Bool

    public init(identifier: Int, indexName: Int? = nil, constraintName: Int? = nil, database: Int?, countsBytes: Bool = false, databaseCuts: Bool = false) {
        self.identifier = identifier
        self.indexName = indexName ?? identifier
        self.constraintName = constraintName ?? identifier
        self.database = database
        self.countsBytes = countsBytes
        self.databaseCuts = databaseCuts
    }

    /// SQLAlchemy's default dialect (SQLite): 9999, and SQLite has no limit of its own.
    public static let unlimited = IdentifierLimits(identifier: 9999, database: nil)

    /// The length of `name` as the database counts it.
    func databaseLength(_ name: String) -> Int {
        countsBytes ? name.utf8.count : name.unicodeScalars.count
    }
}

enum IdentifierLength {
    /// SQLAlchemy's `_truncate_and_render_maxlen_name` for a name it may shorten: longer than
    /// `limit` characters (Python's `len`, code points), it keeps the first `limit - 8`, then `_`
    /// and the last four hex digits of the MD5 of the whole name's UTF-8.
    static func shortened(_ name: String, limit: Int) -> String {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > limit, limit > 8 else { return name }
        var result = String(String.UnicodeScalarView(scalars[0..<(limit - 8)]))
        result += "_" + String(MD5.hex(Array(name.utf8)).suffix(4))
        return result
    }

    /// The operation with its index and constraint names fitted to `limits`: names given through
    /// `op.f()` (`converted`) and generated ones shortened, explicit ones longer than SQLAlchemy
    /// allows refused, as `alembic upgrade --sql` refuses them.
    static func fitted(_ kind: Operation.Kind, limits: IdentifierLimits, converted: [String]) throws(DialectError) -> Operation.Kind {
        func index(_ name: String) throws(DialectError) -> String { try fit(name, limits.indexName, "index", limits, converted) }
        func constraint(_ name: String?) throws(DialectError) -> String? {
            guard let name else { return nil }
            return try fit(name, limits.constraintName, "constraint", limits, converted)
        }
        switch kind {
        case .createTable(var table):
            // Assigned only when a name changes: a table's arrays are shared with the revision's
            // operation, and writing to them would copy them on every render.
            for position in table.indexes.indices {
                let name = try index(table.indexes[position].name)
                if name != table.indexes[position].name { table.indexes[position].name = name }
            }
            for position in table.constraints.indices {
                switch table.constraints[position] {
                case .primaryKey(var key):
                    let name = try constraint(key.name)
                    if name != key.name { key.name = name; table.constraints[position] = .primaryKey(key) }
                case .unique(var unique):
                    let name = try constraint(unique.name)
                    if name != unique.name { unique.name = name; table.constraints[position] = .unique(unique) }
                case .foreignKey(var key):
                    let name = try constraint(key.name)
                    if name != key.name { key.name = name; table.constraints[position] = .foreignKey(key) }
                case .check(var check):
                    let name = try constraint(check.name)
                    if name != check.name { check.name = name; table.constraints[position] = .check(check) }
                }
            }
            for position in table.columns.indices where !table.columns[position].foreignKeys.isEmpty {
                for reference in table.columns[position].foreignKeys.indices {
                    let name = try constraint(table.columns[position].foreignKeys[reference].name)
                    if name != table.columns[position].foreignKeys[reference].name { table.columns[position].foreignKeys[reference].name = name }
                }
            }
            return .createTable(table)
        case .addColumn(var add):
            for reference in add.column.foreignKeys.indices {
                add.column.foreignKeys[reference].name = try constraint(add.column.foreignKeys[reference].name)
            }
            return .addColumn(add)
        case .createIndex(var created):
            created.name = try index(created.name)
            return .createIndex(created)
        case .dropIndex(var drop):
            drop.name = try index(drop.name)
            return .dropIndex(drop)
        case .createPrimaryKey(let table, var key):
            key.name = try constraint(key.name)
            return .createPrimaryKey(table, key)
        case .createUniqueConstraint(let table, var unique):
            unique.name = try constraint(unique.name)
            return .createUniqueConstraint(table, unique)
        case .createCheckConstraint(let table, var check):
            check.name = try constraint(check.name)
            return .createCheckConstraint(table, check)
        case .createForeignKey(let table, var key):
            key.name = try constraint(key.name)
            return .createForeignKey(table, key)
        case .createExcludeConstraint(let table, var exclude):
            exclude.name = try constraint(exclude.name)
            return .createExcludeConstraint(table, exclude)
        case .dropConstraint(var drop):
            drop.name = try constraint(drop.name) ?? drop.name
            return .dropConstraint(drop)
        case .batch(var batch):
            for position in batch.operations.indices {
                batch.operations[position].kind = try fitted(batch.operations[position].kind, limits: limits, converted: converted + batch.operations[position].convertedNames)
            }
            return .batch(batch)
        case .autocommit(var operations):
            for position in operations.indices {
                operations[position].kind = try fitted(operations[position].kind, limits: limits, converted: converted + operations[position].convertedNames)
            }
            return .autocommit(operations)
        case .dropTable, .renameTable, .dropColumn, .alterColumn, .createTableComment, .dropTableComment, .bulkInsert, .execute, .data,
             .createEnumType, .dropEnumType:
            return kind
        }
    }

    /// The names an operation gives to new things (tables, columns, indexes, constraints), with
    /// what each names, after `fitted`: what the database will be asked to accept.
    static func newNames(in kind: Operation.Kind) -> [(what: String, name: String)] {
        switch kind {
        case .createTable(let table):
            var names = [("table", table.name.name)] + table.columns.map { ("column", $0.name) } + table.indexes.map { ("index", $0.name) }
            for constraint in table.constraints {
                let name: String? = switch constraint {
                case .primaryKey(let key): key.name
                case .unique(let unique): unique.name
                case .foreignKey(let key): key.name
                case .check(let check): check.name
                }
                if let name { names.append(("constraint", name)) }
            }
            for column in table.columns { names += column.foreignKeys.compactMap(\.name).map { ("constraint", $0) } }
            return names
        case .renameTable(_, let newName): return [("table", newName)]
        case .addColumn(let add): return [("column", add.column.name)] + add.column.foreignKeys.compactMap(\.name).map { ("constraint", $0) }
        case .alterColumn(let alter): return alter.newName.map { [("column", $0)] } ?? []
        case .createIndex(let index): return [("index", index.name)]
        case .createPrimaryKey(_, let key): return key.name.map { [("constraint", $0)] } ?? []
        case .createUniqueConstraint(_, let unique): return unique.name.map { [("constraint", $0)] } ?? []
        case .createCheckConstraint(_, let check): return check.name.map { [("constraint", $0)] } ?? []
        case .createForeignKey(_, let key): return key.name.map { [("constraint", $0)] } ?? []
        case .createExcludeConstraint(_, let exclude): return exclude.name.map { [("constraint", $0)] } ?? []
        case .batch(let batch): return batch.operations.flatMap { newNames(in: $0.kind) }
        case .autocommit(let operations): return operations.flatMap { newNames(in: $0.kind) }
        case .createEnumType(let type): return type.name.map { [("type", $0)] } ?? []
        case .dropTable, .dropColumn, .dropIndex, .dropConstraint, .createTableComment, .dropTableComment, .bulkInsert, .execute, .data, .dropEnumType:
            return []
        }
    }

    /// What `check --dialect` reports about an operation's names: each one the database would
    /// cut (PostgreSQL, a warning: two names may then collide) or refuse (an error). Names are
    /// judged as the script writes them, `op.f()` names shortened first.
    static func databaseProblems(of operation: Operation, limits: IdentifierLimits, dialect: String) -> [(DiagnosticMessage, Severity)] {
        guard let limit = limits.database else { return [] }
        // An explicit name SQLAlchemy refuses is reported by rendering; judge it as written.
        let kind = (try? fitted(operation.kind, limits: limits, converted: operation.convertedNames)) ?? operation.kind
        return newNames(in: kind).compactMap { what, name in
            let length = limits.databaseLength(name)
            guard length > limit else { return nil }
            let message = DiagnosticMessage.identifierOverDatabaseLimit(what, name, length: length, limit: limit, bytes: limits.countsBytes,
                                                                        dialect: dialect, cut: limits.databaseCuts)
            return (message, limits.databaseCuts ? .warning : .error)
        }
    }

    static func fit(_ name: String, _ limit: Int, _ what: String, _ limits: IdentifierLimits, _ converted: [String]) throws(DialectError) -> String {
        // Nearly every name fits; it is returned without looking through the op.f() names.
        let length = name.utf8.count <= limit ? name.utf8.count : name.unicodeScalars.count
        guard length > min(limit, limits.identifier) else { return name }
        if converted.containsName(name) { return shortened(name, limit: limit) }
        guard length <= limits.identifier else {
            throw DialectError(.identifierTooLong(what, name, limit: limits.identifier))
        }
        return name
    }
}

/// MD5 (RFC 1321), for SQLAlchemy's name-shortening suffix only; no security rests on it.
enum MD5 {
    static let shifts: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                   5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                                   4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                   6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
    static let constants: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4294967296)) }

    static func hex(_ message: [UInt8]) -> String {
        var bytes = message
        let bitLength = UInt64(message.count) &* 8
        bytes.append(0x80)
        while bytes.count % 64 != 56 { bytes.append(0) }
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var state: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
        for chunk in stride(from: 0, to: bytes.count, by: 64) {
            var words = [UInt32](repeating: 0, count: 16)
            for word in 0..<16 {
                for byte in 0..<4 { words[word] |= UInt32(bytes[chunk + word * 4 + byte]) << UInt32(8 * byte) }
            }
            var (a, b, c, d) = (state[0], state[1], state[2], state[3])
            for step in 0..<64 {
                var f: UInt32
                let g: Int
                switch step {
                case 0..<16: f = (b & c) | (~b & d); g = step
                case 16..<32: f = (d & b) | (~d & c); g = (5 * step + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * step + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * step) % 16
                }
                f = f &+ a &+ constants[step] &+ words[g]
                a = d
                d = c
                c = b
                b = b &+ ((f << shifts[step]) | (f >> (32 - shifts[step])))
            }
            state[0] = state[0] &+ a
            state[1] = state[1] &+ b
            state[2] = state[2] &+ c
            state[3] = state[3] &+ d
        }
        var digest = ""
        for word in state {
            for shift: UInt32 in [0, 8, 16, 24] {
                let byte = UInt8(truncatingIfNeeded: word >> shift)
                digest += (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return digest
    }
}
