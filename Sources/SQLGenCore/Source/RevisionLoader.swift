// Reading a revisions folder: every revision file, read and checked, in a stable order.

import Foundation

public enum RevisionLoader {
    /// Files larger than this are refused before reading: no revision file comes near it, and
    /// it keeps a stray data file from costing memory and time.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Reads every `*.py` file directly in `folder` (not `__init__.py`), sorted by file name so
    /// the same folder always gives the same order. Diagnostics of all files are reported together.
    public static func load(folder: String) throws(DiagnosticError) -> [Revision] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(.revisionsFolderMissing(folder))
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DiagnosticError(.cannotReadFile(folder, reason: error.localizedDescription))
        }
        let files = names.filter { $0.hasSuffix(".py") && $0 != "__init__.py" && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw DiagnosticError(.revisionsFolderEmpty(folder)) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return try read(paths: files.map { prefix + $0 })
    }

    /// Reads the given files, in the given order.
    public static func read(paths: [String]) throws(DiagnosticError) -> [Revision] {
        var revisions: [Revision] = []
        revisions.reserveCapacity(paths.count)
        var diagnostics = DiagnosticBag()
        for path in paths {
            do throws(DiagnosticError) {
                let file = try readFile(path)
                let (revision, fileDiagnostics) = RevisionReader.read(file)
                diagnostics.append(contentsOf: fileDiagnostics)
                if let revision { revisions.append(revision) }
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics.diagnostics) }
        return revisions
    }

    public static func readFile(_ path: String) throws(DiagnosticError) -> SourceFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(.cannotReadFile(path, reason: "no such file, or not readable"))
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        guard size <= maximumFileSize else {
            throw DiagnosticError(.fileTooLarge(path, bytes: size, limit: maximumFileSize))
        }
        do {
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            return SourceFile(path: path, bytes: [UInt8](data))
        } catch {
            throw DiagnosticError(.cannotReadFile(path, reason: error.localizedDescription))
        }
    }
}
