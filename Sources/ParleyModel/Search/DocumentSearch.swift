/// One document's part of a search: its hits in reading order, the paragraphs they are in, and its turns.
public struct DocumentHits: Sendable {
    public let document: Int
    /// Every turn of the document, without its paragraphs: who speaks it, and its label.
    public let turns: [Turn]
    public let hits: [SearchHit]
    /// The paragraphs with a hit, the only ones read of a document read back from the store.
    private let paragraphs: [PassageRef: Paragraph]

    init(document: Int, turns: [Turn], hits: [SearchHit], paragraphs: [PassageRef: Paragraph]) {
        self.document = document
        self.turns = turns
        self.hits = hits
        self.paragraphs = paragraphs
    }

    /// The paragraph of one of the hits.
    public func paragraph(_ ref: PassageRef) -> Paragraph {
        guard let paragraph = paragraphs[ref] else { preconditionFailure("only the paragraphs of a search's hits are read") }
        return paragraph
    }

    /// The hits a paragraph at a time, in reading order: each paragraph with a hit, and its hits, which stand
    /// together. For work done once for all of a paragraph's hits.
    public func forEachParagraph(_ body: (_ paragraph: Paragraph, _ hits: ArraySlice<SearchHit>) -> Void) {
        var start = hits.startIndex
        while start < hits.endIndex {
            let ref = hits[start].ref
            let end = hits[start...].firstIndex { $0.ref != ref } ?? hits.endIndex
            body(paragraph(ref), hits[start..<end])
            start = end
        }
    }
}

/// A search through some of a corpus's documents, asked of the store's full-text index once and then read
/// a batch of documents at a time, so a caller can print one batch's hits and let them go before the next.
public struct DocumentSearch: Sendable {
    /// How many documents are searched at once: each batch is read on all cores, and let go before the next.
    public static let batchSize = 64

    private let corpus: Corpus
    private let query: SearchQuery
    private let include: @Sendable (Turn?) -> Bool
    /// The paragraphs the index names, by document; nil when it cannot answer and every paragraph is read.
    private let candidates: [Int: [PassageRef]]?
    /// The documents asked for that can hold a hit, in the order asked.
    public let documents: [Int]

    init(corpus: Corpus, query: SearchQuery, documents: [Int], include: @escaping @Sendable (Turn?) -> Bool) {
        self.corpus = corpus
        self.query = query
        self.include = include
        guard !query.isEmpty else {
            candidates = [:]
            self.documents = []
            return
        }
        let candidates = corpus.textIndex?.candidates(for: query).map { Dictionary(grouping: $0, by: \.document) }
        self.candidates = candidates
        self.documents = candidates.map { found in documents.filter { found[$0] != nil } } ?? documents
    }

    /// `documents` cut into batches of `batchSize`, in order.
    public var batches: [ArraySlice<Int>] {
        documents.slices(of: Self.batchSize)
    }

    /// The hits in `batch` (some of `documents`), a document at a time on all cores, each document's hits
    /// given to `each`; the results in the batch's order, for the documents with a hit.
    ///
    /// Only the paragraphs the store's full-text index names are matched (every paragraph without one), and
    /// of a document whose turns are not in memory, only they are read, and let go after.
    public func hits<Result: Sendable>(in batch: ArraySlice<Int>, _ each: @Sendable (DocumentHits) -> Result) -> [Result] {
        Array(batch).parallelMap(chunk: 1) { d -> Result? in
            let storage = corpus.documents[d].content
            let found: DocumentHits
            if let wanted = candidates?[d] {
                // Only the paragraphs the index names are read, not the document's whole text.
                let excerpt = storage.excerptWithoutKeeping(document: d, wanted: Set(wanted))
                found = Corpus.hits(of: query, document: d, turns: excerpt.turns, in: wanted.sorted(), include: include) {
                    excerpt.paragraphs[$0]
                }
            } else {
                let content = storage.valueWithoutKeeping
                let heads = DocumentExcerpt(content: content, document: d, wanted: []).turns
                found = Corpus.hits(
                    of: query, document: d, turns: heads, in: Corpus.readingOrder(content, document: d), include: include
                ) { ref in ref.turn.map { content.turns[$0].paragraphs[ref.paragraph] } ?? content.body[ref.paragraph] }
            }
            return found.hits.isEmpty ? nil : each(found)
        }.compactMap { $0 }
    }
}

extension Corpus {
    /// A search for `query` in `documents`, to be read a batch at a time; `include` keeps a hit by its turn
    /// (nil in running text).
    public func documentSearch(
        for query: SearchQuery, in documents: [Int], include: @escaping @Sendable (Turn?) -> Bool = { _ in true }
    ) -> DocumentSearch {
        DocumentSearch(corpus: self, query: query, documents: documents, include: include)
    }

    /// The hits of `query` in `documents`, each document's hits given to `each`; the results in the order of
    /// `documents`, for those with a hit. A batch of documents' hit paragraphs is held at a time, not the
    /// archive.
    public func searchDocuments<Result: Sendable>(
        for query: SearchQuery, in documents: [Int], include: @escaping @Sendable (Turn?) -> Bool = { _ in true },
        _ each: @Sendable (DocumentHits) -> Result
    ) -> [Result] {
        let search = documentSearch(for: query, in: documents, include: include)
        return search.batches.flatMap { search.hits(in: $0, each) }
    }

    /// Every paragraph of a document, turns first, then its running text.
    fileprivate static func readingOrder(_ content: DocumentContent, document: Int) -> [PassageRef] {
        var refs: [PassageRef] = []
        for (t, turn) in content.turns.enumerated() {
            for p in turn.paragraphs.indices { refs.append(PassageRef(document: document, turn: t, paragraph: p)) }
        }
        for p in content.body.indices { refs.append(PassageRef(document: document, turn: nil, paragraph: p)) }
        return refs
    }

    /// One document's hits in the paragraphs `refs` names, in that order, that `include` keeps by their
    /// turn (nil in running text); `paragraph` gives a paragraph's text, nil for one the document lacks.
    fileprivate static func hits(
        of query: SearchQuery, document: Int, turns: [Turn], in refs: [PassageRef], include: (Turn?) -> Bool,
        paragraph: (PassageRef) -> Paragraph?
    ) -> DocumentHits {
        var hits: [SearchHit] = []
        var read: [PassageRef: Paragraph] = [:]
        let matcher = QueryMatcher(query)
        for ref in refs {
            if let t = ref.turn {
                guard turns.indices.contains(t), include(turns[t]) else { continue }
            } else {
                guard include(nil) else { continue }
            }
            guard let text = paragraph(ref) else { continue }
            let before = hits.count
            for range in matcher.matches(in: text) { hits.append(SearchHit(ref: ref, range: range)) }
            if hits.count > before { read[ref] = text }
        }
        return DocumentHits(document: document, turns: turns, hits: hits, paragraphs: read)
    }
}
