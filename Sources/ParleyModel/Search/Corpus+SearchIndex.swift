extension Corpus {
    /// A search index for `query` over only the paragraphs that can hold a match (`passages(thatCanMatch:)`).
    /// The hits are those of an index of every paragraph; only the paragraphs read differ.
    public func searchIndex(for query: SearchQuery) -> SearchIndex {
        SearchIndex(corpus: self, passages: passages(thatCanMatch: query))
    }

    /// The paragraphs that can hold a match of `query`, in order: those the corpus store's full-text index
    /// names, when the corpus came through the store and the index can answer the query; else those where
    /// the query matches, found a document at a time.
    public func passages(thatCanMatch query: SearchQuery) -> [PassageRef] {
        if let candidates = textIndex?.candidates(for: query) { return candidates }
        let found = searchDocuments(for: query, in: Array(documents.indices)) { $0.hits.map(\.ref) }
        var refs: [PassageRef] = []
        for ref in found.joined() where refs.last != ref { refs.append(ref) }
        return refs.sorted()
    }
}
