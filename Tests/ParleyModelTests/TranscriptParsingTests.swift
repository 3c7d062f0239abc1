import Foundation
import Testing

@testable import ParleyModel

/// The parser on transcripts written the way other press offices write them.
struct TranscriptParsingTests {
    let briefing = """
        Skip to main content
        Department Press Briefing
        Ned Smith, Department Spokesperson
        Press Briefing Room, Washington, DC
        March 10, 2021

        MR. SMITH: Good afternoon. (Laughter.) Let me start with one thing from the
        region before questions.

        Q: Thanks. On the border talks – did the ministers agree on
        anything?

        MR. SMITH: They agreed to meet again. (Inaudible.)

        QUESTON: And on Peña Nieto’s visit?

        PRESIDENT LÓPEZ: (Through interpreter) We welcome it. *Bienvenidos*.

        (In English) Thank you all.

        ###
        Join the mailing list
        """

    @Test func readsLabelsInOtherStyles() throws {
        let corpus = CorpusLoader.build(sources: [("briefing.txt", briefing)])
        let doc = try #require(corpus.documents.first)
        #expect(doc.kind == .transcript)
        #expect(doc.turns.map(\.label) == ["MR. SMITH", "Q", "MR. SMITH", "QUESTON", "PRESIDENT LÓPEZ"])
        #expect(doc.turns.map(\.isQuestion) == [false, true, false, true, false])
        #expect(doc.date?.iso == "2021-03-10")
        #expect(doc.place == "Washington, DC")
        #expect(corpus.person(id: "lopez")?.name == "López")
    }

    @Test func joinsHardWrappedLinesAndPageBreaks() throws {
        let doc = try #require(CorpusLoader.build(sources: [("briefing.txt", briefing)]).documents.first)
        #expect(
            doc.turns[0].paragraphs.map(\.text) == [
                "Good afternoon. (Laughter.) Let me start with one thing from the region before questions."
            ])
        #expect(doc.turns[1].paragraphs[0].text == "Thanks. On the border talks – did the ministers agree on anything?")
        #expect(doc.turns[0].paragraphs[0].source.line == 7)
        #expect(doc.turns[0].paragraphs[0].source.endLine == 8)
    }

    @Test func switchesInterpretationOnAndOffWithinATurn() throws {
        let doc = try #require(CorpusLoader.build(sources: [("briefing.txt", briefing)]).documents.first)
        let president = doc.turns[4]
        #expect(president.paragraphs.map(\.interpreted) == [true, false])
        #expect(president.paragraphs[0].notes == ["(Through interpreter)"])
        #expect(president.paragraphs[0].spokenText == "We welcome it. Bienvenidos.")
        #expect(doc.turns[2].paragraphs[0].notes == ["(Inaudible.)"])
    }

    @Test func dropsPageFurnitureAfterTheLastTurn() throws {
        let doc = try #require(CorpusLoader.build(sources: [("briefing.txt", briefing)]).documents.first)
        #expect(!doc.turns.last!.paragraphs.contains { $0.text.contains("mailing") })
        #expect(!doc.header.contains("Skip to main content"))
    }

    @Test func inlineParserKeepsUnclosedAsterisksAndPlainParentheses() {
        let r = InlineParser.parse("5 * 3 (U.S.) and (DHS) stay *as written", interpreted: false)
        #expect(r.text == "5 * 3 (U.S.) and (DHS) stay *as written")
        #expect(r.runs.allSatisfy { $0.kind == .words })
    }

    @Test func readsDatesInSeveralForms() {
        #expect(DateParser.dates(in: "Monday, February 27, 2017").first?.day.iso == "2017-02-27")
        #expect(DateParser.dates(in: "Feb. 23, 2017; translation").first?.day.iso == "2017-02-23")
        #expect(DateParser.dates(in: "on 4 July 2019 in").first?.day.iso == "2019-07-04")
        #expect(DateParser.dates(in: "2020-01-31").first?.day.iso == "2020-01-31")
        #expect(DateParser.dates(in: "call on January 27.", defaultYear: 2017).first?.day.iso == "2017-01-27")
    }
}
