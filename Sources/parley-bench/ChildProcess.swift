import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of another program, as a user would start it: how long it took, its peak memory, what it printed.
struct ChildRun {
    var milliseconds: Double
    /// Peak resident set size of the child, in MiB.
    var peakMiB: Double
    var output: String
    var exitStatus: Int32
}

/// A program started: its process, and where its peak memory will be written when it ends.
struct StartedChild {
    var pid: pid_t
    var peakReport: String
}

/// Starts programs with `posix_spawnp`, each under GNU `time`, and reaps them with `wait4`.
///
/// Linux gives a child the peak memory of the process it was started from (the maximum is carried across
/// `exec`), so `wait4` reported the benchmark's own peak for any program that used less: `less` and `rg`
/// seemed to take 24 MiB, or 94 once the benchmark had held a large output. `time` is small, and reports
/// the peak of the program it starts.
enum ChildProcess {
    static let timeProgram = "/usr/bin/time"

    /// Stops the benchmark, saying why, when GNU `time` is missing.
    static func requireTime() {
        guard !FileManager.default.isExecutableFile(atPath: timeProgram) else { return }
        FileHandle.standardError.write(
            Data("parley-bench: needs GNU time (\(timeProgram), Debian's package time) to measure each program's peak memory\n".utf8))
        exit(1)
    }

    /// Runs `arguments` with its standard output read into memory (stdin and stderr from /dev/null).
    /// With `keepingOutput` off what it prints is read and dropped, for a program that prints more than is
    /// worth holding.
    static func run(_ arguments: [String], environment: [String: String] = [:], keepingOutput: Bool = true) -> ChildRun {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { fatalError("pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let start = DispatchTime.now().uptimeNanoseconds
        let child = spawn(arguments, environment: environment, actions: &actions, newSession: false)
        close(pipeEnds[1])
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count <= 0 { break }
            if keepingOutput { output += buffer[0..<count] }
        }
        close(pipeEnds[0])
        let (status, peak) = reap(child)
        return ChildRun(
            milliseconds: milliseconds(since: start), peakMiB: peak, output: String(decoding: output, as: UTF8.self), exitStatus: status)
    }

    /// Spawns `arguments` (looked up on PATH) under `time`, with the file actions given; the environment is
    /// this process's with `environment` laid over it. Stops the benchmark if the program cannot be started.
    static func spawn(
        _ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t, newSession: Bool
    ) -> StartedChild {
        requireTime()
        guard findable(arguments[0]) else {
            FileHandle.standardError.write(Data("parley-bench: cannot start \(arguments[0]): \(String(cString: strerror(ENOENT)))\n".utf8))
            exit(1)
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-peak-\(UUID().uuidString)").path
        let arguments = [timeProgram, "-f", "%M", "-o", report] + arguments
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if newSession {
            // POSIX_SPAWN_SETSID (glibc 2.26): the child leads a session of its own, away from our terminal.
            posix_spawnattr_setflags(&attributes, 0x80)
        }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard result == 0 else {
            FileHandle.standardError.write(Data("parley-bench: cannot start \(arguments[0]): \(String(cString: strerror(result)))\n".utf8))
            exit(1)
        }
        return StartedChild(pid: pid, peakReport: report)
    }

    /// Whether `program` is a path to a program or a name found on `PATH`, as `posix_spawnp` looks.
    static func findable(_ program: String) -> Bool {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    /// Waits for the child; its exit status and peak resident memory in MiB (NaN when `time` could not say).
    static func reap(_ child: StartedChild) -> (status: Int32, peakMiB: Double) {
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        // The last line: `time` puts a line about a signal that ended the program before it.
        let report = (try? String(contentsOfFile: child.peakReport, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: child.peakReport)
        let kilobytes = report.split(whereSeparator: \.isNewline).last.flatMap { Double($0) }
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), kilobytes.map { $0 / 1024 } ?? .nan)
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
