// A revision file's bytes and the mapping from byte offsets to lines and columns.

import Foundation

/// One file as sqlgen read it. Tokens and operations keep byte offsets into `bytes`;
/// lines and columns are worked out only when a diagnostic needs them.
public final class SourceFile: Sendable {
    /// The path as the user should see it in diagnostics (relative when the user gave it so).
    public let path: String
    public let bytes: [UInt8]

    /// Line breaks are read as Python reads them: `\r\n` and a lone `\r` become `\n`, so strings and
    /// docstrings of a file saved with Windows line endings hold the same text as on Unix.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        let hasCarriageReturn = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), buffer.count) != nil } ?? false
        }
        guard hasCarriageReturn else {
            self.bytes = bytes
            return
        }
        var normalized = [UInt8]()
        normalized.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                normalized.append(UInt8(ascii: "\n"))
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        self.bytes = normalized
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The position of a byte offset, 1-based line and column (columns count characters, not bytes).
    public func position(at offset: Int) -> SourcePosition {
        SourcePosition(file: self, offset: min(max(offset, 0), bytes.count))
    }

    /// Byte range of the line that contains `offset`, without its line break.
    func lineRange(containing offset: Int) -> Range<Int> {
        var start = min(offset, bytes.count)
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return start..<end
    }
}

/// A place in a source file. Equal positions are the same file path and byte offset.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public let file: SourceFile
    public let offset: Int

    public var path: String { file.path }

    /// 1-based line number.
    /// Counted with `memchr`: a diagnostic near the end of a large file would otherwise cost a
    /// byte-by-byte loop over megabytes, once per diagnostic printed.
    public var line: Int {
        file.bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return 1 }
            let end = UnsafeRawPointer(start + offset)
            var cursor = UnsafeRawPointer(start)
            var line = 1
            while cursor < end, let found = memchr(cursor, Int32(UInt8(ascii: "\n")), end - cursor) {
                line += 1
                cursor = UnsafeRawPointer(found) + 1
            }
            return line
        }
    }

    /// 1-based column, counted in characters from the start of the line.
    public var column: Int {
        let lineStart = file.lineRange(containing: offset).lowerBound
        return String(decoding: file.bytes[lineStart..<offset], as: UTF8.self).count + 1
    }

    /// The text of the line this position is on, for the excerpt under a diagnostic.
    public var lineText: String {
        String(decoding: file.bytes[file.lineRange(containing: offset)], as: UTF8.self)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func == (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.file.path == rhs.file.path && lhs.offset == rhs.offset
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file.path)
        hasher.combine(offset)
    }
}
