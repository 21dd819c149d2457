// The revision graph as a picture: Mermaid (rendered by GitHub and most review tools) and Graphviz DOT.

/// Draws revisions and their edges: parents to children as solid arrows, `depends_on` as dashed
/// ones; heads, branch points and merge points styled apart; branch labels beside the id.
/// Revisions are in the order `history` lists them, newest first, so a drawing is the same on
/// every run.
struct GraphDrawing {
    let graph: RevisionGraph
    /// The revisions drawn, by graph index, newest first.
    let order: [Int]
    /// Revisions drawn highlighted (a release's range).
    var highlighted: Set<Int> = []

    enum Format: String, CaseIterable {
        case text, mermaid, dot
    }

    /// A drawn revision's text: its id, its labels, and its message.
    func label(_ index: Int) -> (title: String, message: String) {
        let revision = graph.revisions[index]
        let labels = graph.branchLabels[index].isEmpty ? "" : " (" + graph.branchLabels[index].joined(separator: ", ") + ")"
        return (revision.id + labels, revision.message ?? "")
    }

    /// Edges between drawn revisions: (parent, child, isDependency), children newest first.
    var edges: [(from: Int, to: Int, dependency: Bool)] {
        let drawn = Set(order)
        var result: [(Int, Int, Bool)] = []
        for child in order {
            for parent in graph.parents[child] where drawn.contains(parent) { result.append((parent, child, false)) }
            for parent in graph.dependencies[child] where drawn.contains(parent) { result.append((parent, child, true)) }
        }
        return result
    }

    func kind(_ index: Int) -> String? {
        if graph.allChildren[index].isEmpty { return "head" }
        if graph.isMergePoint(index) { return "merge" }
        if graph.isBranchPoint(index) { return "branch" }
        return nil
    }

    // MARK: Mermaid

    /// A `flowchart` with base at the bottom. Text is written with Mermaid's entity codes for the
    /// characters its labels reserve, so no revision text can break the drawing.
    var mermaid: String {
        var text = "flowchart BT\n"
        for index in order {
            let (title, message) = label(index)
            let body = message.isEmpty ? GraphDrawing.mermaidText(title) : GraphDrawing.mermaidText(title) + "<br/>" + GraphDrawing.mermaidText(message)
            text += "    r\(index)[\"\(body)\"]\n"
        }
        for edge in edges {
            text += "    r\(edge.from) \(edge.dependency ? "-.->" : "-->") r\(edge.to)\n"
        }
        text += "    classDef head stroke-width:3px\n    classDef merge fill:#eef\n    classDef branch fill:#efe\n    classDef released fill:#fe9,stroke:#a80\n"
        for kind in ["head", "merge", "branch"] {
            let members = order.filter { self.kind($0) == kind }
            if !members.isEmpty { text += "    class " + members.map { "r\($0)" }.joined(separator: ",") + " \(kind)\n" }
        }
        let released = order.filter(highlighted.contains)
        if !released.isEmpty { text += "    class " + released.map { "r\($0)" }.joined(separator: ",") + " released\n" }
        return text
    }

    static func mermaidText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "#": result += "#35;"
            case "&": result += "#amp;"
            default: result.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        return result
    }

    // MARK: DOT

    /// A Graphviz `digraph`, base at the bottom.
    var dot: String {
        var text = "digraph revisions {\n    rankdir=BT;\n    node [shape=box, style=rounded];\n"
        for index in order {
            let (title, message) = label(index)
            var attributes = ["label=\"" + GraphDrawing.dotText(title) + (message.isEmpty ? "" : "\\n" + GraphDrawing.dotText(message)) + "\""]
            switch kind(index) {
            case "head": attributes.append("penwidth=3")
            case "merge": attributes.append("style=\"rounded,filled\", fillcolor=\"#eeeeff\"")
            case "branch": attributes.append("style=\"rounded,filled\", fillcolor=\"#eeffee\"")
            default: break
            }
            if highlighted.contains(index) { attributes.append("color=\"#aa8800\", fontcolor=\"#aa8800\"") }
            text += "    \"" + GraphDrawing.dotText(graph.revisions[index].id) + "\" [" + attributes.joined(separator: ", ") + "];\n"
        }
        for edge in edges {
            text += "    \"" + GraphDrawing.dotText(graph.revisions[edge.from].id) + "\" -> \"" + GraphDrawing.dotText(graph.revisions[edge.to].id) + "\""
                + (edge.dependency ? " [style=dashed]" : "") + ";\n"
        }
        return text + "}\n"
    }

    static func dotText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        return result
    }
}
