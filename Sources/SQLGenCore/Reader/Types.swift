// Column types by name: SQLAlchemy's generic and upper-case types, dialect types, and mapped outside types.

extension Evaluator {
    /// Generic and SQL-standard types, with their positional parameters in order.
    static let genericTypes: [String: [String]] = [
        "Integer": [], "INTEGER": [], "INT": [], "SmallInteger": [], "SMALLINT": [], "BigInteger": [], "BIGINT": [],
        "String": ["length", "collation"], "VARCHAR": ["length", "collation"], "CHAR": ["length", "collation"],
        "Unicode": ["length", "collation"], "NVARCHAR": ["length", "collation"], "NCHAR": ["length", "collation"],
        "Text": ["length", "collation"], "TEXT": ["length", "collation"], "CLOB": ["length", "collation"],
        "UnicodeText": ["length", "collation"],
        "Boolean": ["create_constraint", "name"], "BOOLEAN": ["create_constraint", "name"],
        "Date": [], "DATE": [], "DateTime": ["timezone"], "DATETIME": ["timezone"], "TIMESTAMP": ["timezone"],
        "Time": ["timezone"], "TIME": ["timezone"],
        "Numeric": ["precision", "scale", "decimal_return_scale", "asdecimal"], "NUMERIC": ["precision", "scale", "decimal_return_scale", "asdecimal"],
        "DECIMAL": ["precision", "scale", "decimal_return_scale", "asdecimal"],
        "Float": ["precision", "asdecimal", "decimal_return_scale"], "FLOAT": ["precision", "asdecimal", "decimal_return_scale"],
        "REAL": ["precision", "asdecimal", "decimal_return_scale"], "Double": ["precision", "asdecimal", "decimal_return_scale"],
        "DOUBLE": ["precision", "asdecimal", "decimal_return_scale"], "DOUBLE_PRECISION": ["precision", "asdecimal", "decimal_return_scale"],
        "LargeBinary": ["length"], "BLOB": ["length"], "BINARY": ["length"], "VARBINARY": ["length"],
        "JSON": ["none_as_null"], "Uuid": ["as_uuid", "native_uuid"], "UUID": ["as_uuid"],
        "Interval": ["native", "second_precision", "day_precision"], "Enum": [],
        "PickleType": ["protocol", "pickler", "comparator"], "ARRAY": ["item_type", "as_tuple", "dimensions", "zero_indexes"],
    ]

    /// The generic types by canonical name (`sqlalchemy.Integer`): the short name and signature,
    /// found without cutting the prefix off the name first.
    static let qualifiedGenericTypes: [String: (shortName: String, signature: Signature)] =
        Dictionary(uniqueKeysWithValues: genericTypeSignatures.map { ("sqlalchemy." + $0.key, ($0.key, $0.value)) })

    /// The signature of each generic type, made once.
    static let genericTypeSignatures: [String: Signature] = Dictionary(uniqueKeysWithValues: genericTypes.map { name, parameters in
        (name, Signature(name: "sa." + name, positional: parameters, required: 0, variadic: name == "Enum",
                         keywordOnly: typeKeywords.filter { !parameters.contains($0) }))
    })

    static let typeKeywords = ["length", "collation", "timezone", "precision", "scale", "asdecimal", "decimal_return_scale",
                               "as_uuid", "native_uuid", "none_as_null", "native", "second_precision", "day_precision",
                               "create_constraint", "name", "native_enum", "create_type", "schema", "values_callable",
                               "validate_strings", "inherit_schema", "metadata", "omit_aliases", "sort_key_function",
                               "item_type", "as_tuple", "dimensions", "zero_indexes", "astext_type", "_expect_unicode",
                               "quote", "_create_events", "_adapted_from", "protocol", "pickler", "comparator", "impl"]

