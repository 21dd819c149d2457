// Reading a revisions folder: every revision file, read and checked, in a stable order.

import Foundation
#if canImport(Glibc)
import Glibc
/// The system's `read`, which `Array` and `FileHandle` methods of the same name would hide.
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Where a command's revision files are, and how their hand-written SQL is split.
public struct RevisionSource: Sendable {
    /// Versions folders, in order; all of them form one graph.
    public var folders: [String]
    /// Whether subfolders are read too (Alembic's `recursive_version_locations`).
    public var recursive: Bool
    /// Type mappings; without it, `sqlgen.types` in the first folder that has one.
    public var typesFile: String?
    /// How override files are chosen and split for the target dialect.
    public var overrides: OverrideSyntax
    /// The target dialect's SQLAlchemy name (`postgresql`), which `op.get_bind().dialect.name`
    /// gives the revisions; nil for a command that renders no dialect.
    public var dialectName: String?
    /// Whether a function with an override file is read too (`check`), to say when the override
    /// stands for a function that reads fine. Other commands leave it unread.
    public var readsOverriddenFunctions: Bool
    /// Folders where the application's modules are (`--source-root`, `prepend_sys_path`, the
    /// project root): types a revision imports from them are read from their source.
    public var sourceRoots: [String] = []
    /// `--x KEY=VALUE` values, which `context.get_x_argument()` gives the revisions.
    public var xArguments: [String] = []

    public init(folders: [String], recursive: Bool = false, typesFile: String? = nil, overrides: OverrideSyntax = OverrideSyntax(),
                dialectName: String? = nil, readsOverriddenFunctions: Bool = false) {
        self.folders = folders
        self.recursive = recursive
        self.typesFile = typesFile
        self.overrides = overrides
        self.dialectName = dialectName
        self.readsOverriddenFunctions = readsOverriddenFunctions
    }
}

/// The target dialect as override files name it (`NAME.upgrade.postgres.sql`), and how its
/// scripts separate statements.
public struct OverrideSyntax: Sendable {
    /// The dialect's names and aliases; empty when the command has no dialect.
    public var dialectNames: [String]
    public var batchSeparator: String?
    /// Whether statements keep a final `;` as written (a dialect that writes no terminator).
    public var keepsSemicolons: Bool

    public init(dialectNames: [String] = [], batchSeparator: String? = nil, keepsSemicolons: Bool = false) {
        self.dialectNames = dialectNames
        self.batchSeparator = batchSeparator
        self.keepsSemicolons = keepsSemicolons
    }
}

/// What loading found besides the revisions: warnings a command prints on success.
public struct LoadedRevisions: Sendable {
    public var revisions: [Revision]
    public var warnings: [Diagnostic]
    /// `-v` lines: how each type from outside SQLAlchemy was resolved.
    public var notes: [String] = []
}

public enum RevisionLoader {
    public static let maximumFileSize = Limits.maximumFileSize

    /// The file in a revisions folder that maps types from outside SQLAlchemy (see `TypeMappings`).
    public static let typesFileName = "sqlgen.types"

    /// Reads every `*.py` file directly in `folder` (not `__init__.py`), sorted by file name so
    /// the same folder always gives the same order. Diagnostics of all files are reported together.
    /// `typesFile` adds type mappings; without it, `sqlgen.types` in the folder is used if present.
    public static func load(folder: String, typesFile: String? = nil, functions: MigrationFunctions = .both) throws(DiagnosticError) -> [Revision] {
        try load(RevisionSource(folders: [folder], typesFile: typesFile), functions: functions).revisions
    }

