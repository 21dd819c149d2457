// Python's control flow as revision files use it offline: if/elif/else, try, and/or, truth, comparisons,
// augmented assignment, return/break/continue, comprehensions, and compound statements at module level.

/// How a block was left early, carried out until the function or loop it belongs to takes it.
enum BlockExit {
    case returned(Value)
    case breakLoop
    case continueLoop
}

/// The evaluator's state for the Python that runs without a database.
struct ControlState {
    /// A `return`, `break` or `continue` on its way out of nested blocks.
    var pendingExit: BlockExit?
    /// Functions defined in the file (or inside the function being evaluated), by name.
    var functions: [String: DefinedFunction] = [:]
    /// How deep calls of the file's own functions are nested now.
    var callDepth = 0
    /// Steps taken so far in this file, against `Limits.evaluationSteps`, so that no file can
    /// keep the reader busy for long.
    var steps = 0

    static let maximumCallDepth = 32

    /// After one run of a loop body: whether the loop ends here (`break`, or a `return` that
    /// carries on out). A `continue` is taken and the loop goes on.
    mutating func endsLoop() -> Bool {
        switch pendingExit {
        case nil: return false
        case .continueLoop?:
            pendingExit = nil
            return false
        case .breakLoop?:
            pendingExit = nil
            return true
        case .returned?: return true
        }
    }
}

extension Evaluator {
    /// Counts `count` steps (a loop iteration's statements, a comprehension element, a call)
    /// against the file's budget, `Limits.evaluationSteps`.
    mutating func spendStep(_ count: Int = 1, at offset: Int) throws(EvaluationError) {
        control.steps &+= count
        guard control.steps <= Limits.evaluationSteps else {
            throw EvaluationError(.evaluationTooLong(Limits.evaluationSteps), at: offset)
        }
    }

    // MARK: Statements

    /// `if`/`elif`/`else`: the first branch whose condition is true runs. A condition that depends
    /// on the target dialect when the command renders none (`check`, `parse` without `--dialect`)
    /// is not an error: every branch is read for its problems, and none of their operations kept.
    mutating func evaluateIf(_ branches: [(condition: Expression, body: [Statement])], _ otherwise: [Statement]) throws(EvaluationError) -> Int? {
        for (index, branch) in branches.enumerated() {
            let holds: Bool
            do throws(EvaluationError) {
                holds = try truth(try evaluate(branch.condition), at: branch.condition.offset)
            } catch where error.message == .dialectNotGiven {
                diagnostics.warning(.dialectBranchesSkipped, at: position(branch.condition.offset))
                readWithoutOperations(branches[index...].map(\.body) + [otherwise])
                return nil
            }
            if holds { return evaluateBlock(branch.body) }
        }
        return evaluateBlock(otherwise)
    }

    /// Evaluates blocks for their diagnostics only: the operations they make are dropped.
    mutating func readWithoutOperations(_ blocks: [[Statement]]) {
        let kept = operations
        for block in blocks {
            _ = evaluateBlock(block)
            control.pendingExit = nil
        }
        operations = kept
    }

    /// `try`: offline nothing the body calls raises, so the body runs, then `else`, then `finally`;
    /// the `except` blocks never run. An error sqlgen finds while evaluating is not an exception
    /// of the revision's and is reported, not caught.
    mutating func evaluateTry(_ body: [Statement], _ orElse: [Statement], _ finally: [Statement]) -> Int? {
        var raisedAt = evaluateBlock(body)
        if raisedAt == nil && control.pendingExit == nil { raisedAt = evaluateBlock(orElse) }
        // `finally` runs on the way out of a `return` too, which waits until it is done.
        let exit = control.pendingExit
        control.pendingExit = nil
        if let finallyRaised = evaluateBlock(finally) { return finallyRaised }
        if control.pendingExit == nil { control.pendingExit = exit }
        return raisedAt
    }

    /// `x += value`, and the other augmented operators: `x = x op value` for a name.
    mutating func evaluateAugmentedAssign(_ target: Expression, _ op: String, _ value: Expression, at offset: Int) throws(EvaluationError) {
        guard case .name(let name) = target.kind else {
            throw EvaluationError(.unsupportedAssignmentTarget, at: target.offset)
        }
        let current = try resolved(try lookup(name, at: target.offset))
        let operand = try resolved(try evaluate(value))
        try bind(target, to: try evaluateBinary(String(op.dropLast(op.hasSuffix("=") ? 1 : 0)), current, operand, at: offset))
    }

    /// `break` and `continue` leave the current loop; other statements parsed but not evaluated
    /// (`class`, `while`, `global`, `del`, ...) are refused.
    mutating func evaluateKeywordStatement(_ keyword: String, at offset: Int) throws(EvaluationError) {
        switch keyword {
        case "break": control.pendingExit = .breakLoop
        case "continue": control.pendingExit = .continueLoop
        case "assert", "global", "nonlocal": break
        default: throw EvaluationError(.unsupportedStatement(keyword), at: offset)
        }
    }

