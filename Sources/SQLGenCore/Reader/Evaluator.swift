// The evaluator: a parsed revision file to a Revision, by running its statements symbolically.

import Foundation

/// An error that stops the current statement; the evaluator records it and goes on with the next.
struct EvaluationError: Error {
    var message: DiagnosticMessage
    var offset: Int

    init(_ message: DiagnosticMessage, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}

/// Reads revision files. Nothing in a file is executed: names bound to literals and to the
/// SQLAlchemy vocabulary are evaluated, `op.*` calls become operations, and anything that
/// would need Python, the application or a database is reported where it is written.
public enum RevisionReader {
    /// Reads one file: its header, and of its two functions those in `functions`.
    ///
    /// The revision is nil when the header cannot be read (the diagnostics say why). Problems in
    /// a function, syntax errors inside it included, stay with that function's `MigrationBody`,
    /// so that a command that does not run it is not stopped by them.
    /// `dialect` is the target's SQLAlchemy name (`postgresql`, `mysql`, ...), which
    /// `op.get_bind().dialect.name` gives; nil for a command that renders no dialect.
    public static func read(_ file: SourceFile, types: TypeMappings = TypeMappings(),
                            functions: MigrationFunctions = .both, dialect: String? = nil,
                            xArguments: [String] = []) -> (revision: Revision?, diagnostics: [Diagnostic]) {
        var skipped: Set<String> = []
        if !functions.contains(.upgrade) { skipped.insert("upgrade") }
        if !functions.contains(.downgrade) { skipped.insert("downgrade") }
        let (statements, syntaxDiagnostics) = Parser.parse(file, skippingBodiesOf: skipped)
        var evaluator = Evaluator(file: file, types: types)
        evaluator.functionsToRead = functions
        evaluator.targetDialect = dialect
        evaluator.xArguments = xArguments
        var moduleSyntaxDiagnostics: [Diagnostic] = []
        for diagnostic in syntaxDiagnostics {
            if let function = migrationFunction(containing: diagnostic.position, in: statements, fileSize: file.bytes.count) {
                evaluator.functionSyntaxDiagnostics[function, default: []].append(diagnostic)
            } else {
                moduleSyntaxDiagnostics.append(diagnostic)
            }
        }
        if moduleSyntaxDiagnostics.contains(where: { $0.severity == .error }) {
            return (nil, moduleSyntaxDiagnostics)
        }
        let revision = evaluator.evaluateModule(statements)
        let diagnostics = moduleSyntaxDiagnostics + evaluator.diagnostics.diagnostics
        return (evaluator.diagnostics.hasErrors ? nil : revision, diagnostics)
    }

    /// `upgrade` or `downgrade` when `position` lies inside that top-level function: from its
    /// `def` to the next top-level statement.
    static func migrationFunction(containing position: SourcePosition?, in statements: [Statement], fileSize: Int) -> String? {
        guard let offset = position?.offset else { return nil }
        for (index, statement) in statements.enumerated() {
            guard case .function(let name, _, _) = statement.kind, name == "upgrade" || name == "downgrade" else { continue }
            let end = index + 1 < statements.count ? statements[index + 1].offset : fileSize + 1
            if statement.offset <= offset && offset < end { return name }
        }
        return nil
    }
}

struct Evaluator {
    let file: SourceFile
    var diagnostics = DiagnosticBag()
    var globals: [String: Value] = [:]
    /// Names bound inside the function being evaluated; nil at module level.
    var locals: [String: Value]?
    /// Operations collected from the function being evaluated.
    var operations: [Operation] = []
    /// Every name given through `op.f(...)` so far, for `Operation.convertedNames`.
    var convertedNames: [String] = []
    /// The table of the `batch_alter_table` block being evaluated.
    var currentBatch: TableName?
    /// Types from outside SQLAlchemy, by canonical dotted name.
    let typeMappings: [String: TypeMapping]
    /// Whether `typeMappings` has a `sqlalchemy.` name; see `TypeMappings.mapsSQLAlchemyNames`.
    let mapsSQLAlchemyNames: Bool
    /// The functions to evaluate; the others are left unread.
    var functionsToRead: MigrationFunctions = .both
    /// Syntax errors inside `upgrade()` or `downgrade()`, reported with that function only.
    var functionSyntaxDiagnostics: [String: [Diagnostic]] = [:]
    /// The target dialect's SQLAlchemy name, or nil when the command renders none; see Bind.swift.
    var targetDialect: String?
    /// The Python that runs without a database: functions of the file, `return`/`break`/`continue`
    /// on their way out, the step budget; see ControlFlow.swift and Functions.swift.
    var control = ControlState()
    /// `evaluate` calls in progress. The parser bounds a tree's height, but an f-string's fields
    /// are parsed and evaluated inside the expression that holds the string, so this bounds the sum.
    var depth = 0
    /// How deep and how large the values of bound names may be, by name (see `Weight`).
    var globalWeights: [String: Weight] = [:]
    var localWeights: [String: Weight] = [:]
    /// The weight of the names the current statement has read so far; `bind` adds it to the
    /// names the statement binds, and a new statement starts from nothing.
    var referenced = Weight()
    /// Unknown names met so far; see `lookup`.
    var unknownNames = 0
    /// Characters and elements built by operations in this file so far, against `Limits.evaluationBudget`.
    var produced = 0
    /// Classes defined in this file, by canonical name, as column types (ApplicationTypes.swift).
    var classTypes: [String: (reading: ClassTypeReading, offset: Int)] = [:]
    /// The application's modules, where imported types are looked up; nil when nothing is searched.
    let applicationSources: ApplicationSources?
    /// The dotted name this file's own classes get (`__revision__.GUID`, or the module's name).
    var moduleName = "__revision__"
    /// The package that relative imports (`from .guid import GUID`) start from; nil in a revision.
    var packageName: String?
    /// How many application modules deep this evaluator reads (bounds re-exports and cycles).
    var applicationDepth = 0
    /// `--x KEY=VALUE` values, in order: what `context.get_x_argument()` returns.
    var xArguments: [String] = []
    /// `sa.Table(...)` objects built so far, whole, for `table.create(bind)` (BindDDL.swift).
    var definedTables: [TableName: Table] = [:]
    /// The table of each `sa.Index(...)` built on a table's columns (`t.c.name`), for `.create(bind)`.
    var indexTables: [String: TableName] = [:]

