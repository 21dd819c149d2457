// revision and merge: new revision files in Alembic's layout, for teams that write revisions without Alembic.

import Foundation

extension CommandLineTool {
    /// `sqlgen revision -m MESSAGE` and `sqlgen merge REV REV... -m MESSAGE`: writes the file into
    /// the versions folder and prints its path.
    static func newRevision(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        let project = try loadProject(command, functions: .none)
        let graph = try RevisionGraph(project.revisions)
        let planner = Planner(graph: graph)
        let resolver = TargetResolver(graph: graph)
        guard let message = command.value(.message) else {
            throw UsageError(message: "missing option --message (-m)", command: command.spec)
        }
        guard !message.contains("\"\"\""), !message.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw UsageError(message: "the message cannot hold '\"\"\"' or control characters: it becomes the file's docstring", command: command.spec)
        }
        let id = command.value(.revID) ?? NewRevision.randomID()
        try checkNewID(id, in: graph, command: command)
        var parents: [String]
        if command.spec.name == .merge {
            parents = []
            for target in command.arguments {
                for index in try resolver.revisions(target) where !parents.contains(graph.ids[index]) { parents.append(graph.ids[index]) }
            }
            guard parents.count >= 2 else {
                throw UsageError(message: "a merge needs at least two revisions; \(command.arguments.joined(separator: " ")) names \(parents.count)", command: command.spec)
            }
        } else {
            let head = command.value(.head) ?? "head"
            if let index = try planner.resolve(head) {
                if !graph.allChildren[index].isEmpty && !command.flag(.splice) {
                    throw DiagnosticError(.notAHead(graph.ids[index]))
                }
                parents = [graph.ids[index]]
            } else {
                parents = []
            }
        }
        let revision = NewRevision(id: id, message: message, downRevisions: parents, branchLabels: command.list(.branchLabel),
                                   dependsOn: try dependencies(command, resolver: resolver, graph: graph), createDate: NewRevision.now())
        return try write(revision, project: project, command: command)
    }

    static func dependencies(_ command: ParsedCommand, resolver: TargetResolver, graph: RevisionGraph) throws -> [String] {
        try (command.list(.dependsOn)).flatMap { target in try resolver.revisions(target).map { graph.ids[$0] } }
    }

    /// An id a new revision may take: not in use, and free of what target syntax or a script reserves.
    static func checkNewID(_ id: String, in graph: RevisionGraph, command: ParsedCommand) throws {
        let reserved = RevisionGraph.illegalIDCharacters.filter { id.contains($0) }
        guard !id.isEmpty, reserved.isEmpty, !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " || $0 == "/" }) else {
            throw UsageError(message: "'\(id)' cannot be a revision id; use letters, digits and underscores", command: command.spec)
        }
        if graph.revision(id) != nil { throw DiagnosticError(.revisionIDInUse(id)) }
    }

    static func write(_ revision: NewRevision, project: LoadedProject, command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        let folder = command.value(.versionPath) ?? project.folders[0]
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + revision.fileName
        guard !FileManager.default.fileExists(atPath: path) else { throw DiagnosticError(.cannotWriteFile(path, reason: "it exists")) }
        do {
            try Data(revision.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw DiagnosticError(.cannotWriteFile(path, reason: error.localizedDescription))
        }
        return (path + "\n", "")
    }
}