    /// `if`, `for`, `try` and `+=` at module level compute names the functions use. What they
    /// cannot compute is reported where a name they would have bound is used, as for assignments.
    mutating func evaluateAtModuleLevel(_ statement: Statement) {
        let kept = diagnostics
        _ = evaluateBlock([statement])
        control.pendingExit = nil
        diagnostics = kept
    }

    // MARK: Expressions

    /// Python's truth of a value. A SQL expression has none (SQLAlchemy raises), nor has a value
    /// sqlgen could not compute.
    func truth(_ value: Value, at offset: Int) throws(EvaluationError) -> Bool {
        switch try resolved(value) {
        case .none: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .float(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .list(let items), .tuple(let items): return !items.isEmpty
        case .dict(let pairs): return !pairs.isEmpty
        case .sql, .operationResult:
            throw EvaluationError(.unsupportedExpression("the truth of \(value.typeDescription)"), at: offset)
        case .offline(let object):
            if case .result = object { throw EvaluationError(.readsDatabaseResult("testing the result of 'execute'"), at: offset) }
            return true
        default:
            return true
        }
    }

    /// `and` and `or` as Python has them: the right side is evaluated only when the left does
    /// not decide, and the value is the operand that decided.
    mutating func evaluateLogical(_ op: String, _ left: Expression, _ right: Expression) throws(EvaluationError) -> Value {
        let first = try resolved(try evaluate(left))
        let decided = try truth(first, at: left.offset)
        if (op == "and" && !decided) || (op == "or" && decided) { return first }
        return try resolved(try evaluate(right))
    }

    /// The operators `evaluateBinary` leaves: comparisons, `in`, `is`, arithmetic on numbers,
    /// repetition. Nil where Python has no meaning for the operands either.
    func pythonOperator(_ op: String, _ left: Value, _ right: Value, at offset: Int) throws(EvaluationError) -> Value? {
        switch (op, left, right) {
        case ("in", _, _), ("not in", _, _):
            guard let found = contains(right, left) else { return nil }
            return .bool(op == "in" ? found : !found)
        case ("is", _, _), ("is not", _, _):
            // Identity is only told for None, True and False, the values compared with `is`.
            let same: Bool
            switch (left, right) {
            case (.none, .none): same = true
            case (.none, _), (_, .none): same = false
            case (.bool(let a), .bool(let b)): same = a == b
            default: return nil
            }
            return .bool(op == "is" ? same : !same)
        case ("<", _, _), ("<=", _, _), (">", _, _), (">=", _, _):
            guard let order = compare(left, right) else { return nil }
            switch op {
            case "<": return .bool(order < 0)
            case "<=": return .bool(order <= 0)
            case ">": return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case ("*", .string(let text), .int(let count)), ("*", .int(let count), .string(let text)):
            guard count >= 0, count * max(text.utf8.count, 1) <= 1_000_000 else { return count < 0 ? .string("") : nil }
            return .string(String(repeating: text, count: count))
        case ("*", .list(let items), .int(let count)):
            guard count >= 0, count * max(items.count, 1) <= 100_000 else { return count < 0 ? .list([]) : nil }
            return .list(Array(repeating: items, count: count).flatMap { $0 })
        case ("//", .int(let a), .int(let b)), ("%", .int(let a), .int(let b)):
            guard b != 0 else { throw EvaluationError(.exceptionRaised("ZeroDivisionError"), at: offset) }
            // Python rounds the quotient down, toward minus infinity, not toward zero.
            var quotient = a / b
            if a % b != 0 && ((a < 0) != (b < 0)) { quotient -= 1 }
            return .int(op == "//" ? quotient : a - quotient * b)
        case ("**", .int(let base), .int(let exponent)) where exponent >= 0:
            var result = 1
            for _ in 0..<min(exponent, 64) {
                let (product, overflow) = result.multipliedReportingOverflow(by: base)
                if overflow { return nil }
                result = product
            }
            return exponent > 64 && abs(base) > 1 ? nil : .int(result)
        case ("/", _, _):
            guard let a = number(left), let b = number(right) else { return nil }
            guard b != 0 else { throw EvaluationError(.exceptionRaised("ZeroDivisionError"), at: offset) }
            return .float(a / b)
        case ("+", _, _), ("-", _, _), ("*", _, _):
            guard let a = number(left), let b = number(right) else { return nil }
            return .float(op == "+" ? a + b : op == "-" ? a - b : a * b)
        case ("|", .dict(let a), .dict(let b)):
            var merged = a
            for pair in b {
                if let index = merged.firstIndex(where: { $0.key.pythonRepr == pair.key.pythonRepr }) { merged[index].value = pair.value } else { merged.append(pair) }
            }
            return .dict(merged)
        default:
            return nil
        }
    }

    func number(_ value: Value) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .float(let number): number
        default: nil
        }
    }

