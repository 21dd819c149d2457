// Column types, dialect-neutral: what the revision asked for, not how a dialect spells it.

public indirect enum SQLType: Sendable, Equatable {
    case integer
    case smallInteger
    case bigInteger
    /// `sa.String(50)`, `sa.VARCHAR(50)`; `national` for `sa.Unicode`/`NVARCHAR` where a dialect
    /// distinguishes them.
    case string(length: Int?, collation: String?)
    case unicode(length: Int?, collation: String?)
    case text(length: Int?, collation: String?)
    case unicodeText(length: Int?, collation: String?)
    case boolean
    case date
    /// `sa.DateTime`.
    case dateTime(timezone: Bool)
    /// `sa.TIMESTAMP`: the same as DateTime on PostgreSQL, a type of its own on MySQL.
    case timestamp(timezone: Bool)
    case time(timezone: Bool)
    case numeric(precision: Int?, scale: Int?)
    case float(precision: Int?)
    case double
    case largeBinary(length: Int?)
    case json
    case uuid
    case interval
    case enumeration(EnumType)
    /// `sa.ARRAY(sa.Integer)`, `postgresql.ARRAY(...)`.
    case array(SQLType, dimensions: Int?)
    /// A type given by its SQL name (`sa.CHAR(3)`, `sa.REAL`), rendered as written with its arguments.
    case named(String, arguments: [Int])
    /// A dialect's own type (`postgresql.JSONB`, `mysql.LONGTEXT`, `mysql.DATETIME(fsp=6)`), by
    /// dialect module and class name, with its arguments.
    case vendor(dialect: String, name: String, arguments: [OptionValue], keywords: [String: OptionValue])
    /// A type that some dialects render as another (SQLAlchemy's `with_variant`, and outside types
    /// whose `load_dialect_impl` picks per dialect): `base` everywhere but the dialects named,
    /// by command-line name. Dialects render `resolved(for:)`.
    case variant(SQLType, byDialect: [String: SQLType])
}

extension SQLType {
    /// The type a dialect renders: a variant's own type for that dialect, else its base.
    public func resolved(for dialect: String) -> SQLType {
        guard case .variant(let base, let byDialect) = self else { return self }
        return byDialect[dialect] ?? base.resolved(for: dialect)
    }

    /// A string type without a length, with the given lengths on those dialects; any other type unchanged.
    func withDialectLengths(_ lengths: [String: Int]) -> SQLType {
        guard !lengths.isEmpty else { return self }
        let byLength: (Int) -> SQLType? = { length in
            switch self {
            case .string(nil, let collation): .string(length: length, collation: collation)
            case .unicode(nil, let collation): .unicode(length: length, collation: collation)
            default: nil
            }
        }
        var byDialect: [String: SQLType] = [:]
        for (dialect, length) in lengths {
            if let type = byLength(length) { byDialect[dialect] = type }
        }
        return byDialect.isEmpty ? self : .variant(self, byDialect: byDialect)
    }
}

/// `sa.Enum('a', 'b', name='status')`.
public struct EnumType: Sendable, Equatable {
    public var name: String?
    public var values: [String]
    /// False for `native_enum=False`: a VARCHAR with a CHECK constraint where Alembic makes one.
    public var native: Bool
    /// False for `create_type=False` (PostgreSQL): the type already exists.
    public var createType: Bool
    public var length: Int?
    public var schema: String?
    /// `create_constraint=True`: the CHECK constraint for non-native enums.
    public var createConstraint: Bool

    public init(name: String?, values: [String], native: Bool = true, createType: Bool = true, length: Int? = nil,
                schema: String? = nil, createConstraint: Bool = false) {
        self.name = name
        self.values = values
        self.native = native
        self.createType = createType
        self.length = length
        self.schema = schema
        self.createConstraint = createConstraint
    }

    /// The VARCHAR length of a non-native enum as SQLAlchemy gives it: `length=`, else the longest
    /// value counted as Python's `len` counts (code points, not characters); nil with neither.
    public var varcharLength: Int? {
        length ?? values.map(\.unicodeScalars.count).max()
    }
}

/// Short, stable descriptions of types, for nested dialect-type arguments and `sqlgen parse`.
enum SQLTypeDescription {
    static func describe(_ type: SQLType) -> String {
        switch type {
        case .integer: "Integer"
        case .smallInteger: "SmallInteger"
        case .bigInteger: "BigInteger"
        case .string(let length, _): "String" + arguments(length)
        case .unicode(let length, _): "Unicode" + arguments(length)
        case .text(let length, _): "Text" + arguments(length)
        case .unicodeText(let length, _): "UnicodeText" + arguments(length)
        case .boolean: "Boolean"
        case .date: "Date"
        case .dateTime(let timezone): "DateTime" + (timezone ? "(timezone=True)" : "")
        case .timestamp(let timezone): "TIMESTAMP" + (timezone ? "(timezone=True)" : "")
        case .time(let timezone): "Time" + (timezone ? "(timezone=True)" : "")
        case .numeric(let precision, let scale): "Numeric" + arguments(precision, scale)
        case .float(let precision): "Float" + arguments(precision)
        case .double: "Double"
        case .largeBinary(let length): "LargeBinary" + arguments(length)
        case .json: "JSON"
        case .uuid: "Uuid"
        case .interval: "Interval"
        case .enumeration(let enumType): "Enum(" + enumType.values.map { "'\($0)'" }.joined(separator: ", ") + (enumType.name.map { ", name='\($0)'" } ?? "") + ")"
        case .array(let item, _): "ARRAY(\(describe(item)))"
        case .named(let name, let values): name + (values.isEmpty ? "" : "(" + values.map(String.init).joined(separator: ", ") + ")")
        case .vendor(let dialect, let name, _, _): "\(dialect).\(name)"
        case .variant(let base, _): describe(base)
        }
    }

    static func arguments(_ values: Int?...) -> String {
        let present = values.compactMap { $0 }
        return present.isEmpty ? "" : "(" + present.map(String.init).joined(separator: ", ") + ")"
    }
}