    /// Reads the revision files of `source`: every header, and the functions in `functions`
    /// (a function with an override file is replaced by that file's statements instead). A file
    /// whose header cannot be read stops the load; problems in a function stay with it.
    /// `only` limits the load to those files (paths as a previous load gave them in
    /// `Revision.file`): an upgrade that read every header reads the bodies of its range.
    public static func load(_ source: RevisionSource, functions: MigrationFunctions, only: Set<String>? = nil) throws(DiagnosticError) -> LoadedRevisions {
        var files: [String] = []
        var sqlFiles: Set<String> = []
        for folder in source.folders {
            let listed = try list(folder: folder, recursive: source.recursive)
            files += listed.filter { path in
                // The name after the last `/`, found in the UTF-8 view: splitting the path into
                // characters cost a tenth of `history` over ten thousand files.
                let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
                return name.hasSuffix(".py") && name != "__init__.py" && !name.hasPrefix(".")
            }
            sqlFiles.formUnion(listed.filter { $0.hasSuffix(".sql") })
        }
        if let only { files = files.filter(only.contains) }
        guard !files.isEmpty else { throw DiagnosticError(.revisionsFolderEmpty(source.folders.first ?? ".")) }
        var types = TypeMappings()
        let folderTypes = source.folders.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + typesFileName }.first { FileManager.default.fileExists(atPath: $0) }
        let typesPath = source.typesFile ?? folderTypes
        if let path = typesPath {
            let file = try readFile(path)
            try types.add(fileText: String(decoding: file.bytes, as: UTF8.self), path: path)
        }
        let applicationSources = ApplicationSources(roots: source.sourceRoots, typesFile: typesPath)
        types.applicationSources = applicationSources
        let overrides = files.map { overrideFiles(for: $0, among: sqlFiles, syntax: source.overrides) }
        let reads = overrides.map { override in source.readsOverriddenFunctions ? functions : functions.subtracting(override.functions) }
        var revisions: [Revision] = []
        revisions.reserveCapacity(files.count)
        var diagnostics = DiagnosticBag()
        for (index, (revision, fileDiagnostics)) in readEach(files, functions: reads, types: types, dialect: source.dialectName, xArguments: source.xArguments).enumerated() {
            diagnostics.append(contentsOf: fileDiagnostics)
            guard var revision else { continue }
            for (function, path) in overrides[index].paths where functions.contains(function) {
                let read = function == .upgrade ? revision.upgrade : revision.downgrade
                if read.isRead && !read.hasErrors {
                    diagnostics.warning(.overrideOfReadableFunction(path, function: function == .upgrade ? "upgrade" : "downgrade"), at: nil)
                }
                let body = try overrideBody(path, syntax: source.overrides)
                if function == .upgrade { revision.upgrade = body } else { revision.downgrade = body }
            }
            revisions.append(revision)
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics.diagnostics) }
        return LoadedRevisions(revisions: revisions, warnings: diagnostics.diagnostics, notes: applicationSources.notes)
    }

    /// The paths below `folder` (only its direct entries unless `recursive`), sorted, so the same
    /// folder always gives the same order. Hidden entries and `__pycache__` are left out.
    static func list(folder: String, recursive: Bool) throws(DiagnosticError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(.revisionsFolderMissing(folder))
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DiagnosticError(.cannotReadFile(folder, reason: error.localizedDescription))
        }
        var paths: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") && name != "__pycache__" {
            let path = prefix + name
            var entryIsDirectory: ObjCBool = false
            if recursive, FileManager.default.fileExists(atPath: path, isDirectory: &entryIsDirectory), entryIsDirectory.boolValue {
                paths += try list(folder: path, recursive: true)
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    /// The override files of the revision file at `path`: `NAME.upgrade.DIALECT.sql` wins over
    /// `NAME.upgrade.sql`, and likewise for the downgrade.
    static func overrideFiles(for path: String, among sqlFiles: Set<String>, syntax: OverrideSyntax) -> (functions: MigrationFunctions, paths: [(MigrationFunctions, String)]) {
        guard !sqlFiles.isEmpty else { return ([], []) }
        let stem = String(path.dropLast(3))
        var functions: MigrationFunctions = []
        var paths: [(MigrationFunctions, String)] = []
        for (function, word) in [(MigrationFunctions.upgrade, "upgrade"), (.downgrade, "downgrade")] {
            let candidates = syntax.dialectNames.map { "\(stem).\(word).\($0).sql" } + ["\(stem).\(word).sql"]
            if let found = candidates.first(where: sqlFiles.contains) {
                functions.insert(function)
                paths.append((function, found))
            }
        }
        return (functions, paths)
    }

    /// An override file's statements as the function's body: raw SQL, as `op.execute` gives it.
    static func overrideBody(_ path: String, syntax: OverrideSyntax) throws(DiagnosticError) -> MigrationBody {
        let file = try readFile(path)
        let text = String(decoding: file.bytes, as: UTF8.self)
        let position = file.position(at: 0)
        let statements = SQLStatementSplitter.statements(in: text, batchSeparator: syntax.batchSeparator, keepsSemicolons: syntax.keepsSemicolons)
        // `op.execute` text is SQLAlchemy's `text()`, where `\:` stands for a colon; an override
        // file is plain SQL, so its backslashes before colons are kept.
        let operations = statements.map { Operation(.execute($0.replacingOccurrences(of: "\\:", with: "\\\\:")), at: position) }
        return MigrationBody(operations: operations, overrideFile: path)
    }

    /// One file read and parsed: the revision (nil when its header cannot be read) and its diagnostics.
    static func readOne(_ path: String, functions: MigrationFunctions, types: TypeMappings, dialect: String? = nil, xArguments: [String] = []) -> (revision: Revision?, diagnostics: [Diagnostic]) {
        do throws(DiagnosticError) {
            return RevisionReader.read(try readFile(path), types: types, functions: functions, dialect: dialect, xArguments: xArguments)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Below this many files one thread is quicker than handing work to others.
    static let minimumFilesPerThread = 64

    /// `readOne` for every path, spread over the cores; the results are in the order of `paths`.
    static func readEach(_ paths: [String], functions: [MigrationFunctions], types: TypeMappings, dialect: String? = nil, xArguments: [String] = []) -> [(revision: Revision?, diagnostics: [Diagnostic])] {
        let threads = ParallelWork.threads(for: paths.count, minimumPerThread: minimumFilesPerThread)
        guard threads > 1 else { return paths.indices.map { readOne(paths[$0], functions: functions[$0], types: types, dialect: dialect, xArguments: xArguments) } }
        // Many small chunks rather than one per thread, so that the last ones end close together
        // and no core waits long for another (at 10,000 files, a chunk is under 10 ms of work).
        let chunkSize = max(1, paths.count / (threads * 64))
        let chunks = (paths.count + chunkSize - 1) / chunkSize
        return ParallelWork.map(chunks) { chunk in
            ((chunk * chunkSize)..<min(paths.count, (chunk + 1) * chunkSize)).map { readOne(paths[$0], functions: functions[$0], types: types, dialect: dialect, xArguments: xArguments) }
        }.flatMap { $0 }
    }

    /// Reads a whole file with one `open`, `fstat` and as few `read` calls as the kernel needs,
    /// straight into the array the lexer reads: no `Data` in between, and no copy of it.
    /// Only regular files are read: a FIFO, socket or device named `x.py` would block or never end.
    /// `O_NONBLOCK` keeps `open` itself from waiting for a FIFO's writer; it changes nothing for
    /// a regular file. A refusal of the file as a whole is reported at its line 1, column 1.
    public static func readFile(_ path: String) throws(DiagnosticError) -> SourceFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw DiagnosticError(.cannotReadFile(path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw DiagnosticError(.cannotReadFile(path, reason: String(cString: strerror(errno))))
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw DiagnosticError(.cannotReadFile(path, reason: "it is a directory"))
        }
        let start = SourceFile(path: path, bytes: []).position(at: 0)
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw DiagnosticError(.notRegularFile(path, kind: fileKind(status.st_mode)), at: start)
        }
        let size = Int(status.st_size)
        guard size <= maximumFileSize else {
            throw DiagnosticError(.fileTooLarge(path, bytes: size, limit: maximumFileSize), at: start)
        }
        var failure: Int32 = 0
        // One byte more than the size, so that a file that grew since `fstat` is still read to its end.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let got = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        guard failure == 0 else {
            throw DiagnosticError(.cannotReadFile(path, reason: String(cString: strerror(failure))))
        }
        // A file that grew past the buffer: read the rest, still within the size limit.
        if bytes.count == size + 1 {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= maximumFileSize {
                let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    if got < 0 { throw DiagnosticError(.cannotReadFile(path, reason: String(cString: strerror(errno)))) }
                    break
                }
                bytes.append(contentsOf: chunk[0..<got])
            }
            guard bytes.count <= maximumFileSize else {
                throw DiagnosticError(.fileTooLarge(path, bytes: bytes.count, limit: maximumFileSize), at: start)
            }
        }
        return SourceFile(path: path, bytes: bytes)
    }

    /// What a file that is not a regular file is, for the message.
    static func fileKind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
    }
}
