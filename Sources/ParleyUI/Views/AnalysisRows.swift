import ParleyModel

/// Where Enter on a list item takes the reader.
public enum ListTarget: Hashable, Sendable {
    /// A passage, shown in whichever pane has its meeting, with the words the item is about marked.
    case passage(PassageRef, marked: [Emphasis] = [])
    /// Two passages, one in each pane: an aligned pair, its shared words marked.
    case pair(PassageRef, PassageRef, marked: [Emphasis] = [])
    /// One person's turns, side by side.
    case speaker(String)
    /// A meeting (an index of `corpus.meetings`), put beside the focused pane at a passage, following a person.
    case meeting(Int, opening: PassageRef?, person: String?)

    var marked: [Emphasis] {
        switch self {
        case .passage(_, let marked), .pair(_, _, let marked): return marked
        case .speaker, .meeting: return []
        }
    }
}

public struct ListRow: Hashable, Sendable {
    public var segments: [StyledSegment]
    public var target: ListTarget?
    /// More about the row, shown under the list while it is selected: paragraphs, each wrapped to the width.
    public var detail: [[StyledSegment]] = []
    /// For a line of a document's text: its paragraph and the `Character` offset it starts at.
    public var at: TextPosition? = nil
}

public struct TextPosition: Hashable, Sendable {
    public var ref: PassageRef
    public var offset: Int
}

/// The rows of each list view, built from the cached comparison results.
public struct AnalysisList: Sendable {
    /// Lines above the rows: what the list holds, and a table's column names.
    public var header: [[StyledSegment]]
    public var rows: ListRows
    /// Said instead of rows when there are none.
    public var empty: String
    /// True while what the rows come from is worked out in the background: `empty` says how far it has got.
    public var isPending = false

    public init(header: [[StyledSegment]], rows: ListRows, empty: String) {
        self.header = header
        self.rows = rows
        self.empty = empty
    }

    public init(header: [[StyledSegment]], rows: [ListRow], empty: String) {
        self.init(header: header, rows: ListRows(rows), empty: empty)
    }

    /// The list while the work over the whole archive it comes from goes on in the background: `what`
    /// it is working out, and how far it has got when that is counted.
    static func pending(_ what: String, progress: WorkProgress? = nil, kept: Bool = true) -> AnalysisList {
        let percent = progress.map { " \(Int($0.fraction * 100))%" } ?? ""
        let note = kept ? " (kept for the next time it is opened)" : ""
        var list = AnalysisList(header: [], rows: [], empty: "Working out \(what) over the whole archive…\(percent)\(note)")
        list.isPending = true
        return list
    }

    /// A search as a progress line names it, in quotes as the timeline's title does: `"the"`, and a
    /// quoted phrase as typed.
    static func quoted(_ query: SearchQuery) -> String {
        query.text.hasPrefix("\"") || query.text.hasPrefix("“") ? query.text : "\"\(query.text)\""
    }

    static func build(_ view: BrowserView, state: BrowserState, context: BrowserContext) -> AnalysisList {
        switch view {
        case .compare: return AnalysisList(header: [], rows: [], empty: "")
        case .speakers: return speakers(state: state, context: context)
        case .concordance: return concordance(state: state, context: context)
        case .alignment: return alignment(state: state, context: context)
        case .quotes: return quotes(state: state, context: context)
        case .documents: return document(state: state, context: context)
        case .timeline: return timeline(state: state, context: context)
        }
    }

