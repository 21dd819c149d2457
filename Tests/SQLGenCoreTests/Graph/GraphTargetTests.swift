// Every target form resolved as Alembic resolves it, and every graph and target error with its message.

import Testing
@testable import SQLGenCore

@Suite struct GraphTargetTests {
    func resolve(_ target: String, in spec: String = Graphs.labels) throws -> [String] {
        let graph = try RevisionGraph(graphRevisions(spec))
        return try TargetResolver(graph: graph).revisions(target).map { graph.revisions[$0].id }
    }

    func resolveError(_ target: String, in spec: String = Graphs.labels) -> String? {
        do {
            _ = try resolve(target, in: spec)
            return nil
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.message.text).joined(separator: " | ")
        } catch {
            return "\(error)"
        }
    }

    static let longIDs = "1975ea83b712 -;3a8c91d2f0e4 1975ea83b712 labels=accounts;3a8c00aa0001 1975ea83b712"

    // MARK: Absolute targets

    @Test func baseHeadAndHeads() throws {
        #expect(try resolve("base") == [])
        #expect(try resolve("heads") == ["b2", "c2"])
        #expect(try resolve("head", in: Graphs.merge) == ["d1"])
        #expect(try resolve("heads", in: Graphs.dependencies) == ["a3", "b3"])
    }

    @Test func idsPrefixesAndLabels() throws {
        #expect(try resolve("b1") == ["b1"])
        #expect(try resolve("1975", in: GraphTargetTests.longIDs) == ["1975ea83b712"])
        #expect(try resolve("19", in: GraphTargetTests.longIDs) == ["1975ea83b712"], "a shorter prefix too, as in Alembic")
        #expect(try resolve("3a8c9", in: GraphTargetTests.longIDs) == ["3a8c91d2f0e4"])
        #expect(try resolve("billing") == ["b1"], "a label alone is the revision that declares it")
        #expect(try resolve("acco", in: GraphTargetTests.longIDs) == ["3a8c91d2f0e4"], "prefixes match labels too")
    }

    @Test func labelAtSomething() throws {
        #expect(try resolve("billing@head") == ["b2"])
        #expect(try resolve("shipping@heads") == ["c2"])
        #expect(try resolve("billing@base") == [])
        #expect(try resolve("billing@b2") == ["b2"])
        #expect(try resolve("billing@a1") == ["a1"], "the trunk below a label's branch is on it")
        #expect(try resolve("b1@head") == ["b2"], "a revision id works as a label")
    }

    @Test func relativeTargetsIgnoreTextAfterTheNumberAsAlembicDoes() {
        #expect(RelativeTarget("+2") == RelativeTarget(label: nil, symbol: nil, steps: 2))
        #expect(RelativeTarget("ae10-3") == RelativeTarget(label: nil, symbol: "ae10", steps: -3))
        #expect(RelativeTarget("billing@+1") == RelativeTarget(label: "billing", symbol: nil, steps: 1))
        #expect(RelativeTarget("a@b@c2-1") == RelativeTarget(label: "a@b", symbol: "c2", steps: -1))
        #expect(RelativeTarget("a1+2x") == RelativeTarget(label: nil, symbol: "a1", steps: 2))
        #expect(RelativeTarget("heads") == nil)
        #expect(RelativeTarget("billing@head") == nil)
    }

    @Test func relativeTargetsInRanges() {
        #expect(planOrError(Graphs.labels, .upgrade, "a1:+1") == "a2:a1>a2")
        #expect(planOrError(Graphs.labels, .upgrade, "c1:b2-1") == "b1:+b1")
        #expect(planOrError(Graphs.labels, .downgrade, "b2:a2-1") == "b2:b2>b1 b1:b1>a2 a2:a2>a1")
        #expect(planOrError(Graphs.labels, .downgrade, "c2:-2") == "c2:c2>c1 c1:c1>a2")
        #expect(planOrError(Graphs.labels, .upgrade, "base:shipping@+3") == "*a1:+a1 a2:a1>a2 c1:a2>c1")
        #expect(planOrError(Graphs.labels, .downgrade, "heads:billing@-1") == "b2:b2>b1")
    }

    @Test func severalStartRevisions() {
        #expect(planOrError(Graphs.three, .upgrade, "b2,c2:heads") == "d1:+d1 d2:d1>d2")
        #expect(planOrError(Graphs.three, .upgrade, "b2,b2:b2") == "", "a repeated start counts once")
        #expect(planOrError(Graphs.merge, .upgrade, "billing@head:heads") == "error: no branch label or revision 'billing'")
    }

    // MARK: Errors naming the revisions involved

    @Test func graphErrors() {
        #expect(graphError("a1 -;b1 zz") == "revision 'b1' names 'zz' as its down_revision, but no file defines 'zz'")
        #expect(graphError("a1 -;b1 a1 deps=nothing") == "revision 'b1' names 'nothing' in depends_on, but no revision has that id or branch label")
        #expect(graphError("a1 -;a1 -") == "revision 'a1' is defined twice, here and in 'versions/000_a1.py'")
        #expect(graphError("a1 -;b1 c1;c1 b1") == "revisions form a cycle: 'b1' -> 'c1' -> 'b1'")
        #expect(graphError("a1 -;b1 a1 deps=c1;c1 b1") == "revisions form a cycle: 'b1' -> 'c1' -> 'b1'", "a cycle through depends_on")
        #expect(graphError("a1 a1") == "revisions form a cycle: 'a1' -> 'a1'")
        #expect(graphError("a-1 -;b+1 a-1") == "revision id 'a-1' contains '-', which target syntax reserves | revision id 'b+1' contains '+', which target syntax reserves")
        #expect(graphError("a1 - labels=x;b1 a1 labels=x") == "branch label 'x' of revision 'b1' is already used by revision 'a1'")
        #expect(graphError("a1 - labels=b1;b1 a1") == "branch label 'b1' of revision 'a1' is already used by revision 'b1'")
    }

    @Test func errorsArePositionedAtTheRevision() throws {
        do {
            _ = try RevisionGraph(graphRevisions("a1 -;b1 zz"))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.position?.path == "versions/001_b1.py")
        }
    }

    @Test func headWithSeveralHeads() {
        #expect(resolveError("head") == "'head' is ambiguous: it names 2 heads, 'b2', 'c2'")
        #expect(planOrError(Graphs.three, .upgrade, "base:head") == "error: 'head' is ambiguous: it names 3 heads, 'b2', 'c2', 'd2'")
        #expect(planOrError(Graphs.three, .downgrade, "head:base") == "error: 'head' is ambiguous: it names 3 heads, 'b2', 'c2', 'd2'")
        #expect(planOrError(Graphs.labels, .upgrade, "base:a1@head") == "error: 'a1@head' is ambiguous: it names 2 heads, 'b2', 'c2'")
    }

    @Test func severalHeadsSuggestLabels() throws {
        let graph = try RevisionGraph(graphRevisions(Graphs.labels))
        do {
            _ = try TargetResolver(graph: graph).revision("head")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.hint == "use 'heads' for all of them, 'billing@head' or 'shipping@head' for one branch, or a revision id")
        }
    }

    @Test func unknownAndAmbiguousNames() {
        #expect(resolveError("nolabel@head") == "no branch label or revision 'nolabel'")
        #expect(resolveError("zzzz") == "no revision 'zzzz'")
        #expect(resolveError("zz") == "no revision 'zz'")
        #expect(resolveError("3a8c", in: GraphTargetTests.longIDs) == "revision prefix '3a8c' is ambiguous: it matches '3a8c91d2f0e4', '3a8c00aa0001'")
        #expect(resolveError("billing@c1") == "revision 'c1' is not on branch 'billing'")
        #expect(resolveError("") == "empty revision target")
    }

    @Test func shortPrefixesGetAHint() throws {
        let graph = try RevisionGraph(graphRevisions(Graphs.labels))
        do {
            _ = try TargetResolver(graph: graph).revisions("a")
            Issue.record("expected an error")
        } catch {
            // Graphs.labels has only two-character ids: a prefix never matches those.
            #expect(error.diagnostics.first?.message.hint == "a partial id matches only ids and labels of four characters or more, whatever its own length; run 'sqlgen history' to list the revisions")
        }
    }

    @Test func rangesThatGoTheWrongWay() {
        #expect(planOrError(Graphs.labels, .upgrade, "b2:a1") == "error: range 'b2:a1' does not lead up from its start to its end")
        #expect(planOrError(Graphs.labels, .upgrade, "heads:base") == "error: range 'heads:base' does not lead up from its start to its end")
        #expect(planOrError(Graphs.labels, .downgrade, "a1:b2") == "error: range 'a1:b2' does not lead down from its start to its end")
        #expect(planOrError(Graphs.labels, .downgrade, "b2:c1") == "error: range 'b2:c1' does not lead down from its start to its end")
        #expect(planOrError(Graphs.labels, .upgrade, "b2:c1") == "c1:+c1", "another branch is not the wrong way: it is added")
        #expect(planOrError(Graphs.labels, .upgrade, "b2:b2") == "", "already there")
    }

    @Test func relativeStepsPastTheEnds() {
        #expect(planOrError(Graphs.labels, .upgrade, "base:b2+1") == "error: 'b2+1' steps past the head: there are not that many revisions")
        #expect(planOrError(Graphs.labels, .downgrade, "heads:a1-2") == "error: 'a1-2' steps past the base: there are not that many revisions")
        #expect(planOrError(Graphs.labels, .upgrade, "b2:+1") == "error: '+1' steps past the head: there are not that many revisions")
        #expect(planOrError("a1 -;b1 a1", .upgrade, "base:+3") == "error: '+3' steps past the head: there are not that many revisions")
    }

    @Test func relativeStepsThatCannotBeTaken() {
        #expect(planOrError(Graphs.labels, .upgrade, "base:a2+1") == "error: 'a2+1' is ambiguous: 'a2' leads to 'b1', 'c1'")
        #expect(planOrError(Graphs.labels, .upgrade, "base:-1") == "error: relative target '-1' goes down, but upgrade goes up")
        #expect(planOrError(Graphs.labels, .downgrade, "heads:+1") == "error: relative target '+1' goes up, but downgrade goes down")
        #expect(planOrError(Graphs.labels, .downgrade, "heads:-1") == "error: '-1' is ambiguous: the range starts at 'b2', 'c2'")
        #expect(planOrError(Graphs.labels, .upgrade, "-1:heads") == "error: the start of a range cannot be relative ('-1'): offline, it is where the database is")
        #expect(planOrError(Graphs.labels, .upgrade, "b2,c2:+1") == "error: '+1' is ambiguous: the range starts at 'b2', 'c2'")
    }

    @Test func overlappingStarts() {
        #expect(planOrError(Graphs.labels, .upgrade, "a1,b1:heads") == "error: revisions 'a1' and 'b1' overlap: 'a1' is an ancestor of 'b1'")
        #expect(planOrError(Graphs.labels, .downgrade, "b2,b1:base") == "error: revisions 'b1' and 'b2' overlap: 'b1' is an ancestor of 'b2'")
    }

    @Test func labelledDowngradeTargetOffTheBranch() {
        // Two bases: 'billing@base' keeps to billing's base; a label whose branch holds neither is refused.
        #expect(planOrError(Graphs.dependencies, .downgrade, "heads:billing@base") == "b3:b3>b2 b2:b2>b1 b1:-b1")
        #expect(planOrError("a1 -;b1 -;c1 - labels=x", .downgrade, "a1,b1,c1:x@base") == "c1:-c1")
        #expect(planOrError("a1 -;b1 -;c1 -;d1 c1 labels=x", .downgrade, "a1,b1:x@base") == "", "nothing of x's branch is applied")
        #expect(planOrError("a1 -;b1 a1;c1 a1;d1 - labels=x", .downgrade, "heads:x@a1") == "error: 'x@a1' is not a downgrade target on branch 'x'")
    }

    @Test func historyRangeErrors() throws {
        let printer = GraphPrinter(graph: try RevisionGraph(graphRevisions(Graphs.labels)))
        #expect(throws: DiagnosticError.self) { try printer.history(range: "b2", verbose: false) }
        do {
            _ = try printer.history(range: "c1:b2", verbose: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["range 'c1:b2' does not lead from its start up to its end along one branch"])
        }
        do {
            _ = try printer.history(range: "a:b:c", verbose: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["'a:b:c' is not a history range"])
        }
    }

    @Test func historyStartsThatAlembicRefuses() throws {
        // `-1` from every head: a head that is also a base walks to base, and two walks may overlap.
        let base = GraphPrinter(graph: try RevisionGraph(graphRevisions("a1 -;b1 -;b2 b1")))
        do {
            _ = try base.history(range: "-1:", verbose: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["'-1' steps past the base: there are not that many revisions"])
        }
        let overlapping = GraphPrinter(graph: try RevisionGraph(graphRevisions("a1 -;b1 a1;c1 a1;c2 c1")))
        do {
            _ = try overlapping.history(range: "-1:", verbose: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["revisions 'a1' and 'c1' overlap: 'a1' is an ancestor of 'c1'"])
        }
    }

    @Test func versionRowsThatCannotBeWorkedOutAreAnError() throws {
        let graph = try RevisionGraph(graphRevisions(Graphs.merge))
        let a1 = try #require(graph.indexByID["a1"]), m1 = try #require(graph.indexByID["m1"])
        var rows = VersionRows(graph: graph, rows: [a1])
        #expect(throws: DiagnosticError.self) { try rows.apply(m1, .downgrade) }
        do {
            _ = try rows.apply(m1, .downgrade)
        } catch {
            #expect(error.diagnostics.map(\.message.text) == ["cannot tell which version row the downgrade of 'm1' changes: the range's start does not hold its parents"])
        }
    }
}
