// Python's own value operations revision files use: f-strings, `%`, `.format()`, subscripts, dates, batch blocks.

import Foundation

extension Evaluator {
    // MARK: Batch blocks

    /// `op.get_context().autocommit_block()`, written out: the one use of the migration context
    /// that needs no database.
    mutating func isAutocommitBlock(_ expression: Expression) -> Bool {
        guard case .call(let method, let arguments) = expression.kind, arguments.isEmpty,
              case .attribute(let context, "autocommit_block") = method.kind,
              case .call(let getContext, let contextArguments) = context.kind, contextArguments.isEmpty,
              case .attribute(let base, "get_context") = getContext.kind,
              case .symbol(let name)? = try? resolved(try evaluate(base)) else { return false }
        return name == "alembic.op" || name == "alembic.context"
    }

    /// `with op.batch_alter_table('t') as batch_op:` collects the block's operations into one
    /// batch operation. Returns the offset of a `raise` inside the block.
    mutating func evaluateWith(_ items: [(context: Expression, alias: Expression?)], _ body: [Statement], at offset: Int) throws(EvaluationError) -> Int? {
        if items.count == 1, let item = items.first, isAutocommitBlock(item.context) {
            let outer = operations
            operations = []
            let raisedAt = evaluateBlock(body)
            let inner = operations
            operations = outer
            operations.append(Operation(.autocommit(inner), at: position(item.context.offset)))
            return raisedAt
        }
        guard items.count == 1, let item = items.first, case .call(let callee, let arguments) = item.context.kind,
              case .symbol("alembic.op.batch_alter_table")? = try? resolved(try evaluate(callee)) else {
            throw EvaluationError(.unsupportedStatement("with"), at: offset)
        }
        guard currentBatch == nil else {
            throw EvaluationError(.nestedBatch, at: offset)
        }
        let bound = try bind(arguments, to: Evaluator.operationSignatures["batch_alter_table"] ?? Signature(name: "", positional: [], required: 0), callOffset: item.context.offset)
        let table = TableName(try bound.requiredString("table_name"), schema: try bound.string("schema"))
        let recreateText = try bound.string("recreate") ?? BatchAlterTable.Recreate.auto.rawValue
        guard let recreate = BatchAlterTable.Recreate(rawValue: recreateText) else {
            throw EvaluationError(.invalidPhrase(recreateText, argument: "recreate", allowed: BatchAlterTable.Recreate.allCases.map(\.rawValue)), at: bound.offset(of: "recreate"))
        }
        for unsupported in ["copy_from", "reflect_args", "reflect_kwargs", "naming_convention", "partial_reordering"]
        where bound[unsupported] != nil {
            throw EvaluationError(.keywordNotSupportedYet(unsupported, function: "op.batch_alter_table"), at: bound.offset(of: unsupported))
        }
        let rebuildArguments = try batchTableArguments(bound)
        if let alias = item.alias { try bind(alias, to: .batchOperations) }
        let outer = operations
        operations = []
        currentBatch = table
        let raisedAt = evaluateBlock(body)
        currentBatch = nil
        let inner = operations
        operations = outer
        var batch = BatchAlterTable(table: table, recreate: recreate, operations: inner)
        batch.rebuildArguments = rebuildArguments
        operations.append(Operation(.batch(batch), at: position(item.context.offset)))
        return raisedAt
    }

    /// A `for` loop over a list, tuple or dict the file spells out (`for table in TABLES:`): the
    /// body runs once per element. Loops over anything computed at run time are refused.
    mutating func evaluateFor(_ target: Expression, _ iterable: Expression, _ body: [Statement], at offset: Int) throws(EvaluationError) -> Int? {
        let elements = try iterationElements(try evaluate(iterable), at: iterable.offset)
        for element in elements {
            // An iteration costs its statements: loops nest as deep as blocks do, and a hundred
            // loops over a long list would never end.
            try spendStep(1 &+ body.count, at: offset)
            try bind(target, to: element)
            if let raisedAt = evaluateBlock(body) { return raisedAt }
            if control.endsLoop() { break }
        }
        return nil
    }

    // MARK: Strings

