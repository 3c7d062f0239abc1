import Foundation

/// A document's name words: held from the start for a file parsed now, or read from the corpus store the
/// first time speakers are resolved again. They are about a quarter of a stored file's parsed form, and
/// a warm start reuses the speakers resolved before, so it never needs them.
final class NameWordsStorage: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var words: NameWords?
    private let fetch: (@Sendable () -> NameWords)?

    init(_ words: NameWords) {
        self.words = words
        fetch = nil
    }

    /// `fetch` gives the words, or none when they cannot be read: full names are then not looked for in
    /// that file, and its labels still name their speakers.
    init(fetch: @escaping @Sendable () -> NameWords) {
        self.fetch = fetch
    }

    var value: NameWords {
        lock.lock()
        defer { lock.unlock() }
        if let words { return words }
        let fetched = fetch?() ?? NameWords(words: [])
        words = fetched
        return fetched
    }

    /// The words, read but not kept when they are not in memory already: for one pass over every
    /// document's words that needs each once.
    var valueWithoutKeeping: NameWords {
        if let held = lock.withLock({ words }) { return held }
        return fetch?() ?? NameWords(words: [])
    }

    /// True once the words are in memory (for tests).
    var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return words != nil
    }
}
