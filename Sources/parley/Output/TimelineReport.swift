import Foundation
import ParleyModel

/// What `parley timeline` prints.
struct TimelineReport: Encodable {
    struct SpeakerEntry: Encodable {
        var id: String
        var name: String
        /// Their hits across the archive; null for the person followed when there is no query.
        @NullWhenAbsent var hits: Int?

        enum CodingKeys: String, CodingKey { case id, name, hits }
    }

    struct Row: Encodable {
        var meeting: MeetingSummary
        var turns: Int
        var words: Int
        /// The person's share of the meeting's words (0…1); null for a search across everyone.
        @NullWhenAbsent var share: Double?
        /// Null without a query.
        @NullWhenAbsent var hits: Int?
        /// Hits of each of `columns`, in that order.
        var speakerHits: [Int]
        /// The first hit, else the person's first turn.
        var opening: RefJSON?

        enum CodingKeys: String, CodingKey { case meeting, turns, words, share, hits, speakerHits, opening }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(meeting, forKey: .meeting)
            try c.encode(turns, forKey: .turns)
            try c.encode(words, forKey: .words)
            try c.encode(share, forKey: .share)
            try c.encode(hits, forKey: .hits)
            try c.encode(speakerHits, forKey: .speakerHits)
            try c.encode(opening, forKey: .opening)
        }
    }

    /// The person followed; null for `--all`.
    @NullWhenAbsent var speaker: SpeakerEntry?
    @NullWhenAbsent var query: String?
    /// Meetings with a transcript that the rows were picked from.
    var meetingsLookedAt: Int
    var meetings: [Row]
    /// With `--all`: the speakers who said it most.
    var columns: [SpeakerEntry]
    var totalTurns: Int
    var totalWords: Int
    @NullWhenAbsent var totalHits: Int?

    enum CodingKeys: String, CodingKey { case speaker, query, meetingsLookedAt, meetings, columns, totalTurns, totalWords, totalHits }

    init(_ timeline: Timeline, corpus: Corpus) {
        let name = { (id: String) in corpus.person(id: id)?.name ?? id }
        speaker = timeline.personID.map { SpeakerEntry(id: $0, name: name($0), hits: timeline.totalHits) }
        query = timeline.query?.text
        meetingsLookedAt = timeline.meetingsLookedAt
        meetings = timeline.rows.map { row in
            Row(
                meeting: MeetingSummary(corpus.meetings[row.meeting]), turns: row.turns, words: row.words, share: row.share, hits: row.hits,
                speakerHits: row.speakerHits, opening: row.opening.map(RefJSON.init))
        }
        columns = zip(timeline.columns, timeline.columnTotals).map { SpeakerEntry(id: $0, name: name($0), hits: $1) }
        totalTurns = timeline.totalTurns
        totalWords = timeline.totalWords
        totalHits = timeline.totalHits
        shortNames = timeline.columns.map { corpus.person(id: $0)?.shortName ?? $0 }
    }

    /// Column headings in text: the short names of `columns`.
    private var shortNames: [String] = []

    /// Cells wide that the bar of the most hits is drawn.
    static let barWidth = 20
    static let columnBarWidth = 6

    /// A heading, then the table: a row per meeting and a total.
    func textLines() -> [String] {
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        let quoted = query.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }
        let maximum = meetings.map { $0.hits ?? 0 }.max() ?? 0
        var heading: String
        if let speaker {
            heading = "\(speaker.name) (\(speaker.id)) spoke at \(meetings.count) of \(plural(meetingsLookedAt, "meeting"))"
            if let quoted, let totalHits { heading += " · \(quoted): \(plural(totalHits, "hit")) in their turns" }
        } else {
            heading =
                "\(quoted ?? "") said at \(meetings.count) of \(plural(meetingsLookedAt, "meeting")): \(plural(totalHits ?? 0, "hit"))"
        }
        if meetings.isEmpty {
            return [heading]
        }
        var table: TextTable
        if speaker != nil {
            table = TextTable(alignments: [.left, .left, .right, .right, .right] + (query == nil ? [] : [.right, .left]))
            table.add(["date", "place", "turns", "words", "share"] + (query == nil ? [] : ["hits", ""]))
            for row in meetings {
                var cells = [
                    row.meeting.date ?? "undated", row.meeting.place, "\(row.turns)", "\(row.words)",
                    String(format: "%.1f%%", (row.share ?? 0) * 100),
                ]
                if let hits = row.hits { cells += ["\(hits)", BlockBar.bar(hits, of: maximum, width: Self.barWidth)] }
                table.add(cells)
            }
            table.add(["total", "", "\(totalTurns)", "\(totalWords)", ""] + (totalHits.map { ["\($0)"] } ?? []))
        } else {
            let columnMaximum = meetings.flatMap(\.speakerHits).max() ?? 0
            table = TextTable(alignments: [.left, .left, .right, .right, .left] + shortNames.map { _ in .left })
            table.add(["date", "place", "words", "hits", ""] + shortNames)
            for row in meetings {
                let hits = row.hits ?? 0
                let perSpeaker = row.speakerHits.map { BlockBar.counted($0, of: columnMaximum, width: Self.columnBarWidth) }
                table.add(
                    [
                        row.meeting.date ?? "undated", row.meeting.place, "\(row.words)", "\(hits)",
                        BlockBar.bar(hits, of: maximum, width: Self.barWidth),
                    ] + perSpeaker)
            }
            table.add(["total", "", "\(totalWords)", "\(totalHits ?? 0)", ""] + columns.map { "\($0.hits ?? 0)" })
        }
        return [heading] + table.lines()
    }

    /// One row per meeting; with `--all`, a column of hits per top speaker, headed by their id.
    func table() -> DelimitedTable {
        var table = DelimitedTable(
            header: ["speaker", "query", "meeting", "date", "place", "turns", "words", "share", "hits"] + columns.map { "hits_\($0.id)" })
        for row in meetings {
            table.add(
                [
                    speaker?.id ?? "", query ?? "", row.meeting.id, row.meeting.date ?? "", row.meeting.place, "\(row.turns)",
                    "\(row.words)",
                    row.share.map { String(format: "%.4f", $0) } ?? "", row.hits.map(String.init) ?? "",
                ] + row.speakerHits.map(String.init))
        }
        return table
    }
}