    /// Whether `container` holds `element`: a substring, a list or tuple element, a dict key.
    func contains(_ container: Value, _ element: Value) -> Bool? {
        switch container {
        case .string(let text):
            guard case .string(let part) = element else { return nil }
            return part.isEmpty || text.contains(part)
        case .list(let items), .tuple(let items):
            guard let key = element.pythonRepr else { return nil }
            return items.contains { $0.pythonRepr == key }
        case .dict(let pairs):
            guard let key = element.pythonRepr else { return nil }
            return pairs.contains { $0.key.pythonRepr == key }
        default:
            return nil
        }
    }

    /// Python's ordering of two numbers or two strings (by code point), or of two sequences.
    func compare(_ left: Value, _ right: Value) -> Int? {
        if let a = number(left), let b = number(right) { return a < b ? -1 : (a > b ? 1 : 0) }
        switch (left, right) {
        case (.string(let a), .string(let b)):
            let x = Array(a.unicodeScalars.map(\.value)), y = Array(b.unicodeScalars.map(\.value))
            return x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
        case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
            for (x, y) in zip(a, b) {
                guard let order = compare(x, y) else { return nil }
                if order != 0 { return order }
            }
            return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
        default:
            return nil
        }
    }

    /// `sorted(...)` of values Python orders (numbers, strings, tuples of them); nil otherwise.
    func sortedByPythonOrder(_ items: [Value]) -> Value? {
        var failed = false
        let sorted = items.sorted { a, b in
            guard let order = compare(a, b) else {
                failed = true
                return false
            }
            return order < 0
        }
        return failed ? nil : .list(sorted)
    }

    /// A list, set, dict or generator comprehension. Its loop names are its own, as in Python 3:
    /// whatever they were bound to before is bound again afterwards.
    mutating func evaluateComprehension(_ comprehension: Comprehension, at offset: Int) throws(EvaluationError) -> Value {
        var names: [String] = []
        for clause in comprehension.clauses { collectNames(clause.target, into: &names) }
        let saved = names.map { name in (name, locals != nil ? locals?[name] : globals[name]) }
        defer {
            for (name, value) in saved {
                if locals != nil { locals?[name] = value } else { globals[name] = value }
            }
        }
        var elements: [Value] = []
        var pairs: [(key: Value, value: Value)] = []
        try comprehend(comprehension, clause: 0, into: &elements, &pairs, at: offset)
        switch comprehension.kind {
        case .list, .generator: return .list(elements)
        case .set:
            var unique: [Value] = []
            for element in elements where !unique.contains(where: { $0.pythonRepr != nil && $0.pythonRepr == element.pythonRepr }) { unique.append(element) }
            return .list(unique)
        case .dict: return .dict(pairs)
        }
    }

    mutating func comprehend(_ comprehension: Comprehension, clause index: Int, into elements: inout [Value],
                             _ pairs: inout [(key: Value, value: Value)], at offset: Int) throws(EvaluationError) {
        guard index < comprehension.clauses.count else {
            let element = try evaluate(comprehension.element)
            if let value = comprehension.value {
                let computed = try evaluate(value)
                if let existing = pairs.firstIndex(where: { $0.key.pythonRepr != nil && $0.key.pythonRepr == element.pythonRepr }) {
                    pairs[existing].value = computed
                } else {
                    pairs.append((element, computed))
                }
            } else {
                elements.append(element)
            }
            return
        }
        let clause = comprehension.clauses[index]
        for item in try iterationElements(try evaluate(clause.iterable), at: clause.iterable.offset) {
            try spendStep(at: offset)
            try bind(clause.target, to: item)
            var passes = true
            for condition in clause.conditions where passes {
                passes = try truth(try evaluate(condition), at: condition.offset)
            }
            if passes { try comprehend(comprehension, clause: index + 1, into: &elements, &pairs, at: offset) }
        }
    }

    func collectNames(_ target: Expression, into names: inout [String]) {
        switch target.kind {
        case .name(let name): names.append(name)
        case .tuple(let items), .list(let items): for item in items { collectNames(item, into: &names) }
        default: break
        }
    }

    /// The elements a `for` loop or comprehension goes through: of a list, tuple, dict (its keys)
    /// or string. What a database query returned has none offline.
    func iterationElements(_ value: Value, at offset: Int) throws(EvaluationError) -> [Value] {
        let value = try resolved(value)
        switch value {
        case .list(let items), .tuple(let items): return items
        case .dict(let pairs): return pairs.map(\.key)
        case .string(let text): return text.map { .string(String($0)) }
        case .offline(.result(let call)): throw EvaluationError(.readsDatabaseResult("a loop over the result of '\(call)'"), at: offset)
        default: throw EvaluationError(.loopOverUnknown(value.typeDescription), at: offset)
        }
    }
}
