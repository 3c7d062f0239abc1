import Foundation

public enum DocumentKind: String, Sendable, Codable, Hashable, CaseIterable {
    case transcript, statement, article, communique, document
}

/// A calendar day, kept apart from time zones.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// `2017-02-23`
    public var iso: String {
        // Padded by hand: `String(format:)` costs several times more, and lists redraw dozens of dates a keystroke.
        guard year >= 0, month >= 0, day >= 0 else { return String(format: "%04d-%02d-%02d", year, month, day) }
        return Self.zeroPadded(year, to: 4) + "-" + Self.zeroPadded(month, to: 2) + "-" + Self.zeroPadded(day, to: 2)
    }

    private static func zeroPadded(_ n: Int, to width: Int) -> String {
        let digits = String(n)
        return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }
    public var description: String { iso }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    /// `Feb 23 2017`
    public var short: String { "\(Day.monthNames[month - 1].prefix(3)) \(day) \(year)" }
    /// `February 23, 2017`
    public var long: String { "\(Day.monthNames[month - 1]) \(day), \(year)" }

    /// Days since 1 January of year 0 (proleptic Gregorian), for distances between days.
    public var ordinal: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        let parts = s.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD: \(s)"))
        }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }
}

/// One source file, parsed.
public struct Document: Sendable, Hashable {
    /// The file name without its extension: stable and unique within a corpus.
    public var id: String
    /// The file name as found.
    public var fileName: String
    public var kind: DocumentKind
    public var title: String
    public var date: Day?
    /// The city (and country or state) where it was said or issued, e.g. `Mexico City, Mexico`.
    public var place: String?
    /// The room or building, e.g. `Dean Acheson Auditorium`.
    public var venue: String?
    /// The author of an article, when it names one.
    public var author: String?
    /// Header lines as written (title, participants, place, date), after boilerplate is removed.
    public var header: [String]
    /// Speaker turns; empty for documents that are not transcripts.
    public var turns: [Turn] {
        get { content.value.turns }
        set { changeContent { $0.turns = newValue } }
    }
    /// The running text of a document that is not a transcript; for a transcript, its preamble: the
    /// prose before the first speaker (an editor's lead, a correction notice).
    public var body: [Paragraph] {
        get { content.value.body }
        set { changeContent { $0.body = newValue } }
    }
    /// Where the turns and running text are held or read from: for a document read back from the corpus
    /// store, they are read the first time they are asked for.
    var content: DocumentContentStorage
    /// How many turns, known without reading them.
    public var turnCount: Int { content.turnCount }
    /// How many paragraphs, in turns and running text, known without reading them.
    public var paragraphCount: Int { content.paragraphCount }
    /// The words spoken in each turn (notes left out), known without reading the text of a document read
    /// back from the store.
    public var spokenWordsPerTurn: [Int] { content.spokenWordsPerTurn }
    /// Who speaks each turn (person ids, in turn order), known without reading the turns' text.
    public var speakerIDs: [String] { content.turnSpeakers.map(\.speakerID) }
    /// Who speaks each turn, with the reporters named before questions.
    var turnSpeakers: [TurnSpeaker] { content.turnSpeakers }
    /// Sets who speaks each turn, without reading the turns' text when it is not in memory yet.
    mutating func setSpeakers(_ speakers: [TurnSpeaker]) { content = content.withSpeakers(speakers) }

    private mutating func changeContent(_ change: (inout DocumentContent) -> Void) {
        var changed = content.value
        change(&changed)
        content = DocumentContentStorage(changed)
    }
    /// The full source text, so any span can be shown as written. For a document read back from the corpus
    /// store it is fetched the first time it is asked for; if it can no longer be had (the store lost it and
    /// the file changed since), it is empty, and `readSourceText()` says why.
    public var sourceText: String {
        get { (try? source.read().get()) ?? "" }
        set { source = SourceTextStorage(newValue) }
    }
    /// Where the source text is held or fetched from.
    var source: SourceTextStorage
    /// Plain text, or a web page whose `sourceText` is the text read from it.
    public var sourceFormat: SourceFormat = .plainText
    /// How the file was read, for `parley inspect`: kept with the turns, as its notes are most of what a
    /// document holds besides its text.
    public var reading: DocumentReading {
        get { content.value.reading }
        set { changeContent { $0.reading = newValue } }
    }

    public init(
        id: String, fileName: String, kind: DocumentKind, title: String, date: Day?, place: String?, venue: String?,
        author: String?, header: [String], turns: [Turn], body: [Paragraph], sourceText: String,
        reading: DocumentReading = DocumentReading()
    ) {
        self.init(
            id: id, fileName: fileName, kind: kind, title: title, date: date, place: place, venue: venue, author: author,
            header: header, content: DocumentContentStorage(DocumentContent(turns: turns, body: body, reading: reading)),
            source: SourceTextStorage(sourceText))
    }

    /// A document whose turns, running text and source text are held or read from where these say: one read
    /// back from the store makes them without making empty ones first to replace.
    init(
        id: String, fileName: String, kind: DocumentKind, title: String, date: Day?, place: String?, venue: String?,
        author: String?, header: [String], content: DocumentContentStorage, source: SourceTextStorage
    ) {
        self.id = id
        self.fileName = fileName
        self.kind = kind
        self.title = title
        self.date = date
        self.place = place
        self.venue = venue
        self.author = author
        self.header = header
        self.content = content
        self.source = source
    }

    /// The source text, or why it cannot be had: the store no longer holds it and the file on disk is not
    /// what was parsed (changed, moved or deleted since).
    /// `keeping: false` reads it without keeping it, when it is not in memory already: for a walk through
    /// many documents that reads each once.
    public func readSourceText(keeping: Bool = true) -> Result<String, LoadProblem> {
        keeping ? source.read() : source.readWithoutKeeping()
    }

    /// Every paragraph of the document in reading order, turns first.
    public var paragraphs: [Paragraph] {
        let content = content.value
        return content.turns.flatMap(\.paragraphs) + content.body
    }
}
