// A dialect type's arguments and option values, read the same way by every dialect.

/// A dialect type's arguments (`mysql.DATETIME(fsp=6)`, `mssql.VARCHAR(50)`), by position or by
/// keyword as the revision wrote them, read as SQLAlchemy's constructor would: a keyword wins.
struct VendorArguments {
    let positional: [OptionValue]
    let keywords: [String: OptionValue]

    init(_ positional: [OptionValue], _ keywords: [String: OptionValue]) {
        self.positional = positional
        self.keywords = keywords
    }

    func value(_ keyword: String?, at index: Int?) -> OptionValue? {
        if let keyword, let value = keywords[keyword] { return value }
        if let index, index < positional.count { return positional[index] }
        return nil
    }

    func int(_ keyword: String, at index: Int?) throws(DialectError) -> Int? {
        switch value(keyword, at: index) {
        case nil, .none?: return nil
        case .int(let number)?: return number
        case let other?: throw DialectError(.dialectOptionValue(keyword, expected: "an integer", found: other.pythonDescription))
        }
    }

    func bool(_ keyword: String, at index: Int?) throws(DialectError) -> Bool? {
        switch value(keyword, at: index) {
        case nil, .none?: return nil
        case .bool(let flag)?: return flag
        case let other?: throw DialectError(.dialectOptionValue(keyword, expected: "True or False", found: other.pythonDescription))
        }
    }

    func string(_ keyword: String, at index: Int?) throws(DialectError) -> String? {
        switch value(keyword, at: index) {
        case nil, .none?: return nil
        case .string(let text)?: return text
        case let other?: throw DialectError(.dialectOptionValue(keyword, expected: "a string", found: other.pythonDescription))
        }
    }

    /// A length: a number, or `'max'`.
    func length(at index: Int) throws(DialectError) -> String? {
        switch value("length", at: index) {
        case nil, .none?: return nil
        case .int(let number)?: return String(number)
        case .string(let text)? where text.lowercased() == "max": return text
        case let other?: throw DialectError(.dialectOptionValue("length", expected: "an integer or 'max'", found: other.pythonDescription))
        }
    }

    /// Whether the keyword is given as True (`unsigned=True`).
    func flag(_ keyword: String) -> Bool { keywords[keyword] == .bool(true) }
}

extension OptionValue {
    /// Python truthiness of an option's value.
    static func isTruthy(_ value: OptionValue?) -> Bool {
        switch value {
        case nil, .none?, .bool(false)?, .int(0)?: false
        case .float(let number)?: number != 0
        case .string(let text)?, .sql(let text)?: !text.isEmpty
        case .list(let items)?: !items.isEmpty
        case .dict(let pairs)?: !pairs.isEmpty
        default: true
        }
    }
}
