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
