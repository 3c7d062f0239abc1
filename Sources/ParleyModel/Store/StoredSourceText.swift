import Foundation
import GRDB

/// Where the source text of a document read back from the store comes from: the store's `source` table,
/// or, when the row is gone (the cache was cleared or rewritten meanwhile), the file itself. Either is
/// taken only when its hash is the one recorded when the file was parsed, so a text never stands in for
/// another: the document's offsets and lines point into exactly that text.
struct StoredSourceText: SourceTextFetcher {
    let store: CorpusStore
    /// The file's key in the store: its standardized path.
    let key: String

    var origin: String { store.url.path + "\u{0}" + key }

    func fetchSourceText(expectedHash: Int64) -> Result<String, LoadProblem> {
        let stored = try? store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT text FROM source WHERE path = ? AND hash = ?", arguments: [key, expectedHash])
        }
        if let stored { return .success(stored) }
        let url = URL(fileURLWithPath: key)
        switch CorpusLoader.readData(url) {
        case .failure(let problem):
            return .failure(
                LoadProblem(
                    file: key, message: "its text is no longer in the cache, and the file \(problem.message)"))
        case .success(let data):
            if case .success(let source) = CorpusLoader.source(from: data, url: url), SourceTextStorage.hash(source.text) == expectedHash {
                return .success(source.text)
            }
            return .failure(
                LoadProblem(
                    file: key,
                    message: "changed since parley read it, and its text is no longer in the cache; run parley again to read it afresh"))
        }
    }
}
