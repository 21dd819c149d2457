// Writing a script to a file all or nothing: a temporary file beside the target, renamed over it only when complete.

import Foundation
#if canImport(Glibc)
import Glibc
/// The system's `write`, which the method of the same name would hide.
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// A reviewed script must never be left half-written: a full disk, a signal or a write error
/// half-way must leave the target as it was. The text goes to a new temporary file in the
/// target's folder (so that the rename stays on one file system), is flushed to disk with
/// `fsync`, and is renamed over the target; `rename` replaces the target in one step, so a reader
/// sees the old file or the new one, never part of one. On any failure the temporary file is
/// removed and the target is left untouched. Reusable by any command that writes files (the
/// release command will).
public struct OutputFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Why a write failed, for the message the command prints.
    public struct Failure: Error, Sendable, Equatable {
        public var reason: String
    }

    /// Writes `parts`, one after another, as the whole new content of the file. The file gets the
    /// permissions a new file gets (0666 less the umask), whatever the target had.
    public func write(_ parts: [String]) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(reason: "it is a directory")
        }
        // A new name of our own (O_EXCL), created with the permissions any new file gets (0666
        // less the umask), hidden beside the target.
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 where descriptor < 0 {
            temporary = folder + "/." + url.lastPathComponent + ".sqlgen-" + UUID().uuidString.prefix(12)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 && errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var completed = false
        defer {
            if !completed { unlink(temporary) }
        }
        let filled = Result { () throws(Failure) in try Self.fill(descriptor, with: parts) }
        let closed = close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        if case .failure(let failure) = filled { throw failure }
        if let closed { throw Failure(reason: closed) }
        guard rename(temporary, path) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        completed = true
    }

    /// The parts, then a flush to disk.
    static func fill(_ descriptor: Int32, with parts: [String]) throws(Failure) {
        for part in parts { try writeAll(part, to: descriptor) }
        guard fsync(descriptor) == 0 else {
            throw Failure(reason: String(cString: strerror(errno)))
        }
    }

    /// Every byte of `text`, from the string's own UTF-8 storage, in as few `write` calls as
    /// the kernel allows.
    static func writeAll(_ text: String, to descriptor: Int32) throws(Failure) {
        var text = text
        let failure: Int32 = text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
        if failure != 0 { throw Failure(reason: String(cString: strerror(failure))) }
    }
}
