import Foundation
import GRDB
import GRDBSQLite

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
        guard status.isWritten, let pattern = Self.pattern(for: query) else { return nil }
        return try? store.pool.read { db in
            var found: [PassageRef] = []
            try forEachParagraph(
                db,
                sql: """
                    SELECT paragraph.path, paragraph.turn, paragraph.paragraph FROM paragraph_fts
                    JOIN paragraph ON paragraph.id = paragraph_fts.rowid WHERE paragraph_fts MATCH ?
                    """, arguments: [pattern]
            ) { ref, _ in found.append(ref) }
            return found.sorted()
        }
    }

    /// The paragraphs where the query matches, each with how many times, in reading order: counted from
    /// the store's own text of each candidate paragraph (`Paragraph.searchableText`, whose words are the
    /// paragraph's search tokens), so no document is read. `include` picks paragraphs before their text is
    /// looked at. Nil when the index cannot answer.
    ///
    /// The paragraphs are read and counted a stretch of their ids at a time on all cores, each stretch on a
    /// connection of its own, and no `String` is made of their text: a common word is in most paragraphs
    /// of an archive.
    public func matchCounts(
        for query: SearchQuery, include: @escaping @Sendable (PassageRef) -> Bool
    ) -> [ParagraphMatchCount]? {
        guard status.isWritten, let pattern = Self.pattern(for: query),
            // Apart, each is read off one end of the table; together, SQLite reads every row for them.
            let ids = try? store.pool.read({ db in
                try Row.fetchOne(db, sql: "SELECT (SELECT min(id) FROM paragraph), (SELECT max(id) FROM paragraph)")
            })
        else { return nil }
        guard let low: Int = ids[0], let high: Int = ids[1] else { return [] }
        let matcher = QueryMatcher(query)
        let stretches = Self.stretches(low...high, into: ProcessInfo.processInfo.activeProcessorCount)
        var counted = stretches.parallelMap { ids in
            try? store.pool.read { db in try counts(pattern, ids: ids, matcher: matcher, include: include, in: db) }
        }
        guard !counted.contains(where: { $0 == nil }) else { return nil }
        // A common word is in most paragraphs: the parts are let go as they are joined, into an array made
        // once at its size, and sorted only when the store's order is not the corpus's (a sort's buffer is
        // half the array again).
        var found: [ParagraphMatchCount] = []
        found.reserveCapacity(counted.reduce(0) { $0 + ($1?.count ?? 0) })
        for i in counted.indices {
            found += counted[i] ?? []
            counted[i] = nil
        }
        if zip(found, found.dropFirst()).contains(where: { !$0.precedes($1) }) { found.sort { $0.precedes($1) } }
        return found
    }

    /// The paragraphs with ids in `ids` where the query matches, and how many times.
    private func counts(
        _ pattern: FTS5Pattern, ids: ClosedRange<Int>, matcher: QueryMatcher, include: (PassageRef) -> Bool, in db: Database
    ) throws -> [ParagraphMatchCount] {
        var found: [ParagraphMatchCount] = []
        try forEachParagraph(
            db,
            sql: """
                SELECT paragraph.path, paragraph.turn, paragraph.paragraph, paragraph.text FROM paragraph_fts
                JOIN paragraph ON paragraph.id = paragraph_fts.rowid
                WHERE paragraph_fts MATCH ? AND paragraph_fts.rowid BETWEEN ? AND ?
                """, arguments: [pattern, ids.lowerBound, ids.upperBound]
        ) { ref, row in
            guard include(ref) else { return }
            let count = row.withBytes(ofColumn: 3) { matcher.count(utf8: $0) }
            if count > 0 { found.append(ParagraphMatchCount(ref: ref, count: count)) }
        }
        return found
    }

    /// Each row of `sql`, whose first three columns are a paragraph's path, turn and paragraph, with the place
    /// it names in this corpus; rows of files the corpus does not hold are passed over. A file's paragraphs
    /// have ids one after another, so its path is looked up once, not per row. The rows are stepped through
    /// SQLite's own calls and their columns read in place: a common word is in most of an archive's
    /// paragraphs, and a row made for each cost more than counting the word in it.
    private func forEachParagraph(
        _ db: Database, sql: String, arguments: StatementArguments, _ body: (PassageRef, StoredRow) throws -> Void
    ) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let row = StoredRow(statement: statement.sqliteStatement)
        var path: [UInt8] = []
        var document: Int?
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                        sql: sql)
                }
                return
            }
            if !row.withBytes(ofColumn: 0, { $0.elementsEqual(path) }) {
                path = row.withBytes(ofColumn: 0) { Array($0) }
                document = documentByPath[String(decoding: path, as: UTF8.self)]
            }
            guard let document else { continue }
            // A paragraph outside any turn has no turn: NULL, not 0.
            try body(PassageRef(document: document, turn: row.optionalInt(ofColumn: 1), paragraph: row.int(ofColumn: 2)), row)
        }
    }

    /// The row a statement stands on, read in place.
    struct StoredRow {
        let statement: SQLiteStatement

        func int(ofColumn column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

        func optionalInt(ofColumn column: Int32) -> Int? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : int(ofColumn: column)
        }

        /// The column's bytes, valid only while `body` runs; none for NULL.
        func withBytes<R>(ofColumn column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            // The bytes first, then their count, as SQLite asks.
            let bytes = sqlite3_column_blob(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            return try body(UnsafeBufferPointer(start: bytes?.assumingMemoryBound(to: UInt8.self), count: bytes == nil ? 0 : count))
        }
    }

    /// `ids` cut into `parts` stretches of about the same length, in order.
    static func stretches(_ ids: ClosedRange<Int>, into parts: Int) -> [ClosedRange<Int>] {
        let length = max(1, (ids.count + parts - 1) / max(1, parts))
        return stride(from: ids.lowerBound, through: ids.upperBound, by: length).map { $0...min($0 + length - 1, ids.upperBound) }
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
