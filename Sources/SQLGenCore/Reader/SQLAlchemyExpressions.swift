// SQLAlchemy expression functions for data statements: and_/or_/not_, literal, case, cast, select, func of columns, text binds.

extension Evaluator {
    static let literalSignature = Signature(name: "sa.literal", positional: ["value", "type_"], required: 1, keywordOnly: ["literal_execute"])
    static let castSignature = Signature(name: "sa.cast", positional: ["expression", "type_"], required: 2)
    static let caseSignature = Signature(name: "sa.case", positional: [], required: 0, variadic: true, keywordOnly: ["value", "else_"])
    static let selectSignature = Signature(name: "sa.select", positional: [], required: 0, variadic: true)
    static let notSignature = Signature(name: "sa.not_", positional: ["clause"], required: 1)

    /// `sa.literal(False)`, `sa.case(...)`, `sa.select(...)` and friends. Nil for a name that is none of these.
    mutating func callSQLAlchemyExpression(_ shortName: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value? {
        switch shortName {
        case "and_", "or_":
            return try dataConjunction(shortName == "and_" ? "AND" : "OR", arguments, at: offset)
        case "not_":
            let bound = try bind(arguments, to: Evaluator.notSignature, callOffset: offset)
            return .dataExpression(try dataOperand(bound["clause"] ?? .none, type: nil, at: bound.offset(of: "clause")).negated)
        case "literal":
            let bound = try bind(arguments, to: Evaluator.literalSignature, callOffset: offset)
            var type: SQLType?
            if let typeValue = bound["type_"], !isNone(typeValue) { type = try columnType(typeValue, at: bound.offset(of: "type_")) }
            switch try resolved(bound["value"] ?? .none) {
            case .bool(let flag) where type == nil: return .sql(.boolean(flag))
            case .int(let number) where type == nil: return .sql(.integer(number))
            case .float(let number) where type == nil: return .sql(.float(number))
            case .string(let text) where type == nil: return .sql(.string(text))
            case .none where type == nil: return .sql(.null)
            case .literal, .bool, .int, .float, .string, .none:
                // A date, or a value of a given type: the dialect writes it as that type.
                let value = try literal(bound["value"] ?? .none, at: bound.offset(of: "value"))
                return .dataExpression(.value(value, type: type ?? value.naturalType))
            case let other: throw EvaluationError(.expectedValue("a plain value in 'sa.literal'", found: other), at: bound.offset(of: "value"))
            }
        case "insert", "update", "delete":
            guard arguments.count == 1, arguments[0].label == .positional,
                  case .lightTable(let table, let columns) = try resolved(try evaluate(arguments[0].value)) else { return nil }
            let verb: DataStatement.Verb = shortName == "insert" ? .insert : shortName == "update" ? .update : .delete
            return .dataStatement(DataStatement(verb: verb, table: table, columns: columns))
        case "cast":
            let bound = try bind(arguments, to: Evaluator.castSignature, callOffset: offset)
            let type = try columnType(bound["type_"] ?? .none, at: bound.offset(of: "type_"))
            return .dataExpression(.cast(try dataOperand(bound["expression"] ?? .none, type: type, at: bound.offset(of: "expression")), type))
        case "case":
            return try dataCase(try bind(arguments, to: Evaluator.caseSignature, callOffset: offset))
        case "select":
            let bound = try bind(arguments, to: Evaluator.selectSignature, callOffset: offset)
            var columns: [DataExpression] = []
            var froms: [TableName] = []
            // SQLAlchemy 1.x wrote `select([a, b])`; 2.x takes the columns as arguments.
            var items = bound.extra
            if items.count == 1, case .list(let listed) = try resolved(items[0].0) { items = listed.map { ($0, items[0].1) } }
            for (item, itemOffset) in items {
                switch try resolved(item) {
                case .lightTable(let table, let tableColumns):
                    columns += tableColumns.map { .column(table: table, name: $0.name, type: $0.type) }
                    if !froms.contains(table) { froms.append(table) }
                case let other:
                    let column = try dataOperand(other, type: nil, at: itemOffset)
                    column.collectTables(into: &froms)
                    columns.append(column)
                }
            }
            guard !columns.isEmpty else { throw EvaluationError(.unsupportedExpression("'sa.select()' with no columns"), at: offset) }
            return .dataSelect(DataSelect(columns: columns, froms: froms))
        default:
            return nil
        }
    }

    /// `sa.case((condition, result), ..., else_=x)`, the simple form `sa.case({key: result}, value=x)`,
    /// and SQLAlchemy 1.x's list of pairs `sa.case([(condition, result)], else_=x)`.
    func dataCase(_ bound: BoundArguments) throws(EvaluationError) -> Value {
        var value: DataExpression?
        if let given = bound["value"], !isNone(given) { value = try dataOperand(given, type: nil, at: bound.offset(of: "value")) }
        var pairs: [(Value, Value, Int)] = []
        for (item, itemOffset) in bound.extra {
            switch try resolved(item) {
            case .dict(let items):
                pairs += items.map { ($0.key, $0.value, itemOffset) }
            case .list(let listed) where listed.allSatisfy({ $0.sequence?.count == 2 }):
                pairs += listed.compactMap(\.sequence).map { ($0[0], $0[1], itemOffset) }
            case .tuple(let pair) where pair.count == 2:
                pairs.append((pair[0], pair[1], itemOffset))
            case let other:
                throw EvaluationError(.expectedValue("'(condition, result)' pairs in 'sa.case'", found: other), at: itemOffset)
            }
        }
        guard !pairs.isEmpty else { throw EvaluationError(.unsupportedExpression("'sa.case()' with no 'when' pairs"), at: bound.callOffset) }
        var branches: [CaseBranch] = []
        for (when, then, itemOffset) in pairs {
            branches.append(CaseBranch(when: try dataOperand(when, type: value?.valueType, at: itemOffset),
                                       then: try dataOperand(then, type: nil, at: itemOffset)))
        }
        var otherwise: DataExpression?
        if let given = bound["else_"], !isNone(given) { otherwise = try dataOperand(given, type: nil, at: bound.offset(of: "else_")) }
        return .dataExpression(.caseWhen(value: value, branches: branches, otherwise: otherwise))
    }

    /// `sa.func.name(t.c.x, 'y')`: literals among the arguments take their Python types.
    func dataFunction(_ name: String, _ arguments: [(Value, Int)]) throws(EvaluationError) -> Value {
        var operands: [DataExpression] = []
        for (value, argumentOffset) in arguments { operands.append(try dataOperand(value, type: nil, at: argumentOffset)) }
        return .dataExpression(.function(name, operands))
    }

    /// `.bindparams(name=value, ...)` of `sa.text(...)`; `sa.bindparam('name', value)` too.
    func textBindings(_ receiver: Value, _ positional: [Value], _ keywords: [String: Value], at offset: Int) throws(EvaluationError) -> [TextBinding] {
        var bindings: [TextBinding] = []
        if case .dataExpression(.text(_, let earlier)) = receiver { bindings = earlier }
        guard positional.isEmpty else {
            throw EvaluationError(.unsupportedExpression("'sa.bindparam(...)' objects in '.bindparams'; give the values as keywords"), at: offset)
        }
        for (name, value) in keywords.sorted(by: { $0.key < $1.key }) {
            bindings.append(TextBinding(name: name, value: try dataOperand(value, type: nil, at: offset)))
        }
        return bindings
    }

    /// `sa.and_(...)`, `sa.or_(...)`: one conjunction, nested ones of the same word flattened
    /// as SQLAlchemy flattens them.
    mutating func dataConjunction(_ word: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value {
        var operands: [DataExpression] = []
        for argument in arguments {
            guard argument.label == .positional else {
                throw EvaluationError(.unsupportedExpression("keyword arguments to 'sa.\(word.lowercased())_'"), at: offset)
            }
            operands.append(try dataOperand(try evaluate(argument.value), type: nil, at: argument.value.offset))
        }
        guard !operands.isEmpty else {
            throw EvaluationError(.unsupportedExpression("'sa.\(word.lowercased())_()' with no conditions"), at: offset)
        }
        return .dataExpression(operands.count == 1 ? operands[0] : .conjunction(word, Self.flattened(word, operands)))
    }
}
