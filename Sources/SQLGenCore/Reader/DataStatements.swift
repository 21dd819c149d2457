// Reads SQLAlchemy data statements: `sa.table(...).insert/update/delete()`, `.where(...)`, `.values(...)`, column operators.

extension Evaluator {
    /// `t.c`, `t.c.name`, `t.update`, `stmt.where`, `t.c.name.in_`: columns, or methods waiting to be called.
    func dataAttribute(_ name: String, of value: Value, at offset: Int) throws(EvaluationError) -> Value? {
        switch value {
        case .lightTable(let table, let columns):
            if name == "c" || name == "columns" { return .tableColumns(table, columns) }
            return ["insert", "update", "delete", "select"].contains(name) ? .method(value, name) : nil
        case .tableColumns(let table, let columns):
            guard let column = columns.first(where: { $0.name.sameScalars(name) }) else {
                throw EvaluationError(.dataStatementUnknownColumn(name, table: table.name), at: offset)
            }
            return .dataExpression(.column(table: table, name: column.name, type: column.type))
        case .dataStatement, .dataExpression:
            return .method(value, name)
        default:
            return nil
        }
    }

    /// The methods of tables, statements and column expressions.
    func callDataMethod(_ receiver: Value, _ name: String, _ positional: [Value], _ keywords: [String: Value],
                        at offset: Int) throws(EvaluationError) -> Value? {
        switch (receiver, name) {
        case (.lightTable(let table, let columns), "insert"), (.lightTable(let table, let columns), "update"),
             (.lightTable(let table, let columns), "delete"):
            guard positional.isEmpty, keywords.isEmpty else { return nil }
            let verb: DataStatement.Verb = name == "insert" ? .insert : name == "update" ? .update : .delete
            return .dataStatement(DataStatement(verb: verb, table: table, columns: columns))
        case (.dataStatement(var statement), "where"):
            guard statement.verb != .insert, keywords.isEmpty else { return nil }
            for criterion in positional {
                let condition = try dataOperand(criterion, type: nil, at: offset)
                if let existing = statement.condition {
                    statement.condition = .conjunction("AND", Self.flattened("AND", [existing, condition]))
                } else {
                    statement.condition = condition
                }
            }
            return .dataStatement(statement)
        case (.dataStatement(var statement), "values"):
            guard statement.verb != .delete else { return nil }
            var pairs: [(key: Value, value: Value)] = []
            for value in positional {
                guard case .dict(let items) = value else {
                    throw EvaluationError(.expectedValue("a dict of column values in '.values(...)'", found: value), at: offset)
                }
                pairs += items
            }
            pairs += keywords.sorted { $0.key < $1.key }.map { (Value.string($0.key), $0.value) }
            for pair in pairs {
                let column: String
                switch pair.key {
                case .string(let key): column = key
                case .dataExpression(.column(_, let key, _)): column = key
                default: throw EvaluationError(.expectedValue("column names as keys of '.values(...)'", found: pair.key), at: offset)
                }
                guard let spec = statement.columns.first(where: { $0.name.sameScalars(column) }) else {
                    throw EvaluationError(.dataStatementUnknownColumn(column, table: statement.table.name), at: offset)
                }
                statement.values.append((spec.name, try dataOperand(pair.value, type: spec.type, at: offset)))
            }
            return .dataStatement(statement)
        case (.dataExpression(let column), "is_"), (.dataExpression(let column), "isnot"), (.dataExpression(let column), "is_not"):
            guard positional.count == 1, case .none = positional[0] else { return nil }
            return .dataExpression(.isNull(column, negated: name != "is_"))
        case (.dataExpression(let column), "in_"), (.dataExpression(let column), "not_in"), (.dataExpression(let column), "notin_"):
            guard positional.count == 1, let items = positional[0].sequence, !items.isEmpty else { return nil }
            var elements: [DataExpression] = []
            for item in items { elements.append(try dataOperand(item, type: column.valueType, at: offset)) }
            return .dataExpression(.inList(column, elements, negated: name != "in_"))
        case (.dataExpression(let column), "like"), (.dataExpression(let column), "not_like"), (.dataExpression(let column), "notlike"):
            guard positional.count == 1, keywords.isEmpty else { return nil }
            return .dataExpression(.binary(name == "like" ? "LIKE" : "NOT LIKE", column, try dataOperand(positional[0], type: column.valueType, at: offset)))
        case (.lightTable, "select"):
            // Rows read back into Python; offline there are none.
            throw EvaluationError(.readsDatabaseResult("'.select()' of 'sa.table'"), at: offset)
        default:
            // `sa.select`, `.returning(...)`, `.from_select(...)`, `.ilike(...)`: not compiled.
            throw EvaluationError(.dataStatementMethod(name, on: receiver.typeDescription), at: offset)
        }
    }

    /// An operand of a data expression: an expression, or a Python value made a literal of
    /// `type` (the column's it meets), as SQLAlchemy binds it.
    func dataOperand(_ value: Value, type: SQLType?, at offset: Int) throws(EvaluationError) -> DataExpression {
        switch try resolved(value) {
        case .dataExpression(let expression): return expression
        case .sql(let sql): return .sql(sql)
        case let plain: return .value(try literal(plain, at: offset), type: type)
        }
    }

    /// `t.c.x == 1`, `t.c.x + 1`, `a & b`: the expression SQLAlchemy's operators build. Nil for
    /// an operator SQLAlchemy does not overload the same way.
    func dataOperator(_ op: String, _ left: Value, _ right: Value, at offset: Int) throws(EvaluationError) -> Value? {
        let sqlOperator: String
        switch op {
        case "==": sqlOperator = "="
        case "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%": sqlOperator = op
        case "&", "|":
            let word = op == "&" ? "AND" : "OR"
            let operands = [try dataOperand(left, type: nil, at: offset), try dataOperand(right, type: nil, at: offset)]
            return .dataExpression(.conjunction(word, Self.flattened(word, operands)))
        default: return nil
        }
        // `x == None` is `x IS NULL` in SQLAlchemy; `None == x` too.
        if op == "==" || op == "!=" {
            if case .none = right, case .dataExpression(let expression) = left { return .dataExpression(.isNull(expression, negated: op == "!=")) }
            if case .none = left, case .dataExpression(let expression) = right { return .dataExpression(.isNull(expression, negated: op == "!=")) }
        }
        let leftType = left.dataExpressionValue?.valueType
        let rightType = right.dataExpressionValue?.valueType
        let leftExpression = try dataOperand(left, type: rightType, at: offset)
        let rightExpression = try dataOperand(right, type: leftType, at: offset)
        return .dataExpression(.binary(sqlOperator, leftExpression, rightExpression))
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

    static func flattened(_ word: String, _ operands: [DataExpression]) -> [DataExpression] {
        operands.flatMap { operand -> [DataExpression] in
            if case .conjunction(let inner, let items) = operand, inner == word { return items }
            return [operand]
        }
    }
}

extension DataExpression {
    /// The type a literal compared with or added to this expression takes: the column's.
    var valueType: SQLType? {
        switch self {
        case .column(_, _, let type): type
        case .value(_, let type): type
        case .binary(let op, let left, _) where ["+", "-", "*", "/", "%"].contains(op): left.valueType
        default: nil
        }
    }
}

extension Value {
    var isDataExpression: Bool {
        if case .dataExpression = self { return true }
        return false
    }

    var dataExpressionValue: DataExpression? {
        if case .dataExpression(let expression) = self { return expression }
        return nil
    }
}
