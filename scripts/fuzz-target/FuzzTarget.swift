// The libFuzzer entry point: arbitrary bytes as one revision file, through every command sqlgen has.
//
// Compiled by `scripts/fuzz` together with the SQLGenCore sources into one instrumented
// executable (`-sanitize=fuzzer,address`); the package's own build never sees this file.

import Foundation

/// The folder the input is written to, one per fuzzing process, made on the first run.
nonisolated(unsafe) private var fuzzFolder: String?

/// Every command that reads a revision body, for every dialect: upgrade and downgrade render,
/// `check` replays and checks, `schema` and `parse` print what was read, `history` walks the graph.
private let commands: [[String]] = {
    var commands: [[String]] = []
    for dialect in ["postgres", "mysql", "sqlite", "mssql", "oracle"] {
        commands.append(["upgrade", "base:heads", "--dialect", dialect])
        commands.append(["downgrade", "heads:base", "--dialect", dialect])
        commands.append(["check", "--dialect", dialect])
    }
    commands.append(["schema", "--dialect", "postgres"])
    commands.append(["history", "--verbose"])
    return commands
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let folder: String
    if let existing = fuzzFolder {
        folder = existing
    } else {
        folder = NSTemporaryDirectory() + "sqlgen-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        fuzzFolder = folder
    }
    let path = folder + "/a_fuzz.py"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    // `parse` reads the file itself, the other commands read it as the only revision of a folder.
    // A file `parse` refuses fails every other command the same way, in the same reader: most
    // mutated inputs stop here, which makes a run many times quicker.
    guard CommandLineTool.run(["parse", path]).exitCode == CommandResult.success else { return 0 }
    for command in commands {
        _ = CommandLineTool.run(command + ["--revisions", folder])
    }
    return 0
}
