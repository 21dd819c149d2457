// Reads SQLAlchemy data statements: `sa.table(...).insert/update/delete()`, `.where(...)`, `.values(...)`, `.from_select(...)`, column operators.

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
        case .dataStatement, .dataExpression, .dataSelect:
            return .method(value, name)
        default:
            return nil
        }
    }

    /// The methods of tables, statements and column expressions.
    func callDataMethod(_ receiver: Value, _ name: String, _ positional: [Value], _ keywords: [String: Value],
                        at offset: Int) throws(EvaluationError) -> Value? {
        switch (receiver, name) {
        case (.sql(.text(let text)), "bindparams"), (.dataExpression(.text(let text, _)), "bindparams"):
            return .dataExpression(.text(text, try textBindings(receiver, positional, keywords, at: offset)))
        case (.lightTable(let table, let columns), "select"):
            // `t.select()`: every column, for `from_select`; executing it is refused as a read.
            guard positional.isEmpty, keywords.isEmpty else { return nil }
            return .dataSelect(DataSelect(columns: columns.map { .column(table: table, name: $0.name, type: $0.type) }, froms: [table]))
        case (.dataStatement(var statement), "from_select"):
            guard statement.verb == .insert, statement.values.isEmpty, positional.count == 2, keywords.isEmpty,
                  let names = positional[0].sequence, case .dataSelect(let select) = positional[1] else { return nil }
            guard names.count == select.columns.count else {
                throw EvaluationError(.fromSelectColumnCount(names.count, selected: select.columns.count), at: offset)
            }
            for (name, column) in zip(names, select.columns) {
                let key: String
                switch name {
                case .string(let text): key = text
                case .dataExpression(.column(_, let text, _)): key = text
                default: throw EvaluationError(.expectedValue("column names in 'from_select'", found: name), at: offset)
                }
                guard let spec = statement.columns.first(where: { $0.name.sameScalars(key) }) else {
                    throw EvaluationError(.dataStatementUnknownColumn(key, table: statement.table.name), at: offset)
                }
                statement.values.append((spec.name, column))
            }
            statement.select = select
            return .dataStatement(statement)
        case (.dataSelect(var select), "where"):
            guard keywords.isEmpty else { return nil }
            for criterion in positional {
                let condition = try dataOperand(criterion, type: nil, at: offset)
                condition.collectTables(into: &select.froms)
                select.condition = select.condition.map { .conjunction("AND", Self.flattened("AND", [$0, condition])) } ?? condition
            }
            return .dataSelect(select)
        case (.dataSelect(var select), "select_from"):
            guard keywords.isEmpty else { return nil }
            for from in positional {
                guard case .lightTable(let table, _) = from else { return nil }
                if !select.froms.contains(table) { select.froms.insert(table, at: 0) }
            }
            return .dataSelect(select)
        case (.dataSelect(var select), "distinct"):
            guard positional.isEmpty, keywords.isEmpty else { return nil }
            select.distinct = true
            return .dataSelect(select)
        case (.dataExpression(let operand), "between"), (.dataExpression(let operand), "not_between"):
            guard positional.count == 2, keywords.isEmpty else { return nil }
            return .dataExpression(.between(operand, try dataOperand(positional[0], type: operand.valueType, at: offset),
                                            try dataOperand(positional[1], type: operand.valueType, at: offset), negated: name != "between"))
        case (.dataExpression(let operand), "ilike"), (.dataExpression(let operand), "not_ilike"), (.dataExpression(let operand), "notilike"):
            guard positional.count == 1, keywords.isEmpty else { return nil }
            return .dataExpression(.binary(name == "ilike" ? "ILIKE" : "NOT ILIKE", operand, try dataOperand(positional[0], type: operand.valueType, at: offset)))
        case (.dataExpression, "label"), (.sql, "label"):
            guard positional.count == 1, keywords.isEmpty, case .string(let name) = positional[0] else { return nil }
            return .dataExpression(.label(try dataOperand(receiver, type: nil, at: offset), name))
        case (.dataExpression(let operand), "concat"):
            guard positional.count == 1, keywords.isEmpty else { return nil }
            return .dataExpression(.binary("||", operand, try dataOperand(positional[0], type: operand.valueType, at: offset)))
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
        default:
            // `.returning(...)`, `.label(...)`, `.startswith(...)`: not compiled.
            throw EvaluationError(.dataStatementMethod(name, on: receiver.typeDescription), at: offset)
        }
    }

    /// An operand of a data expression: an expression, or a Python value made a literal of
    /// `type` (the column's it meets), as SQLAlchemy binds it.
    func dataOperand(_ value: Value, type: SQLType?, at offset: Int) throws(EvaluationError) -> DataExpression {
        switch try resolved(value) {
        case .dataExpression(let expression): return expression
        case .sql(let sql): return .sql(sql)
        case .lightColumn:
            throw EvaluationError(.expectedValue("a column of 'sa.table(...)' (t.c.name)", found: value), at: offset)
        case let plain where type?.isJSON == true:
            // SQLAlchemy has no literal form for JSON; its JSON text is what the driver would send.
            guard let text = try JSONDumps(separators: (", ", ": "), asciiOnly: true, sortKeys: false).dump(plain, at: offset) else {
                throw EvaluationError(.expectedValue("a value JSON can hold", found: plain), at: offset)
            }
            return .value(isNone(plain) ? .null : .string(text), type: type)
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
        // `x == None` is `x IS NULL` in SQLAlchemy; `None == x` too, and `x == sa.null()`
        // (but `sa.null() == x` stays `NULL = x`).
        if op == "==" || op == "!=" {
            if case .sql(.null) = right, case .dataExpression(let expression) = left { return .dataExpression(.isNull(expression, negated: op == "!=")) }
            if case .none = right, case .dataExpression(let expression) = left { return .dataExpression(.isNull(expression, negated: op == "!=")) }
            if case .none = left, case .dataExpression(let expression) = right { return .dataExpression(.isNull(expression, negated: op == "!=")) }
        }
        let leftType = left.dataExpressionValue?.valueType
        let rightType = right.dataExpressionValue?.valueType
        let leftExpression = try dataOperand(left, type: rightType, at: offset)
        let rightExpression = try dataOperand(right, type: leftType, at: offset)
        // `+` on a string column concatenates (`||`, `concat(...)` or `+` per dialect); the
        // expression's own side decides, as SQLAlchemy asks its type.
        if op == "+", (left.isDataExpression ? leftType : rightType)?.isString == true {
            return .dataExpression(.binary("||", leftExpression, rightExpression))
        }
        return .dataExpression(.binary(sqlOperator, leftExpression, rightExpression))
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
        case .binary(let op, let left, _) where ["+", "-", "*", "/", "%", "||"].contains(op): left.valueType
        case .cast(_, let type): type
        case .negative(let operand), .label(let operand, _): operand.valueType
        default: nil
        }
    }

    /// `~x` / `sa.not_(x)` as SQLAlchemy negates: a comparison becomes its opposite (`<` is
    /// `>=`), IN, LIKE, IS and BETWEEN their NOT forms, a double negation cancels; anything
    /// else is `NOT (...)`.
    var negated: DataExpression {
        let opposites = ["=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">",
                         "LIKE": "NOT LIKE", "NOT LIKE": "LIKE", "ILIKE": "NOT ILIKE", "NOT ILIKE": "ILIKE"]
        switch self {
        case .binary(let op, let left, let right):
            if let opposite = opposites[op] { return .binary(opposite, left, right) }
            return .not(self)
        case .isNull(let operand, let negated): return .isNull(operand, negated: !negated)
        case .inList(let operand, let items, let negated): return .inList(operand, items, negated: !negated)
        case .between(let operand, let low, let high, let negated): return .between(operand, low, high, negated: !negated)
        case .not(let operand): return operand
        default: return .not(self)
        }
    }

    /// The tables whose columns the expression names, added to `tables` in order of appearance.
    func collectTables(into tables: inout [TableName]) {
        var references: [ColumnReference] = []
        collectColumns(into: &references)
        for reference in references where !tables.contains(reference.table) { tables.append(reference.table) }
    }
}

extension SQLType {
    /// String types, whose `+` SQLAlchemy compiles as concatenation.
    var isString: Bool {
        switch self {
        case .string, .unicode, .text, .unicodeText: true
        case .variant(let base, _): base.isString
        default: false
        }
    }

    /// `sa.JSON`, and the dialects' own JSON types (`postgresql.JSONB`).
    var isJSON: Bool {
        switch self {
        case .json: true
        case .vendor(_, let name, _, _): name == "JSON" || name == "JSONB"
        case .variant(let base, _): base.isJSON
        default: false
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
