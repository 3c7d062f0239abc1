import Foundation
import Testing

@testable import parley

/// `parley timeline` and the date range every command that reads the corpus takes.
struct TimelineCommandTests {
    @Test func speakerTimelineIsAnAlignedTableWithHitsAsBars() {
        let result = parley("timeline", "kelly", "mexico")
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "John Kelly (kelly) spoke at 2 of 2 meetings · \"mexico\": 23 hits in their turns")
        #expect(lines[1].hasPrefix("date        place                turns  words  share  hits"))
        #expect(lines[2].hasPrefix("2017-02-23  Mexico City, Mexico      1    879  29.0%    10  ███████████████"))
        // The meeting with the most hits has the full bar, twenty cells.
        #expect(lines[3].hasSuffix("    13  " + String(repeating: "█", count: 20)))
        #expect(lines[4].hasPrefix("total ") && lines[4].hasSuffix("8   2126           23"))
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    @Test func speakerTimelineWithoutAQueryHasNoHitsColumn() {
        let result = parley("timeline", "videgaray")
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("Luis Videgaray Caso (videgaray) spoke at 2 of 2 meetings\n"))
        #expect(!result.out.contains("hits"))
    }

    @Test func allTimelineHasTheTopSpeakersAsColumns() {
        let result = parley("timeline", "--all", "mexico", "--columns", "2")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\"mexico\" said at 2 of 2 meetings: 79 hits")
        #expect(lines[1].hasSuffix("Videgaray  Kelly"))
        #expect(lines[2].contains("    30  ") && lines[2].contains("11 █"))
        #expect(lines[4].hasSuffix("24         23"))
    }

    /// Tillerson's 4 and 12 hits: the counts right-aligned, each column's bars start in one place.
    @Test func eachSpeakerColumnsBarsStartInOnePlace() {
        let lines = parley("timeline", "--all", "mexico", "--columns", "4").out.split(separator: "\n").map(String.init)
        #expect(lines[2].hasSuffix("11 █████▏  10 ████▋    4 █▉       5 ██▎"))
        #expect(lines[3].hasSuffix("13 ██████  13 ██████  12 █████▌   6 ██▊"))
        func barStarts(_ line: String) -> [Int] {
            let cells = Array(line)
            return cells.indices.filter { $0 > 0 && cells[$0 - 1] == " " && "▏▎▍▌▋▊▉█".contains(cells[$0]) }
        }
        #expect(barStarts(lines[2]) == barStarts(lines[3]))
    }

    @Test func jsonGivesEveryMeetingsCountsAndWhereToStartReading() throws {
        let json = try parley("timeline", "kelly", "border", "--json").json()
        #expect((json["speaker"] as? [String: Any])?["id"] as? String == "kelly")
        #expect(json["query"] as? String == "border")
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(
            meetings.map { ($0["meeting"] as? [String: Any])?["id"] as? String } == ["2017-02-23-mexico-city", "2017-05-18-washington"])
        #expect(meetings.map { $0["turns"] as? Int } == [1, 7])
        let hits = meetings.compactMap { $0["hits"] as? Int }
        #expect(json["totalHits"] as? Int == hits.reduce(0, +))
        #expect(meetings.allSatisfy { $0["opening"] is [String: Any] })
        #expect(json["columns"] as? [Any] != nil)
    }

    @Test func csvHasAHeaderAndARowPerMeeting() {
        let result = parley("timeline", "--all", "mexico", "--format", "csv", "--columns", "1")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "speaker,query,meeting,date,place,turns,words,share,hits,hits_videgaray")
        #expect(lines[1] == ",mexico,2017-02-23-mexico-city,2017-02-23,\"Mexico City, Mexico\",8,3030,,30,11")
        #expect(lines.count == 3)
    }

    @Test func anUnknownSpeakerOffersTheNamesNearItAndFails() {
        let result = parley("timeline", "tilerson", "mexico")
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err == "parley: no speaker matches 'tilerson'; did you mean tillerson (Rex W. Tillerson)?\n")
        let nothingNear = parley("timeline", "qqqqqq")
        #expect(nothingNear.status == 1)
        #expect(nothingNear.err.contains("no speaker matches 'qqqqqq'"))
    }

    @Test func allTakesOnlyAQuery() {
        #expect(parley("timeline", "--all", "kelly", "mexico").status == 2)
        #expect(parley("timeline", "kelly", "...").status == 2)
    }

    @Test func fromAndToNarrowEveryCommandBeforeOrAfterTheSubcommand() throws {
        for arguments in [["search", "mexico", "--from", "2017-05", "--json"], ["--from", "2017-05", "search", "mexico", "--json"]] {
            let json = try parley(arguments: arguments).json()
            #expect((json["byMeeting"] as? [String: Int])?.keys.sorted() == ["2017-05-18-washington"], "\(arguments)")
        }
        let meetings = parley("meetings", "--to", "2017-02")
        #expect(meetings.status == 0)
        #expect(meetings.out.contains("2017-02-23-mexico-city") && !meetings.out.contains("washington"))
        let stats = try parley("stats", "--from", "2017-02-23", "--to", "2017-02-23", "--json").json()
        #expect(stats["meetings"] as? [String] == ["2017-02-23-mexico-city"])
        let timeline = parley("timeline", "kelly", "--from", "2017")
        #expect(timeline.out.hasPrefix("John Kelly (kelly) spoke at 2 of 2 meetings"))
    }

    @Test func aRangeWithNoMeetingSaysSoAndFails() {
        let result = parley("speakers", "--from", "2018")
        #expect(result.status == 1)
        #expect(result.err == "parley: no meeting of the corpus is dated from 2018; its meetings run from 2017-02-23 to 2017-05-18\n")
    }

    @Test(arguments: [["--from", "2017-13"], ["--to", "17"], ["--from", "2017-06", "--to", "2017-05"]])
    func aBadDateIsAUsageError(_ range: [String]) {
        let result = parley(arguments: ["meetings"] + range)
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("Error: "))
        #expect(result.out.isEmpty)
    }

    @Test func aCommandThatReadsNoCorpusRefusesADateRange() {
        let result = parley("inspect", "--from", "2017", "x.txt")
        #expect(result.status == 2)
        #expect(result.err.contains("'--from' is not an option of 'parley inspect'"))
    }
}
