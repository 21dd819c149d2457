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

public enum RevisionLoader {
    /// Files larger than this are refused before reading: no revision file comes near it, and
    /// it keeps a stray data file from costing memory and time.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// The file in a revisions folder that maps types from outside SQLAlchemy (see `TypeMappings`).
    public static let typesFileName = "sqlgen.types"

    /// Reads every `*.py` file directly in `folder` (not `__init__.py`), sorted by file name so
    /// the same folder always gives the same order. Diagnostics of all files are reported together.
    /// `typesFile` adds type mappings; without it, `sqlgen.types` in the folder is used if present.
    public static func load(folder: String, typesFile: String? = nil) throws(DiagnosticError) -> [Revision] {
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
        var types = TypeMappings()
        let folderTypes = prefix + typesFileName
        if let path = typesFile ?? (FileManager.default.fileExists(atPath: folderTypes) ? folderTypes : nil) {
            let file = try readFile(path)
            try types.add(fileText: String(decoding: file.bytes, as: UTF8.self), path: path)
        }
        return try read(paths: files.map { prefix + $0 }, types: types)
    }

    /// Reads the given files, in the given order. Files are independent of each other, so they
    /// are read and parsed on all cores; revisions and diagnostics still come out in the order of
    /// `paths`, so a run prints the same whatever the scheduling.
    public static func read(paths: [String], types: TypeMappings = TypeMappings()) throws(DiagnosticError) -> [Revision] {
        var revisions: [Revision] = []
        revisions.reserveCapacity(paths.count)
        var diagnostics = DiagnosticBag()
        for (revision, fileDiagnostics) in readEach(paths, types: types) {
            diagnostics.append(contentsOf: fileDiagnostics)
            if let revision { revisions.append(revision) }
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics.diagnostics) }
        return revisions
    }

    /// One file read and parsed: the revision (nil when the file has errors) and its diagnostics.
    static func readOne(_ path: String, types: TypeMappings) -> (revision: Revision?, diagnostics: [Diagnostic]) {
        do throws(DiagnosticError) {
            return RevisionReader.read(try readFile(path), types: types)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Below this many files one thread is quicker than handing work to others.
    static let minimumFilesPerThread = 64

    /// `readOne` for every path, spread over the cores; the results are in the order of `paths`.
    static func readEach(_ paths: [String], types: TypeMappings) -> [(revision: Revision?, diagnostics: [Diagnostic])] {
        let threads = ParallelWork.threads(for: paths.count, minimumPerThread: minimumFilesPerThread)
        guard threads > 1 else { return paths.map { readOne($0, types: types) } }
        // Many small chunks rather than one per thread, so that the last ones end close together
        // and no core waits long for another (at 10,000 files, a chunk is under 10 ms of work).
        let chunkSize = max(1, paths.count / (threads * 64))
        let chunks = (paths.count + chunkSize - 1) / chunkSize
        return ParallelWork.map(chunks) { chunk in
            ((chunk * chunkSize)..<min(paths.count, (chunk + 1) * chunkSize)).map { readOne(paths[$0], types: types) }
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
