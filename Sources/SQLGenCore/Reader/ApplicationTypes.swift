// Column types an application defines for itself (`TypeDecorator` subclasses, aliases), read statically from its source.

import Foundation

/// How a type defined by a class was read: the type mapping it stands for, or why it could not
/// be read (the types file may still map it).
enum ClassTypeReading: Sendable {
    case mapping(TypeMapping)
    case unreadable(String)
}

/// The application's own modules, found under the source roots and read without running them:
/// `from app.db.types import GUID` looks for `app/db/types.py` (or `app/db/types/__init__.py`)
/// under each root. One instance serves a whole load; revision files are read on several threads,
/// so what it caches and records is behind a lock. A module is read at most once per dialect.
public final class ApplicationSources: @unchecked Sendable {
    /// Folders that Python's import path would hold (`--source-root`, `prepend_sys_path`, the
    /// project root), in the order they are searched.
    public let roots: [String]
    /// The types file, named in `-v` notes when it resolved a type.
    public let typesFile: String?

    private let lock = NSLock()
    /// Module name and dialect to what the module defines, or nil when no root holds the module.
    private var modules: [String: ReadModule?] = [:]
    /// `-v`: how each type from outside SQLAlchemy was resolved, by the name the revisions use.
    private var resolutions: [String: String] = [:]

    /// Modules re-exporting a name from another (`from .guid import GUID` in `__init__.py`) are
    /// followed this far; a cycle of imports stops here too.
    static let maximumImportDepth = 8

    public init(roots: [String], typesFile: String? = nil) {
        var seen: Set<String> = []
        self.roots = roots.filter { seen.insert($0).inserted }
        self.typesFile = typesFile
    }

    /// What a module defines that can stand for a column type.
    struct ReadModule: Sendable {
        var path: String
        /// Names bound to a type instance or a SQLAlchemy type class (`GUID = sa.String(36)`).
        var aliases: [String: TypeMapping]
        /// Classes derived from `TypeDecorator`, and the line each is defined on.
        var classes: [String: (reading: ClassTypeReading, line: Int)]
        /// Names imported from elsewhere, as canonical dotted names, to follow.
        var imported: [String: String]
    }

    /// The type that the dotted `name` (`app.db.types.GUID`) stands for, if a module under the
    /// roots defines it: its mapping, or the reason it cannot be read. Nil when no root has it.
    func resolve(_ name: String, dialect: String?, types: TypeMappings, depth: Int = 0) -> (reading: ClassTypeReading, source: String)? {
        guard depth < ApplicationSources.maximumImportDepth, !roots.isEmpty else { return nil }
        var parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 2, let attribute = parts.popLast() else { return nil }
        let moduleName = parts.joined(separator: ".")
        guard let module = read(moduleName, dialect: dialect, types: types, depth: depth) else { return nil }
        if let found = module.classes[attribute] {
            return (found.reading, "'\(module.path):\(found.line)'")
        }
        if let alias = module.aliases[attribute] {
            return (.mapping(alias), "'\(module.path)'")
        }
        if let target = module.imported[attribute], target != name {
            return resolve(target, dialect: dialect, types: types, depth: depth + 1)
        }
        return nil
    }

    /// Records how a type was resolved, for `-v`.
    func note(_ name: String, _ how: String) {
        lock.lock()
        defer { lock.unlock() }
        if resolutions[name] == nil { resolutions[name] = how }
    }

    /// The `-v` lines, sorted by name.
    public var notes: [String] {
        lock.lock()
        defer { lock.unlock() }
        return resolutions.keys.sorted().map { "type '\($0)' \(resolutions[$0] ?? "")" }
    }

    /// The file of `moduleName` under the first root that has it.
    func path(of moduleName: String) -> (path: String, isPackage: Bool)? {
        let relative = moduleName.replacingOccurrences(of: ".", with: "/")
        for root in roots {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if FileManager.default.fileExists(atPath: prefix + relative + ".py") { return (prefix + relative + ".py", false) }
            if FileManager.default.fileExists(atPath: prefix + relative + "/__init__.py") { return (prefix + relative + "/__init__.py", true) }
        }
        return nil
    }

