// Tokens of the revision-file language (the part of Python that revision files use).

public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case name(String)
        case integer(Int)
        case float(Double)
        /// A string literal's value after escapes; `prefix` holds the lower-cased prefix letters (`r`, `b`, `f`, ...).
        case string(String, prefix: String)
        /// Punctuation and operators: `(`, `.`, `**`, `->`, ...
        case symbol(String)
        case newline
        case indent
        case dedent
        case end
    }

    public var kind: Kind
    /// Byte offset of the token's first byte in its file.
    public var offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// How the token reads in a message: `'('`, `name 'foo'`, `end of file`.
    var displayName: String {
        switch kind {
        case .name(let name): return "'\(name)'"
        case .integer(let value): return "'\(value)'"
        case .float(let value): return "'\(value)'"
        case .string: return "a string"
        case .symbol(let symbol): return "'\(symbol)'"
        case .newline: return "end of line"
        case .indent: return "an indented block"
        case .dedent: return "the end of an indented block"
        case .end: return "end of file"
        }
    }
}
