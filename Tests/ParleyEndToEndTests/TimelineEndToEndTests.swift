import Foundation
import Testing

/// An archive of several meetings in a real terminal: pick a meeting by part of its date, follow a
/// speaker to their next meeting, open the timeline of a word and go to a meeting from it, then narrow
/// the archive to a year.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct TimelineEndToEndTests {
    @Test func pickAMeetingFollowASpeakerAndOpenATimelineForAWord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let transcript = ArchiveBrowsingTests.transcript
        let meetings = [
            (
                "a.txt",
                transcript(
                    "Remarks on the Border", "Mexico City, Mexico", "March 3, 2017",
                    [
                        ("SECRETARY KELLY", "The cartels work both sides of the border."),
                        ("FOREIGN SECRETARY VIDEGARAY", "Mexico welcomes the talks."),
                    ])
            ),
            (
                "b.txt",
                transcript(
                    "Press Availability on Trade", "Washington, DC", "May 18, 2017",
                    [("SECRETARY TILLERSON", "Trade was our subject today."), ("SECRETARY KELLY", "And security, as always.")])
            ),
            (
                "c.txt",
                transcript(
                    "Remarks on Energy", "Houston, Texas", "October 18, 2017",
                    [("SECRETARY TILLERSON", "Energy ties our economies together."), ("MODERATOR", "Thank you all.")])
            ),
            (
                "d.txt",
                transcript(
                    "Briefing on Security", "Monterrey, Mexico", "June 9, 2018",
                    [
                        ("SECRETARY KELLY", "The cartels, the cartels and again the cartels."),
                        ("SECRETARY TILLERSON", "A shared responsibility."),
                    ])
            ),
        ]
        for (name, text) in meetings { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }

        let session = try TmuxSession(
            command: "'\(TmuxSession.parleyBinary.path)' --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)", width: 100,
            height: 30)
        defer { session.close() }
        _ = try session.waitFor { $0.contains("0 everyone") && $0.contains("Mexico City · Mar 3 2017") }

        // Part of a date puts Houston in the right pane.
        try session.sendKeys("Tab", "M")
        try session.type("2017-10")
        _ = try session.waitFor("1 of 4")
        try session.sendKeys("Enter")
        var screen = try session.waitFor("right pane: Houston · Oct 18 2017 (3 of 4)")

        // Tillerson, on top in Houston, is followed to his next meeting, Monterrey.
        try session.sendKeys("}")
        screen = try session.waitFor("Tillerson: right pane: Monterrey · Jun 9 2018 (4 of 4)")
        #expect(screen.contains("A shared responsibility."))

        // The timeline of a word: everyone shown, a search, then v to the last view.
        try session.type("/cartels")
        try session.sendKeys("Enter")
        _ = try session.waitFor("/cartels")
        for _ in 0..<6 { try session.sendKeys("v") }
        screen = try session.waitFor("\"cartels\" said at 2 of 4 meetings: 4 hits")
        #expect(screen.contains("2017-03-03 Mexico City"))
        #expect(screen.contains("2018-06-09 Monterrey"))
        #expect(screen.contains("█"))
        #expect(screen.contains("Kelly"))

        // Enter on Monterrey finds it in the right pane, on Kelly's turn with the first hit.
        try session.sendKeys("j", "Enter")
        screen = try session.waitFor { $0.contains("The cartels, the cartels") && !$0.contains("said at 2 of 4") }

        // Narrowed to 2017, the timeline keeps to that year and the status line says so.
        try session.sendKeys("D")
        try session.type("2017")
        try session.sendKeys("Enter")
        screen = try session.waitFor("3 of 4 meetings are dated 2017")
        for _ in 0..<6 { try session.sendKeys("v") }
        screen = try session.waitFor("\"cartels\" said at 1 of 3 meetings (2017): 1 hit")
        #expect(screen.contains(" dates 2017"))

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("TERMINAL-RESTORED"))
    }
}
