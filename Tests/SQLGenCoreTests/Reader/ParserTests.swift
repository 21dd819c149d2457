// Parser: statement shapes revision files use, and syntax errors reported line by line.

import Testing
@testable import SQLGenCore

@Suite struct ParserTests {
    func parse(_ text: String) -> (statements: [Statement], errors: [String]) {
        let (statements, diagnostics) = Parser.parse(SourceFile(path: "t.py", text: text))
        return (statements, summaries(diagnostics))
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
        #expect(parse(text).errors == ["1:205: brackets nested more than 200 deep"])
    }
}
