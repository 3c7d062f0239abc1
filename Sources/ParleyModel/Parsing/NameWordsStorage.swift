/// A document's name words, held in their stored form (`NameWords.binary`) for a file parsed now, or read
/// from the corpus store each time speakers are resolved again. As words, an archive's take several times
/// its size in memory, four times their stored form; they are made into words only while the resolver
/// reads them, and a warm start reuses the speakers resolved before, so it never needs them.
final class NameWordsStorage: Sendable {
    private let bytes: [UInt8]?
    private let fetch: (@Sendable () -> [UInt8]?)?

    init(_ words: NameWords) {
        bytes = words.binary
        fetch = nil
    }

    /// `fetch` gives the words' stored form, or none when it cannot be read: full names are then not looked
    /// for in that file, and its labels still name their speakers.
    init(fetch: @escaping @Sendable () -> [UInt8]?) {
        bytes = nil
        self.fetch = fetch
    }

    /// The words' stored form, held or fetched; a stored form fetched is not kept.
    var binary: [UInt8] { bytes ?? fetch?() ?? NameWords(words: []).binary }

    /// The words, made from their stored form each time: the resolver's one pass over every document's
    /// words needs each once.
    var words: NameWords {
        let binary = binary
        return binary.isEmpty ? NameWords(words: []) : (try? NameWords(binary: binary)) ?? NameWords(words: [])
    }

    /// True when the words' stored form is held (for tests).
    var isLoaded: Bool { bytes != nil }
}
