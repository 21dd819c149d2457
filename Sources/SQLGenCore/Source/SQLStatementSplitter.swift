// Hand-written SQL split into statements: the text of override files, as a script shows it.

import Foundation

/// Splits SQL text into statements without understanding it: `;` ends a statement except inside
/// quotes ('…', "…", `…`, […]), comments (`--`, `/* */`) and PostgreSQL dollar quotes ($$…$$,
/// $tag$…$tag$). A text with batch-separator lines (`GO`, `/`) is split at those lines only,
/// since the blocks between them (T-SQL batches, PL/SQL) hold semicolons of their own.
public enum SQLStatementSplitter {
    /// The statements of `text`, trimmed, without the `;` that ends each (unless
    /// `keepsSemicolons`: a dialect whose statements take no terminator keeps what the author
    /// wrote, since a PL/SQL block needs its final `END;`). Pieces that are only white space or
    /// comments are left out.
    public static func statements(in text: String, batchSeparator: String?, keepsSemicolons: Bool = false) -> [String] {
        let pieces: [String]
        if let batchSeparator, hasSeparatorLine(text, batchSeparator) {
            pieces = splitAtSeparatorLines(text, batchSeparator).map { piece in
                var piece = trimmed(piece)
                if !keepsSemicolons, piece.hasSuffix(";") { piece = trimmed(String(piece.dropLast())) }
                return piece
            }
        } else {
            pieces = splitAtSemicolons(text).map(trimmed)
        }
        return pieces.filter { !isOnlyComments($0) }
    }

    static func isSeparatorLine(_ line: Substring, _ separator: String) -> Bool {
        line.trimmingSpaces().uppercased() == separator.uppercased()
    }

    static func hasSeparatorLine(_ text: String, _ separator: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).contains { isSeparatorLine($0, separator) }
    }

    static func splitAtSeparatorLines(_ text: String, _ separator: String) -> [String] {
        var pieces: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if isSeparatorLine(line, separator) {
                pieces.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        pieces.append(current.joined(separator: "\n"))
        return pieces
    }

    /// Splits at each `;` that is outside quotes, comments and dollar quotes.
    static func splitAtSemicolons(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var start = 0
        var index = 0
        func piece(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                index = skipQuoted(bytes, from: index, closing: byte)
            case UInt8(ascii: "["):
                index = skipQuoted(bytes, from: index, closing: UInt8(ascii: "]"))
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index < bytes.count && !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                index = min(bytes.count, index + 2)
            case UInt8(ascii: "$"):
                index = skipDollarQuoted(bytes, from: index)
            case UInt8(ascii: ";"):
                pieces.append(piece(start..<index))
                index += 1
                start = index
            default:
                index += 1
            }
        }
        pieces.append(piece(start..<bytes.count))
        return pieces
    }

    /// The index after a quoted run that starts at `start`; a doubled closing quote is part of it.
    static func skipQuoted(_ bytes: [UInt8], from start: Int, closing: UInt8) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == closing {
                if index + 1 < bytes.count && bytes[index + 1] == closing {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return index
    }

    /// `$tag$ … $tag$` (the tag may be empty); a `$` that opens no such quote (`$1`) is one byte.
    static func skipDollarQuoted(_ bytes: [UInt8], from start: Int) -> Int {
        var tagEnd = start + 1
        while tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "_") || (bytes[tagEnd] < 0x80 && Character(UnicodeScalar(bytes[tagEnd])).isLetter) {
            tagEnd += 1
        }
        guard tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "$") else { return start + 1 }
        let tag = bytes[start...tagEnd]
        var index = tagEnd + 1
        while index + tag.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "$") && bytes[index..<(index + tag.count)].elementsEqual(tag) {
                return index + tag.count
            }
            index += 1
        }
        return bytes.count
    }

    static func trimmed(_ text: String) -> String {
        String(Substring(text).trimmingSpaces())
    }

    /// Whether a piece holds nothing but white space and `--` / `/* */` comments.
    static func isOnlyComments(_ text: String) -> Bool {
        var rest = Substring(text).trimmingSpaces()
        while !rest.isEmpty {
            if rest.hasPrefix("--") {
                guard let end = rest.firstIndex(of: "\n") else { return true }
                rest = rest[end...].trimmingSpaces()
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return true }
                rest = rest[end.upperBound...].trimmingSpaces()
            } else {
                return false
            }
        }
        return true
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
