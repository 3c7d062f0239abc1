import Foundation
import Testing

/// The real binary in a real (tmux) terminal: what a user sees, and the terminal they get back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct BrowserEndToEndTests {
    static let restoredCheck = #"if stty -a | grep -q -- '-icanon'; then echo TERMINAL-RAW; else echo TERMINAL-RESTORED; fi"#

    func open(width: Int = 80, height: Int = 24, then after: String = restoredCheck) throws -> TmuxSession {
        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(command: "'\(binary)'; \(after)", width: width, height: height)
        try session.waitFor("0 everyone")
        return session
    }

    @Test func findKellyInBothMeetingsSearchJumpAndQuit() throws {
        let session = try open()
        defer { session.close() }
        try session.sendKeys("2")
        // A frame reaches the terminal top line first: wait for text at both ends before reading it.
        var screen = try session.waitFor { $0.contains("Kelly · sync") && $0.contains("Well, thank you for that. It's") }
        #expect(screen.contains("Well, thank you. It's a great"))
        #expect(screen.contains("Well, thank you for that. It's"))
        #expect(screen.contains("turn 1/1") && screen.contains("turn 1/7"))

        try session.sendKeys("Tab", "J")
        screen = try session.waitFor { $0.contains("turn 2/7") && $0.contains("SECRETARY KELLY") }
        #expect(screen.contains("SECRETARY KELLY"))

        try session.sendKeys("0")
        try session.waitFor("everyone · sync")
        try session.type("/deportations")
        try session.sendKeys("Enter")
        screen = try session.waitFor("1/4 · Feb 23: 4 · May 18: 0")
        #expect(screen.contains("deportations"))
        try session.sendKeys("n")
        try session.waitFor("2/4 · Feb 23: 4")

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("TERMINAL-RESTORED"))
        #expect(!screen.contains("0 everyone"), "the browser's screen should be gone after quitting")
    }

    @Test func resizeRelaysOutAndATinyTerminalRecovers() throws {
        let session = try open()
        defer { session.close() }
        try session.resize(width: 120, height: 30)
        var screen = try session.waitFor("Mexico City · Feb 23 2017 ⟷ Washington · May 18 2017")
        #expect(screen.split(separator: "\n").first?.count ?? 0 > 100)
        try session.resize(width: 30, height: 8)
        try session.waitFor("Terminal too small")
        try session.resize(width: 80, height: 24)
        screen = try session.waitFor("0 everyone")
        #expect(!screen.contains("Terminal too small"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func helpListsTheKeys() throws {
        let session = try open()
        defer { session.close() }
        try session.sendKeys("?")
        // Wait for the overlay's body, not its title: the screen can be read between the two.
        let screen = try session.waitFor("next turn of the same speaker")
        #expect(screen.contains("Keys"))
        try session.sendKeys("Escape", "q")
        #expect(try session.waitForExit() == 0)
    }

    /// SIGINT is what Ctrl-C sends in the browser's cbreak mode, SIGQUIT what Ctrl-\ sends; they are
    /// sent to parley alone here, since a key press would also stop the test's own shell around it.
    /// The program must be gone at once: a crash reporter holding it would leave it reading keys.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP, SIGQUIT])
    func aSignalGivesTheTerminalBack(signal: Int32) throws {
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(UUID().uuidString).pid")
        defer { try? FileManager.default.removeItem(at: pidFile) }
        // A script of its own, so `$$` is the pid parley keeps after `exec`.
        let script = pidFile.appendingPathExtension("sh")
        defer { try? FileManager.default.removeItem(at: script) }
        try "echo $$ > '\(pidFile.path)'\nexec '\(TmuxSession.parleyBinary.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: "sh '\(script.path)'; \(Self.restoredCheck)")
        defer { session.close() }
        try session.waitFor("0 everyone")
        let pid = try #require(Int32(String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        let screen = try session.waitFor("TERMINAL-", timeout: .seconds(5))
        #expect(screen.contains("TERMINAL-RESTORED"))
        #expect(!screen.contains("0 everyone"))
    }

    @Test(arguments: ["dumb", "unknown-to-terminfo"])
    func aTerminalThatCannotDrawIsRefusedWithAMessage(term: String) throws {
        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(command: "'\(binary)'; echo STATUS=$?", environment: ["TERM": term])
        defer { session.close() }
        let screen = try session.waitFor("STATUS=")
        #expect(screen.contains("STATUS=1"))
        #expect(screen.contains("parley: the terminal type \"\(term)\""))
    }

    @Test func withoutATerminalItSaysSoAndFails() throws {
        let process = Process()
        process.executableURL = TmuxSession.parleyBinary
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("needs a terminal"))
        #expect(out.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}

