// The sqlgen executable: runs the command line and exits with its code.

import Foundation
import SQLGenCore

let result = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(result.standardOutput.utf8))
FileHandle.standardError.write(Data(result.standardError.utf8))
exit(result.exitCode)
