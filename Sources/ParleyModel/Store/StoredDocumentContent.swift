import Foundation
import GRDB

/// Where the turns and running text of a document read back from the store come from: the store's row of
/// the file's content, or, when the row is gone or was rewritten for other bytes (the cache was cleared, or
/// another parley read the file again after it changed), the file itself parsed again. Either is taken only
/// when it is the file the outline was made from: same bytes, same number of turns.
struct StoredDocumentContent: DocumentContentFetcher {
    let store: CorpusStore
    /// The file's key in the store: its standardized path.
    let key: String
    /// The hash of the file's bytes when it was parsed.
    let fileHash: Int64
    let turnCount: Int

    /// The content's bytes in the store, when they are of the file the outline was made from.
    private func storedBytes() -> [UInt8]? {
        let blob = try? store.pool.read { db in
            try Data.fetchOne(
                db.cachedStatement(
                    sql: "SELECT c.content FROM file_content c JOIN file f ON f.path = c.path WHERE c.path = ? AND f.hash = ?"),
                arguments: [key, fileHash])
        }
        return (blob ?? nil).map { [UInt8]($0) }
    }

    func fetchExcerpt(document: Int, wanted: Set<PassageRef>) -> DocumentExcerpt? {
        guard let bytes = storedBytes(), let excerpt = try? DocumentExcerpt(binary: bytes, document: document, wanted: wanted),
            excerpt.turns.count == turnCount
        else { return nil }
        return excerpt
    }

    func fetchContent() -> DocumentContent {
        if let bytes = storedBytes(), let content = try? DocumentContent(binary: bytes), content.turns.count == turnCount {
            return content
        }
        let url = URL(fileURLWithPath: key)
        switch CorpusLoader.readData(url) {
        case .success(let data) where FileSignature.contentHash(data) == fileHash:
            if case .parsed(let parsed, _) = CorpusLoader.parse(data, url: url), parsed.document.turnCount == turnCount {
                return parsed.document.content.value
            }
            return unavailable("its text is no longer in the cache and could not be read again")
        case .success:
            return unavailable(
                "this file changed since parley read it, and its text is no longer in the cache; run parley again to read it afresh")
        case .failure(let problem):
            return unavailable("its text is no longer in the cache, and the file \(problem.message)")
        }
    }

    /// Turns that say why their text cannot be shown, as many as the outline counted, so that everything
    /// numbered by turn still holds; never another file's text in their place.
    private func unavailable(_ reason: String) -> DocumentContent {
        let file = URL(fileURLWithPath: key).lastPathComponent
        let note = Paragraph(text: "(\(reason))", runs: [], source: SourceSpan(file: file, start: 0, end: 0, line: 1, endLine: 1))
        let turns = (0..<turnCount).map { Turn(index: $0, label: "", speakerID: "", isQuestion: false, reporter: nil, paragraphs: [note]) }
        return DocumentContent(turns: turns, body: turnCount == 0 ? [note] : [])
    }
}
