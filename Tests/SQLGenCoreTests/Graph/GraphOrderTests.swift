// Step order and version-table changes on branched graphs, each expectation taken from Alembic 1.20.1's offline output.

import Testing
@testable import SQLGenCore

/// Graphs whose plans were printed by `alembic upgrade/downgrade --sql` (through
/// scripts/alembic_offline.py) and written here in `compactPlan` form. Where Alembic reads a
/// Python set (which rows a merge absorbs or restores when other rows exist) its order changes
/// from run to run; those rows are written in `down_revision` order, as sqlgen prints them.
struct OrderCase: CustomTestStringConvertible, Sendable {
    var graph: String
    var direction: Direction
    var range: String
    var expected: String

    var testDescription: String { "\(graph) \(direction.rawValue) \(range)" }
}

enum Graphs {
    /// Two branches from a1, merged by m1.
    static let merge = "a1 -;b1 a1;b2 b1;c1 a1;c2 c1;m1 b2,c2;d1 m1"
    /// Three branches from a1, never merged: three heads.
    static let three = "a1 -;b1 a1;b2 b1;c1 a1;c2 c1;d1 a1;d2 d1"
    /// Five branches merged two and three at a time, then the two merges merged.
    static let mergeOfMerges = "a1 -;b1 a1;c1 a1;d1 a1;e1 a1;g1 a1;m1 b1,c1;m2 d1,e1,g1;m3 m1,m2;f1 m3"
    /// Two bases; billing depends on core by label and by id.
    static let dependencies = "a1 - labels=core;a2 a1;a3 a2;b1 - labels=billing deps=core;b2 b1 deps=a2;b3 b2"
    /// A trunk that branches into two labelled branches.
    static let labels = "a1 -;a2 a1;b1 a2 labels=billing;b2 b1;c1 a2 labels=shipping;c2 c1"
    /// Labels, a dependency across branches and a merge, with a third head.
    static let mixed = "a1 -;b1 a1 labels=billing;b2 b1;c1 a1 labels=shipping;c2 c1 deps=b1;m1 b2,c2;d1 m1;e1 a1"
}

