/// One document's part of a search: its hits in reading order, with the turns and running text they are in.
public struct DocumentHits: Sendable {
    public let document: Int
    public let turns: [Turn]
    public let body: [Paragraph]
    public let hits: [SearchHit]

    public func paragraph(_ ref: PassageRef) -> Paragraph {
        if let t = ref.turn { return turns[t].paragraphs[ref.paragraph] }
        return body[ref.paragraph]
    }
}

extension Corpus {
    /// How many documents are searched at once: each batch is read on all cores, and let go before the next.
    static let searchBatch = 64

    /// The hits of `query` in `documents`, a document at a time on all cores, each document's hits given to
    /// `each`; the results in the order of `documents`, for those with a hit. `include` keeps a hit by its
    /// turn (nil in running text).
    ///
    /// Only the paragraphs the store's full-text index names are tokenised (every paragraph without one).
    /// A document whose turns are not in memory is read for the search and let go after, so a search through
    /// a whole archive holds a batch of documents at a time, not the archive.
    public func searchDocuments<Result: Sendable>(
        for query: SearchQuery, in documents: [Int], include: @Sendable (Turn?) -> Bool = { _ in true },
        _ each: @Sendable (DocumentHits) -> Result
    ) -> [Result] {
        guard !query.isEmpty else { return [] }
        let candidates = textIndex?.candidates(for: query).map { Dictionary(grouping: $0, by: \.document) }
        let searched = candidates.map { found in documents.filter { found[$0] != nil } } ?? documents
        var results: [Result] = []
        var start = 0
        while start < searched.count {
            let batch = Array(searched[start..<min(start + Self.searchBatch, searched.count)])
            start += batch.count
            results += batch.parallelMap(chunk: 1) { d -> Result? in
                let content = self.documents[d].content.valueWithoutKeeping
                let hits = Self.hits(
                    of: query, document: d, content: content, candidates: candidates.map { $0[d] ?? [] }, include: include)
                guard !hits.isEmpty else { return nil }
                return each(DocumentHits(document: d, turns: content.turns, body: content.body, hits: hits))
            }.compactMap { $0 }
        }
        return results
    }

    /// One document's hits in reading order: in `candidates` (every paragraph when nil) that `include` keeps.
    private static func hits(
        of query: SearchQuery, document: Int, content: DocumentContent, candidates: [PassageRef]?, include: (Turn?) -> Bool
    ) -> [SearchHit] {
        var hits: [SearchHit] = []
        let matcher = QueryMatcher(query)
        func search(_ paragraph: Paragraph, _ ref: PassageRef) {
            for range in matcher.matches(in: paragraph) { hits.append(SearchHit(ref: ref, range: range)) }
        }
        if let candidates {
            for ref in candidates.sorted() {
                if let t = ref.turn {
                    guard content.turns.indices.contains(t), content.turns[t].paragraphs.indices.contains(ref.paragraph) else { continue }
                    guard include(content.turns[t]) else { continue }
                    search(content.turns[t].paragraphs[ref.paragraph], ref)
                } else {
                    guard content.body.indices.contains(ref.paragraph), include(nil) else { continue }
                    search(content.body[ref.paragraph], ref)
                }
            }
            return hits
        }
        for (t, turn) in content.turns.enumerated() where include(turn) {
            for (p, paragraph) in turn.paragraphs.enumerated() { search(paragraph, PassageRef(document: document, turn: t, paragraph: p)) }
        }
        if include(nil) {
            for (p, paragraph) in content.body.enumerated() { search(paragraph, PassageRef(document: document, turn: nil, paragraph: p)) }
        }
        return hits
    }
}
