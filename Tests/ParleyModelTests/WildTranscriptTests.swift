import Foundation
import Testing

@testable import ParleyModel

/// Real transcripts as users bring them, each convention on a short excerpt (see `Fixtures/README.md`).
struct WildTranscriptTests {
    typealias F = TranscriptFixtures

    @Test func whiteHouseQuestionsWithoutAColonAreTurns() throws {
        let doc = try #require(F.document("whitehouse-earnest-briefing-2017-01-11.txt"))
        #expect(doc.kind == .transcript)
        #expect(doc.turns.map(\.label) == ["MR. EARNEST", "Q", "MR. EARNEST", "Q"])
        #expect(doc.turns.map(\.isQuestion) == [false, true, false, true])
        #expect(doc.turns[1].paragraphs[0].text.hasPrefix("Sure, thanks, Josh."))
    }

    @Test func aQuestionWithOneSpaceIsATurnButAWordStartingWithQIsNot() {
        #expect(TurnLabel.match("Q And good morning again")?.label == "Q")
        #expect(TurnLabel.match("Q    (Inaudible.)")?.label == "Q")
        #expect(TurnLabel.match("Q fever spread") == nil)
        #expect(TurnLabel.match("Qatar said") == nil)
    }

    @Test func endLinesAndTimeStampsAreNotesNotSpeech() throws {
        let doc = try #require(F.document("whitehouse-earnest-briefing-2017-01-11.txt"))
        let last = try #require(doc.turns.last?.paragraphs.last)
        #expect(last.text == "END 2:24 P.M. EST")
        #expect(last.wordCount == 0)
        #expect(last.notes == ["END 2:24 P.M. EST"])
        #expect(StageLine.isStageLine("2:34 p.m. EDT"))
        #expect(!StageLine.isStageLine("END of the story is near."))
    }

    @Test func thePresidentAndTheVicePresidentAreTwoPeople() {
        let corpus = F.corpus(
            "2017-10-07-remarks-president-trump-press-gaggle-marine-one.txt", "whitehouse-cheney-interview-2007-01-14.txt")
        let ids = Set(corpus.documents.flatMap(\.turns).filter { !$0.isQuestion }.map(\.speakerID))
        #expect(ids == ["president", "vice-president"])
        // The header's "Remarks by President Trump" names the office.
        #expect(corpus.person(id: "president")?.name == "President Trump")
        #expect(corpus.person(id: "vice-president")?.name == "The Vice President")
    }

    @Test func aLabelJoinsAnotherOnlyWhenItAddsNames() {
        let text = """
            Remarks

            March 3, 2020

            THE PRESIDENT: One.

            THE VICE PRESIDENT: Two.

            DEPUTY SECRETARY SULLIVAN: Three.

            SECRETARY SULLIVAN: Four.

            MR VIDEGARAY: Five.

            FOREIGN SECRETARY VIDEGARAY: Six.

            OSORIO: Seven.

            OSORIO CHONG: Eight.
            """
        let corpus = CorpusLoader.build(sources: [("remarks.txt", text)])
        let ids = corpus.documents[0].turns.map(\.speakerID)
        #expect(ids[0] != ids[1])
        #expect(ids[2] != ids[3])
        #expect(ids[4] == ids[5])
        #expect(ids[6] == ids[7])
    }

    @Test func ranksAndAbbreviatedRanksAreOnePerson() throws {
        let corpus = F.corpus("dod-kirby-briefing-2014-05-20.txt")
        let kirby = try #require(corpus.person(id: "john-kirby"))
        #expect(kirby.name == "John Kirby")
        #expect(kirby.labels == ["REAR ADMIRAL JOHN KIRBY", "REAR ADM. KIRBY"])
        #expect(corpus.documents[0].turns.map(\.label) == ["REAR ADMIRAL JOHN KIRBY", "REAR ADM. KIRBY", "Q", "REAR ADM. KIRBY"])
    }

    @Test func legislatorsLabelsWithPartyAndStateNameThePerson() throws {
        let corpus = F.corpus("senate-hearing-made-up.txt")
        let doc = try #require(corpus.documents.first)
        #expect(doc.turns.first?.label == "SEN. BOB CORKER (R), TENNESSEE")
        #expect(doc.turns.first?.paragraphs.first?.text == "The committee will come to order. We thank our witness for being here today.")
        #expect(corpus.person(id: "bob-corker")?.name == "Bob Corker")
        // `CARDIN` alone is the senator who was labelled in full.
        #expect(corpus.person(id: "benjamin-l-cardin")?.labels == ["SEN. BENJAMIN L. CARDIN (D), MARYLAND", "CARDIN"])
        #expect(doc.turns.map(\.label).contains("REP. JANE DOE (D), OREGON"))
        #expect(doc.turns.map(\.label).contains("DR. JOHN ROE"))
        #expect(doc.date?.iso == "2017-08-01")
    }

