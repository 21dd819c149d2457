// Compiles data statements (`sa.table(...).update().where(...)`) to SQL as SQLAlchemy 2.1.9 does with `literal_binds`.

extension SQLRenderer {
    /// `INSERT INTO t (a, b) VALUES (1, 'x')`, `UPDATE t SET a=1 WHERE t.b = 'x'`,
    /// `DELETE FROM t WHERE t.b = 'x'`: values and SET lists in the table's column order, as
    /// SQLAlchemy orders them; columns qualified in WHERE, not in SET. `INSERT ... SELECT` keeps
    /// the order `from_select` named its columns in.
    func dataStatement(_ statement: DataStatement) throws(DialectError) -> String {
        if statement.verb == .text, let text = statement.sqlText {
            return try dataExpression(text)
        }
        let ordered = statement.columns.compactMap { column in
            statement.values.last(where: { $0.column.sameScalars(column.name) })
        }
        var sql: String
        switch statement.verb {
        case .insert:
            if let select = statement.select {
                sql = "INSERT INTO \(table(statement.table)) (\(columnList(statement.values.map(\.column)))) " + (try selectStatement(select))
                return sql
            }
            var values: [String] = []
            for pair in ordered { values.append(try assigned(pair.value)) }
            sql = "INSERT INTO \(table(statement.table)) (\(columnList(ordered.map(\.column)))) VALUES (\(values.joined(separator: ", ")))"
        case .update:
            let others = statement.otherTables
            let spelling = dialect.expressionSpelling.multipleTableUpdate
            if !others.isEmpty, spelling == .unsupported {
                throw DialectError(.multipleTableStatement("UPDATE", dialect: dialect.name))
            }
            var assignments: [String] = []
            for pair in ordered {
                // MySQL's `UPDATE t, v SET t.a=...` names the table of each column it sets.
                let target = !others.isEmpty && spelling == .tableList ? table(statement.table) + "." : ""
                assignments.append(target + dialect.quoteIdentifier(pair.column) + "=" + (try assigned(pair.value)))
            }
            let list = others.map(table).joined(separator: ", ")
            switch others.isEmpty ? .from : spelling {
            case .tableList:
                sql = "UPDATE \(table(statement.table)), \(list) SET \(assignments.joined(separator: ", "))"
            case .fromWithTarget:
                sql = "UPDATE \(table(statement.table)) SET \(assignments.joined(separator: ", ")) FROM \(table(statement.table)), \(list)"
            case .from, .unsupported:
                sql = "UPDATE \(table(statement.table)) SET \(assignments.joined(separator: ", "))" + (others.isEmpty ? "" : " FROM " + list)
            }
        case .delete, .text:
            sql = "DELETE FROM \(table(statement.table))"
            let others = statement.otherTables
            if !others.isEmpty {
                let list = others.map(table).joined(separator: ", ")
                switch dialect.expressionSpelling.multipleTableDelete {
                case .using: sql += " USING " + list
                case .usingWithTarget: sql += " USING \(table(statement.table)), " + list
                case .fromWithTarget: sql += " FROM \(table(statement.table)), " + list
                case .unsupported: throw DialectError(.multipleTableStatement("DELETE", dialect: dialect.name))
                }
            }
        }
        if let condition = statement.condition {
            sql += " WHERE " + (try booleanOperand(condition, under: 0))
        }
        return sql
    }

    /// `SELECT a, b \nFROM t \nWHERE c`, with SQLAlchemy's line breaks; a selected value that is
    /// not a column gets SQLAlchemy's anonymous label (`'x' AS anon_1`, `lower(t.name) AS lower_1`).
    func selectStatement(_ select: DataSelect) throws(DialectError) -> String {
        var labels: [String: Int] = [:]
        var columns: [String] = []
        for column in select.columns {
            let text = try dataExpression(column)
            let label: String?
            if case .label(let operand, let name) = column {
                columns.append(try dataExpression(operand) + " AS " + dialect.quoteIdentifier(name))
                continue
            }
            if case .cast(.column(_, let name, _), _) = column {
                // A cast column keeps the column's name.
                columns.append(text + " AS " + dialect.quoteIdentifier(name))
                continue
            }
            switch column {
            // SQLAlchemy labels what has no name of its own, but not a column's negation.
            case .column, .sql(.text), .text, .negative: label = nil
            case .function(let name, _), .sql(.function(let name, _)): label = name.lowercased()
            default: label = "anon"
            }
            if let label {
                labels[label, default: 0] += 1
                columns.append(text + " AS " + dialect.quoteIdentifier("\(label)_\(labels[label] ?? 1)"))
            } else {
                columns.append(text)
            }
        }
        var sql = "SELECT " + (select.distinct ? "DISTINCT " : "") + columns.joined(separator: ", ")
        if !select.froms.isEmpty {
            sql += " \nFROM " + select.froms.map(table).joined(separator: ", ")
        }
        if let condition = select.condition {
            sql += " \nWHERE " + (try booleanOperand(condition, under: 0))
        }
        return sql
    }

