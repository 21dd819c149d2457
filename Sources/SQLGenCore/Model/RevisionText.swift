// Revision-supplied text that reaches a script outside quotes: which characters ids and labels may not hold, and how such text is made inert.

/// Ids and branch labels are written into the script's `-- Running upgrade a -> b` comments and
/// into messages, outside any quotes. Alembic accepts nearly any string as an id (it refuses only
/// `@ - + :`, its target separators; see `RevisionGraph.illegalIDCharacters`), so sqlgen refuses only
/// what is dangerous there: a line break or other control character would end the comment and
/// turn the rest of the id into SQL, and bidirectional-text controls would make a reviewer read
/// the script in an order other than the one the database runs it in.
public enum RevisionText {
    /// Whether `scalar` may not appear in an id or a branch label: C0 and C1 control characters
    /// (newline, carriage return, tab, NUL, ESC, NEL...), the Unicode line and paragraph separators,
    /// and the bidirectional marks, embeddings, overrides and isolates.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    /// The first character of `text` that `isUnsafe` refuses, if any. Plain ASCII is checked byte by byte.
    public static func firstUnsafeScalar(in text: String) -> Unicode.Scalar? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        return text.unicodeScalars.first(where: isUnsafe)
    }

    /// `text` with every unsafe character written as a visible escape (`\n`, `\u{202E}`), so that
    /// it can go into a SQL comment or a message and still end where it seems to end. Text with
    /// no such character is returned as it is.
    public static func inert(_ text: String) -> String {
        guard firstUnsafeScalar(in: text) != nil else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result += escape(scalar)
        }
        return result
    }

    /// The escape `inert` writes for one character, as Python would spell it in a string.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            return scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
