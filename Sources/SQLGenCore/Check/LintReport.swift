// Lint findings written for people (text), tools (JSON), code-scanning services (SARIF 2.1.0) and CI annotations (github).

import Foundation

public enum LintFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github
}

public enum LintReport {
    public static func render(_ findings: [LintFinding], format: LintFormat, dialect: String, rules: [any LintRule], toolVersion: String) -> String {
        switch format {
        case .text: return text(findings, dialect: dialect)
        case .json: return json(findings)
        case .sarif: return sarif(findings, rules: rules, toolVersion: toolVersion)
        case .github: return github(findings)
        }
    }

    /// `file:line:column: warning[rule]: message`, the source line and a caret, then `note:` and `help:`.
    static func text(_ findings: [LintFinding], dialect: String) -> String {
        var text = ""
        for finding in findings {
            let diagnostic = Diagnostic(DiagnosticMessage(finding.message.message), at: finding.position, severity: finding.level == .error ? .error : .warning)
            let lines = diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false)
            text += lines[0].replacingOccurrences(of: ": \(finding.level.rawValue): ", with: ": \(finding.level.rawValue)[\(finding.rule)]: ") + "\n"
            text += lines.dropFirst().map { $0 + "\n" }.joined()
            text += "note: \(finding.message.note)\nhelp: \(finding.message.help)\n\n"
        }
        let errors = findings.filter { $0.level == .error }.count
        text += "\(findings.count) finding\(findings.count == 1 ? "" : "s") for \(dialect)" + (errors > 0 ? ", \(errors) at error level" : "") + "\n"
        return text
    }

    static func json(_ findings: [LintFinding]) -> String {
        JSONValue.array(findings.map { finding in
            .object([
                ("rule", .string(finding.rule)), ("level", .string(finding.level.rawValue)),
                ("file", .string(finding.position.path)), ("line", .int(finding.position.line)), ("column", .int(finding.position.column)),
                ("message", .string(finding.message.message)), ("note", .string(finding.message.note)), ("help", .string(finding.message.help)),
            ])
        }).rendered() + "\n"
    }

    /// SARIF 2.1.0: one run, the rules as the tool's driver rules, one result per finding.
    static func sarif(_ findings: [LintFinding], rules: [any LintRule], toolVersion: String) -> String {
        let ruleIDs = rules.map(\.id)
        let document = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("sqlgen")), ("version", .string(toolVersion)),
                    ("rules", .array(rules.map { rule in
                        .object([("id", .string(rule.id)), ("shortDescription", .object([("text", .string(rule.summary))])),
                                 ("defaultConfiguration", .object([("level", .string(rule.level.rawValue))]))])
                    })),
                ]))])),
                ("results", .array(findings.map { finding in
                    .object([
                        ("ruleId", .string(finding.rule)),
                        ("ruleIndex", .int(ruleIDs.firstIndex(of: finding.rule) ?? 0)),
                        ("level", .string(finding.level.rawValue)),
                        ("message", .object([("text", .string("\(finding.message.message). \(finding.message.note). \(finding.message.help)."))])),
                        ("locations", .array([.object([("physicalLocation", .object([
                            ("artifactLocation", .object([("uri", .string(finding.position.path))])),
                            ("region", .object([("startLine", .int(finding.position.line)), ("startColumn", .int(finding.position.column))])),
                        ]))])])),
                    ])
                })),
            ])])),
        ])
        return document.rendered() + "\n"
    }

    /// GitHub Actions workflow commands: `::warning file=...,line=...,col=...,title=...::message`.
    static func github(_ findings: [LintFinding]) -> String {
        findings.map { finding in
            "::\(finding.level.rawValue) file=\(property(finding.position.path)),line=\(finding.position.line),col=\(finding.position.column),title=\(property(finding.rule))::"
                + data("\(finding.message.message). \(finding.message.note). Help: \(finding.message.help).") + "\n"
        }.joined()
    }

    /// Workflow-command escaping: `%`, line breaks, and in properties `:` and `,`.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
