// history, heads, branches and show on the built binary: Alembic 1.20.1's output for the graph fixtures, and their errors.

import Foundation
import Testing
@testable import SQLGenCore

/// The expected texts are what `alembic history` and friends print for the same folders, with
/// the `Path:` lines relative (sqlgen prints the path as given; Alembic resolves it) and a
/// branch point's children in file order (Alembic iterates a Python set).
@Suite struct GraphCommandTests {
    static func folder(_ fixture: String) -> String { "Tests/SQLGenCoreTests/Fixtures/\(fixture)/revisions" }

    func run(_ arguments: [String], _ fixture: String) throws -> CommandResult {
        try Binary.run(arguments + ["--revisions", GraphCommandTests.folder(fixture)])
    }

    @Test func historyIsNewestFirstWithMarkersLabelsAndMessages() throws {
        let result = try run(["history"], "graph-branch-labels")
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == """
        billing_0001 -> billing_0002 (billing) (head), touch invoices
        trunk_0002 -> billing_0001 (billing), create invoices
        shipping_0001 -> shipping_0002 (shipping) (head), touch shipments
        trunk_0002 -> shipping_0001 (shipping), create shipments
        trunk_0001 -> trunk_0002 (branchpoint), create settings
        <base> -> trunk_0001, create accounts

        """)
    }

    @Test func historyShowsMergesAndDependencies() throws {
        #expect(try run(["history"], "graph-depends-on").standardOutput == """
        a2a2a2a2a2a2 -> a3a3a3a3a3a3 (core) (head), create roles
        b2b2b2b2b2b2 -> b3b3b3b3b3b3 (billing) (head), touch invoices
        b1b1b1b1b1b1 (a2a2a2a2a2a2) -> b2b2b2b2b2b2 (billing), create invoice groups
        <base> (core) -> b1b1b1b1b1b1 (billing), create invoices
        a1a1a1a1a1a1 -> a2a2a2a2a2a2 (core), create groups
        <base> -> a1a1a1a1a1a1 (core), create users

        """)
        #expect(try run(["history", "b2ba1100a001:"], "graph-two-branches").standardOutput == """
        d4d0e5000001 -> e5e1e2000001 (head), create reports
        b2ba1100a002, c3ca7000b002 -> d4d0e5000001 (mergepoint), merge billing and shipping
        b2ba1100a001 -> b2ba1100a002, create invoice lines
        a1c0ffee0001 -> b2ba1100a001, create invoices

        """)
    }

    @Test func historyRangesTakeLabelsAndRelativeStarts() throws {
        let billing = """
        billing_0001 -> billing_0002 (billing) (head), touch invoices
        trunk_0002 -> billing_0001 (billing), create invoices
        trunk_0001 -> trunk_0002 (branchpoint), create settings
        <base> -> trunk_0001, create accounts

        """
        #expect(try run(["history", "billing@base:billing@head"], "graph-branch-labels").standardOutput == billing)
        let relative = try run(["history", "-1:"], "graph-branch-labels")
        #expect(relative.exitCode == 0, "'-1:' is a range, not an option")
        #expect(relative.standardOutput.hasPrefix("billing_0001 -> billing_0002"))
    }

    @Test func verboseHistoryPrintsEachRevisionInFull() throws {
        let result = try run(["history", "-v", "d4d0e5000001:"], "graph-two-branches")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == """
        Rev: e5e1e2000001 (head)
        Parent: d4d0e5000001
        Path: \(GraphCommandTests.folder("graph-two-branches"))/e5e1e2000001_create_reports.py

            create reports
            
            Revision ID: e5e1e2000001
            Revises: d4d0e5000001
            Create Date: 2026-10-07 09:00:00.000000

        Rev: d4d0e5000001 (mergepoint)
        Merges: b2ba1100a002, c3ca7000b002
        Path: \(GraphCommandTests.folder("graph-two-branches"))/d4d0e5000001_merge_billing_and_shipping.py

            merge billing and shipping
            
            Revision ID: d4d0e5000001
            Revises: b2ba1100a002, c3ca7000b002
            Create Date: 2026-10-06 09:00:00.000000


        """)
    }

    @Test func headsAndVerboseHeads() throws {
        #expect(try run(["heads"], "graph-depends-on").standardOutput == "a3a3a3a3a3a3 (core) (head)\nb3b3b3b3b3b3 (billing) (head)\n")
        #expect(try run(["heads"], "graph-two-branches").standardOutput == "e5e1e2000001 (head)\n")
        let verbose = try run(["heads", "-v"], "graph-depends-on").standardOutput
        #expect(verbose.hasPrefix("Rev: a3a3a3a3a3a3 (head)\nParent: a2a2a2a2a2a2\nBranch names: core\nPath: "))
        #expect(verbose.contains("\nRev: b3b3b3b3b3b3 (head)\nParent: b2b2b2b2b2b2\nBranch names: billing\n"))
    }

    @Test func aRevisionOthersOnlyDependOnIsAnEffectiveHead() throws {
        let graph = try RevisionGraph(graphRevisions("a1 -;b1 - deps=a1"))
        #expect(GraphPrinter(graph: graph).heads(verbose: false) == "a1 (effective head)\nb1 (head)\n")
    }

    @Test func branchesListEachBranchPointAndItsChildren() throws {
        #expect(try run(["branches"], "graph-branch-labels").standardOutput == """
        trunk_0002 (branchpoint)
                   -> billing_0001 (billing)
                   -> shipping_0001 (shipping)


        """)
        #expect(try run(["branches"], "graph-depends-on").standardOutput == "")
        let verbose = try run(["branches", "-v"], "graph-two-branches").standardOutput
        #expect(verbose.hasPrefix("Rev: a1c0ffee0001 (branchpoint)\nParent: <base>\nBranches into: b2ba1100a001, c3ca7000b001\n"))
        #expect(verbose.hasSuffix("""
                     -> b2ba1100a001, create invoices
                     -> c3ca7000b001, create shipments


        """))
    }

    @Test func showTakesAnyTarget() throws {
        let merge = try run(["show", "d4d0"], "graph-two-branches")
        #expect(merge.exitCode == 0)
        #expect(merge.standardOutput.hasPrefix("Rev: d4d0e5000001 (mergepoint)\nMerges: b2ba1100a002, c3ca7000b002\nPath: "))
        let heads = try run(["show", "heads"], "graph-three-branches").standardOutput
        #expect(heads.components(separatedBy: "Rev: ").dropFirst().map { $0.prefix(2) } == ["b2", "c2", "d2"])
        #expect(try run(["show", "shipping@head"], "graph-branch-labels").standardOutput.hasPrefix("Rev: shipping_0002 (head)\nParent: shipping_0001\nBranch names: shipping\n"))
        #expect(try run(["show", "base"], "graph-branch-labels").standardOutput == "")
    }

    @Test func errorsPrintNothingOnStandardOutput() throws {
        let wrongWay = try run(["history", "c3ca7000b001:b2ba1100a002"], "graph-two-branches")
        #expect(wrongWay.exitCode == 1)
        #expect(wrongWay.standardOutput == "")
        #expect(wrongWay.standardError.hasPrefix("error: range 'c3ca7000b001:b2ba1100a002' does not lead from its start up to its end along one branch\n"))

        let unknown = try run(["show", "nope"], "graph-two-branches")
        #expect(unknown.exitCode == 1)
        #expect(unknown.standardOutput == "")
        #expect(unknown.standardError == "error: no revision 'nope'\nhint: run 'sqlgen history' to list the revisions\n")

        let head = try Binary.run(["upgrade", "base:head", "--dialect", "postgres", "--revisions", GraphCommandTests.folder("graph-three-branches")])
        #expect(head.exitCode == 1)
        #expect(head.standardOutput == "")
        #expect(head.standardError == "error: 'head' is ambiguous: it names 3 heads, 'b2', 'c2', 'd2'\nhint: use 'heads' for all of them, 'LABEL@head' for one branch, or a revision id\n")

        let notARange = try run(["history", "b2"], "graph-three-branches")
        #expect(notARange.exitCode == 1)
        #expect(notARange.standardError.hasPrefix("error: 'b2' is not a history range\n"))
    }

    @Test func helpListsTheGraphCommands() throws {
        let main = try Binary.run(["--help"])
        for command in ["history", "heads", "branches", "show"] {
            #expect(main.standardOutput.contains("\n  \(command) "), "\(command) is missing from the help")
        }
        let history = try Binary.run(["history", "--help"])
        #expect(history.exitCode == 0)
        #expect(history.standardOutput.contains("Usage: sqlgen history [RANGE] [--verbose] [--format FORMAT] [--revisions DIR] [--config FILE]\n"))
        #expect(history.standardOutput.contains("  -v, --verbose"))
        let show = try Binary.run(["show"])
        #expect(show.exitCode == 64)
        #expect(show.standardError.hasPrefix("Error: missing argument REV\n"))
    }
}
