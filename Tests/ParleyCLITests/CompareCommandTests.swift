import Foundation
import ParleyUI
import Testing

@testable import parley

struct CompareCommandTests {
    @Test func jsonHoldsBothMeetingsInDateOrder() throws {
        let json = try parley("compare", "kelly", "--json").json()
        #expect((json["speaker"] as? [String: Any])?["id"] as? String == "kelly")
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["id"] as? String } == ["2017-02-23-mexico-city", "2017-05-18-washington"])
        #expect(meetings.map { ($0["turns"] as? [Any])?.count } == [1, 7])
        #expect(meetings.allSatisfy { $0["date"] is String && $0["place"] is String })
        #expect(try parley("compare", "kelly", "--format", "json").json().keys.sorted() == json.keys.sorted())
    }

    @Test func meetingsOptionPicksTheOrder() throws {
        let json = try parley("compare", "osorio", "--meetings", "may,feb", "--json").json()
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["id"] as? String } == ["2017-05-18-washington", "2017-02-23-mexico-city"])
        #expect(meetings.map { ($0["turns"] as? [Any])?.count } == [2, 1])
    }

    @Test func textIsTwoColumnsFittedToTheWidth() throws {
        let result = parley("compare", "kelly", environment: ["COLUMNS": "90"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 90 })
        let divided = lines.filter { $0.contains(" │ ") || $0.hasSuffix(" │") }
        #expect(divided.count > 20)
        let columns = Set(divided.map { line in DisplayWidth.of(line[..<line.firstIndex(of: "│")!]) })
        #expect(columns == [(90 - 3) / 2 + 1])
        #expect(lines.contains { $0.hasPrefix("Mexico City · Feb 23 2017") && $0.hasSuffix("Washington · May 18 2017") })
        #expect(lines.contains { $0.hasPrefix("1 turn, ") && $0.contains("│ 7 turns, ") })
    }

    @Test func defaultWidthIsAHundred() {
        let lines = parley("compare", "tillerson").out.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 100 })
        #expect(lines.contains { DisplayWidth.of($0) > 90 })
    }

    @Test func markdownHasATableAndASectionPerMeeting() {
        let out = parley("compare", "kelly", "--format", "markdown").out
        #expect(out.hasPrefix("# John Kelly: "))
        #expect(out.contains("| `2017-02-23-mexico-city` | 2017-02-23 | Mexico City, Mexico | 1 |"))
        #expect(out.contains("\n## Mexico City · Feb 23 2017\n"))
        #expect(out.contains("\n## Washington · May 18 2017\n"))
        #expect(out.components(separatedBy: "\n### SECRETARY KELLY · turn").count - 1 == 8)
    }

    @Test func jsonAndAnotherFormatTogetherIsAUsageError() {
        let result = parley("compare", "kelly", "--json", "--format", "markdown")
        #expect(result.status == 2)
        #expect(!result.err.isEmpty)
    }

    @Test func meetingsNeedsTwoNames() {
        #expect(parley("compare", "kelly", "--meetings", "feb,").status == 2)
        #expect(parley("compare", "kelly", "--meetings", "feb").status == 2)
        #expect(parley("compare", "kelly", "--meetings", "feb,may,feb").status == 2)
    }

    @Test func theSameMeetingTwiceIsRefused() {
        let result = parley("compare", "kelly", "--meetings", "feb,mexico")
        #expect(result.status == 1)
        #expect(result.err.contains("twice"))
    }
}
