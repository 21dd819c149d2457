// sqlgen lint: the findings of the lint rules over a range, with levels adjusted on the command line.

extension CommandLineTool {
    static func lint(_ command: ParsedCommand) throws -> (standardOutput: String, warnings: String) {
        guard let dialect = try dialect(of: command, required: true) else { return ("", "") }
        let formatName = command.value(.format) ?? "text"
        guard let format = LintFormat(rawValue: formatName) else {
            throw UsageError(message: "unknown format '\(formatName)'; available: " + LintFormat.allCases.map(\.rawValue).joined(separator: ", "), command: command.spec)
        }
        let known = Set(LintRules.all.map(\.id))
        let denied = Set(command.list(.deny)), allowed = Set(command.list(.allow))
        for rule in denied.union(allowed).sorted() where !known.contains(rule) {
            let suggestion = closestMatch(to: rule, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown rule '\(rule)'\(suggestion)", command: command.spec)
        }
        let project = try loadProject(command, functions: .upgrade, dialect: dialect)
        let graph = try RevisionGraph(project.revisions)
        let steps = try Planner(graph: graph).plan(.upgrade, range: command.arguments.first ?? "base:heads")
        let linter = Linter(dialect: dialect)
        var findings = linter.findings(steps, catalog: Catalog.before(steps, in: graph)).filter { !allowed.contains($0.rule) }
        for index in findings.indices where denied.contains(findings[index].rule) { findings[index].level = .error }
        let report = LintReport.render(findings, format: format, dialect: dialect.name, rules: linter.rules, toolVersion: ArgumentTable.version)
        let unreadable = steps.flatMap { $0.revision.problems(of: .upgrade) }.map { $0.description + "\n" }.joined()
        if findings.contains(where: { $0.level == .error }) {
            throw ReportedFailure(standardOutput: format == .text ? "" : report, standardError: (format == .text ? report : "") + unreadable)
        }
        return (format == .text ? "" : report, (format == .text ? report : "") + unreadable + stderrText(project, verbose: false))
    }
}
