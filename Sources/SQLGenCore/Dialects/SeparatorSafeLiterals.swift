// String literals that no client can split: text whose lines sqlcmd or SQL*Plus would take for commands, written by concatenation.

/// sqlcmd ends a batch at a line that is just `GO`, and SQL*Plus runs the buffer at a line that
/// is just `/`, whatever quotes the line is inside: a literal holding such a line (bulk data, a
/// default, an enum value) would split its statement in two. On SQL Server and Oracle such a
/// literal is written as pieces joined by the dialect's concatenation, with each line break as
/// `CHAR(10)` / `CHR(10)`, so that no line of the script is a command by accident. Literals
/// without such a line, nearly all, are written as Alembic writes them.
enum SeparatorSafeLiteral {
    /// sqlcmd: `GO` in any case, with white space around it and an optional count (`GO 2`), and
    /// the lines that start a sqlcmd command (`:r file`, `:setvar`, `!! shell`).
    static func isSQLCmdCommand(_ line: Substring) -> Bool {
        let text = OptionText.trimmed(line)
        if text.hasPrefix(":") || text.hasPrefix("!!") { return true }
        let upper = text.uppercased()
        guard upper.hasPrefix("GO") else { return false }
        let rest = OptionText.trimmed(upper.dropFirst(2))
        return rest.isEmpty || rest.allSatisfy(\.isASCII) && rest.allSatisfy(\.isNumber)
    }

    /// SQL*Plus: `/` or `.` alone (run or end the buffer), or a blank line, which ends a
    /// statement under SQL*Plus's default `SET SQLBLANKLINES OFF`.
    static func isSQLPlusCommand(_ line: Substring) -> Bool {
        let text = OptionText.trimmed(line)
        return text.isEmpty || text == "/" || text == "."
    }

    /// Whether `value` has a line (between its first and last) that `isCommand` takes for a client command.
    static func hasCommandLine(_ value: String, _ isCommand: (Substring) -> Bool) -> Bool {
        guard value.containsByte(UInt8(ascii: "\n")) || value.containsByte(UInt8(ascii: "\r")) else { return false }
        // Split by scalar (a Character would hide a break followed by a combining mark), with
        // "\r\n", "\r" and "\n" each one break.
        let scalars = value.unicodeScalars
        var lines: [Substring] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        lines.append(Substring(scalars[start...]))
        // The first line starts after the opening quote and the last ends before the closing one:
        // neither can be a command on its own.
        return lines.dropFirst().dropLast().contains(where: isCommand)
    }

    /// Whether a carriage return comes right before a line feed, by Unicode scalar.
    static func hasCarriageReturnLineFeed(_ value: String) -> Bool {
        var afterReturn = false
        for scalar in value.unicodeScalars {
            if afterReturn && scalar == "\n" { return true }
            afterReturn = scalar == "\r"
        }
        return false
    }

    /// `value` as pieces between line breaks, each quoted by `quote`, joined with `concatenation`
    /// and `lineBreak("\n")` / `lineBreak("\r")`: `'a' + CHAR(10) + 'GO'`.
    static func concatenated(_ value: String, quote: (String) -> String, lineBreak: (UInt32) -> String, concatenation: String) -> String {
        var terms: [String] = []
        var piece = ""
        for scalar in value.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !piece.isEmpty { terms.append(quote(piece)) }
                piece = ""
                terms.append(lineBreak(scalar.value))
            } else {
                piece.unicodeScalars.append(scalar)
            }
        }
        if !piece.isEmpty { terms.append(quote(piece)) }
        return terms.joined(separator: " \(concatenation) ")
    }
}