    /// An f-string's `{expression}` parts, evaluated and converted with `str()` (`!r` for `repr()`).
    mutating func interpolate(_ template: String, raw: Bool, at offset: Int) throws(EvaluationError) -> String {
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if character == "{" || character == "}" {
                if next < template.endIndex && template[next] == character {
                    result.append(character)
                    index = template.index(after: next)
                    continue
                }
                guard character == "{", let close = template[next...].firstIndex(of: "}") else {
                    throw EvaluationError(.badFormatString("single '\(character)'"), at: offset)
                }
                var field = String(template[next..<close])
                var conversion = "s"
                if let colon = field.firstIndex(of: ":") { field = String(field[..<colon]) }
                if field.hasSuffix("!r") || field.hasSuffix("!s") {
                    conversion = String(field.suffix(1))
                    field = String(field.dropLast(2))
                }
                let value = try evaluateEmbedded(field, at: offset)
                guard let text = conversion == "r" ? value.pythonRepr : value.pythonString else {
                    throw EvaluationError(.expectedValue("a plain value inside an f-string", found: value), at: offset)
                }
                result += text
                try ensureBudget(result.utf8.count, at: offset)
                index = template.index(after: close)
            } else {
                result.append(character)
                index = next
            }
        }
        return result
    }

    /// Parses and evaluates an expression written inside an f-string.
    mutating func evaluateEmbedded(_ source: String, at offset: Int) throws(EvaluationError) -> Value {
        let embedded = SourceFile(path: file.path, text: source.trimmingCharacters(in: .whitespaces))
        let (tokens, literals, lexDiagnostics) = Lexer.tokenize(embedded)
        var parser = Parser(file: embedded, tokens: tokens, literals: literals)
        guard lexDiagnostics.isEmpty, let expression = try? parser.parseExpression(), parser.diagnostics.diagnostics.isEmpty,
              parser.current.kind == .newline || parser.current.kind == .end else {
            throw EvaluationError(.badFormatString("'{\(source)}'"), at: offset)
        }
        // Offsets inside the embedded text mean nothing in the file; report at the string.
        do throws(EvaluationError) {
            return try resolved(try evaluate(expression))
        } catch {
            throw EvaluationError(error.message, at: offset)
        }
    }

    /// `'...' % value` with `%s`, `%r`, `%d`, `%i`, `%f`, `%(name)s` and `%%`.
    func percentFormat(_ format: String, _ argument: Value, at offset: Int) throws(EvaluationError) -> String {
        var positional: [Value] = argument.sequence.map { _ in [] } ?? [argument]
        if case .tuple(let items) = argument { positional = items }
        if case .list = argument { positional = [argument] }
        var named: [String: Value] = [:]
        if case .dict(let pairs) = argument {
            for pair in pairs { if case .string(let key) = pair.key { named[key] = pair.value } }
        }
        var result = ""
        var characters = format[...]
        var next = 0
        while let percent = characters.firstIndex(of: "%") {
            result += characters[..<percent]
            characters = characters[characters.index(after: percent)...]
            guard let specifier = characters.first else { throw EvaluationError(.badFormatString("'%' at the end"), at: offset) }
            if specifier == "%" {
                result += "%"
                characters = characters.dropFirst()
                continue
            }
            var value: Value
            if specifier == "(" {
                guard let close = characters.firstIndex(of: ")") else { throw EvaluationError(.badFormatString("'%('"), at: offset) }
                let key = String(characters[characters.index(after: characters.startIndex)..<close])
                guard let found = named[key] else { throw EvaluationError(.badFormatString("missing key '\(key)'"), at: offset) }
                value = found
                characters = characters[characters.index(after: close)...]
            } else {
                guard next < positional.count else { throw EvaluationError(.badFormatString("not enough arguments"), at: offset) }
                value = positional[next]
                next += 1
            }
            // Flags, width and precision are not supported; the conversion letter decides.
            guard let conversion = characters.first else { throw EvaluationError(.badFormatString("'%' at the end"), at: offset) }
            characters = characters.dropFirst()
            let text: String?
            switch conversion {
            case "s": text = value.pythonString
            case "r": text = value.pythonRepr
            case "d", "i":
                switch value {
                case .int(let number): text = String(number)
                case .literal(.bigInteger(let digits)): text = digits
                default: text = nil
                }
            default: text = nil
            }
            guard let text else { throw EvaluationError(.badFormatString("'%\(conversion)' with \(value.typeDescription)"), at: offset) }
            result += text
            try ensureBudget(result.utf8.count, at: offset)
        }
        result += characters
        return result
    }

    /// Methods on plain values: `str.format`, `upper`, `lower`, `strip`, `replace`, `join`, `dict.get`.
    mutating func callMethod(_ receiver: Value, _ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        var positional: [Value] = []
        var keywords: [String: Value] = [:]
        for argument in arguments {
            let value = try resolved(try evaluate(argument.value))
            switch argument.label {
            case .positional: positional.append(value)
            case .keyword(let key): keywords[key] = value
            case .unpackedSequence: positional += value.sequence ?? []
            case .unpackedMapping:
                if case .dict(let pairs) = value { for pair in pairs { if case .string(let key) = pair.key { keywords[key] = pair.value } } }
            }
        }
        switch (receiver, name) {
        case (.string(let text), "format"):
            return .string(try braceFormat(text, positional, keywords, at: offset))
        case (.string(let text), "upper"): return .string(text.uppercased())
        case (.string(let text), "lower"): return .string(text.lowercased())
        case (.string(let text), "strip"): return .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case (.string(let text), "replace"):
            guard positional.count == 2, case .string(let old) = positional[0], case .string(let new) = positional[1] else { break }
            // At most one replacement per length of `old`: refused before it is built, not after.
            if new.utf8.count > old.utf8.count {
                try ensureBudget(text.utf8.count + text.utf8.count / max(1, old.utf8.count) * new.utf8.count, at: offset)
            }
            return .string(text.replacingOccurrences(of: old, with: new))
        case (.string(let separator), "join"):
            guard positional.count == 1, let items = positional[0].sequence else { break }
            var parts: [String] = []
            for item in items {
                guard case .string(let part) = item else { throw EvaluationError(.expectedValue("strings to join", found: item), at: offset) }
                parts.append(part)
            }
            try ensureBudget(parts.reduce(separator.utf8.count * parts.count) { $0 + $1.utf8.count }, at: offset)
            return .string(parts.joined(separator: separator))
        case (.dict(let pairs), "get"):
            guard let key = positional.first?.pythonRepr else { break }
            return pairs.first { $0.key.pythonRepr == key }?.value ?? (positional.count > 1 ? positional[1] : .none)
        default:
            if let value = try callOtherMethod(receiver, name, positional, keywords, at: offset) { return value }
        }
        throw EvaluationError(.unsupportedCall("\(receiver.typeDescription).\(name)"), at: offset)
    }

    /// Refuses a string about to grow past what is left of `Limits.evaluationBudget`: formatting
    /// repeats a value as often as the template names it, so the result is checked as it grows,
    /// before it costs the memory `charge` would find spent.
    func ensureBudget(_ length: Int, at offset: Int) throws(EvaluationError) {
        guard length <= Limits.evaluationBudget &- produced else {
            throw EvaluationError(.evaluationBudgetExceeded(Limits.evaluationBudget), at: offset)
        }
    }

    /// `'{} {name} {0}'.format(...)`.
    func braceFormat(_ template: String, _ positional: [Value], _ keywords: [String: Value], at offset: Int) throws(EvaluationError) -> String {
        var result = ""
        var automatic = 0
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if (character == "{" || character == "}") && next < template.endIndex && template[next] == character {
                result.append(character)
                index = template.index(after: next)
                continue
            }
            guard character == "{" else {
                result.append(character)
                index = next
                continue
            }
            guard let close = template[next...].firstIndex(of: "}") else { throw EvaluationError(.badFormatString("single '{'"), at: offset) }
            var field = String(template[next..<close])
            if let colon = field.firstIndex(of: ":") { field = String(field[..<colon]) }
            let value: Value?
            if field.isEmpty {
                value = automatic < positional.count ? positional[automatic] : nil
                automatic += 1
            } else if let number = Int(field) {
                value = number < positional.count ? positional[number] : nil
            } else {
                value = keywords[field]
            }
            guard let value, let text = value.pythonString else { throw EvaluationError(.badFormatString("no value for '{\(field)}'"), at: offset) }
            result += text
            try ensureBudget(result.utf8.count, at: offset)
            index = template.index(after: close)
        }
        return result
    }

    func subscriptValue(_ base: Value, _ index: Value, at offset: Int) throws(EvaluationError) -> Value {
        switch (base, index) {
        case (.list(let items), .int(let position)), (.tuple(let items), .int(let position)):
            let actual = position < 0 ? items.count + position : position
            guard items.indices.contains(actual) else { throw EvaluationError(.indexOutOfRange(position), at: offset) }
            return items[actual]
        case (.tableColumns, .string(let name)):
            // `t.c['name']`, as `t.c.name`.
            return try dataAttribute(name, of: base, at: offset) ?? .none
        case (.dict(let pairs), _):
            guard let key = index.pythonRepr, let found = pairs.first(where: { $0.key.pythonRepr == key }) else {
                throw EvaluationError(.missingKey(index.pythonRepr ?? index.typeDescription), at: offset)
            }
            return found.value
        case (.symbol(let name), _) where name.hasPrefix("typing.") || name.hasPrefix("builtins."):
            // Annotations such as Union[str, None] used as values: harmless, opaque.
            return .unavailable(.unsupportedExpression("a type annotation"), at: offset)
        default:
            throw EvaluationError(.unsupportedOperator("[]", base.typeDescription), at: offset)
        }
    }

    // MARK: Standard library values

    /// `+09:00` for 32400 seconds, as Python prints a fixed offset.
    static func utcOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hours = minutes / 60, rest = minutes % 60
        return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// `datetime.date(...)`, `datetime.datetime(...)`, `datetime.time(...)`, `decimal.Decimal(...)`,
    /// `str(...)`, `int(...)`. Values that change from run to run (`datetime.now()`) are refused:
    /// a script must be the same every time it is printed.
    mutating func callStandardLibrary(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value? {
        switch name {
        case "datetime.timedelta":
            var seconds = 0
            for argument in arguments {
                guard case .keyword(let unit) = argument.label, case .int(let count) = try resolved(try evaluate(argument.value)),
                      let factor = ["days": 86_400, "hours": 3_600, "minutes": 60, "seconds": 1][unit] else {
                    throw EvaluationError(.badDate(name), at: argument.offset)
                }
                // Checked: a file's numbers can be anything, and an overflow would trap.
                let (product, overflowed) = count.multipliedReportingOverflow(by: factor)
                let (sum, overflowedSum) = seconds.addingReportingOverflow(product)
                guard !overflowed, !overflowedSum else { throw EvaluationError(.badDate(name), at: argument.offset) }
                seconds = sum
            }
            return .int(seconds)
        case "datetime.timezone":
            // Python requires an offset strictly within a day.
            guard arguments.count == 1, case .int(let seconds) = try resolved(try evaluate(arguments[0].value)), seconds > -86_400, seconds < 86_400 else {
                throw EvaluationError(.badDate(name), at: offset)
            }
            return .string(Self.utcOffset(seconds))
        case "datetime.date", "datetime.datetime", "datetime.time":
            var numbers: [Int] = []
            var zone = ""
            for argument in arguments {
                if case .keyword("tzinfo") = argument.label, name != "datetime.date" {
                    switch try resolved(try evaluate(argument.value)) {
                    case .symbol(let utc) where ["datetime.timezone.utc", "datetime.UTC", "zoneinfo.ZoneInfo.UTC"].contains(utc): zone = "+00:00"
                    case .string(let offset) where offset.hasPrefix("+") || offset.hasPrefix("-"): zone = offset
                    case .none: zone = ""
                    default: throw EvaluationError(.badTimeZone, at: argument.value.offset)
                    }
                    continue
                }
                guard argument.label == .positional, case .int(let number) = try resolved(try evaluate(argument.value)) else {
                    throw EvaluationError(.badDate(name), at: argument.offset)
                }
                numbers.append(number)
            }
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
            switch name {
            case "datetime.date":
                guard numbers.count == 3 else { throw EvaluationError(.badDate(name), at: offset) }
                return .literal(.date("\(numbers[0])-\(two(numbers[1]))-\(two(numbers[2]))"))
            case "datetime.datetime":
                guard (3...7).contains(numbers.count) else { throw EvaluationError(.badDate(name), at: offset) }
                let padded = numbers + Array(repeating: 0, count: 7 - numbers.count)
                var text = "\(padded[0])-\(two(padded[1]))-\(two(padded[2])) \(two(padded[3])):\(two(padded[4])):\(two(padded[5]))"
                if padded[6] != 0 { text += "." + String(format: "%06d", padded[6]) }
                return .literal(.dateTime(text + zone))
            default:
                guard (1...4).contains(numbers.count) else { throw EvaluationError(.badDate(name), at: offset) }
                let padded = numbers + Array(repeating: 0, count: 4 - numbers.count)
                var text = "\(two(padded[0])):\(two(padded[1])):\(two(padded[2]))"
                if padded[3] != 0 { text += "." + String(format: "%06d", padded[3]) }
                return .literal(.time(text + zone))
            }
        case "decimal.Decimal":
            guard arguments.count == 1 else { throw EvaluationError(.badDate(name), at: offset) }
            switch try resolved(try evaluate(arguments[0].value)) {
            case .string(let text) where Double(text) != nil: return .literal(.decimal(text))
            case .int(let number): return .literal(.decimal(String(number)))
            case let other: throw EvaluationError(.expectedValue("a number or numeric string in 'decimal.Decimal'", found: other), at: arguments[0].offset)
            }
        case "builtins.reversed", "builtins.sorted", "builtins.list", "builtins.tuple", "builtins.len":
            guard arguments.count == 1, arguments[0].label == .positional else { return nil }
            let value = try resolved(try evaluate(arguments[0].value))
            let items: [Value]
            switch value {
            case .list(let elements), .tuple(let elements): items = elements
            case .dict(let pairs): items = pairs.map(\.key)
            case .string(let text): items = text.map { .string(String($0)) }
            default: return nil
            }
            switch name {
            case "builtins.reversed": return .list(items.reversed())
            case "builtins.list": return .list(items)
            case "builtins.tuple": return .tuple(items)
            case "builtins.len": return .int(items.count)
            default:
                // Sorting is defined here for strings and for integers, each compared as Python does.
                let strings = items.compactMap { item -> String? in if case .string(let text) = item { return text } else { return nil } }
                if strings.count == items.count { return .list(strings.sorted().map(Value.string)) }
                let numbers = items.compactMap { item -> Int? in if case .int(let number) = item { return number } else { return nil } }
                guard numbers.count == items.count else { return sortedByPythonOrder(items) }
                return .list(numbers.sorted().map(Value.int))
            }
        case "builtins.str":
            guard arguments.count == 1, let text = try resolved(try evaluate(arguments[0].value)).pythonString else { return nil }
            return .string(text)
        case "builtins.int":
            guard arguments.count == 1 else { return nil }
            switch try resolved(try evaluate(arguments[0].value)) {
            case .int(let number): return .int(number)
            case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces)).map(Value.int)
            default: return nil
            }
        default:
            if name.hasPrefix("datetime.") && (name.hasSuffix(".now") || name.hasSuffix(".utcnow") || name.hasSuffix(".today")) {
                throw EvaluationError(.nonDeterministic(name), at: offset)
            }
            if name.hasPrefix("uuid.uuid") || name.hasPrefix("random.") || name.hasPrefix("time.time") {
                throw EvaluationError(.nonDeterministic(name), at: offset)
            }
            return try callBuiltin(name, arguments, at: offset)
        }
    }
}

