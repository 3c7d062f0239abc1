import Foundation
import Testing

@testable import ParleyModel

/// The built-in corpus read back from a corpus store of its own (filled by a first load), beside the
/// same corpus parsed in memory.
struct StoredBuiltIn {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("parley-stored-\(UUID().uuidString)")
    let stored: Corpus
    let parsed: Corpus

    init() throws {
        let paths = try #require(CorpusLoader.builtInPaths)
        _ = CorpusLoader.load(paths: paths, cache: .folder(cache))
        stored = CorpusLoader.load(paths: paths, cache: .folder(cache))
        parsed = CorpusLoader.load(paths: paths)
        #expect(stored.parsedFileCount == 0)
    }

    func remove() { try? FileManager.default.removeItem(at: cache) }
}
