import Foundation
import ParleyModel

/// The comparison results the list views show, computed on first use and kept: never per key press.
final class AnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    private var statsWork: BackgroundWork<[SpeakerStats]>?
    private var counts: ArchiveCounts?
    private var tracesWork: BackgroundWork<[QuoteTrace]>?
    private var alignments: [String: PassageAlignment?] = [:]
    /// Each search's keyword-in-context hits, and the orders they were put in, under the same key.
    private var concordances: [String: BackgroundWork<KeywordHits>] = [:]
    private var concordanceOrders: [String: [ConcordanceSort: BackgroundWork<[Int]>]] = [:]
    private var timelines: [TimelineKey: BackgroundWork<Timeline>] = [:]
    private var quoted: [PassageRef: [Int]]?
    private var lists: [ListKey: AnalysisList] = [:]

    /// What a list view's rows depend on.
    struct ListKey: Hashable {
        var view: BrowserView
        var speaker: String?
        var query: SearchQuery?
        var meetings: [Int]
        var width: Int
        var document: Int
        var order: ConcordanceSort
        /// The person a timeline follows when no speaker is chosen: whoever speaks at the top of the focused pane.
        var subject: String?
        var range: DateRange
    }

    /// What a timeline with a search depends on: the person followed (nil: everyone, the term's timeline).
    private struct TimelineKey: Hashable {
        var person: String?
        var query: SearchQuery
        var range: DateRange
        var columns: Int
    }

    /// How long a view waits for work over the whole corpus (the speakers table, the traced quotes)
    /// before it shows how far the work has got instead, the work going on in the background; nil: as
    /// long as the work takes. A table kept from the last run is read back well within it.
    var patience: Int?

    /// Counts the speakers table's work while it is worked out.
    let statsProgress = WorkProgress()
    /// Counts the related documents traced while the quotes are.
    let tracesProgress = WorkProgress()

    private let workOutSpeakerTable: @Sendable (Corpus, WorkProgress) -> [SpeakerStats]
    private let beforeSearch: @Sendable () -> Void

    /// `speakerTable` works out the speakers table, and `beforeSearch` runs on the work's thread before a
    /// search over the whole corpus (the tests hold either back to see the browser meanwhile).
    init(
        patience: Int? = nil,
        speakerTable: @escaping @Sendable (Corpus, WorkProgress) -> [SpeakerStats] = { SpeakerStatistics.kept(corpus: $0, progress: $1) },
        beforeSearch: @escaping @Sendable () -> Void = {}
    ) {
        self.patience = patience
        self.workOutSpeakerTable = speakerTable
        self.beforeSearch = beforeSearch
    }

    /// A list view's rows, built once per view, speaker, query, meetings, width and document; a list
    /// still waiting for work in the background is built again when next drawn.
    func list(_ key: ListKey, build: () -> AnalysisList) -> AnalysisList {
        memo(
            { lists[key] }, build,
            { list in
                guard !list.isPending else { return }
                if lists.count > 32 { lists.removeAll() }
                lists[key] = list
            })
    }

    /// True when the list for `key` is built, so showing it costs nothing.
    func hasList(_ key: ListKey) -> Bool {
        lock.withLock { lists[key] != nil }
    }

    private func memo<T>(_ read: () -> T?, _ make: () -> T, _ write: (T) -> Void) -> T {
        if let value = lock.withLock(read) { return value }
        let made = make()
        lock.withLock { write(made) }
        return made
    }

    /// The work `find` finds, or `make` started now and handed to `keep`.
    private func work<T>(
        find: () -> BackgroundWork<T>?, keep: (BackgroundWork<T>) -> Void, make: @escaping @Sendable () -> T
    ) -> (work: BackgroundWork<T>, isNew: Bool) {
        lock.withLock {
            if let started = find() { return (started, false) }
            let started = BackgroundWork(make)
            keep(started)
            return (started, true)
        }
    }

    /// The work's value if it is ready: when the work is just started, within `patience`; after that,
    /// at once. With no patience set, waits for it.
    private func readyValue<T>(_ started: (work: BackgroundWork<T>, isNew: Bool)) -> T? {
        guard let patience else { return started.work.value }
        return started.work.wait(milliseconds: started.isNew ? patience : 0)
    }

    private func statsWork(_ corpus: Corpus) -> (work: BackgroundWork<[SpeakerStats]>, isNew: Bool) {
        let (progress, make) = (statsProgress, workOutSpeakerTable)
        return work(find: { statsWork }, keep: { statsWork = $0 }, make: { make(corpus, progress) })
    }

    private func tracesWork(_ corpus: Corpus) -> (work: BackgroundWork<[QuoteTrace]>, isNew: Bool) {
        let progress = tracesProgress
        return work(
            find: { tracesWork }, keep: { tracesWork = $0 }, make: { QuoteTracer.keptTraces(corpus: corpus, progress: progress) })
    }

    /// The speakers table if it is ready (see `patience`); nil while it is worked out in the background.
    func readySpeakerStats(_ corpus: Corpus) -> [SpeakerStats]? { readyValue(statsWork(corpus)) }

    /// The traced quotes if they are ready (see `patience`); nil while they are traced in the background.
    func readyQuoteTraces(_ corpus: Corpus) -> [QuoteTrace]? { readyValue(tracesWork(corpus)) }

    func archiveCounts(_ corpus: Corpus) -> ArchiveCounts {
        memo({ counts }, { ArchiveCounts(corpus: corpus) }, { counts = $0 })
    }

    /// The traced quotes, waiting for them as long as it takes.
    func quoteTraces(_ corpus: Corpus) -> [QuoteTrace] { tracesWork(corpus).work.value }

    /// For each spoken paragraph that a related document quotes, the documents quoting it, in corpus order.
    /// Kept in the corpus store, so the next run over the same files marks them without tracing again.
    func quotingDocuments(_ corpus: Corpus) -> [PassageRef: [Int]] {
        memo(
            { quoted },
            {
                let trace = {
                    var map: [PassageRef: [Int]] = [:]
                    for trace in self.quoteTraces(corpus) {
                        guard let source = trace.source else { continue }
                        if !(map[source.ref] ?? []).contains(trace.unit.ref.document) {
                            map[source.ref, default: []].append(trace.unit.ref.document)
                        }
                    }
                    return map.mapValues { $0.sorted() }
                }
                return corpus.memo?.quotedParagraphs(trace) ?? trace()
            }, { quoted = $0 })
    }

    func alignment(_ corpus: Corpus, speaker: String, left: Meeting, right: Meeting) -> PassageAlignment? {
        let key = "\(speaker)|\(left.id)|\(right.id)"
        return memo(
            { alignments[key] }, { PassageAlignment.align(corpus: corpus, speaker: speaker, left: left, right: right) },
            { alignments[key] = $0 })
    }

    /// The keyword-in-context hits of a query if they are ready (see `patience`); nil while they are found in
    /// the background. Their lines are made at any width when drawn, so a terminal resized never searches
    /// again. `prepare` runs first, on the work's thread.
    func readyConcordance(_ corpus: Corpus, query: SearchQuery, prepare: @escaping @Sendable () -> Void) -> KeywordHits? {
        let key = Self.concordanceKey(query)
        return readySearch(
            find: { concordances[key] }, keep: { concordances[key] = $0 }, prepare: prepare,
            search: { KeywordHits(query: query, corpus: corpus) })
    }

    /// What a query's keyword-in-context hits, and their orders, are kept under.
    private static func concordanceKey(_ query: SearchQuery) -> String { "\(query.caseSensitive)|\(query.text)" }

    /// The order `sort` of a query's keyword-in-context hits if it is ready (see `patience`); nil while the
    /// hits are sorted in the background: by their context, a million hits take a few seconds (their
    /// paragraphs' words are read again), and keys go on working meanwhile. Reading order needs no work.
    func readyConcordanceOrder(_ hits: KeywordHits, query: SearchQuery, sort: ConcordanceSort) -> [Int]? {
        guard sort != .position else { return hits.order(.position) }
        let key = Self.concordanceKey(query)
        let beforeSearch = self.beforeSearch
        return readyValue(
            work(find: { concordanceOrders[key]?[sort] }, keep: { concordanceOrders[key, default: [:]][sort] = $0 }) {
                beforeSearch()
                return hits.order(sort)
            })
    }

    /// A timeline with a search if it is ready (see `patience`); nil while the search's hits are counted
    /// across the archive in the background. `person` nil: the term's timeline, with `columns` speakers.
    /// `prepare` runs first, on the work's thread.
    func readyTimeline(
        _ corpus: Corpus, person: String?, query: SearchQuery, range: DateRange, columns: Int,
        prepare: @escaping @Sendable () -> Void
    ) -> Timeline? {
        let counts = archiveCounts(corpus)
        let key = TimelineKey(person: person, query: query, range: range, columns: columns)
        return readySearch(
            find: { timelines[key] }, keep: { timelines[key] = $0 }, prepare: prepare,
            search: {
                guard let person else { return Timeline.term(query, corpus: corpus, counts: counts, range: range, columns: columns) }
                return Timeline.person(person, query: query, corpus: corpus, counts: counts, range: range)
            })
    }

    /// A search over the whole corpus if it is ready (see `readyValue`): on the work's thread, `prepare`,
    /// then what the tests hold it back with, then `search`.
    private func readySearch<T>(
        find: () -> BackgroundWork<T>?, keep: (BackgroundWork<T>) -> Void, prepare: @escaping @Sendable () -> Void,
        search: @escaping @Sendable () -> T
    ) -> T? {
        let beforeSearch = self.beforeSearch
        return readyValue(
            work(
                find: find, keep: keep,
                make: {
                    prepare()
                    beforeSearch()
                    return search()
                }))
    }
}
