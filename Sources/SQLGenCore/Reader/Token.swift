// Tokens of the revision-file language (the part of Python that revision files use).

/// One token. It holds no text of its own, so a token list is a flat array that costs nothing
/// to copy or free: a name's text is the file's bytes `offset..<end`, a string literal's value
/// is in the list of literals that comes with the tokens.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// An identifier that is not a keyword.
        case name
        case keyword(Keyword)
        case integer(Int)
        /// An integer too large for `Int`: its digits are the file's bytes `offset..<end`, kept
        /// exactly (Python's integers have no bound; a Double would round them).
        case bigInteger
        case float(Double)
        /// A string literal: the index of its value and prefix in the lexer's `literals`.
        case string(Int)
        /// Punctuation and operators: `(`, `.`, `**`, `->`, ...
        case symbol(Symbol)
        case newline
        case indent
        case dedent
        case end
    }

    public var kind: Kind
    /// Byte offset of the token's first byte in its file.
    public var offset: Int
    /// Byte offset just past a name (the end of its text); equal to `offset` for other tokens.
    public var end: Int

    public init(_ kind: Kind, at offset: Int, end: Int? = nil) {
        self.kind = kind
        self.offset = offset
        self.end = end ?? offset
    }

    var isString: Bool {
        if case .string = kind { return true }
        return false
    }
}

/// A string literal's value after escapes, and its prefix letters.
public struct StringLiteral: Sendable, Equatable {
    public var value: String
    public var prefix: StringPrefix
}

/// The letters before a string literal's quote (`r`, `b`, `f`, `u`, in either case): a byte of
/// flags rather than text, so that every string expression stays small.
public struct StringPrefix: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `r`: backslashes are kept as written.
    public static let raw = StringPrefix(rawValue: 1)
    /// `b`: a bytes literal.
    public static let bytes = StringPrefix(rawValue: 2)
    /// `f`: an f-string, interpolated when evaluated.
    public static let formatted = StringPrefix(rawValue: 4)
    /// `u`: a plain string, as Python 2 wrote it.
    public static let unicode = StringPrefix(rawValue: 8)

    /// The prefix Python accepts in `letters` (`r`, `u`, `b`, `f`, `br`, `rb`, `fr`, `rf`, in either
    /// case), or nil for any other letters.
    init?(letters: ArraySlice<UInt8>) {
        guard !letters.isEmpty, letters.count <= 2 else { return nil }
        var prefix = StringPrefix()
        for letter in letters {
            let flag: StringPrefix
            switch letter | 0x20 {  // lower case
            case UInt8(ascii: "r"): flag = .raw
            case UInt8(ascii: "b"): flag = .bytes
            case UInt8(ascii: "f"): flag = .formatted
            case UInt8(ascii: "u"): flag = .unicode
            default: return nil
            }
            guard !prefix.contains(flag) else { return nil }
            prefix.insert(flag)
        }
        // `u` stands alone; `b` and `f` do not go together.
        if letters.count == 2 && (prefix.contains(.unicode) || prefix == [.bytes, .formatted]) { return nil }
        self = prefix
    }

    /// The prefix as lower-case letters, in a fixed order: `rb`, `rf`, `u`, ...
    public var letters: String {
        (contains(.raw) ? "r" : "") + (contains(.bytes) ? "b" : "") + (contains(.formatted) ? "f" : "") + (contains(.unicode) ? "u" : "")
    }
}

