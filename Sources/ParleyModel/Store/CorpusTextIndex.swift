import Foundation
import GRDB

/// The store's full-text index of a loaded corpus, to find which paragraphs can match a query without
/// reading them all. It only narrows: `SearchQuery` still decides each match, so results are the same.
public final class CorpusTextIndex: Sendable {
    private let store: CorpusStore
    /// Each stored file's document in the corpus.
    private let documentByPath: [String: Int]
    /// Whether the files read are in the store yet.
    private let status: StoreSyncStatus

    init(store: CorpusStore, documentByPath: [String: Int], status: StoreSyncStatus) {
        self.store = store
        self.documentByPath = documentByPath
        self.status = status
    }

    /// Every paragraph that can match the query, in reading order; nil when the index cannot answer it
    /// (the query, or the store still being written), and the caller searches every paragraph instead.
    public func candidates(for query: SearchQuery) -> [PassageRef]? {
        matching(query, withText: false) { _ in true }?.map(\.ref).sorted()
    }

    /// The paragraphs where the query matches, each with how many times, in reading order: counted from
    /// the store's own text of each candidate paragraph (`Paragraph.searchableText`, whose words are the
    /// paragraph's search tokens), so no document is read. `include` picks paragraphs before their text is
    /// looked at. Nil when the index cannot answer.
    public func matchCounts(for query: SearchQuery, include: (PassageRef) -> Bool) -> [(ref: PassageRef, count: Int)]? {
        guard let found = matching(query, withText: true, include: include) else { return nil }
        let matcher = QueryMatcher(query)
        let counts = found.parallelMap(chunk: 64) { matcher.count(in: $0.text) }
        return zip(found, counts).compactMap { $1 > 0 ? ($0.ref, $1) : nil }.sorted { $0.ref < $1.ref }
    }

    /// The paragraphs of this corpus the index says can match, that `include` keeps, with their stored text
    /// when asked for (else empty); nil when the index cannot answer.
    private func matching(
        _ query: SearchQuery, withText: Bool, include: (PassageRef) -> Bool
    ) -> [(ref: PassageRef, text: String)]? {
        guard status.isWritten, let pattern = Self.pattern(for: query) else { return nil }
        let text = withText ? "paragraph.text" : "''"
        return try? store.pool.read { db in
            var found: [(ref: PassageRef, text: String)] = []
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT paragraph.path, paragraph.turn, paragraph.paragraph, \(text) FROM paragraph_fts
                    JOIN paragraph ON paragraph.id = paragraph_fts.rowid WHERE paragraph_fts MATCH ?
                    """, arguments: [pattern])
            while let row = try cursor.next() {
                guard let document = documentByPath[row[0]] else { continue }
                let ref = PassageRef(document: document, turn: row[1], paragraph: row[2])
                if include(ref) { found.append((ref, row[3])) }
            }
            return found
        }
    }

    var isWriting: Bool { store.laterWrites?.isBusy ?? false }

    /// Waits for the writes the load left to the store's own thread; why the files read could not be
    /// kept, if they could not.
    func finishWrites() -> String? {
        store.laterWrites?.wait()
        return status.problem
    }

    /// The FTS5 query that finds a superset of the query's matches: any term; a term's words all present
    /// (a phrase's order and case are left to the exact matcher), its last word as a prefix when it is one.
    static func pattern(for query: SearchQuery) -> FTS5Pattern? {
        guard !query.isEmpty else { return nil }
        var terms: [String] = []
        for term in query.terms {
            var words: [String] = []
            for (index, word) in term.words.enumerated() {
                guard isSafe(word) else { return nil }
                let quoted = "\"" + word.lowercased() + "\""
                words.append(index == term.words.count - 1 && term.lastIsPrefix ? quoted + " *" : quoted)
            }
            terms.append("(" + words.joined(separator: " AND ") + ")")
        }
        return try? FTS5Pattern(rawPattern: terms.joined(separator: " OR "))
    }

    /// Whether FTS5 reads the word as parley does. Its `unicode61` tokenizer takes accents off Latin letters
    /// only, while parley folds every script (`й` to `и`), so a word in another script could miss
    /// paragraphs parley matches; such queries, and anything but letters, digits and inner apostrophes,
    /// are left to the full scan.
    static func isSafe(_ word: String) -> Bool {
        !word.isEmpty
            && word.unicodeScalars.allSatisfy { scalar in
                let latin = scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value)
                let properties = scalar.properties
                return latin && (properties.isAlphabetic || properties.numericType != nil || scalar == "'")
            }
    }
}
