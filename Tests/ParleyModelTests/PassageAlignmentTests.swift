import Testing

@testable import ParleyModel

struct PassageAlignmentTests {
    @Test func cosineOfHandMadeVectors() {
        #expect(abs(TFIDF.cosine(["a": 1, "b": 1], ["a": 1]) - 1 / 2.0.squareRoot()) < 1e-9)
        #expect(TFIDF.cosine(["a": 1], ["b": 1]) == 0)
    }

    @Test func pairsTheParagraphsOnTheSameSubject() throws {
        let first = """
            Remarks
            Mexico City, Mexico
            February 23, 2017

            SECRETARY SMITH: Cartels smuggle heroin and fentanyl across the border every night.

            The weather in the capital was pleasant and sunny all week.

            MODERATOR: Thank you.
            """
        let second = """
            Remarks
            Washington, DC
            May 18, 2017

            SECRETARY SMITH: We discussed schools and hospitals.

            Heroin and fentanyl smuggled by cartels kill thousands.

            MODERATOR: Thank you.
            """
        let corpus = CorpusLoader.build(sources: [("a.txt", first), ("b.txt", second)])
        let alignment = try #require(PassageAlignment.align(corpus: corpus, speaker: "smith"))
        #expect(alignment.pairs.count == 1)
        let pair = try #require(alignment.pairs.first)
        #expect(pair.left == PassageRef(document: 0, turn: 0, paragraph: 0))
        #expect(pair.right == PassageRef(document: 1, turn: 0, paragraph: 1))
        #expect(
            Set(pair.sharedTerms) == ["cartels", "heroin", "fentanyl", "smuggle"]
                || Set(pair.sharedTerms) == ["cartels", "heroin", "fentanyl", "smuggled"])
        let text = Array(corpus.paragraph(pair.left).text)
        #expect(pair.leftRanges.map { String(text[$0]) } == ["Cartels", "smuggle", "heroin", "fentanyl"])
        #expect(alignment.unmatchedLeft == [PassageRef(document: 0, turn: 0, paragraph: 1)])
        #expect(alignment.unmatchedRight == [PassageRef(document: 1, turn: 0, paragraph: 0)])
    }

    @Test func nothingToAlignForSomeoneAtOneMeeting() {
        #expect(PassageAlignment.align(corpus: CorpusLoader.builtIn(), speaker: "nauert") == nil)
    }

    @Test func builtInKellyOnSmugglingPairsAcrossMeetings() throws {
        let corpus = CorpusLoader.builtIn()
        let alignment = try #require(PassageAlignment.align(corpus: corpus, speaker: "kelly"))
        #expect(alignment.leftMeetingID == "2017-02-23-mexico-city")
        // February ¶7 ("weapon smuggling to the south and drug smuggling and human trafficking") and May
        // turn 3 ¶2 ("drug smuggling or human smuggling or terrorism") are the closest pair.
        let best = try #require(alignment.pairs.max { $0.similarity < $1.similarity })
        #expect(best.left == PassageRef(document: 0, turn: 7, paragraph: 6))
        #expect(best.right == PassageRef(document: 1, turn: 2, paragraph: 1))
        #expect(best.sharedTerms.contains("smuggling"))
        #expect(alignment.pairs.allSatisfy { $0.similarity >= PassageAlignment.threshold && $0.sharedTerms.count >= 2 })
    }
}
