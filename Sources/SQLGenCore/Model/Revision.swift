// A revision as sqlgen read it: its header and the operations of its upgrade and downgrade.

public struct Revision: Sendable {
    public var id: String
    /// Parents; more than one for a merge, none for a base.
    public var downRevisions: [String]
    public var branchLabels: [String]
    public var dependsOn: [String]
    /// The first line of the module docstring, as `alembic history` shows it.
    public var message: String?
    public var file: SourceFile
    /// Where `revision = ...` is written, for messages about the revision as a whole.
    public var position: SourcePosition
    public var upgrade: MigrationBody
    public var downgrade: MigrationBody

    public init(
        id: String, downRevisions: [String], branchLabels: [String] = [], dependsOn: [String] = [],
        message: String?, file: SourceFile, position: SourcePosition,
        upgrade: MigrationBody, downgrade: MigrationBody
    ) {
        self.id = id
        self.downRevisions = downRevisions
        self.branchLabels = branchLabels
        self.dependsOn = dependsOn
        self.message = message
        self.file = file
        self.position = position
        self.upgrade = upgrade
        self.downgrade = downgrade
    }
}

/// The operations of `upgrade()` or `downgrade()`, or the reason the function cannot run.
public struct MigrationBody: Sendable {
    public var operations: [Operation]
    /// Set when the function raises (`raise NotImplementedError(...)`) instead of migrating:
    /// running it is an error that points here.
    public var irreversibleAt: SourcePosition?

    public init(operations: [Operation] = [], irreversibleAt: SourcePosition? = nil) {
        self.operations = operations
        self.irreversibleAt = irreversibleAt
    }
}
