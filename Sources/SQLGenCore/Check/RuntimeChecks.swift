// What a database refuses when the script runs, though the SQL renders: the checks each dialect needs, walked over every operation.

/// A dialect whose database refuses, at run time, SQL that renders and that Alembic writes the
/// same way (MySQL dropping an index a foreign key needs, SQL Server dropping a column with
/// dependents, Oracle's VARCHAR2 without a length). The conformances live in this layer, beside
/// the catalog they read, so the dialects stay free of it. A dialect with no such refusals does
/// not conform.
///
/// Each conformance switches over every kind of operation, without a default case, so a new
/// kind must be considered by every check.
public protocol RuntimeChecks: Dialect {
    /// The problems of one operation against the schema before it. Never called with a block:
    /// `RuntimeCheck.problems` walks the operations inside `batch_alter_table` and autocommit
    /// blocks one by one.
    func runtimeProblems(of kind: Operation.Kind, in catalog: Catalog) -> [DiagnosticMessage]
}

public enum RuntimeCheck {
    /// The dialect's checks, if it has any: asked once per script, not per operation.
    public static func checks(of dialect: any Dialect) -> (any RuntimeChecks)? {
        dialect as? any RuntimeChecks
    }

    /// What the database would refuse when the script runs, though the operation renders: the
    /// `runtimeProblems` of the dialect's checks (found once by `checks(of:)`) for the operation,
    /// or for every operation inside its `batch_alter_table` or autocommit block, each against
    /// the schema the operations before it leave and at its own position. Applies the operation to `catalog` on the way, so a block
    /// costs no copy of the schema. `check --dialect` reports these; `upgrade` and `downgrade`
    /// refuse to print a script that has any (see `ScriptOptions.allowFailing`).
    public static func problems(of operation: Operation, applyingTo catalog: inout Catalog, checks: (any RuntimeChecks)?) -> [Diagnostic] {
        guard let checks else {
            catalog.apply(operation)
            return []
        }
        return problems(of: operation, applyingTo: &catalog, checking: checks)
    }

    static func problems(of operation: Operation, applyingTo catalog: inout Catalog, checking checks: any RuntimeChecks) -> [Diagnostic] {
        if let inner = operation.blockOperations {
            return inner.flatMap { problems(of: $0, applyingTo: &catalog, checking: checks) }
        }
        let found = checks.runtimeProblems(of: operation.kind, in: catalog).map { Diagnostic($0, at: operation.position) }
        catalog.apply(operation)
        return found
    }
}
