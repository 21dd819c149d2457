// Graph and planner: a chain's steps in both directions, targets, and every graph error.

import Testing
@testable import SQLGenCore

@Suite struct PlannerTests {
    /// Revisions a1 <- b2 <- c3 (`parents` maps each id to its parent).
    func revisions(_ chain: [(id: String, parent: String?)], file: String = "chain.py") -> [Revision] {
        chain.enumerated().map { index, entry in
            let source = SourceFile(path: "\(index)_\(entry.id).py", text: "revision = '\(entry.id)'\n")
            return Revision(id: entry.id, downRevisions: entry.parent.map { [$0] } ?? [], message: nil, file: source,
                            position: source.position(at: 0), upgrade: MigrationBody(), downgrade: MigrationBody())
        }
    }

    var chain: [Revision] { revisions([("a1", nil), ("b2", "a1"), ("c3", "b2")]) }

    func plan(_ direction: Direction, _ range: String) throws -> [String] {
        try Planner(graph: RevisionGraph(chain)).plan(direction, range: range).flatMap { step in
            step.versionChanges.map { change in
                switch change {
                case .insert(let id): "insert \(id)"
                case .update(let from, let to): "update \(from)->\(to)"
                case .delete(let id): "delete \(id)"
                }
            }
        }
    }

    @Test func upgradeWholeChain() throws {
        #expect(try plan(.upgrade, "base:head") == ["insert a1", "update a1->b2", "update b2->c3"])
        #expect(try plan(.upgrade, "head") == ["insert a1", "update a1->b2", "update b2->c3"])
        #expect(try plan(.upgrade, "base:heads") == ["insert a1", "update a1->b2", "update b2->c3"])
    }

    @Test func upgradePartialRangesAndPrefixes() throws {
        #expect(try plan(.upgrade, "a1:c3") == ["update a1->b2", "update b2->c3"])
        #expect(try plan(.upgrade, "c3:head") == [])
        let long = revisions([("aaaa1111", nil), ("bbbb2222", "aaaa1111")])
        let steps = try Planner(graph: RevisionGraph(long)).plan(.upgrade, range: "aaaa:bb")
        #expect(steps.map(\.revision.id) == ["bbbb2222"])
    }

    @Test func downgradeRanges() throws {
        #expect(try plan(.downgrade, "head:base") == ["update c3->b2", "update b2->a1", "delete a1"])
        #expect(try plan(.downgrade, "c3:a1") == ["update c3->b2", "update b2->a1"])
    }

    @Test func stepsCarryAlembicsCommentEnds() throws {
        let steps = try Planner(graph: RevisionGraph(chain)).plan(.downgrade, range: "b2:base")
        #expect(steps.map(\.fromIDs) == [["b2"], ["a1"]])
        #expect(steps.map(\.toIDs) == [["a1"], []])
    }

    func planError(_ direction: Direction, _ range: String, _ revisions: [Revision]? = nil) -> String? {
        do {
            _ = try Planner(graph: RevisionGraph(revisions ?? chain)).plan(direction, range: range)
            return nil
        } catch {
            return error.diagnostics.map(\.message.text).joined(separator: " | ")
        }
    }

    @Test func targetErrors() {
        #expect(planError(.upgrade, "head:base") == "range 'head:base' does not lead up from its start to its end")
        #expect(planError(.downgrade, "base:head") == "range 'base:head' does not lead down from its start to its end")
        #expect(planError(.downgrade, "base") == "downgrade needs a range 'FROM:TO', not 'base': offline, sqlgen cannot ask the database where it is")
        #expect(planError(.upgrade, "zz99") == "no revision 'zz99'")
        #expect(planError(.upgrade, "a:b") == "no revision 'a'", "a prefix only matches ids longer than three characters, as in Alembic")
        #expect(planError(.upgrade, "a:b:c") == "'a:b:c' is not a range")
        let similar = revisions([("abcd1", nil), ("abcd2", "abcd1")])
        #expect(planError(.upgrade, "abcd", similar) == "revision prefix 'abcd' is ambiguous: it matches 'abcd1', 'abcd2'")
    }

    @Test func graphErrors() {
        let duplicate = revisions([("a1", nil), ("a1", nil)])
        #expect(planError(.upgrade, "head", duplicate) == "revision 'a1' is defined twice, here and in '0_a1.py'")
        let missing = revisions([("a1", nil), ("b2", "zz")])
        #expect(planError(.upgrade, "head", missing) == "revision 'b2' names 'zz' as its down_revision, but no file defines 'zz'")
        let cycle = revisions([("a1", nil), ("b2", "c3"), ("c3", "b2")])
        #expect(planError(.upgrade, "head", cycle) == "revisions form a cycle: 'b2' -> 'c3' -> 'b2'")
    }

}
