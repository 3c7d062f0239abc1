import Testing

@testable import ParleyModel

struct ConcordanceTests {
    let corpus = CorpusLoader.builtIn()

    @Test func everyHitWithContextAndWhereItIs() throws {
        let index = SearchIndex(corpus: corpus)
        let lines = Concordance.lines(corpus: corpus, index: index, query: SearchQuery("\"mass deportations\""), width: 20)
        // Kelly says it once in February; the article quotes it twice (a concern of Osorio Chong's, and Kelly's block quote).
        #expect(lines.count == 3)
        let kelly = try #require(lines.first { $0.speakerID == "kelly" })
        #expect(kelly.hit == "mass deportations")
        #expect(kelly.left.hasSuffix("no, repeat, no "))
        #expect(kelly.right.hasPrefix(". Everything"))
        #expect(kelly.meetingID == "2017-02-23-mexico-city")
        #expect(kelly.left.count <= 20 && kelly.right.count <= 20)
        let text = Array(corpus.paragraph(kelly.ref).text)
        #expect(String(text[kelly.range]) == "mass deportations")
        #expect(lines.filter { $0.speakerID == nil }.allSatisfy { $0.documentID == "003_e5e6cfcd197a9617" })
    }

    @Test func sortsByPositionSpeakerAndNeighbouringWords() {
        let index = SearchIndex(corpus: corpus)
        let lines = Concordance.lines(corpus: corpus, index: index, query: SearchQuery("deport*"))
        #expect(lines.map(\.position) == Array(0..<lines.count))
        let bySpeaker = Concordance.sorted(lines, by: .speaker).compactMap(\.speakerID)
        #expect(bySpeaker == bySpeaker.sorted())
        let byLeft = Concordance.sorted(lines, by: .left).map { $0.leftWords.first ?? "" }
        #expect(byLeft == byLeft.sorted())
        let byRight = Concordance.sorted(lines, by: .right).map { $0.rightWords.first ?? "" }
        #expect(byRight == byRight.sorted())
    }

    @Test func contextIsCutAtAWordBoundary() {
        #expect(Concordance.leftContext(ArraySlice(Array("alpha beta gamma delta")), width: 12) == "gamma delta")
        #expect(Concordance.rightContext(ArraySlice(Array("alpha beta gamma delta")), width: 12) == "alpha beta")
        #expect(Concordance.leftContext(ArraySlice(Array("a  b\nc")), width: 40) == "a b c")
    }
}
