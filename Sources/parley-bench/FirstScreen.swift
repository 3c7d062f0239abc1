import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Times how long a full-screen program takes to draw its first screen in a pseudo-terminal of a given
/// size: the time of the last byte it writes before it falls quiet, which is when a user sees the whole
/// screen. A program that is silent while it loads is given a `marker` its screen shows once drawn, and
/// its quiet counts only after that. Then it presses `q` and reaps the program.
enum FirstScreen {
    /// How long the program must write nothing for its first screen to count as drawn.
    static let quietMilliseconds: Int32 = 400

    /// With `typing`, each group of keys is sent once the screen before has fallen quiet (the first once the
    /// first screen is drawn), and the run's time is instead from sending the last group to the last byte of
    /// the screen it brings: the groups before it only set the scene. Its peak memory counts them all.
    static func measure(
        _ arguments: [String], marker: String? = nil, rows: UInt16 = 40, columns: UInt16 = 120,
        environment: [String: String] = [:], typing: [String] = []
    ) -> ChildRun {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &size) == 0 else {
            fatalError("openpty: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, terminal, descriptor) }
        posix_spawn_file_actions_addclose(&actions, controller)
        posix_spawn_file_actions_addclose(&actions, terminal)
        var environment = environment
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        let start = DispatchTime.now().uptimeNanoseconds
        let child = ChildProcess.spawn(arguments, environment: environment, actions: &actions, newSession: true)
        close(terminal)
        var last = start
        var screen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let markerBytes = marker.map { Array($0.utf8) }
        var markerSeen = marker == nil
        while true {
            var ready = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, markerSeen ? quietMilliseconds : 600_000) > 0 else { break }
            let count = read(controller, &buffer, buffer.count)
            if count <= 0 { break }
            screen += buffer[0..<count]
            last = DispatchTime.now().uptimeNanoseconds
            if !markerSeen, let markerBytes {
                // Only the newest bytes can complete the marker.
                let tail = screen.suffix(count + markerBytes.count)
                markerSeen = tail.firstRange(of: markerBytes) != nil
            }
        }
        var drawn = Double(last - start) / 1_000_000
        for keys in typing {
            let sent = DispatchTime.now().uptimeNanoseconds
            _ = keys.withCString { write(controller, $0, strlen($0)) }
            var answered = sent
            while true {
                var ready = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, quietMilliseconds) > 0 else { break }
                let count = read(controller, &buffer, buffer.count)
                if count <= 0 { break }
                screen += buffer[0..<count]
                answered = DispatchTime.now().uptimeNanoseconds
            }
            drawn = Double(answered - sent) / 1_000_000
        }
        _ = "q".withCString { write(controller, $0, 1) }
        // Keep reading so the program can finish writing its last screen and exit: after a cold start it
        // first finishes writing its cache, which the next run needs.
        while true {
            var ready = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 120_000) > 0, read(controller, &buffer, buffer.count) > 0 else { break }
        }
        // The whole session: the program, and `time` above it.
        kill(-child.pid, SIGTERM)
        let (status, peak) = ChildProcess.reap(child)
        close(controller)
        return ChildRun(milliseconds: drawn, peakMiB: peak, output: String(decoding: screen, as: UTF8.self), exitStatus: status)
    }
}
