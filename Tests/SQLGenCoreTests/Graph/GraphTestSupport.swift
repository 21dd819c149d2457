// Graph test helpers: revisions from a one-line spec, and plans in the compact form the graph tests compare.

@testable import SQLGenCore

/// Revisions from `"a1 -; b1 a1; m1 b1,c1 labels=x deps=y"`: each entry is an id, its
/// `down_revision` (`-` for none, commas for a merge), then `labels=` and `deps=` lists. Files
/// are named `NNN_id.py` in entry order, as Alembic's folder order would have them.
func graphRevisions(_ spec: String) -> [Revision] {
    spec.split(separator: ";").enumerated().map { index, entry in
        let parts = entry.split(separator: " ").map(String.init)
        let id = parts[0]
        let parents = parts.count > 1 && parts[1] != "-" ? parts[1].split(separator: ",").map(String.init) : []
        var labels: [String] = [], dependencies: [String] = []
        for option in parts.dropFirst(2) {
            if option.hasPrefix("labels=") { labels = option.dropFirst(7).split(separator: ",").map(String.init) }
            if option.hasPrefix("deps=") { dependencies = option.dropFirst(5).split(separator: ",").map(String.init) }
        }
        let name = String(index + 1000).dropFirst() + "_\(id).py"
        let source = SourceFile(path: "versions/\(name)", text: "\"\"\"rev \(id)\"\"\"\nrevision = '\(id)'\n")
        return Revision(id: id, downRevisions: parents, branchLabels: labels, dependsOn: dependencies, message: "rev \(id)",
                        file: source, position: source.position(at: 12), upgrade: MigrationBody(), downgrade: MigrationBody())
    }
}

/// Many revisions quickly, for the timing tests: one shared source file, no labels or dependencies.
func graphRevisions(_ entries: [(id: String, parents: [String])]) -> [Revision] {
    let source = SourceFile(path: "versions/generated.py", text: "revision = 'r'\n")
    let position = source.position(at: 0)
    return entries.map { entry in
        Revision(id: entry.id, downRevisions: entry.parents, message: nil, file: source, position: position,
                 upgrade: MigrationBody(), downgrade: MigrationBody())
    }
}

/// A plan as `"a1:+a1 b1:a1>b1 m1:-b1 c1>m1"`: each step's revision, then its version-table
/// changes (`+id` insert, `from>to` update, `-id` delete), with `*` before the step that creates
/// the version table.
func compactPlan(_ steps: [MigrationStep]) -> String {
    steps.map { step in
        let changes = step.versionChanges.map { change in
            switch change {
            case .insert(let id): "+\(id)"
            case .update(let from, let to): "\(from)>\(to)"
            case .delete(let id): "-\(id)"
            }
        }
        return (step.createsVersionTable ? "*" : "") + "\(step.revision.id):" + changes.joined(separator: " ")
    }.joined(separator: " ")
}

/// The compact plan of `range`, or the error's message text.
func planOrError(_ spec: String, _ direction: Direction, _ range: String) -> String {
    do {
        return compactPlan(try Planner(graph: RevisionGraph(graphRevisions(spec))).plan(direction, range: range))
    } catch {
        return "error: " + error.diagnostics.map(\.message.text).joined(separator: " | ")
    }
}

/// The message text of the error building the graph, or nil.
func graphError(_ spec: String) -> String? {
    do {
        _ = try RevisionGraph(graphRevisions(spec))
        return nil
    } catch {
        return error.diagnostics.map(\.message.text).joined(separator: " | ")
    }
}
