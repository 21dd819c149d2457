// Compiles data statements (`sa.table(...).update().where(...)`) to SQL as SQLAlchemy 2.1.9 does with `literal_binds`.

extension SQLRenderer {
    /// `INSERT INTO t (a, b) VALUES (1, 'x')`, `UPDATE t SET a=1 WHERE t.b = 'x'`,
    /// `DELETE FROM t WHERE t.b = 'x'`: values and SET lists in the table's column order, as
    /// SQLAlchemy orders them; columns qualified in WHERE, not in SET.
    func dataStatement(_ statement: DataStatement) throws(DialectError) -> String {
        let ordered = statement.columns.compactMap { column in
            statement.values.last(where: { $0.column.sameScalars(column.name) })
        }
        var sql: String
        switch statement.verb {
        case .insert:
            var values: [String] = []
            for pair in ordered { values.append(try assigned(pair.value)) }
            sql = "INSERT INTO \(table(statement.table)) (\(columnList(ordered.map(\.column)))) VALUES (\(values.joined(separator: ", ")))"
        case .update:
            var assignments: [String] = []
            for pair in ordered { assignments.append(dialect.quoteIdentifier(pair.column) + "=" + (try assigned(pair.value))) }
            sql = "UPDATE \(table(statement.table)) SET \(assignments.joined(separator: ", "))"
        case .delete:
            sql = "DELETE FROM \(table(statement.table))"
        }
        if let condition = statement.condition {
            sql += " WHERE " + (try dataExpression(condition))
        }
        return sql
    }

    /// A value in VALUES or SET: an operator expression there is parenthesised, `score=(account.score + 1)`.
    func assigned(_ value: DataExpression) throws(DialectError) -> String {
        let text = try dataExpression(value)
        if case .binary = value { return "(" + text + ")" }
        return text
    }

    /// SQLAlchemy's operator precedence: an operand binding more loosely than its operator is
    /// parenthesised (`(a OR b) AND c`), one binding as tightly or more is not.
    static func precedence(_ expression: DataExpression) -> Int {
        switch expression {
        case .column, .value, .sql: 100
        case .binary(let op, _, _):
            switch op {
            case "*", "/", "%": 8
            case "+", "-", "||": 7
            default: 5
            }
        case .isNull, .inList: 5
        case .not: 4
        case .conjunction(let op, _): op == "AND" ? 3 : 2
        }
    }

    func dataOperand(_ operand: DataExpression, under parent: Int) throws(DialectError) -> String {
        let text = try dataExpression(operand)
        return Self.precedence(operand) < parent ? "(" + text + ")" : text
    }

    func dataExpression(_ expression: DataExpression) throws(DialectError) -> String {
        let own = Self.precedence(expression)
        switch expression {
        case .column(let table, let name, _):
            return self.table(table) + "." + dialect.quoteIdentifier(name)
        case .value(let literal, let type):
            return try dialect.literal(literal, type: type)
        case .sql(let sql):
            return self.expression(sql)
        case .binary(let op, let left, let right):
            // The right operand of `a - (b - c)` keeps its parentheses.
            let rightText = try dataExpression(right)
            let groupRight = Self.precedence(right) < own || (Self.precedence(right) == own && own >= 7)
            return (try dataOperand(left, under: own)) + " " + op + " " + (groupRight ? "(" + rightText + ")" : rightText)
        case .conjunction(let op, let operands):
            var parts: [String] = []
            for operand in operands { parts.append(try dataOperand(operand, under: own)) }
            return parts.joined(separator: " " + op + " ")
        case .not(let operand):
            return "NOT " + (try dataOperand(operand, under: own + 1))
        case .isNull(let operand, let negated):
            return (try dataOperand(operand, under: own)) + (negated ? " IS NOT NULL" : " IS NULL")
        case .inList(let operand, let items, let negated):
            var parts: [String] = []
            for item in items { parts.append(try dataExpression(item)) }
            let list = (try dataOperand(operand, under: own)) + (negated ? " NOT IN (" : " IN (") + parts.joined(separator: ", ") + ")"
            // SQLAlchemy compiles `not_in` as a negated, grouped IN: `(x NOT IN (1, 2))` wherever it stands.
            return negated ? "(" + list + ")" : list
        }
    }
}
