// history --format mermaid|dot: edges, markers, escaping, and the format option's mistakes.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct GraphDrawingTests {
    func run(_ arguments: [String], _ fixture: String) -> CommandResult {
        CommandLineTool.run(arguments + ["--revisions", "Tests/SQLGenCoreTests/Fixtures/\(fixture)/revisions"])
    }

    @Test func mermaidDrawsParentsDependenciesAndHeads() {
        let result = run(["history", "--format", "mermaid"], "graph-depends-on")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == """
        flowchart BT
            r2["a3a3a3a3a3a3 (core)<br/>create roles"]
            r5["b3b3b3b3b3b3 (billing)<br/>touch invoices"]
            r4["b2b2b2b2b2b2 (billing)<br/>create invoice groups"]
            r3["b1b1b1b1b1b1 (billing)<br/>create invoices"]
            r1["a2a2a2a2a2a2 (core)<br/>create groups"]
            r0["a1a1a1a1a1a1 (core)<br/>create users"]
            r1 --> r2
            r4 --> r5
            r3 --> r4
            r1 -.-> r4
            r0 -.-> r3
            r0 --> r1
            classDef head stroke-width:3px
            classDef merge fill:#eef
            classDef branch fill:#efe
            classDef released fill:#fe9,stroke:#a80
            class r2,r5 head

        """)
    }

    @Test func dotMarksMergesAndBranchPointsAndFollowsTheRange() {
        let result = run(["history", "b2ba1100a001:", "--format", "dot"], "graph-two-branches")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("digraph revisions {\n    rankdir=BT;\n"))
        #expect(result.standardOutput.contains("\"d4d0e5000001\" [label=\"d4d0e5000001\\nmerge billing and shipping\", style=\"rounded,filled\", fillcolor=\"#eeeeff\"];"))
        #expect(result.standardOutput.contains("\"b2ba1100a002\" -> \"d4d0e5000001\";"))
        // Outside the range: not drawn, and no edge leads to it.
        #expect(!result.standardOutput.contains("a1c0ffee0001"))
        #expect(!result.standardOutput.contains("c3ca7000b001"))
        #expect(result.standardOutput.hasSuffix("}\n"))
    }

    @Test func revisionTextCannotBreakTheDrawing() {
        let graph = try! RevisionGraph([Revision(
            id: "a1", downRevisions: [], message: "say \"hi\" <b>#1</b> & \\ bye",
            file: SourceFile(path: "a.py", text: ""), position: SourceFile(path: "a.py", text: "").position(at: 0),
            upgrade: MigrationBody(), downgrade: MigrationBody())])
        let drawing = GraphDrawing(graph: graph, order: [0])
        #expect(drawing.mermaid.contains("r0[\"a1<br/>say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; \\ bye\"]"))
        #expect(drawing.dot.contains("[label=\"a1\\nsay \\\"hi\\\" <b>#1</b> & \\\\ bye\", penwidth=3]"))
    }

    @Test func anUnknownFormatIsAUsageError() {
        let result = run(["history", "--format", "svg"], "graph-two-branches")
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: unknown format 'svg'; available: text, mermaid, dot\n"))
    }
}
