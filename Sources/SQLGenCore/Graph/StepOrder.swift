// Alembic's step order: the walk of its `_topological_sort`, reproduced step for step without its quadratic cost.

extension RevisionGraph {
    /// The revisions marked in `members`, newest first, in exactly the order Alembic 1.20.1's
    /// `_topological_sort` yields them from `heads`. An upgrade runs this order backwards.
    ///
    /// Alembic keeps a list of walkers, one per head. It takes the current walker's revision; if
    /// another walker's revision descends from it, it switches to the first such walker (by list
    /// position); otherwise it emits the revision, moves the walker to the revision's first
    /// parent still to emit and appends a walker for each further one, or drops the walker and
    /// steps back one position when there is none. Alembic answers "does another walker descend
    /// from it" with a fresh ancestor set per branch; here the answer is a counter of children
    /// still to emit (a revision is blocked exactly when it has one), and only a blocked revision
    /// searches for the walker to switch to.
    func alembicOrder(_ members: [Bool], heads: [Int]) -> [Int] {
        var searched = 0
        return alembicOrder(members, heads: heads, searched: &searched)
    }

    /// `alembicOrder`, counting in `searched` the revisions and walkers visited looking for a
    /// walker to switch to, and the walkers moved when one is dropped: the part whose cost is not
    /// plainly linear, which the tests hold to a small multiple of the revisions.
    func alembicOrder(_ members: [Bool], heads: [Int], searched: inout Int) -> [Int] {
        let count = revisions.count
        var pending = [Int](repeating: 0, count: count)
        var total = 0
        for index in 0..<count where members[index] {
            total += 1
            for parent in normalizedParents[index] where members[parent] { pending[parent] += 1 }
        }
        var remaining = members
        var isWalker = [Bool](repeating: false, count: count)
        var walkers = WalkerList()
        for head in heads.sorted() where remaining[head] && !isWalker[head] {
            walkers.append(head)
            isWalker[head] = true
        }
        var output: [Int] = []
        output.reserveCapacity(total)
        var marks = Marks(count: count)
        var current = walkers.first
        while current >= 0 {
            let candidate = walkers.revision[current]
            if pending[candidate] > 0,
               let above = firstWalker(above: candidate, in: walkers, skipping: current, remaining: remaining, marks: &marks, searched: &searched) {
                current = above
                continue
            }
            if remaining[candidate] {
                output.append(candidate)
                remaining[candidate] = false
                for parent in normalizedParents[candidate] where members[parent] { pending[parent] -= 1 }
            }
            isWalker[candidate] = false
            var moved = false
            for parent in normalizedParents[candidate] where remaining[parent] && !isWalker[parent] {
                isWalker[parent] = true
                if moved {
                    walkers.append(parent)
                } else {
                    walkers.revision[current] = parent
                    moved = true
                }
            }
            if !moved { current = walkers.remove(current) }
        }
        searched += marks.insertions
        return output
    }

    /// The first walker (in list order), other than `skipping`, whose revision descends from
    /// `target`. The path from a walker down to `target` only crosses revisions still to emit,
    /// none at or below `target`'s level; revisions explored for one walker are not explored again.
    func firstWalker(above target: Int, in walkers: WalkerList, skipping: Int, remaining: [Bool], marks: inout Marks, searched: inout Int) -> Int? {
        marks.clear()
        var slot = walkers.first
        while slot >= 0 {
            defer { slot = walkers.next[slot] }
            searched += 1
            let walker = walkers.revision[slot]
            guard slot != skipping, level[walker] > level[target], marks.insert(walker) else { continue }
            var stack = [walker]
            while let next = stack.popLast() {
                for parent in normalizedParents[next] {
                    if parent == target { return slot }
                    if remaining[parent] && level[parent] > level[target] && marks.insert(parent) { stack.append(parent) }
                }
            }
        }
        return nil
    }
}

/// Alembic's list of walkers as a linked list, so that dropping one costs nothing. Each walker
/// keeps its slot while it moves down; what Alembic does by position ("the first", "the one
/// before") follows the links.
struct WalkerList {
    var revision: [Int] = []
    var next: [Int] = []
    var previous: [Int] = []
    var first = -1
    var last = -1

    mutating func append(_ index: Int) {
        let slot = revision.count
        revision.append(index)
        next.append(-1)
        previous.append(last)
        if last >= 0 { next[last] = slot } else { first = slot }
        last = slot
    }

    /// Drops `slot`; returns the walker Alembic goes on with: the one before, or the new first.
    mutating func remove(_ slot: Int) -> Int {
        let before = previous[slot], after = next[slot]
        if before >= 0 { next[before] = after } else { first = after }
        if after >= 0 { previous[after] = before } else { last = before }
        return before >= 0 ? before : first
    }
}
