import Testing

@testable import ParleyModel

struct SpeakerStatsTests {
    static let first = """
        Press Remarks
        Mexico City, Mexico
        February 23, 2017

        MODERATOR: Welcome.

        SECRETARY SMITH: Deportations deportations deportations will be orderly. The border is long.

        SECRETARY JONES: The border matters to trade.

        MODERATOR: Questions now.

        QUESTION: Will there be deportations?

        SECRETARY SMITH: Okay.

        SECRETARY JONES: Yes, there will be some, carried out according to the law of both countries and with care.
        """
    static let second = """
        Press Remarks
        Washington, DC
        May 18, 2017

        SECRETARY SMITH: The border is long and the border is busy. Cartels cartels cartels.

        MODERATOR: Thank you.
        """

    let corpus = CorpusLoader.build(sources: [("a.txt", first), ("b.txt", second)])

    @Test func countsTurnsWordsShareAndLongestTurn() throws {
        let stats = SpeakerStatistics.compute(corpus: corpus)
        let smith = try #require(stats.first { $0.personID == "smith" })
        #expect(smith.meetings.map(\.turns) == [2, 1])
        // "Deportations deportations deportations will be orderly. The border is long." = 10, "Okay." = 1.
        #expect(smith.meetings[0].words == 11)
        #expect(smith.meetings[0].longestTurnWords == 10)
        #expect(smith.meetings[0].longestTurn == PassageRef(document: 0, turn: 1, paragraph: 0))
        // The February meeting: 1 + 10 + 5 + 2 + 4 + 1 + 17 = 40 words.
        #expect(abs(smith.meetings[0].share - 11.0 / 40.0) < 1e-9)
        // May: Smith's 12 words and the moderator's 2.
        #expect(abs(smith.meetings[1].share - 12.0 / 14.0) < 1e-9)
    }

    @Test func creditsAnswersOfAtLeastTenWords() throws {
        let stats = SpeakerStatistics.compute(corpus: corpus)
        // Smith's "Okay." is no answer; Jones's 17 words are.
        #expect(stats.first { $0.personID == "smith" }?.meetings[0].questionsAnswered == 0)
        #expect(stats.first { $0.personID == "jones" }?.meetings[0].questionsAnswered == 1)
    }

    @Test func distinctiveWordsCompareTheSpeakerAcrossMeetings() throws {
        let stats = SpeakerStatistics.compute(corpus: corpus, minimumCount: 3)
        let smith = try #require(stats.first { $0.personID == "smith" })
        #expect(smith.meetings[0].distinctive.map(\.word) == ["deportations"])
        #expect(smith.meetings[1].distinctive.map(\.word) == ["cartels"])
        #expect(smith.meetings[0].reference == "speaker")
        // Used at both meetings: border (1 and 2) and long (1 and 1); border first by its smaller count, then total.
        #expect(smith.sharedWords.map(\.word) == ["border", "long"])
        #expect(smith.sharedWords.first?.counts == [1, 2])
    }

    @Test func builtInCorpusQuestionsAnsweredAsReadByHand() throws {
        let corpus = CorpusLoader.builtIn()
        let stats = SpeakerStatistics.compute(corpus: corpus)
        func answered(_ id: String) -> [Int] { stats.first { $0.personID == id }!.meetings.map(\.questionsAnswered) }
        // May: Tillerson answers Schwartz's follow-up, Diaz Briseno, Edson's third and fourth questions;
        // Kelly answers Edson's first and third, and both of Barrera's; Videgaray Schwartz's follow-up and
        // Diaz Briseno; Osorio Chong Barrera's first. "I want to say something", "Okay" and
        // "Am I concerned about intelligence sharing?" are not answers.
        #expect(answered("tillerson") == [0, 4])
        #expect(answered("kelly") == [0, 4])
        #expect(answered("videgaray") == [0, 2])
        #expect(answered("osorio-chong") == [0, 1])
    }

    @Test func builtInCorpusKellyTalksDeportationsInFebruaryAndDrugsInMay() throws {
        let corpus = CorpusLoader.builtIn()
        let kelly = try #require(SpeakerStatistics.compute(corpus: corpus).first { $0.personID == "kelly" })
        #expect(kelly.meetings[0].distinctive.contains { $0.word == "deportations" })
        #expect(kelly.meetings[1].distinctive.first?.word == "drugs")
        #expect(kelly.sharedWords.contains { $0.word == "border" })
        #expect(kelly.meetings[0].distinctive.allSatisfy { !FunctionWords.contains($0.word) && $0.count >= 3 })
    }
}
