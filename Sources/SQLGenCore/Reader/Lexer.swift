// The lexer: bytes of a revision file to tokens, with Python's rules for lines and indentation.

import Foundation

/// Splits a file into tokens. It works on bytes (identifiers and operators are ASCII in revision
/// files; non-ASCII text is only valid inside strings and comments) and never stops at the first
/// problem: it records a diagnostic and carries on, except where the rest of the file cannot be
/// tokenised meaningfully (an unterminated triple-quoted string).
public struct Lexer {
    /// Brackets nested deeper than this are refused, so that a hostile file cannot exhaust the stack.
    public static let maximumNesting = Limits.bracketNesting

    let file: SourceFile
    let bytes: [UInt8]
    var index = 0
    var tokens: [Token] = []
    var literals: [StringLiteral] = []
    var diagnostics = DiagnosticBag()
    var indentStack: [Int] = [0]
    var brackets: [(symbol: UInt8, offset: Int)] = []
    var atLineStart = true
    /// Top-level functions whose bodies the parser passes over (`Parser.parse(skippingBodiesOf:)`):
    /// their blocks are scanned for where they end, not tokenized; see `skipFunctionBody()`.
    var skippedFunctions: Set<String> = []
    /// Where in `tokens` the current logical line starts.
    var lineFirstToken = 0
    /// The byte ranges of the bodies passed over, which `Parser.parse` checks against the
    /// statements it made of them.
    var skippedBodies: [Range<Int>] = []

