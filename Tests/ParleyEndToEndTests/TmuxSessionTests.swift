import Foundation
import Testing

/// The harness the end-to-end tests stand on, checked with small shell commands.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct TmuxSessionTests {
    @Test func typedTextReachesTheCommandAndTheScreenIsRead() throws {
        let session = try TmuxSession(command: #"printf 'ready\n'; IFS= read -r line; printf 'got <%s>\n' "$line""#)
        defer { session.close() }
        try session.waitFor("ready")
        try session.type("Peña — 日本 'quoted' -dash ")
        // A key name typed as text stays text.
        try session.type("Enter")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("got <")
        #expect(screen.contains("got <Peña — 日本 'quoted' -dash Enter>"))
    }

    @Test func keyNamesArriveAsTheirBytes() throws {
        let session = try TmuxSession(
            command: "stty raw -echo; echo ready; dd bs=1 count=4 2>/dev/null | od -An -tx1; stty sane")
        defer { session.close() }
        try session.waitFor("ready")
        try session.sendKeys("C-a", "Escape", "Tab", "Enter")
        let screen = try session.waitFor { $0.contains("01 1b 09 0d") }
        #expect(screen.contains("01 1b 09 0d"))
    }

    @Test func paneHasTheRequestedSizeAndSeesResizes() throws {
        let session = try TmuxSession(command: "stty size; while read -r line; do stty size; done", width: 33, height: 7)
        defer { session.close() }
        try session.waitFor("7 33")
        try session.resize(width: 41, height: 9)
        try session.sendKeys("Enter")
        let screen = try session.waitFor("9 41")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 9)
    }

    @Test func paneHasATerminalTypeAndUTF8Locale() throws {
        let session = try TmuxSession(
            command: #"echo "[$TERM] [$LANG] [$LC_ALL] [$EXTRA]""#, environment: ["EXTRA": "it's a b"])
        defer { session.close() }
        try session.waitFor("[xterm-256color] [C.UTF-8] [C.UTF-8] [it's a b]")
    }

    @Test func argumentsArePassedAsGiven() throws {
        let session = try TmuxSession(arguments: ["/bin/sh", "-c", #"printf '<%s>' "$@""#, "sh", "two words", "it's", "$HOME"])
        defer { session.close() }
        try session.waitFor("<two words><it's><$HOME>")
    }

    @Test func exitStatusIsReturnedAndTheLastScreenStays() throws {
        let session = try TmuxSession(command: "echo leaving; exit 3")
        defer { session.close() }
        #expect(try session.waitForExit() == 3)
        #expect(try session.screen().contains("leaving"))
    }

    @Test func exitBySignalIsReportedAsShellsDo() throws {
        let session = try TmuxSession(command: #"sh -c 'kill -TERM $$'"#)
        defer { session.close() }
        #expect(try session.waitForExit() == 128 + SIGTERM)
    }

    @Test func waitingForSomethingThatNeverShowsFailsWithTheScreen() throws {
        let session = try TmuxSession(command: "echo only this; sleep 30")
        defer { session.close() }
        try session.waitFor("only this")
        let failure = #expect(throws: TmuxSession.Failure.self) {
            try session.waitFor("never shown", timeout: .milliseconds(300))
        }
        #expect(failure?.message.contains("only this") == true)
    }

    @Test func waitingForExitOfARunningCommandFails() throws {
        let session = try TmuxSession(command: "sleep 30")
        defer { session.close() }
        #expect(throws: TmuxSession.Failure.self) {
            try session.waitForExit(timeout: .milliseconds(300))
        }
    }

    @Test func styledScreenKeepsColoursThatScreenDrops() throws {
        let session = try TmuxSession(command: #"printf '\033[1;31mred\033[0m plain\n'"#)
        defer { session.close() }
        let plain = try session.waitFor("red plain")
        let styled = try session.styledScreen()
        #expect(!plain.contains("\u{1B}"))
        #expect(styled.contains("\u{1B}[1m"))
        #expect(styled.contains("31m"))
        #expect(styled.contains("red"))
    }

    @Test func serverIsGoneAfterClose() throws {
        let session = try TmuxSession(command: "sleep 30")
        try session.waitFor { _ in true }
        #expect(session.isServerRunning)
        session.close()
        #expect(!session.isServerRunning)
        #expect(!serverProcessExists(socketName: session.socketName))
        session.close()
    }

    @Test func sessionsDoNotShareAServer() throws {
        let first = try TmuxSession(command: "echo first; sleep 30")
        let second = try TmuxSession(command: "echo second; sleep 30")
        defer {
            first.close()
            second.close()
        }
        #expect(first.socketName != second.socketName)
        try first.waitFor("first")
        try second.waitFor("second")
        #expect(!(try first.screen().contains("second")))
    }

    @Test func parleyBinaryIsTheBuiltExecutable() {
        let binary = TmuxSession.parleyBinary
        #expect(binary.lastPathComponent == "parley")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "no executable at \(binary.path)")
    }

    /// Whether a tmux server for this socket name is still running, zombies aside (Linux only; elsewhere false).
    private func serverProcessExists(socketName: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return false }
        return entries.contains { entry in
            guard Int(entry) != nil,
                let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return false }
            let arguments = commandLine.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let state = (try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8))?
                .components(separatedBy: ") ").last?.first
            return arguments.first?.hasSuffix("tmux") == true && arguments.contains(socketName) && state != "Z"
        }
    }
}
