import Foundation
import Testing

@testable import ParleyModel

/// The keyword view's hits, held without their lines, are the concordance's: the same hits in the same
/// orders, and the same lines when made from their paragraphs at any width.
struct KeywordHitsTests {
    let corpus = CorpusLoader.builtIn()

    static func lines(_ found: KeywordHits, _ sort: ConcordanceSort) -> [SearchHit] {
        found.order(sort).map { SearchHit(ref: found.hits[$0].ref, range: found.hits[$0].range) }
    }

    @Test func everyOrderIsTheConcordancesOrder() {
        for text in ["the", "mexico", "deport*", "\"mass deportations\"", "of", "united", "Mexico", "nothing-at-all"] {
            let query = SearchQuery(text, caseMode: .smart)
            let found = KeywordHits(query: query, corpus: corpus)
            let lines = Concordance.lines(corpus: corpus, query: query, width: 20)
            #expect(found.hits.count == lines.count, "\(text)")
            for sort in ConcordanceSort.allCases {
                let expected = Concordance.sorted(lines, by: sort)
                #expect(Self.lines(found, sort) == expected.map { SearchHit(ref: $0.ref, range: $0.range) }, "\(text) by \(sort)")
                #expect(found.order(sort).map { found.speakerID(of: found.hits[$0]) } == expected.map(\.speakerID), "\(text) by \(sort)")
                #expect(found.order(sort).map { found.meetingID(of: found.hits[$0]) } == expected.map(\.meetingID), "\(text) by \(sort)")
            }
        }
    }

    /// The words around the hits are read as the hits are found when an order by them is wanted at once, and
    /// read again later otherwise: the orders are the same either way.
    @Test func ordersMadeWithTheHitsAreTheOrdersMadeLater() {
        for text in ["the", "mexico", "deport*"] {
            let query = SearchQuery(text)
            let later = KeywordHits(query: query, corpus: corpus)
            for sorts in [[ConcordanceSort.left], [.right], [.speaker, .left]] {
                let atOnce = KeywordHits(query: query, corpus: corpus, readyFor: Set(sorts))
                #expect(atOnce.hits == later.hits, "\(text)")
                for sort in ConcordanceSort.allCases { #expect(atOnce.order(sort) == later.order(sort), "\(text) by \(sort)") }
            }
        }
    }

    @Test func linesMadeFromTheParagraphAreTheConcordancesAtEveryWidth() {
        for text in ["the", "mexico", "deport*"] {
            let query = SearchQuery(text)
            let found = KeywordHits(query: query, corpus: corpus)
            for width in [1, 2, 5, 13, 20, 31, 44, 70, 150] {
                let lines = Concordance.lines(corpus: corpus, query: query, width: width)
                for (hit, want) in zip(found.hits, lines) {
                    let line = found.line(hit, in: Array(corpus.paragraph(hit.ref).text), width: width)
                    guard line.left == want.left, line.hit == want.hit, line.right == want.right else {
                        Issue.record("\(text) at \(width): \(line) against \(want.left)|\(want.hit)|\(want.right)")
                        break
                    }
                }
            }
        }
    }

    /// Contexts alike in their first four words and more, and contexts that end, order as the concordance's.
    @Test func contextsAlikeBeyondFourWordsOrderAsTheConcordances() {
        let said = [
            "we will talk of the border and the wall today", "we will talk of the border and the wall", "of the border and the wall",
            "the border", "border", "we will talk of the border and the trade today", "talk of the border and the wall tomorrow",
            "we will talk of the border and the wall today",
        ]
        let text =
            "Talks\nRome, Italy\nMay 2, 2019\n\n" + said.map { "MR ROSSI: \($0).\n\nMS BIANCHI: And \($0)?\n" }.joined(separator: "\n")
        let corpus = CorpusLoader.build(sources: [("talks.txt", text)])
        #expect(corpus.problems.isEmpty)
        let query = SearchQuery("border")
        let found = KeywordHits(query: query, corpus: corpus)
        let lines = Concordance.lines(corpus: corpus, query: query, width: 20)
        #expect(found.hits.count == 2 * said.count)
        for sort in ConcordanceSort.allCases {
            #expect(
                Self.lines(found, sort) == Concordance.sorted(lines, by: sort).map { SearchHit(ref: $0.ref, range: $0.range) }, "\(sort)")
        }
        // The word after "border": nothing, then "and" eleven times (ties broken far along), then ".", as words go.
        #expect(found.order(.right).prefix(2).map { found.hits[$0].ref.turn } == [6, 7])
    }

    @Test func aStoredCorpusKeepsNoTextForItsHits() throws {
        let fixture = try StoredBuiltIn()
        defer { fixture.remove() }
        let stored = fixture.stored
        let query = SearchQuery("the")
        let found = KeywordHits(query: query, corpus: stored)
        for sort in ConcordanceSort.allCases {
            #expect(Self.lines(found, sort) == Self.lines(KeywordHits(query: query, corpus: corpus), sort), "\(sort)")
        }
        let hit = try #require(found.hits.last)
        let paragraph = try #require(stored.paragraphWithoutKeeping(hit.ref))
        #expect(paragraph.text == corpus.paragraph(hit.ref).text)
        #expect(stored.paragraphWithoutKeeping(PassageRef(document: stored.documents.count, turn: nil, paragraph: 0)) == nil)
        #expect(stored.documents.allSatisfy { !$0.content.isLoaded })
    }
}
