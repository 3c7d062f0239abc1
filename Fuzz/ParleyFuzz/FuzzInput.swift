/// How one fuzz input is read: its first byte picks the check it goes through, so each input pays
/// for one analysis rather than all of them, and the fuzzer learns which byte reaches which code.
/// The rest is up to four parts separated by NUL bytes; which parts a check reads is its own business.
struct FuzzInput {
    /// What an input is put through. Every case is reached by some first byte (`byte % count`).
    enum Check: CaseIterable {
        /// Texts and a `speakers.toml` parsed into a corpus, and the corpus's own references checked.
        case corpus
        /// A query (the first part, as typed) searched for in a corpus of the other parts, with its concordance.
        case search
        /// Per-speaker statistics and key words.
        case statistics
        /// Each speaker's passages aligned across meetings, and people and meetings looked up by name.
        case alignment
        /// Quotations traced to their sources and word-diffed against them.
        case quotes
        /// Any text drawn into the grid, wrapped and split into sentences, without parsing.
        case drawing
        /// Two texts word-diffed directly.
        case wordDiff
        /// A `speakers.toml` alone: every problem found has a message.
        case speakersFile
        /// A saved web page read into text, then parsed as a transcript.
        case webPage
    }

    let check: Check
    let parts: [UnsafeBufferPointer<UInt8>.SubSequence]

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        check = Check.allCases[Int(first) % Check.allCases.count]
        parts = bytes.dropFirst().split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
    }

    /// Part `index` as UTF-8 text (invalid sequences repaired), or "" when the input has fewer parts.
    func text(_ index: Int) -> String {
        parts.indices.contains(index) ? String(decoding: parts[index], as: UTF8.self) : ""
    }
}