/// Types from outside SQLAlchemy: the built-in mappings and a project's own. A project maps
/// its names in a plain text file, one mapping a line:
///
///     # application types, as SQLAlchemy types
///     myapp.models.types.StringUUID = sa.String(36)
///     sqlmodel.sql.sqltypes.AutoString = sa.String
///
/// The left side is the dotted name as the revision imports it; the right side a SQLAlchemy type.
/// A bare type (`sa.String`) takes the arguments the revision passes; a call fixes them.
public struct TypeMappings: Sendable {
    var mappings: [String: TypeMapping]
    /// Whether a mapping replaces a SQLAlchemy name (`sqlalchemy.X`), which no built-in one does.
    /// When none does, calls of SQLAlchemy names need not look the mappings up.
    var mapsSQLAlchemyNames = false
    /// Where the application's own modules are read from, for types they define; nil: nowhere.
    public var applicationSources: ApplicationSources?

    public init() {
        mappings = TypeMappings.builtIn
    }

    /// The mappings sqlgen knows without a project file: sqlmodel, sqlalchemy_utils, fastapi_users.
    static let builtIn: [String: TypeMapping] = [
        // sqlmodel/sql/sqltypes.py: `AutoString.load_dialect_impl` gives String(255) on mysql and mariadb.
        "sqlmodel.sql.sqltypes.AutoString": .passArguments("sqlalchemy.String", lengthsWhenUnset: ["mysql": 255]),
        "sqlmodel.AutoString": .passArguments("sqlalchemy.String", lengthsWhenUnset: ["mysql": 255]),
        "sqlmodel.sql.sqltypes.GUID": .fixed(.uuid),
        "sqlmodel.GUID": .fixed(.uuid),
        "sqlalchemy_utils.UUIDType": .fixed(.uuid),
        "sqlalchemy_utils.types.uuid.UUIDType": .fixed(.uuid),
        "sqlalchemy_utils.types.UUIDType": .fixed(.uuid),
        "sqlalchemy_utils.EmailType": .passArguments("sqlalchemy.String"),
        "sqlalchemy_utils.URLType": .fixed(.unicodeText(length: nil, collation: nil)),
        "fastapi_users_db_sqlalchemy.generics.GUID": .fixed(.uuid),
        "fastapi_users_db_sqlalchemy.GUID": .fixed(.uuid),
    ]