    func read(_ moduleName: String, dialect: String?, types: TypeMappings, depth: Int) -> ReadModule? {
        let key = moduleName + "|" + (dialect ?? "")
        lock.lock()
        if let cached = modules[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        var result: ReadModule?
        if let (path, isPackage) = path(of: moduleName), let file = try? RevisionLoader.readFile(path) {
            let (statements, _) = Parser.parse(file)
            var evaluator = Evaluator(file: file, types: types)
            evaluator.targetDialect = dialect
            evaluator.functionsToRead = []
            evaluator.moduleName = moduleName
            evaluator.packageName = isPackage ? moduleName : moduleName.split(separator: ".").dropLast().joined(separator: ".")
            evaluator.applicationDepth = depth + 1
            _ = evaluator.evaluateModule(statements)
            var module = ReadModule(path: path, aliases: [:], classes: [:], imported: [:])
            for (name, value) in evaluator.globals {
                switch value {
                case .type(let type): module.aliases[name] = .fixed(type)
                case .symbol(let target) where TypeMappings.isTypeName(target): module.aliases[name] = .passArguments(target)
                case .symbol(let target) where evaluator.classTypes[target] != nil:
                    if let reading = evaluator.classTypes[target] {
                        module.classes[name] = (reading.reading, file.position(at: reading.offset).line)
                    }
                case .symbol(let target) where !target.hasPrefix("sqlalchemy.") && !target.hasPrefix("alembic."):
                    module.imported[name] = target
                default: break
                }
            }
            result = module
        }
        lock.lock()
        modules[key] = .some(result)
        lock.unlock()
        return result
    }
}

extension Evaluator {
    /// The base classes that make a class a column type sqlgen can read.
    static let typeDecoratorNames: Set<String> = ["sqlalchemy.TypeDecorator"]

    /// `class GUID(TypeDecorator): ...`: binds the name to a type that can be used in columns when
    /// its body says what it renders as; any other class stays unreadable, as before.
    mutating func defineClass(_ name: String, bases: [Argument], body: [Statement], at offset: Int) {
        let key = moduleName + "." + name
        var inherited: ClassTypeReading?
        var isTypeDecorator = false
        for base in bases where base.label == .positional {
            guard case .symbol(let baseName)? = try? resolved(try evaluate(base.value)) else { continue }
            if Evaluator.typeDecoratorNames.contains(baseName) {
                isTypeDecorator = true
            } else if let reading = classTypes[baseName]?.reading ?? applicationSources?.resolve(baseName, dialect: targetDialect, types: typeMappingsValue, depth: applicationDepth)?.reading {
                isTypeDecorator = true
                inherited = reading
            }
        }
        let reading: ClassTypeReading
        if isTypeDecorator {
            reading = readTypeDecorator(name, body, inherited: inherited)
        } else {
            reading = .unreadable("it is not a 'TypeDecorator' subclass")
        }
        classTypes[key] = (reading, offset)
        if case .unreadable = reading, !isTypeDecorator {
            globals[name] = .unavailable(.classNotSupported(name), at: offset)
        } else {
            globals[name] = .symbol(key)
        }
    }

    /// What a `TypeDecorator` body renders as: `impl` (a class gets the call's arguments, an
    /// instance is the type), or what `load_dialect_impl` returns for the target dialect when it
    /// only looks at `dialect.name`. `process_bind_param` and the like change values, not DDL.
    mutating func readTypeDecorator(_ name: String, _ body: [Statement], inherited: ClassTypeReading?) -> ClassTypeReading {
        var reading = inherited
        var dialectImpl: [Statement]?
        for statement in body {
            switch statement.kind {
            case .assign(let targets, let value):
                guard targets.count == 1, case .name("impl") = targets[0].kind else { continue }
                switch try? resolved(try evaluate(value)) {
                case .symbol(let typeName)? where TypeMappings.isTypeName(typeName): reading = .mapping(.passArguments(typeName))
                case .type(let type)?: reading = .mapping(.fixed(type))
                default: return .unreadable("its 'impl' is not a SQLAlchemy type")
                }
            case .function(let functionName, _, let functionBody):
                if functionName == "__init__" { return .unreadable("it defines '__init__'") }
                if functionName == "load_dialect_impl" { dialectImpl = functionBody }
            default:
                continue
            }
        }
        guard let reading else { return .unreadable("it has no 'impl'") }
        guard let dialectImpl, let targetDialect else { return reading }
        // `load_dialect_impl(self, dialect)`: run for the target, with `self` unreadable.
        let callerLocals = locals
        let callerExit = control.pendingExit
        let reported = diagnostics
        locals = ["self": .unavailable(.unsupportedExpression("'self' of a type class"), at: 0), "dialect": .offline(.dialect)]
        control.pendingExit = nil
        let raisedAt = evaluateBlock(dialectImpl)
        let exit = control.pendingExit
        let failed = raisedAt != nil || diagnostics.hasErrors && !reported.hasErrors || diagnostics.diagnostics.count != reported.diagnostics.count
        locals = callerLocals
        control.pendingExit = callerExit
        diagnostics = reported
        guard !failed, case .returned(let value)? = exit else { return .unreadable("its 'load_dialect_impl' does more than choose a type by 'dialect.name'") }
        switch value {
        case .type(let type): return .mapping(.fixed(type))
        case .symbol(let typeName) where TypeMappings.isTypeName(typeName): return .mapping(.passArguments(typeName))
        default: return .unreadable("its 'load_dialect_impl' does more than choose a type by 'dialect.name'")
        }
    }

