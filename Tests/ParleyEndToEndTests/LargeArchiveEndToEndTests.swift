import Foundation
import Testing

/// An archive of hundreds of meetings in a real terminal: two meetings picked by typing part of their
/// dates, a speaker followed to their next meeting, and the timeline of a word, for that speaker and for
/// everyone. The archive is written here, one transcript a day made from the built-in ones; when
/// `PARLEY_ARCHIVE` names a folder (such as the 100 MB test corpus) the same steps run against it, with
/// the user's own corpus cache so that a warm store stays warm. What the screens must say is asked of the
/// command line (`parley meetings` and `parley timeline`) on the same archive.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed, so terminal tests cannot run"))
struct LargeArchiveEndToEndTests {
    static let meetingCount = 300
    static let word = "cartels"
    static let speaker = "kelly"

    struct MeetingList: Decodable {
        struct Entry: Decodable {
            struct Document: Decodable { var kind: String }
            var id: String
            var date: String?
            var title: String
            var documents: [Document]
        }
        var meetings: [Entry]
    }

    struct TimelineJSON: Decodable {
        struct Speaker: Decodable { var name: String }
        struct Row: Decodable {
            struct Meeting: Decodable { var id: String }
            var meeting: Meeting
        }
        var speaker: Speaker?
        var meetings: [Row]
        var meetingsLookedAt: Int
        var totalTurns: Int
        var totalWords: Int
        var totalHits: Int?
    }