    @Test func parliamentaryHeadingsAreTurns() throws {
        let corpus = F.corpus("hansard-sittings-of-the-house-2013-03-06.txt")
        let doc = try #require(corpus.documents.first)
        #expect(
            doc.turns.map(\.label) == [
                "The Leader of the House of Commons (Mr Andrew Lansley)", "Mr John Spellar (Warley) (Lab)", "Mr Lansley", "Mr Spellar",
                "Mr Lansley",
            ])
        #expect(doc.turns.map(\.speakerID) == ["andrew-lansley", "john-spellar", "andrew-lansley", "john-spellar", "andrew-lansley"])
        #expect(corpus.person(id: "john-spellar")?.name == "John Spellar")
        #expect(doc.turns[2].paragraphs.map(\.text) == ["From memory, no."])
        #expect(doc.date?.iso == "2013-03-06")
    }

    @Test func anonymousOfficialsAreKeptWholeAndApart() throws {
        let corpus = F.corpus("state-background-briefing-bonn-2011-12-05.txt")
        #expect(corpus.people.map(\.name) == ["Senior State Department Official Three", "Senior State Department Official One"])
        #expect(corpus.documents[0].date?.iso == "2011-12-05")
    }

    @Test func namesAreNeverGluedAcrossLines() throws {
        let corpus = F.corpus("state-nauert-briefing-2017-08-10.txt")
        #expect(corpus.person(id: "nauert")?.name == "Heather Nauert")
        #expect(corpus.documents[0].place == "Washington, DC")
        #expect(corpus.documents[0].title == "Department Press Briefing")
    }

    @Test func labelsGluedByABadCopyStartTurns() throws {
        let doc = try #require(F.document("whitehouse-spicer-briefing-2017-03-13-bad-copy.txt"))
        #expect(doc.kind == .transcript)
        #expect(doc.turns.map(\.label) == ["Mr. Spicer", "The Press", "Mr. Spicer", "The Press", "Mr. Spicer", "The Press", "Mr. Spicer"])
        #expect(doc.turns[1].paragraphs[0].text == "It looks good.")
        #expect(doc.turns[4].paragraphs[0].text == "All right, then we’re ready to go.")
        #expect(doc.date?.iso == "2017-03-13")
        // Glued upper-case labels too, once the file has used them at the start of a line.
        let text = "Briefing\n\nMarch 3, 2020\n\nMS SMITH: Hello. QUESTION: Hi there.\n\nMS SMITH: Bye.\n"
        let glued = try #require(CorpusLoader.build(sources: [("glued.txt", text)]).documents.first)
        #expect(glued.turns.map(\.label) == ["MS SMITH", "QUESTION", "MS SMITH"])
    }

    @Test func singleNewlineParagraphsAreSeparate() throws {
        let doc = try #require(F.document("press-briefing-josh-earnest_February-5-2016.txt"))
        #expect(doc.turns.map(\.label) == ["MR. EARNEST", "Q", "MR. EARNEST", "Q", "MR. EARNEST", "Q", "MR. EARNEST"])
        #expect(doc.turns[4].paragraphs.count == 2)
        #expect(doc.turns[4].paragraphs[1].text == "But, Darlene, do you want to start us off in phase two here?")
    }

    @Test func crlfLineEndingsReadLikeLF() throws {
        let lf = F.text("state-nauert-briefing-2017-08-10.txt")
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try #require(CorpusLoader.build(sources: [("a.txt", lf)]).documents.first)
        let b = try #require(CorpusLoader.build(sources: [("a.txt", crlf)]).documents.first)
        #expect(a.turns.map(\.label) == b.turns.map(\.label))
        #expect(a.turns.flatMap(\.paragraphs).map(\.text) == b.turns.flatMap(\.paragraphs).map(\.text))
        #expect(a.date == b.date && a.place == b.place && a.title == b.title)
    }

    @Test func aReporterWhoNamesThemselfIsAttachedToTheQuestion() throws {
        let corpus = F.corpus("state-price-briefing-2023-02-15.txt")
        let question = try #require(corpus.documents[0].turns.first { $0.isQuestion })
        #expect(question.reporter == Reporter(name: "Jahanzaib Ali", outlet: "ARY News"))
        #expect(question.speakerID == "jahanzaib-ali")
        #expect(
            ReporterFinder.selfIntroduction(in: "I'm Nick Wadhams from Bloomberg. Thank you.")
                == Reporter(name: "Nick Wadhams", outlet: "Bloomberg"))
        #expect(ReporterFinder.selfIntroduction(in: "Secretary Kelly from the start you said") == nil)
    }

    @Test func oneSpeakersRemarksAreATranscriptWithItsTurn() throws {
        let doc = try #require(F.document("whitehouse-pence-remarks-cufi-2017-07-17.txt"))
        #expect(doc.kind == .transcript)
        #expect(doc.turns.map(\.label) == ["THE VICE PRESIDENT"])
        #expect(doc.turns[0].paragraphs.count == 3)
        #expect(doc.title == "Remarks by the Vice President at Christians United for Israel Washington Summit")
        #expect(doc.place == "Washington, D.C.")
        #expect(doc.venue == "Washington Convention Center")
        #expect(doc.reading.kindReason == "one speaker's remarks under THE VICE PRESIDENT")
    }

    @Test func aSentenceAboutCookiesInATurnIsKept() throws {
        let text = """
            Department Press Briefing
            Washington, DC
            March 1, 2018

            MS NAUERT: Good afternoon.

            You may be wondering why you all have cookies today.

            QUESTION: Subscribe to the newsletter, you mean? Thank you.

            MS NAUERT: Sign up for our newsletter and you will know. All rights reserved, as they say.

            Join the mailing list
            """
        let doc = try #require(CorpusLoader.build(sources: [("b.txt", text)]).documents.first)
        let said = doc.turns.flatMap(\.paragraphs).map(\.text)
        #expect(said.contains("You may be wondering why you all have cookies today."))
        #expect(said.contains("Subscribe to the newsletter, you mean? Thank you."))
        #expect(said.contains("Sign up for our newsletter and you will know. All rights reserved, as they say."))
        #expect(!said.contains("Join the mailing list"))
        #expect(doc.reading.furniture.map(\.text) == ["Join the mailing list"])
    }

    @Test func proseBeforeTheFirstSpeakerIsThePreamble() throws {
        let doc = try #require(F.document("state-price-briefing-2023-02-15.txt"))
        #expect(doc.body.count == 1)
        #expect(doc.body[0].text.hasPrefix("Speaking at his press briefing on Feb 15, 2023"))
        // Searchable like any other running text.
        let corpus = F.corpus("state-price-briefing-2023-02-15.txt")
        let hits = SearchIndex(corpus: corpus).hits(for: SearchQuery("Islamabad"))
        #expect(hits.count == 1)
        #expect(hits.first?.ref.turn == nil)
    }
}