    /// What `dialect.type_descriptor(type)` gives: the type adapted to the class the dialect's
    /// default driver uses for it, which some dialects compile differently from the type itself
    /// (checked against SQLAlchemy 2.1.9: PostgreSQL's driver string type makes `CHAR(32)` a
    /// `VARCHAR(32)` and `Text` a `VARCHAR`; SQL Server's makes `Text` a `VARCHAR(max)`).
    static func typeDescriptor(_ type: SQLType, dialect: String?) -> SQLType {
        switch (dialect, type) {
        case ("postgresql", .named("CHAR", let arguments)), ("postgresql", .named("NCHAR", let arguments)),
             ("mssql", .named("CHAR", let arguments)):
            return .string(length: arguments.first, collation: nil)
        case ("mssql", .named("NCHAR", let arguments)):
            return .unicode(length: arguments.first, collation: nil)
        case ("postgresql", .text(let length, let collation)), ("postgresql", .unicodeText(let length, let collation)):
            return .string(length: length, collation: collation)
        case ("mssql", .text(_, let collation)):
            return .string(length: nil, collation: collation)
        case ("postgresql", .named("CLOB", _)), ("mssql", .named("CLOB", _)):
            return .string(length: nil, collation: nil)
        case ("mssql", .largeBinary(let length)):
            return .named("VARBINARY", arguments: length.map { [$0] } ?? [])
        case ("mssql", .timestamp(false)), ("sqlite", .timestamp(false)):
            return .dateTime(timezone: false)
        case ("oracle", .bigInteger):
            return .integer
        default:
            return type
        }
    }

    /// A type from the application: a class of this file, or a name under the source roots;
    /// else the types file's mapping. Nil when neither knows the name.
    mutating func applicationType(_ name: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> SQLType? {
        var unreadable: String?
        var source = "'\(file.path)'"
        var reading = classTypes[name].map { ($0.reading, $0.offset) }.map { ($0.0, "'\(file.path):\(position($0.1).line)'") }
        if reading == nil, !name.hasPrefix(moduleName + ".") {
            reading = applicationSources?.resolve(name, dialect: targetDialect, types: typeMappingsValue, depth: applicationDepth)
        }
        if let (found, foundSource) = reading {
            source = foundSource
            switch found {
            case .mapping(let mapping):
                applicationSources?.note(DiagnosticMessage.displayName(Evaluator.shortTypeName(name)), "read from " + source)
                return try mappedType(mapping, arguments, at: offset)
            case .unreadable(let reason):
                unreadable = reason
            }
        }
        if let mapping = typeMappings[name] {
            noteTypesFile(name)
            return try mappedType(mapping, arguments, at: offset)
        }
        if let unreadable {
            throw EvaluationError(.applicationTypeUnreadable(Evaluator.shortTypeName(name), source: source, reason: unreadable), at: offset)
        }
        return nil
    }

    /// `-v`: a type the types file resolved (built-in mappings are not noted).
    func noteTypesFile(_ name: String) {
        guard let sources = applicationSources, TypeMappings.builtIn[name] == nil else { return }
        sources.note(DiagnosticMessage.displayName(name), "mapped by the types file" + (sources.typesFile.map { " '\($0)'" } ?? ""))
    }

    static func shortTypeName(_ name: String) -> String {
        name.hasPrefix("__revision__.") ? String(name.dropFirst("__revision__.".count)) : name
    }

    /// The mappings as `TypeMappings`, for the evaluators of application modules.
    var typeMappingsValue: TypeMappings {
        var types = TypeMappings()
        types.mappings = typeMappings
        types.mapsSQLAlchemyNames = mapsSQLAlchemyNames
        types.applicationSources = applicationSources
        return types
    }
}