    static let headerNames = ["revision", "down_revision", "branch_labels", "depends_on"]

    init(file: SourceFile, types: TypeMappings = TypeMappings()) {
        self.file = file
        // A revision file binds a dozen names or so (imports, the four header variables, its
        // functions): room for them up front instead of growing the table as they come.
        globals.reserveCapacity(16)
        self.typeMappings = types.mappings
        self.mapsSQLAlchemyNames = types.mapsSQLAlchemyNames
        self.applicationSources = types.applicationSources
    }

    func position(_ offset: Int) -> SourcePosition { file.position(at: offset) }

    /// Records an error once: a name bound to a failed value fails again wherever it is used,
    /// and that repeats the first report rather than adding to it.
    mutating func record(_ error: EvaluationError) {
        let diagnostic = Diagnostic(error.message, at: position(error.offset))
        if !diagnostics.diagnostics.contains(diagnostic) {
            diagnostics.error(error.message, at: position(error.offset))
        }
    }

    // MARK: Module

    mutating func evaluateModule(_ statements: [Statement]) -> Revision? {
        var docstring: String?
        // Room for what nearly every revision file defines (its two functions, four header
        // variables) up front, rather than growing each table as the names come.
        var functions: [String: (body: [Statement], offset: Int)] = Dictionary(minimumCapacity: 4)
        var headerOffsets: [String: Int] = Dictionary(minimumCapacity: 4)
        for (index, statement) in statements.enumerated() {
            referenced = Weight()
            do throws(EvaluationError) {
                switch statement.kind {
                case .expression(let expression):
                    if index == 0, case .string(let text, _) = expression.kind {
                        docstring = text
                    }
                    // Other module-level expressions (a stray string, a call to configure logging)
                    // do not change the revision.
                case .importModules(let names):
                    for imported in names { bindImport(module: imported) }
                case .importFrom(let module, let names):
                    for imported in names { bindImport(from: module, name: imported) }
                case .assign(let targets, let value):
                    let computed = evaluateDeferringErrors(value)
                    for target in targets { try bind(target, to: computed) }
                    for target in targets {
                        if case .name(let name) = target.kind, Evaluator.headerNames.contains(name) { headerOffsets[name] = statement.offset }
                    }
                case .annotatedAssign(let target, _, let value):
                    guard let value else { continue }
                    try bind(target, to: evaluateDeferringErrors(value))
                    if case .name(let name) = target.kind, Evaluator.headerNames.contains(name) { headerOffsets[name] = statement.offset }
                case .function(let name, let parameters, let body):
                    functions[name] = (body, statement.offset)
                    if name == "upgrade" || name == "downgrade" {
                        globals[name] = .unavailable(.functionAsValue(name), at: statement.offset)
                    } else {
                        define(name, parameters, body, at: statement.offset)
                    }
                case .classDefinition(let name, let bases, let body):
                    defineClass(name, bases: bases, body: body, at: statement.offset)
                case .augmentedAssign, .ifStatement, .forLoop, .tryStatement:
                    evaluateAtModuleLevel(statement)
                case .with, .raise, .returnStatement, .pass, .unsupported:
                    // Module-level code other than bindings cannot change what the revision does;
                    // a name it would have bound is reported where it is used.
                    break
                }
            } catch {
                record(error)
            }
        }
        return makeRevision(docstring: docstring, functions: functions, headerOffsets: headerOffsets)
    }

