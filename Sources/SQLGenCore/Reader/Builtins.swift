// Python builtins and methods that need no database and give the same value every run: range, zip,
// enumerate, min/max, string and dict methods, list updates, json.dumps, uuid.UUID('literal').

import Foundation

extension Evaluator {
    /// The most numbers `range(...)` gives: far more than any revision loops over.
    static let maximumRange = 100_000

    /// Builtins and standard-library functions beyond `callStandardLibrary`'s. Nil for other names.
    mutating func callBuiltin(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value? {
        switch name {
        case "builtins.range", "builtins.enumerate", "builtins.zip", "builtins.min", "builtins.max", "builtins.any",
             "builtins.all", "builtins.sum", "builtins.abs", "builtins.bool", "builtins.float", "builtins.repr",
             "builtins.set", "builtins.frozenset", "builtins.dict", "json.dumps", "uuid.UUID", "builtins.isinstance":
            break
        default:
            return nil
        }
        var positional: [Value] = []
        var keywords: [String: Value] = [:]
        for argument in arguments {
            let value = try resolved(try evaluate(argument.value))
            switch argument.label {
            case .positional: positional.append(value)
            case .keyword(let key): keywords[key] = value
            case .unpackedSequence: positional += try iterationElements(value, at: argument.value.offset)
            case .unpackedMapping:
                guard case .dict(let pairs) = value else { return nil }
                for pair in pairs { if case .string(let key) = pair.key { keywords[key] = pair.value } }
            }
        }
        switch name {
        case "builtins.range":
            var bounds: [Int] = []
            for value in positional {
                guard case .int(let number) = value else { return nil }
                bounds.append(number)
            }
            guard (1...3).contains(bounds.count) else { return nil }
            let start = bounds.count == 1 ? 0 : bounds[0]
            let end = bounds.count == 1 ? bounds[0] : bounds[1]
            let step = bounds.count == 3 ? bounds[2] : 1
            guard step != 0 else { throw EvaluationError(.exceptionRaised("ValueError (a range step of 0)"), at: offset) }
            let count = step > 0 ? max(0, (end - start + step - 1) / step) : max(0, (start - end - step - 1) / -step)
            guard count <= Evaluator.maximumRange else { throw EvaluationError(.rangeTooLarge(Evaluator.maximumRange), at: offset) }
            return .list((0..<count).map { .int(start + $0 * step) })
        case "builtins.enumerate":
            guard let iterable = positional.first else { return nil }
            var start = 0
            if positional.count > 1, case .int(let number) = positional[1] { start = number }
            if case .int(let number)? = keywords["start"] { start = number }
            return .list(try iterationElements(iterable, at: offset).enumerated().map { .tuple([.int(start + $0.offset), $0.element]) })
        case "builtins.zip":
            var sequences: [[Value]] = []
            for value in positional { sequences.append(try iterationElements(value, at: offset)) }
            let count = sequences.map(\.count).min() ?? 0
            return .list((0..<count).map { index in .tuple(sequences.map { $0[index] }) })
        case "builtins.min", "builtins.max":
            let items = positional.count == 1 ? try iterationElements(positional[0], at: offset) : positional
            guard var best = items.first else { throw EvaluationError(.exceptionRaised("ValueError (an empty sequence)"), at: offset) }
            for item in items.dropFirst() {
                guard let order = compare(item, best) else { return nil }
                if (name == "builtins.min" && order < 0) || (name == "builtins.max" && order > 0) { best = item }
            }
            return best
        case "builtins.any", "builtins.all":
            guard positional.count == 1 else { return nil }
            var result = name == "builtins.all"
            for item in try iterationElements(positional[0], at: offset) {
                let flag = try truth(item, at: offset)
                if name == "builtins.any" && flag { result = true; break }
                if name == "builtins.all" && !flag { result = false; break }
            }
            return .bool(result)
        case "builtins.sum":
            guard positional.count == 1 else { return nil }
            var total: Value = .int(0)
            for item in try iterationElements(positional[0], at: offset) { total = try evaluateBinary("+", total, item, at: offset) }
            return total
        case "builtins.abs":
            switch positional.first {
            case .int(let number)?: return .int(abs(number))
            case .float(let number)?: return .float(abs(number))
            default: return nil
            }
        case "builtins.bool":
            guard positional.count <= 1 else { return nil }
            return .bool(try positional.first.map { value throws(EvaluationError) in try truth(value, at: offset) } ?? false)
        case "builtins.float":
            switch positional.first {
            case .int(let number)?: return .float(Double(number))
            case .float(let number)?: return .float(number)
            case .string(let text)?: return Double(text.trimmingCharacters(in: .whitespaces)).map(Value.float)
            default: return nil
            }
        case "builtins.repr":
            return positional.first?.pythonRepr.map(Value.string)
        case "builtins.set", "builtins.frozenset":
            let items = try positional.first.map { value throws(EvaluationError) in try iterationElements(value, at: offset) } ?? []
            var unique: [Value] = []
            for item in items where !unique.contains(where: { $0.pythonRepr != nil && $0.pythonRepr == item.pythonRepr }) { unique.append(item) }
            return .list(unique)
        case "builtins.dict":
            var pairs: [(key: Value, value: Value)] = []
            if let first = positional.first {
                if case .dict(let given) = first {
                    pairs = given
                } else {
                    for item in try iterationElements(first, at: offset) {
                        guard let pair = item.sequence, pair.count == 2 else { return nil }
                        pairs.append((pair[0], pair[1]))
                    }
                }
            }
            for key in keywords.keys.sorted() { pairs.append((.string(key), keywords[key] ?? .none)) }
            return .dict(pairs)
        case "builtins.isinstance":
            return nil
        case "json.dumps":
            guard positional.count == 1 else { return nil }
            var separators = (item: ", ", key: ": ")
            if let given = keywords["separators"]?.sequence, given.count == 2, case .string(let item) = given[0], case .string(let key) = given[1] {
                separators = (item, key)
            }
            if let indent = keywords["indent"], !isNone(indent) { return nil }
            var asciiOnly = true
            if case .bool(let flag)? = keywords["ensure_ascii"] { asciiOnly = flag }
            var sortKeys = false
            if case .bool(let flag)? = keywords["sort_keys"] { sortKeys = flag }
            return try JSONDumps(separators: separators, asciiOnly: asciiOnly, sortKeys: sortKeys).dump(positional[0], at: offset).map(Value.string)
        case "uuid.UUID":
            guard positional.count == 1, case .string(let text) = positional[0] else { return nil }
            var hex = text.lowercased()
            for prefix in ["urn:", "uuid:"] where hex.hasPrefix(prefix) { hex.removeFirst(prefix.count) }
            hex = hex.filter { $0 != "{" && $0 != "}" && $0 != "-" }
            guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else {
                throw EvaluationError(.exceptionRaised("ValueError (badly formed hexadecimal UUID string)"), at: offset)
            }
            let characters = Array(hex)
            let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
            return .string(groups.joined(separator: "-"))
        default:
            return nil
        }
    }

    /// String and dict methods beyond the ones `callMethod` knows. Nil where Python has none
    /// sqlgen can compute.
    func callPlainMethod(_ receiver: Value, _ name: String, _ positional: [Value], _ keywords: [String: Value],
                         at offset: Int) throws(EvaluationError) -> Value? {
        switch (receiver, name) {
        case (.string(let text), "startswith"), (.string(let text), "endswith"):
            var candidates: [String] = []
            switch positional.first {
            case .string(let part)?: candidates = [part]
            case .tuple(let parts)?: candidates = parts.compactMap { if case .string(let part) = $0 { part } else { nil } }
            default: return nil
            }
            return .bool(candidates.contains { name == "startswith" ? text.hasPrefix($0) : text.hasSuffix($0) })
        case (.string(let text), "split"), (.string(let text), "rsplit"):
            if case .string(let separator)? = positional.first, !separator.isEmpty {
                return .list(text.components(separatedBy: separator).map(Value.string))
            }
            guard positional.isEmpty || isNone(positional[0]) else { return nil }
            return .list(text.split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) })
        case (.string(let text), "lstrip"), (.string(let text), "rstrip"), (.string(let text), "strip"):
            let characters: Set<Character>
            if case .string(let given)? = positional.first { characters = Set(given) } else { characters = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"] }
            var result = Substring(text)
            if name != "rstrip" { result = result.drop { characters.contains($0) } }
            if name != "lstrip" { while let last = result.last, characters.contains(last) { result = result.dropLast() } }
            return .string(String(result))
        case (.string(let text), "title"):
            var result = ""
            var previousIsLetter = false
            for character in text {
                result += previousIsLetter ? character.lowercased() : character.uppercased()
                previousIsLetter = character.isLetter
            }
            return .string(result)
        case (.string(let text), "capitalize"):
            return .string(text.prefix(1).uppercased() + text.dropFirst().lowercased())
        case (.string(let text), "zfill"):
            guard case .int(let width)? = positional.first else { return nil }
            return .string(String(repeating: "0", count: max(0, width - text.count)) + text)
        case (.string(let text), "isdigit"):
            return .bool(!text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber })
        case (.string(let text), "isupper"), (.string(let text), "islower"):
            let letters = text.filter(\.isLetter)
            return .bool(!letters.isEmpty && (name == "isupper" ? letters == letters.uppercased() : letters == letters.lowercased()))
        case (.string(let text), "count"):
            guard case .string(let part)? = positional.first, !part.isEmpty else { return nil }
            return .int(text.components(separatedBy: part).count - 1)
        case (.string(let text), "find"):
            guard case .string(let part)? = positional.first else { return nil }
            guard let range = text.range(of: part) else { return .int(-1) }
            return .int(text.distance(from: text.startIndex, to: range.lowerBound))
        case (.dict(let pairs), "items"): return .list(pairs.map { .tuple([$0.key, $0.value]) })
        case (.dict(let pairs), "keys"): return .list(pairs.map(\.key))
        case (.dict(let pairs), "values"): return .list(pairs.map(\.value))
        case (.dict, "copy"), (.list, "copy"): return receiver
        default: return nil
        }
    }

    /// `names.append(x)`, `options.update(...)`: methods that change a list or dict bound to a
    /// name, which is bound again to the changed value. Nil for any other call.
    mutating func callMutatingMethod(_ receiver: Value, _ name: String, _ arguments: [Argument], on callee: Expression,
                                     at offset: Int) throws(EvaluationError) -> Value? {
        guard ["append", "extend", "insert", "update", "pop", "remove", "setdefault", "sort", "reverse", "clear"].contains(name),
              case .attribute(let base, _) = callee.kind, case .name = base.kind else { return nil }
        var values: [Value] = []
        var keywords: [String: Value] = [:]
        for argument in arguments {
            switch argument.label {
            case .positional: values.append(try resolved(try evaluate(argument.value)))
            case .keyword(let key): keywords[key] = try resolved(try evaluate(argument.value))
            default: return nil
            }
        }
        var result: Value = .none
        let changed: Value
        switch (receiver, name) {
        case (.list(var items), "append"):
            guard values.count == 1 else { return nil }
            items.append(values[0])
            changed = .list(items)
        case (.list(var items), "extend"):
            guard values.count == 1 else { return nil }
            items += try iterationElements(values[0], at: offset)
            changed = .list(items)
        case (.list(var items), "insert"):
            guard values.count == 2, case .int(var index) = values[0] else { return nil }
            if index < 0 { index += items.count }
            items.insert(values[1], at: min(max(0, index), items.count))
            changed = .list(items)
        case (.list(var items), "pop"):
            guard !items.isEmpty else { throw EvaluationError(.exceptionRaised("IndexError (pop from an empty list)"), at: offset) }
            var index = items.count - 1
            if case .int(let given)? = values.first { index = given < 0 ? items.count + given : given }
            guard items.indices.contains(index) else { throw EvaluationError(.indexOutOfRange(index), at: offset) }
            result = items.remove(at: index)
            changed = .list(items)
        case (.list(var items), "remove"):
            guard let key = values.first?.pythonRepr, let index = items.firstIndex(where: { $0.pythonRepr == key }) else {
                throw EvaluationError(.exceptionRaised("ValueError (not in the list)"), at: offset)
            }
            items.remove(at: index)
            changed = .list(items)
        case (.list(let items), "sort"):
            guard keywords.keys.allSatisfy({ $0 == "reverse" }) else { return nil }
            var sorted = items
            var failed = false
            sorted.sort { a, b in
                guard let order = compare(a, b) else { failed = true; return false }
                return order < 0
            }
            if failed { return nil }
            if case .bool(true)? = keywords["reverse"] { sorted.reverse() }
            changed = .list(sorted)
        case (.list(let items), "reverse"):
            changed = .list(items.reversed())
        case (.list, "clear"):
            changed = .list([])
        case (.dict, "clear"):
            changed = .dict([])
        case (.dict(var pairs), "update"):
            var updates: [(key: Value, value: Value)] = []
            if case .dict(let given)? = values.first { updates = given }
            for key in keywords.keys.sorted() { updates.append((.string(key), keywords[key] ?? .none)) }
            for pair in updates {
                if let index = pairs.firstIndex(where: { $0.key.pythonRepr == pair.key.pythonRepr }) { pairs[index].value = pair.value } else { pairs.append(pair) }
            }
            changed = .dict(pairs)
        case (.dict(var pairs), "setdefault"):
            guard let key = values.first, let repr = key.pythonRepr else { return nil }
            if let existing = pairs.first(where: { $0.key.pythonRepr == repr }) { return existing.value }
            result = values.count > 1 ? values[1] : .none
            pairs.append((key, result))
            changed = .dict(pairs)
        case (.dict(var pairs), "pop"):
            guard let repr = values.first?.pythonRepr else { return nil }
            if let index = pairs.firstIndex(where: { $0.key.pythonRepr == repr }) {
                result = pairs.remove(at: index).value
            } else if values.count > 1 {
                result = values[1]
            } else {
                throw EvaluationError(.missingKey(repr), at: offset)
            }
            changed = .dict(pairs)
        default:
            return nil
        }
        try bind(base, to: changed)
        return result
    }
}