    @Test func pickTwoMeetingsByDateFollowASpeakerAndOpenATimelineForAWord() throws {
        let given = ProcessInfo.processInfo.environment["PARLEY_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = given.map { URL(fileURLWithPath: $0) } ?? scratch.appendingPathComponent("archive")
        if given == nil { try Self.writeArchive(to: folder, meetings: Self.meetingCount) }
        // A given archive keeps the user's corpus cache (its store may be warm); a written one gets its own.
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let cache =
            given == nil
            ? scratch.appendingPathComponent("cache").path
            : ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? (home as NSString).appendingPathComponent(".cache")
        let timeout: Duration = given == nil ? .seconds(60) : .seconds(180)

        // What the screens must show, from the command line.
        let list = try JSONDecoder().decode(MeetingList.self, from: Self.parley(["meetings", "--json"], folder, cache: cache))
        let meetings = list.meetings.filter { $0.documents.contains { $0.kind == "transcript" } }
        let total = meetings.count
        let followed = try JSONDecoder().decode(
            TimelineJSON.self, from: Self.parley(["timeline", Self.speaker, Self.word, "--json"], folder, cache: cache))
        let everyone = try JSONDecoder().decode(
            TimelineJSON.self, from: Self.parley(["timeline", "--all", Self.word, "--json"], folder, cache: cache))
        let days = Dictionary(grouping: meetings.compactMap(\.date), by: { $0 }).filter { $0.value.count == 1 }.keys
        func position(_ id: String) -> Int { (meetings.firstIndex { $0.id == id } ?? -2) + 1 }
        // The speaker's second meeting goes in the right pane, to be followed to their third; the left pane
        // gets the archive's last meeting. Each must be the only one on its day, to be picked by its date.
        let spoken = followed.meetings.map(\.meeting.id)
        try #require(spoken.count >= 3, "\(Self.speaker) speaks at fewer than three meetings of \(folder.path)")
        let right = try #require(meetings.first { $0.id == spoken[1] })
        let next = try #require(meetings.first { $0.id == spoken[2] })
        let left = try #require(meetings.last)
        for meeting in [left, right] { try #require(meeting.date.map(days.contains) == true, "\(meeting.id) shares its day") }
        if given == nil {
            #expect(total == Self.meetingCount)
            // The speaker is at every third meeting, so following him skips two.
            #expect(position(next.id) == position(right.id) + 3)
        }

        let session = try TmuxSession(
            command: "'\(TmuxSession.parleyBinary.path)' --corpus '\(folder.path)'; \(BrowserEndToEndTests.restoredCheck)", width: 160,
            height: 45, environment: ["XDG_CACHE_HOME": cache])
        defer { session.close() }
        _ = try session.waitFor("0 everyone", timeout: timeout)

        // Left: a month narrows the picker, the day picks the meeting.
        try pick(left, total: total, meetings: meetings, key: "Enter", session: session)
        try session.waitFor("left pane: \(left.title) (\(position(left.id)) of \(total))")
        // Right: the same, and Tab puts it in the other pane.
        try pick(right, total: total, meetings: meetings, key: "Tab", session: session)
        var screen = try session.waitFor("right pane: \(right.title) (\(position(right.id)) of \(total))")
        #expect(screen.contains(left.title))

        // The speaker, chosen by name, followed to their next meeting.
        try session.sendKeys("S")
        try session.type(Self.speaker)
        try session.sendKeys("Enter")
        try session.sendKeys("}")
        screen = try session.waitFor("right pane: \(next.title) (\(position(next.id)) of \(total))", timeout: timeout)

        // The word's timeline, straight from the panes: the speaker's, then everyone's, as `parley timeline`
        // counts them.
        try session.type("/" + Self.word)
        try session.sendKeys("Enter", "W")
        let name = try #require(followed.speaker?.name)
        let hits = try #require(followed.totalHits)
        screen = try session.waitFor(
            "\(name) spoke at \(followed.meetings.count) of \(Self.plural(followed.meetingsLookedAt, "meeting")) · "
                + "\(Self.plural(followed.totalTurns, "turn")), \(followed.totalWords) words · \"\(Self.word)\": \(Self.plural(hits, "hit"))",
            timeout: timeout)
        #expect(screen.contains("█") || hits == 0)
        try session.sendKeys("0")
        let allHits = try #require(everyone.totalHits)
        screen = try session.waitFor(
            "\"\(Self.word)\" said at \(everyone.meetings.count) of \(Self.plural(everyone.meetingsLookedAt, "meeting")): "
                + Self.plural(allHits, "hit"), timeout: timeout)

        // Enter on the first row opens that meeting beside the other pane.
        let first = try #require(everyone.meetings.first.flatMap { row in meetings.first { $0.id == row.meeting.id } })
        try session.sendKeys("Enter")
        screen = try session.waitFor({ !$0.contains("\" said at ") && $0.contains(first.title) }, timeout: timeout)

        try session.sendKeys("q")
        #expect(try session.waitForExit(timeout: timeout) == 0)
        screen = try session.waitFor("TERMINAL-")
        #expect(screen.contains("TERMINAL-RESTORED"))
    }

    /// Opens the meeting picker, types the meeting's month (expecting the meetings of that month), then
    /// its day (expecting it alone), and puts it in a pane with `key`.
    func pick(_ meeting: MeetingList.Entry, total: Int, meetings: [MeetingList.Entry], key: String, session: TmuxSession) throws {
        let date = try #require(meeting.date)
        let month = String(date.prefix(7))
        try session.sendKeys("M")
        try session.waitFor("\(total) of \(total)")
        try session.type(month)
        let inMonth = meetings.filter { $0.date?.hasPrefix(month) == true }.count
        try session.waitFor("\(inMonth) of \(total)")
        try session.type(String(date.dropFirst(7)))
        try session.waitFor("1 of \(total)")
        try session.sendKeys(key)
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// `parley ARGUMENTS --corpus FOLDER`'s standard output; fails the test unless it exits with 0.
    static func parley(_ arguments: [String], _ folder: URL, cache: String) throws -> Data {
        let process = Process()
        process.executableURL = TmuxSession.parleyBinary
        process.arguments = arguments + ["--corpus", folder.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "parley \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        return data
    }

    /// `count` transcripts, one a day from January 1 2000, made from the built-in transcripts in turn, each
    /// set in one of a few places; Kelly speaks at every third meeting only (Nielsen at the others).
    static func writeArchive(to folder: URL, meetings count: Int) throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ParleyModel/Resources/Corpus")
        let transcripts = try ["000_38b1e850a037519c.txt", "001_75070c29d9ffe5c3.txt"].map {
            try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8)
        }
        // Where each built-in transcript says where and when it was said.
        let headings = ["Mexico City, Mexico\nFebruary 23, 2017", "Dean Acheson Auditorium Washington, DC May 18, 2017"]
        let places = ["Mexico City, Mexico", "Washington, DC", "Houston, Texas", "Monterrey, Mexico", "Ottawa, Canada"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = try #require(calendar.date(from: DateComponents(year: 2000, month: 1, day: 1)))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let when = try #require(calendar.date(byAdding: .day, value: i, to: start))
            let day = calendar.dateComponents([.year, .month, .day], from: when)
            let date = "\(months[day.month! - 1]) \(day.day!), \(day.year!)"
            var text = transcripts[i % transcripts.count]
            for heading in headings { text = text.replacingOccurrences(of: heading, with: places[i % places.count] + "\n" + date) }
            if i % 3 != 0 { text = text.replacingOccurrences(of: "SECRETARY KELLY:", with: "SECRETARY NIELSEN:") }
            try text.write(to: folder.appendingPathComponent(String(format: "m%05d.txt", i)), atomically: true, encoding: .utf8)
        }
    }
}
