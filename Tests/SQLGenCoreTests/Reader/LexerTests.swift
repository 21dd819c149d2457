// Lexer: tokens, strings and their escapes, indentation, and the diagnostics for broken input.

import Testing
@testable import SQLGenCore

@Suite struct LexerTests {
    /// A token with its text: what the lexer read, in a form a test can spell out.
    enum Lexeme: Equatable {
        case name(String)
        case keyword(Keyword)
        case integer(Int)
        case bigInteger(String)
        case float(Double)
        case string(String, prefix: String)
        case symbol(Symbol)
        case newline, indent, dedent, end
    }

    func kinds(_ text: String) -> [Lexeme] {
        let file = SourceFile(path: "t.py", text: text)
        let (tokens, literals, _) = Lexer.tokenize(file)
        return tokens.map { token in
            switch token.kind {
            case .name: .name(String(decoding: file.bytes[token.offset..<token.end], as: UTF8.self))
            case .keyword(let keyword): .keyword(keyword)
            case .integer(let value): .integer(value)
            case .bigInteger: .bigInteger(String(decoding: file.bytes[token.offset..<token.end], as: UTF8.self))
            case .float(let value): .float(value)
            case .string(let index): .string(literals[index].value, prefix: literals[index].prefix.letters)
            case .symbol(let symbol): .symbol(symbol)
            case .newline: .newline
            case .indent: .indent
            case .dedent: .dedent
            case .end: .end
            }
        }
    }

    func errors(_ text: String) -> [String] {
        summaries(Lexer.tokenize(SourceFile(path: "t.py", text: text)).diagnostics)
    }

    @Test func keywordsAreTokensOfTheirOwnAndNamesThatStartLikeThemAreNot() {
        #expect(kinds("if x is not None: return lambda_ or in_ or None_ or iffy") == [
            .keyword(.if), .name("x"), .keyword(.is), .keyword(.not), .keyword(.None), .symbol(.colon), .keyword(.return),
            .name("lambda_"), .keyword(.or), .name("in_"), .keyword(.or), .name("None_"), .keyword(.or), .name("iffy"), .newline, .end,
        ])
        #expect(kinds("yield nonlocal global") == [.keyword(.yield), .keyword(.nonlocal), .keyword(.global), .newline, .end])
    }

    @Test func nameBytesAreLettersDigitsUnderscoreAndNonASCII() {
        let lexer = Lexer(file: SourceFile(path: "t.py", text: ""))
        for byte in UInt8.min...UInt8.max {
            let expected = byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            #expect(lexer.isIdentifierByte(byte) == expected, "byte \(byte)")
        }
    }

    @Test func namesNumbersAndSymbols() {
        #expect(kinds("x = sa.String(50) -> 1.5e3 ** 0x1F") == [
            .name("x"), .symbol(.equal), .name("sa"), .symbol(.dot), .name("String"), .symbol(.leftParenthesis), .integer(50), .symbol(.rightParenthesis),
            .symbol(.arrow), .float(1500), .symbol(.doubleStar), .integer(31), .newline, .end,
        ])
    }

    @Test func integersBeyondIntKeepTheirDigits() {
        #expect(kinds("9223372036854775807 9223372036854775808 1_000_000_000_000_000_000_000 1e30") == [
            .integer(9223372036854775807), .bigInteger("9223372036854775808"), .bigInteger("1_000_000_000_000_000_000_000"), .float(1e30), .newline, .end,
        ])
    }

    @Test func stringFormsAndEscapes() {
        #expect(kinds(#"'a\'b' "c\"d" r'\n' '\x41\u00e9\n\t\\' b'x' f'{y}'"#) == [
            .string("a'b", prefix: ""), .string("c\"d", prefix: ""), .string("\\n", prefix: "r"),
            .string("A\u{e9}\n\t\\", prefix: ""), .string("x", prefix: "b"), .string("{y}", prefix: "f"), .newline, .end,
        ])
    }

    @Test func prefixLettersInEitherCaseAndOnlyPythonsCombinations() {
        #expect(kinds(#"Rb'\d' F'{x}' U'a' bR'y'"#) == [
            .string("\\d", prefix: "rb"), .string("{x}", prefix: "f"), .string("a", prefix: "u"), .string("y", prefix: "rb"), .newline, .end,
        ])
        // `ub` and `bf` are no prefixes: a name, then a string.
        #expect(kinds("ub'x' bf'y'") == [.name("ub"), .string("x", prefix: ""), .name("bf"), .string("y", prefix: ""), .newline, .end])
    }

    @Test func tripleQuotedStringsSpanLines() {
        #expect(kinds("\"\"\"one\n'two' \"three\"\n\"\"\"") == [.string("one\n'two' \"three\"\n", prefix: ""), .newline, .end])
        #expect(kinds("'''a\\\nb'''") == [.string("ab", prefix: ""), .newline, .end])
    }

    @Test func indentationAndBlankLinesAndComments() {
        let text = "def f():\n    # comment\n\n    x = (1,\n  2)\n    pass\ny\n"
        #expect(kinds(text) == [
            .keyword(.def), .name("f"), .symbol(.leftParenthesis), .symbol(.rightParenthesis), .symbol(.colon), .newline,
            .indent, .name("x"), .symbol(.equal), .symbol(.leftParenthesis), .integer(1), .symbol(.comma), .integer(2), .symbol(.rightParenthesis), .newline,
            .keyword(.pass), .newline, .dedent, .name("y"), .newline, .end,
        ])
    }

    @Test func backslashContinuationJoinsLines() {
        #expect(kinds("x = 1 + \\\n    2\n") == [.name("x"), .symbol(.equal), .integer(1), .symbol(.plus), .integer(2), .newline, .end])
    }

    @Test func unterminatedStringsNameTheLineWhereTheyStart() {
        #expect(errors("x = 1\ny = 'abc\nz = 2\n") == ["2:5: unterminated string"])
        #expect(errors("x = 1\ny = \"\"\"abc\nz = 2\n") == ["2:5: unterminated triple-quoted string"])
    }

    @Test func bracketsMustMatch() {
        #expect(errors("x = foo(1,\n  2\n") == ["1:8: '(' was never closed"])
        #expect(errors("x = [1)\n") == ["1:7: closing ')' does not match opening '[' on line 1"])
        #expect(errors("x = 1)\n") == ["1:6: unmatched ')'"])
    }

    @Test func badIndentationIsReported() {
        #expect(errors("def f():\n        x = 1\n    y = 2\n") == ["3:1: unindent does not match any outer indentation level"])
    }

    @Test func nulBytesAndInvalidUTF8AreRefusedWithTheirPosition() {
        #expect(summaries(Lexer.tokenize(SourceFile(path: "t.py", bytes: Array("x = 1\ny".utf8) + [0] + Array("\n".utf8))).diagnostics)
                == ["2:2: file contains a NUL byte; revision files are text"])
        #expect(summaries(Lexer.tokenize(SourceFile(path: "t.py", bytes: Array("x = 'é'\ny = '".utf8) + [0xFF, 0x27])).diagnostics)
                == ["2:6: file is not valid UTF-8"])
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = "x = " + String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000) + "\n"
        #expect(errors(text) == ["1:205: brackets nested more than 200 deep"])
    }

    @Test func unexpectedCharactersAreNamed() {
        #expect(errors("x = 1 ? 2\n") == ["1:7: unexpected character '?'"])
        #expect(errors("x = 1 € 2\n") == ["1:7: unexpected character '€'"])
    }
}