    /// A value in VALUES or SET: an operator expression there is parenthesised, `score=(account.score + 1)`.
    func assigned(_ value: DataExpression) throws(DialectError) -> String {
        let text = try dataExpression(value)
        switch value {
        case .binary, .negative, .isNull, .between, .not: return "(" + text + ")"
        case .inList(_, _, let negated): return negated ? text : "(" + text + ")"
        default: return text
        }
    }

    /// SQLAlchemy's operator precedence (`sqlalchemy.sql.operators._PRECEDENCE`).
    static func precedence(_ expression: DataExpression) -> Int {
        switch expression {
        case .column, .value, .sql, .function, .cast, .caseWhen, .text: 100
        case .label(let operand, _): precedence(operand)
        case .binary(let op, _, _):
            switch op {
            case "*", "/", "%": 8
            case "+", "-": 7
            default: 5
            }
        case .negative: 8
        case .isNull, .inList, .between, .not: 5
        case .conjunction(let op, _): op == "AND" ? 3 : 2
        }
    }

    /// Operators whose repeated use needs no parentheses (`a + b + c`, `a || b || c`): SQLAlchemy's
    /// `_natural_self_precedent`. Any other operand of the same precedence is grouped, `(a - b) - c`.
    static let associativeOperators: Set<String> = ["+", "*", "||", "AND", "OR"]

    /// An operand, parenthesised where SQLAlchemy groups it under `parent`'s operator.
    func dataOperand(_ operand: DataExpression, under parent: DataExpression) throws(DialectError) -> String {
        let text = try dataExpression(operand)
        let own = Self.precedence(operand), outer = Self.precedence(parent)
        guard own <= outer else { return text }
        if own == outer, let a = Self.operatorName(operand), a == Self.operatorName(parent), Self.associativeOperators.contains(a) {
            return text
        }
        if case .inList(_, _, true) = operand { return text }  // already grouped
        return "(" + text + ")"
    }

    static func operatorName(_ expression: DataExpression) -> String? {
        switch expression {
        case .binary(let op, _, _): op
        case .conjunction(let op, _): op
        default: nil
        }
    }

    /// A condition where SQLAlchemy asks for a boolean (WHERE, AND, OR): a boolean column alone is
    /// `t.active = 1` on a database without native booleans.
    func booleanOperand(_ operand: DataExpression, under parentPrecedence: Int) throws(DialectError) -> String {
        if case .column(_, _, let type) = operand, type?.resolved(for: dialect.name) == .boolean, !dialect.expressionSpelling.nativeBooleans {
            return try dataExpression(operand) + " = 1"
        }
        let text = try dataExpression(operand)
        return Self.precedence(operand) < parentPrecedence ? "(" + text + ")" : text
    }

    func dataExpression(_ expression: DataExpression) throws(DialectError) -> String {
        let spelling = dialect.expressionSpelling
        switch expression {
        case .column(let table, let name, _):
            return self.table(table) + "." + dialect.quoteIdentifier(name)
        case .value(let literal, let type):
            return try self.literal(literal, type: type ?? literal.naturalType)
        case .sql(let sql):
            return self.expression(sql)
        case .binary(let op, let left, let right):
            return try binary(op, left, right, in: expression, spelling: spelling)
        case .conjunction(let op, let operands):
            var parts: [String] = []
            for operand in operands { parts.append(try booleanOperand(operand, under: Self.precedence(expression))) }
            return parts.joined(separator: " " + op + " ")
        case .not(let operand):
            if case .column(_, _, let type) = operand, type?.resolved(for: dialect.name) == .boolean, !spelling.nativeBooleans {
                return try dataExpression(operand) + " = 0"
            }
            let text = try dataExpression(operand)
            return "NOT " + (Self.precedence(operand) <= Self.precedence(expression) ? "(" + text + ")" : text)
        case .isNull(let operand, let negated):
            return (try dataOperand(operand, under: expression)) + (negated ? " IS NOT NULL" : " IS NULL")
        case .inList(let operand, let items, let negated):
            var parts: [String] = []
            for item in items { parts.append(try dataExpression(item)) }
            let list = (try dataOperand(operand, under: expression)) + (negated ? " NOT IN (" : " IN (") + parts.joined(separator: ", ") + ")"
            // SQLAlchemy compiles `not_in` as a negated, grouped IN: `(x NOT IN (1, 2))` wherever it stands.
            return negated ? "(" + list + ")" : list
        case .between(let operand, let low, let high, let negated):
            return (try dataOperand(operand, under: expression)) + (negated ? " NOT BETWEEN " : " BETWEEN ")
                + (try dataOperand(low, under: expression)) + " AND " + (try dataOperand(high, under: expression))
        case .function(let name, let arguments):
            var parts: [String] = []
            for argument in arguments { parts.append(try dataExpression(argument)) }
            return dialect.functionCall(name, arguments: parts)
        case .cast(let operand, let type):
            guard let typeText = try dialect.castTypeName(type) else {
                // SQLAlchemy warns and leaves the CAST out; the operand keeps its grouping.
                let text = try dataExpression(operand)
                return Self.precedence(operand) < 100 ? "(" + text + ")" : text
            }
            return "CAST(" + (try dataExpression(operand)) + " AS " + typeText + ")"
        case .caseWhen(let value, let branches, let otherwise):
            var sql = "CASE"
            if let value { sql += " " + (try dataExpression(value)) }
            for branch in branches {
                let condition = try dataExpression(branch.when)
                sql += " WHEN " + (Self.precedence(branch.when) < 100 ? "(" + condition + ")" : condition)
                sql += " THEN " + (try dataExpression(branch.then))
            }
            if let otherwise { sql += " ELSE " + (try dataExpression(otherwise)) }
            return sql + " END"
        case .negative(let operand):
            return "-" + (try dataOperand(operand, under: expression))
        case .text(let text, let bindings):
            return try boundText(text, bindings)
        case .label(let operand, _):
            return try dataExpression(operand)
        }
    }

