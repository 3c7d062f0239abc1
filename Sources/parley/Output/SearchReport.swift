import ParleyModel
import ParleyUI

/// What `parley search` prints. The totals come first in every format, so every hit is counted first; the
/// hits themselves are then made a batch of documents at a time as they are written, after the first few
/// thousand kept from the count: a word found a million times is printed without holding its hits.
struct SearchReport: Encodable {
    struct HitSource: Encodable, Sendable {
        var file: String
        var line: Int
        var start: Int
        var end: Int

        enum CodingKeys: String, CodingKey { case file, line, start, end }
    }

    struct Hit: Encodable, Sendable {
        var meeting: String
        var document: String
        var file: String
        var kind: String
        /// 0-based turn index, label and speaker id; null for a hit in a document's running text.
        @NullWhenAbsent var turn: Int?
        @NullWhenAbsent var label: String?
        @NullWhenAbsent var speaker: String?
        /// 0-based paragraph index in the turn (or in the document's running text).
        var paragraph: Int
        /// `Character` offsets of the match in `text`.
        var start: Int
        var end: Int
        var match: String
        var text: String
        var snippet: Snippet
        /// Where the hit is in its file; nil when the report was made without reading the files again.
        var source: HitSource?

        enum CodingKeys: String, CodingKey {
            case meeting, document, file, kind, turn, label, speaker, paragraph, start, end, match, text, snippet, source
        }

        /// The cells of the line the text gives the hit: its meeting, file, turn and paragraph, and label.
        var heading: [String] {
            SearchReport.heading(meeting: meeting, file: file, kind: kind, turn: turn, label: label, paragraph: paragraph)
        }

        /// The hit's JSON as the encoder writes it (before `JSONOutput` escapes what a terminal would act on),
        /// made directly: the same bytes in a fraction of the time.
        var json: String {
            func optional(_ value: String?) -> PrettyJSON.Value { value.map { .string($0) } ?? .null }
            var members: [(key: String, value: PrettyJSON.Value)] = [
                ("meeting", .string(meeting)), ("document", .string(document)), ("file", .string(file)), ("kind", .string(kind)),
                ("turn", turn.map { .int($0) } ?? .null), ("label", optional(label)), ("speaker", optional(speaker)),
                ("paragraph", .int(paragraph)), ("start", .int(start)), ("end", .int(end)), ("match", .string(match)),
                ("text", .string(text)),
                (
                    "snippet",
                    .object([("before", .string(snippet.before)), ("match", .string(snippet.match)), ("after", .string(snippet.after))])
                ),
            ]
            if let source {
                members.append(
                    (
                        "source",
                        .object([
                            ("file", .string(source.file)), ("line", .int(source.line)), ("start", .int(source.start)),
                            ("end", .int(source.end)),
                        ])
                    ))
            }
            return PrettyJSON.text(.object(members))
        }
    }

    var query: String
    var caseSensitive: Bool
    /// The --meeting and --speaker filters as resolved ids, or null.
    var meeting: String?
    var speaker: String?
    var total: Int
    /// Hits per meeting id; every meeting searched is present, with 0 where nothing matched.
    var byMeeting: [String: Int]
    /// Hits per person id, for hits in turns.
    var bySpeaker: [String: Int]
    /// Hits in the running text of statements, articles and communiques, where nobody speaks.
    var outsideTurns: Int
    /// The first hits, made while every hit was counted: all of them when there are few. `forEachHitBatch`
    /// gives these and then the rest.
    var firstHits: [Hit]
    /// Files whose source text could not be read again to place their first hits by line, one line each for
    /// stderr; the rest's are given to `forEachHitBatch` as they are found.
    var notices: [String] = []

    enum CodingKeys: String, CodingKey {
        case query, caseSensitive, meeting, speaker, total, byMeeting, bySpeaker, outsideTurns
        case firstHits = "hits"
    }

    /// How many hits are kept while counting, beyond which the rest are made again as they are written.
    static let keptHits = 20_000
    /// How many of the kept hits make one part for `forEachHitPart`.
    static let keptHitsPerPart = 256