    /// Module-level bindings to things sqlgen cannot evaluate are errors only where they are used.
    mutating func evaluateDeferringErrors(_ expression: Expression) -> Value {
        do throws(EvaluationError) {
            return try evaluate(expression)
        } catch {
            return .unavailable(error.message, at: error.offset)
        }
    }

    mutating func makeRevision(docstring: String?, functions: [String: (body: [Statement], offset: Int)], headerOffsets: [String: Int]) -> Revision? {
        guard let revisionOffset = headerOffsets["revision"], let revisionValue = globals["revision"] else {
            diagnostics.error(.missingRevisionVariable, at: position(0))
            return nil
        }
        var id = ""
        do throws(EvaluationError) {
            guard case .string(let value) = try resolved(revisionValue), !value.isEmpty else {
                throw EvaluationError(.headerType("revision", expected: "a non-empty string"), at: revisionOffset)
            }
            id = value
        } catch {
            record(error)
        }
        let downRevisions = headerList("down_revision", offsets: headerOffsets)
        let branchLabels = headerList("branch_labels", offsets: headerOffsets)
        let dependsOn = headerList("depends_on", offsets: headerOffsets)
        checkHeaderText([[id], downRevisions, branchLabels, dependsOn], offsets: headerOffsets)

        let upgrade = functionsToRead.contains(.upgrade) ? evaluateFunction("upgrade", functions) : .notRead
        let downgrade = functionsToRead.contains(.downgrade) ? evaluateFunction("downgrade", functions) : .notRead
        return Revision(
            id: id, downRevisions: downRevisions, branchLabels: branchLabels, dependsOn: dependsOn,
            message: docstring.map(Evaluator.summary), docstring: docstring, file: file, position: position(revisionOffset),
            upgrade: upgrade, downgrade: downgrade
        )
    }

