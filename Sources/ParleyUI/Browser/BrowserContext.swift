import Foundation
import ParleyModel

/// What the browser reads but never changes: the corpus, its search index, and layouts computed
/// once per pane, width and query (so scrolling and key presses never re-wrap text).
public final class BrowserContext: @unchecked Sendable {
    public let corpus: Corpus
    /// Built in the background from the start, so the first frame does not wait for it; the first search
    /// waits for what is left.
    public var index: SearchIndex { indexing.value }
    /// Whether the search index is built yet.
    public var isIndexReady: Bool { indexing.isDone }
    private let indexing: BackgroundWork<SearchIndex>
    /// For each spoken paragraph a related document quotes, the documents quoting it. Tracing quotes reads
    /// the whole corpus, so it is worked out in the background and the panes mark quotes once it is done.
    public var quotedParagraphs: [PassageRef: [Int]]? { quoting?.wait(milliseconds: 0) }
    /// Whether the quotes are traced yet.
    public var areQuotesReady: Bool { quoting?.isDone ?? false }
    private var quoting: BackgroundWork<[PassageRef: [Int]]>?
    /// Meetings that have a transcript, as indices into `corpus.meetings`.
    public let transcriptMeetings: [Int]
    /// Everyone who speaks anywhere: officials by turns, then moderators and reporters.
    public let speakers: [Person]
    /// The meetings the panes can show, in date order, for the meeting picker and the meeting steps.
    public let catalog: MeetingCatalog
    /// Turns per person and meeting index, counted once: the speaker bar shows them on every frame.
    private let turnCounts: [String: [Int: Int]]
    /// Statistics, traces, alignments and concordances, computed once when a view first needs them.
    let analysis = AnalysisCache()

    private struct LayoutKey: Hashable {
        var meeting: Int
        var speaker: String?
        var width: Int
        var query: SearchQuery?
        /// Quote marks appear once the quotes are traced, so a layout made before is made again after.
        var quotesReady: Bool
    }

    // Guarded by `lock`: the only mutable part, a memo of layouts.
    private var layouts: [LayoutKey: PaneLayout] = [:]
    private let lock = NSLock()

    public convenience init(corpus: Corpus) {
        self.init(corpus: corpus, buildingIndex: { SearchIndex(corpus: corpus) })
    }

    init(corpus: Corpus, buildingIndex: @escaping @Sendable () -> SearchIndex) {
        self.corpus = corpus
        self.indexing = BackgroundWork(buildingIndex)
        self.transcriptMeetings = corpus.meetings.indices.filter { !corpus.transcripts(of: corpus.meetings[$0]).isEmpty }
        var totals: [String: Int] = [:]
        var first: [String: Int] = [:]
        var perMeeting: [String: [Int: Int]] = [:]
        var n = 0
        for (m, meeting) in corpus.meetings.enumerated() {
            for (_, turn) in corpus.turns(of: meeting) {
                totals[turn.speakerID, default: 0] += 1
                perMeeting[turn.speakerID, default: [:]][m, default: 0] += 1
                if first[turn.speakerID] == nil {
                    first[turn.speakerID] = n
                    n += 1
                }
            }
        }
        self.turnCounts = perMeeting
        func rank(_ kind: PersonKind) -> Int { kind == .official ? 0 : kind == .moderator ? 1 : 2 }
        self.speakers = corpus.people.filter { totals[$0.id] != nil }.sorted { a, b in
            (rank(a.kind), -(totals[a.id] ?? 0), first[a.id] ?? 0) < (rank(b.kind), -(totals[b.id] ?? 0), first[b.id] ?? 0)
        }
        self.catalog = MeetingCatalog(corpus: corpus, meetings: transcriptMeetings)
        let analysis = self.analysis
        self.quoting = BackgroundWork { analysis.quotingDocuments(corpus) }
    }

    /// Waits until the quotes are traced (for a caller that must see the marks, like a test).
    public func waitUntilQuotesAreTraced() { _ = quoting?.value }

    public func meeting(_ index: Int) -> Meeting { corpus.meetings[index] }

    private var slotMemo: [[Int]: [Person]] = [:]

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
    public func turnCount(person: String, meeting: Int) -> Int { turnCounts[person]?[meeting] ?? 0 }

    public func person(_ id: String?) -> Person? { id.flatMap { corpus.person(id: $0) } }

    /// The pane's lines for a meeting, one speaker or everyone, at a text width, with a query's matches marked.
    public func layout(meeting: Int, speaker: String?, width: Int, query: SearchQuery?) -> PaneLayout {
        let key = LayoutKey(
            meeting: meeting, speaker: speaker, width: width, query: query?.isEmpty == true ? nil : query, quotesReady: areQuotesReady)
        if let cached = lock.withLock({ layouts[key] }) { return cached }
        let made = PaneLayout(context: self, meeting: meeting, speaker: speaker, width: width, query: key.query)
        lock.withLock {
            if layouts.count > 64 { layouts.removeAll() }
            layouts[key] = made
        }
        return made
    }
}