/// Python's reserved words. They are tokens of their own, so the parser compares codes, not text,
/// and a keyword can never be taken for a name.
public enum Keyword: String, Sendable, CaseIterable {
    case `False`, `None`, `True`
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`, except
    case finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass
    case raise, `return`, `try`, `while`, with, yield
}

/// Punctuation and operators, each spelled by its raw value.
public enum Symbol: String, Sendable, CaseIterable {
    case leftParenthesis = "(", rightParenthesis = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", colon = ":", dot = ".", semicolon = ";", at = "@", equal = "=", tilde = "~"
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
    case less = "<", greater = ">", ampersand = "&", bar = "|", caret = "^"
    case arrow = "->", walrus = ":=", doubleStar = "**", doubleSlash = "//"
    case equalEqual = "==", notEqual = "!=", lessEqual = "<=", greaterEqual = ">="
    case shiftLeft = "<<", shiftRight = ">>"
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", percentEqual = "%="
    case ampersandEqual = "&=", barEqual = "|=", caretEqual = "^=", atEqual = "@="
    case doubleStarEqual = "**=", doubleSlashEqual = "//=", shiftRightEqual = ">>=", shiftLeftEqual = "<<="
    case ellipsis = "..."

    /// The longest symbol that the bytes `first`, `second`, `third` start with (bytes past the
    /// end of the file are 0), or nil when `first` starts no symbol.
    init?(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
        let next = Unicode.Scalar(second), afterNext = Unicode.Scalar(third)
        let equalFollows = next == "="
        switch Unicode.Scalar(first) {
        case "(": self = .leftParenthesis
        case ")": self = .rightParenthesis
        case "[": self = .leftBracket
        case "]": self = .rightBracket
        case "{": self = .leftBrace
        case "}": self = .rightBrace
        case ",": self = .comma
        case ";": self = .semicolon
        case "~": self = .tilde
        case ".": self = next == "." && afterNext == "." ? .ellipsis : .dot
        case ":": self = equalFollows ? .walrus : .colon
        case "=": self = equalFollows ? .equalEqual : .equal
        case "!":
            guard equalFollows else { return nil }
            self = .notEqual
        case "@": self = equalFollows ? .atEqual : .at
        case "+": self = equalFollows ? .plusEqual : .plus
        case "-": self = equalFollows ? .minusEqual : next == ">" ? .arrow : .minus
        case "%": self = equalFollows ? .percentEqual : .percent
        case "&": self = equalFollows ? .ampersandEqual : .ampersand
        case "|": self = equalFollows ? .barEqual : .bar
        case "^": self = equalFollows ? .caretEqual : .caret
        case "*":
            if next == "*" { self = afterNext == "=" ? .doubleStarEqual : .doubleStar } else { self = equalFollows ? .starEqual : .star }
        case "/":
            if next == "/" { self = afterNext == "=" ? .doubleSlashEqual : .doubleSlash } else { self = equalFollows ? .slashEqual : .slash }
        case "<":
            if next == "<" { self = afterNext == "=" ? .shiftLeftEqual : .shiftLeft } else { self = equalFollows ? .lessEqual : .less }
        case ">":
            if next == ">" { self = afterNext == "=" ? .shiftRightEqual : .shiftRight } else { self = equalFollows ? .greaterEqual : .greater }
        default: return nil
        }
    }

    /// The operator of an augmented assignment: `+` for `+=`; nil for other symbols.
    var augmentedOperator: String? {
        switch self {
        case .plusEqual, .minusEqual, .starEqual, .slashEqual, .percentEqual, .ampersandEqual, .barEqual, .caretEqual,
             .atEqual, .doubleStarEqual, .doubleSlashEqual, .shiftRightEqual, .shiftLeftEqual:
            return String(rawValue.dropLast())
        default:
            return nil
        }
    }

    /// The binding strength of a left-associative binary operator between `|` (1) and `*` (6);
    /// nil for symbols that are not such an operator.
    var binaryPrecedence: Int? {
        switch self {
        case .bar: return 1
        case .caret: return 2
        case .ampersand: return 3
        case .shiftLeft, .shiftRight: return 4
        case .plus, .minus: return 5
        case .star, .slash, .doubleSlash, .percent, .at: return 6
        default: return nil
        }
    }

    /// Whether the symbol compares two values: `<`, `==`, ...
    var isComparison: Bool {
        switch self {
        case .less, .greater, .equalEqual, .greaterEqual, .lessEqual, .notEqual: return true
        default: return false
        }
    }
}
