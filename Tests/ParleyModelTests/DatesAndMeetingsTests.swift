import Foundation
import Testing

@testable import ParleyModel

/// Which day a text is about, and which meeting it joins.
struct DatesAndMeetingsTests {
    typealias F = TranscriptFixtures

    @Test func isoDatesAreZeroPaddedToTheirFullWidth() {
        #expect(Day(year: 2017, month: 5, day: 8).iso == "2017-05-08")
        #expect(Day(year: 2017, month: 12, day: 31).iso == "2017-12-31")
        #expect(Day(year: 800, month: 1, day: 1).iso == "0800-01-01")
        #expect(Day(year: 12345, month: 1, day: 1).iso == "12345-01-01")
    }

    @Test func readsTheDateFormatsOfRealPages() {
        #expect(DateParser.dates(in: "Press Briefing by Press Secretary Sean Spicer, 3/7/2017").first?.day.iso == "2017-03-07")
        #expect(DateParser.dates(in: "3/13/17: White House Press Briefing").first?.day.iso == "2017-03-13")
        #expect(DateParser.dates(in: "Wednesday 6th March 2013").first?.day.iso == "2013-03-06")
        #expect(DateParser.dates(in: "AUGUST 1, 2017").first?.day.iso == "2017-08-01")
        #expect(DateParser.dates(in: "posted 2017-08-01T14:30:00Z").first?.day.iso == "2017-08-01")
        #expect(DateParser.dates(in: "ratio 10/20/300 of").isEmpty)
    }

    @Test func theHeadersDateIsTheEventsAndSourceIsKept() throws {
        let doc = try #require(F.document("whitehouse-earnest-briefing-2017-01-11.txt"))
        #expect(doc.date?.iso == "2017-01-11")
        #expect(doc.reading.dateSource == .header)
        #expect(doc.reading.dateLine == 9)
    }

    @Test func theEventsDateWinsOverThePostingDate() throws {
        let text =
            "Issued on: March 9, 2020\n\nRemarks to the Press\nSpringfield, Illinois\nMarch 3, 2020\n\nMAYOR QUIMBY: Hello.\n\nCHIEF WIGGUM: Hi.\n"
        let doc = try #require(CorpusLoader.build(sources: [("a.txt", text)]).documents.first)
        #expect(doc.date?.iso == "2020-03-03")
        #expect(doc.place == "Springfield, Illinois")
        let posted = try #require(
            CorpusLoader.build(sources: [("b.txt", "Issued on: March 9, 2020\n\nMAYOR QUIMBY: Hello.\n\nCHIEF WIGGUM: Hi.\n")]).documents
                .first)
        #expect(posted.date?.iso == "2020-03-09")
        #expect(posted.reading.dateSource == .postingDate)
    }

    @Test func aDatelineWithBulletsGivesPlaceAndVenue() {
        // As a news site reposts the White House's dateline for a gaggle aboard Air Force One, September 7, 2018.
        let found = HeaderReader.placeAndVenue(["Aboard Air Force One  •  En Route Fargo, North Dakota  •  September 7, 2018"])
        #expect(found.place == "En Route Fargo, North Dakota")
        #expect(found.venue == "Aboard Air Force One")
        #expect(found.line == 0)
    }

    @Test func aDateInTheSpeechIsNotTheMeetings() throws {
        let text = "Remarks to the Press\n\nMAYOR QUIMBY: On March 3, 2020 we opened the bridge.\n\nCHIEF WIGGUM: Hi.\n"
        let doc = try #require(CorpusLoader.build(sources: [("remarks.txt", text)]).documents.first)
        #expect(doc.date == nil)
        #expect(doc.reading.dateSource == DocumentReading.DateSource.none)
    }

    @Test func theFileNameDatesATextWithoutOne() throws {
        let doc = try #require(F.document("press-briefing-josh-earnest_February-5-2016.txt"))
        #expect(doc.date?.iso == "2016-02-05")
        #expect(doc.reading.dateSource == .fileName)
        let gaggle = try #require(F.document("2017-10-07-remarks-president-trump-press-gaggle-marine-one.txt"))
        #expect(gaggle.date?.iso == "2017-10-07")
        #expect(DateParser.date(inFileName: "briefing_March-14-2020.txt")?.iso == "2020-03-14")
        #expect(DateParser.date(inFileName: "2020-03-14-remarks.txt")?.iso == "2020-03-14")
    }

    @Test func undatedTranscriptsAreSeparateMeetings() {
        let text = "Remarks\n\nMAYOR QUIMBY: Hello.\n\nCHIEF WIGGUM: Hi.\n"
        let corpus = CorpusLoader.build(sources: [("a.txt", text), ("b.txt", text)])
        #expect(corpus.meetings.count == 2)
        #expect(corpus.meetings.map(\.id) == ["undated-unknown-place", "undated-unknown-place-2"])
    }

    @Test func aDocumentJoinsOnlyAMeetingOfItsDayOrADayItNames() {
        let may = "Remarks\nWashington, DC\nMay 18, 2017\n\nMAYOR QUIMBY: Hello.\n\nCHIEF WIGGUM: Hi.\n"
        let feb = "Remarks\nMexico City, Mexico\nFebruary 23, 2017\n\nMAYOR QUIMBY: Hello.\n\nCHIEF WIGGUM: Hi.\n"
        let later =
            "Statement on Trade\nJune 30, 2017\n\nThe ministers will meet again in the autumn to review the progress that was made.\n"
        let about =
            "Readout of the Talks\nMarch 1, 2017\n\nOn February 23, 2017 the ministers met in Mexico City and agreed on a plan for the border.\n"
        let corpus = CorpusLoader.build(sources: [("may.txt", may), ("feb.txt", feb), ("later.txt", later), ("about.txt", about)])
        func meeting(of file: String) -> String? {
            let d = corpus.documents.firstIndex { $0.fileName == file }!
            return corpus.meeting(ofDocument: d)?.id
        }
        #expect(meeting(of: "about.txt") == "2017-02-23-mexico-city")
        // A statement a month after the last meeting is not filed under it.
        #expect(meeting(of: "later.txt") == "2017-06-30-unknown-place")
    }
}
