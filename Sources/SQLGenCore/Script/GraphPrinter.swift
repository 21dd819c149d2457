// history, heads, branches and show: the revision graph printed line for line as `alembic history` and friends print it.

import Foundation

/// Prints a graph in Alembic 1.20.1's formats. Where Alembic iterates a Python set (a revision's
/// children, several branch labels) its order changes from run to run; here it is file order.
struct GraphPrinter {
    let graph: RevisionGraph

    var planner: Planner { Planner(graph: graph) }

    /// `sqlgen history [-v] [RANGE]`: newest first, each line `parents -> id (labels) (markers), message`.
    func history(range: String?, verbose: Bool) throws(DiagnosticError) -> String {
        try historyOrder(range).map { index in
            (verbose ? logEntry(index) : headOnly(index, branches: true, doc: true, parents: true)) + "\n"
        }.joined()
    }

    /// `sqlgen history --format mermaid|dot [RANGE]`: the same revisions, drawn.
    func drawing(range: String?, format: GraphDrawing.Format) throws(DiagnosticError) -> String {
        let drawing = GraphDrawing(graph: graph, order: try historyOrder(range))
        return format == .dot ? drawing.dot : drawing.mermaid
    }

    /// The revisions of a history range (`START:END`, `START:`, `:END`), newest first.
    func historyOrder(_ range: String?) throws(DiagnosticError) -> [Int] {
        var lower = "base", upper = "heads"
        if let range {
            let parts = range.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw DiagnosticError(.historyRange(range)) }
            if !parts[0].isEmpty { lower = parts[0] }
            if !parts[1].isEmpty { upper = parts[1] }
        }
        return try planner.history(from: lower, to: upper, range: range ?? "base:heads")
    }

    /// `sqlgen heads [-v]`: every revision no other names as its parent, in file order.
    func heads(verbose: Bool) -> String {
        graph.headIndexes.map { index in
            (verbose ? logEntry(index) : headOnly(index, branches: true, treeIndicators: false)) + "\n"
        }.joined()
    }

    /// `sqlgen branches [-v]`: each branch point, newest first, and the revisions it branches into.
    func branches(verbose: Bool) -> String {
        let order = (try? planner.history(from: "base", to: "heads", range: "base:heads")) ?? []
        return order.filter(graph.isBranchPoint).map { index in
            let header = verbose ? logEntry(index) : headOnly(index, branches: true)
            let indent = String(repeating: " ", count: graph.revisions[index].id.unicodeScalars.count)
            let lines = graph.children[index].map { "\(indent) -> " + headOnly($0, branches: true, doc: verbose) }
            return header + "\n" + lines.joined(separator: "\n") + "\n\n"
        }.joined()
    }

    /// `sqlgen show REV`: the full entry of each revision the target names.
    func show(_ target: String) throws(DiagnosticError) -> String {
        try TargetResolver(graph: graph).revisions(target).map { logEntry($0) + "\n" }.joined()
    }

    // MARK: Formats

    /// `<base>`, or the parents as written.
    func parentsText(_ index: Int) -> String {
        let revision = graph.revisions[index]
        return revision.downRevisions.isEmpty ? "<base>" : revision.downRevisions.joined(separator: ", ")
    }

    /// Alembic's `Script._head_only`.
    func headOnly(_ index: Int, branches: Bool = false, doc: Bool = false, parents: Bool = false, treeIndicators: Bool = true) -> String {
        let revision = graph.revisions[index]
        var text = revision.id
        if parents {
            if revision.dependsOn.isEmpty {
                text = "\(parentsText(index)) -> \(text)"
            } else {
                text = "\(parentsText(index)) (\(revision.dependsOn.joined(separator: ", "))) -> \(text)"
            }
        }
        if branches && !graph.branchLabels[index].isEmpty {
            text += " (\(graph.branchLabels[index].joined(separator: ", ")))"
        }
        if graph.allChildren[index].isEmpty {
            text += " (head)"
        } else if graph.children[index].isEmpty {
            text += " (effective head)"
        }
        if treeIndicators {
            if graph.isBranchPoint(index) { text += " (branchpoint)" }
            if graph.isMergePoint(index) { text += " (mergepoint)" }
        }
        if doc {
            text += ", " + (revision.message ?? "")
        }
        return text
    }

    /// Alembic's `Script.log_entry`: the verbose form, with the whole docstring.
    func logEntry(_ index: Int) -> String {
        let revision = graph.revisions[index]
        var entry = "Rev: \(revision.id)"
        if graph.children[index].isEmpty { entry += " (head)" }
        if graph.isBranchPoint(index) { entry += " (branchpoint)" }
        if graph.isMergePoint(index) { entry += " (mergepoint)" }
        entry += "\n"
        entry += (graph.isMergePoint(index) ? "Merges: " : "Parent: ") + parentsText(index) + "\n"
        if !revision.dependsOn.isEmpty {
            entry += "Also depends on: \(revision.dependsOn.joined(separator: ", "))\n"
        }
        if graph.isBranchPoint(index) {
            entry += "Branches into: \(graph.children[index].map { graph.revisions[$0].id }.joined(separator: ", "))\n"
        }
        if !graph.branchLabels[index].isEmpty {
            entry += "Branch names: \(graph.branchLabels[index].joined(separator: ", "))\n"
        }
        entry += "Path: \(revision.file.path)\n"
        let lines = GraphPrinter.lines(revision.docstring?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        entry += "\n" + lines.map { "    " + $0 }.joined(separator: "\n") + "\n"
        return entry
    }

    /// Python's `str.splitlines()` for the usual line breaks.
    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
