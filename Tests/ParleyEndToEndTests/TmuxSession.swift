import Foundation

/// A program running in a terminal of its own: a private tmux server with one pane of a fixed size,
/// which a test types into and reads back the way a person sees it.
///
/// Needs no terminal of its own, so it runs under CI with standard input from /dev/null.
/// The pane gets `TERM=xterm-256color` and a UTF-8 locale, and the variables that change how
/// programs choose colours (`NO_COLOR`, `COLORFGBG`, `COLORTERM`) are removed unless given in
/// `environment`. Waiting is always by polling the screen, never by fixed sleeps.
///
///     let session = try TmuxSession(arguments: [TmuxSession.parleyBinary.path])
///     defer { session.close() }
///     try session.waitFor("Mexico City")
///     try session.sendKeys("j", "Tab")
///     try session.type("/deport")
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let defaultTimeout: Duration = .seconds(15)
    private static let pollInterval: Duration = .milliseconds(50)
    private static let sessionName = "main"

    /// The tmux executable, or nil when it is not installed.
    static let tmuxPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { tmuxPath != nil }

    /// The `parley` executable built alongside the tests.
    static var parleyBinary: URL {
        let candidates = productsDirectories.map { $0.appendingPathComponent("parley") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// Where the build put the test runner, most specific first, and finally the default debug folder
    /// of the package this file belongs to.
    private static var productsDirectories: [URL] {
        var folders: [URL] = []
        // On Linux the tests run inside an executable in the products folder.
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        // On macOS they run in an .xctest bundle in the products folder.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders
    }

    let socketName: String
    private let tmux: String
    private let statusFile: URL
    /// tmux leaves its socket file behind after kill-server; removed in `close()`.
    private var socketPath: String?
    private var serverProcess: pid_t?
    private var isClosed = false

    /// Starts `command` (a `/bin/sh` command line) in a `width`×`height` pane.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = Self.tmuxPath else { throw Failure(message: "tmux is not installed") }
        self.tmux = tmux
        socketName = "parley-test-\(getpid())-\(Self.nextSessionNumber())"
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socketName).status")
        try? FileManager.default.removeItem(at: statusFile)

        // A config folder that is not there, so the user's own settings never change what a test sees.
        let defaults = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": "/nonexistent/parley-test-config",
            // Each test run's own corpus cache, never the user's.
            "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-cache-\(getpid())").path,
        ]
        let exports = (defaults.merging(environment) { $1 })
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=\(Self.shellQuoted($0.value))" }
            .joined(separator: " ")
        let unset = ["NO_COLOR", "COLORFGBG", "COLORTERM"].filter { environment[$0] == nil }
        let partial = Self.shellQuoted(statusFile.path + ".partial")
        // The command runs in a subshell so its own `exit` cannot skip the rest. The exit status goes to a
        // file (renamed into place so it is never read half-written), and the pane stays open so the last
        // screen can still be read.
        let script = """
            \(unset.isEmpty ? "" : "unset \(unset.joined(separator: " "))")
            export \(exports)
            (
            \(command)
            )
            echo $? > \(partial) && mv \(partial) \(Self.shellQuoted(statusFile.path))
            exec sleep 86400
            """
        try run([
            "start-server", ";",
            "set-option", "-g", "status", "off", ";",
            // Programs may set tmux's paste buffer with OSC 52, as they would a terminal's clipboard.
            "set-option", "-s", "set-clipboard", "on", ";",
            "new-session", "-d", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)", "/bin/sh", "-c", script,
        ])
        let server = try? run(["display-message", "-p", "#{pid} #{socket_path}"])
        if let server, let space = server.firstIndex(of: " ") {
            serverProcess = pid_t(server[..<space])
            socketPath = String(server[server.index(after: space)...])
        }
    }

    /// Starts a program with arguments, each passed as it is.
    convenience init(arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try self.init(
            command: arguments.map(Self.shellQuoted).joined(separator: " "), width: width, height: height,
            environment: environment)
    }

    deinit { close() }

    /// Presses keys, named as tmux names them: `"j"`, `"Enter"`, `"C-c"`, `"Escape"`, `"BTab"`, `"PPage"`.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.sessionName] + keys)
    }

    /// Types text exactly as given, with no key names.
    func type(_ literal: String) throws {
        try run(["send-keys", "-t", Self.sessionName, "-l", "--", literal])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.sessionName, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's text, one line per row, trailing spaces trimmed.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", Self.sessionName])
    }

    /// tmux's newest paste buffer: what a program last copied with OSC 52; nil when nothing was copied.
    func pasteBuffer() -> String? {
        try? run(["show-buffer"])
    }

    /// The pane's text with colours and attributes as SGR escape sequences.
    func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", Self.sessionName])
    }

    /// Waits until the screen shows `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = defaultTimeout) throws -> String {
        try waitFor({ $0.contains(text) }, timeout: timeout, expecting: "\"\(text)\"")
    }

    /// Waits until `predicate` holds for the screen; returns that screen.
    @discardableResult
    func waitFor(_ predicate: (String) -> Bool, timeout: Duration = defaultTimeout) throws -> String {
        try waitFor(predicate, timeout: timeout, expecting: "the expected screen")
    }

    /// Waits for the command to end and returns its exit status (128 + n when killed by signal n).
    @discardableResult
    func waitForExit(timeout: Duration = defaultTimeout) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(message: "the command was still running after \(timeout); screen:\n\((try? screen()) ?? "")")
            }
            Thread.sleep(forTimeInterval: Self.seconds(Self.pollInterval))
        }
    }

    /// Whether this session's tmux server is still up.
    var isServerRunning: Bool {
        (try? run(["list-sessions"])) != nil
    }

    /// Stops the server and everything running in it. Safe to call more than once.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
        // kill-server returns before the server has gone; wait a little so nothing outlives the session.
        if let serverProcess {
            let deadline = ContinuousClock.now + .seconds(5)
            while Self.isAlive(serverProcess), ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        try? FileManager.default.removeItem(at: statusFile)
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: - Private

    private func waitFor(_ predicate: (String) -> Bool, timeout: Duration, expecting what: String) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while true {
            last = try screen()
            if predicate(last) { return last }
            guard ContinuousClock.now < deadline else {
                throw Failure(message: "waited \(timeout) for \(what); the screen was:\n\(last)")
            }
            Thread.sleep(forTimeInterval: Self.seconds(Self.pollInterval))
        }
    }

    /// Runs a tmux command against this session's server and returns what it printed.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        // Inside another tmux these would point commands at the outer server.
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try Self.spawn(tmux, ["-L", socketName, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            let message = result.errors.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: "tmux \(arguments.first ?? "") failed (\(result.status)): \(message)")
        }
        var text = result.output
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs a program to completion and collects its output.
    ///
    /// Not `Process`: the first tmux command forks the server, which must start with no signals
    /// blocked (test threads block most of them, and a server inheriting that mask never dies on
    /// kill-server) and must hold no pipe of ours open (reading the output would then never end).
    /// So the child gets an empty signal mask, default signal actions, and files for its output.
    private static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]
    ) throws -> (status: Int32, output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory
        let outputFile = folder.appendingPathComponent("tmux-\(UUID().uuidString).out")
        let errorFile = folder.appendingPathComponent("tmux-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child = pid_t()
        let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(message: "could not start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(message: "lost track of \(executable)") }
        }
        // The shell's convention: the exit code, or 128 + the signal that ended it.
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let output = (try? Data(contentsOf: outputFile)) ?? Data()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return (exitStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// Running, as opposed to gone or a zombie waiting to be reaped by whoever adopted it.
    private static func isAlive(_ process: pid_t) -> Bool {
        if let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
            let end = stat.range(of: ") ", options: .backwards)
        {
            return stat[end.upperBound...].first != "Z"
        }
        return kill(process, 0) == 0
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    private static let counter = SessionCounter()

    private static func nextSessionNumber() -> Int { counter.next() }
}

/// Numbers sessions so tests running in parallel never share a tmux server.
private final class SessionCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
