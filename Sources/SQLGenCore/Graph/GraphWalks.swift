// Walks over the revision graph: ancestor and descendant sets, lineage, and early-stopping ancestor tests.

/// A set of revision indexes that empties in constant time: each search takes a new stamp,
/// so repeated searches reuse one array instead of allocating.
struct Marks {
    private var stamps: [Int]
    private var current = 0
    /// Every insertion ever made: the work the searches using these marks did.
    private(set) var insertions = 0

    init(count: Int) {
        stamps = [Int](repeating: 0, count: count)
    }

    mutating func clear() { current += 1 }
    func contains(_ index: Int) -> Bool { stamps[index] == current }
    /// Marks `index`; false when it was marked already.
    mutating func insert(_ index: Int) -> Bool {
        if stamps[index] == current { return false }
        stamps[index] = current
        insertions += 1
        return true
    }
}

extension RevisionGraph {
    /// The revisions reachable from `start` (included) along `edges`, as a membership array.
    func reach(from start: [Int], along edges: [[Int]]) -> [Bool] {
        var reached = [Bool](repeating: false, count: revisions.count)
        var stack = start
        while let next = stack.popLast() {
            if reached[next] { continue }
            reached[next] = true
            stack.append(contentsOf: edges[next])
        }
        return reached
    }

    /// Ancestors of `start`, themselves included, following parents and dependencies (Alembic's
    /// `_get_ancestor_nodes` with dependencies).
    func ancestors(of start: [Int]) -> [Bool] { reach(from: start, along: normalizedParents) }

    /// Revisions that are an ancestor or a descendant of `index` along `down_revision` only: the
    /// revisions on its branch, as Alembic's `_shares_lineage` decides it.
    func lineage(of index: Int) -> [Bool] {
        var result = reach(from: [index], along: parents)
        let below = reach(from: [index], along: children)
        for member in 0..<result.count where below[member] { result[member] = true }
        return result
    }

    /// Whether `ancestor` lies strictly below `descendant` along `normalizedParents`. Searches down
    /// from `descendant`, never below `ancestor`'s level.
    func isStrictAncestor(_ ancestor: Int, of descendant: Int, marks: inout Marks) -> Bool {
        guard ancestor != descendant, level[ancestor] < level[descendant] else { return false }
        marks.clear()
        var stack = [descendant]
        while let next = stack.popLast() {
            for parent in normalizedParents[next] {
                if parent == ancestor { return true }
                if level[parent] > level[ancestor] && marks.insert(parent) { stack.append(parent) }
            }
        }
        return false
    }

    /// A start that is an ancestor of another start, and that other one; nil when the starts
    /// are independent, as the rows of a version table are.
    func overlap(in starts: [Int]) -> (ancestor: Int, descendant: Int)? {
        guard starts.count > 1 else { return nil }
        let below = reach(from: starts.flatMap { normalizedParents[$0] }, along: normalizedParents)
        var marks = Marks(count: revisions.count)
        for ancestor in starts where below[ancestor] {
            if let descendant = starts.first(where: { isStrictAncestor(ancestor, of: $0, marks: &marks) }) {
                return (ancestor, descendant)
            }
        }
        return nil
    }
}