/// A comparison view opened, an item picked, and the passage shown side by side.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct ListViewEndToEndTests {
    @Test func keywordInContextItemLandsOnItsPassage() throws {
        let session = try TmuxSession(arguments: [TmuxSession.parleyBinary.path])
        defer { session.close() }
        try session.waitFor("0 everyone")
        try session.type("/deportations")
        try session.sendKeys("Enter", "v", "v")
        var screen = try session.waitFor { $0.contains("8 hits for deportations") && $0.contains("keyword in context") }
        #expect(screen.contains("keyword in context"))
        try session.sendKeys("j", "j", "Enter")
        screen = try session.waitFor { $0.contains("sync ⇅") && $0.contains("deportations will be according to") }
        #expect(screen.contains("deportations will be according to"))
        #expect(screen.contains("turn 8/8"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func aTracedSentenceShowsItsDifferenceThenLandsOnWhatWasSaid() throws {
        let session = try TmuxSession(arguments: [TmuxSession.parleyBinary.path], width: 100, height: 30)
        defer { session.close() }
        try session.waitFor("0 everyone")
        try session.sendKeys("v", "v", "v", "v")
        // The list itself, not the view's title over the progress of the tracing, which would take no key.
        try session.waitFor("50 sentences and quotes")
        // The last trace is the communique's next meeting in Washington, from Tillerson.
        try session.sendKeys("G")
        var screen = try session.waitFor { $0.contains("{+in coming weeks+}") && $0.contains("said by Tillerson") }
        #expect(screen.contains("said by Tillerson at Mexico City · Feb 23 2017"))
        try session.sendKeys("Enter")
        screen = try session.waitFor { $0.contains("sync ⇅") && $0.contains("Washington, D.C. – to continue") }
        #expect(screen.contains("Washington, D.C. – to continue to progress"))
        // The sentence traced is underlined (the default theme's mark for it); the one before it is not.
        let styled = try session.styledScreen()
        #expect(Self.style(before: "And we look", in: styled).contains("[4m"))
        #expect(!Self.style(before: "and long-term prosperity.", in: styled).contains("[4m"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}

extension ListViewEndToEndTests {
    /// The escape sequences written right before `text` on the screen: the style it is drawn in.
    static func style(before text: String, in screen: String) -> String {
        guard let range = screen.range(of: text) else { return "" }
        var start = range.lowerBound
        // Walk back over the run of `ESC [ … m` sequences that ends where the text begins.
        while start > screen.startIndex {
            let before = screen[..<start]
            guard before.hasSuffix("m"), let escape = before.lastIndex(of: "\u{1B}"),
                before[escape...].dropFirst().allSatisfy({ $0 == "[" || $0 == ";" || $0 == "m" || $0.isNumber })
            else { break }
            start = escape
        }
        return String(screen[start..<range.lowerBound])
    }
}

/// Marks outlive the program: set one, quit, start again, go back to it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct MarksEndToEndTests {
    @Test func aMarkSetInOneRunIsThereInTheNext() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("parley-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        let first = try TmuxSession(arguments: [TmuxSession.parleyBinary.path], environment: environment)
        defer { first.close() }
        try first.waitFor("0 everyone")
        try first.sendKeys("J", "J", "J", "m", "k")
        try first.waitFor("mark k set")
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession(arguments: [TmuxSession.parleyBinary.path], environment: environment)
        defer { second.close() }
        try second.waitFor("turn 1/8")
        try second.sendKeys("'", "k")
        let screen = try second.waitFor { $0.contains("turn 4/8") && $0.contains("SECRETARY TILLERSON") }
        #expect(screen.contains("SECRETARY TILLERSON"))
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
    }
}

/// Emoji sequences and flags in the text: the keyword-in-context list keeps its right border in one column.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct EmojiEndToEndTests {
    @Test func keywordInContextBordersStayInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-emoji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, place, date) in [("a.txt", "Springfield, Illinois", "March 3, 2020"), ("b.txt", "Shelbyville, Illinois", "May 5, 2020")]
        {
            try """
            Remarks to the Press
            \(place)
            \(date)

            MAYOR QUIMBY: The bridge 👨‍👩‍👧 will reopen 🇲🇽 on Monday 👍🏽 and the bridge ❤️ tolls stay 🏳️‍🌈 as they are.

            CHIEF WIGGUM: The bridge 🇺🇸🇲🇽 is safe 👩🏾‍💻 for everyone.
            """.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let session = try TmuxSession(arguments: [TmuxSession.parleyBinary.path, "--corpus", folder.path], width: 100, height: 20)
        defer { session.close() }
        try session.waitFor("0 everyone")
        try session.type("/bridge")
        try session.sendKeys("Enter", "v", "v")
        let screen = try session.waitFor { $0.contains("hits for bridge") && $0.contains("Wiggum") && $0.contains("j/k move") }
        let rows = screen.split(separator: "\n").filter { $0.hasPrefix("┃") && ($0.contains("Quimby") || $0.contains("Wiggum")) }
        #expect(rows.count == 6)
        // Columns as the terminal counts them here: the emoji left on screen are two wide, the rest one.
        let borders = Set(rows.map { row in row.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1F000 ? 2 : 1) } })
        #expect(borders.count == 1, "rows end in different columns:\n\(rows.joined(separator: "\n"))")
        #expect(rows.allSatisfy { $0.hasSuffix("┃") })
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
