import Foundation
import Testing

@testable import ParleyModel

/// Searching a document at a time finds what the whole-corpus index finds, and holds no document after.
struct DocumentSearchTests {
    @Test func aSearchFindsWhatTheWholeIndexFindsAndKeepsNoDocument() throws {
        let fixture = try CorpusStoreTests.Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        let all = Array(corpus.documents.indices)
        for text in ["bridge", "pena", "deport*", "\"glad to be\"", "laughter", "nothing-like-it"] {
            let query = SearchQuery(text)
            let hits = corpus.searchDocuments(for: query, in: all) { $0.hits }.flatMap { $0 }
            #expect(corpus.documents.allSatisfy { !$0.content.isLoaded && !$0.source.isLoaded }, "\(text)")
            #expect(hits == SearchIndex(corpus: fixture.load(.off)).hits(for: query), "\(text)")
        }
    }

    @Test func aSearchOfTheStoreReadsTheSameHitParagraphsAndTurnsAsOneOfTheFiles() throws {
        let fixture = try StoredBuiltIn()
        defer { fixture.remove() }
        let (stored, parsed) = (fixture.stored, fixture.parsed)
        let all = Array(parsed.documents.indices)
        for text in ["mexico", "deport*", "\"mass deportations\"", "pena nieto", "the", "border"] {
            let query = SearchQuery(text)
            let read = stored.searchDocuments(for: query, in: all) { $0 }
            let expected = parsed.searchDocuments(for: query, in: all) { $0 }
            #expect(read.map(\.hits) == expected.map(\.hits), "\(text)")
            #expect(!read.isEmpty, "\(text)")
            for (found, wanted) in zip(read, expected) {
                #expect(found.turns == wanted.turns, "\(text)")
                #expect(found.turns.allSatisfy { $0.paragraphs.isEmpty })
                for hit in found.hits {
                    #expect(found.paragraph(hit.ref) == parsed.paragraph(hit.ref), "\(text) \(hit.ref)")
                }
            }
            #expect(stored.documents.allSatisfy { !$0.content.isLoaded }, "\(text)")
        }
    }

    @Test func anExcerptHoldsTheParagraphsAskedForAndEveryTurnWithoutItsText() throws {
        let corpus = CorpusLoader.builtIn()
        for (d, document) in corpus.documents.enumerated() {
            let content = document.content.value
            let refs =
                content.turns.indices.flatMap { t in
                    content.turns[t].paragraphs.indices.map { PassageRef(document: d, turn: t, paragraph: $0) }
                }
                + content.body.indices.map { PassageRef(document: d, turn: nil, paragraph: $0) }
            let wanted = Set(refs.enumerated().filter { $0.offset % 3 == 1 }.map(\.element))
            let excerpt = try DocumentExcerpt(binary: content.binary, document: d, wanted: wanted)
            #expect(excerpt.paragraphs == Dictionary(uniqueKeysWithValues: wanted.map { ($0, corpus.paragraph($0)) }))
            #expect(excerpt.turns == DocumentExcerpt(content: content, document: d, wanted: wanted).turns)
            #expect(excerpt.turns.map(\.label) == content.turns.map(\.label))
            // Bytes cut short are refused, not read as some other text.
            if content.binary.count > 8 {
                #expect(throws: BinaryFormatError.self) {
                    try DocumentExcerpt(binary: Array(content.binary.prefix(content.binary.count / 2)), document: d, wanted: wanted)
                }
            }
        }
    }

    @Test func documentsComeInTheOrderGivenAndTurnsAreFiltered() throws {
        let fixture = try CorpusStoreTests.Fixture()
        defer { fixture.remove() }
        let corpus = fixture.loadWarm()
        let order = Array(corpus.documents.indices.reversed())
        let found = corpus.searchDocuments(for: SearchQuery("bridge"), in: order) { $0.document }
        #expect(found == order.filter { corpus.documents[$0].sourceText.contains("bridge") })
        let byChief: @Sendable (Turn?) -> Bool = { $0?.label == "CHIEF WIGGUM" }
        let labels = corpus.searchDocuments(for: SearchQuery("glad bridge"), in: order, include: byChief) { found in
            found.hits.map { found.turns[$0.ref.turn!].label }
        }
        let chief = labels.flatMap { $0 }
        #expect(!chief.isEmpty && chief.allSatisfy { $0 == "CHIEF WIGGUM" })
    }
}