/// `json.dumps` as Python writes it: `", "` and `": "` between items, non-ASCII escaped unless
/// `ensure_ascii=False`, keys in the dict's order unless `sort_keys=True`.
struct JSONDumps {
    var separators: (item: String, key: String)
    var asciiOnly: Bool
    var sortKeys: Bool

    /// The JSON text, or nil for a value JSON has no form for.
    func dump(_ value: Value, at offset: Int) throws(EvaluationError) -> String? {
        switch value {
        case .none: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number):
            guard number.isFinite else { return number.isNaN ? "NaN" : (number > 0 ? "Infinity" : "-Infinity") }
            return number.pythonText
        case .string(let text): return quote(text)
        case .list(let items), .tuple(let items):
            var parts: [String] = []
            for item in items {
                guard let part = try dump(item, at: offset) else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: separators.item) + "]"
        case .dict(let pairs):
            var entries: [(key: String, text: String)] = []
            for pair in pairs {
                let key: String
                switch pair.key {
                case .string(let text): key = text
                case .int(let number): key = String(number)
                case .bool(let flag): key = flag ? "true" : "false"
                case .none: key = "null"
                case .float(let number): key = number.pythonText
                default: return nil
                }
                guard let text = try dump(pair.value, at: offset) else { return nil }
                entries.append((key, text))
            }
            if sortKeys { entries.sort { Array($0.key.unicodeScalars.map(\.value)).lexicographicallyPrecedes(Array($1.key.unicodeScalars.map(\.value))) } }
            return "{" + entries.map { quote($0.key) + separators.key + $0.text }.joined(separator: separators.item) + "}"
        default:
            return nil
        }
    }

    func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7E) {
                    if scalar.value > 0xFFFF {
                        let value = scalar.value - 0x10000
                        result += JSONDumps.escape(0xD800 + (value >> 10)) + JSONDumps.escape(0xDC00 + (value & 0x3FF))
                    } else {
                        result += JSONDumps.escape(scalar.value)
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
