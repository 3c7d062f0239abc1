import Testing

@testable import ParleyModel

/// Timelines count turns, words, shares and hits per meeting; a date range narrows the archive.
struct TimelineTests {
    static func transcript(_ place: String, _ date: String, _ turns: [(String, String)]) -> String {
        (["Press Remarks", place, date, ""] + turns.map { "\($0.0): \($0.1)\n" }).joined(separator: "\n")
    }

    /// Four meetings over two years; Smith speaks at three, Jones at two; cartels come up at three.
    static let sources: [(name: String, text: String)] = [
        (
            "a.txt",
            transcript(
                "Mexico City, Mexico", "February 23, 2017",
                [
                    ("SECRETARY SMITH", "The cartels run the border. Cartels move people."),
                    ("SECRETARY JONES", "We spoke of trade."),
                    ("SECRETARY SMITH", "And of the cartels again."),
                ])
        ),
        (
            "b.txt",
            transcript("Washington, DC", "May 18, 2017", [("SECRETARY JONES", "Cartels, cartels and cartels."), ("MODERATOR", "Thanks.")])
        ),
        (
            "c.txt",
            transcript(
                "Houston, Texas", "October 18, 2017",
                [("SECRETARY SMITH", "Energy ties our economies together today."), ("MODERATOR", "Thank you.")])
        ),
        (
            "d.txt",
            transcript("Monterrey, Mexico", "June 9, 2018", [("SECRETARY SMITH", "No more cartels."), ("SECRETARY JONES", "Agreed.")])
        ),
    ]

    let corpus = CorpusLoader.build(sources: sources)
    var counts: ArchiveCounts { ArchiveCounts(corpus: corpus) }

    func ids(_ timeline: Timeline) -> [String] { timeline.rows.map { corpus.meetings[$0.meeting].id } }

    @Test func personTimelineHasARowPerMeetingWhereTheySpokeWithTurnsWordsAndShare() {
        let t = Timeline.person("smith", corpus: corpus, counts: counts)
        #expect(ids(t) == ["2017-02-23-mexico-city", "2017-10-18-houston", "2018-06-09-monterrey"])
        #expect(t.rows.map(\.turns) == [2, 1, 1])
        // 8 + 5 words of 17 spoken at the first meeting; 6 of 8 at the second; 3 of 4 at the last.
        #expect(t.rows.map(\.words) == [13, 6, 3])
        #expect(t.rows.map { $0.share! } == [13.0 / 17.0, 6.0 / 8.0, 3.0 / 4.0])
        #expect(t.rows.allSatisfy { $0.hits == nil } && t.totalHits == nil)
        #expect(t.meetingsLookedAt == 4)
        #expect(t.totalTurns == 4 && t.totalWords == 22)
        // Without a search, Enter opens each meeting on the person's first turn.
        #expect(t.rows.map { $0.opening?.turn } == [0, 0, 0])
    }

    @Test func personTimelineCountsOnlyTheirHitsAndOpensOnTheFirst() {
        let t = Timeline.person("smith", query: SearchQuery("cartels"), corpus: corpus, counts: counts)
        #expect(t.rows.map(\.hits) == [3, 0, 1])
        #expect(t.totalHits == 4 && t.maximumHits == 3)
        #expect(t.rows[0].opening == PassageRef(document: 0, turn: 0, paragraph: 0))
        // Houston has no hit: its opening is still Smith's first turn there.
        #expect(t.rows[1].opening?.turn == 0)
    }

    @Test func termTimelineCountsEveryonesHitsPerMeetingAndSpeaker() {
        let t = Timeline.term(SearchQuery("cartels"), corpus: corpus, counts: counts)
        #expect(ids(t) == ["2017-02-23-mexico-city", "2017-05-18-washington", "2018-06-09-monterrey"])
        #expect(t.rows.map(\.hits) == [3, 3, 1])
        // Smith and Jones have three hits each; Smith said it first, so leads.
        #expect(t.columns == ["smith", "jones"])
        #expect(t.columnTotals == [4, 3])
        #expect(t.rows.map(\.speakerHits) == [[3, 0], [0, 3], [1, 0]])
        #expect(t.rows.allSatisfy { $0.share == nil })
        #expect(t.rows[1].words == 5)
        #expect(Timeline.term(SearchQuery("cartels"), corpus: corpus, counts: counts, columns: 1).columns == ["smith"])
    }

