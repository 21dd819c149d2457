// Functions a revision file defines for itself (`def add_audit_columns(table): ...`), called with arguments.

/// A `def` of the revision file: what a call of it runs.
struct DefinedFunction {
    var parameters: [Parameter]
    var body: [Statement]
    var offset: Int
    /// The names of the function it was defined in, as they were then: what a nested helper
    /// reads of its surroundings (`conn`, `schema`). Nil for a module-level function.
    var enclosing: [String: Value]?
}

extension Evaluator {
    /// `def name(...)`: binds the name to the function, at module level or inside the function
    /// being evaluated.
    mutating func define(_ name: String, _ parameters: [Parameter], _ body: [Statement], at offset: Int) {
        control.functions[name] = DefinedFunction(parameters: parameters, body: body, offset: offset, enclosing: locals)
        if locals != nil {
            locals?[name] = .function(name)
        } else {
            globals[name] = .function(name)
        }
    }

    /// Calls a function of the file: its parameters bound from the arguments (defaults, `*args`,
    /// `**kwargs`), its body run in a scope of its own, its `return` value returned. The `op.*`
    /// calls it makes join the operations of the function that called it. Calls nest at most
    /// `ControlState.maximumCallDepth` deep, so recursion is bounded.
    mutating func callFunction(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        guard let function = control.functions[name] else {
            throw EvaluationError(.functionAsValue(name), at: offset)
        }
        guard control.callDepth < ControlState.maximumCallDepth else {
            throw EvaluationError(.callTooDeep(ControlState.maximumCallDepth), at: offset)
        }
        try spendStep(at: offset)
        var frame = function.enclosing ?? [:]
        try bindParameters(function.parameters, name: name, arguments, into: &frame, at: offset)
        let callerLocals = locals
        let callerExit = control.pendingExit
        locals = frame
        control.pendingExit = nil
        control.callDepth += 1
        defer {
            locals = callerLocals
            control.callDepth -= 1
        }
        let raisedAt = evaluateBlock(function.body)
        let exit = control.pendingExit
        control.pendingExit = callerExit
        if let raisedAt {
            throw EvaluationError(.exceptionRaised("an exception ('raise')"), at: raisedAt)
        }
        switch exit {
        case .returned(let value)?: return value
        case .breakLoop?: throw EvaluationError(.misplacedLoopControl("break"), at: function.offset)
        case .continueLoop?: throw EvaluationError(.misplacedLoopControl("continue"), at: function.offset)
        case nil: return .none
        }
    }

    /// Python's binding of call arguments to a `def`'s parameters.
    mutating func bindParameters(_ parameters: [Parameter], name: String, _ arguments: [Argument],
                                 into frame: inout [String: Value], at offset: Int) throws(EvaluationError) {
        var positional: [Value] = []
        var keywords: [(String, Value)] = []
        for argument in arguments {
            let value = try evaluate(argument.value)
            switch argument.label {
            case .positional: positional.append(value)
            case .keyword(let key): keywords.append((key, value))
            case .unpackedSequence:
                positional += try iterationElements(value, at: argument.value.offset)
            case .unpackedMapping:
                guard case .dict(let pairs) = try resolved(value) else {
                    throw EvaluationError(.expectedValue("a dict after '**'", found: value), at: argument.value.offset)
                }
                for pair in pairs {
                    guard case .string(let key) = pair.key else { throw EvaluationError(.expectedValue("string keys after '**'", found: pair.key), at: argument.value.offset) }
                    keywords.append((key, pair.value))
                }
            }
        }
        var bound: Set<String> = []
        var next = 0
        var extra: [(key: Value, value: Value)] = []
        for parameter in parameters {
            switch parameter.kind {
            case .positional:
                if next < positional.count {
                    frame[parameter.name] = positional[next]
                    bound.insert(parameter.name)
                    next += 1
                }
            case .variadic:
                frame[parameter.name] = .tuple(Array(positional[min(next, positional.count)...]))
                bound.insert(parameter.name)
                next = positional.count
            case .keywordOnly, .keywords:
                break
            }
        }
        if next < positional.count {
            throw EvaluationError(.functionArguments(name, "takes \(next) positional argument\(next == 1 ? "" : "s") but \(positional.count) were given"), at: offset)
        }
        let acceptsAnyKeyword = parameters.contains { $0.kind == .keywords }
        for (key, value) in keywords {
            if let parameter = parameters.first(where: { $0.name == key && ($0.kind == .positional || $0.kind == .keywordOnly) }) {
                guard bound.insert(parameter.name).inserted else {
                    throw EvaluationError(.functionArguments(name, "got multiple values for argument '\(key)'"), at: offset)
                }
                frame[parameter.name] = value
            } else if acceptsAnyKeyword {
                extra.append((.string(key), value))
            } else {
                throw EvaluationError(.functionArguments(name, "got an unexpected keyword argument '\(key)'"), at: offset)
            }
        }
        for parameter in parameters where !bound.contains(parameter.name) {
            switch parameter.kind {
            case .keywords:
                frame[parameter.name] = .dict(extra)
            case .variadic:
                frame[parameter.name] = .tuple([])
            case .positional, .keywordOnly:
                guard let defaultValue = parameter.defaultValue else {
                    throw EvaluationError(.functionArguments(name, "is missing the argument '\(parameter.name)'"), at: offset)
                }
                frame[parameter.name] = try evaluate(defaultValue)
            }
        }
    }
}
