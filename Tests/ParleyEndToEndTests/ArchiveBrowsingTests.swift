import Foundation
import Testing

/// A folder of several meetings: pick two by typing part of a date, then follow a speaker to their next meeting.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct ArchiveBrowsingTests {
    static func transcript(title: String, place: String, date: String, turns: [(String, String)]) -> String {
        ([title, place, date, ""] + turns.map { "\($0.0): \($0.1)\n" }).joined(separator: "\n")
    }

    @Test func pickTwoMeetingsByDateThenFollowASpeaker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let meetings = [
            (
                "a.txt",
                Self.transcript(
                    title: "Remarks on the Border", place: "Mexico City, Mexico", date: "March 3, 2017",
                    turns: [
                        ("SECRETARY KELLY", "We met today to talk about the border."),
                        ("FOREIGN SECRETARY VIDEGARAY", "Mexico welcomes the talks."),
                    ])
            ),
            (
                "b.txt",
                Self.transcript(
                    title: "Press Availability on Trade", place: "Washington, DC", date: "May 18, 2017",
                    turns: [("SECRETARY TILLERSON", "Trade was our subject today."), ("SECRETARY KELLY", "And security, as always.")])
            ),
            (
                "c.txt",
                Self.transcript(
                    title: "Remarks on Energy", place: "Houston, Texas", date: "October 18, 2017",
                    turns: [("SECRETARY TILLERSON", "Energy ties our economies together."), ("MODERATOR", "Thank you all.")])
            ),
            (
                "d.txt",
                Self.transcript(
                    title: "Briefing on Migration", place: "Monterrey, Mexico", date: "June 9, 2018",
                    turns: [
                        ("FOREIGN SECRETARY VIDEGARAY", "We spoke of migration in Monterrey."),
                        ("SECRETARY TILLERSON", "A shared responsibility."),
                    ])
            ),
        ]
        for (name, text) in meetings { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }

        let binary = TmuxSession.parleyBinary.path
        let session = try TmuxSession(
            command: "'\(binary)' --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)", width: 100, height: 30)
        defer { session.close() }
        var screen = try session.waitFor { $0.contains("0 everyone") && $0.contains("Mexico City · Mar 3 2017") }
        #expect(screen.contains("Washington · May 18 2017"))

        // Part of a date puts October 2017 in the left pane, part of another June 2018 in the right.
        try session.sendKeys("M")
        screen = try session.waitFor("4 of 4")
        try session.type("2017-10")
        screen = try session.waitFor("1 of 4")
        try session.sendKeys("Enter")
        screen = try session.waitFor("left pane: Houston · Oct 18 2017 (3 of 4)")
        try session.sendKeys("M")
        try session.type("jun 9")
        _ = try session.waitFor("1 of 4")
        try session.sendKeys("Tab")
        screen = try session.waitFor("right pane: Monterrey · Jun 9 2018 (4 of 4)")
        #expect(screen.contains("Houston · Oct 18 2017"))
        #expect(screen.contains("We spoke of migration in Monterrey."))

        // Videgaray opens the right pane; his previous meeting skips Houston and Washington, where he did not speak.
        try session.sendKeys("{")
        screen = try session.waitFor("Videgaray: right pane: Mexico City · Mar 3 2017 (1 of 4)")
        #expect(screen.contains("Mexico welcomes the talks."))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("TERMINAL-RESTORED"))
    }
}
