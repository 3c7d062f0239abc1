import Foundation

/// A document's turns and running text, and the notes on how it was read.
struct DocumentContent: Sendable, Hashable {
    var turns: [Turn]
    var body: [Paragraph]
    var reading = DocumentReading()
}

/// Who speaks a turn, as the speaker resolver decided.
struct TurnSpeaker: Sendable, Hashable {
    var speakerID: String
    var reporter: Reporter?
}

/// Gives back the turns and running text of a document read back from the corpus store, when first asked for.
protocol DocumentContentFetcher: Sendable {
    func fetchContent() -> DocumentContent
    /// The turns and the `wanted` paragraphs alone, when they can be read without the rest; nil otherwise.
    func fetchExcerpt(document: Int, wanted: Set<PassageRef>) -> DocumentExcerpt?
}

extension DocumentContentFetcher {
    func fetchExcerpt(document: Int, wanted: Set<PassageRef>) -> DocumentExcerpt? { nil }
}

/// A document's turns and running text: held from the start for a file parsed now, or read back from the
/// store the first time they are asked for, and then kept. A large archive's paragraphs are several times
/// its size in memory, and most of what parley shows (the first screen, the meeting list, a search's hits)
/// reads the paragraphs of a few documents only.
///
/// What the views need of every document without its text (how many turns and paragraphs, who speaks each
/// turn) is known without reading it.
final class DocumentContentStorage: @unchecked Sendable, Hashable {
    private let lock = NSLock()
    private let fetcher: (any DocumentContentFetcher)?
    let turnCount: Int
    let paragraphCount: Int
    /// Guarded by `lock`: the content once known, and each turn's spoken words once counted.
    private var content: DocumentContent?
    private var turnWords: [Int]?
    /// The turns' speakers, set on the turns when they are read; nil to keep the ones stored.
    private let speakers: [TurnSpeaker]?

    init(_ content: DocumentContent) {
        self.content = content
        fetcher = nil
        speakers = nil
        turnCount = content.turns.count
        paragraphCount = content.turns.reduce(content.body.count) { $0 + $1.paragraphs.count }
    }

    init(
        fetcher: any DocumentContentFetcher, turnCount: Int, paragraphCount: Int, turnWords: [Int]? = nil, speakers: [TurnSpeaker]? = nil
    ) {
        self.fetcher = fetcher
        self.turnCount = turnCount
        self.paragraphCount = paragraphCount
        self.turnWords = turnWords
        self.speakers = speakers
    }

    /// The content, read the first time.
    var value: DocumentContent {
        lock.lock()
        defer { lock.unlock() }
        if let content { return content }
        let fetched = fetch()
        content = fetched
        return fetched
    }

    /// The content, read but not kept when it is not in memory already: for a walk through many documents
    /// that needs each once, so that it holds only the ones it is reading.
    var valueWithoutKeeping: DocumentContent {
        if let held = lock.withLock({ content }) { return held }
        return fetch()
    }

    /// The turns and the `wanted` paragraphs of document `document`, read but not kept, and when the
    /// content is not in memory, read without the other paragraphs' text where the store allows it.
    func excerptWithoutKeeping(document: Int, wanted: Set<PassageRef>) -> DocumentExcerpt {
        if let held = lock.withLock({ content }) { return DocumentExcerpt(content: held, document: document, wanted: wanted) }
        guard let fetcher, var excerpt = fetcher.fetchExcerpt(document: document, wanted: wanted) else {
            return DocumentExcerpt(content: fetch(), document: document, wanted: wanted)
        }
        setSpeakers(on: &excerpt.turns)
        return excerpt
    }

    private func fetch() -> DocumentContent {
        guard let fetcher else { preconditionFailure("a document's content is either held or fetched") }
        var fetched = fetcher.fetchContent()
        setSpeakers(on: &fetched.turns)
        return fetched
    }

    /// Puts the resolved speakers, when there are any for these turns, on turns read back.
    private func setSpeakers(on turns: inout [Turn]) {
        guard let speakers, speakers.count == turns.count else { return }
        for (t, speaker) in speakers.enumerated() {
            turns[t].speakerID = speaker.speakerID
            turns[t].reporter = speaker.reporter
        }
    }

    /// The words spoken in each turn, as `SpokenWordCount` counts them: known without the text for a
    /// document read back from the store, counted once otherwise.
    var spokenWordsPerTurn: [Int] {
        if let known = lock.withLock({ turnWords }) { return known }
        let counted = value.turns.map { $0.paragraphs.reduce(0) { $0 + SpokenWordCount.of($1) } }
        lock.withLock { turnWords = counted }
        return counted
    }

    /// True once the content is in memory (for tests and measurements).
    var isLoaded: Bool { lock.withLock { content != nil } }

    /// Each turn's speaker, read without the turns' text when they are not in memory yet.
    var turnSpeakers: [TurnSpeaker] {
        if let speakers, !isLoaded { return speakers }
        return value.turns.map { TurnSpeaker(speakerID: $0.speakerID, reporter: $0.reporter) }
    }

    /// The same content with these speakers on its turns; not read when it is not in memory yet.
    func withSpeakers(_ speakers: [TurnSpeaker]) -> DocumentContentStorage {
        if let fetcher, !isLoaded {
            return DocumentContentStorage(
                fetcher: fetcher, turnCount: turnCount, paragraphCount: paragraphCount, turnWords: lock.withLock { turnWords },
                speakers: speakers)
        }
        var content = value
        for (t, speaker) in zip(content.turns.indices, speakers) {
            content.turns[t].speakerID = speaker.speakerID
            content.turns[t].reporter = speaker.reporter
        }
        return DocumentContentStorage(content)
    }

    static func == (a: DocumentContentStorage, b: DocumentContentStorage) -> Bool {
        a === b || (a.turnCount == b.turnCount && a.paragraphCount == b.paragraphCount && a.value == b.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(turnCount)
        hasher.combine(paragraphCount)
    }
}
