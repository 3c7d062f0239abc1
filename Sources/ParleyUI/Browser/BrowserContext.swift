import Foundation
import ParleyModel

/// What the browser reads but never changes: the corpus, word indexes of the meetings on screen, and
/// layouts per pane, width and query (so scrolling and key presses never re-wrap text). Nothing here reads
/// the whole corpus's text before the first frame: what needs all of it is worked out when first asked for,
/// or in the background once the browser is up.
public final class BrowserContext: @unchecked Sendable {
    public let corpus: Corpus
    /// Meetings that have a transcript, as indices into `corpus.meetings`.
    public let transcriptMeetings: [Int]
    /// Everyone who speaks anywhere: officials by turns, then moderators and reporters.
    public var speakers: [Person] { speaking.value.speakers }
    /// The meetings the panes can show, in date order, for the meeting picker and the meeting steps.
    /// Worked out once the first frame is up, which does not need it; waited for when first asked for.
    public var catalog: MeetingCatalog { catalogWork().value }
    /// Who speaks and how often, counted beside the first frame: its panes are laid out meanwhile, and only
    /// its speaker bar waits for them.
    private let speaking: BackgroundWork<Speaking>
    /// Statistics, traces, alignments and concordances, computed once when a view first needs them.
    let analysis: AnalysisCache
    private let buildWords: @Sendable (Corpus, Meeting) -> MeetingWords

    private struct LayoutKey: Hashable {
        var meeting: Int
        var speaker: String?
        var width: Int
        var query: SearchQuery?
        /// Quote marks appear once the quotes are traced, so a layout made before is made again after.
        var quotesReady: Bool
    }

    private struct TurnsKey: Hashable {
        var meeting: Int
        var speaker: String?
    }

    // Guarded by `lock`: memos, and work started in the background.
    private let lock = NSLock()
    private var layouts: [LayoutKey: PaneLayout] = [:]
    private var turnLists: [TurnsKey: [TurnPlace]] = [:]
    private var words: [Int: BackgroundWork<MeetingWords>] = [:]
    private var quoting: BackgroundWork<[PassageRef: [Int]]>?
    private var slotMemo: [[Int]: [Person]] = [:]
    private var rowParagraphs: [PassageRef: Paragraph] = [:]
    private var catalogMaking: BackgroundWork<MeetingCatalog>?

    public convenience init(corpus: Corpus) {
        self.init(corpus: corpus, buildingWords: { MeetingWords(corpus: $0, meeting: $1) })
    }

    init(
        corpus: Corpus, buildingWords: @escaping @Sendable (Corpus, Meeting) -> MeetingWords, analysis: AnalysisCache = AnalysisCache()
    ) {
        self.corpus = corpus
        self.analysis = analysis
        self.buildWords = buildingWords
        let transcriptMeetings = corpus.meetings.indices.filter { !corpus.transcripts(of: corpus.meetings[$0]).isEmpty }
        self.transcriptMeetings = transcriptMeetings
        speaking = BackgroundWork { Speaking(corpus: corpus, transcriptMeetings: transcriptMeetings) }
    }

    /// Everyone who speaks, ranked, and their turns per meeting.
    private struct Speaking: Sendable {
        var speakers: [Person]
        /// Turns per person and meeting index: the speaker bar shows them on every frame.
        var turnCounts: [String: [Int: Int]]

