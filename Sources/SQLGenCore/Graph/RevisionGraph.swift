// The revision graph: revisions linked by parents and dependencies, checked, with Alembic's heads, bases and branch labels.

/// All revisions of a project and how they connect, as Alembic 1.20.1's `RevisionMap` sees them.
/// Building it checks the graph and reports every problem, each naming the revisions and files
/// involved. Revisions are referred to by their index in `revisions` (file order, which is also
/// the order Alembic breaks ties in), so walks are array lookups. A class, immutable once built,
/// so that the planner's many small structs share one graph instead of copying its arrays.
public final class RevisionGraph: Sendable {
    /// Revisions in the order their files were read (sorted by file name, as Alembic reads them).
    public let revisions: [Revision]
    /// Each revision's id, for the walks that need only that.
    let ids: [String]
    /// By Unicode scalars (see `ScalarKey`): NFC and NFD spellings are two ids, as in Python.
    let indexByID: NameTable<Int>
    /// Each branch label and the revision that declares it.
    let labelOwner: NameTable<Int>
    /// `down_revision` as indexes, in the written order.
    let parents: [[Int]]
    /// `depends_on` resolved to revision indexes (an entry may name a branch label), without repeats.
    let dependencies: [[Int]]
    /// Parents, then the dependencies that no ancestor already declares: Alembic's
    /// `_normalized_down_revisions`, the edges that order steps and keep the version rows.
    let normalizedParents: [[Int]]
    /// The revisions that name this one in `down_revision` (Alembic's `nextrev`), in file order.
    let children: [[Int]]
    /// The revisions that name this one in `down_revision` or `depends_on` (`_all_nextrev`).
    let allChildren: [[Int]]
    /// The reverse of `normalizedParents`.
    let normalizedChildren: [[Int]]
    /// The longest path from a base along `normalizedParents`: an ancestor always has a smaller
    /// level, which lets ancestor searches stop early.
    let level: [Int]
    /// Each revision's branch labels, declared and inherited, in a stable order.
    public let branchLabels: [[String]]
    /// Revisions that no revision names in `down_revision`, in file order (Alembic's `heads`).
    public let heads: [Revision]
    let headIndexes: [Int]
    /// Revisions that no revision names at all, `depends_on` included (Alembic's `_real_heads`):
    /// what `heads` means as a target, and the version rows after `upgrade base:heads`.
    let realHeadIndexes: [Int]
    /// Revisions with no `down_revision`, in file order.
    public let bases: [Revision]
    let baseIndexes: [Int]

    /// Characters Alembic refuses in revision ids: they are the target grammar's separators.
    static let illegalIDCharacters: [Character] = ["@", "-", "+", ":"]