    public init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// Tokenises the whole file. The token list always ends with `.end`; `literals` holds the
    /// string literals its `.string` tokens refer to.
    /// `skippingBodiesOf` names top-level functions whose indented blocks come out as one INDENT
    /// and one DEDENT, with no diagnostics from inside them: what the parser needs to pass over them.
    public static func tokenize(_ file: SourceFile, skippingBodiesOf skipped: Set<String> = []) -> (tokens: [Token], literals: [StringLiteral], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file: file)
        lexer.skippedFunctions = skipped
        lexer.run()
        return (lexer.tokens, lexer.literals, lexer.diagnostics.diagnostics)
    }

    mutating func run() {
        if let problem = Lexer.encodingProblem(in: bytes) {
            diagnostics.error(problem.message, at: file.position(at: problem.offset))
            tokens = [Token(.end, at: 0)]
            return
        }
        // A UTF-8 byte order mark is allowed at the very start.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        // About one token for every five bytes of a typical revision file.
        tokens.reserveCapacity(bytes.count / 5)
        while index < bytes.count {
            if atLineStart && brackets.isEmpty {
                if !readIndentation() { continue }
                lineFirstToken = tokens.count
            }
            lexToken()
        }
        finish()
    }

    /// Invalid UTF-8 and NUL bytes are refused up front: the rest of the pipeline may then treat
    /// every string it builds from the file as valid text.
    static func encodingProblem(in bytes: [UInt8]) -> (message: DiagnosticMessage, offset: Int)? {
        // Most revision files are plain ASCII without NUL bytes, valid UTF-8 as they stand:
        // one pass finds no byte that needs a closer look.
        guard let unusual = firstNonASCIIOrNUL(in: bytes) else { return nil }
        if let nul = bytes[unusual...].firstIndex(of: 0) {
            return (.nulByte, nul)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var scalarStart = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalarStart = offset + UTF8.width(scalar)
                offset = scalarStart
            case .emptyInput:
                break loop
            case .error:
                return (.invalidUTF8, scalarStart)
            }
        }
        return nil
    }

    /// The offset of the first byte that is NUL or not ASCII, eight bytes at a time: a word has
    /// such a byte when one of its bytes has the high bit set or is zero.
    static func firstNonASCIIOrNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var offset = 0
            if let base = buffer.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                while offset + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    // High bit set, or zero (the classic "has a zero byte" test).
                    if (word | ((word &- ones) & ~word)) & highs != 0 { break }
                    offset += 8
                }
            }
            while offset < buffer.count {
                if buffer[offset] == 0 || buffer[offset] >= 0x80 { return offset }
                offset += 1
            }
            return nil
        }
    }

    // MARK: Lines and indentation

    /// Reads the indentation of a logical line and emits INDENT/DEDENT. Returns false when the line
    /// is blank or a comment (nothing to emit; the loop goes on with the next line).
    mutating func readIndentation() -> Bool {
        var width = 0
        let lineStart = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "): width += 1
            case UInt8(ascii: "\t"): width = (width / 8 + 1) * 8
            case 0x0C: width = 0  // form feed resets the column, as in Python
            default: break
            }
            if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == 0x0C {
                index += 1
            } else {
                break
            }
        }
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "#"):
            skipComment()
            return false
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            skipLineBreak()
            return false
        case UInt8(ascii: "\\") where isLineContinuation(at: index):
            // A line made of only a continuation joins the next; treat it as blank.
            index += 1
            skipLineBreak()
            return false
        default:
            break
        }
        atLineStart = false
        let current = indentStack[indentStack.count - 1]
        if width > current {
            guard indentStack.count <= Limits.indentation else {
                diagnostics.error(.indentationTooDeep(Limits.indentation), at: file.position(at: index))
                // Give up on the rest of the file, as for runaway brackets: the parser's blocks
                // nest as deep as the indentation.
                index = bytes.count
                return false
            }
            indentStack.append(width)
            tokens.append(Token(.indent, at: index))
        } else if width < current {
            while width < indentStack[indentStack.count - 1] {
                indentStack.removeLast()
                tokens.append(Token(.dedent, at: index))
            }
            if width != indentStack[indentStack.count - 1] {
                diagnostics.error(.inconsistentDedent, at: file.position(at: lineStart))
                indentStack.append(width)
            }
        }
        return true
    }

    mutating func skipComment() {
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") && bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
    }

    mutating func skipLineBreak() {
        if index < bytes.count && bytes[index] == UInt8(ascii: "\r") { index += 1 }
        if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
        atLineStart = true
    }

    func isLineContinuation(at position: Int) -> Bool {
        let next = position + 1
        return next == bytes.count || bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: "\r")
    }

    mutating func finish() {
        if let open = brackets.last {
            diagnostics.error(.unclosedBracket(String(UnicodeScalar(open.symbol))), at: file.position(at: open.offset))
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            tokens.append(Token(.newline, at: bytes.count))
        }
        while indentStack.count > 1 {
            indentStack.removeLast()
            tokens.append(Token(.dedent, at: bytes.count))
        }
        tokens.append(Token(.end, at: bytes.count))
    }

    // MARK: Tokens

    mutating func lexToken() {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
            index += 1
            while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        case UInt8(ascii: "#"):
            skipComment()
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            if brackets.isEmpty {
                tokens.append(Token(.newline, at: index))
                skipLineBreak()
                if !skippedFunctions.isEmpty && indentStack.count == 1 && endsSkippedFunctionHeader() {
                    skipFunctionBody()
                }
            } else {
                index += 1
            }
        case UInt8(ascii: "\\"):
            if isLineContinuation(at: index) {
                index += 1
                if index < bytes.count && bytes[index] == UInt8(ascii: "\r") { index += 1 }
                if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
            } else {
                diagnostics.error(.unexpectedCharacter("\\"), at: file.position(at: index))
                index += 1
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            lexString(prefix: [], start: index)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "."):
            if index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                lexNumber()
            } else {
                lexSymbol()
            }
        default:
            if isIdentifierStart(byte) && (byte < 0x80 || isLetter(at: index)) {
                lexNameOrPrefixedString()
            } else {
                lexSymbol()
            }
        }
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Whether the non-ASCII character at `position` is a letter, which Python allows in names.
    func isLetter(at position: Int) -> Bool {
        var end = position + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self).first?.isLetter ?? false
    }

    func isIdentifierByte(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    mutating func lexNameOrPrefixedString() {
        let start = index
        while index < bytes.count && isIdentifierByte(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            if let prefix = StringPrefix(letters: bytes[start..<index]) {
                lexString(prefix: prefix, start: start)
                return
            }
        }
        if let keyword = keyword(from: start, to: index) {
            tokens.append(Token(.keyword(keyword), at: start))
        } else {
            tokens.append(Token(.name, at: start, end: index))
        }
    }

    mutating func lexNumber() {
        let start = index
        var isFloat = false
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count,
           let radix = ["x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2][Character(UnicodeScalar(bytes[index + 1]))] {
            index += 2
            while index < bytes.count && (isIdentifierByte(bytes[index])) { index += 1 }
            let digits = String(decoding: bytes[(start + 2)..<index], as: UTF8.self).replacingOccurrences(of: "_", with: "")
            if let value = Int(digits, radix: radix) {
                tokens.append(Token(.integer(value), at: start))
            } else {
                diagnostics.error(.invalidNumber(String(decoding: bytes[start..<index], as: UTF8.self)), at: file.position(at: start))
                tokens.append(Token(.integer(0), at: start))
            }
            return
        }
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) || byte == UInt8(ascii: "_") {
                index += 1
            } else if byte == UInt8(ascii: ".") {
                isFloat = true
                index += 1
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isFloat = true
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            } else if isIdentifierStart(byte) {
                // `1j`, `10L`, `1abc`: not numbers this language has.
                while index < bytes.count && isIdentifierByte(bytes[index]) { index += 1 }
                diagnostics.error(.invalidNumber(String(decoding: bytes[start..<index], as: UTF8.self)), at: file.position(at: start))
                tokens.append(Token(.integer(0), at: start))
                return
            } else {
                break
            }
        }
        var text = String(decoding: bytes[start..<index], as: UTF8.self)
        if bytes[start..<index].contains(UInt8(ascii: "_")) { text = text.replacingOccurrences(of: "_", with: "") }
        if !isFloat, let value = Int(text) {
            tokens.append(Token(.integer(value), at: start))
        } else if !isFloat, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            tokens.append(Token(.bigInteger, at: start, end: index))
        } else if let value = Double(text) {
            tokens.append(Token(.float(value), at: start))
        } else {
            diagnostics.error(.invalidNumber(text), at: file.position(at: start))
            tokens.append(Token(.integer(0), at: start))
        }
    }

    /// Up to eight bytes as one number, first byte lowest: a name's spelling compared in one step.
    static func packed(_ spelling: ArraySlice<UInt8>) -> UInt64 {
        var code: UInt64 = 0
        for position in spelling.indices {
            code |= UInt64(spelling[position]) << (8 * UInt64(position - spelling.startIndex))
        }
        return code
    }

    /// Python's keywords by their packed spelling, sorted by code for a binary search.
    static let keywordCodes: [(code: UInt64, keyword: Keyword)] =
        Keyword.allCases.map { (packed(ArraySlice($0.rawValue.utf8)), $0) }.sorted { $0.code < $1.code }

    /// The letters keywords start with, as a bit set over ASCII: one test rules out most names
    /// (`sa`, `Column`, `String`) before any packing or searching.
    static let keywordInitials: (low: UInt64, high: UInt64) = Keyword.allCases.reduce((0, 0)) { set, keyword in
        let byte = keyword.rawValue.utf8.first!
        return byte < 64 ? (set.0 | 1 << UInt64(byte), set.1) : (set.0, set.1 | 1 << UInt64(byte - 64))
    }

    /// The keyword that the name in `start..<end` spells, if any.
    func keyword(from start: Int, to end: Int) -> Keyword? {
        // Keywords are two to eight letters long.
        guard end - start >= 2 && end - start <= 8 else { return nil }
        let first = bytes[start]
        let initials = Lexer.keywordInitials
        guard first < 128, (first < 64 ? initials.low >> UInt64(first) : initials.high >> UInt64(first - 64)) & 1 == 1 else { return nil }
        let code = Lexer.packed(bytes[start..<end])
        let codes = Lexer.keywordCodes
        var low = 0, high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle].code < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low].code == code ? codes[low].keyword : nil
    }

    mutating func lexSymbol() {
        let start = index
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        if let symbol = Symbol(bytes[index], second, third) {
            index += symbol.rawValue.utf8.count
            if trackBrackets(at: start) {
                tokens.append(Token(.symbol(symbol), at: start))
            }
            return
        }
        // Report the whole character, not a lone byte of it.
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        diagnostics.error(.unexpectedCharacter(String(decoding: bytes[index..<end], as: UTF8.self)), at: file.position(at: index))
        index = end
    }

    /// Keeps the stack of open brackets: too deep a nesting stops the lexer, a closing bracket
    /// must match the last one opened. Returns false when the lexer gives up on the file.
    mutating func trackBrackets(at start: Int) -> Bool {
        let byte = bytes[start]
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if brackets.count >= Lexer.maximumNesting {
                diagnostics.error(.nestingTooDeep(Lexer.maximumNesting), at: file.position(at: start))
                // Give up on the rest of the file: everything after is inside the runaway nesting.
                index = bytes.count
                brackets.removeAll()
                return false
            }
            brackets.append((byte, start))
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let expected: UInt8 = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : byte == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
            if let open = brackets.last, open.symbol == expected {
                brackets.removeLast()
            } else if let open = brackets.last {
                diagnostics.error(.mismatchedBracket(closing: String(UnicodeScalar(byte)), opening: String(UnicodeScalar(open.symbol)), line: file.position(at: open.offset).line), at: file.position(at: start))
                brackets.removeLast()
            } else {
                diagnostics.error(.unmatchedBracket(String(UnicodeScalar(byte))), at: file.position(at: start))
            }
        default:
            break
        }
        return true
    }

    // MARK: Skipped function bodies

    /// Whether the logical line just ended is `def NAME...` at the top level with NAME among
    /// `skippedFunctions`: the line on which the parser's `skipFunction()` starts.
    func endsSkippedFunctionHeader() -> Bool {
        guard tokens.count >= lineFirstToken + 2, tokens[lineFirstToken].kind == .keyword(.def) else { return false }
        let name = tokens[lineFirstToken + 1]
        guard name.kind == .name else { return false }
        return skippedFunctions.contains(String(decoding: bytes[name.offset..<name.end], as: UTF8.self))
    }

    /// Passes over the indented block after a skipped function's header line, at the byte level:
    /// only strings (triple-quoted ones span lines), comments, brackets (a line break inside
    /// them ends no line), backslash continuations and indentation are followed, as `run()`
    /// would follow them, so the block ends exactly where its tokens would have ended: at the
    /// first line at the top level's indentation outside any string or bracket, or at the end
    /// of the file. The block comes out as one INDENT and one DEDENT (nothing when the next line
    /// is not indented), which the parser's `skipBlock()` passes over as it would the block's
    /// tokens. What the lexer would report inside the block is not reported: the parser assigns
    /// it to the skipped function, which no one reads (`Parser.parse` lexes the file again in
    /// the rare case where the block ends up in no such function: a `def` line swallowed by
    /// a decorator or by the recovery from an error before it). A block that nests brackets or
    /// indentation past the limits (where the lexer gives up on the rest of the file) or
    /// dedents to a width it never indented to (where the parser's block can end early) is
    /// tokenized after all, so that those behave exactly as before.
    mutating func skipFunctionBody() {
        let bodyStart = index
        // Where the block ends, and the offset of its first indented line if it has one; nil
        // when it must be tokenized after all.
        let scanned: (end: Int, firstLine: Int?)? = bytes.withUnsafeBufferPointer { buffer in
            Lexer.scanBody(buffer, from: bodyStart)
        }
        guard let scanned else { return tokenizeBody(from: bodyStart) }
        index = scanned.end
        if let firstLine = scanned.firstLine {
            // Only blank and comment lines before `firstLine`: nothing there to report.
            skippedBodies.append(firstLine..<min(index, bytes.count))
            tokens.append(Token(.indent, at: firstLine))
            tokens.append(Token(.dedent, at: min(index, bytes.count)))
        }
        atLineStart = true
    }

    /// The byte scan behind `skipFunctionBody()`, over the file's bytes without bounds checks
    /// or copies (it passes over most of every file a graph command reads).
    static func scanBody(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, firstLine: Int?)? {
        let count = bytes.count
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), backslash = UInt8(ascii: "\\")
        var index = start
        var levels: [Int] = [0]
        var openBrackets = 0
        var firstLine: Int?
        /// `isLineContinuation`: a backslash at the end of a line or of the file.
        func continuesLine(_ position: Int) -> Bool {
            position + 1 == count || bytes[position + 1] == newline || bytes[position + 1] == carriageReturn
        }
        func skipLineBreak() {
            if index < count && bytes[index] == carriageReturn { index += 1 }
            if index < count && bytes[index] == newline { index += 1 }
        }
        func skipComment() {
            while index < count && bytes[index] != newline && bytes[index] != carriageReturn { index += 1 }
        }
        lines: while index < count {
            // A line start: its indentation, measured as `readIndentation()` measures it.
            let lineStart = index
            var width = 0
            measuring: while index < count {
                switch bytes[index] {
                case UInt8(ascii: " "): width += 1
                case UInt8(ascii: "\t"): width = (width / 8 + 1) * 8
                case 0x0C: width = 0
                default: break measuring
                }
                index += 1
            }
            guard index < count else { break lines }
            switch bytes[index] {
            case UInt8(ascii: "#"):
                skipComment()
                continue lines
            case newline, carriageReturn:
                skipLineBreak()
                continue lines
            case backslash where continuesLine(index):
                index += 1
                skipLineBreak()
                continue lines
            default:
                break
            }
            if width == 0 {
                // A top-level line: the block ended before it.
                index = lineStart
                break lines
            }
            if firstLine == nil { firstLine = index }
            if width > levels[levels.count - 1] {
                guard levels.count <= Limits.indentation else { return nil }
                levels.append(width)
            } else {
                while width < levels[levels.count - 1] { levels.removeLast() }
                // An inconsistent dedent: the lexer pushes the width without an INDENT but pops
                // it with a DEDENT, so the parser's block may end in the middle of the body.
                guard width == levels[levels.count - 1] else { return nil }
            }
            // The rest of the logical line.
            while index < count {
                let byte = bytes[index]
                guard structuralByte(byte) else {
                    index += 1
                    continue
                }
                switch byte {
                case newline, carriageReturn:
                    guard openBrackets == 0 else {
                        index += 1
                        continue
                    }
                    skipLineBreak()
                    continue lines
                case UInt8(ascii: "#"):
                    skipComment()
                case backslash:
                    let continues = continuesLine(index)
                    index += 1
                    if continues { skipLineBreak() }
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    guard openBrackets < Lexer.maximumNesting else { return nil }
                    openBrackets += 1
                    index += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if openBrackets > 0 { openBrackets -= 1 }
                    index += 1
                default:
                    // A quote: the string as `lexString` reads it, to its closing quote, to the
                    // line break that ends an unterminated one-line string, or to the end.
                    let quote = byte
                    let triple = index + 2 < count && bytes[index + 1] == quote && bytes[index + 2] == quote
                    index += triple ? 3 : 1
                    while true {
                        guard index < count else { break lines }
                        let inner = bytes[index]
                        if inner == backslash {
                            index += 2
                            continue
                        }
                        if !triple && (inner == newline || inner == carriageReturn) { break }
                        if inner == quote && (!triple || (index + 2 < count && bytes[index + 1] == quote && bytes[index + 2] == quote)) {
                            index += triple ? 3 : 1
                            break
                        }
                        index += 1
                    }
                }
            }
        }
        return (index, firstLine)
    }

    /// Whether a byte ends or changes the meaning of what follows in a body line: line breaks,
    /// comments, backslashes, quotes and brackets. Every other byte is passed over one by one.
    @inline(__always)
    static func structuralByte(_ byte: UInt8) -> Bool {
        // Every such byte is below 128: one bit of a 128-bit set.
        byte < 64 ? (structuralLow >> UInt64(byte)) & 1 == 1 : byte < 128 && (structuralHigh >> UInt64(byte - 64)) & 1 == 1
    }

    /// `\n \r " # ' ( )`, by their codes (10, 13, 34, 35, 39, 40, 41); computed, so that the
    /// compiler folds them into the test instead of loading a global each time.
    static var structuralLow: UInt64 { 1 << 10 | 1 << 13 | 1 << 34 | 1 << 35 | 1 << 39 | 1 << 40 | 1 << 41 }
    /// `[ \ ] { }`, by their codes less 64 (91, 92, 93, 123, 125).
    static var structuralHigh: UInt64 { 1 << 27 | 1 << 28 | 1 << 29 | 1 << 59 | 1 << 61 }

    /// Gives up skipping: the block from `start` is tokenized as any other.
    mutating func tokenizeBody(from start: Int) {
        index = start
        atLineStart = true
    }

    // MARK: Strings

    mutating func lexString(prefix: StringPrefix, start: Int) {
        let quote = bytes[index]
        let triple = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
        index += triple ? 3 : 1
        let bodyStart = index
        let raw = prefix.contains(.raw)
        while true {
            guard index < bytes.count else {
                diagnostics.error(.unterminatedString(triple: triple), at: file.position(at: start))
                return
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if !triple && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                diagnostics.error(.unterminatedString(triple: false), at: file.position(at: start))
                return
            }
            if byte == quote {
                if !triple {
                    break
                }
                if index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote {
                    break
                }
            }
            index += 1
        }
        let body = bytes[bodyStart..<min(index, bytes.count)]
        index += triple ? 3 : 1
        let value = raw || !body.contains(UInt8(ascii: "\\"))
            ? String(decoding: body, as: UTF8.self)
            : unescape(Array(body), at: bodyStart)
        literals.append(StringLiteral(value: value, prefix: prefix))
        tokens.append(Token(.string(literals.count - 1), at: start))
    }

    /// Applies Python's backslash escapes to a string body.
    mutating func unescape(_ body: [UInt8], at bodyStart: Int) -> String {
        var result = [UInt8]()
        result.reserveCapacity(body.count)
        var i = 0
        func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
            UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
        }
        while i < body.count {
            let byte = body[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < body.count else {
                result.append(byte)
                i += 1
                continue
            }
            let next = body[i + 1]
            i += 2
            switch next {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\r"):
                if i < body.count && body[i] == UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "'"): result.append(UInt8(ascii: "'"))
            case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
            case UInt8(ascii: "a"): result.append(0x07)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "v"): result.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(next - UInt8(ascii: "0"))
                var count = 1
                while count < 3, i < body.count, body[i] >= UInt8(ascii: "0"), body[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(body[i] - UInt8(ascii: "0"))
                    i += 1
                    count += 1
                }
                appendScalar(value, to: &result, at: bodyStart + i)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = next == UInt8(ascii: "x") ? 2 : next == UInt8(ascii: "u") ? 4 : 8
                if i + width <= body.count, let value = hexValue(body[i..<(i + width)]) {
                    appendScalar(value, to: &result, at: bodyStart + i - 2)
                    i += width
                } else {
                    diagnostics.error(.invalidEscape(String(decoding: [UInt8(ascii: "\\"), next], as: UTF8.self)), at: file.position(at: bodyStart + i - 2))
                }
            case UInt8(ascii: "N"):
                diagnostics.error(.unsupportedNamedEscape, at: file.position(at: bodyStart + i - 2))
            default:
                // Python keeps unknown escapes as written.
                result.append(UInt8(ascii: "\\"))
                result.append(next)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    mutating func appendScalar(_ value: UInt32, to result: inout [UInt8], at offset: Int) {
        guard let scalar = UnicodeScalar(value) else {
            diagnostics.error(.invalidEscape(String(value, radix: 16)), at: file.position(at: offset))
            return
        }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