    /// The search, to go on with the documents whose hits were counted but not kept.
    private var search: DocumentSearch?
    /// The batches of documents whose hits were counted but not kept.
    private var laterBatches: [ArraySlice<Int>] = []
    private var makeHits: (@Sendable (DocumentHits) -> MadeHits)?
    /// The widest cell of each column of the text's lines of where the hits are, over every hit.
    private var headingWidths = [0, 0, 0, 0]
    /// The meetings searched, in date order, for the text totals.
    private var meetingOrder: [String] = []

    private struct MadeHits: Sendable {
        var hits: [Hit]
        var problems: [String]
    }

    /// What counting one document's hits finds, with the hits themselves when they are kept.
    private struct DocumentTally: Sendable {
        var document: Int
        var count = 0
        var bySpeaker: [String: Int] = [:]
        var outsideTurns = 0
        var headingWidths = [0, 0, 0, 0]
        var made: MadeHits?
    }

    /// Meeting order, then the meeting's documents in order, then reading order. With `placingInFiles`
    /// each hit's line and offsets in its file are found, reading the source text again; the text lines
    /// do not print them, and go without. At most about `keeping` hits are held (a batch of documents' more).
    init(
        corpus: Corpus, query: SearchQuery, meeting: Meeting?, person: Person?, context: Int, placingInFiles: Bool = true,
        keeping: Int = keptHits
    ) {
        self.query = query.text
        caseSensitive = query.caseSensitive
        self.meeting = meeting?.id
        speaker = person?.id
        let meetings = meeting.map { [$0] } ?? corpus.meetings
        var rank: [Int: (meeting: Meeting, order: Int)] = [:]
        var order = 0
        for m in meetings {
            for d in m.documentIndices {
                rank[d] = (m, order)
                order += 1
            }
        }
        let documentOrder = rank.sorted { $0.value.order < $1.value.order }.map(\.key)
        let meetingOf = rank.mapValues(\.meeting.id)
        let personID = person?.id
        let byPerson: @Sendable (Turn?) -> Bool = { turn in personID == nil || (turn != nil && turn?.speakerID == personID) }
        let make: @Sendable (DocumentHits) -> MadeHits = { found in
            let document = corpus.documents[found.document]
            let meeting = meetingOf[found.document]!
            var locator = SourceLocator()
            var hits: [Hit] = []
            hits.reserveCapacity(found.hits.count)
            found.forEachParagraph { paragraph, paragraphHits in
                let snippets = Snippet.cut(paragraph.text, ranges: paragraphHits.map(\.range), context: context)
                for (hit, snippet) in zip(paragraphHits, snippets) {
                    let turn = hit.ref.turn.map { found.turns[$0] }
                    let location = placingInFiles ? locator.locate(hit.range, in: paragraph, of: document) : nil
                    hits.append(
                        Hit(
                            meeting: meeting, document: document.id, file: document.fileName, kind: document.kind.rawValue,
                            turn: turn?.index, label: turn?.label, speaker: turn?.speakerID, paragraph: hit.ref.paragraph,
                            start: hit.range.lowerBound, end: hit.range.upperBound, match: snippet.match, text: paragraph.text,
                            snippet: snippet,
                            source: location.map { HitSource(file: $0.file, line: $0.line, start: $0.start, end: $0.end) }))
                }
            }
            return MadeHits(hits: hits, problems: locator.problems)
        }
        // A batch of documents at a time, on all cores: only the paragraphs the store's index names are read,
        // and each batch is let go once its hits are counted (and, while few, kept).
        let search = corpus.documentSearch(for: query, in: documentOrder, include: byPerson)
        var byMeeting = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, 0) })
        var total = 0
        var bySpeaker: [String: Int] = [:]
        var outsideTurns = 0
        var first: [Hit] = []
        for batch in search.batches {
            let keep = laterBatches.isEmpty && first.count < keeping
            if !keep { laterBatches.append(batch) }
            let tallies = search.hits(in: batch) { found -> DocumentTally in
                var tally = Self.tally(found, in: corpus, meeting: meetingOf[found.document]!)
                if keep { tally.made = make(found) }
                return tally
            }
            for tally in tallies {
                total += tally.count
                byMeeting[meetingOf[tally.document]!, default: 0] += tally.count
                bySpeaker.merge(tally.bySpeaker, uniquingKeysWith: +)
                outsideTurns += tally.outsideTurns
                headingWidths = zip(headingWidths, tally.headingWidths).map { max($0, $1) }
                if let made = tally.made {
                    first += made.hits
                    notices += made.problems
                }
            }
        }
        self.total = total
        self.byMeeting = byMeeting
        self.bySpeaker = bySpeaker
        self.outsideTurns = outsideTurns
        firstHits = first
        meetingOrder = meetings.map(\.id)
        if !laterBatches.isEmpty {
            self.search = search
            makeHits = make
        }
    }

    /// The cells of the text's line of where a hit is.
    static func heading(meeting: String, file: String, kind: String, turn: Int?, label: String?, paragraph: Int) -> [String] {
        let place = turn.map { "turn \($0 + 1) ¶\(paragraph + 1)" } ?? "¶\(paragraph + 1)"
        return [meeting, file, place, label ?? "(\(kind) text)"]
    }

    /// One document's hits counted, by speaker and in running text, and the widths of their text lines' cells,
    /// without cutting their snippets or placing them in the file.
    private static func tally(_ found: DocumentHits, in corpus: Corpus, meeting: String) -> DocumentTally {
        let document = corpus.documents[found.document]
        var tally = DocumentTally(document: found.document, count: found.hits.count)
        var previous: PassageRef?
        for hit in found.hits {
            let turn = hit.ref.turn.map { found.turns[$0] }
            if let speaker = turn?.speakerID {
                tally.bySpeaker[speaker, default: 0] += 1
            } else {
                tally.outsideTurns += 1
            }
            // Every hit of a paragraph has the same line.
            guard hit.ref != previous else { continue }
            previous = hit.ref
            let cells = heading(
                meeting: meeting, file: document.fileName, kind: document.kind.rawValue, turn: turn?.index, label: turn?.label,
                paragraph: hit.ref.paragraph)
            tally.headingWidths = zip(tally.headingWidths, cells).map { max($0, DisplayWidth.of($1)) }
        }
        return tally
    }

    /// Every hit in order, a batch at a time: the first hits, then the rest made again a batch of documents at
    /// a time and let go after `body`. Files whose text could not be read again to place the rest's hits are
    /// given to `notice` as they are found.
    func forEachHitBatch(notice: (String) -> Void = { _ in }, _ body: ([Hit]) -> Void) {
        if !firstHits.isEmpty { body(firstHits) }
        forEachLaterDocument(notice: notice, making: { $0 }, { body($0.flatMap { $0 }) })
    }

    /// Every hit in order, made by `each` into parts on all cores: the first hits some hundreds at a time,
    /// then a document's hits at a time, each batch's parts given to `body` in order and let go after.
    func forEachHitPart<Part: Sendable>(
        notice: (String) -> Void = { _ in }, making each: @escaping @Sendable ([Hit]) -> Part, _ body: ([Part]) -> Void
    ) {
        if !firstHits.isEmpty {
            body(firstHits.slices(of: Self.keptHitsPerPart).parallelMap { each(Array($0)) })
        }
        forEachLaterDocument(notice: notice, making: each, body)
    }

    /// The hits counted but not kept, made again a batch of documents at a time, each document's made by
    /// `each` on the core that found them.
    private func forEachLaterDocument<Part: Sendable>(
        notice: (String) -> Void, making each: @escaping @Sendable ([Hit]) -> Part, _ body: ([Part]) -> Void
    ) {
        guard let search, let makeHits else { return }
        for batch in laterBatches {
            let made = search.hits(in: batch) { found -> (part: Part, problems: [String]) in
                let made = makeHits(found)
                return (each(made.hits), made.problems)
            }
            made.flatMap(\.problems).forEach(notice)
            body(made.map(\.part))
        }
    }

    /// Every hit, held at once: for a report known to be small.
    var allHits: [Hit] {
        var all: [Hit] = []
        forEachHitBatch { all += $0 }
        return all
    }

    static let tableHeader = ["meeting", "file", "line", "turn", "paragraph", "speaker", "label", "before", "match", "after"]

    /// One row per hit: where it is (turn and paragraph from 1, as the text prints them, and the file's
    /// line), who said it, and the hit with its context; `write` is given the header, then a batch's rows at a time.
    func writeTable(_ format: TableFormat, notice: (String) -> Void = { _ in }, to write: (String) -> Void) {
        write(DelimitedTable.line(Self.tableHeader, format))
        forEachHitBatch(notice: notice) { hits in
            write(
                hits.map { hit in
                    DelimitedTable.line(
                        [
                            hit.meeting, hit.file, hit.source.map { "\($0.line)" } ?? "", hit.turn.map { "\($0 + 1)" } ?? "",
                            "\(hit.paragraph + 1)", hit.speaker ?? "", hit.label ?? "", hit.snippet.before, hit.match, hit.snippet.after,
                        ], format)
                }.joined())
        }
    }

    /// The report as JSON, its hits written a batch at a time.
    func writeJSON(notice: (String) -> Void = { _ in }, to write: (String) -> Void) throws {
        var head = self
        head.firstHits = []
        try JSONOutput.write(
            head, streamingBatches: { deliver in forEachHitBatch(notice: notice, deliver) }, as: "hits", encodingEach: \.json,
            to: write)
    }

    /// Each hit as a line saying where it is and a line with the snippet, the match in [brackets]; then the
    /// totals. `write` is given a batch's lines at a time.
    func writeText(_ write: ([String]) -> Void) {
        writeText(finishing: { $0 }, write)
    }

    /// The text's lines as `finish` makes them (safe for a terminal, coloured), `finish` run on all cores
    /// with the lines of a document's hits at a time: on one core, a common word's million hits took longer
    /// to lay out than to find. `write` is given what `finish` made, in order.
    func writeText<Part: Sendable>(finishing finish: @escaping @Sendable ([String]) -> Part, _ write: (Part) -> Void) {
        let layout = TextTable.Layout(widths: headingWidths, alignments: [.left, .left, .left, .left])
        let lines: @Sendable ([Hit]) -> Part = { hits in finish(Self.textLines(of: hits, layout: layout)) }
        forEachHitPart(making: lines) { $0.forEach(write) }
        write(finish(totalLines()))
    }

    /// Two lines for each hit: where it is, and its snippet.
    private static func textLines(of hits: [Hit], layout: TextTable.Layout) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(hits.count * 2)
        // The hits are read where they stand, by index: a copy of one retains and releases each of its strings,
        // and a common word's million hits spent more on that than on their lines.
        var previous: (index: Int, line: String)?
        for i in hits.indices {
            // Every hit of a paragraph has the same line: a common word stands several times in most.
            if let previous, hits[previous.index].paragraph == hits[i].paragraph, hits[previous.index].turn == hits[i].turn,
                hits[previous.index].document == hits[i].document, hits[previous.index].meeting == hits[i].meeting
            {
                lines.append(previous.line)
            } else {
                let cells = hits[i].heading
                let line = layout.line(cells, cellWidths: cells.map { DisplayWidth.of($0) })
                lines.append(line)
                previous = (i, line)
            }
            lines.append("    " + hits[i].snippet.marked)
        }
        return lines
    }

    /// The text's lines, held at once: for a report known to be small.
    func textLines() -> [String] {
        var lines: [String] = []
        writeText { lines += $0 }
        return lines
    }

    /// How many hits, per meeting and per speaker, after the hits.
    private func totalLines() -> [String] {
        var lines: [String] = []
        if total > 0 { lines.append("") }
        lines.append("\(total) hit\(total == 1 ? "" : "s") for \(query)")
        var meetingTable = TextTable(alignments: [.left, .right])
        for id in meetingOrder { meetingTable.add([id, "\(byMeeting[id] ?? 0)"]) }
        lines.append("by meeting:")
        lines += meetingTable.lines(indent: "  ")
        if total > 0 {
            var speakerTable = TextTable(alignments: [.left, .right])
            for (id, count) in bySpeaker.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                speakerTable.add([id, "\(count)"])
            }
            if outsideTurns > 0 { speakerTable.add(["(not in a turn)", "\(outsideTurns)"]) }
            lines.append("by speaker:")
            lines += speakerTable.lines(indent: "  ")
        }
        return lines
    }
}