/// News transcripts name a speaker with their role the first time, by surname after.
struct NewsTranscriptLabelTests {
    @Test func aNameWithItsRoleIsOnePersonWithTheSurnameAlone() throws {
        // The layout of a cable news transcript (made up in the same form).
        let text = """
            Interview with the Vice President

            June 23, 2019

            TAPPER: Hello. I'm Jake Tapper in Washington. Joining me now is Vice-President Mike Pence Twice Decorated.

            MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES: Thank you, Jake. Good to be with you.

            TAPPER: So, over the weekend, what did you hear?

            PENCE: Well, we heard a great deal.
            """
        let corpus = CorpusLoader.build(sources: [("interview.txt", text)])
        let doc = try #require(corpus.documents.first)
        #expect(doc.turns.map(\.label) == ["TAPPER", "MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES", "TAPPER", "PENCE"])
        #expect(doc.turns[1].paragraphs[0].text == "Thank you, Jake. Good to be with you.")
        let pence = try #require(corpus.person(id: "mike-pence"))
        #expect(pence.labels == ["MIKE PENCE, VICE PRESIDENT OF THE UNITED STATES", "PENCE"])
        #expect(pence.role == "Vice President of the United States")
        // Names are taken from the texts without the words around them: "I'm", a hyphenated title, a headline's next words.
        #expect(pence.name == "Mike Pence")
        #expect(corpus.person(id: "tapper")?.name == "Jake Tapper")
        // A sentence in capitals with a comma names no office or trade: not a speaker.
        #expect(TurnLabel.match("MADE-UP EXAMPLE, NOT A REAL TRANSCRIPT: it follows the layout") == nil)
        #expect(
            TurnLabel.match("SEAN SPICER, WHITE HOUSE PRESS SECRETARY: -- freezing")?.label == "SEAN SPICER, WHITE HOUSE PRESS SECRETARY")
    }
}

/// What the parser was unsure of is kept for `parley inspect`.
struct UnsureLinesTests {
    @Test func aJoinAcrossAPageBreakAndAnUntakenLabelAreReported() throws {
        let text = """
            Remarks to the Press
            March 3, 2020

            MAYOR QUIMBY: The bridge will

            reopen on Monday.

            Editor's Note: the mayor left early.

            CHIEF WIGGUM: Glad to be here.
            """
        let doc = try #require(CorpusLoader.build(sources: [("r.txt", text)]).documents.first)
        #expect(doc.turns[0].paragraphs.map(\.text) == ["The bridge will reopen on Monday.", "Editor's Note: the mayor left early."])
        #expect(doc.reading.unsure.map(\.line) == [6, 8])
        #expect(doc.reading.unsure[0].reason == "joined to the paragraph before (line 4) across a break")
        #expect(doc.reading.unsure[1].reason == "capitalised words and a colon, read as speech of MAYOR QUIMBY")
    }
}
