// The schema a plan starts from: every revision already applied, replayed from base in order.

extension Catalog {
    /// The schema before the first of `steps`. An upgrade starts from the ancestors of its first
    /// revisions; a downgrade from everything up to the revisions it undoes. Replaying is one walk
    /// over those revisions, parents first, so it is linear in their number and operations.
    public static func before(_ steps: [MigrationStep], in graph: RevisionGraph) -> Catalog {
        guard let first = steps.first else { return Catalog() }
        // Ids by Unicode scalars (see `ScalarKey`): NFC and NFD spellings are two revisions.
        let stepIDs = Set(steps.map { ScalarKey($0.revision.id) })
        var seeds: [String]
        if first.direction == .upgrade {
            seeds = steps.flatMap(\.revision.downRevisions).filter { !stepIDs.contains(ScalarKey($0)) }
        } else {
            seeds = steps.map(\.revision.id)
        }
        // Ancestors of the seeds, inclusive.
        var applied: [String] = []
        var seen: Set<ScalarKey> = []
        while let id = seeds.popLast() {
            guard seen.insert(ScalarKey(id)).inserted else { continue }
            applied.append(id)
            guard let revision = graph.revision(id) else { continue }
            seeds.append(contentsOf: revision.downRevisions)
        }
        var catalog = Catalog()
        for revision in topologicalOrder(of: applied, in: graph) {
            guard revision.upgrade.isRead, !revision.upgrade.hasErrors else {
                catalog.applyUnreadable(revision.id, at: revision.upgrade.firstError?.position ?? revision.position)
                continue
            }
            for operation in revision.upgrade.operations { catalog.apply(operation) }
        }
        return catalog
    }

    /// The revisions of `ids`, parents before children, ties in file order.
    /// Revisions are numbered by their place among the members, so each id is hashed once to
    /// find it and the walk itself looks nothing up (a downgrade from the head of a long chain
    /// orders every revision).
    static func topologicalOrder(of ids: some Sequence<String>, in graph: RevisionGraph) -> [Revision] {
        let ids = Set(ids.map(ScalarKey.init))
        let members = graph.revisions.filter { ids.contains(ScalarKey($0.id)) }
        var place: [ScalarKey: Int] = [:]
        place.reserveCapacity(members.count)
        for (index, revision) in members.enumerated() { place[ScalarKey(revision.id)] = index }
        // A parent among `ids` that is no member (not in the graph) is never ready, and keeps
        // its children waiting, as before.
        var pending = [Int](repeating: 0, count: members.count)
        var children = [[Int]](repeating: [], count: members.count)
        for (index, revision) in members.enumerated() {
            for parent in revision.downRevisions where ids.contains(ScalarKey(parent)) {
                pending[index] += 1
                if let parentIndex = place[ScalarKey(parent)] { children[parentIndex].append(index) }
            }
        }
        var order: [Revision] = []
        order.reserveCapacity(members.count)
        var ready = members.indices.filter { pending[$0] == 0 }
        var readyIndex = 0
        while readyIndex < ready.count {
            let index = ready[readyIndex]
            readyIndex += 1
            order.append(members[index])
            for child in children[index] {
                pending[child] -= 1
                if pending[child] == 0 { ready.append(child) }
            }
        }
        return order
    }
}
