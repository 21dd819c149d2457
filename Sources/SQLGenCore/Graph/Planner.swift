// Ranges and step planning: which revisions run, in which order, with which version-table changes.

public enum Direction: String, Sendable {
    case upgrade
    case downgrade
}

/// One change to the version table, as Alembic's offline mode prints it.
public enum VersionChange: Sendable, Equatable {
    /// A new row: a branch starts (its first revision, or a revision whose parents are not rows),
    /// or a merge is undone.
    case insert(String)
    case update(from: String, to: String)
    /// A row goes: a merge absorbs a parent's row, or a branch is undone down to where it started.
    case delete(String)
}

/// One revision applied in one direction.
public struct MigrationStep: Sendable {
    public var direction: Direction
    public var revision: Revision
    /// The version-table statements after the step's operations, in Alembic's order: at a merge
    /// the DELETEs of the absorbed rows, then the UPDATE; undoing a merge, the INSERTs, then the UPDATE.
    public var versionChanges: [VersionChange]
    /// Set on the first step of a script that starts with no version rows (an upgrade from
    /// base): Alembic's offline mode creates the version table before that step.
    public var createsVersionTable: Bool

    public init(direction: Direction, revision: Revision, versionChanges: [VersionChange], createsVersionTable: Bool = false) {
        self.direction = direction
        self.revision = revision
        self.versionChanges = versionChanges
        self.createsVersionTable = createsVersionTable
    }

    public var body: MigrationBody {
        direction == .upgrade ? revision.upgrade : revision.downgrade
    }

    /// The revisions the database is at before the step, as Alembic's comment shows them
    /// (`down_revision` only, never `depends_on`).
    public var fromIDs: [String] {
        direction == .upgrade ? revision.downRevisions : [revision.id]
    }

    public var toIDs: [String] {
        direction == .upgrade ? [revision.id] : revision.downRevisions
    }
}

/// Plans ranges over a graph, with Alembic 1.20.1's choice and order of steps and of version-table
/// statements. Work is linear in the number of revisions: each range is a few passes over the
/// graph, and the searches Alembic repeats at every branch point (which walker goes next, which
/// rows a step replaces) stop at their first answer; the tests count what they visit.
public struct Planner: Sendable {
    public let graph: RevisionGraph

    public init(graph: RevisionGraph) {
        self.graph = graph
    }

    var resolver: TargetResolver { TargetResolver(graph: graph) }

    /// The steps of `sqlgen upgrade RANGE` or `sqlgen downgrade RANGE`. An upgrade target alone
    /// (`head`) means from base; a downgrade needs both ends, since offline there is no database
    /// to say where it starts. The start may list several revisions (`a,b:head`), for a database
    /// that sits at several heads.
    public func plan(_ direction: Direction, range: String) throws(DiagnosticError) -> [MigrationStep] {
        var searched = 0
        return try plan(direction, range: range, searched: &searched)
    }

    /// `plan`, counting in `searched` the revisions visited by the searches whose cost is not
    /// plainly linear (walkers to switch to, rows above a revision), for the tests that keep
    /// planning linear.
    func plan(_ direction: Direction, range: String, searched: inout Int) throws(DiagnosticError) -> [MigrationStep] {
        let parts = range.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let from: String, to: String
        switch (direction, parts.count) {
        case (.upgrade, 1): (from, to) = ("base", parts[0])
        case (_, 2): (from, to) = (parts[0], parts[1])
        case (.downgrade, 1): throw DiagnosticError(.downgradeNeedsRange(range))
        default: throw DiagnosticError(.badRange(range))
        }
        let start = try resolver.startRevisions(from)
        let order: [Int]
        switch direction {
        case .upgrade: order = try upgradeOrder(from: start, to: to, range: range, searched: &searched)
        case .downgrade: order = try downgradeOrder(from: start, to: to, range: range, searched: &searched)
        }
        var rows = VersionRows(graph: graph, rows: start, direction: direction)
        var steps: [MigrationStep] = []
        steps.reserveCapacity(order.count)
        for index in order {
            let createsTable = rows.isEmpty
            let changes = try rows.apply(index, direction)
            steps.append(MigrationStep(direction: direction, revision: graph.revisions[index], versionChanges: changes, createsVersionTable: createsTable))
        }
        searched += rows.searched
        return steps
    }

    /// Alembic's `_collect_upgrade_revisions` with an implicit base: everything the targets need
    /// that the start does not have, oldest first.
    func upgradeOrder(from start: [Int], to target: String, range: String, searched: inout Int) throws(DiagnosticError) -> [Int] {
        let targets = try resolver.upgradeTargets(target, current: start)
        if let (ancestor, descendant) = graph.overlap(in: targets) {
            throw DiagnosticError(.startsOverlap(graph.revisions[ancestor].id, graph.revisions[descendant].id))
        }
        var needed = graph.ancestors(of: targets)
        let have = graph.ancestors(of: start)
        var any = false
        for index in 0..<needed.count where needed[index] {
            if have[index] { needed[index] = false } else { any = true }
        }
        if !any && !start.isEmpty && (targets.isEmpty || targets.contains { have[$0] && !start.contains($0) }) {
            throw DiagnosticError(.rangeGoesWrongWay(range, upgrading: true))
        }
        return graph.alembicOrder(needed, heads: targets, searched: &searched).reversed()
    }

