import Foundation

/// A document's name words, held in their stored form (`NameWords.binary`) for a file parsed now, or read
/// from the corpus store the first time speakers are resolved again. As words, an archive's take several
/// times its size in memory, four times their stored form; they are made into words only while the resolver
/// reads them, and a warm start reuses the speakers resolved before, so it never needs them.
final class NameWordsStorage: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`: the words' stored form, once in memory.
    private var bytes: [UInt8]?
    private let fetch: (@Sendable () -> [UInt8]?)?

    init(_ words: NameWords) {
        bytes = words.binary
        fetch = nil
    }

    /// `fetch` gives the words' stored form, or none when it cannot be read: full names are then not looked
    /// for in that file, and its labels still name their speakers.
    init(fetch: @escaping @Sendable () -> [UInt8]?) {
        self.fetch = fetch
    }

    /// The words' stored form, fetched and kept the first time.
    var binary: [UInt8] {
        lock.withLock {
            if let bytes { return bytes }
            let fetched = fetch?() ?? NameWords(words: []).binary
            bytes = fetched
            return fetched
        }
    }

    /// The words, their stored form kept once fetched.
    var value: NameWords { Self.words(binary) }

    /// The words, their stored form read but not kept when it is not in memory already: for one pass over
    /// every document's words that needs each once.
    var valueWithoutKeeping: NameWords {
        if let held = lock.withLock({ bytes }) { return Self.words(held) }
        return Self.words(fetch?() ?? [])
    }

    private static func words(_ bytes: [UInt8]) -> NameWords {
        bytes.isEmpty ? NameWords(words: []) : (try? NameWords(binary: bytes)) ?? NameWords(words: [])
    }

    /// True once the words' stored form is in memory (for tests).
    var isLoaded: Bool { lock.withLock { bytes != nil } }
}
