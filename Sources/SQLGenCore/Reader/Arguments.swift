// Binding call arguments to a function's parameters, Python's way, with typed accessors.

import Foundation

/// The parameters of a function sqlgen understands: `op.create_index`, `sa.Column`, ...
/// Made once (a static table or constant) and shared by every call bound to it.
final class Signature: Sendable {
    /// The name in messages: `op.create_index`.
    let name: String
    /// Positional-or-keyword parameters, in order.
    let positional: [String]
    /// How many of `positional` must be given.
    let required: Int
    /// Whether extra positional arguments are collected (`*args`).
    let variadic: Bool
    let keywordOnly: [String]
    /// Keywords Alembic accepts but sqlgen does not render yet: refused with their own message
    /// rather than as unknown, so nobody mistakes them for typos.
    let notYetSupported: [String]

    init(name: String, positional: [String], required: Int, variadic: Bool = false, keywordOnly: [String] = [],
         notYetSupported: [String] = []) {
        self.name = name
        self.positional = positional
        self.required = required
        self.variadic = variadic
        self.keywordOnly = keywordOnly
        self.notYetSupported = notYetSupported
    }

    var allKeywords: [String] { positional + keywordOnly }

    /// Whether `name` is a parameter that may be passed by keyword. A linear search: signatures
    /// have a few dozen parameters at most, and comparing short strings is cheaper than hashing them.
    func acceptsKeyword(_ name: String) -> Bool {
        positional.contains { $0.isSameName(name) } || keywordOnly.contains { $0.isSameName(name) }
    }
}

/// Arguments matched to parameter names, each value with the offset of its expression.
struct BoundArguments {
    let signature: Signature
    let callOffset: Int
    /// The arguments given for named parameters, in the order given. A call gives a few of them,
    /// so finding one by name is a short walk.
    var named: [(name: String, value: Value, offset: Int)] = []
    /// Positional arguments beyond the named parameters (`*args`).
    var extra: [(value: Value, offset: Int)] = []

    init(signature: Signature, callOffset: Int) {
        self.signature = signature
        self.callOffset = callOffset
    }

    subscript(_ name: String) -> Value? { position(of: name).map { named[$0].value } }

    func offset(of name: String) -> Int { position(of: name).map { named[$0].offset } ?? callOffset }

    /// Where the argument for `name` is in `named`: an index, so that looking up copies no value.
    private func position(of name: String) -> Int? {
        for index in named.indices where named[index].name.isSameName(name) { return index }
        return nil
    }
}

