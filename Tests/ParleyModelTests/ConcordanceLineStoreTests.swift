import Testing

@testable import ParleyModel

/// Lines held in the store are read back as they were put in, but for the words around each hit.
struct ConcordanceLineStoreTests {
    @Test func linesReadBackAreTheLinesPutIn() {
        let corpus = CorpusLoader.builtIn()
        var lines: [ConcordanceLine] = []
        for query in ["the", "peña", "deport*", "\"mass deportations\""] {
            lines += Concordance.lines(corpus: corpus, query: SearchQuery(query), width: 25)
        }
        // Outside turns too: a news article's hits have no turn and no speaker.
        #expect(lines.contains { $0.ref.turn == nil && $0.speakerID == nil })
        #expect(lines.contains { $0.left.utf8.count != $0.left.count })
        var store = ConcordanceLineStore()
        store.append(contentsOf: Array(lines.prefix(100)))
        for line in lines.dropFirst(100) { store.append(line) }
        #expect(store.count == lines.count)
        for (i, line) in lines.enumerated() {
            var expected = line
            expected.paragraphWords = []
            expected.wordsBeforeHit = 0
            expected.wordsAfterHit = 0
            #expect(store[i] == expected, "line \(i)")
        }
    }
}
