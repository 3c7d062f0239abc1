import Foundation
import Testing

/// Colour on each kind of terminal, the clipboard, and the config file, in a real (tmux) terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct HabitsEndToEndTests {
    static func terminfoHas(_ name: String) -> Bool {
        ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"].contains { folder in
            FileManager.default.fileExists(atPath: "\(folder)/\(name.prefix(1))/\(name)")
        }
    }

    /// The foreground the unfocused pane's title (the default theme's muted grey, #8a8a8a) is drawn in:
    /// the last colour set on its row before the title, as `38;2;r;g;b`, `38;5;n` or `3n`/`9n`.
    func paneTitleForeground(term: String, colorTerm: String? = nil) throws -> String {
        var environment = ["TERM": term]
        if let colorTerm { environment["COLORTERM"] = colorTerm }
        let session = try TmuxSession(
            arguments: [TmuxSession.parleyBinary.path], width: 100, height: 24, environment: environment)
        defer { session.close() }
        try session.waitFor { $0.contains("0 everyone") && $0.contains("┌ Washington") }
        let styled = try session.styledScreen()
        let row = try #require(styled.split(separator: "\n").first { $0.contains("┌") })
        let before = row[..<(try #require(row.range(of: " Washington · May 18 2017"))).lowerBound]
        var foreground = ""
        for sequence in before.split(separator: "\u{1B}[").map({ $0.prefix { $0 != "m" } }) {
            var codes = sequence.split(separator: ";").map(String.init)
            while let code = codes.first {
                codes.removeFirst()
                if code == "38" {
                    let count = codes.first == "2" ? 4 : 2
                    foreground = (["38"] + codes.prefix(count)).joined(separator: ";")
                    codes.removeFirst(min(count, codes.count))
                } else if code == "39" || code == "0" {
                    foreground = ""
                } else if let n = Int(code), (30...37).contains(n) || (90...97).contains(n) {
                    foreground = code
                }
            }
        }
        return foreground
    }

    @Test(.enabled(if: terminfoHas("xterm-direct"), "the xterm-direct terminfo entry (ncurses-term) is not installed"))
    func aDirectColourTerminalGetsTheThemesRGB() throws {
        #expect(try paneTitleForeground(term: "xterm-direct") == "38;2;138;138;138")
    }

    @Test(.enabled(if: terminfoHas("xterm-direct"), "the xterm-direct terminfo entry (ncurses-term) is not installed"))
    func aTrueColourTerminalWithA256ColourTermGetsRGBToo() throws {
        #expect(try paneTitleForeground(term: "xterm-256color", colorTerm: "truecolor") == "38;2;138;138;138")
    }

    @Test func a256ColourTerminalGetsTheNearestGreyOfTheRamp() throws {
        #expect(try paneTitleForeground(term: "xterm-256color") == "38;5;245")
    }

    @Test(.enabled(if: terminfoHas("xterm-16color"), "the xterm-16color terminfo entry (ncurses-term) is not installed"))
    func aSixteenColourTerminalGetsBrightBlack() throws {
        #expect(try paneTitleForeground(term: "xterm-16color") == "90")
    }

    @Test func anEightColourTerminalGetsWhite() throws {
        #expect(try paneTitleForeground(term: "xterm") == "37")
    }

    @Test func yCopiesThePassageOnTopWithItsCitation() throws {
        let session = try TmuxSession(arguments: [TmuxSession.parleyBinary.path], width: 100, height: 24)
        defer { session.close() }
        try session.waitFor("0 everyone")
        try session.sendKeys("y")
        let screen = try session.waitFor("copied: 000_38b1e850a037519c.txt:")
        #expect(screen.contains("copied: 000_38b1e850a037519c.txt:"))
        let copied = try #require(session.pasteBuffer())
        #expect(copied.hasPrefix("\""))
        #expect(copied.contains("\"\n— Moderator (Mexico City), Mexico City · Feb 23 2017, turn 1 ¶1, 000_38b1e850a037519c.txt:"))
        // Nothing of the escape reached the screen.
        #expect(!(try session.screen()).contains("52;c;"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func theConfigFileSetsSyncAndKeysAndTKeepsTheTheme() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("parley")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config.toml")
        try "sync = false\n\n[keys]\nquit = \"Q\"\n".write(to: file, atomically: true, encoding: .utf8)

        let session = try TmuxSession(
            arguments: [TmuxSession.parleyBinary.path], width: 100, height: 24, environment: ["XDG_CONFIG_HOME": home.path])
        defer { session.close() }
        var screen = try session.waitFor("0 everyone")
        #expect(screen.contains("sync off"))
        #expect(screen.contains("Q quit"))
        try session.sendKeys("t")
        try session.waitFor("theme: high-contrast")
        try session.sendKeys("T")
        screen = try session.waitFor("kept in")
        #expect(screen.contains("theme high-contrast kept in"))
        // q is no longer quit; Q is.
        try session.sendKeys("q", "Q")
        #expect(try session.waitForExit() == 0)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == "theme = \"high-contrast\"\nsync = false\n\n[keys]\nquit = \"Q\"\n")
    }

    @Test func aBadConfigFileIsShownWithItsLineAndTheBrowserStillOpens() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("parley")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "sync = maybe\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(
            arguments: [TmuxSession.parleyBinary.path], width: 120, height: 24, environment: ["XDG_CONFIG_HOME": home.path])
        defer { session.close() }
        let screen = try session.waitFor("0 everyone")
        #expect(screen.contains("config.toml:1:"))
        #expect(screen.contains("sync ⇅"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}

/// Long output through the pager, as git pages it, only on a terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct PagerEndToEndTests {
    /// Runs `parley` with `arguments` in a terminal, with a pager that marks every line it shows.
    func run(_ arguments: String, pager: String = "sed s/^/PAGED:/") throws -> String {
        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(
            command: "'\(binary)' \(arguments); echo DONE-$?", width: 100, height: 40, environment: ["PAGER": pager])
        defer { session.close() }
        return try session.waitFor("DONE-")
    }

    @Test func onATerminalOutputGoesThroughThePager() throws {
        let screen = try run("speakers")
        #expect(screen.contains("PAGED:ID "))
        #expect(screen.contains("DONE-0"))
    }

    @Test func noPagerAndAPipeAndAnEmptyPagerPrintDirectly() throws {
        #expect(!(try run("speakers --no-pager")).contains("PAGED:"))
        #expect(!(try run("speakers | cat")).contains("PAGED:"))
        let screen = try run("speakers", pager: "")
        #expect(!screen.contains("PAGED:") && screen.contains("ID "))
    }

    @Test func thePagerDoesNotInheritParleysIgnoredBrokenPipe() throws {
        let binary = TmuxSession.parleyBinary.path
        let show = #"awk '/^SigIgn/ { print "WHO:" $2 }' /proc/self/status"#
        let session = try TmuxSession(
            command: "\(show.replacingOccurrences(of: "WHO", with: "SHELL")); '\(binary)' speakers; echo DONE-$?", width: 100, height: 40,
            environment: ["PAGER": show.replacingOccurrences(of: "WHO", with: "PAGER") + "; cat >/dev/null"])
        defer { session.close() }
        let screen = try session.waitFor("DONE-")
        func brokenPipeIgnored(_ who: String) throws -> Bool {
            let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("\(who):") })
            let mask = try #require(UInt64(line.dropFirst(who.count + 1).prefix { $0.isHexDigit }, radix: 16))
            return mask & (1 << (UInt64(SIGPIPE) - 1)) != 0
        }
        #expect(try brokenPipeIgnored("PAGER") == brokenPipeIgnored("SHELL"))
    }

    @Test func theDefaultPagerIsLessThatQuitsWhenTheOutputFits() throws {
        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(command: "unset PAGER; '\(binary)' meetings; echo DONE-$?", width: 100, height: 40)
        defer { session.close() }
        let screen = try session.waitFor("DONE-")
        #expect(screen.contains("2017-05-18-washington"))
        #expect(screen.contains("DONE-0"))
    }
}