extension String {
    /// `==` for the parameter names of a search: most names compared differ, and most of those
    /// differ in length, which is told without a call into the string comparison.
    func isSameName(_ other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}

extension Evaluator {
    /// Evaluates and binds a call's arguments. Errors name the function and the argument.
    mutating func bind(_ arguments: [Argument], to signature: Signature, callOffset: Int) throws(EvaluationError) -> BoundArguments {
        var bound = BoundArguments(signature: signature, callOffset: callOffset)
        bound.named.reserveCapacity(arguments.count)
        if signature.variadic { bound.extra.reserveCapacity(arguments.count) }
        var positionalIndex = 0
        func assign(_ name: String, _ value: Value, _ offset: Int, _ bound: inout BoundArguments) throws(EvaluationError) {
            if bound[name] != nil {
                throw EvaluationError(.duplicateArgument(name, function: signature.name), at: offset)
            }
            bound.named.append((name, value, offset))
        }
        func addPositional(_ value: Value, _ offset: Int, _ bound: inout BoundArguments) throws(EvaluationError) {
            if positionalIndex < signature.positional.count {
                try assign(signature.positional[positionalIndex], value, offset, &bound)
                positionalIndex += 1
            } else if signature.variadic {
                bound.extra.append((value, offset))
            } else {
                throw EvaluationError(.tooManyArguments(signature.name, maximum: signature.positional.count), at: offset)
            }
        }
        /// Binds a keyword argument; `keywordOffset` is where an unknown keyword is reported.
        func addKeyword(_ name: String, _ value: Value, _ offset: Int, keywordOffset: Int, _ bound: inout BoundArguments) throws(EvaluationError) {
            if signature.acceptsKeyword(name) {
                try assign(name, value, offset, &bound)
            } else if signature.notYetSupported.contains(name) {
                throw EvaluationError(.keywordNotSupportedYet(name, function: signature.name), at: keywordOffset)
            } else {
                let suggestion = closestMatch(to: name, in: signature.allKeywords + signature.notYetSupported)
                throw EvaluationError(.unknownKeyword(name, function: signature.name, suggestion: suggestion), at: keywordOffset)
            }
        }
        for argument in arguments {
            let value = try evaluate(argument.value)
            let offset = argument.value.offset
            switch argument.label {
            case .positional:
                try addPositional(value, offset, &bound)
            case .keyword(let name):
                // An unknown keyword is reported at the keyword itself: that is what is wrong.
                try addKeyword(name, value, offset, keywordOffset: argument.offset, &bound)
            case .unpackedSequence:
                guard let elements = value.sequence else {
                    throw EvaluationError(.expectedValue("a list or tuple after '*'", found: value), at: offset)
                }
                for element in elements { try addPositional(element, offset, &bound) }
            case .unpackedMapping:
                guard case .dict(let pairs) = value else {
                    throw EvaluationError(.expectedValue("a dict after '**'", found: value), at: offset)
                }
                for pair in pairs {
                    guard case .string(let key) = pair.key else {
                        throw EvaluationError(.expectedValue("string keys after '**'", found: pair.key), at: offset)
                    }
                    try addKeyword(key, pair.value, offset, keywordOffset: offset, &bound)
                }
            }
        }
        for name in signature.positional.prefix(signature.required) where bound[name] == nil {
            throw EvaluationError(.missingArgument(name, function: signature.name), at: callOffset)
        }
        return bound
    }
}

extension BoundArguments {
    func string(_ name: String) throws(EvaluationError) -> String? {
        switch self[name] {
        case nil, .none?: return nil
        case .string(let value)?: return value
        case let other?: throw EvaluationError(.argumentType(name, function: signature.name, expected: "a string", found: other), at: offset(of: name))
        }
    }

    func requiredString(_ name: String) throws(EvaluationError) -> String {
        guard let value = try string(name) else {
            throw EvaluationError(.missingArgument(name, function: signature.name), at: offset(of: name))
        }
        return value
    }

    func bool(_ name: String) throws(EvaluationError) -> Bool? {
        switch self[name] {
        case nil, .none?: return nil
        case .bool(let value)?: return value
        case let other?: throw EvaluationError(.argumentType(name, function: signature.name, expected: "True or False", found: other), at: offset(of: name))
        }
    }

    func int(_ name: String) throws(EvaluationError) -> Int? {
        switch self[name] {
        case nil, .none?: return nil
        case .int(let value)?: return value
        case let other?: throw EvaluationError(.argumentType(name, function: signature.name, expected: "an integer", found: other), at: offset(of: name))
        }
    }

    /// A list or tuple of strings; a single string counts as a list of one, as in Alembic.
    func stringList(_ name: String) throws(EvaluationError) -> [String]? {
        switch self[name] {
        case nil, .none?: return nil
        case .string(let value)?: return [value]
        case let value?:
            guard let elements = value.sequence else {
                throw EvaluationError(.argumentType(name, function: signature.name, expected: "a list of names", found: value), at: offset(of: name))
            }
            var names: [String] = []
            for element in elements {
                switch element {
                case .string(let string): names.append(string)
                case .column(let column): names.append(column.name)
                default:
                    throw EvaluationError(.argumentType(name, function: signature.name, expected: "a list of names", found: element), at: offset(of: name))
                }
            }
            return names
        }
    }
}