    /// The first paragraph of the docstring, as Alembic shows a revision's message.
    static func summary(of docstring: String) -> String {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
        var lines: [String] = []
        // Line by line, stopping at the blank line that ends the paragraph: the rest is not read.
        var rest = docstring.utf8[...]
        while true {
            let lineEnd = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<lineEnd]
            if let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) {
                lines.append(String(decoding: line[first...last], as: UTF8.self))
            } else if !lines.isEmpty {
                break
            }
            guard lineEnd < rest.endIndex else { break }
            rest = rest[rest.index(after: lineEnd)...]
        }
        return lines.joined(separator: " ")
    }

    /// `down_revision` and friends: a string, None, or a tuple or list of strings.
    mutating func headerList(_ name: String, offsets: [String: Int]) -> [String] {
        guard let value = globals[name], let offset = offsets[name] else { return [] }
        do throws(EvaluationError) {
            switch try resolved(value) {
            case .none: return []
            case .string(let id): return [id]
            case let value:
                guard let elements = value.sequence else { break }
                var ids: [String] = []
                for element in elements {
                    guard case .string(let id) = element else {
                        throw EvaluationError(.headerType(name, expected: "a string, None, or a tuple of strings"), at: offset)
                    }
                    ids.append(id)
                }
                return ids
            }
            throw EvaluationError(.headerType(name, expected: "a string, None, or a tuple of strings"), at: offset)
        } catch {
            record(error)
            return []
        }
    }

    /// Unwraps a deferred failure into the error it stands for.
    func resolved(_ value: Value) throws(EvaluationError) -> Value {
        if case .unavailable(let message, let offset) = value {
            throw EvaluationError(message, at: offset)
        }
        return value
    }

    // MARK: Imports

    /// `import sqlalchemy as sa` binds `sa`; `import sqlalchemy.dialects.postgresql` binds `sqlalchemy`.
    mutating func bindImport(module imported: ImportedName) {
        if let alias = imported.alias {
            globals[alias] = .symbol(Evaluator.canonical(imported.name))
        } else {
            let first = String(imported.name.split(separator: ".").first ?? Substring(imported.name))
            globals[first] = .symbol(first)
        }
    }

    /// `from sqlalchemy.dialects import postgresql` binds `postgresql` to its dotted name.
    mutating func bindImport(from module: String, name imported: ImportedName) {
        guard imported.name != "*" else { return }
        var module = module
        if module.hasPrefix("."), let packageName {
            // `from .guid import GUID` in an application module: one dot is the package itself.
            var package = packageName.split(separator: ".").map(String.init)
            var rest = Substring(module.dropFirst())
            while rest.hasPrefix(".") { rest = rest.dropFirst(); package = package.dropLast() }
            module = (package + (rest.isEmpty ? [] : [String(rest)])).joined(separator: ".")
        }
        globals[imported.alias ?? imported.name] = .symbol(Evaluator.canonical(module + "." + imported.name))
    }

    /// Submodules whose names SQLAlchemy and Alembic also export from the top.
    static let aliasedPrefixes: [String] = ["sqlalchemy.sql.sqltypes.", "sqlalchemy.sql.schema.", "sqlalchemy.sql.expression.",
                       "sqlalchemy.sql.functions.", "sqlalchemy.sql.elements.", "sqlalchemy.sql.", "sqlalchemy.types.",
                       "sqlalchemy.schema.", "sqlalchemy.sql.type_api.", "sqlalchemy.engine.", "sqlalchemy.dialects.postgresql.types.",
                       "alembic.op.base."]

    /// SQLAlchemy exports the same objects from several modules; they are known by one name.
    static func canonical(_ name: String) -> String {
        guard name.hasPrefix("sqlalchemy.") || name.hasPrefix("alembic.op.") else { return name }
        for prefix in aliasedPrefixes where name.hasPrefix(prefix) {
            let prefixRoot = prefix.hasPrefix("alembic") ? "alembic.op." : (prefix.contains("postgresql") ? "sqlalchemy.dialects.postgresql." : "sqlalchemy.")
            return prefixRoot + name.dropFirst(prefix.count)
        }
        if name == "alembic.op.op" { return "alembic.op" }
        // `sa.sql.expression.false`, `sa.sql.functions.now`: reached attribute by attribute, the
        // submodule is already cut to `sqlalchemy.expression.` / `sqlalchemy.functions.`.
        if name.hasPrefix("sqlalchemy.expression.") { return "sqlalchemy." + name.dropFirst("sqlalchemy.expression.".count) }
        if name.hasPrefix("sqlalchemy.functions.") && name != "sqlalchemy.functions.func" {
            return "sqlalchemy.func." + name.dropFirst("sqlalchemy.functions.".count)
        }
        return name
    }

    /// The canonical name of `module.name`, an attribute of an imported module.
    static func member(_ name: String, of module: String) -> String {
        // `sa.X` and `op.X`, nearly every attribute a revision reads, are canonical as written:
        // an attribute name has no dots, and every aliased prefix is longer than the package's
        // (`alembic.op.op` aside).
        switch module {
        case "sqlalchemy": return "sqlalchemy." + name
        case "alembic.op" where name != "op": return "alembic.op." + name
        default: return canonical(module + "." + name)
        }
    }

    // MARK: Functions

    /// Evaluates `upgrade()` or `downgrade()`. What goes wrong is reported with the function's
    /// body, not with the revision: the header stays usable whatever the body holds.
    mutating func evaluateFunction(_ name: String, _ functions: [String: (body: [Statement], offset: Int)]) -> MigrationBody {
        guard let function = functions[name] else {
            return MigrationBody(diagnostics: [Diagnostic(.missingFunction(name), at: position(0))])
        }
        if let syntaxDiagnostics = functionSyntaxDiagnostics[name], syntaxDiagnostics.contains(where: { $0.severity == .error }) {
            return MigrationBody(diagnostics: syntaxDiagnostics)
        }
        let moduleDiagnostics = diagnostics
        diagnostics = DiagnosticBag()
        locals = [:]
        localWeights = [:]
        operations = []
        defer {
            locals = nil
            diagnostics = moduleDiagnostics
            control.pendingExit = nil
        }
        let irreversibleAt = evaluateBlock(function.body)
        return MigrationBody(operations: operations, irreversibleAt: irreversibleAt.map(position),
                             diagnostics: (functionSyntaxDiagnostics[name] ?? []) + diagnostics.diagnostics)
    }

    /// Runs a function body's statements. Returns the offset of a `raise` that ends it.
    mutating func evaluateBlock(_ statements: [Statement]) -> Int? {
        for (index, statement) in statements.enumerated() {
            referenced = Weight()
            // A `return`, `break` or `continue` ends the block; its function or loop takes it.
            if control.pendingExit != nil { return nil }
            do throws(EvaluationError) {
                switch statement.kind {
                case .expression(let expression):
                    if index == 0, case .string = expression.kind { continue }
                    _ = try evaluate(expression, isStatement: true)
                case .assign(let targets, let value):
                    let computed = try evaluateRecordingFailure(value, boundTo: targets)
                    for target in targets { try bind(target, to: computed) }
                case .annotatedAssign(let target, _, let value):
                    if let value { try bind(target, to: try evaluateRecordingFailure(value, boundTo: [target])) }
                case .pass:
                    break
                case .raise(let expression):
                    return try evaluateRaise(expression, at: statement.offset)
                case .returnStatement(let expression):
                    control.pendingExit = .returned(try expression.map { expression throws(EvaluationError) in try evaluate(expression) } ?? .none)
                    return nil
                case .importModules(let names):
                    for imported in names { bindImport(module: imported) }
                    promoteImportsToLocals(names.map { $0.alias ?? String($0.name.split(separator: ".").first ?? "") })
                case .importFrom(let module, let names):
                    for imported in names { bindImport(from: module, name: imported) }
                    promoteImportsToLocals(names.map { $0.alias ?? $0.name })
                case .with(let items, let body):
                    if let raisedAt = try evaluateWith(items, body, at: statement.offset) { return raisedAt }
                case .ifStatement(let branches, let otherwise):
                    if let raisedAt = try evaluateIf(branches, otherwise) { return raisedAt }
                case .tryStatement(let body, _, let orElse, let finally):
                    if let raisedAt = evaluateTry(body, orElse, finally) { return raisedAt }
                case .forLoop(let target, let iterable, let body):
                    if let raisedAt = try evaluateFor(target, iterable, body, at: statement.offset) { return raisedAt }
                case .augmentedAssign(let target, let op, let value):
                    try evaluateAugmentedAssign(target, op, value, at: statement.offset)
                case .function(let name, let parameters, let body):
                    define(name, parameters, body, at: statement.offset)
                case .unsupported(let keyword):
                    try evaluateKeywordStatement(keyword, at: statement.offset)
                case .classDefinition:
                    throw EvaluationError(.unsupportedStatement("class"), at: statement.offset)
                }
            } catch {
                record(error)
            }
        }
        return nil
    }

    /// Evaluates an assigned value; when it fails, the names are bound to the failure (so later
    /// uses repeat this report instead of adding "unknown name" ones) and the error goes on.
    mutating func evaluateRecordingFailure(_ value: Expression, boundTo targets: [Expression]) throws(EvaluationError) -> Value {
        do throws(EvaluationError) {
            return try evaluate(value)
        } catch {
            for target in targets { try? bind(target, to: .unavailable(error.message, at: error.offset)) }
            throw error
        }
    }

    /// Imports inside a function are visible only there; they were bound as globals by the
    /// shared import code, so move them.
    mutating func promoteImportsToLocals(_ names: [String]) {
        for name in names {
            if let value = globals.removeValue(forKey: name) { locals?[name] = value }
        }
    }

    /// `raise NotImplementedError(...)` marks the function irreversible; other raises cannot be
    /// evaluated offline.
    mutating func evaluateRaise(_ expression: Expression?, at offset: Int) throws(EvaluationError) -> Int {
        var callee = expression
        if case .call(let function, _)? = expression?.kind { callee = function }
        if case .name(let name)? = callee?.kind, ["NotImplementedError", "NotImplemented", "RuntimeError", "Exception"].contains(name) {
            return offset
        }
        throw EvaluationError(.unsupportedStatement("raise"), at: offset)
    }

    // MARK: Bindings

    mutating func bind(_ target: Expression, to value: Value) throws(EvaluationError) {
        switch target.kind {
        case .name(let name):
            // The value holds what the statement read, at most as deep as the expression it was
            // read in, and one more node (a `Weight` is an upper bound, never the exact size).
            // A scalar holds nothing, however it was computed (`sql = sql + '...'` a hundred times
            // is one string; its length is the evaluation budget's business).
            let weight = value.holdsValues ? Weight(depth: referenced.depth, size: referenced.size &+ 1) : nil
            if let weight, weight.depth > Limits.valueNesting || weight.size > Limits.valueSize {
                throw EvaluationError(.valueTooLarge(name, depth: Limits.valueNesting, size: Limits.valueSize), at: target.offset)
            }
            if locals != nil {
                locals?[name] = value
                if weight != nil || !localWeights.isEmpty { localWeights[name] = weight }
            } else {
                globals[name] = value
                if weight != nil || !globalWeights.isEmpty { globalWeights[name] = weight }
            }
        case .tuple(let targets), .list(let targets):
            guard let values = try resolved(value).sequence, values.count == targets.count else {
                throw EvaluationError(.cannotUnpack(count: targets.count), at: target.offset)
            }
            for (target, value) in zip(targets, values) { try bind(target, to: value) }
        default:
            throw EvaluationError(.unsupportedAssignmentTarget, at: target.offset)
        }
    }

    mutating func lookup(_ name: String, at offset: Int) throws(EvaluationError) -> Value {
        // Most function bodies bind no names of their own: an empty `locals` is not searched.
        if let locals, !locals.isEmpty, let value = locals[name] {
            if !localWeights.isEmpty, let weight = localWeights[name] { noteReference(weight) }
            return value
        }
        if let value = globals[name] {
            // Most files bind no value that holds others: no second hash of the name.
            if !globalWeights.isEmpty, let weight = globalWeights[name] { noteReference(weight) }
            return value
        }
        if Evaluator.builtins.contains(name) {
            return .symbol("builtins." + name)
        }
        // Looking for a suggestion goes through every bound name: only for the first few unknown
        // names of a file, so that a file of thousands of each stays linear.
        unknownNames += 1
        guard unknownNames <= Limits.diagnosticsPerFile else {
            throw EvaluationError(.unknownName(name, suggestion: nil), at: offset)
        }
        let known = Array((locals ?? [:]).keys) + Array(globals.keys)
        throw EvaluationError(.unknownName(name, suggestion: closestMatch(to: name, in: known)), at: offset)
    }

    /// A name's value read at the current depth of the expression ends up at most that many
    /// levels inside the expression's value.
    mutating func noteReference(_ weight: Weight) {
        referenced.depth = max(referenced.depth, weight.depth &+ depth)
        referenced.size = referenced.size &+ weight.size
    }

    /// Counts what an operation built (a string's bytes, a sequence's elements) against the
    /// file's budget: strings doubled through names (`x = x + x`) grow without a long expression.
    mutating func charge(_ value: Value, at offset: Int) throws(EvaluationError) -> Value {
        switch value {
        case .string(let text): produced &+= text.utf8.count
        case .list(let items), .tuple(let items): produced &+= items.count
        default: return value
        }
        guard produced <= Limits.evaluationBudget else {
            throw EvaluationError(.evaluationBudgetExceeded(Limits.evaluationBudget), at: offset)
        }
        return value
    }

    static let builtins: Set<String> = [
        "print", "len", "str", "int", "float", "bool", "list", "tuple", "dict", "set", "range", "sorted", "reversed",
        "NotImplementedError", "RuntimeError", "Exception", "ValueError", "isinstance", "repr", "min", "max",
        "enumerate", "zip", "any", "all", "sum", "abs", "frozenset", "KeyError", "IndexError", "TypeError",
    ]

    // MARK: Expressions

    /// Evaluates an expression. `isStatement` marks a call whose value is discarded, where
    /// `print(...)` and logging are allowed.
    mutating func evaluate(_ expression: Expression, isStatement: Bool = false) throws(EvaluationError) -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Limits.expressionHeight else {
            throw EvaluationError(.expressionTooDeep(Limits.expressionHeight), at: expression.offset)
        }
        switch expression.kind {
        case .name(let name):
            return try lookup(name, at: expression.offset)
        case .integer(let value):
            return .int(value)
        case .bigInteger(let digits):
            return .literal(.bigInteger(digits))
        case .float(let value):
            return .float(value)
        case .string(let value, let prefix):
            if prefix.isEmpty {
                return .string(value)
            }
            if prefix.contains(.formatted) {
                return try charge(.string(try interpolate(value, raw: prefix.contains(.raw), at: expression.offset)), at: expression.offset)
            }
            if prefix.contains(.bytes) {
                throw EvaluationError(.unsupportedExpression("bytes literals"), at: expression.offset)
            }
            return .string(value)
        case .boolean(let value):
            return .bool(value)
        case .none:
            return .none
        case .list(let elements):
            return .list(try evaluateAll(elements))
        case .tuple(let elements):
            return .tuple(try evaluateAll(elements))
        case .set(let elements):
            return .list(try evaluateAll(elements))
        case .dict(let pairs):
            var values: [(key: Value, value: Value)] = []
            for pair in pairs {
                values.append((try evaluate(pair.key), try evaluate(pair.value)))
            }
            return .dict(values)
        case .attribute(let base, let name):
            let value = try resolved(try evaluate(base))
            switch value {
            case .symbol(let qualified):
                return .symbol(Evaluator.member(name, of: qualified))
            case .batchOperations:
                return .symbol("alembic.batch_op." + name)
            case .string, .list, .dict:
                return .method(value, name)
            default:
                if let found = try attribute(name, of: value, at: expression.offset) { return found }
                throw EvaluationError(.noAttribute(name, on: value), at: expression.offset)
            }
        case .call(let callee, let arguments):
            let function = try resolved(try evaluate(callee))
            switch function {
            case .symbol(let name):
                return try call(name, arguments, at: expression.offset, isStatement: isStatement)
            case .method(let receiver, let name):
                if let result = try callMutatingMethod(receiver, name, arguments, on: callee, at: expression.offset) { return result }
                return try charge(try callMethod(receiver, name, arguments, at: expression.offset), at: expression.offset)
            case .function(let name):
                return try callFunction(name, arguments, at: expression.offset)
            default:
                throw EvaluationError(.notCallable(function), at: expression.offset)
            }
        case .unary(let op, let operand):
            let value = try resolved(try evaluate(operand))
            switch (op, value) {
            case ("-", .int(let number)):
                // -Int.min is beyond Int: its digits, as Python would print them.
                return number == .min ? .literal(.bigInteger(String(String(number).dropFirst()))) : .int(-number)
            case ("-", .float(let number)): return .float(-number)
            case ("+", .int), ("+", .float): return value
            case ("-", .literal(.bigInteger(let digits))):
                return .literal(.bigInteger(digits.hasPrefix("-") ? String(digits.dropFirst()) : "-" + digits))
            case ("+", .literal(.bigInteger)): return value
            case ("not", _): return .bool(!(try truth(value, at: operand.offset)))
            case ("~", .dataExpression(let data)): return .dataExpression(data.negated)
            case ("-", .dataExpression(let data)): return .dataExpression(.negative(data))
            default: throw EvaluationError(.unsupportedOperator(op, value.typeDescription), at: expression.offset)
            }
        case .binary(let op, let left, let right):
            if op == "and" || op == "or" { return try evaluateLogical(op, left, right) }
            return try charge(try evaluateBinary(op, try resolved(try evaluate(left)), try resolved(try evaluate(right)), at: expression.offset), at: expression.offset)
        case .subscripted(let base, let index):
            return try subscriptValue(try resolved(try evaluate(base)), try resolved(try evaluate(index)), at: expression.offset)
        case .conditional(let value, let condition, let otherwise):
            return try evaluate(try truth(try evaluate(condition), at: condition.offset) ? value : otherwise)
        case .comprehension(let comprehension):
            return try evaluateComprehension(comprehension, at: expression.offset)
        case .slice:
            throw EvaluationError(.unsupportedExpression("slices"), at: expression.offset)
        case .ellipsis:
            throw EvaluationError(.unsupportedExpression("'...'"), at: expression.offset)
        case .unsupported(let what):
            throw EvaluationError(.unsupportedExpression("'\(what)'"), at: expression.offset)
        }
    }

    mutating func evaluateAll(_ expressions: [Expression]) throws(EvaluationError) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(expressions.count)
        for expression in expressions { values.append(try evaluate(expression)) }
        return values
    }

    /// An integer result, or an error where it would wrap around 64 bits: Python's result would
    /// be exact, and a wrapped one would silently change the data.
    static func checked(_ result: (partialValue: Int, overflow: Bool), _ op: String, at offset: Int) throws(EvaluationError) -> Value {
        guard !result.overflow else { throw EvaluationError(.integerOverflow(op), at: offset) }
        return .int(result.partialValue)
    }

    func evaluateBinary(_ op: String, _ left: Value, _ right: Value, at offset: Int) throws(EvaluationError) -> Value {
        if left.isDataExpression || right.isDataExpression, let built = try dataOperator(op, left, right, at: offset) {
            return built
        }
        switch (op, left, right) {
        case ("+", .string(let a), .string(let b)): return .string(a + b)
        case ("+", .int(let a), .int(let b)): return try Evaluator.checked(a.addingReportingOverflow(b), op, at: offset)
        case ("-", .int(let a), .int(let b)): return try Evaluator.checked(a.subtractingReportingOverflow(b), op, at: offset)
        case ("*", .int(let a), .int(let b)): return try Evaluator.checked(a.multipliedReportingOverflow(by: b), op, at: offset)
        case ("+", .list(let a), .list(let b)): return .list(a + b)
        case ("+", .tuple(let a), .tuple(let b)): return .tuple(a + b)
        case ("%", .string(let format), _): return .string(try percentFormat(format, right, at: offset))
        case ("==", _, _), ("!=", _, _):
            guard let a = left.pythonRepr, let b = right.pythonRepr else { break }
            let equal = a.sameScalars(b)  // Python compares code points: NFC and NFD differ
            return .bool(op == "==" ? equal : !equal)
        case ("and", .bool(let a), .bool(let b)): return .bool(a && b)
        case ("or", .bool(let a), .bool(let b)): return .bool(a || b)
        default:
            break
        }
        if let value = try pythonOperator(op, left, right, at: offset) { return value }
        throw EvaluationError(.unsupportedOperator(op, "\(left.typeDescription) and \(right.typeDescription)"), at: offset)
    }

    /// Dispatches a call by the callee's canonical name.
    mutating func call(_ name: String, _ arguments: [Argument], at offset: Int, isStatement: Bool) throws(EvaluationError) -> Value {
        if name.hasASCIIPrefix("alembic.") {
            if name.hasASCIIPrefix("alembic.op.") {
                return try callOperation(name.removingPrefix("alembic.op."), arguments, at: offset)
            }
            if name.hasASCIIPrefix("alembic.batch_op.") {
                return try callBatchOperation(name.removingPrefix("alembic.batch_op."), arguments, at: offset)
            }
            if name.hasASCIIPrefix("alembic.context."),
               let value = try callMigrationContext(name.removingPrefix("alembic.context."), arguments, at: offset) {
                return value
            }
        }
        let isSQLAlchemy = name.hasASCIIPrefix("sqlalchemy.")
        let mapping = isSQLAlchemy && !mapsSQLAlchemyNames ? nil : typeMappings[name]
        // The application's own types are read from its source first; the types file is the
        // fallback (`applicationType`). SQLAlchemy names and the built-in mappings are not looked up.
        if let mapping, isSQLAlchemy || applicationSources == nil || TypeMappings.builtIn[name] != nil,
           let type = try mappedType(mapping, arguments, at: offset) {
            return .type(type)
        }
        // No standard library name starts with `sqlalchemy.`, so SQLAlchemy's go first.
        if isSQLAlchemy {
            return try callSQLAlchemy(name, arguments, at: offset, isMapped: mapping != nil)
        }
        if let value = try callStandardLibrary(name, arguments, at: offset) {
            return value
        }
        if isStatement && (name == "builtins.print" || name.hasPrefix("logging.") || name.hasPrefix("logger.") || name.hasPrefix("log.")) {
            _ = try evaluateAll(arguments.map(\.value))
            return .none
        }
        if name.hasPrefix("builtins.") {
            throw EvaluationError(.unsupportedCall(name.removingPrefix("builtins.")), at: offset)
        }
        if let type = try applicationType(name, arguments, at: offset) {
            return .type(type)
        }
        throw EvaluationError(.applicationCall(name), at: offset)
    }
}