@Suite struct GraphOrderTests {
    static let cases: [OrderCase] = [
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "base:heads", expected: "*a1:+a1 c1:a1>c1 c2:c1>c2 b1:+b1 b2:b1>b2 m1:-b2 c2>m1 d1:m1>d1"),
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "base:head", expected: "*a1:+a1 c1:a1>c1 c2:c1>c2 b1:+b1 b2:b1>b2 m1:-b2 c2>m1 d1:m1>d1"),
        OrderCase(graph: Graphs.merge, direction: .downgrade, range: "heads:base", expected: "d1:d1>m1 m1:+b2 m1>c2 b2:b2>b1 b1:-b1 c2:c2>c1 c1:c1>a1 a1:-a1"),
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "b2:heads", expected: "c1:+c1 c2:c1>c2 m1:-b2 c2>m1 d1:m1>d1"),
        OrderCase(graph: Graphs.merge, direction: .downgrade, range: "heads:b1", expected: "d1:d1>m1 m1:+b2 m1>c2 b2:b2>b1"),
        OrderCase(graph: Graphs.merge, direction: .downgrade, range: "d1:c1", expected: "d1:d1>m1 m1:+b2 m1>c2 c2:c2>c1"),
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "a1:b2", expected: "b1:a1>b1 b2:b1>b2"),
        OrderCase(graph: Graphs.merge, direction: .downgrade, range: "heads:a1", expected: "d1:d1>m1 m1:+b2 m1>c2 b2:b2>b1 b1:-b1 c2:c2>c1 c1:c1>a1"),
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "base:b2", expected: "*a1:+a1 b1:a1>b1 b2:b1>b2"),
        OrderCase(graph: Graphs.merge, direction: .upgrade, range: "c1:b2", expected: "b1:+b1 b2:b1>b2"),

        OrderCase(graph: Graphs.three, direction: .upgrade, range: "base:heads", expected: "*a1:+a1 d1:a1>d1 d2:d1>d2 c1:+c1 c2:c1>c2 b1:+b1 b2:b1>b2"),
        OrderCase(graph: Graphs.three, direction: .downgrade, range: "heads:base", expected: "b2:b2>b1 b1:-b1 c2:c2>c1 c1:-c1 d2:d2>d1 d1:d1>a1 a1:-a1"),
        OrderCase(graph: Graphs.three, direction: .upgrade, range: "c2:heads", expected: "d1:+d1 d2:d1>d2 b1:+b1 b2:b1>b2"),
        OrderCase(graph: Graphs.three, direction: .downgrade, range: "heads:c1", expected: "c2:c2>c1"),
        OrderCase(graph: Graphs.three, direction: .upgrade, range: "b2,c2:heads", expected: "d1:+d1 d2:d1>d2"),
        OrderCase(graph: Graphs.three, direction: .downgrade, range: "b2,d2:a1", expected: "b2:b2>b1 b1:-b1 d2:d2>d1 d1:d1>a1"),
        OrderCase(graph: Graphs.three, direction: .downgrade, range: "heads:a1", expected: "b2:b2>b1 b1:-b1 c2:c2>c1 c1:-c1 d2:d2>d1 d1:d1>a1"),

        OrderCase(graph: Graphs.mergeOfMerges, direction: .upgrade, range: "base:heads",
                  expected: "*a1:+a1 g1:a1>g1 e1:+e1 c1:+c1 d1:+d1 m2:-d1 -e1 g1>m2 b1:+b1 m1:-b1 c1>m1 m3:-m1 m2>m3 f1:m3>f1"),
        OrderCase(graph: Graphs.mergeOfMerges, direction: .downgrade, range: "heads:base",
                  expected: "f1:f1>m3 m3:+m1 m3>m2 m1:+b1 m1>c1 b1:-b1 m2:+d1 +e1 m2>g1 d1:-d1 c1:-c1 e1:-e1 g1:g1>a1 a1:-a1"),
        OrderCase(graph: Graphs.mergeOfMerges, direction: .upgrade, range: "m1:heads", expected: "g1:+g1 e1:+e1 d1:+d1 m2:-d1 -e1 g1>m2 m3:-m1 m2>m3 f1:m3>f1"),
        OrderCase(graph: Graphs.mergeOfMerges, direction: .downgrade, range: "heads:m1", expected: "f1:f1>m3 m3:+m1 m3>m2"),
        OrderCase(graph: Graphs.mergeOfMerges, direction: .upgrade, range: "base:m2", expected: "*a1:+a1 g1:a1>g1 e1:+e1 d1:+d1 m2:-d1 -e1 g1>m2"),
        OrderCase(graph: Graphs.mergeOfMerges, direction: .upgrade, range: "m2:heads", expected: "c1:+c1 b1:+b1 m1:-b1 c1>m1 m3:-m1 m2>m3 f1:m3>f1"),

        OrderCase(graph: Graphs.dependencies, direction: .upgrade, range: "base:heads", expected: "*a1:+a1 a2:a1>a2 b1:+b1 b2:-b1 a2>b2 b3:b2>b3 a3:+a3"),
        OrderCase(graph: Graphs.dependencies, direction: .downgrade, range: "heads:base", expected: "a3:-a3 b3:b3>b2 b2:+b1 b2>a2 b1:-b1 a2:a2>a1 a1:-a1"),
        OrderCase(graph: Graphs.dependencies, direction: .upgrade, range: "base:billing@head", expected: "*a1:+a1 a2:a1>a2 b1:+b1 b2:-b1 a2>b2 b3:b2>b3"),
        OrderCase(graph: Graphs.dependencies, direction: .downgrade, range: "heads:a1", expected: "a3:-a3 b3:b3>b2 b2:+b1 b2>a2 a2:-a2"),
        OrderCase(graph: Graphs.dependencies, direction: .upgrade, range: "base:b1", expected: "*a1:+a1 b1:a1>b1"),
        OrderCase(graph: Graphs.dependencies, direction: .upgrade, range: "a3:heads", expected: "b1:+b1 b2:b1>b2 b3:b2>b3"),
        OrderCase(graph: Graphs.dependencies, direction: .downgrade, range: "heads:billing@base", expected: "b3:b3>b2 b2:b2>b1 b1:-b1"),
        OrderCase(graph: Graphs.dependencies, direction: .downgrade, range: "heads:core@base", expected: "a3:-a3 b3:b3>b2 b2:+b1 b2>a2 b1:-b1 a2:a2>a1 a1:-a1"),
        OrderCase(graph: Graphs.dependencies, direction: .upgrade, range: "a1:b2", expected: "a2:a1>a2 b1:+b1 b2:-b1 a2>b2"),

        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:billing@head", expected: "*a1:+a1 a2:a1>a2 b1:a2>b1 b2:b1>b2"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "billing@head:shipping@head", expected: "c1:+c1 c2:c1>c2"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:billing@base", expected: "b2:b2>b1 b1:-b1 c2:c2>c1 c1:c1>a2 a2:a2>a1 a1:-a1"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "a2:billing@+1", expected: "b1:a2>b1"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:shipping@-1", expected: "c2:c2>c1"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:billing", expected: "*a1:+a1 a2:a1>a2 b1:a2>b1"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "a1:billing@b2", expected: "a2:a1>a2 b1:a2>b1 b2:b1>b2"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:+2", expected: "*a1:+a1 a2:a1>a2"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "+2", expected: "*a1:+a1 a2:a1>a2"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:b1+1", expected: "*a1:+a1 a2:a1>a2 b1:a2>b1 b2:b1>b2"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:b2-1", expected: "b2:b2>b1"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:shipping@+3", expected: "*a1:+a1 a2:a1>a2 c1:a2>c1"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "c2:-1", expected: "c2:c2>c1"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "a1:+1", expected: "a2:a1>a2"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:billing@a2", expected: "b2:b2>b1 b1:-b1"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:a2", expected: "b2:b2>b1 b1:-b1 c2:c2>c1 c1:c1>a2"),
        OrderCase(graph: Graphs.labels, direction: .upgrade, range: "base:heads", expected: "*a1:+a1 a2:a1>a2 c1:a2>c1 c2:c1>c2 b1:+b1 b2:b1>b2"),
        OrderCase(graph: Graphs.labels, direction: .downgrade, range: "heads:base", expected: "b2:b2>b1 b1:-b1 c2:c2>c1 c1:c1>a2 a2:a2>a1 a1:-a1"),

        OrderCase(graph: Graphs.mixed, direction: .upgrade, range: "base:heads", expected: "*a1:+a1 e1:a1>e1 b1:+b1 c1:+c1 c2:-c1 b1>c2 b2:+b2 m1:-b2 c2>m1 d1:m1>d1"),
        OrderCase(graph: Graphs.mixed, direction: .downgrade, range: "heads:base", expected: "d1:d1>m1 m1:+b2 m1>c2 b2:-b2 c2:+c1 c2>b1 c1:-c1 b1:-b1 e1:e1>a1 a1:-a1"),
    ]

    @Test(arguments: cases)
    func planMatchesAlembic(_ order: OrderCase) {
        #expect(planOrError(order.graph, order.direction, order.range) == order.expected)
    }

    @Test func historyIsNewestFirstInAlembicsOrder() throws {
        let planner = Planner(graph: try RevisionGraph(graphRevisions(Graphs.mixed)))
        let ids = try planner.history(from: "base", to: "heads", range: "base:heads").map { planner.graph.revisions[$0].id }
        #expect(ids == ["d1", "m1", "b2", "c2", "c1", "b1", "e1", "a1"])
        let billing = try planner.history(from: "b1", to: "d1", range: "b1:d1").map { planner.graph.revisions[$0].id }
        #expect(billing == ["d1", "m1", "b2", "b1"])
    }

    @Test func labelsReachDescendantsAndTheTrunkBelowUpToABranchPoint() throws {
        let graph = try RevisionGraph(graphRevisions(Graphs.mixed))
        let labels = Dictionary(uniqueKeysWithValues: graph.revisions.indices.map { (graph.revisions[$0].id, graph.branchLabels[$0]) })
        #expect(labels["a1"] == [])
        #expect(labels["b2"] == ["billing"])
        #expect(labels["c2"] == ["shipping"])
        #expect(labels["m1"] == ["billing", "shipping"])
        #expect(labels["e1"] == [])
        // In a chain, a label goes all the way down.
        let chain = try RevisionGraph(graphRevisions("a1 -;b1 a1 labels=x;c1 b1"))
        #expect(chain.branchLabels == [["x"], ["x"], ["x"]])
    }

    @Test func theVersionTableIsCreatedOnlyBeforeTheFirstStepFromNoRows() throws {
        let planner = Planner(graph: try RevisionGraph(graphRevisions(Graphs.merge)))
        #expect(try planner.plan(.upgrade, range: "base:a1").map(\.createsVersionTable) == [true])
        #expect(try planner.plan(.upgrade, range: "a1:b2").map(\.createsVersionTable) == [false, false])
        #expect(try planner.plan(.upgrade, range: "base:base").isEmpty)
        #expect(try planner.plan(.downgrade, range: "heads:base").allSatisfy { !$0.createsVersionTable })
    }

    // MARK: Linear work

    /// Revisions r0 <- r1 <- ... in one chain.
    static func chain(_ count: Int) -> [Revision] {
        graphRevisions((0..<count).map { (id: "r\($0)", parents: $0 == 0 ? [] : ["r\($0 - 1)"]) })
    }

    /// The plan of `range`, and the revisions its searches visited (the part of planning whose
    /// cost is not plainly linear), which must stay a small multiple of the revisions.
    static func searched(_ planner: Planner, _ direction: Direction, _ range: String) throws -> (steps: [MigrationStep], searched: Int) {
        var searched = 0
        let steps = try planner.plan(direction, range: range, searched: &searched)
        return (steps, searched)
    }

    @Test(.timeLimit(.minutes(1)))
    func aChainOfTenThousandPlansInLinearTime() throws {
        let planner = Planner(graph: try RevisionGraph(GraphOrderTests.chain(10_000)))
        let up = try planner.plan(.upgrade, range: "base:head")
        let down = try GraphOrderTests.searched(planner, .downgrade, "head:base")
        let history = try planner.history(from: "base", to: "heads", range: "base:heads")
        let middle = try planner.plan(.upgrade, range: "r5000:r5000+100")
        #expect(up.count == 10_000 && down.steps.count == 10_000 && history.count == 10_000 && middle.count == 100)
        #expect(up.first?.versionChanges == [.insert("r0")])
        #expect(down.searched <= 10_000, "a chain needs no search: \(down.searched)")
    }

    /// A trunk, `branches` branches of `length` revisions from its top, merged pairwise and
    /// then all together, so every kind of step appears many times.
    static func branched(branches: Int, length: Int) -> [Revision] {
        var entries: [(id: String, parents: [String])] = [("t0", []), ("t1", ["t0"])]
        for branch in 0..<branches {
            for step in 0..<length { entries.append(("b\(branch)_\(step)", [step == 0 ? "t1" : "b\(branch)_\(step - 1)"])) }
        }
        for pair in stride(from: 0, to: branches, by: 2) {
            entries.append(("p\(pair)", ["b\(pair)_\(length - 1)", "b\(pair + 1)_\(length - 1)"]))
        }
        entries.append(("top", stride(from: 0, to: branches, by: 2).map { "p\($0)" }))
        return graphRevisions(entries)
    }

    @Test(.timeLimit(.minutes(1)))
    func aHundredBranchesPlanInLinearTime() throws {
        let planner = Planner(graph: try RevisionGraph(GraphOrderTests.branched(branches: 100, length: 100)))
        let up = try GraphOrderTests.searched(planner, .upgrade, "base:heads")
        let down = try GraphOrderTests.searched(planner, .downgrade, "heads:base")
        let partial = try GraphOrderTests.searched(planner, .downgrade, "heads:t1")
        #expect(up.steps.count == 10_053 && down.steps.count == 10_053 && partial.steps.count == 10_051)
        #expect(up.steps.last?.versionChanges.count == 50, "the last merge absorbs 49 rows and updates one")
        for (name, plan) in [("up", up), ("down", down), ("partial", partial)] {
            #expect(plan.searched <= 3 * plan.steps.count, "\(name): \(plan.searched) revisions searched for \(plan.steps.count) steps")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aHundredUnmergedHeadsPlanInLinearTime() throws {
        var entries: [(id: String, parents: [String])] = [("t0", [])]
        for branch in 0..<100 {
            for step in 0..<100 { entries.append(("h\(branch)_\(step)", [step == 0 ? "t0" : "h\(branch)_\(step - 1)"])) }
        }
        let planner = Planner(graph: try RevisionGraph(graphRevisions(entries)))
        let up = try GraphOrderTests.searched(planner, .upgrade, "base:heads")
        let down = try GraphOrderTests.searched(planner, .downgrade, "heads:base")
        #expect(up.steps.count == 10_001 && down.steps.count == 10_001)
        let deletes = down.steps.filter { step in step.versionChanges.contains { if case .delete = $0 { true } else { false } } }
        #expect(deletes.count == 100, "each branch's row goes when its first revision is undone; the last one's goes with t0")
        for (name, plan) in [("up", up), ("down", down)] {
            #expect(plan.searched <= 3 * plan.steps.count, "\(name): \(plan.searched) revisions searched for \(plan.steps.count) steps")
        }
    }

    /// `depends_on` naming the revision's own `down_revision`, directly or by a label the parent
    /// owns, is one edge: no false cycle, and Alembic's plan (checked with its offline mode).
    @Test(arguments: ["a1 - labels=lib; b2 a1 deps=a1; c3 b2", "a1 - labels=lib; b2 a1 deps=lib; c3 b2 deps=b2,lib"])
    func dependencyOnTheParentIsNoCycle(spec: String) {
        #expect(graphError(spec) == nil)
        #expect(planOrError(spec, .upgrade, "base:heads") == "*a1:+a1 b2:a1>b2 c3:b2>c3")
        #expect(planOrError(spec, .downgrade, "heads:base") == "c3:c3>b2 b2:b2>a1 a1:-a1")
    }
}
