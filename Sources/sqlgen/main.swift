// The sqlgen executable: runs the command line, writes what it printed, and exits with its code.

import Foundation
import SQLGenCore

/// Writes `text` straight from the string's UTF-8 storage, in as few system calls as the kernel
/// allows. A script for thousands of revisions is megabytes: copying it into `Data` first would
/// double the peak memory.
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

let result = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), leavingResultsToExit: true)
guard result.standardOutputParts.allSatisfy({ writeAll($0, to: STDOUT_FILENO) }) else {
    _ = writeAll("error: cannot write the output: \(String(cString: strerror(errno)))\n", to: STDERR_FILENO)
    exit(CommandResult.failure)
}
_ = writeAll(result.standardError, to: STDERR_FILENO)
exit(result.exitCode)
