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

/// Starts programs with `posix_spawnp` and reaps them with `wait4`, which reports the child's own peak memory.
enum ChildProcess {
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
        let pid = spawn(arguments, environment: environment, actions: &actions, newSession: false)
        close(pipeEnds[1])
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count <= 0 { break }
            if keepingOutput { output += buffer[0..<count] }
        }
        close(pipeEnds[0])
        let (status, peak) = reap(pid)
        return ChildRun(
            milliseconds: milliseconds(since: start), peakMiB: peak, output: String(decoding: output, as: UTF8.self), exitStatus: status)
    }

    /// Spawns `arguments` (looked up on PATH) with the file actions given; the environment is this process's
    /// with `environment` laid over it. Stops the benchmark if the program cannot be started.
    static func spawn(
        _ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t, newSession: Bool
    ) -> pid_t {
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
        return pid
    }

    /// Waits for the child; its exit status and peak resident memory in MiB.
    static func reap(_ pid: pid_t) -> (status: Int32, peakMiB: Double) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), Double(usage.ru_maxrss) / 1024)
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
