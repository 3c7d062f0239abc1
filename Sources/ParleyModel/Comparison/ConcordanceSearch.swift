/// A concordance made a batch of documents at a time, in reading order: for a caller that writes each
/// batch's lines and lets them go, so a word found a million times is never held whole.
public struct ConcordanceSearch: Sendable {
    private let corpus: Corpus
    private let search: DocumentSearch
    private let width: Int
    private let meetingOfDocument: [Int: String]
    /// Whether lines keep their paragraph's words, which only sorting by the words around a hit reads.
    private let withSortWords: Bool

    /// The hits of `query` with `width` characters of context each side; `withSortWords` off leaves out the
    /// words around each hit, for lines never sorted by them.
    public init(corpus: Corpus, query: SearchQuery, width: Int, withSortWords: Bool = true) {
        self.corpus = corpus
        self.width = width
        self.withSortWords = withSortWords
        search = corpus.documentSearch(for: query, in: Array(corpus.documents.indices))
        meetingOfDocument = Dictionary(
            corpus.meetings.flatMap { m in m.documentIndices.map { ($0, m.id) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The documents that can hold a hit, in reading order, cut into the batches read at once.
    public var batches: [ArraySlice<Int>] { search.batches }

    /// The lines of the documents of `batch`, in reading order, their positions counted from `firstPosition`
    /// (the number of lines before the batch).
    public func lines(in batch: ArraySlice<Int>, from firstPosition: Int) -> [ConcordanceLine] {
        var lines = Array(search.hits(in: batch, documentLines).joined())
        for i in lines.indices { lines[i].position = firstPosition + i }
        return lines
    }

    /// How many hits the documents of `batch` hold, without making their lines.
    public func hitCount(in batch: ArraySlice<Int>) -> Int {
        search.hits(in: batch) { $0.hits.count }.reduce(0, +)
    }

    private func documentLines(_ found: DocumentHits) -> [ConcordanceLine] {
        let document = corpus.documents[found.document]
        var lines: [ConcordanceLine] = []
        found.forEachParagraph { paragraph, hits in
            let tokens = withSortWords ? SearchIndex.tokens(of: paragraph) : []
            let words = tokens.map(\.folded)
            let excerpts = Concordance.excerpts(of: paragraph.text, ranges: hits.map(\.range), before: width, after: width)
            for (hit, line) in zip(hits, excerpts) {
                lines.append(
                    ConcordanceLine(
                        ref: hit.ref, range: hit.range, left: line.left, hit: line.hit, right: line.right,
                        meetingID: meetingOfDocument[found.document], speakerID: hit.ref.turn.map { found.turns[$0].speakerID },
                        documentID: document.id, position: 0,
                        paragraphWords: words,
                        // Tokens stand in order and apart: those before the hit are a prefix, those after a suffix.
                        wordsBeforeHit: tokens.prefix { $0.range.upperBound <= hit.range.lowerBound }.count,
                        wordsAfterHit: tokens.reversed().prefix { $0.range.lowerBound >= hit.range.upperBound }.count))
            }
        }
        return lines
    }
}
