import Foundation
import ParleyModel

/// The timeline view: one person across the archive (the chosen speaker, or the one at the top of the
/// focused pane), or, with everyone shown and a search active, the search across the archive.
extension AnalysisList {
    static func timeline(state: BrowserState, context: BrowserContext) -> AnalysisList {
        let counts = context.analysis.archiveCounts(context.corpus)
        let query = state.activeQuery
        if let person = state.timelineSubject(context: context) {
            // A person's turns and words are counted already; a search's hits are counted in the background.
            guard let query else {
                let timeline = Timeline.person(person, corpus: context.corpus, counts: counts, range: state.dateRange)
                return personTimeline(timeline, state: state, context: context)
            }
            guard let timeline = context.readyTimeline(person: person, query: query, range: state.dateRange, columns: 0) else {
                let name = context.person(person)?.name ?? person
                return pending("where \(name) said \(quoted(query))", kept: false)
            }
            return personTimeline(timeline, state: state, context: context)
        }
        guard let query else {
            return AnalysisList(
                header: [], rows: [], empty: "Pick a speaker (1–9 or S) to follow them across the archive, or search with / for a word.")
        }
        guard let timeline = context.readyTimeline(person: nil, query: query, range: state.dateRange, columns: 8) else {
            return pending("where \(quoted(query)) was said", kept: false)
        }
        return termTimeline(timeline, state: state, context: context)
    }

    /// The most cells a bar takes: longer bars only spread the same proportions wider.
    static let longestBar = 40

    /// `L` or `R` for a meeting in a pane.
    private static func paneMark(_ meeting: Int, state: BrowserState) -> String {
        state.meetings[0] == meeting ? "L " : state.meetings[1] == meeting ? "R " : "  "
    }

    /// The width the place gets: what is left over, within bounds.
    private static func placeWidth(_ width: Int, fixed: Int) -> Int { max(8, min(28, (width - fixed) / 3)) }

    /// The whole place where it fits, else its first part: `Washington, DC`, `Washington`.
    private static func placeName(_ meeting: Meeting, _ width: Int) -> String {
        DisplayWidth.of(meeting.place) <= width ? meeting.place : meeting.shortPlace
    }

    private static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    private static func rangeNote(_ state: BrowserState) -> String {
        state.dateRange.isUnbounded ? "" : " (\(state.dateRange))"
    }

    private static func personTimeline(_ timeline: Timeline, state: BrowserState, context: BrowserContext) -> AnalysisList {
        let name = context.person(timeline.personID)?.name ?? timeline.personID ?? ""
        let width = state.listRect.width - 4
        // mark, date, turns, words, share and hits take 2 + 11 + 6 + 7 + 7 + 6 columns; the place and the bar share the rest.
        let fixed = 2 + 11 + 6 + 7 + 7 + (timeline.query == nil ? 0 : 6)
        let place = placeWidth(width, fixed: fixed)
        let barWidth = max(4, min(Self.longestBar, width - fixed - place - 1))
        let maximum = timeline.maximumHits
        var title = "\(name) spoke at \(timeline.rows.count) of \(plural(timeline.meetingsLookedAt, "meeting"))\(rangeNote(state))"
        title += " · \(plural(timeline.totalTurns, "turn")), \(timeline.totalWords) words"
        if let query = timeline.query, let total = timeline.totalHits { title += " · \"\(query.text)\": \(plural(total, "hit"))" }
        var columns = "  " + cell("Date", 11) + cell("Place", place) + " " + cell("Turns", 5, right: true)
        columns += cell("Words", 7, right: true) + cell("Share", 7, right: true)
        if timeline.query != nil { columns += cell("Hits", 6, right: true) }
        // Rows are made when drawn, and only the selected one's opening is read from its document.
        let rows = ListRows(count: timeline.rows.count) { [state] i in
            let row = timeline.rows[i]
            let meeting = context.meeting(row.meeting)
            var segments = [
                StyledSegment(paneMark(row.meeting, state: state), role: .note),
                StyledSegment(cell(meeting.date?.iso ?? "undated", 11), role: .text),
                StyledSegment(cell(placeName(meeting, place), place) + " ", role: .speaker),
                StyledSegment(
                    cell("\(row.turns)", 5, right: true) + cell("\(row.words)", 7, right: true)
                        + cell(String(format: "%.0f%%", (row.share ?? 0) * 100), 7, right: true), role: .text),
            ]
            if let hits = row.hits {
                segments.append(StyledSegment(cell("\(hits)", 6, right: true) + " ", role: .text))
                segments.append(StyledSegment(BlockBar.bar(hits, of: maximum, width: barWidth), role: .match))
            }
            return ListRow(segments: segments, target: .meeting(row.meeting, opening: row.opening, person: timeline.personID))
        } detail: { i in
            let row = timeline.rows[i]
            return openingDetail(row, query: row.hits ?? 0 > 0 ? timeline.query : nil, who: name, context: context)
        }
        return AnalysisList(
            header: [[StyledSegment(title, role: .tableHeader)], [StyledSegment(columns, role: .tableHeader)]], rows: rows,
            empty: "\(name) did not speak at any meeting\(state.dateRange.isUnbounded ? "" : " dated \(state.dateRange)").")
    }