    static func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
        let t = DisplayWidth.truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
        return right ? pad + t : t + pad
    }

    static func meetingLabel(_ id: String?, context: BrowserContext) -> String {
        guard let m = context.corpus.meetings.first(where: { $0.id == id }) else { return "—" }
        return m.date.map { String($0.short.prefix { $0 != " " }) + " " + String($0.day) } ?? m.shortPlace
    }

    static func speakerName(_ id: String?, context: BrowserContext) -> String {
        id.flatMap { context.corpus.person(id: $0)?.shortName } ?? "—"
    }

    private static func speakers(state: BrowserState, context: BrowserContext) -> AnalysisList {
        guard let stats = context.analysis.readySpeakerStats(context.corpus) else {
            return pending("the speakers table", progress: context.analysis.statsProgress)
        }
        let ids = state.meetings.map { context.meeting($0).id }
        let names = ids.map { meetingLabel($0, context: context) }
        // Numbers right-aligned under their names, one block per meeting; Q counts questions answered. A
        // column widens for the largest number shown in it: a year of briefings runs to six-figure words.
        let shown = stats.flatMap { s in ids.compactMap { id in s.meetings.first { $0.meetingID == id } } }
        let columns = SpeakerColumns(shown)
        let titles = "Speaker         " + names.map { " " + cell($0, columns.width) }.joined(separator: " ") + "  Distinctive words"
        let header = "                " + names.map { _ in " " + columns.header }.joined(separator: " ")
        let block = { (m: SpeakerMeetingStats?) -> String in m.map(columns.block) ?? cell("—", columns.width, right: true) }
        var rows: [ListRow] = []
        let order = context.speakerSlots(meetings: state.meetings).map(\.id)
        for s in stats.sorted(by: { (order.firstIndex(of: $0.personID) ?? 99) < (order.firstIndex(of: $1.personID) ?? 99) }) {
            let per = ids.map { id in s.meetings.first { $0.meetingID == id } }
            guard per.contains(where: { ($0?.turns ?? 0) > 0 }) else { continue }
            var segs = [StyledSegment(cell(speakerName(s.personID, context: context), 15) + " ", role: .speaker)]
            segs.append(StyledSegment(per.map { " " + block($0) }.joined(separator: " ") + "  ", role: .text))
            let words = per.compactMap { $0?.distinctive.prefix(3).map(\.word).joined(separator: ", ") }.filter { !$0.isEmpty }
            segs.append(StyledSegment(words.joined(separator: " │ "), role: .sharedTerm))
            rows.append(ListRow(segments: segs, target: .speaker(s.personID), detail: speakerDetail(s, meetings: ids, names: names)))
        }
        return AnalysisList(
            header: [[StyledSegment(titles, role: .tableHeader)], [StyledSegment(header, role: .tableHeader)]], rows: rows,
            empty: "no one speaks in these meetings")
    }

    private static func concordance(state: BrowserState, context: BrowserContext) -> AnalysisList {
        guard let query = state.activeQuery else {
            return AnalysisList(header: [], rows: [], empty: "Search with / first: this view lists every hit in context.")
        }
        let width = max(10, (state.size.width - 30) / 2)
        guard let found = context.readyConcordance(query) else {
            return pending("every hit of \(quoted(query)) in context", kept: false)
        }
        guard var order = context.readyConcordanceOrder(found, query: query, sort: state.concordanceOrder) else {
            return pending("every hit of \(quoted(query)) in context by \(state.concordanceOrder.label)", kept: false)
        }
        if !state.dateRange.isUnbounded {
            let dates = Dictionary(context.corpus.meetings.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
            order = order.filter { state.dateRange.contains(found.meetingID(of: found.hits[$0]).flatMap { dates[$0] ?? nil }) }
        }
        // A row is made when it is drawn, from its paragraph: a common word has a million hits, a screen a few dozen.
        let rows = ListRows(count: order.count) { [order] i in
            let hit = found.hits[order[i]]
            let line = found.line(hit, in: Array(context.rowParagraph(hit.ref)?.text ?? ""), width: width)
            let who =
                found.speakerID(of: hit).map { speakerName($0, context: context) }
                ?? context.corpus.documents[hit.ref.document].kind.rawValue
            return ListRow(
                segments: [
                    StyledSegment(cell(meetingLabel(found.meetingID(of: hit), context: context), 7) + cell(who, 12) + " ", role: .note),
                    StyledSegment(cell(line.left, width, right: true) + " ", role: .text),
                    StyledSegment(line.hit, role: .match),
                    StyledSegment(" " + line.right, role: .text),
                ], target: .passage(hit.ref))
        }
        return AnalysisList(
            header: [
                [
                    StyledSegment(
                        "\(order.count) hits for \(query.text)\(state.dateRange.isUnbounded ? "" : " (\(state.dateRange))") · by \(state.concordanceOrder.label) · o to reorder",
                        role: .tableHeader)
                ]
            ], rows: rows,
            empty: "No hit for \(query.text).")
    }

    private static func alignment(state: BrowserState, context: BrowserContext) -> AnalysisList {
        guard let speaker = state.speaker, let person = context.person(speaker) else {
            return AnalysisList(
                header: [], rows: [], empty: "Pick a speaker (1–9 or S): this view pairs their paragraphs across the two meetings.")
        }
        let left = context.meeting(state.meetings[0]), right = context.meeting(state.meetings[1])
        guard let alignment = context.analysis.alignment(context.corpus, speaker: speaker, left: left, right: right) else {
            return AnalysisList(header: [], rows: [], empty: "\(person.shortName) does not speak in both meetings.")
        }
        let corpus = context.corpus
        // Each passage's opening gets a share of the width; the shared words have the rest.
        let snippetWidth = max(20, min(70, (state.size.width - 40) / 3))
        func snippet(_ ref: PassageRef) -> String { String(corpus.paragraph(ref).text.prefix(snippetWidth + 1)) }
        let rows = alignment.pairs.map { pair in
            ListRow(
                segments: [
                    StyledSegment(String(format: "%.2f  ", pair.similarity), role: .note),
                    StyledSegment(cell(snippet(pair.left), snippetWidth) + " ⟷ ", role: .text),
                    StyledSegment(cell(snippet(pair.right), snippetWidth) + "  ", role: .text),
                    StyledSegment(pair.sharedTerms.joined(separator: ", "), role: .sharedTerm),
                ],
                target: .pair(
                    pair.left, pair.right,
                    marked: [
                        Emphasis(ref: pair.left, ranges: pair.leftRanges, role: .sharedTerm),
                        Emphasis(ref: pair.right, ranges: pair.rightRanges, role: .sharedTerm),
                    ]),
                detail: [
                    [
                        StyledSegment(String(format: "similarity %.2f · shared words: ", pair.similarity), role: .note),
                        StyledSegment(pair.sharedTerms.joined(separator: ", "), role: .sharedTerm),
                    ]
                ])
        }
        return AnalysisList(
            header: [
                [
                    StyledSegment(
                        "\(person.name): \(rows.count) paragraph pairs in the order of the left meeting · Enter shows both",
                        role: .tableHeader)
                ]
            ],
            rows: rows, empty: "No paragraphs of \(person.shortName) are alike enough across the two meetings.")
    }

    private static func quotes(state: BrowserState, context: BrowserContext) -> AnalysisList {
        guard let traced = context.analysis.readyQuoteTraces(context.corpus) else {
            return pending("the quotes traced", progress: context.analysis.tracesProgress)
        }
        let traces = traced.filter { $0.source != nil }
        let unitWidth = max(20, state.size.width - 56)
        let rows = traces.map { trace -> ListRow in
            let source = trace.source!
            let doc = context.corpus.documents[trace.unit.ref.document]
            return ListRow(
                segments: [
                    StyledSegment(cell(doc.kind.rawValue, 11) + " ", role: .note),
                    StyledSegment(cell(trace.unit.text, unitWidth) + " → ", role: .traced),
                    StyledSegment(
                        cell(speakerName(source.speakerID, context: context) + " " + meetingLabel(source.meetingID, context: context), 20),
                        role: .speaker),
                    StyledSegment(String(format: " %.2f ", source.score) + source.likeness, role: .note),
                ], target: .traced(source), detail: traceDetail(trace, context: context))
        }
        return AnalysisList(
            header: [
                [
                    StyledSegment(
                        "\(rows.count) sentences and quotes of the related documents traced to what was said · Enter shows the source",
                        role: .tableHeader)
                ]
            ],
            rows: rows, empty: "Nothing in the related documents traces to a spoken passage.")
    }

    /// A related document to read, its traced sentences and quotes marked; Enter shows the spoken source.
    private static func document(state: BrowserState, context: BrowserContext) -> AnalysisList {
        let related = context.corpus.documents.indices.filter { context.corpus.documents[$0].kind != .transcript }
        guard !related.isEmpty else {
            return AnalysisList(header: [], rows: [], empty: "The corpus has no related documents, only transcripts.")
        }
        let d = related[state.documentShown % related.count]
        let doc = context.corpus.documents[d]
        guard let traced = context.analysis.readyQuoteTraces(context.corpus) else {
            return pending("the quotes traced", progress: context.analysis.tracesProgress)
        }
        let traces = traced.filter { $0.unit.ref.document == d && $0.source != nil }
        let width = max(10, state.listRect.width - 6)
        var rows: [ListRow] = []
        for (p, paragraph) in doc.body.enumerated() {
            let ref = PassageRef(document: d, turn: nil, paragraph: p)
            // Quotes lie inside sentences; the narrowest traced unit holding a character decides its mark.
            let units = traces.filter { $0.unit.ref == ref }.sorted { $0.unit.range.count > $1.unit.range.count }
            let segments = PaneLayout.segments(of: paragraph, matches: []).map { seg in
                StyledSegment(seg.text, role: seg.role == .note ? .note : .text)
            }
            var marked: [StyledSegment] = []
            var offset = 0
            for seg in segments {
                for ch in seg.text {
                    let traced = units.contains { $0.unit.range.contains(offset) }
                    let role: Role = traced ? .traced : seg.role
                    if let last = marked.last, last.role == role {
                        marked[marked.count - 1].text.append(ch)
                    } else {
                        marked.append(StyledSegment(String(ch), role: role))
                    }
                    offset += 1
                }
            }
            if p > 0 { rows.append(ListRow(segments: [], target: nil)) }
            for line in TextWrapper.wrap(marked, width: width) {
                let unit = units.last { $0.unit.range.overlaps(line.startOffset..<(line.startOffset + max(1, DisplayWidth.of(line.text)))) }
                rows.append(
                    ListRow(
                        segments: line.segments, target: unit.map { .traced($0.source!) },
                        detail: unit.map { traceDetail($0, withText: false, context: context) } ?? [],
                        at: TextPosition(ref: ref, offset: line.startOffset)))
            }
        }
        let header =
            "\(doc.title) — \(doc.kind.rawValue) \(related.firstIndex(of: d)! + 1)/\(related.count) · marked: traced to what was said · Tab next document"
        return AnalysisList(header: [[StyledSegment(header, role: .tableHeader)]], rows: rows, empty: "The document has no text.")
    }
}

