// A revision as sqlgen read it: its header and the operations of its upgrade and downgrade.

public struct Revision: Sendable {
    public var id: String
    /// Parents; more than one for a merge, none for a base.
    public var downRevisions: [String]
    public var branchLabels: [String]
    public var dependsOn: [String]
    /// The first line of the module docstring, as `alembic history` shows it.
    public var message: String?
    /// The whole module docstring as written (`history --verbose` strips it, as Alembic's
    /// `Script.longdoc` does).
    public var docstring: String?
    public var file: SourceFile
    /// Where `revision = ...` is written, for messages about the revision as a whole.
    public var position: SourcePosition
    public var upgrade: MigrationBody
    public var downgrade: MigrationBody

    public init(
        id: String, downRevisions: [String], branchLabels: [String] = [], dependsOn: [String] = [],
        message: String?, docstring: String? = nil, file: SourceFile, position: SourcePosition,
        upgrade: MigrationBody, downgrade: MigrationBody
    ) {
        self.id = id
        self.downRevisions = downRevisions
        self.branchLabels = branchLabels
        self.dependsOn = dependsOn
        self.message = message
        self.docstring = docstring
        self.file = file
        self.position = position
        self.upgrade = upgrade
        self.downgrade = downgrade
    }
}

extension Revision {
    /// Why `upgrade()` (or `downgrade()`) cannot be rendered: what reading it found, then where
    /// hand-written SQL for it would go. Empty when it reads.
    public func problems(of direction: MigrationFunctions) -> [Diagnostic] {
        let body = direction == .upgrade ? upgrade : downgrade
        guard !body.isRead || body.hasErrors else { return [] }
        let function = direction == .upgrade ? "upgrade" : "downgrade"
        let stem = file.path.hasSuffix(".py") ? String(file.path.dropLast(3)) : file.path
        let summary = Diagnostic(.unreadableWithoutOverride(id, function: function, overridePath: "\(stem).\(function).sql"), at: position)
        return body.diagnostics + [summary]
    }
}

/// The operations of `upgrade()` or `downgrade()`, or the reason the function cannot run.
///
/// A command reads only the functions it runs (see `MigrationFunctions`), and a function that
/// cannot be read does not stop the others: its errors stay here, and become errors of a command
/// only when that command runs the function.
public struct MigrationBody: Sendable {
    public var operations: [Operation]
    /// Set when the function raises (`raise NotImplementedError(...)`) instead of migrating:
    /// running it is an error that points here.
    public var irreversibleAt: SourcePosition?
    /// What reading the function reported. With an error among them, `operations` is incomplete
    /// and the function cannot be rendered.
    public var diagnostics: [Diagnostic]
    /// False for a function the command did not ask for; its operations are not known.
    public var isRead: Bool
    /// The hand-written SQL file that stands for the function, when there is one.
    public var overrideFile: String?

    public init(operations: [Operation] = [], irreversibleAt: SourcePosition? = nil, diagnostics: [Diagnostic] = [], overrideFile: String? = nil) {
        self.operations = operations
        self.irreversibleAt = irreversibleAt
        self.diagnostics = diagnostics
        self.isRead = true
        self.overrideFile = overrideFile
    }

    /// A function left unread.
    public static let notRead: MigrationBody = {
        var body = MigrationBody()
        body.isRead = false
        return body
    }()

    /// Whether the function could not be read: running it is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The first error, for messages about what depends on this function.
    public var firstError: Diagnostic? { diagnostics.first { $0.severity == .error } }
}

/// Which of a revision's two functions a command reads. The header is always read.
public struct MigrationFunctions: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let upgrade = MigrationFunctions(rawValue: 1)
    public static let downgrade = MigrationFunctions(rawValue: 2)
    public static let both: MigrationFunctions = [.upgrade, .downgrade]
    /// Graph commands (`history`, `heads`, ...): headers only.
    public static let none: MigrationFunctions = []
}