extension String {
    /// Whether the string starts with the ASCII `prefix`, byte for byte. Module prefixes
    /// (`sqlalchemy.`) are ASCII, so this answers as `hasPrefix` does, without its Unicode
    /// comparison.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        var text = self
        return text.withUTF8 { bytes in
            guard count > 0 else { return true }
            guard bytes.count >= count, let base = bytes.baseAddress else { return false }
            return memcmp(base, prefix.utf8Start, count) == 0
        }
    }

    /// What follows `prefix` in a string known to start with it. Cheaper than `dropFirst(prefix.count)`,
    /// which counts characters; the prefixes are ASCII, so bytes and characters agree.
    func removingPrefix(_ prefix: String) -> String {
        String(Substring(utf8.dropFirst(prefix.utf8.count)))
    }
}

/// An upper bound on a bound name's value, kept beside it: its nesting (`depth`) and its nodes
/// (`size`, counting a value shared twice twice, as printing or comparing it would). Values grow
/// through names with no deep expression (`x = [x]`, `x = (x, x)`), so the bound is carried along
/// the names rather than found by walking the value, which is the walk it guards against.
struct Weight {
    var depth = 0
    var size = 0
}

extension Value {
    /// Whether the value can hold other values or nested model values (a list, a column, an
    /// `ARRAY` type, a SQL expression), and so grow through names.
    var holdsValues: Bool {
        switch self {
        case .none, .bool, .int, .float, .string, .symbol, .literal, .operationResult, .batchOperations, .unavailable: false
        default: true
        }
    }
}