        init(corpus: Corpus, transcriptMeetings: [Int]) {
            // Speakers only, numbered once (no turn's text is read), and each meeting's turns tallied in an
            // array: an archive has hundreds of thousands of turns, and the first frame's speaker bar waits.
            let numbers = SpeakerNumbers(
                corpus: corpus, documents: transcriptMeetings.flatMap { corpus.transcripts(of: corpus.meetings[$0]) })
            let ids = numbers.ids
            var counts = Array(repeating: [Int: Int](), count: ids.count)
            var turnsOf = Array(repeating: 0, count: ids.count)
            var tally = turnsOf
            var touched: [Int] = []
            for m in transcriptMeetings {
                for d in corpus.transcripts(of: corpus.meetings[m]) {
                    for p in numbers.turns[d] {
                        if tally[p] == 0 { touched.append(p) }
                        tally[p] += 1
                    }
                }
                for p in touched {
                    counts[p][m] = tally[p]
                    turnsOf[p] += tally[p]
                    tally[p] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            let totals = Dictionary(uniqueKeysWithValues: zip(ids, turnsOf))
            let first = numbers.number
            turnCounts = Dictionary(uniqueKeysWithValues: zip(ids, counts))
            func rank(_ kind: PersonKind) -> Int { kind == .official ? 0 : kind == .moderator ? 1 : 2 }
            speakers = corpus.people.filter { totals[$0.id] != nil }.sorted { a, b in
                (rank(a.kind), -(totals[a.id] ?? 0), first[a.id] ?? 0) < (rank(b.kind), -(totals[b.id] ?? 0), first[b.id] ?? 0)
            }
        }
    }

    public func meeting(_ index: Int) -> Meeting { corpus.meetings[index] }

    // MARK: - Background work

    /// Starts what the browser will soon want, once its first frame is up: the word indexes of the meetings
    /// on screen (for search), the tracing of quotes and the meeting catalog. Cheap to call again: each
    /// starts once.
    public func prepare(meetings: [Int]) {
        let shown = Set(meetings)
        for m in shown { _ = meetingWordsWork(m, keeping: shown) }
        startTracingQuotes()
        _ = catalogWork()
    }

    /// The catalog's making, started when first wanted.
    private func catalogWork() -> BackgroundWork<MeetingCatalog> {
        lock.withLock {
            if let catalogMaking { return catalogMaking }
            let corpus = corpus
            let transcriptMeetings = transcriptMeetings
            let work = BackgroundWork { MeetingCatalog(corpus: corpus, meetings: transcriptMeetings) }
            catalogMaking = work
            return work
        }
    }

    /// Whether the word indexes of these meetings are built, so a search in them need not wait.
    public func isSearchReady(meetings: [Int]) -> Bool {
        Set(meetings).allSatisfy { m in lock.withLock { words[m]?.isDone ?? false } }
    }

    /// The word index of a meeting, waiting for it (and starting it, if nothing has yet).
    func meetingWords(_ meeting: Int) -> MeetingWords { meetingWordsWork(meeting).value }

    /// `keeping`: meetings whose indexes must not make room for this one (those on screen), or each pane's
    /// index could push out the other's on every wake.
    private func meetingWordsWork(_ meeting: Int, keeping: Set<Int> = []) -> BackgroundWork<MeetingWords> {
        lock.withLock {
            if let work = words[meeting] { return work }
            let corpus = corpus
            let build = buildWords
            let work = BackgroundWork { build(corpus, corpus.meetings[meeting]) }
            // Two panes and a few steps through the archive: an index is a few MB, so keep a handful.
            if words.count >= 8, let old = words.keys.first(where: { !keeping.contains($0) }) { words[old] = nil }
            words[meeting] = work
            return work
        }
    }

    /// For each spoken paragraph a related document quotes, the documents quoting it; nil until traced.
    /// Tracing reads the whole corpus, so it runs in the background and the panes mark quotes once done.
    public var quotedParagraphs: [PassageRef: [Int]]? { lock.withLock { quoting }?.wait(milliseconds: 0) }

    /// Whether the quotes are traced yet.
    public var areQuotesReady: Bool { lock.withLock { quoting }?.isDone ?? false }

    private func startTracingQuotes() {
        lock.withLock {
            guard quoting == nil else { return }
            let corpus = corpus
            let analysis = analysis
            // Only related documents quote: an archive of transcripts alone has nothing to trace.
            let anyQuoting = corpus.documents.contains { $0.kind != .transcript }
            quoting = BackgroundWork { anyQuoting ? analysis.quotingDocuments(corpus) : [:] }
        }
    }

    /// Waits until the quotes are traced (for a caller that must see the marks, like a test).
    public func waitUntilQuotesAreTraced() {
        startTracingQuotes()
        _ = lock.withLock { quoting }?.value
    }

    // MARK: - Search over the whole corpus

    /// The keyword-in-context hits of `query`, worked out once per query, in the background: nil while they
    /// are (see `AnalysisCache.patience`). Of the store's documents only the paragraphs with a hit are
    /// read, and none is kept.
    func readyConcordance(_ query: SearchQuery) -> KeywordHits? {
        analysis.readyConcordance(corpus, query: query, prepare: waitForTheIndex)
    }

    /// The order `sort` of the keyword-in-context hits of `query`, worked out once, in the background: nil
    /// while it is (see `AnalysisCache.patience`).
    func readyConcordanceOrder(_ hits: KeywordHits, query: SearchQuery, sort: ConcordanceSort) -> [Int]? {
        analysis.readyConcordanceOrder(hits, query: query, sort: sort)
    }

    /// A paragraph a list row shows, its document's text not kept: the last few hundred read are, so that
    /// redrawing a screen of rows reads nothing again. Nil for a place the corpus lacks.
    func rowParagraph(_ ref: PassageRef) -> Paragraph? {
        if let known = lock.withLock({ rowParagraphs[ref] }) { return known }
        guard let read = corpus.paragraphWithoutKeeping(ref) else { return nil }
        lock.withLock {
            if rowParagraphs.count >= Self.rowParagraphsKept { rowParagraphs.removeAll(keepingCapacity: true) }
            rowParagraphs[ref] = read
        }
        return read
    }

    /// Several screens of rows, each from another paragraph at worst.
    private static let rowParagraphsKept = 512

    /// A timeline of `query`'s hits across the archive, of one person or (nil) of everyone, worked out once
    /// per person, query, range and columns, in the background: nil while it is (see `AnalysisCache.patience`).
    /// Hits are counted from the store's index, reading no document.
    func readyTimeline(person: String?, query: SearchQuery, range: DateRange, columns: Int) -> Timeline? {
        analysis.readyTimeline(corpus, person: person, query: query, range: range, columns: columns, prepare: waitForTheIndex)
    }

    /// Just after a new archive is read its store is still being written: waiting for its index costs
    /// seconds at most, where reading every document for a search over the archive would cost as much.
    private var waitForTheIndex: @Sendable () -> Void {
        { [corpus] in if corpus.isStoreBeingWritten { _ = corpus.finishStoreWrites() } }
    }

    // MARK: - Speakers

    /// People in the order of the digit keys for the meetings on screen: those who speak in them,
    /// officials first, then moderators and reporters, each by their turns in these meetings.
    public func speakerSlots(meetings: [Int]) -> [Person] {
        if let memo = lock.withLock({ slotMemo[meetings] }) { return memo }
        let turns = { (p: Person) in meetings.reduce(0) { $0 + self.turnCount(person: p.id, meeting: $1) } }
        func rank(_ kind: PersonKind) -> Int { kind == .official ? 0 : kind == .moderator ? 1 : 2 }
        // `speakers` is already in archive order, which breaks ties.
        let slots = speakers.enumerated()
            .map { (person: $0.element, order: $0.offset, turns: turns($0.element)) }
            .filter { $0.turns > 0 }
            .sorted { (rank($0.person.kind), -$0.turns, $0.order) < (rank($1.person.kind), -$1.turns, $1.order) }
            .map(\.person)
        lock.withLock {
            if slotMemo.count > 64 { slotMemo.removeAll() }
            slotMemo[meetings] = slots
        }
        return slots
    }

    /// How many turns a person has in a meeting (an index into `corpus.meetings`).
    public func turnCount(person: String, meeting: Int) -> Int { speaking.value.turnCounts[person]?[meeting] ?? 0 }

    public func person(_ id: String?) -> Person? { id.flatMap { corpus.person(id: $0) } }

    // MARK: - Layouts

    /// The pane's lines for a meeting, one speaker or everyone, at a text width, with a query's matches marked.
    public func layout(meeting: Int, speaker: String?, width: Int, query: SearchQuery?) -> PaneLayout {
        let quoted = quotedParagraphs
        let key = LayoutKey(
            meeting: meeting, speaker: speaker, width: width, query: query?.isEmpty == true ? nil : query, quotesReady: quoted != nil)
        if let cached = lock.withLock({ layouts[key] }) { return cached }
        let plain = key.query == nil ? nil : layout(meeting: meeting, speaker: speaker, width: width, query: nil)
        let made = PaneLayout(
            corpus: corpus, turns: turns(meeting: meeting, speaker: speaker), speaker: speaker, width: width, query: key.query,
            quoted: quoted ?? [:], plain: plain,
            words: { [weak self, corpus] in
                self?.meetingWords(meeting) ?? MeetingWords(corpus: corpus, meeting: corpus.meetings[meeting])
            })
        lock.withLock {
            if layouts.count > 64 { layouts.removeAll() }
            layouts[key] = made
        }
        return made
    }

    /// A meeting's turns in reading order, one speaker's or everyone's: the same list for every width and query.
    private func turns(meeting: Int, speaker: String?) -> [TurnPlace] {
        let key = TurnsKey(meeting: meeting, speaker: speaker)
        if let cached = lock.withLock({ turnLists[key] }) { return cached }
        let made = corpus.turnPlaces(of: corpus.meetings[meeting], speaker: speaker)
        lock.withLock {
            if turnLists.count > 16 { turnLists.removeAll() }
            turnLists[key] = made
        }
        return made
    }
}
