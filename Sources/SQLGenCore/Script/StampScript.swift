// `sqlgen stamp`: the version-table statements that record a revision, with no schema change (Alembic's `stamp --sql`).

/// One row change of a stamp: from a revision (nil: none) to a revision (nil: base).
public struct StampChange: Sendable, Equatable {
    public var from: String?
    public var to: String?

    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }
}

extension Planner {
    /// The row changes of `sqlgen stamp TARGET`: `TARGET` alone stamps an empty database (an
    /// INSERT per revision it names, `heads` naming several); `FROM:TO` moves one row (an UPDATE,
    /// or a DELETE when TO is `base`). Alembic's offline stamp does the same.
    public func stamp(_ target: String) throws(DiagnosticError) -> (changes: [StampChange], createsVersionTable: Bool) {
        guard let colon = target.firstIndex(of: ":") else {
            return (try resolver.revisions(target).map { StampChange(from: nil, to: graph.ids[$0]) }, true)
        }
        let fromText = String(target[..<colon]), toText = String(target[target.index(after: colon)...])
        let from = try resolver.revisions(fromText).map { graph.ids[$0] }
        let to = try resolver.revisions(toText).map { graph.ids[$0] }
        if from.isEmpty {
            return (to.map { StampChange(from: nil, to: $0) }, true)
        }
        if to.isEmpty {
            return (from.map { StampChange(from: $0, to: nil) }, false)
        }
        guard from.count == 1, to.count == 1 else {
            throw DiagnosticError(.stampSeveralToSeveral(target, from: from, to: to))
        }
        return ([StampChange(from: from[0], to: to[0])], false)
    }
}

extension ScriptWriter {
    /// The stamp script: the transaction, the version table when the database has none, then
    /// each change under Alembic's `-- Running stamp_revision FROM -> TO` comment.
    public func stampScript(_ changes: [StampChange], createsVersionTable: Bool) throws(DiagnosticError) -> String {
        var sql = ""
        var problems = DiagnosticBag()
        if let transaction = dialect.transactionStatements { append(transaction.begin, to: &sql, separated: false) }
        if createsVersionTable && !changes.isEmpty { appendVersionTable(to: &sql, problems: &problems) }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
        for change in changes {
            sql += "-- Running stamp_revision " + RevisionText.inert(change.from ?? "") + " -> " + RevisionText.inert(change.to ?? "") + "\n\n"
            let statement: VersionChange
            switch (change.from, change.to) {
            case (nil, let to?): statement = .insert(to)
            case (let from?, let to?): statement = .update(from: from, to: to)
            case (let from?, nil): statement = .delete(from)
            case (nil, nil): continue
            }
            append(versionTable.statement(for: statement), to: &sql)
        }
        if let transaction = dialect.transactionStatements { append(transaction.commit, to: &sql) }
        return sql
    }
}