extension AnalysisList {
    /// What a person said at each meeting shown (turns, words, share, questions answered, longest turn,
    /// distinctive words), and the words used at both.
    static func speakerDetail(_ stats: SpeakerStats, meetings ids: [String], names: [String]) -> [[StyledSegment]] {
        var out: [[StyledSegment]] = []
        for (id, name) in zip(ids, names) {
            guard let m = stats.meetings.first(where: { $0.meetingID == id }), m.turns > 0 else {
                out.append([StyledSegment("\(name): did not speak", role: .note)])
                continue
            }
            let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
            var said =
                "\(plural(m.turns, "turn")), \(m.words) words (\(Int((m.share * 100).rounded()))%), \(plural(m.questionsAnswered, "question")) answered"
            if let longest = m.longestTurn, m.turns > 1 {
                said += ", longest turn \(m.longestTurnWords) words (turn \((longest.turn ?? 0) + 1))"
            }
            let against = m.reference == "speaker" ? "here/elsewhere" : "here/everyone elsewhere"
            let words = m.distinctive.prefix(6).map { "\($0.word) \($0.count)/\($0.referenceCount)" }.joined(separator: ", ")
            out.append([
                StyledSegment("\(name): \(said); distinctive, \(against): ", role: .note),
                StyledSegment(words.isEmpty ? "none" : words, role: .sharedTerm),
            ])
        }
        let columns = ids.compactMap { id in stats.meetings.firstIndex { $0.meetingID == id } }
        let shared = stats.sharedWords.filter { w in columns.allSatisfy { w.counts[$0] > 0 } }
        if columns.count == 2 && !shared.isEmpty {
            let words = shared.prefix(8).map { w in "\(w.word) " + columns.map { String(w.counts[$0]) }.joined(separator: "/") }
            out.append([StyledSegment("used at both: ", role: .note), StyledSegment(words.joined(separator: ", "), role: .sharedTerm)])
        }
        return out
    }

