// Script assembly: transaction, version table, one block per step, in Alembic's offline layout.

/// Choices that shape a script without changing its operations.
public struct ScriptOptions: Sendable {
    public var versionTable: String
    public var versionTableSchema: String?

    public init(versionTable: String = "alembic_version", versionTableSchema: String? = nil) {
        self.versionTable = versionTable
        self.versionTableSchema = versionTableSchema
    }
}

/// Writes the SQL script for planned steps. Every statement is followed by the dialect's
/// terminator and a blank line, as `alembic upgrade --sql` prints them, so scripts can be
/// compared with Alembic's line for line.
public struct ScriptWriter: Sendable {
    public let renderer: SQLRenderer
    public let options: ScriptOptions
    let versionTable: VersionTable

    public init(dialect: any Dialect, options: ScriptOptions = ScriptOptions()) {
        self.renderer = SQLRenderer(dialect: dialect)
        self.options = options
        self.versionTable = VersionTable(dialect: dialect, name: TableName(options.versionTable, schema: options.versionTableSchema))
    }

    var dialect: any Dialect { renderer.dialect }

    /// The whole script. `createsVersionTable` is set for an upgrade that starts at base, the
    /// only time Alembic's offline mode creates the table. Reports every problem of every step.
    public func script(for steps: [MigrationStep], createsVersionTable: Bool) throws(DiagnosticError) -> String {
        var output = ""
        var problems = DiagnosticBag()
        if let transaction = dialect.transactionStatements {
            append(transaction.begin, to: &output)
        }
        if createsVersionTable {
            do throws(DialectError) {
                append(try versionTable.create(), to: &output)
            } catch {
                problems.error(error.message, at: nil)
            }
        }
        for step in steps {
            let direction = step.direction.rawValue
            output += "-- Running \(direction) \(step.fromIDs.joined(separator: ", ")) -> \(step.toIDs.joined(separator: ", "))\n\n"
            if let raisedAt = step.body.irreversibleAt {
                problems.error(.irreversible(step.revision.id), at: raisedAt)
                continue
            }
            for operation in step.body.operations {
                do throws(DiagnosticError) {
                    for statement in try renderer.render(operation) {
                        append(statement, to: &output)
                    }
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
            append(versionTable.statement(for: step.versionChange), to: &output)
        }
        if let transaction = dialect.transactionStatements {
            append(transaction.commit, to: &output)
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
        return output
    }

    /// One statement: tabs as four spaces and surrounding white space trimmed (as Alembic
    /// prints them), the terminator, and a blank line.
    func append(_ statement: String, to output: inout String) {
        output += trimmed(statement.replacingTabs())
        output += dialect.statementTerminator
        output += "\n\n"
    }

    func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }
}

extension String {
    func replacingTabs() -> String {
        // A byte search: `contains("\t")` would go through Foundation's `range(of:)`, which costs
        // more than rendering the statement.
        guard utf8.contains(UInt8(ascii: "\t")) else { return self }
        return split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
    }
}
