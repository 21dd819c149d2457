// Running the engines' own command-line tools (bounded waits, output through files, a clean environment) and reading what they print.

import Foundation

/// What one run of a tool printed and how it ended.
struct EngineCommandResult: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String

    var succeeded: Bool { status == 0 }

    /// stderr first: that is where every client puts the server's error message.
    var combinedOutput: String {
        [stderr, stdout]
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

/// One invocation of an external tool.
///
/// Output goes to files rather than pipes: a chatty tool can then never block on a full pipe, and a
/// daemon that a tool forks (pg_ctl start) cannot keep a pipe open and make a reader wait for ever.
/// Standard input is a file too, so a client that stops early cannot raise SIGPIPE in the test process.
struct EngineCommand {
    let engine: EngineKind
    let executable: String
    var arguments: [String]
    /// A file to read standard input from; /dev/null when nil, so no tool ever waits for a terminal.
    var standardInput: String? = nil
    /// Where the tool runs; tools run as the `postgres` user need a directory that user may enter.
    var directory: String? = nil
    var timeout: TimeInterval = 120

    init(_ engine: EngineKind, _ executable: String, _ arguments: [String]) {
        self.engine = engine
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the tool to completion; throws only when it cannot be started or overruns its timeout.
    /// A non-zero exit status is returned, not thrown: callers know what a failure means for them.
    func run(scratch: String) throws -> EngineCommandResult {
        let fileManager = FileManager.default
        let token = UUID().uuidString
        let outPath = (scratch as NSString).appendingPathComponent("\(token).out")
        let errPath = (scratch as NSString).appendingPathComponent("\(token).err")
        defer {
            try? fileManager.removeItem(atPath: outPath)
            try? fileManager.removeItem(atPath: errPath)
        }
        guard fileManager.createFile(atPath: outPath, contents: nil),
            fileManager.createFile(atPath: errPath, contents: nil),
            let outHandle = FileHandle(forWritingAtPath: outPath),
            let errHandle = FileHandle(forWritingAtPath: errPath)
        else {
            throw EngineError(engine, "cannot create output files in '\(scratch)' for '\(executable)'")
        }
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        let inHandle: FileHandle?
        if let standardInput {
            guard let handle = FileHandle(forReadingAtPath: standardInput) else {
                throw EngineError(engine, "cannot read '\(standardInput)' as input for '\(executable)'")
            }
            inHandle = handle
        } else {
            inHandle = nil
        }
        defer { try? inHandle?.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = EngineCommand.environment
        process.standardInput = inHandle ?? FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let directory {
            process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw EngineError(engine, "cannot run '\(executable)': \(error.localizedDescription)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 3) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = finished.wait(timeout: .now() + 3)
            }
            let partial = EngineCommandResult(status: -1, stdout: Self.read(outPath), stderr: Self.read(errPath))
            throw EngineError(
                engine, "'\(([executable] + arguments).joined(separator: " "))' did not finish within \(Int(timeout)) s",
                output: partial.combinedOutput)
        }
        return EngineCommandResult(
            status: process.terminationStatus, stdout: Self.read(outPath), stderr: Self.read(errPath))
    }

    private static func read(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The test process's environment without the variables that point clients at another server or user
    /// (PGHOST, PGPORT, PGDATABASE, MYSQL_HOST, MYSQL_UNIX_PORT, ...), so a developer's shell setup can
    /// neither redirect the tests to a real database nor change what the tools print.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("PG") && !key.hasPrefix("MYSQL") && !key.hasPrefix("MARIADB")
                && !key.hasPrefix("SQLITE") && !key.hasPrefix("LC_") && key != "LANG"
        }
        environment["LC_ALL"] = "C.UTF-8"
        environment["PGCLIENTENCODING"] = "UTF8"
        return environment
    }()

    /// Finds a tool by name on PATH and in the sbin folders, where Debian installs the server binaries
    /// (mariadbd) but a non-root PATH often does not look.
    static func find(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
            }
        }
        return nil
    }
}

/// Text handling the three engines share.
enum EngineOutput {
    /// One row per line; only the final newline is dropped, so a row holding an empty string survives.
    static func rows(_ output: String) -> [String] {
        var text = Substring(output)
        if text.hasSuffix("\n") {
            text = text.dropLast()
        }
        if text.isEmpty {
            return []
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Removes the lines `isVolatile` picks, then collapses the blank runs they leave behind.
    static func normalized(_ dump: String, dropping isVolatile: (String) -> Bool) -> String {
        var lines: [String] = []
        for line in dump.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if isVolatile(line) { continue }
            let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
            if blank && (lines.last?.isEmpty ?? true) { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true {
            lines.removeLast()
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
