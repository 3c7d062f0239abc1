import Foundation
import ParleyModel

/// The comparison results the list views show, computed on first use and kept: never per key press.
final class AnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    private var stats: [SpeakerStats]?
    private var counts: ArchiveCounts?
    private var traces: [QuoteTrace]?
    private var alignments: [String: PassageAlignment?] = [:]
    private var concordances: [String: [ConcordanceLine]] = [:]
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

    /// A list view's rows, built once per view, speaker, query, meetings, width and document.
    func list(_ key: ListKey, build: () -> AnalysisList) -> AnalysisList {
        memo(
            { lists[key] }, build,
            { list in
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

    func speakerStats(_ corpus: Corpus) -> [SpeakerStats] {
        memo({ stats }, { SpeakerStatistics.kept(corpus: corpus) }, { stats = $0 })
    }

    func archiveCounts(_ corpus: Corpus) -> ArchiveCounts {
        memo({ counts }, { ArchiveCounts(corpus: corpus) }, { counts = $0 })
    }

    func quoteTraces(_ corpus: Corpus) -> [QuoteTrace] {
        memo({ traces }, { QuoteTracer.keptTraces(corpus: corpus) }, { traces = $0 })
    }

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

    /// The keyword-in-context lines of a query; `index` is asked for only when they are not yet worked out.
    func concordance(_ corpus: Corpus, index: () -> SearchIndex, query: SearchQuery, width: Int) -> [ConcordanceLine] {
        let key = "\(query.caseSensitive)|\(query.text)|\(width)"
        return memo(
            { concordances[key] }, { Concordance.lines(corpus: corpus, index: index(), query: query, width: width) },
            { concordances[key] = $0 })
    }
}