    /// A type by canonical name, or nil when the name is not a type.
    mutating func makeType(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> SQLType? {
        if applicationSources != nil, !name.hasPrefix("sqlalchemy."), TypeMappings.builtIn[name] == nil {
            return try applicationType(name, arguments, at: offset)
        }
        if let mapped = typeMappings[name] {
            return try mappedType(mapped, arguments, at: offset)
        }
        if name.hasPrefix("sqlalchemy.dialects.") {
            return try makeDialectType(name, arguments, at: offset)
        }
        guard name.hasPrefix("sqlalchemy.") else { return nil }
        let shortName = name.removingPrefix("sqlalchemy.")
        guard let signature = Evaluator.genericTypeSignatures[shortName] else { return nil }
        let bound = try bind(arguments, to: signature, callOffset: offset)
        return try genericType(shortName, bound)
    }

    mutating func genericType(_ shortName: String, _ bound: BoundArguments) throws(EvaluationError) -> SQLType? {
        let length = try bound.int("length")
        let collation = try bound.string("collation")
        let timezone = try bound.bool("timezone") ?? false
        let precision = try bound.int("precision")
        switch shortName {
        case "Integer", "INTEGER", "INT": return .integer
        case "SmallInteger", "SMALLINT": return .smallInteger
        case "BigInteger", "BIGINT": return .bigInteger
        case "String", "VARCHAR": return .string(length: length, collation: collation)
        case "Unicode", "NVARCHAR": return .unicode(length: length, collation: collation)
        case "CHAR", "NCHAR": return .named(shortName, arguments: length.map { [$0] } ?? [])
        case "Text", "TEXT": return .text(length: length, collation: collation)
        case "CLOB": return .named("CLOB", arguments: [])
        case "UnicodeText": return .unicodeText(length: length, collation: collation)
        case "Boolean", "BOOLEAN": return .boolean
        case "Date", "DATE": return .date
        case "DateTime", "DATETIME": return .dateTime(timezone: timezone)
        case "TIMESTAMP": return .timestamp(timezone: timezone)
        case "Time", "TIME": return .time(timezone: timezone)
        case "Numeric", "NUMERIC": return .numeric(precision: precision, scale: try bound.int("scale"))
        case "DECIMAL": return .named("DECIMAL", arguments: [precision, try bound.int("scale")].compactMap { $0 })
        case "Float", "FLOAT": return .float(precision: precision)
        case "REAL": return .named("REAL", arguments: [])
        case "Double", "DOUBLE", "DOUBLE_PRECISION": return .double
        case "LargeBinary", "BLOB": return .largeBinary(length: length)
        case "BINARY", "VARBINARY": return .named(shortName, arguments: length.map { [$0] } ?? [])
        case "JSON": return .json
        case "Uuid", "UUID": return .uuid
        case "Interval": return .interval
        // Pickled in Python, stored as the bytes of `LargeBinary` (its `impl`).
        case "PickleType": return .largeBinary(length: nil)
        case "Enum": return .enumeration(try enumType(bound))
        case "ARRAY":
            guard let item = bound["item_type"] else {
                throw EvaluationError(.missingArgument("item_type", function: bound.signature.name), at: bound.callOffset)
            }
            return .array(try columnType(item, at: bound.offset(of: "item_type")), dimensions: try bound.int("dimensions"))
        default: return nil
        }
    }

    /// `sa.Enum('a', 'b', name='status', native_enum=False)`, `postgresql.ENUM(..., create_type=False)`.
    func enumType(_ bound: BoundArguments) throws(EvaluationError) -> EnumType {
        if bound["values_callable"] != nil {
            throw EvaluationError(.applicationCall("values_callable"), at: bound.offset(of: "values_callable"))
        }
        var values: [String] = []
        for (value, offset) in bound.extra {
            switch try resolved(value) {
            case .string(let text): values.append(text)
            case .list(let items), .tuple(let items):
                for item in items {
                    guard case .string(let text) = item else { throw EvaluationError(.expectedValue("enum values as strings", found: item), at: offset) }
                    values.append(text)
                }
            case .symbol(let name):
                throw EvaluationError(.enumFromPythonClass(name), at: offset)
            case let other:
                throw EvaluationError(.expectedValue("enum values as strings", found: other), at: offset)
            }
        }
        return EnumType(name: try bound.string("name"), values: values, native: try bound.bool("native_enum") ?? true,
                        createType: try bound.bool("create_type") ?? true, length: try bound.int("length"),
                        schema: try bound.string("schema"), createConstraint: try bound.bool("create_constraint") ?? false)
    }

    /// `postgresql.JSONB`, `mysql.DATETIME(fsp=6)`: generic where the dialect type is the generic
    /// one under another module, the dialect's own type otherwise.
    mutating func makeDialectType(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> SQLType? {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 4 else { return nil }
        let dialect = parts[2]
        let typeName = parts[parts.count - 1]
        guard ["postgresql", "mysql", "sqlite", "mssql", "oracle"].contains(dialect), typeName.first?.isUppercase == true else { return nil }
        switch (dialect, typeName) {
        case ("postgresql", "ENUM"), ("mysql", "ENUM"):
            let bound = try bind(arguments, to: Signature(name: "\(dialect).\(typeName)", positional: [], required: 0, variadic: true,
                                                          keywordOnly: Evaluator.typeKeywords + ["charset", "collation"]), callOffset: offset)
            return .enumeration(try enumType(bound))
        case ("postgresql", "ARRAY"):
            return try makeType("sqlalchemy.ARRAY", arguments, at: offset)
        case ("postgresql", "INTERVAL"):
            let bound = try bind(arguments, to: Signature(name: "postgresql.INTERVAL", positional: ["precision", "fields"], required: 0), callOffset: offset)
            if bound["precision"] != nil || bound["fields"] != nil {
                return .vendor(dialect: dialect, name: typeName, arguments: [],
                               keywords: ["precision": try optionValue(bound["precision"] ?? .none, at: offset), "fields": try optionValue(bound["fields"] ?? .none, at: offset)])
            }
            return .interval
        case ("mysql", "INTEGER") where !arguments.isEmpty, ("mysql", "BIGINT") where !arguments.isEmpty,
             ("mysql", "SMALLINT") where !arguments.isEmpty:
            // `mysql.INTEGER(display_width=11, unsigned=True)`: MySQL's own type, not the generic one.
            return try vendorType(dialect, typeName, arguments)
        case ("postgresql", "UUID"), ("postgresql", "JSON"), ("postgresql", "DOUBLE_PRECISION"),
             ("postgresql", "INTEGER"), ("postgresql", "BIGINT"), ("postgresql", "SMALLINT"), ("postgresql", "VARCHAR"),
             ("postgresql", "TEXT"), ("postgresql", "BOOLEAN"), ("postgresql", "DATE"), ("postgresql", "NUMERIC"),
             ("postgresql", "FLOAT"), ("postgresql", "REAL"), ("postgresql", "CHAR"),
             ("mysql", "INTEGER"), ("mysql", "BIGINT"), ("mysql", "SMALLINT"), ("mysql", "DATE"), ("mysql", "JSON"),
             ("mysql", "BOOLEAN"), ("sqlite", "INTEGER"), ("sqlite", "TEXT"), ("sqlite", "JSON"), ("sqlite", "BOOLEAN"),
             ("sqlite", "DATE"), ("sqlite", "DATETIME"), ("sqlite", "VARCHAR"):
            return try makeType("sqlalchemy." + typeName, arguments.filter { $0.label != .keyword("astext_type") }, at: offset)
        case ("postgresql", "TIMESTAMP"), ("postgresql", "TIME"):
            let bound = try bind(arguments, to: Signature(name: "postgresql.\(typeName)", positional: ["timezone", "precision"], required: 0), callOffset: offset)
            let timezone = try bound.bool("timezone") ?? false
            if let precision = try bound.int("precision") {
                return .vendor(dialect: dialect, name: typeName, arguments: [], keywords: ["timezone": .bool(timezone), "precision": .int(precision)])
            }
            return typeName == "TIME" ? .time(timezone: timezone) : .timestamp(timezone: timezone)
        default:
            return try vendorType(dialect, typeName, arguments)
        }
    }

    /// A dialect's own type with its arguments as written, for the dialect's renderer.
    mutating func vendorType(_ dialect: String, _ typeName: String, _ arguments: [Argument]) throws(EvaluationError) -> SQLType {
            var positional: [OptionValue] = []
            var keywords: [String: OptionValue] = [:]
            for argument in arguments {
                let value = try evaluate(argument.value)
                switch argument.label {
                case .positional:
                    if case .type(let item) = try resolved(value) {
                        positional.append(.string(SQLTypeDescription.describe(item)))
                    } else {
                        positional.append(try optionValue(value, at: argument.value.offset))
                    }
                case .keyword(let key):
                    if key == "astext_type" { continue }
                    keywords[key] = try optionValue(value, at: argument.value.offset)
                case .unpackedSequence, .unpackedMapping:
                    throw EvaluationError(.unsupportedExpression("'*' arguments to a dialect type"), at: argument.offset)
                }
            }
            return .vendor(dialect: dialect, name: typeName, arguments: positional, keywords: keywords)
    }

    /// A type from outside SQLAlchemy, mapped in the project's type file or built in.
    mutating func mappedType(_ mapping: TypeMapping, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> SQLType? {
        switch mapping {
        case .fixed(let type):
            // The mapping gives the whole type; the revision's arguments are checked as Python would see them, then ignored.
            _ = try evaluateAll(arguments.map(\.value))
            return type
        case .passArguments(let target, let lengthsWhenUnset):
            guard let type = try makeType(target, arguments, at: offset) else { return nil }
            return type.withDialectLengths(lengthsWhenUnset)
        }
    }
}

/// How an outside type name maps to a SQLAlchemy type: a complete type, or a type class whose
/// arguments the revision's call supplies (`AutoString(length=50)` as `sa.String(length=50)`).
/// `lengthsWhenUnset` is what the library's own type does per dialect when no length is given
/// (sqlmodel's AutoString is `VARCHAR(255)` on MySQL, which has no VARCHAR without a length).
enum TypeMapping: Sendable {
    case fixed(SQLType)
    case passArguments(String, lengthsWhenUnset: [String: Int] = [:])
}