    /// A traced unit in full (unless the reader has it before them), where it comes from, and the word
    /// difference against what was said.
    static func traceDetail(_ trace: QuoteTrace, withText: Bool = true, context: BrowserContext) -> [[StyledSegment]] {
        guard let source = trace.source else { return [] }
        let kind = context.corpus.documents[trace.unit.ref.document].kind.rawValue
        let meeting = context.corpus.meetings.first { $0.id == source.meetingID }?.title ?? "—"
        let origin = String(
            format: "said by %@ at %@, turn %d ¶%d · score %.2f, %@ · ", speakerName(source.speakerID, context: context), meeting,
            (source.ref.turn ?? 0) + 1, source.ref.paragraph + 1, source.score, source.likeness)
        var diff: [StyledSegment] = []
        for (i, span) in source.diff.enumerated() {
            if i > 0 { diff.append(StyledSegment(" ", role: .text)) }
            for piece in span.marked {
                let role: Role = piece.kind == .added ? .added : piece.kind == .dropped ? .removed : .text
                diff.append(StyledSegment(piece.text, role: role))
            }
        }
        let unit = withText ? [[StyledSegment(kind + ": ", role: .note), StyledSegment(trace.unit.text, role: .traced)]] : []
        guard source.diff.contains(where: { $0.kind != .equal }) else {
            return unit + [[StyledSegment(origin + "word for word", role: .note)]]
        }
        let legend = [
            StyledSegment(origin, role: .note), StyledSegment("[-said, not printed-] ", role: .removed),
            StyledSegment("{+printed, not said+}", role: .added),
        ]
        return unit + [legend, diff]
    }
}

extension ListTarget {
    /// The spoken source of a traced sentence or quote, its matched sentences marked.
    static func traced(_ source: QuoteSource) -> ListTarget {
        .passage(source.ref, marked: [Emphasis(ref: source.ref, ranges: [source.range], role: .traced)])
    }
}

extension ConcordanceSort {
    /// How the keyword-in-context header names the order.
    var label: String {
        switch self {
        case .position: return "position"
        case .speaker: return "speaker"
        case .left: return "word before"
        case .right: return "word after"
        }
    }
}