    /// Alembic's `_collect_downgrade_revisions`: every applied revision above the target, newest first.
    func downgradeOrder(from start: [Int], to target: String, range: String, searched: inout Int) throws(DiagnosticError) -> [Int] {
        let (label, destination) = try resolver.downgradeTarget(target, current: start)
        var roots = destination.map { graph.children[$0] } ?? graph.baseIndexes
        if let label, roots.count > 1 {
            let onBranch = graph.reach(from: [try resolver.branchRevision(label)], along: graph.parents)
            roots = roots.filter { onBranch[$0] }
            if roots.isEmpty { throw DiagnosticError(.notOnBranchToDowngrade(target, label: label)) }
        }
        var undo = graph.reach(from: roots, along: graph.allChildren)
        let applied = graph.ancestors(of: start)
        var any = false
        for index in 0..<undo.count where undo[index] {
            if applied[index] { any = true } else { undo[index] = false }
        }
        if let destination, !any, !start.contains(destination) {
            throw DiagnosticError(.rangeGoesWrongWay(range, upgrading: false))
        }
        return graph.alembicOrder(undo, heads: start, searched: &searched)
    }

    /// The revisions `sqlgen history RANGE` lists, newest first: Alembic's `walk_revisions`, an
    /// upgrade collection that includes its start and keeps to the start's descendants.
    public func history(from lower: String, to upper: String, range: String) throws(DiagnosticError) -> [Int] {
        let current = try resolver.revisions(lower)
        var targets = try resolver.upgradeTargets(upper, current: current)
        if let at = lower.firstIndex(of: "@") {
            var label = String(lower[..<at])
            if let owner = try resolver.revision(label), graph.revisions[owner].id.sameScalars(label) {
                // A revision id used as the label: its branch's label, when it has exactly one.
                if graph.branchLabels[owner].count == 1, let only = graph.branchLabels[owner].first { label = only }
            }
            targets = targets.filter { graph.branchLabels[$0].containsName(label) }
        }
        if let (ancestor, descendant) = graph.overlap(in: targets) {
            throw DiagnosticError(.startsOverlap(graph.revisions[ancestor].id, graph.revisions[descendant].id))
        }
        if let (ancestor, descendant) = graph.overlap(in: current) {
            throw DiagnosticError(.startsOverlap(graph.revisions[ancestor].id, graph.revisions[descendant].id))
        }
        let required = graph.ancestors(of: targets)
        if current.contains(where: { !required[$0] }) {
            throw DiagnosticError(.rangeNotOnOneBranch(range))
        }
        var needed = required
        let have = graph.ancestors(of: current)
        for index in 0..<needed.count where have[index] { needed[index] = false }
        for index in current { needed[index] = true }
        if !current.isEmpty {
            let above = graph.reach(from: current, along: graph.children)
            for index in 0..<needed.count where !above[index] { needed[index] = false }
        }
        return graph.alembicOrder(needed, heads: targets)
    }

    /// A target: `base` (nil) or one revision. Several (`head` with several heads) is an error.
    public func resolve(_ target: String) throws(DiagnosticError) -> Int? {
        try resolver.revision(target)
    }
}

/// The version table's rows while a plan runs, changed step by step as Alembic's `HeadMaintainer`
/// changes them. `applied` is every revision at or below a row, kept in step with the rows, so
/// that "is this revision below another row" is a walk up from it that stops at the first row.
struct VersionRows {
    let graph: RevisionGraph
    private(set) var isRow: [Bool]
    private(set) var count = 0
    private var applied: [Bool]
    private var marks: Marks
    /// Set for a downgrade plan, where revisions only ever become unapplied.
    private let undoing: Bool
    /// While undoing: each revision's children, less some that are known to be unapplied.
    private var liveChildren: [[Int]]
    /// Revisions visited by `isAtOrBelowRow` and `restoredRows`, for the linear-work tests.
    var searched: Int { marks.insertions }

    init(graph: RevisionGraph, rows: [Int], direction: Direction = .upgrade) {
        self.graph = graph
        undoing = direction == .downgrade
        liveChildren = undoing ? graph.normalizedChildren : []
        isRow = [Bool](repeating: false, count: graph.revisions.count)
        for row in rows where !isRow[row] {
            isRow[row] = true
            count += 1
        }
        applied = graph.ancestors(of: rows)
        marks = Marks(count: graph.revisions.count)
    }

    var isEmpty: Bool { count == 0 }

    func id(_ index: Int) -> String { graph.ids[index] }

    mutating func setRow(_ index: Int, _ value: Bool) {
        guard isRow[index] != value else { return }
        isRow[index] = value
        count += value ? 1 : -1
    }

    mutating func insert(_ index: Int) -> VersionChange {
        setRow(index, true)
        return .insert(id(index))
    }

    mutating func delete(_ index: Int) -> VersionChange {
        setRow(index, false)
        return .delete(id(index))
    }