    /// `+ - * / %`, comparisons, LIKE and concatenation, in the dialect's spelling.
    func binary(_ op: String, _ left: DataExpression, _ right: DataExpression, in expression: DataExpression,
                spelling: ExpressionSpelling) throws(DialectError) -> String {
        let leftText = try dataOperand(left, under: expression)
        switch op {
        case "||":
            switch spelling.concatenation {
            case .pipes: return leftText + " || " + (try dataOperand(right, under: expression))
            case .plus: return leftText + " + " + (try dataOperand(right, under: expression))
            case .function:
                // A chain `a + b + c` is one call, as SQLAlchemy compiles its clause list.
                var parts: [String] = []
                for part in Self.concatenated(expression) { parts.append(try dataExpression(part)) }
                return "concat(" + parts.joined(separator: ", ") + ")"
            }
        case "/":
            let rightText = try dataExpression(right)
            switch spelling.division {
            case .plain: return leftText + " / " + (try dataOperand(right, under: expression))
            case .addZeroToRight: return leftText + " / (" + rightText + " + 0.0)"
            case .castRightToNumeric:
                var type = SQLType.numeric(precision: nil, scale: nil)
                if let own = right.valueType?.resolved(for: dialect.name) {
                    switch own {
                    case .numeric, .float, .double: type = own
                    default: break
                    }
                }
                var typeText = try dialect.castTypeName(type)
                if typeText == nil { typeText = try dialect.typeName(type) }
                return leftText + " / CAST(" + rightText + " AS " + (typeText ?? "NUMERIC") + ")"
            }
        case "%" where spelling.moduloFunction:
            return "mod(" + (try dataExpression(left)) + ", " + (try dataExpression(right)) + ")"
        case "ILIKE" where !spelling.nativeILike, "NOT ILIKE" where !spelling.nativeILike:
            let like = op == "ILIKE" ? " LIKE " : " NOT LIKE "
            return "lower(" + (try dataExpression(left)) + ")" + like + "lower(" + (try dataExpression(right)) + ")"
        default:
            return leftText + " " + op + " " + (try dataOperand(right, under: expression))
        }
    }

    /// The operands of a chain of `||`, left to right.
    static func concatenated(_ expression: DataExpression) -> [DataExpression] {
        guard case .binary("||", let left, let right) = expression else { return [expression] }
        return concatenated(left) + concatenated(right)
    }

    /// `sa.text(...)` with each bound `:name` written as its literal, as SQLAlchemy's
    /// `literal_binds` writes it, and `\:` as a colon. A `:name` without a value is refused
    /// (SQLAlchemy would write NULL there), as is a value for a name the text does not have
    /// (SQLAlchemy refuses that too).
    func boundText(_ text: String, _ bindings: [TextBinding]) throws(DialectError) -> String {
        var used: Set<String> = []
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == ":" {
                out.append(":")
                index += 2
                continue
            }
            if scalar == ":", index + 1 < scalars.count, isWord(scalars[index + 1]),
               index == 0 || !(isWord(scalars[index - 1]) || scalars[index - 1] == ":") {
                var end = index + 1
                while end < scalars.count, isWord(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end] == ":" {
                    // `::type` casts and `:a:` are not parameters.
                    out.append(contentsOf: scalars[index..<end])
                    index = end
                    continue
                }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                guard let binding = bindings.last(where: { $0.name.sameScalars(name) }) else {
                    throw DialectError(.textParameterWithoutValue(name))
                }
                used.insert(binding.name)
                out.append(contentsOf: (try dataExpression(binding.value)).unicodeScalars)
                index = end
                continue
            }
            out.append(scalar)
            index += 1
        }
        if let unused = bindings.first(where: { !used.contains($0.name) }) {
            throw DialectError(.textParameterNotInText(unused.name))
        }
        return String(out)
    }
}

extension Literal {
    /// The type SQLAlchemy gives a Python value it binds with no column to take a type from.
    var naturalType: SQLType? {
        switch self {
        case .date: .date
        case .dateTime: .dateTime(timezone: false)
        case .time: .time(timezone: false)
        case .bool: .boolean
        default: nil
        }
    }
}
