// The revision graph: revisions linked by their parents, checked for duplicates, missing parents and cycles.

/// All revisions of a project and how they connect. Building it checks the graph; every
/// problem is reported, each naming the revisions and files involved.
public struct RevisionGraph: Sendable {
    /// Revisions in the order their files were read (sorted by file name).
    public let revisions: [Revision]
    let indexByID: [String: Int]
    /// For each revision, the indexes of the revisions that name it as a parent.
    let children: [[Int]]
    /// Revisions no other revision names as a parent, in file order.
    public let heads: [Revision]
    /// Revisions with no parent, in file order.
    public let bases: [Revision]

    public init(_ revisions: [Revision]) throws(DiagnosticError) {
        var problems = DiagnosticBag()
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(revisions.count)
        for (index, revision) in revisions.enumerated() {
            if let first = indexByID[revision.id] {
                problems.error(.duplicateRevision(revision.id, firstFile: revisions[first].file.path), at: revision.position)
            } else {
                indexByID[revision.id] = index
            }
        }
        var children = [[Int]](repeating: [], count: revisions.count)
        for (index, revision) in revisions.enumerated() where indexByID[revision.id] == index {
            for parent in revision.downRevisions {
                if let parentIndex = indexByID[parent] {
                    children[parentIndex].append(index)
                } else {
                    problems.error(.missingParent(parent, of: revision.id), at: revision.position)
                }
            }
            if !revision.dependsOn.isEmpty {
                problems.error(.notSupportedYet("'depends_on'"), at: revision.position)
            }
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }

        self.revisions = revisions
        self.indexByID = indexByID
        self.children = children
        self.heads = revisions.indices.filter { children[$0].isEmpty }.map { revisions[$0] }
        self.bases = revisions.filter(\.downRevisions.isEmpty)
        if let cycle = findCycle() {
            throw DiagnosticError(.cycle(cycle.map { revisions[$0].id }), at: revisions[cycle[0]].position)
        }
    }

    public func revision(_ id: String) -> Revision? {
        indexByID[id].map { revisions[$0] }
    }

    /// Kahn's algorithm: revisions never reached from a base lie on a cycle. Returns one cycle,
    /// walked by parents, or nil.
    func findCycle() -> [Int]? {
        var pendingParents = revisions.map(\.downRevisions.count)
        var queue = revisions.indices.filter { pendingParents[$0] == 0 }
        var visited = 0
        while let next = queue.popLast() {
            visited += 1
            for child in children[next] {
                pendingParents[child] -= 1
                if pendingParents[child] == 0 { queue.append(child) }
            }
        }
        guard visited < revisions.count, let start = revisions.indices.first(where: { pendingParents[$0] > 0 }) else { return nil }
        // Follow unvisited parents until one repeats.
        var seen: [Int: Int] = [:]
        var path: [Int] = []
        var current = start
        while seen[current] == nil {
            seen[current] = path.count
            path.append(current)
            guard let parent = revisions[current].downRevisions.compactMap({ indexByID[$0] }).first(where: { pendingParents[$0] > 0 }) else { break }
            current = parent
        }
        return seen[current].map { Array(path[$0...]) } ?? path
    }
}
