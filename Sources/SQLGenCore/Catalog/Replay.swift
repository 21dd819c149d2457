// The schema a plan starts from: every revision already applied, replayed from base in order.

extension Catalog {
    /// The schema before the first of `steps`. An upgrade starts from the ancestors of its first
    /// revisions; a downgrade from everything up to the revisions it undoes. Replaying is one walk
    /// over those revisions, parents first, so it is linear in their number and operations.
    public static func before(_ steps: [MigrationStep], in graph: RevisionGraph) -> Catalog {
        guard let first = steps.first else { return Catalog() }
        let stepIDs = Set(steps.map(\.revision.id))
        var seeds: [String]
        if first.direction == .upgrade {
            seeds = steps.flatMap(\.revision.downRevisions).filter { !stepIDs.contains($0) }
        } else {
            seeds = steps.map(\.revision.id)
        }
        // Ancestors of the seeds, inclusive.
        var applied: Set<String> = []
        while let id = seeds.popLast() {
            guard applied.insert(id).inserted, let revision = graph.revision(id) else { continue }
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
    static func topologicalOrder(of ids: Set<String>, in graph: RevisionGraph) -> [Revision] {
        let members = graph.revisions.filter { ids.contains($0.id) }
        var pending: [String: Int] = [:]
        var children: [String: [String]] = [:]
        for revision in members {
            let parents = revision.downRevisions.filter(ids.contains)
            pending[revision.id] = parents.count
            for parent in parents { children[parent, default: []].append(revision.id) }
        }
        var order: [Revision] = []
        var ready = members.filter { pending[$0.id] == 0 }.map(\.id)
        var readyIndex = 0
        while readyIndex < ready.count {
            let id = ready[readyIndex]
            readyIndex += 1
            if let revision = graph.revision(id) { order.append(revision) }
            for child in children[id] ?? [] {
                pending[child, default: 0] -= 1
                if pending[child] == 0 { ready.append(child) }
            }
        }
        return order
    }
}
