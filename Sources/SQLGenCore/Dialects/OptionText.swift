// Keyword values that reach the SQL unquoted (index methods, collations, table options, SQL fragments): what each may hold.

/// SQLAlchemy writes most dialect keyword values into the DDL as they are. It validates a few
/// (an index method must match `IDX_USING`, `^(?:btree|hash|gist|gin|[\w_]+)$`; `ondelete`,
/// `initially` and friends `SQL_KEYWORD_PHRASE`, `^\w+(?:\s+\w+)*$`) and passes the rest
/// through, so `mysql_engine="InnoDB; DROP TABLE t"` becomes two statements. sqlgen checks every
/// value it writes unquoted against the narrowest form that still accepts what the databases
/// document, and refuses the rest with a diagnostic naming the keyword: a value that passes can
/// change the clause it belongs to and nothing else.
enum OptionText {
    /// An ASCII letter, digit or `_`: Python's `\w` as SQLAlchemy's patterns use it, narrowed to
    /// ASCII, since no index method, engine, character set or collation has other letters.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// One word: an index method (`gin`), an engine (`InnoDB`), a collation (`utf8mb4_bin`).
    static func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isWordByte)
    }

    /// Words separated by spaces (`PRESERVE ROWS`, `QUERY HIGH`): SQLAlchemy's `SQL_KEYWORD_PHRASE`.
    static func isPhrase(_ text: String) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return !words.isEmpty && words.allSatisfy { isWord(String($0)) }
    }

    /// An operator class: a name, optionally schema-qualified, optionally with parameters
    /// (`gist_trgm_ops(siglen = 32)`), or several such words (`text_pattern_ops DESC`).
    static func isOperatorClass(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "(") else {
            return isPhrase(text.replacingOccurrences(of: ".", with: "_"))
        }
        guard text.last == ")" else { return false }
        let name = trimmed(text[..<open])
        let parameters = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return isWord(name.replacingOccurrences(of: ".", with: "_"))
            && parameters.split(separator: ",").allSatisfy { pair in
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                return parts.count == 2 && parts.allSatisfy { isWord(trimmed($0).replacingOccurrences(of: ".", with: "_")) }
            }
    }

    /// A comparison operator of an exclusion constraint (`&&`, `=`, `<->`), or a word.
    static func isOperator(_ text: String) -> Bool {
        !text.isEmpty && (isWord(text) || text.utf8.allSatisfy { "+-*/<>=~!@%^&|`?".utf8.contains($0) })
            && !text.contains("--") && !text.contains("/*")
    }

    /// A number, a phrase, or one single-quoted literal without backslashes (MySQL's
    /// `DATA DIRECTORY='/data'`), for MySQL table options that SQLAlchemy writes as given.
    static func isTableOptionValue(_ text: String) -> Bool {
        if isPhrase(text) { return true }
        // Byte by byte: a quote followed by a combining mark is one Character, but still a quote.
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "'"), bytes.last == UInt8(ascii: "'") else { return false }
        var index = 1
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return false }
            if byte == UInt8(ascii: "'") {
                guard index + 1 < bytes.count - 1, bytes[index + 1] == UInt8(ascii: "'") else { return false }
                index += 1
            }
            index += 1
        }
        return true
    }

    /// Whether SQL text given as a keyword value (`postgresql_partition_by="RANGE (created)"`,
    /// a WHERE condition) stays inside the clause it is written in: quotes and parentheses
    /// closed, and, outside quotes, no `;`, no comment (`--`, `/*`, and `#` but on PostgreSQL),
    /// no dollar quoting (`$$`, `$tag$`), and
    /// no line that a client would take for a batch separator (`GO`, `/`). Backslashes inside
    /// quotes are refused too, since MySQL reads them as escapes and PostgreSQL does not.
    static func isSelfContained(_ text: String) -> Bool {
        isSelfContained(text, hashStartsComment: true)
    }

    /// `isSelfContained` for PostgreSQL, where `#` is an operator (`#>`, `#-`), not a comment.
    static func isSelfContainedPostgreSQL(_ text: String) -> Bool {
        isSelfContained(text, hashStartsComment: false)
    }

    static func isSelfContained(_ text: String, hashStartsComment: Bool) -> Bool {
        let bytes = Array(text.utf8)
        var depth = 0
        var quote: UInt8? = nil
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if let open = quote {
                if byte == UInt8(ascii: "\\") { return false }
                if byte == open {
                    if next == open { index += 2; continue }
                    quote = nil
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"): quote = byte
            case UInt8(ascii: "["): quote = UInt8(ascii: "]")
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth < 0 { return false }
            case UInt8(ascii: ";"), 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return false
            case UInt8(ascii: "#") where hashStartsComment: return false
            case UInt8(ascii: "$"):
                // A dollar quote (`$$`, `$tag$`) starts at a `$` that does not continue a name.
                if index > 0, OptionText.isWordByte(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "$") { break }
                var end = index + 1
                while end < bytes.count, OptionText.isWordByte(bytes[end]) { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "$") { return false }
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"): return false
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"): return false
            case UInt8(ascii: "*") where next == UInt8(ascii: "/"): return false
            default: break
            }
            index += 1
        }
        guard quote == nil, depth == 0 else { return false }
        return !text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).contains { line in
            let word = trimmed(line).uppercased()
            return word == "GO" || word == "/" || word.hasPrefix("GO ")
        }
    }

    /// `text` without spaces and tabs at either end.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// `value` when `accepts` it, else the diagnostic that names the keyword and the form it needs.
    static func checked(_ value: String, option: String, expected: String, _ accepts: (String) -> Bool) throws(DialectError) -> String {
        guard accepts(value) else { throw DialectError(.unsafeOptionValue(option, value, expected: expected)) }
        return value
    }
}