    @Test func aDateRangeKeepsTheTimelineToItsMeetings() throws {
        let range = try DateRange.parse(from: "2017-05", to: "2017")
        let t = Timeline.person("smith", query: SearchQuery("cartels"), corpus: corpus, counts: counts, range: range)
        #expect(ids(t) == ["2017-10-18-houston"])
        #expect(t.meetingsLookedAt == 2)
        let term = Timeline.term(SearchQuery("cartels"), corpus: corpus, counts: counts, range: range)
        #expect(ids(term) == ["2017-05-18-washington"])
    }

    @Test func yearsAndMonthsStandForAllTheirDays() throws {
        let year = try DateRange.parse(from: "2017", to: "2017")
        #expect(year.from == Day(year: 2017, month: 1, day: 1) && year.to == Day(year: 2017, month: 12, day: 31))
        let february = try DateRange.parse(from: nil, to: "2016-02")
        #expect(february.from == nil && february.to == Day(year: 2016, month: 2, day: 29))
        #expect(try DateRange.parse(from: "2017-05-18", to: nil).contains(Day(year: 2017, month: 5, day: 18)))
        #expect(!(try DateRange.parse(from: "2017-05-19", to: nil)).contains(Day(year: 2017, month: 5, day: 18)))
        #expect(!year.contains(nil))
        #expect(DateRange().contains(nil))
    }

    @Test func thePromptReadsOneDateTwoDatesOrAnOpenEnd() throws {
        #expect(try DateRange.parse("2017").description == "2017")
        #expect(try DateRange.parse("2017-02 2017-05").description == "2017-02 to 2017-05")
        #expect(try DateRange.parse("2017-02..2017-05") == DateRange.parse(from: "2017-02", to: "2017-05"))
        #expect(try DateRange.parse("2017-02..").description == "from 2017-02")
        #expect(try DateRange.parse("..2017-05").description == "to 2017-05")
        #expect(try DateRange.parse("..2017-05").promptText == "..2017-05")
    }

    @Test(arguments: ["17", "2017-2", "2017-13", "2017-02-30", "2017-02-03-04", "may", "2017 2018 2019", ""])
    func aDateThatIsNotOneSaysWhy(_ text: String) {
        #expect(throws: DateRange.ParseError.self) { try DateRange.parse(text) }
    }

    @Test func narrowingKeepsTheMeetingsInRangeWithTheirDocumentsAndSpeakers() throws {
        let narrowed = corpus.narrowed(to: try DateRange.parse(from: "2017-05", to: "2017-12"))
        #expect(narrowed.meetings.map(\.id) == ["2017-05-18-washington", "2017-10-18-houston"])
        #expect(narrowed.documents.map(\.fileName) == ["b.txt", "c.txt"])
        #expect(narrowed.meetings.map(\.documentIndices) == [[0], [1]])
        #expect(narrowed.people.filter { $0.kind == .official }.map(\.id).sorted() == ["jones", "smith"])
        #expect(
            narrowed.people.filter { $0.kind == .moderator }.map(\.id).sorted() == [
                "moderator-2017-05-18-washington", "moderator-2017-10-18-houston",
            ])
        // Monterrey's and Mexico City's people are gone with their meetings.
        #expect(!corpus.narrowed(to: try DateRange.parse("2018")).people.contains { $0.id.hasPrefix("moderator") })
        #expect(corpus.narrowed(to: DateRange()).meetings.count == 4)
        #expect(corpus.narrowed(to: try DateRange.parse("2020")).meetings.isEmpty)
    }

    @Test func barsGrowInEighthsOfACellAndNeverHideOneHit() {
        #expect(BlockBar.bar(10, of: 10, width: 4) == "████")
        #expect(BlockBar.bar(5, of: 10, width: 4) == "██")
        #expect(BlockBar.bar(1, of: 16, width: 4) == "▎")
        #expect(BlockBar.bar(1, of: 1000, width: 4) == "▏")
        #expect(BlockBar.bar(0, of: 10, width: 4) == "")
        #expect(BlockBar.bar(3, of: 8, width: 1) == "▍")
    }

    @Test func countedBarsOfAColumnStartInOnePlace() {
        #expect(BlockBar.counted(109, of: 109, width: 4) == "109 ████")
        #expect(BlockBar.counted(79, of: 109, width: 4) == " 79 ██▉")
        #expect(BlockBar.counted(5, of: 109, width: 4) == "  5 ▏")
        #expect(BlockBar.counted(0, of: 109, width: 4) == "·")
        #expect(BlockBar.counted(3, of: 3, width: 2) == "3 ██")
    }

    @Test func aMisspeltNameFindsThePeopleItIsNear() {
        #expect(corpus.peopleNear("smyth").map(\.id) == ["smith"])
        #expect(corpus.peopleNear("jone").map(\.id) == ["jones"])
        #expect(corpus.peopleNear("zzzzzz").isEmpty)
    }
}