    mutating func update(_ from: Int, _ to: Int) -> VersionChange {
        setRow(from, false)
        setRow(to, true)
        return .update(from: id(from), to: id(to))
    }

    /// Whether `index` is a row outside `excluded`, or an ancestor of one (Alembic's
    /// `_get_ancestor_nodes(other_heads)`). Rows lie in `applied`, and so does every path down
    /// from them, so the walk up from `index` stays inside it.
    mutating func isAtOrBelowRow(_ index: Int, excluding excluded: [Int]) -> Bool {
        if isRow[index] && !excluded.contains(index) { return true }
        // An applied revision is at or below some row. One that is not excluded and sits at
        // least as high as every excluded row cannot be below those only, so it answers at once.
        let highestExcluded = excluded.map { graph.level[$0] }.max() ?? -1
        marks.clear()
        // Depth first, one child at a time, so the children not needed are never looked at.
        var stack: [(revision: Int, position: Int)] = [(index, 0)]
        while let top = stack.last {
            guard let child = nextAppliedChild(of: top.revision, from: top.position) else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].position = child.position + 1
            if !excluded.contains(child.revision) && (isRow[child.revision] || graph.level[child.revision] >= highestExcluded) {
                return true
            }
            stack.append((child.revision, 0))
        }
        return false
    }

    /// The first child of `index` at or after `position` that is applied and not yet visited.
    /// While undoing, a revision once unapplied stays so: it is dropped from the list for good
    /// (swapped with the last), so a revision many branches start from is not rescanned each time.
    mutating func nextAppliedChild(of index: Int, from position: Int) -> (revision: Int, position: Int)? {
        var position = position
        if undoing {
            while position < liveChildren[index].count {
                let child = liveChildren[index][position]
                if !applied[child] {
                    liveChildren[index].swapAt(position, liveChildren[index].count - 1)
                    liveChildren[index].removeLast()
                    continue
                }
                if marks.insert(child) { return (child, position) }
                position += 1
            }
            return nil
        }
        let children = graph.normalizedChildren[index]
        while position < children.count {
            let child = children[position]
            if applied[child] && marks.insert(child) { return (child, position) }
            position += 1
        }
        return nil
    }

    /// The statements for one step, and the rows after it. Where Alembic reads a Python set
    /// (the rows a merge absorbs, the rows undoing a merge restores), its order changes from run
    /// to run; here the parents keep their `down_revision` order, then `depends_on`.
    mutating func apply(_ index: Int, _ direction: Direction) throws(DiagnosticError) -> [VersionChange] {
        let parents = graph.normalizedParents[index]
        let rowParents = parents.count == 1 ? (isRow[parents[0]] ? parents : []) : parents.filter { isRow[$0] }
        var changes: [VersionChange] = []
        changes.reserveCapacity(1)
        switch direction {
        case .upgrade:
            if rowParents.isEmpty {
                changes.append(insert(index))
            } else if rowParents.count > 1 {
                // A merge: the parents' rows that are not below other rows go into it. (Alembic
                // also tries to delete a parent that is no row, when one parent is an ancestor of
                // another, and fails; only rows are deleted here.)
                var absorbed = rowParents
                if count > rowParents.count {
                    var kept: [Int] = []
                    for parent in rowParents where !isAtOrBelowRow(parent, excluding: parents) { kept.append(parent) }
                    absorbed = kept
                }
                guard let last = absorbed.last else { throw DiagnosticError(.versionRowsUnclear(id(index), upgrading: direction == .upgrade)) }
                for parent in absorbed.dropLast() { changes.append(delete(parent)) }
                changes.append(update(last, index))
            } else if let parent = rowParents.first {
                changes.append(update(parent, index))
            }
            applied[index] = true
        case .downgrade:
            if isRow[index] {
                let restored = restoredRows(index)
                if let last = restored.last {
                    for parent in restored.dropLast() { changes.append(insert(parent)) }
                    changes.append(update(index, last))
                } else {
                    changes.append(delete(index))
                }
            } else if parents.count == 1, let parent = parents.first {
                changes.append(update(index, parent))
            } else if rowParents.count == 1, let parent = rowParents.first {
                changes.append(update(index, parent))
            } else {
                throw DiagnosticError(.versionRowsUnclear(id(index), upgrading: direction == .upgrade))
            }
            applied[index] = false
        }
        return changes
    }

    /// The parents that become rows when `index` is undone (Alembic's `_unmerge_to_revisions`):
    /// with other rows, the parents not below them; alone, the parents not below another parent.
    /// Empty: the row just goes.
    mutating func restoredRows(_ index: Int) -> [Int] {
        let parents = graph.normalizedParents[index]
        if count > 1 {
            var restored: [Int] = []
            for parent in parents where !isAtOrBelowRow(parent, excluding: [index]) { restored.append(parent) }
            return restored
        }
        guard parents.count > 1 else { return parents }
        return parents.filter { parent in
            !parents.contains { other in other != parent && graph.isStrictAncestor(parent, of: other, marks: &marks) }
        }
    }
}
