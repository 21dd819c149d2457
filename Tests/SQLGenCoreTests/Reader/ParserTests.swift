// Parser: statement shapes revision files use, and syntax errors reported line by line.

import Testing
@testable import SQLGenCore

@Suite struct ParserTests {
    func parse(_ text: String) -> (statements: [Statement], errors: [String]) {
        let (statements, diagnostics) = Parser.parse(SourceFile(path: "t.py", text: text))
        return (statements, summaries(diagnostics))
    }

    /// An expression as a nested list: `(+ a (* b c))`, the form the precedence test compares.
    func tree(_ expression: Expression) -> String {
        switch expression.kind {
        case .name(let name): return name
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return digits
        case .float(let value): return String(value)
        case .string(let value, _): return "'\(value)'"
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "..."
        case .list(let elements): return "(list" + elements.map { " " + tree($0) }.joined() + ")"
        case .tuple(let elements): return "(tuple" + elements.map { " " + tree($0) }.joined() + ")"
        case .set(let elements): return "(set" + elements.map { " " + tree($0) }.joined() + ")"
        case .dict(let pairs): return "(dict" + pairs.map { " \(tree($0.key)):\(tree($0.value))" }.joined() + ")"
        case .attribute(let base, let name): return "(. \(tree(base)) \(name))"
        case .call(let callee, let arguments):
            let rendered = arguments.map { argument -> String in
                switch argument.label {
                case .positional: tree(argument.value)
                case .keyword(let name): "\(name)=\(tree(argument.value))"
                case .unpackedSequence: "*" + tree(argument.value)
                case .unpackedMapping: "**" + tree(argument.value)
                }
            }
            return "(call " + ([tree(callee)] + rendered).joined(separator: " ") + ")"
        case .subscripted(let base, let index): return "([] \(tree(base)) \(tree(index)))"
        case .slice: return "(slice)"
        case .unary(let op, let operand): return "(\(op) \(tree(operand)))"
        case .binary(let op, let left, let right): return "(\(op) \(tree(left)) \(tree(right)))"
        case .conditional(let value, let condition, let otherwise): return "(if \(tree(value)) \(tree(condition)) \(tree(otherwise)))"
        case .comprehension(let comprehension):
            let clauses = comprehension.clauses.map { clause in
                " (for \(tree(clause.target)) \(tree(clause.iterable))" + clause.conditions.map { " (if \(tree($0)))" }.joined() + ")"
            }.joined()
            return "(\(comprehension.kind) \(tree(comprehension.element))" + (comprehension.value.map { " " + tree($0) } ?? "") + clauses + ")"
        case .unsupported(let what): return "(unsupported \(what))"
        }
    }

    /// Operator precedence and associativity as Python's own parser has them: each expected tree
    /// was printed from `ast.parse` (Python 3.11) in the same nested form by `scripts/expression-trees`.
    @Test(arguments: [
        ("a + b * c", "(+ a (* b c))"),
        ("a * b + c - d", "(- (+ (* a b) c) d)"),
        ("-a ** 2", "(- (** a 2))"),
        ("a ** -b ** c", "(** a (- (** b c)))"),
        ("not a == b", "(not (== a b))"),
        ("a or b and not c", "(or a (and b (not c)))"),
        ("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))"),
        ("x if y else z", "(if x y z)"),
        ("x in y", "(in x y)"),
        ("x not in y", "(not in x y)"),
        ("x is not None", "(is not x None)"),
        ("f(x)[0].y + 1", "(+ (. ([] (call f x) 0) y) 1)"),
        ("f(a, *b, k=1, **c)", "(call f a *b k=1 **c)"),
        ("(a, b)", "(tuple a b)"),
        ("[1, -2, 'x' 'y']", "(list 1 (- 2) 'xy')"),
        ("a.b(c) % d // e", "(// (% (call (. a b) c) d) e)"),
    ])
    func operatorsBindAsInPython(source: String, expected: String) throws {
        let (statements, errors) = parse("x = " + source + "\n")
        #expect(errors.isEmpty)
        guard case .assign(_, let value)? = statements.first?.kind else {
            Issue.record("expected an assignment")
            return
        }
        #expect(tree(value) == expected)
    }

    @Test func headerForms() {
        let text = """
        \"\"\"doc\"\"\"
        from __future__ import annotations
        from typing import Sequence, Union
        from alembic import op
        import sqlalchemy as sa
        from sqlalchemy.dialects import (postgresql as pg, mysql,)
        revision: str = 'abc'
        down_revision: Union[str, Sequence[str], None] = ('a', 'b')
        branch_labels = depends_on = None

        """
        let (statements, errors) = parse(text)
        #expect(errors.isEmpty)
        #expect(statements.count == 9)
        guard case .importFrom(let module, let names) = statements[5].kind else {
            Issue.record("expected an import")
            return
        }
        #expect(module == "sqlalchemy.dialects")
        #expect(names == [ImportedName(name: "postgresql", alias: "pg"), ImportedName(name: "mysql", alias: nil)])
        guard case .assign(let targets, _) = statements[8].kind else {
            Issue.record("expected a chained assignment")
            return
        }
        #expect(targets.count == 2)
    }

    @Test func functionsWithAnnotationsAndBlocks() {
        let text = """
        def upgrade() -> None:
            with op.batch_alter_table('t', schema=None) as batch_op:
                batch_op.add_column(sa.Column('x', sa.Integer()))
            if x:
                pass
            elif y: pass
            else:
                pass
            for a, b in pairs:
                print(a)
            raise NotImplementedError("no")

        """
        let (statements, errors) = parse(text)
        #expect(errors.isEmpty)
        guard case .function(let name, _, let body) = statements.first?.kind else {
            Issue.record("expected a function")
            return
        }
        #expect(name == "upgrade")
        #expect(body.count == 4)
    }

    @Test func everySyntaxErrorIsReportedNotOnlyTheFirst() {
        let text = """
        def upgrade():
            op.create_table('t' 'u' sa.Column('a'))
            x = = 1
            op.drop_table('t')
            y = ,

        """
        let (statements, errors) = parse(text)
        #expect(errors == [
            "2:29: expected ')', found 'sa'",
            "3:9: expected an expression, found '='",
            "5:9: expected an expression, found ','",
        ])
        // The good line between the broken ones is still read.
        guard case .function(_, _, let body) = statements.first?.kind else {
            Issue.record("expected the function to survive")
            return
        }
        #expect(body.count == 1)
    }

    @Test func classesTriesAndDecoratorsAreSkippedAsWholeConstructs() {
        let text = """
        try:
            import foo
        except ImportError:
            foo = None
        finally:
            pass
        @decorator
        def helper():
            return 1
        class Model(Base):
            x = 1
        revision = 'a'

        """
        let (statements, errors) = parse(text)
        #expect(errors.isEmpty)
        #expect(statements.count == 4)
    }

    @Test func missingIndentedBlock() {
        #expect(parse("def upgrade():\npass\n").errors == ["2:1: expected an indented block"])
    }

    @Test func deeplyNestedExpressionsAreRefused() {
        let text = "x = " + String(repeating: "-", count: 5_000) + "1\n"
        // Signs are not brackets: they have the expression limit and its own message.
        #expect(parse(text).errors == ["1:305: expression nested more than 300 levels deep (operators, calls, attributes and brackets count)"])
    }
}
