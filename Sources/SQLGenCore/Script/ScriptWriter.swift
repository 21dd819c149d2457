// Script assembly: transaction, version table, one block per step, in Alembic's offline layout.

import Foundation

/// Choices that shape a script without changing its operations.
public struct ScriptOptions: Sendable {
    public var versionTable: String
    public var versionTableSchema: String?
    /// BEGIN/COMMIT around each revision's step rather than the whole script.
    public var transactionPerMigration: Bool
    /// Before each step, a statement that stops the script unless the version table is where
    /// the step starts (`--guard`).
    public var guards: Bool
    /// `--allow-failing`: print a script although the database will refuse some of it (what
    /// `check --dialect` reports), each problem a comment before the statements it is about.
    /// Without it such a script is refused: a deploy that stops half-way is worse than none.
    public var allowFailing: Bool

    public init(versionTable: String = "alembic_version", versionTableSchema: String? = nil, transactionPerMigration: Bool = false,
                guards: Bool = false, allowFailing: Bool = false) {
        self.versionTable = versionTable
        self.versionTableSchema = versionTableSchema
        self.transactionPerMigration = transactionPerMigration
        self.guards = guards
        self.allowFailing = allowFailing
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

    /// The whole script. The plan marks the step before which Alembic's offline mode creates the
    /// version table (the first step of a script that starts with no version rows);
    /// `createsVersionTable` also creates it before the first step, for steps made by hand.
    /// Reports every problem of every step.
    /// `catalog` is the schema before the first step (see `Catalog.replaying`); each operation is
    /// rendered against the schema as the operations before it left it.
    public func script(for steps: [MigrationStep], createsVersionTable: Bool = false, catalog startingCatalog: Catalog = Catalog()) throws(DiagnosticError) -> String {
        try scriptParts(for: steps, createsVersionTable: createsVersionTable, catalog: startingCatalog).joined()
    }

    /// The script in consecutive parts, as `script(for:)` joins them: one per core it was
    /// rendered on, the opening and closing statements in the first and the last. A large
    /// script is megabytes; the parts can be written out without joining them into a copy.
    public func scriptParts(for steps: [MigrationStep], createsVersionTable: Bool = false, catalog startingCatalog: Catalog = Catalog()) throws(DiagnosticError) -> [String] {
        var opening = ""
        var problems = DiagnosticBag()
        if let transaction = dialect.transactionStatements {
            append(transaction.begin, to: &opening, separated: false)
        }
        if createsVersionTable && steps.isEmpty { appendVersionTable(to: &opening, problems: &problems) }
        let threads = ParallelWork.threads(for: steps.count, minimumPerThread: ScriptWriter.minimumStepsPerThread)
        let parts = renderInParts(steps, parts: threads, opening: opening, createsVersionTable: createsVersionTable, catalog: startingCatalog)
        for part in parts { problems.append(contentsOf: part.problems.diagnostics) }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
        var sql = parts.map(\.sql)
        let perMigration = options.transactionPerMigration ? dialect.transactionStatements : nil
        if let transaction = dialect.transactionStatements, perMigration == nil || steps.isEmpty {
            // A part of its own: appending to a part of megabytes could copy it.
            var closing = ""
            append(transaction.commit, to: &closing)
            sql.append(closing)
        }
        return sql
    }

    /// The SQL of a run of steps and the problems met rendering it.
    struct RenderedPart: Sendable {
        var sql = ""
        var problems = DiagnosticBag()
    }

    /// Below this many steps per core, rendering on one thread is quicker.
    static let minimumStepsPerThread = 256

    /// The steps rendered in `parts` consecutive parts, on all cores (one per core when there are
    /// many steps). Each part starts from the schema the steps before it leave, which its thread
    /// replays first (replaying costs a fraction of rendering). Joined in order, the parts are the
    /// script one pass writes.
    /// `opening` starts the first part.
    func renderInParts(_ steps: [MigrationStep], parts: Int, opening: String, createsVersionTable: Bool, catalog: Catalog) -> [RenderedPart] {
        guard parts > 1 else {
            return [render(steps, 0..<steps.count, startingWith: opening, createsVersionTable: createsVersionTable, catalog: catalog)]
        }
        return ParallelWork.map(parts) { part in
            let range = ScriptWriter.start(ofPart: part, parts: parts, steps: steps.count)..<ScriptWriter.start(ofPart: part + 1, parts: parts, steps: steps.count)
            var partCatalog = catalog
            for step in steps[..<range.lowerBound] { ScriptWriter.replay(step, into: &partCatalog) }
            return render(steps, range, startingWith: part == 0 ? opening : "", createsVersionTable: createsVersionTable, catalog: partCatalog)
        }
    }

    /// What replaying a step (its operations applied to the schema, without SQL) costs, as a
    /// share of rendering it: about a fifth, measured on the benchmark's chains.
    static let replayShare = 0.2

    /// The first step of `part`. Each part replays the steps before it, so later parts get fewer
    /// steps, so that every part costs the same: with `k = 1 - replayShare`, part `i` starts at
    /// `steps * (1 - k^i) / (1 - k^parts)` (half and half would leave the first core idle while
    /// the last replays).
    static func start(ofPart part: Int, parts: Int, steps: Int) -> Int {
        guard part > 0 else { return 0 }
        guard part < parts else { return steps }
        let keep = 1 - replayShare
        let share = (1 - pow(keep, Double(part))) / (1 - pow(keep, Double(parts)))
        return min(steps, Int((Double(steps) * share).rounded()))
    }

    /// What rendering `step` does to the schema, without the SQL.
    static func replay(_ step: MigrationStep, into catalog: inout Catalog) {
        guard step.body.irreversibleAt == nil, step.body.isRead, !step.body.hasErrors else { return }
        for operation in step.body.operations { catalog.apply(operation) }
    }

    /// `steps[range]`, each operation rendered against the schema as the operations before it left it.
    func render(_ steps: [MigrationStep], _ range: Range<Int>, startingWith opening: String, createsVersionTable: Bool,
                catalog startingCatalog: Catalog) -> RenderedPart {
        var catalog = startingCatalog
        var part = RenderedPart(sql: opening)
        let perMigration = options.transactionPerMigration ? dialect.transactionStatements : nil
        for position in range {
            let step = steps[position]
            if let perMigration, position > 0 { append(perMigration.begin, to: &part.sql, separated: false) }
            if step.createsVersionTable || (position == 0 && createsVersionTable) { appendVersionTable(to: &part.sql, problems: &part.problems) }
            // Inert: ids are checked when read, but no revision text may end a comment early.
            part.sql += "-- Running " + step.direction.rawValue + " " + RevisionText.inert(step.fromIDs.joined(separator: ", ")) + " -> " + RevisionText.inert(step.toIDs.joined(separator: ", ")) + "\n\n"
            guard step.body.isRead, !step.body.hasErrors else {
                part.problems.append(contentsOf: step.revision.problems(of: step.direction == .upgrade ? .upgrade : .downgrade))
                continue
            }
            if options.guards, !(step.createsVersionTable || (position == 0 && createsVersionTable)) {
                for statement in dialect.guardStatements(versionGuard(for: step)) { append(statement, to: &part.sql) }
            }
            if let overrideFile = step.body.overrideFile {
                part.sql += "-- SQL from " + RevisionText.inert(overrideFile) + "\n\n"
            }
            if let raisedAt = step.body.irreversibleAt {
                part.problems.error(.irreversible(step.revision.id), at: raisedAt)
                continue
            }
            let droppedByHand = SQLRenderer.typesDroppedByRawSQL(in: step.body.operations)
            let checks = RuntimeCheck.checks(of: dialect)
            for operation in step.body.operations {
                var statements: [String] = []
                do throws(DiagnosticError) {
                    let current = SQLRenderer(dialect: dialect, catalog: catalog, typesDroppedByHand: droppedByHand)
                    statements = try current.render(operation)
                } catch {
                    part.problems.append(contentsOf: error.diagnostics)
                }
                let refused = RuntimeCheck.problems(of: operation, applyingTo: &catalog, checks: checks)
                if !refused.isEmpty {
                    if options.allowFailing {
                        for problem in refused { part.sql += ScriptWriter.refusalComment(problem) }
                    } else {
                        part.problems.append(contentsOf: refused)
                    }
                }
                for statement in statements {
                    append(statement, to: &part.sql)
                }
            }
            for change in step.versionChanges {
                append(versionTable.statement(for: change), to: &part.sql)
            }
            if let perMigration { append(perMigration.commit, to: &part.sql) }
        }
        return part
    }

    /// What the version table must hold before `step`: the rows its statements update or delete,
    /// and none of those it inserts.
    func versionGuard(for step: MigrationStep) -> VersionGuard {
        var present: [String] = [], absent: [String] = []
        for change in step.versionChanges {
            switch change {
            case .insert(let id): absent.append(id)
            case .update(let from, _): present.append(from)
            case .delete(let id): present.append(id)
            }
        }
        let at = step.fromIDs.isEmpty ? "base" : step.fromIDs.joined(separator: ", ")
        let target = step.toIDs.isEmpty ? "base" : step.toIDs.joined(separator: ", ")
        return VersionGuard(table: versionTable.table, present: present, absent: absent,
                            message: RevisionText.inert("sqlgen guard: \(step.direction.rawValue) to \(target) needs the database at \(at)"),
                            shortMessage: RevisionText.inert("needs \(at) before \(step.direction.rawValue) to \(target)"))
    }


    /// `-- sqlgen: the database will refuse this: MESSAGE (FILE:LINE:COLUMN)`, on one line, then
    /// a blank line: what `--allow-failing` writes before the statements a problem is about.
    /// FILE is the revision's file name, without the folder: a script is an artifact that travels.
    static func refusalComment(_ problem: Diagnostic) -> String {
        let place = problem.position.map { position in
            " (\(position.path.split(separator: "/").last.map(String.init) ?? position.path):\(position.line):\(position.column))"
        } ?? ""
        let text = (problem.message.text + place).split(whereSeparator: \.isNewline).joined(separator: " ")
        return "-- sqlgen: the database will refuse this: " + text + "\n\n"
    }

    func appendVersionTable(to output: inout String, problems: inout DiagnosticBag) {
        do throws(DialectError) {
            append(try versionTable.create(), to: &output)
        } catch {
            problems.error(error.message, at: nil)
        }
    }

    /// One statement: tabs outside quotes as four spaces and surrounding white space trimmed (as
    /// Alembic prints them; see `replacingTabs`), the terminator, a blank line, then the dialect's batch separator on its own line (SQL Server `GO`, Oracle
    /// `/`) unless `separated` is false (the opening `BEGIN TRANSACTION`, as Alembic writes it).
    func append(_ statement: String, to output: inout String, separated: Bool = true) {
        output += trimmed(statement.replacingTabs())
        output += dialect.statementTerminator
        output += "\n\n"
        if separated, let separator = dialect.batchSeparator {
            output += separator + "\n\n"
        }
    }

    /// Surrounding spaces, tabs and line breaks removed, scanning bytes rather than characters.
    func trimmed(_ text: String) -> Substring {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }
}

extension String {
    /// Tabs as four spaces, as Alembic writes statements (`str(compiled).replace("\t", "    ")`),
    /// except inside quotes: a tab in a string literal or a quoted identifier is data, and
    /// Alembic's replacement changes it. Quotes are `'`, `"`, `` ` `` and `[...]`, with doubled
    /// quotes inside, and a `--` comment runs to the end of its line; the scan is by byte.
    func replacingTabs() -> String {
        // A byte search: `contains("\t")` would go through Foundation's `range(of:)`, which costs
        // more than rendering the statement.
        guard containsByte(UInt8(ascii: "\t")) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        var closing: UInt8? = nil
        var inComment = false
        var previous: UInt8 = 0
        for byte in utf8 {
            if let close = closing {
                if byte == close { closing = nil }
                bytes.append(byte)
            } else if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
                if byte == UInt8(ascii: "\t") { bytes += [0x20, 0x20, 0x20, 0x20] } else { bytes.append(byte) }
            } else {
                switch byte {
                case UInt8(ascii: "\t"): bytes += [0x20, 0x20, 0x20, 0x20]
                case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"): closing = byte; bytes.append(byte)
                case UInt8(ascii: "["): closing = UInt8(ascii: "]"); bytes.append(byte)
                case UInt8(ascii: "-") where previous == UInt8(ascii: "-"): inComment = true; bytes.append(byte)
                default: bytes.append(byte)
                }
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
