// Input built to break the reader (issue 19): deep nesting of every construct, floods of
// diagnostics, values grown through names, FIFOs; each gives a diagnostic with a position.

import Foundation
import Testing
@testable import SQLGenCore

/// A temporary revisions folder holding `files`, removed by `remove()`.
struct TemporaryRevisions {
    let folder: URL

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(text.utf8))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite struct HostileInputTests {
    static let levels = 100_000

    /// Each construct nested `levels` deep, and the start of the message it must give. They run
    /// in the built binary, on its main thread's default stack, as a user would run them.
    static let deepConstructs: [(name: String, expression: String, message: String)] = {
        let n = levels
        return [
            ("parentheses", String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n), "brackets nested more than 200 deep"),
            ("lists", String(repeating: "[", count: n) + String(repeating: "]", count: n), "brackets nested more than 200 deep"),
            ("dicts", String(repeating: "{1: ", count: n) + "1" + String(repeating: "}", count: n), "brackets nested more than 200 deep"),
            ("calls nested", String(repeating: "f(", count: n) + "1" + String(repeating: ")", count: n), "brackets nested more than 200 deep"),
            ("unary minus", String(repeating: "-", count: n) + "1", "expression nested more than 300 levels deep"),
            ("not", String(repeating: "not ", count: n) + "True", "expression nested more than 300 levels deep"),
            ("power", String(repeating: "2 ** ", count: n) + "2", "expression nested more than 300 levels deep"),
            ("await", String(repeating: "await ", count: n) + "x", "expression nested more than 300 levels deep"),
            ("lambda", String(repeating: "lambda: ", count: n) + "1", "expression nested more than 300 levels deep"),
            ("if expressions", String(repeating: "1 if True else ", count: n) + "1", "expression nested more than 300 levels deep"),
            ("operator chain", Array(repeating: "1", count: n).joined(separator: " + "), "expression nested more than 300 levels deep"),
            ("string concatenation", Array(repeating: "'a'", count: n).joined(separator: " + "), "expression nested more than 300 levels deep"),
            ("comparison chain", Array(repeating: "1", count: n).joined(separator: " < "), "expression nested more than 300 levels deep"),
            ("and chain", Array(repeating: "True", count: n).joined(separator: " and "), "expression nested more than 300 levels deep"),
            ("attribute chain", "sa" + String(repeating: ".a", count: n), "expression nested more than 300 levels deep"),
            ("method chain", "'a'" + String(repeating: ".upper()", count: n), "expression nested more than 300 levels deep"),
            ("call chain", "f" + String(repeating: "()", count: n), "expression nested more than 300 levels deep"),
            ("subscript chain", "x" + String(repeating: "[0]", count: n), "expression nested more than 300 levels deep"),
            ("f-strings", String(repeating: "f'{", count: n) + "1" + String(repeating: "}'", count: n), "brackets nested more than 200 deep"),
        ]
    }()

    @Test(arguments: deepConstructs.indices)
    func deepNestingIsADiagnosticNotAStackOverflow(_ index: Int) throws {
        let construct = Self.deepConstructs[index]
        let revisions = try TemporaryRevisions(["r1_deep.py": revisionFile(upgrade: "    x = " + construct.expression + "\n    op.execute(x)")])
        defer { revisions.remove() }
        let result = try Binary.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", revisions.folder.path])
        #expect(result.exitCode == 1, "\(construct.name)")
        #expect(result.standardOutput == "")
        let first = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(revisions.folder.path + "/r1_deep.py:9:"), "\(construct.name): \(first.prefix(200))")
        #expect(first.contains("error: " + construct.message), "\(construct.name): \(first.prefix(200))")
        // A screenful, however long the line.
        #expect(result.standardError.utf8.count < 20_000, "\(construct.name)")
    }

    @Test func blocksIndentedPastTheLimitAreOneDiagnostic() {
        let blocks = (0..<3_000).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        let diagnostics = readRevision("revision = 'r1'\n" + blocks + String(repeating: " ", count: 3_000) + "pass\n").diagnostics
        #expect(summaries(diagnostics).first == "103:102: blocks indented more than 100 levels deep")
    }

    @Test func chainsUpToTheLimitAreRead() throws {
        // 299 operators: a tree 300 high, the most the parser allows.
        let sum = Array(repeating: "1", count: Limits.expressionHeight).joined(separator: " + ")
        let read = readRevision(revisionFile(upgrade: "    n = \(sum)\n    op.add_column('t', sa.Column('c', sa.String(n)))"))
        #expect(read.revision != nil && read.diagnostics.isEmpty, "\(summaries(read.diagnostics))")
        let over = Array(repeating: "1", count: Limits.expressionHeight + 1).joined(separator: " + ")
        #expect(summaries(readRevision("revision = 'r1'\nx = \(over)\n").diagnostics).first?.hasSuffix("expression nested more than 300 levels deep (operators, calls, attributes and brackets count)") == true)
    }

    @Test func strayCharactersAreCappedPerFileAndShownInAWindow() throws {
        // Before: one diagnostic per backslash, each with the whole 40 KB line (84 s, 2.4 GB of stderr).
        for stray in ["\\", "$"] {
            let revisions = try TemporaryRevisions(["r1_x.py": "revision = 'r1'\nx = 1 " + String(repeating: stray, count: 40_000) + " # the last is no line continuation\n"])
            defer { revisions.remove() }
            let clock = ContinuousClock()
            var result: CommandResult?
            let elapsed = try clock.measure { result = try Binary.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", revisions.folder.path]) }
            #expect(elapsed < .seconds(10))
            #expect(result?.exitCode == 1)
            #expect(result?.standardOutput == "")
            let errors = result?.standardError ?? ""
            #expect(errors.components(separatedBy: "error: unexpected character").count - 1 == Limits.diagnosticsPerFile)
            #expect(errors.contains("r1_x.py:2:27: error: and 39980 more in this file from here on, not shown"))
            #expect(errors.hasSuffix("\n40000 errors\n"))
            #expect(errors.utf8.count < 10_000)
        }
    }

    @Test func aLongLineIsShownAsAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 1_000) + "X" + String(repeating: "b", count: 1_000)
        let (shown, column) = Diagnostic.excerpt(line, column: 1_001)
        #expect(shown.count == Limits.excerptWidth + 6)
        #expect(shown.hasPrefix("...") && shown.hasSuffix("..."))
        #expect(Array(shown)[column - 1] == "X")
        let start = Diagnostic.excerpt(line, column: 3)
        #expect(start.line.hasPrefix("aaa") && start.column == 3)
        #expect(Diagnostic.excerpt("short", column: 2) == ("short", 2))
    }

    @Test func diagnosticsAreCappedPerRun() throws {
        var files: [String: String] = [:]
        for index in 0..<10 {
            files["r\(index)_x.py"] = "revision = 'r\(index)'\nx = 1 " + String(repeating: "$", count: 30) + "\n"
        }
        let revisions = try TemporaryRevisions(files)
        defer { revisions.remove() }
        let result = try Binary.run(["heads", "--revisions", revisions.folder.path])
        #expect(result.exitCode == 1)
        // Ten files of twenty shown and one "and 10 more" each: 210, of which a hundred are printed.
        #expect(result.standardError.components(separatedBy: ": error: ").count - 1 == Limits.diagnosticsPerRun)
        #expect(result.standardError.contains("error: and 110 more, not shown\n"))
    }

    @Test func valuesGrownThroughNamesAreRefused() {
        let cases = [
            ("x = []\n" + String(repeating: "x = [x]\n", count: 100_000), "value of 'x' is nested more than 300 levels deep"),
            ("x = 1\n" + String(repeating: "x = (x, x)\n", count: 70) + "y = x == x\n", "value of 'x' is nested more than 300 levels deep"),
            ("x = 'a'\n" + String(repeating: "x = x + x\n", count: 60), "this file builds more than"),
            ("x = ['a']\n" + String(repeating: "x = x + x\n", count: 60), "value of 'x' is nested more than 300 levels deep"),
        ]
        for (body, message) in cases {
            // In a function body: at module level a failed value is reported only where it is used.
            let indented = body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            let diagnostics = readRevision(revisionFile(upgrade: indented)).diagnostics
            #expect(diagnostics.first?.message.text.hasPrefix(message) == true, "\(diagnostics.first?.message.text ?? "none")")
            #expect(diagnostics.count <= Limits.diagnosticsPerFile + 1)
        }
    }

    @Test func hugeStringsAndNumbersAreRefused() {
        for expression in ["'x' * 10**9", "10**10**10", "'x' * 1000000000", "99999999999999999999999"] {
            let read = readRevision(revisionFile(upgrade: "    op.execute(\(expression))"))
            #expect(read.revision == nil, "\(expression)")
            #expect(summaries(read.diagnostics).first?.hasPrefix("9:") == true, "\(expression): \(summaries(read.diagnostics))")
        }
    }

    @Test func negatingTheSmallestIntegerIsExact() {
        // Used to trap: `-Int.min` overflows. It is 2**63, as Python has it.
        let read = readRevision(revisionFile(upgrade: "    n = -(-9223372036854775807 - 1)\n    op.execute('x %d' % n)"))
        #expect(read.diagnostics.isEmpty, "\(summaries(read.diagnostics))")
        #expect(read.revision?.upgrade.operations.first?.kind == .execute("x 9223372036854775808"))
    }

    @Test func timeArithmeticThatOverflowsIsADiagnostic() {
        for expression in ["datetime.timedelta(days=999999999999999999)", "datetime.timezone(-(-9223372036854775807 - 1))",
                           "datetime.timezone(datetime.timedelta(hours=24))"] {
            let read = readRevision(revisionFile(upgrade: "    x = \(expression)\n    op.execute('%s' % x)", header: "import datetime\nrevision = 'r1'\ndown_revision = None\n"))
            #expect(read.revision == nil, "\(expression)")
            #expect(read.diagnostics.first?.position?.line == 10, "\(expression): \(summaries(read.diagnostics))")
        }
    }

    @Test func theEvaluationBudgetStopsGrowingStrings() {
        // Each statement reads `x` once, so the names do not refuse it; the budget does.
        let body = "    x = '" + String(repeating: "y", count: 1_000_000) + "'\n" + String(repeating: "    x = x + 'z'\n", count: 100)
        let diagnostics = readRevision(revisionFile(upgrade: body)).diagnostics
        #expect(diagnostics.first?.message == .evaluationBudgetExceeded(Limits.evaluationBudget))
        // Each statement builds a million characters and a few: the 68th goes over 64 MiB.
        #expect(diagnostics.first?.position?.line == 9 + 68)
    }

    @Test func thousandsOfUnknownNamesAreLinear() {
        // Each unknown name used to be compared with every bound name for a suggestion, and a
        // long one with every SQLAlchemy name: quadratic in the file.
        let names = (0..<3_000).map { "name\($0) = 1\n" }.joined()
        let uses = (0..<3_000).map { "    op.execute(nam\($0))\n" }.joined()
        let long = "    op.execute(sa." + String(repeating: "x", count: 200_000) + ")\n"
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure {
            diagnostics = readRevision(revisionFile(upgrade: uses + long, header: "revision = 'r1'\ndown_revision = None\n" + names)).diagnostics
        }
        #expect(elapsed < .seconds(10))
        #expect(diagnostics.first?.message == .unknownName("nam0", suggestion: "name0"))
        #expect(diagnostics.count == Limits.diagnosticsPerFile + 1)
    }

    @Test func nestedLoopsStopAtTheStepLimit() {
        let list = "[" + Array(repeating: "'t'", count: 1_000).joined(separator: ", ") + "]"
        var body = "    names = \(list)\n"
        for level in 0..<3 {
            body += String(repeating: " ", count: 4 * (level + 1)) + "for n\(level) in names:\n"
        }
        body += String(repeating: " ", count: 16) + "op.drop_table(n2)\n"
        let diagnostics = readRevision(revisionFile(upgrade: body)).diagnostics
        // The innermost loop reaches the limit; each loop around it stops there too.
        #expect(summaries(diagnostics) == [
            "12:13: evaluating this file takes more than 200000 steps (statements run by loops, comprehension elements, calls)",
            "11:9: evaluating this file takes more than 200000 steps (statements run by loops, comprehension elements, calls)",
            "10:5: evaluating this file takes more than 200000 steps (statements run by loops, comprehension elements, calls)",
        ])
    }

    @Test func formattingThatRepeatsALongStringIsRefusedBeforeItIsBuilt() {
        let long = "    x = '" + String(repeating: "y", count: 1_000_000) + "'\n"
        for use in [
            "'" + String(repeating: "{0}", count: 100) + "'.format(x)",
            "'" + String(repeating: "%(a)s", count: 100) + "' % {'a': x}",
            "f'" + String(repeating: "{x}", count: 100) + "'",
            "''.join([" + Array(repeating: "x", count: 100).joined(separator: ", ") + "])",
            "x.replace('y', x)",
        ] {
            let diagnostics = readRevision(revisionFile(upgrade: long + "    op.execute(\(use))")).diagnostics
            #expect(diagnostics.first?.message == .evaluationBudgetExceeded(Limits.evaluationBudget), "\(use.prefix(30))")
        }
    }

    @Test func aFIFONamedLikeARevisionIsRefusedWithoutBlocking() throws {
        let revisions = try TemporaryRevisions(["r1_ok.py": revisionFile(upgrade: "    pass")])
        defer { revisions.remove() }
        let fifo = revisions.folder.appendingPathComponent("x.py").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try Binary.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", revisions.folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("\(fifo):1:1: error: '\(fifo)' is a FIFO (named pipe), not a regular file"))
    }

    @Test func theSizeRefusalHasAPosition() throws {
        let revisions = try TemporaryRevisions([:])
        defer { revisions.remove() }
        let path = revisions.folder.appendingPathComponent("huge.py").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "#"), count: RevisionLoader.maximumFileSize + 1))
        let result = try Binary.run(["parse", path])
        #expect(result.exitCode == 1)
        #expect(result.standardError.hasPrefix("\(path):1:1: error: '\(path)' is \(RevisionLoader.maximumFileSize + 1) bytes"))
    }

    @Test func schemaNamesWhereATypeOfAnotherDialectIsWritten() throws {
        let text = revisionFile(upgrade: "    op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('d', postgresql.JSONB))",
                                downgrade: "    op.drop_table('t')",
                                header: "from sqlalchemy.dialects import postgresql\nrevision = 'r1'\ndown_revision = None\n")
        let revisions = try TemporaryRevisions(["r1_x.py": text])
        defer { revisions.remove() }
        let result = try Binary.run(["schema", "--dialect", "mysql", "--revisions", revisions.folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix(revisions.folder.path + "/r1_x.py:10:5: error: column 'd': 'postgresql.JSONB' is a postgresql type"))
    }
}
