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
        for revision in graph.parentsFirst(applied) {
            guard revision.upgrade.isRead, !revision.upgrade.hasErrors else {
                catalog.applyUnreadable(revision.id, at: revision.upgrade.firstError?.position ?? revision.position)
                continue
            }
            for operation in revision.upgrade.operations { catalog.apply(operation) }
        }
        return catalog
    }
}

extension SQLRenderer {
    /// A renderer over an empty schema: for statements that need no table's shape (the version
    /// table, a lone `CREATE TABLE`).
    public init(dialect: any Dialect) {
        self.init(dialect: dialect, catalog: Catalog())
    }
}