    private static func termTimeline(_ timeline: Timeline, state: BrowserState, context: BrowserContext) -> AnalysisList {
        let query = timeline.query?.text ?? ""
        let width = state.listRect.width - 4
        let columnWidth = 12
        // mark, date, words and hits take 2 + 11 + 7 + 6 columns; the place, the bar and the speakers share the rest.
        let fixed = 2 + 11 + 7 + 6 + 1
        let place = placeWidth(width, fixed: fixed)
        let room = width - fixed - place - 1
        // The bar gets a third of the room (10 to 40 cells); the speakers who said it most get what is left.
        let wanted = max(10, min(Self.longestBar, room / 3))
        let speakers = min(timeline.columns.count, max(0, (room - wanted - 1) / columnWidth))
        let barWidth = max(4, min(Self.longestBar, room - speakers * columnWidth - 1))
        let maximum = timeline.maximumHits
        let columnMaximum = timeline.rows.flatMap { $0.speakerHits.prefix(speakers) }.max() ?? 0
        let names = timeline.columns.prefix(speakers).map { context.person($0)?.shortName ?? $0 }
        var title = "\"\(query)\" said at \(timeline.rows.count) of \(plural(timeline.meetingsLookedAt, "meeting"))\(rangeNote(state))"
        title += ": \(plural(timeline.totalHits ?? 0, "hit"))"
        let most = zip(timeline.columns, timeline.columnTotals).prefix(3).map { "\(speakerName($0, context: context)) \($1)" }
        if !most.isEmpty { title += " · most: " + most.joined(separator: ", ") }
        var columns = "  " + cell("Date", 11) + cell("Place", place) + " " + cell("Words", 7, right: true) + cell("Hits", 6, right: true)
        columns += " " + cell("", barWidth) + names.map { " " + cell($0, columnWidth - 1) }.joined()
        let rows = ListRows(count: timeline.rows.count) { [state] i in
            let row = timeline.rows[i]
            let meeting = context.meeting(row.meeting)
            let hits = row.hits ?? 0
            var segments = [
                StyledSegment(paneMark(row.meeting, state: state), role: .note),
                StyledSegment(cell(meeting.date?.iso ?? "undated", 11), role: .text),
                StyledSegment(cell(placeName(meeting, place), place) + " ", role: .speaker),
                StyledSegment(cell("\(row.words)", 7, right: true) + cell("\(hits)", 6, right: true) + " ", role: .text),
                StyledSegment(cell(BlockBar.bar(hits, of: maximum, width: barWidth), barWidth), role: .match),
            ]
            for n in row.speakerHits.prefix(speakers) {
                // The count's digits and a space come before the bar, in a cell one narrower than the column.
                let bar = min(6, columnWidth - 3 - String(columnMaximum).count)
                let text = BlockBar.counted(n, of: columnMaximum, width: bar)
                segments.append(StyledSegment(" " + cell(text, columnWidth - 1), role: n == 0 ? .note : .sharedTerm))
            }
            return ListRow(segments: segments, target: .meeting(row.meeting, opening: row.opening, person: nil))
        } detail: { i in
            openingDetail(timeline.rows[i], query: timeline.query, who: nil, context: context)
        }
        return AnalysisList(
            header: [[StyledSegment(title, role: .tableHeader)], [StyledSegment(columns, role: .tableHeader)]], rows: rows,
            empty: "Nobody said \(query) at any meeting\(state.dateRange.isUnbounded ? "" : " dated \(state.dateRange)").")
    }

    /// Under the list: where Enter opens the meeting, and the opening of that paragraph, or with a search
    /// its first hit there, marked, with what comes before and after it.
    private static func openingDetail(_ row: TimelineRow, query: SearchQuery?, who: String?, context: BrowserContext) -> [[StyledSegment]] {
        let meeting = context.meeting(row.meeting)
        guard let ref = row.opening, context.corpus.contains(ref), let paragraph = context.rowParagraph(ref) else { return [] }
        let speaker = ref.turn.map { context.corpus.documents[ref.document].turns[$0].speakerID }
        let whose = speakerName(speaker, context: context)
        let what = query != nil ? "first hit, said by \(whose)" : "\(who ?? whose)'s first turn"
        let place = [
            StyledSegment("\(meeting.title): \(what) (turn \((ref.turn ?? 0) + 1)) · Enter opens it beside this pane", role: .note)
        ]
        guard let query, let hit = QueryMatcher(query).matches(in: paragraph).first else {
            return [place, [StyledSegment(String(paragraph.spokenText.prefix(400)), role: .text)]]
        }
        let line = Concordance.excerpt(Array(paragraph.text), range: hit, before: 100, after: 300)
        // "…" where the text goes on before or after what is shown.
        return [
            place,
            [
                StyledSegment((line.leftIsCut ? "…" : "") + line.left, role: .text), StyledSegment(line.hit, role: .match),
                StyledSegment(line.right + (line.rightIsCut ? "…" : ""), role: .text),
            ],
        ]
    }
}
