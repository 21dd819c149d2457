// Names and ids compared by Unicode scalars: the equality databases and Python use, not Swift's.

import Foundation

/// Swift's `String ==` and hashing treat canonically equivalent text as equal: NFC `café`
/// (`e` with acute, U+00E9) equals NFD `café` (`e` then U+0301). PostgreSQL, MySQL, SQLite and
/// Python compare code points, for which they are two different names. Revision ids, table,
/// column, index and constraint names are therefore compared with `sameScalars` and kept in
/// dictionaries through `ScalarKey`, so that sqlgen sees two names exactly where the database does.
public struct ScalarKey: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool { lhs.text.sameScalars(rhs.text) }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        hasher.combine(text.utf8.count)
    }

    public var description: String { text }
}

extension String {
    /// Whether the two strings have the same Unicode scalars (equivalently, the same UTF-8):
    /// NFC and NFD spellings of one word are different here, as they are to a database.
    public func sameScalars(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let compared: Bool? = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                // One `memcmp`: names are compared on every catalog lookup, and a byte loop showed.
                guard let left = mine.baseAddress, let right = theirs.baseAddress else { return mine.count == theirs.count }
                return memcmp(left, right, mine.count) == 0
            } ?? nil
        } ?? nil
        return compared ?? utf8.elementsEqual(other.utf8)
    }
}

extension Optional where Wrapped == String {
    /// `sameScalars` for optional names (a schema may be absent): two absent names are the same.
    func sameScalars(_ other: String?) -> Bool {
        switch (self, other) {
        case (nil, nil): true
        case (let mine?, let theirs?): mine.sameScalars(theirs)
        default: false
        }
    }
}

extension Sequence where Element == String {
    /// Whether one of the names has the same Unicode scalars as `name`.
    func containsName(_ name: String) -> Bool { contains { $0.sameScalars(name) } }
}

/// A dictionary keyed by names compared by Unicode scalars, read and written with plain strings.
public struct NameTable<Value>: Sequence {
    var storage: [ScalarKey: Value] = [:]

    public init() {}

    public subscript(name: String) -> Value? {
        get { storage[ScalarKey(name)] }
        set { storage[ScalarKey(name)] = newValue }
    }

    public var keys: [String] { storage.keys.map(\.text) }
    public var count: Int { storage.count }

    mutating func reserveCapacity(_ capacity: Int) { storage.reserveCapacity(capacity) }

    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var base = storage.makeIterator()
        return AnyIterator { base.next().map { (key: $0.key.text, value: $0.value) } }
    }
}

extension NameTable: Sendable where Value: Sendable {}

extension TableName {
    /// By Unicode scalars, as the database compares names (see `ScalarKey`).
    public static func == (lhs: TableName, rhs: TableName) -> Bool {
        lhs.name.sameScalars(rhs.name) && lhs.schema.sameScalars(rhs.schema)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ScalarKey(name))
        hasher.combine(schema.map(ScalarKey.init))
    }
}