    public init(_ revisions: [Revision]) throws(DiagnosticError) {
        let count = revisions.count
        var problems = DiagnosticBag()
        var indexByID = NameTable<Int>()
        indexByID.reserveCapacity(count)
        for (index, revision) in revisions.enumerated() {
            if let first = indexByID[revision.id] {
                problems.error(.duplicateRevision(revision.id, firstFile: revisions[first].file.path), at: revision.position)
            } else {
                indexByID[revision.id] = index
            }
            if revision.id.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ":") }) {
                let illegal = RevisionGraph.illegalIDCharacters.filter { revision.id.contains($0) }
                problems.error(.illegalRevisionID(revision.id, characters: illegal.map(String.init)), at: revision.position)
            }
        }

        // Labels share one namespace with ids: a label may name neither another label nor an id.
        var labelOwner = NameTable<Int>()
        for (index, revision) in revisions.enumerated() where indexByID[revision.id] == index {
            for label in revision.branchLabels {
                if let other = labelOwner[label] ?? indexByID[label] {
                    problems.error(.duplicateBranchLabel(label, of: revision.id, usedBy: revisions[other].id), at: revision.position)
                } else {
                    labelOwner[label] = index
                }
            }
        }

        var parents = [[Int]](repeating: [], count: count)
        var dependencies = [[Int]](repeating: [], count: count)
        var children = [[Int]](repeating: [], count: count)
        var allChildren = [[Int]](repeating: [], count: count)
        for (index, revision) in revisions.enumerated() where indexByID[revision.id] == index {
            for parent in revision.downRevisions {
                if let parentIndex = indexByID[parent] {
                    if !parents[index].contains(parentIndex) { parents[index].append(parentIndex) }
                } else {
                    problems.error(.missingParent(parent, of: revision.id), at: revision.position)
                }
            }
            for dependency in revision.dependsOn {
                if let target = indexByID[dependency] ?? labelOwner[dependency] {
                    if !dependencies[index].contains(target) { dependencies[index].append(target) }
                } else {
                    problems.error(.missingDependency(dependency, of: revision.id), at: revision.position)
                }
            }
            for parent in parents[index] { children[parent].append(index) }
            for target in parents[index] where allChildren[target].last != index { allChildren[target].append(index) }
            for target in dependencies[index] where allChildren[target].last != index { allChildren[target].append(index) }
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }

        // Kahn's algorithm over parents and dependencies: what it never reaches lies on a cycle.
        // A dependency that is also a parent (`depends_on` naming the `down_revision`, directly or
        // by a label it owns) is one edge, not two: the same edge counted twice would never reach
        // zero and look like a cycle of one revision.
        let allParents = (0..<count).map { index in
            dependencies[index].isEmpty ? parents[index] : parents[index] + dependencies[index].filter { !parents[index].contains($0) }
        }
        let order = RevisionGraph.topologicalOrder(count: count, parents: allParents, children: allChildren)
        if order.count < count {
            let members = RevisionGraph.cycle(count: count, reached: order, parents: allParents)
            throw DiagnosticError(.cycle(members.map { revisions[$0].id }), at: revisions[members[0]].position)
        }

        let normalizedParents = RevisionGraph.normalize(parents: parents, dependencies: dependencies, children: children)
        var normalizedChildren = [[Int]](repeating: [], count: count)
        var level = [Int](repeating: 0, count: count)
        for index in order {
            for parent in normalizedParents[index] {
                normalizedChildren[parent].append(index)
                level[index] = max(level[index], level[parent] + 1)
            }
        }
        // Children in file order, whatever order the edges were found in.
        for index in 0..<count where normalizedChildren[index].count > 1 { normalizedChildren[index].sort() }

        self.revisions = revisions
        self.ids = revisions.map(\.id)
        self.indexByID = indexByID
        self.labelOwner = labelOwner
        self.parents = parents
        self.dependencies = dependencies
        self.normalizedParents = normalizedParents
        self.children = children
        self.allChildren = allChildren
        self.normalizedChildren = normalizedChildren
        self.level = level
        self.branchLabels = RevisionGraph.inheritLabels(revisions: revisions, parents: parents, children: children, allChildren: allChildren)
        self.headIndexes = (0..<count).filter { children[$0].isEmpty }
        self.realHeadIndexes = (0..<count).filter { allChildren[$0].isEmpty }
        self.baseIndexes = (0..<count).filter { parents[$0].isEmpty }
        self.heads = headIndexes.map { revisions[$0] }
        self.bases = baseIndexes.map { revisions[$0] }
    }

    public func revision(_ id: String) -> Revision? {
        indexByID[id].map { revisions[$0] }
    }

    /// Revisions no revision depends on or descends from: what the version table holds after
    /// `upgrade base:heads`.
    public var realHeads: [Revision] { realHeadIndexes.map { revisions[$0] } }

    /// A branch point has several children by `down_revision`.
    func isBranchPoint(_ index: Int) -> Bool { children[index].count > 1 }
    /// Several children counting `depends_on`: where inherited labels stop.
    func isRealBranchPoint(_ index: Int) -> Bool { allChildren[index].count > 1 }
    func isMergePoint(_ index: Int) -> Bool { parents[index].count > 1 }

    // MARK: Building

    /// Revisions in an order where parents come first, ties in file order (Kahn's algorithm,
    /// first in, first out); revisions on a cycle are left out. With `members`, only those
    /// revisions, and only the edges between them.
    static func topologicalOrder(count: Int, parents: [[Int]], children: [[Int]], members: [Bool]? = nil) -> [Int] {
        func isMember(_ index: Int) -> Bool { members?[index] ?? true }
        var pending = [Int](repeating: 0, count: count)
        for index in 0..<count where isMember(index) { pending[index] = parents[index].count(where: isMember) }
        var order = (0..<count).filter { isMember($0) && pending[$0] == 0 }
        var next = 0
        while next < order.count {
            for child in children[order[next]] where isMember(child) {
                pending[child] -= 1
                if pending[child] == 0 { order.append(child) }
            }
            next += 1
        }
        return order
    }

    /// The revisions of `ids`, parents (by `down_revision`) before children, ties in file order:
    /// the order replaying their upgrades builds the schema in.
    public func parentsFirst(_ ids: some Sequence<String>) -> [Revision] {
        var members = [Bool](repeating: false, count: revisions.count)
        for id in ids { if let index = indexByID[id] { members[index] = true } }
        return Self.topologicalOrder(count: revisions.count, parents: parents, children: children, members: members).map { revisions[$0] }
    }

    /// One cycle among the revisions Kahn's algorithm did not reach, walked by parents.
    static func cycle(count: Int, reached: [Int], parents: [[Int]]) -> [Int] {
        var isReached = [Bool](repeating: false, count: count)
        for index in reached { isReached[index] = true }
        guard let start = (0..<count).first(where: { !isReached[$0] }) else { return [] }
        var seenAt: [Int: Int] = [:]
        var path: [Int] = []
        var current = start
        while seenAt[current] == nil {
            seenAt[current] = path.count
            path.append(current)
            guard let parent = parents[current].first(where: { !isReached[$0] }) else { break }
            current = parent
        }
        return seenAt[current].map { Array(path[$0...]) } ?? path
    }

    /// Alembic's `_normalize_depends_on`: a dependency already declared by an ancestor (along
    /// `down_revision`) is dropped. One walk per dependency target declared by two revisions or more.
    static func normalize(parents: [[Int]], dependencies: [[Int]], children: [[Int]]) -> [[Int]] {
        var declarers: [Int: [Int]] = [:]
        for (index, targets) in dependencies.enumerated() {
            for target in targets { declarers[target, default: []].append(index) }
        }
        var dropped: Set<[Int]> = []
        var below = [Int](repeating: -1, count: parents.count)
        for (target, revisions) in declarers.sorted(by: { $0.key < $1.key }) where revisions.count > 1 {
            // Mark the strict descendants of every declarer; a declarer so marked inherits the dependency.
            var stack = revisions.flatMap { children[$0] }
            while let next = stack.popLast() {
                if below[next] == target { continue }
                below[next] = target
                stack.append(contentsOf: children[next])
            }
            for revision in revisions where below[revision] == target { dropped.insert([revision, target]) }
        }
        return parents.indices.map { index in
            var result = parents[index]
            for target in dependencies[index] where !result.contains(target) && !dropped.contains([index, target]) {
                result.append(target)
            }
            return result
        }
    }

    /// Alembic's `_add_branches`: a label reaches every descendant of the revision that declares
    /// it, and, walking down from the last descendant visited, each ancestor up to the first branch
    /// point or merge point. Alembic visits children in Python set order; here they go in file order.
    static func inheritLabels(revisions: [Revision], parents: [[Int]], children: [[Int]], allChildren: [[Int]]) -> [[String]] {
        var labels = revisions.map { revision in
            var unique: [String] = []
            for label in revision.branchLabels where !unique.containsName(label) { unique.append(label) }
            return unique
        }
        func add(_ new: [String], to index: Int) {
            for label in new where !labels[index].containsName(label) { labels[index].append(label) }
        }
        var seen = [Int](repeating: -1, count: revisions.count)
        for (labeled, revision) in revisions.enumerated() where !revision.branchLabels.isEmpty {
            let own = labels[labeled]
            var stack = [labeled]
            var last = labeled
            while let next = stack.popLast() {
                if seen[next] == labeled { continue }
                seen[next] = labeled
                stack.append(contentsOf: children[next])
                add(own, to: next)
                last = next
            }
            var current = last
            while allChildren[current].count <= 1 && parents[current].count <= 1 {
                add(own, to: current)
                guard let parent = parents[current].first else { break }
                current = parent
            }
        }
        return labels
    }
}
