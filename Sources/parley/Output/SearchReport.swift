import ParleyModel

/// What `parley search` prints.
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
    var hits: [Hit]
    /// Files whose source text could not be read again to place their hits by line, one line each for stderr.
    var notices: [String] = []

    enum CodingKeys: String, CodingKey {
        case query, caseSensitive, meeting, speaker, total, byMeeting, bySpeaker, outsideTurns, hits
    }

    /// One row per hit: where it is (turn and paragraph from 1, as the text prints them, and the file's
    /// line), who said it, and the hit with its context.
    func table() -> DelimitedTable {
        var table = DelimitedTable(header: [
            "meeting", "file", "line", "turn", "paragraph", "speaker", "label", "before", "match", "after",
        ])
        for hit in hits {
            table.add([
                hit.meeting, hit.file, hit.source.map { "\($0.line)" } ?? "", hit.turn.map { "\($0 + 1)" } ?? "", "\(hit.paragraph + 1)",
                hit.speaker ?? "", hit.label ?? "", hit.snippet.before, hit.match, hit.snippet.after,
            ])
        }
        return table
    }

    /// Meeting order, then the meeting's documents in order, then reading order. With `placingInFiles`
    /// each hit's line and offsets in its file are found, reading the source text again; the text lines
    /// do not print them, and go without.
    init(corpus: Corpus, query: SearchQuery, meeting: Meeting?, person: Person?, context: Int, placingInFiles: Bool = true) {
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
        // A document at a time, on all cores: only the paragraphs the store's index names are read, and
        // each document's text is let go once its hits are placed.
        let documentOrder = rank.sorted { $0.value.order < $1.value.order }.map(\.key)
        let meetingOf = rank.mapValues(\.meeting.id)
        let personID = person?.id
        let byPerson: @Sendable (Turn?) -> Bool = { turn in personID == nil || (turn != nil && turn?.speakerID == personID) }
        let found = corpus.searchDocuments(for: query, in: documentOrder, include: byPerson) { found -> (hits: [Hit], problems: [String]) in
            let document = corpus.documents[found.document]
            let meeting = meetingOf[found.document]!
            var locator = SourceLocator()
            let hits = found.hits.map { hit in
                let paragraph = found.paragraph(hit.ref)
                let turn = hit.ref.turn.map { found.turns[$0] }
                let location = placingInFiles ? locator.locate(hit.range, in: paragraph, of: document) : nil
                let snippet = Snippet(text: paragraph.text, range: hit.range, context: context)
                return Hit(
                    meeting: meeting, document: document.id, file: document.fileName, kind: document.kind.rawValue,
                    turn: turn?.index, label: turn?.label, speaker: turn?.speakerID, paragraph: hit.ref.paragraph,
                    start: hit.range.lowerBound, end: hit.range.upperBound, match: snippet.match, text: paragraph.text,
                    snippet: snippet,
                    source: location.map { HitSource(file: $0.file, line: $0.line, start: $0.start, end: $0.end) })
            }
            return (hits, locator.problems)
        }
        hits = found.flatMap(\.hits)
        notices = found.flatMap(\.problems)
        total = hits.count
        var byMeeting = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, 0) })
        var bySpeaker: [String: Int] = [:]
        for hit in hits {
            byMeeting[hit.meeting, default: 0] += 1
            if let speaker = hit.speaker { bySpeaker[speaker, default: 0] += 1 }
        }
        self.byMeeting = byMeeting
        self.bySpeaker = bySpeaker
        outsideTurns = hits.filter { $0.speaker == nil }.count
        meetingOrder = meetings.map(\.id)
    }

    /// The meetings searched, in date order, for the text totals.
    private var meetingOrder: [String] = []

    /// Each hit as a line saying where it is and a line with the snippet, the match in [brackets];
    /// then the totals.
    func textLines() -> [String] {
        var lines: [String] = []
        var table = TextTable(alignments: [.left, .left, .left, .left])
        for hit in hits {
            let place = hit.turn.map { "turn \($0 + 1) ¶\(hit.paragraph + 1)" } ?? "¶\(hit.paragraph + 1)"
            table.add([hit.meeting, hit.file, place, hit.label ?? "(\(hit.kind) text)"])
        }
        for (hit, heading) in zip(hits, table.lines()) {
            lines.append(heading)
            lines.append("    " + hit.snippet.marked)
        }
        if !hits.isEmpty { lines.append("") }
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
