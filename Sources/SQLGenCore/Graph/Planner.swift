// Targets, ranges and step planning: which revisions run, in which order, with which version-table change.

public enum Direction: String, Sendable {
    case upgrade
    case downgrade
}

/// How the version table changes after a step.
public enum VersionChange: Sendable, Equatable {
    /// A new row: the first revision of a branch is applied.
    case insert(String)
    case update(from: String, to: String)
    /// The row goes: the base revision of a branch is undone.
    case delete(String)
}

/// One revision applied in one direction.
public struct MigrationStep: Sendable {
    public var direction: Direction
    public var revision: Revision
    public var versionChange: VersionChange

    public var body: MigrationBody {
        direction == .upgrade ? revision.upgrade : revision.downgrade
    }

    /// The revisions the database is at before the step, as Alembic's comment shows them.
    public var fromIDs: [String] {
        direction == .upgrade ? revision.downRevisions : [revision.id]
    }

    public var toIDs: [String] {
        direction == .upgrade ? [revision.id] : revision.downRevisions
    }
}

/// Plans ranges over a graph. Work is linear in the number of revisions: one walk along parents.
public struct Planner: Sendable {
    public let graph: RevisionGraph

    public init(graph: RevisionGraph) {
        self.graph = graph
    }

    /// The steps of `sqlgen upgrade RANGE` or `sqlgen downgrade RANGE`. An upgrade target alone
    /// (`head`) means from base; a downgrade needs both ends, since offline there is no database
    /// to say where it starts.
    public func plan(_ direction: Direction, range: String) throws(DiagnosticError) -> [MigrationStep] {
        let parts = range.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let from: String, to: String
        switch (direction, parts.count) {
        case (.upgrade, 1): (from, to) = ("base", parts[0])
        case (_, 2): (from, to) = (parts[0], parts[1])
        case (.downgrade, 1): throw DiagnosticError(.downgradeNeedsRange(range))
        default: throw DiagnosticError(.badRange(range))
        }
        if graph.revisions.contains(where: { $0.downRevisions.count > 1 }) || graph.heads.count > 1 {
            throw DiagnosticError(.notSupportedYet("branches and merges (several heads, or a revision with several parents) are"))
        }
        let start = try resolve(from)
        let end = try resolve(to)
        switch direction {
        case .upgrade:
            guard let chain = try chain(from: end, downTo: start, range: range, direction: direction) else { return [] }
            return chain.reversed().map { index in
                let revision = graph.revisions[index]
                let change: VersionChange = revision.downRevisions.first.map { .update(from: $0, to: revision.id) } ?? .insert(revision.id)
                return MigrationStep(direction: .upgrade, revision: revision, versionChange: change)
            }
        case .downgrade:
            guard let chain = try chain(from: start, downTo: end, range: range, direction: direction) else { return [] }
            return chain.map { index in
                let revision = graph.revisions[index]
                let change: VersionChange = revision.downRevisions.first.map { .update(from: revision.id, to: $0) } ?? .delete(revision.id)
                return MigrationStep(direction: .downgrade, revision: revision, versionChange: change)
            }
        }
    }

    /// Revisions from `top` down along parents to, but not including, `bottom` (nil: base).
    /// Fails when `bottom` is not below `top`.
    func chain(from top: Int?, downTo bottom: Int?, range: String, direction: Direction) throws(DiagnosticError) -> [Int]? {
        guard let top else {
            if bottom == nil { return [] }
            throw DiagnosticError(.rangeGoesWrongWay(range, direction: direction))
        }
        var steps: [Int] = []
        var current: Int? = top
        while let index = current, index != bottom {
            steps.append(index)
            current = graph.revisions[index].downRevisions.first.flatMap { graph.indexByID[$0] }
        }
        if current != bottom {
            throw DiagnosticError(.rangeGoesWrongWay(range, direction: direction))
        }
        return steps
    }

    /// A target: `base` (nil), `head`, `heads`, a full revision id or an unambiguous prefix.
    public func resolve(_ target: String) throws(DiagnosticError) -> Int? {
        switch target {
        case "base":
            return nil
        case "head", "heads":
            guard let head = graph.heads.first else { return nil }
            return graph.indexByID[head.id]
        case "":
            throw DiagnosticError(.emptyTarget)
        default:
            if let index = graph.indexByID[target] { return index }
            let candidates = graph.revisions.filter { $0.id.hasPrefix(target) }.map(\.id)
            if candidates.count == 1, let only = candidates.first { return graph.indexByID[only] }
            if candidates.count > 1 { throw DiagnosticError(.ambiguousRevision(target, candidates: candidates.sorted())) }
            throw DiagnosticError(.unknownRevision(target))
        }
    }
}
