extension Corpus {
    /// A search index for `query`: over only the paragraphs the corpus store's full-text index says can
    /// match, when the corpus came through the store and the index can answer the query, else over every
    /// paragraph. The hits are the same either way; only the paragraphs read differ.
    public func searchIndex(for query: SearchQuery) -> SearchIndex {
        textIndex?.candidates(for: query).map { SearchIndex(corpus: self, passages: $0) } ?? SearchIndex(corpus: self)
    }
}
