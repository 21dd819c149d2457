// Skipped function bodies: the lexer's byte-level scan ends each body exactly where its tokens would.

import Testing
@testable import SQLGenCore

@Suite struct BodySkippingTests {
    /// The parse as it was before the lexer passed over bodies: every byte tokenized, and the
    /// parser skipping the bodies' tokens. The scan must give the same statements and the same
    /// diagnostics outside the skipped functions.
    func referenceParse(_ file: SourceFile, skipping: Set<String>) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        let (tokens, literals, lexDiagnostics) = Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: tokens, literals: literals)
        parser.skippedFunctions = skipping
        let statements = parser.parseModule()
        var parseDiagnostics = parser.diagnostics.diagnostics
        let gaveUp = lexDiagnostics.first { $0.message == .nestingTooDeep(Lexer.maximumNesting) || $0.message == .indentationTooDeep(Limits.indentation) }
        if let cutOff = gaveUp?.position?.offset {
            parseDiagnostics.removeAll { ($0.position?.offset ?? 0) >= cutOff }
        }
        return (statements, lexDiagnostics + parseDiagnostics)
    }

    /// The diagnostics a reader keeps: those not inside a skipped function.
    func kept(_ diagnostics: [Diagnostic], _ statements: [Statement], _ file: SourceFile, skipping: Set<String>) -> [String] {
        summaries(diagnostics.filter { diagnostic in
            guard let function = RevisionReader.migrationFunction(containing: diagnostic.position, in: statements, fileSize: file.bytes.count) else { return true }
            return !skipping.contains(function)
        })
    }

    /// Checks that skipping at the byte level parses `text` as the reference does, for every
    /// choice of skipped functions; returns the statements' dump for further checks.
    @discardableResult
    func expectSameParse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let file = SourceFile(path: "t.py", text: text)
        for skipping: Set<String> in [["upgrade"], ["downgrade"], ["upgrade", "downgrade"]] {
            let reference = referenceParse(file, skipping: skipping)
            let scanned = Parser.parse(file, skippingBodiesOf: skipping)
            #expect(String(reflecting: scanned.statements) == String(reflecting: reference.statements),
                    "statements differ skipping \(skipping.sorted()) in:\n\(text)", sourceLocation: sourceLocation)
            #expect(kept(scanned.diagnostics, scanned.statements, file, skipping: skipping) == kept(reference.diagnostics, reference.statements, file, skipping: skipping),
                    "diagnostics differ skipping \(skipping.sorted()) in:\n\(text)", sourceLocation: sourceLocation)
        }
        return String(reflecting: Parser.parse(file, skippingBodiesOf: ["upgrade", "downgrade"]).statements)
    }

    /// The header a graph command reads (no function bodies).
    func header(_ text: String) -> (id: String?, parents: [String], errors: [String]) {
        let (revision, diagnostics) = RevisionReader.read(SourceFile(path: "t.py", text: text), functions: .none)
        return (revision?.id, revision?.downRevisions ?? [], summaries(diagnostics.filter { $0.severity == .error }))
    }

    static let tail = "revision = 'r2'\ndown_revision = 'r1'\n"

    @Test func bodiesAreNotTokenized() {
        let text = "revision = 'a'\ndown_revision = None\n\ndef upgrade():\n    op.create_table('t', sa.Column('x', sa.Integer()))\n\ndef downgrade():\n    op.drop_table('t')\n"
        let (tokens, _, _) = Lexer.tokenize(SourceFile(path: "t.py", text: text), skippingBodiesOf: ["upgrade", "downgrade"])
        // The two header lines (3 tokens and a newline each), each def line (6 tokens) with an
        // INDENT and a DEDENT for its body, and the end.
        #expect(tokens.count == 4 + 4 + 8 + 8 + 1)
        #expect(tokens.filter { $0.kind == .indent }.count == 2)
    }

    @Test func tripleQuotedStringsInBodiesHideDedentedTextAndDefs() {
        let text = """
            revision = 'r2'
            def upgrade():
                op.execute(\"\"\"
            revision = 'fake'
            def downgrade():
                pass
            \"\"\")
                op.execute('''x
            down_revision = 'fake' ''')
            down_revision = 'r1'
            def downgrade():
                s = f\"\"\"{x}
            revision = "also fake"
            \"\"\"

            """
        expectSameParse(text)
        #expect(header(text).id == "r2")
        #expect(header(text).parents == ["r1"])
    }

    @Test func stringsWithEscapedQuotesAndPrefixes() {
        let text = "def upgrade():\n    x = 'it\\'s'\n    y = rb\"\\\"\"\n    z = f'{a!r}' + Rb'''\n\\'''\nrevision = 1'''\n" + Self.tail
        expectSameParse(text)
        #expect(header(text).id == "r2")
    }

    @Test func commentsHideQuotesAndBrackets() {
        let text = "def upgrade():\n    x = 1  # it's (not open\n    # ''' not a string\n\(Self.tail)"
        expectSameParse(text)
        #expect(header(text).id == "r2")
    }

    @Test func backslashContinuationsAndBracketsSpanLines() {
        let text = "def upgrade():\n    x = 1 + \\\n2\n    op.execute(\n'a',\n[\n  1,\n]\n)\n    y = \\\n\n" + Self.tail
        expectSameParse(text)
        #expect(header(text).id == "r2")
        // A continuation-only line at the top level inside the body's indentation is blank.
        expectSameParse("def upgrade():\n    x = 1\n\\\n    y = 2\n" + Self.tail)
    }

    @Test func tabsAndFormFeedsMeasureIndentationAsPythonDoes() {
        expectSameParse("def upgrade():\n\tx = 1\n        y = 2\n\t  z = 3\n" + Self.tail)
        expectSameParse("def upgrade():\n    x = 1\n\u{0C}revision = 'r2'\ndown_revision = None\n")
        #expect(header("def upgrade():\n    x = 1\n\u{0C}revision = 'r2'\ndown_revision = None\n").id == "r2")
        expectSameParse("def upgrade():\n  \u{0C}  x = 1\n" + Self.tail)
    }

    @Test func windowsLineEndingsAndALastLineWithoutNewline() {
        let text = "revision = 'r2'\r\ndown_revision = 'r1'\r\ndef upgrade():\r\n    x = (1,\r\n2)\r\ndef downgrade():\r\n    pass"
        expectSameParse(text)
        #expect(header(text).id == "r2")
        #expect(header(text).parents == ["r1"])
        expectSameParse("def upgrade():\n    pass\nrevision = 'r2'\ndown_revision = None")
        expectSameParse("revision = 'r2'\ndown_revision = None\ndef upgrade():\n    x = 'unterminated")
        expectSameParse("revision = 'r2'\ndown_revision = None\ndef upgrade():\n    x = '''unterminated\n" + Self.tail)
        expectSameParse("revision = 'r2'\ndown_revision = None\ndef upgrade():\n    x = (\n" + Self.tail)
        expectSameParse("revision = 'r2'\ndown_revision = None\ndef upgrade():\n    x = 1 \\")
    }

    @Test func decoratorsNestedDefsAndOneLineBodies() {
        let text = """
            import functools
            @functools.wraps(f)
            def upgrade():
                def helper(x):
                    return x
            revision = 'r2'
            def downgrade(): pass
                # a comment indented under a one-line body
            down_revision = 'r1'

            """
        expectSameParse(text)
        expectSameParse("def upgrade(): op.drop_table('t')\n    x = 1\n" + Self.tail)
        expectSameParse("def upgrade(\n    a=(1,\n2),\n) -> None:\n    pass\n" + Self.tail)
        #expect(header("def upgrade(\n    a=(1,\n2),\n) -> None:\n    pass\n" + Self.tail).id == "r2")
        // Not at the top level or not first on its line: not the skipped function.
        expectSameParse("class C:\n    def upgrade():\n        x = (\n" + Self.tail)
        expectSameParse("async def upgrade():\n    x = 1\n" + Self.tail)
        expectSameParse("x = 1; def upgrade():\n    x = 1\n" + Self.tail)
        expectSameParse("if True:\ndef upgrade():\n    x = 1\n" + Self.tail)
        // A body that ends up in no function (a decorator or an error's recovery swallows its
        // `def` line): its problems are the module's, so they are still reported.
        expectSameParse("@dec\ndef upgrade():\n    x = [\n" + Self.tail)
        expectSameParse("def downgrade():\ndef upgrade():\n    s = \"\"\"\n" + Self.tail)
        #expect(header("@dec\ndef upgrade():\n    x = (1]\n" + Self.tail).errors.contains { $0.hasPrefix("3:") })
    }

    @Test func topLevelIfBlocksThatAssignTheRevision() {
        let text = """
            import os
            def upgrade():
                if x:
                    revision = 'inner'
            if os.environ.get('X'):
                revision = 'r2'
            else:
                revision = 'r2'
            down_revision = 'r1'
            def downgrade():
                pass

            """
        expectSameParse(text)
    }

    @Test func inconsistentDedentsAndDeepNestingBehaveAsBefore() {
        // A dedent to a width never indented to: the parser's block ends early and the line is
        // read at the top level, as before.
        expectSameParse("def upgrade():\n    x = 1\n  revision = 'r2'\ndown_revision = None\n")
        expectSameParse("def upgrade():\n    if x:\n            y = 1\n        z = 2\n    w = 3\n" + Self.tail)
        expectSameParse("def upgrade():\n    x = " + String(repeating: "(", count: 300) + "\n" + Self.tail)
        var deep = "def upgrade():\n"
        for level in 1...(Limits.indentation + 2) { deep += String(repeating: " ", count: level) + "if x:\n" }
        expectSameParse(deep + Self.tail)
        expectSameParse("def upgrade():\n    x = 1)]\n    y = [1)\n" + Self.tail)
    }

    /// Random files from pieces that change how bytes are read, compared with the reference.
    @Test func randomFilesParseAsTheReferenceDoes() {
        let pieces = [
            "def upgrade():\n", "def downgrade():\n", "def upgrade(): pass\n", "def helper():\n", "@dec\n",
            "    x = 1\n", "  y = 2\n", "\tz = 3\n", "        deeper = 4\n", "revision = 'r2'\n", "down_revision = 'r1'\n",
            "    s = '''\n", "'''\n", "    t = \"\"\"a\n", "\"\"\"\n", "    u = 'a\\'b'\n", "    v = f'{x}'\n",
            "    call(\n", ")\n", "    w = [\n", "]\n", "    c = 1 + \\\n", "\\\n", "# comment ' \" (\n", "    # comment\n",
            "\n", "   \n", "if x:\n", "else:\n", "    '\n", "x = (\n", "\u{0C}\n", "class C:\n",
            "def upgrade(\n", "async def downgrade():\n", "    x = 1)]\n", "  \\\n", "    y = 1 ? 2\n", "    rb'\\'\n",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<(4 + next(20)) { text += pieces[next(pieces.count)] }
            if next(4) == 0 { text.removeLast() }
            expectSameParse(text)
        }
    }
}