    /// Adds a project's mappings, read from `text` (the file at `path`). Every bad line is reported.
    public mutating func add(fileText text: String, path: String) throws(DiagnosticError) {
        let file = SourceFile(path: path, text: text)
        var problems = DiagnosticBag()
        var lineStart = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineStart += line.utf8.count + 1 }
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if content.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains(" ") else {
                problems.error(.badTypeMapping, at: file.position(at: lineStart))
                continue
            }
            let right = parts[1]
            let preamble = "import sqlalchemy as sa\nimport sqlalchemy\nfrom sqlalchemy.dialects import postgresql, mysql, sqlite, mssql, oracle\n"
            let probe = SourceFile(path: path, text: preamble + "__type__ = " + right + "\n")
            var evaluator = Evaluator(file: probe)
            let (statements, syntax) = Parser.parse(probe)
            _ = evaluator.evaluateModule(statements)
            let value = evaluator.globals["__type__"]
            switch value {
            case .symbol(let name)? where syntax.isEmpty && TypeMappings.isTypeName(name):
                mappings[parts[0]] = .passArguments(name)
                if parts[0].hasPrefix("sqlalchemy.") { mapsSQLAlchemyNames = true }
            case .type(let type)? where syntax.isEmpty:
                mappings[parts[0]] = .fixed(type)
                if parts[0].hasPrefix("sqlalchemy.") { mapsSQLAlchemyNames = true }
            default:
                problems.error(.badTypeMappingTarget(right), at: file.position(at: lineStart + (line.range(of: right).map { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0)))
            }
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
    }

    /// Whether a canonical name is a SQLAlchemy type class, generic or of a dialect.
    static func isTypeName(_ name: String) -> Bool {
        if name.hasPrefix("sqlalchemy.dialects.") { return name.split(separator: ".").last?.first?.isUppercase == true }
        return name.hasPrefix("sqlalchemy.") && Evaluator.genericTypes[name.removingPrefix("sqlalchemy.")] != nil
    }
}
