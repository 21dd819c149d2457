// Running the engines' own command-line tools (bounded waits, output through files, a clean environment) and reading what they print.

import Foundation

/// What one run of a tool printed and how it ended.
struct EngineCommandResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended the tool.
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

    private var commandLine: String { ([executable] + arguments).joined(separator: " ") }

    /// Runs the tool to completion; throws only when it cannot be started or overruns its timeout.
    /// A non-zero exit status is returned, not thrown: callers know what a failure means for them.
    func run(scratch: String) throws -> EngineCommandResult {
        let token = UUID().uuidString
        let outPath = (scratch as NSString).appendingPathComponent("\(token).out")
        let errPath = (scratch as NSString).appendingPathComponent("\(token).err")
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        let pid: pid_t
        do {
            let files = try EngineSpawn.Files(input: standardInput, output: outPath, error: errPath, appending: false)
            defer { files.close() }
            pid = try EngineSpawn.spawn(executable, arguments, files: files, directory: directory, newProcessGroup: false)
        } catch let failure as EngineSpawn.Failure {
            throw EngineError(engine, "cannot run '\(commandLine)': \(failure.reason)")
        }
        guard let status = EngineSpawn.wait(pid, timeout: timeout) else {
            EngineSpawn.stop(pid)
            let partial = EngineCommandResult(status: -1, stdout: Self.read(outPath), stderr: Self.read(errPath))
            throw EngineError(engine, "'\(commandLine)' did not finish within \(Int(timeout)) s", output: partial.combinedOutput)
        }
        return EngineCommandResult(status: status, stdout: Self.read(outPath), stderr: Self.read(errPath))
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
        let folders = path.split(separator: ":").map(String.init)
            + ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
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

/// Starting and reaping child processes with posix_spawn rather than Foundation's Process.
///
/// Process learns that a child ended when a socket it hands to the child reaches end-of-file, and every
/// descendant inherits that socket: a server forked by `pg_ctl start` keeps it open, so Process waits for
/// pg_ctl until the server stops. It also closes the parent's other descriptors with a list computed before
/// the spawn, so a descriptor another test opens at that moment can leak into a long-lived server and make
/// that test wait for ever. Here every child closes all descriptors above stderr after the fork
/// (posix_spawn_file_actions_addclosefrom_np) and is reaped with waitpid, pid by pid.
enum EngineSpawn {
    struct Failure: Error {
        let reason: String
    }

    /// The child's standard input, output and error, opened close-on-exec so no other child inherits them.
    struct Files {
        let input: Int32
        let output: Int32
        let error: Int32

        init(input: String?, output: String, error: String, appending: Bool) throws {
            let mode = O_WRONLY | O_CREAT | O_CLOEXEC | (appending ? O_APPEND : O_TRUNC)
            let inputPath = input ?? "/dev/null"
            let inputFD = open(inputPath, O_RDONLY | O_CLOEXEC)
            guard inputFD >= 0 else {
                throw Failure(reason: "cannot open '\(inputPath)': \(EngineSpawn.lastError())")
            }
            let outputFD = open(output, mode, 0o600)
            guard outputFD >= 0 else {
                let reason = "cannot create '\(output)': \(EngineSpawn.lastError())"
                closeDescriptor(inputFD)
                throw Failure(reason: reason)
            }
            let errorFD = output == error ? dup(outputFD) : open(error, mode, 0o600)
            guard errorFD >= 0 else {
                let reason = "cannot create '\(error)': \(EngineSpawn.lastError())"
                closeDescriptor(inputFD)
                closeDescriptor(outputFD)
                throw Failure(reason: reason)
            }
            self.input = inputFD
            self.output = outputFD
            self.error = errorFD
        }

        func close() {
            closeDescriptor(input)
            closeDescriptor(output)
            closeDescriptor(error)
        }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    /// A free function's name: inside `Files`, `close` means its own method.
    static func closeDescriptor(_ descriptor: Int32) {
        close(descriptor)
    }

    #if os(Linux)
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc has both since 2.34 (Debian 12 ships 2.36), but Swift's Glibc module does not declare these
    /// GNU extensions, so they are looked up by name.
    private struct Extensions: @unchecked Sendable {
        let closeFrom: CloseFrom?
        let changeDirectory: ChangeDirectory?
    }

    private static let extensions: Extensions = {
        let handle = dlopen(nil, RTLD_NOW)
        let closeFrom = dlsym(handle, "posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: CloseFrom.self) }
        let changeDirectory = dlsym(handle, "posix_spawn_file_actions_addchdir_np").map { unsafeBitCast($0, to: ChangeDirectory.self) }
        return Extensions(closeFrom: closeFrom, changeDirectory: changeDirectory)
    }()
    #endif

    /// Starts the child and returns its pid. With `newProcessGroup` the child gets a process group of its own,
    /// so a Ctrl-C meant for `swift test` does not reach a server; the exit handler and the watchdog stop it.
    static func spawn(
        _ executable: String, _ arguments: [String], files: Files, directory: String?, newProcessGroup: Bool
    ) throws -> pid_t {
        #if !os(Linux)
        throw Failure(reason: "the engine tests start their servers on Linux only")
        #else
        guard let closeFrom = extensions.closeFrom, let changeDirectory = extensions.changeDirectory else {
            throw Failure(reason: "this C library lacks posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or newer is needed)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, files.input, 0)
        posix_spawn_file_actions_adddup2(&actions, files.output, 1)
        posix_spawn_file_actions_adddup2(&actions, files.error, 2)
        if let directory {
            _ = directory.withCString { changeDirectory(&actions, $0) }
        }
        _ = closeFrom(&actions, 3)

        // The test process's threads may block or ignore signals; a server must start with the defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if newProcessGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = EngineCommand.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            environment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard result == 0 else {
            throw Failure(reason: String(cString: strerror(result)))
        }
        return pid
        #endif
    }

    /// The child's exit status (128 + signal when a signal ended it), reaping it; nil once `timeout` passes.
    /// Polls with a short, growing sleep: a blocking waitpid could not be given a deadline.
    static func wait(_ pid: pid_t, timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 1_000
        while true {
            if let status = reap(pid) {
                return status
            }
            if Date() >= deadline {
                return nil
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// The exit status if the child has ended (and reaps it), nil while it runs. A pid that is not our
    /// child (already reaped) counts as ended, with status -1.
    static func reap(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == 0 {
            return nil
        }
        if result < 0 {
            return errno == EINTR ? nil : -1
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// SIGTERM, then SIGKILL if the child is still there after three seconds; always reaps it.
    static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        if wait(pid, timeout: 3) == nil {
            kill(pid, SIGKILL)
            _ = wait(pid, timeout: 3)
        }
    }
}

/// Text handling the three engines share.
enum EngineOutput {
    /// One row per line; only the final newline is dropped, so a row holding an empty string survives
    /// (except a single empty row, which reads as no rows).
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

    /// The end of a server's log, where the reason it stopped is; the start is routine notes.
    static func logTail(_ path: String, lines count: Int = 30) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return lines.suffix(count).joined(separator: "\n")
    }

    /// The line of a tool's output that most likely says why it failed: the first that mentions an error,
    /// else the first line.
    static func reason(_ output: String) -> String? {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let error = lines.first { line in
            let lowered = line.lowercased()
            return lowered.contains("error") || lowered.contains("fatal")
        }
        return error ?? lines.first
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
