import ParleyModel
import ParleyUI

/// What `parley compare` prints: one person's turns at two meetings.
struct CompareReport: Encodable {
    struct Side: Encodable {
        var meeting: MeetingSummary
        var words: Int
        var turns: [TurnReport]
        /// Kept for the text and markdown forms, which show paragraphs with their runs.
        let modelTurns: [Turn]

        init(meeting: Meeting, turns: [(document: Int, turn: Turn)], corpus: Corpus) {
            self.meeting = MeetingSummary(meeting)
            self.turns = turns.map { TurnReport($0.turn, document: corpus.documents[$0.document], corpus: corpus) }
            modelTurns = turns.map(\.turn)
            words = modelTurns.reduce(0) { $0 + $1.wordCount }
        }

        enum CodingKeys: String, CodingKey { case words, turns }

        /// The meeting's own fields sit beside `words` and `turns`, not nested.
        func encode(to encoder: Encoder) throws {
            try meeting.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(words, forKey: .words)
            try c.encode(turns, forKey: .turns)
        }

        var summary: String {
            "\(turns.count) turn\(turns.count == 1 ? "" : "s"), \(words) word\(words == 1 ? "" : "s")"
        }
    }

    var speaker: PersonSummary
    /// The two meetings, in the order compared (left, then right).
    var meetings: [Side]

    enum CodingKeys: String, CodingKey { case speaker, meetings }

    init(person: Person, sides: [Side], corpus: Corpus) {
        speaker = PersonSummary(person)
        meetings = sides
    }

    /// Two columns, `│` between them; the nth turns of both meetings start on the same line.
    func textLines(width: Int) -> [String] {
        let column = max(20, (width - 3) / 2)
        let rule = String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column)
        func row(_ left: [String], _ right: [String]) -> [String] {
            (0..<max(left.count, right.count)).map { i in
                var line = DisplayWidth.pad(i < left.count ? left[i] : "", to: column) + " │ " + (i < right.count ? right[i] : "")
                while line.hasSuffix(" ") { line.removeLast() }
                return line
            }
        }
        func block(_ side: Side, _ i: Int) -> [String] {
            guard i < side.modelTurns.count else { return [] }
            let turn = side.modelTurns[i]
            return PlainWrapper.wrap(TurnText.heading(turn), width: column) + TurnText.paragraphLines(turn, width: column, indent: 2)
        }
        var lines = PlainWrapper.wrap("\(speaker.name) (\(speaker.id)) · \(speaker.role)", width: width)
        lines.append("")
        let (left, right) = (meetings[0], meetings[1])
        lines += row(PlainWrapper.wrap(left.meeting.title, width: column), PlainWrapper.wrap(right.meeting.title, width: column))
        lines += row([left.summary], [right.summary])
        for i in 0..<max(left.modelTurns.count, right.modelTurns.count, 1) {
            lines.append(rule)
            let (l, r) = (block(left, i), block(right, i))
            if l.isEmpty && r.isEmpty {
                lines += row(["(no turns)"], ["(no turns)"])
            } else {
                lines += row(l, r)
            }
        }
        return lines
    }

    /// A heading, a table of turns and words per meeting, then a section per meeting with each turn.
    func markdownLines() -> [String] {
        var lines = [
            "# \(Markdown.escape(speaker.name)): \(meetings.map { Markdown.escape($0.meeting.title) }.joined(separator: " and "))", "",
        ]
        lines.append("\(Markdown.escape(speaker.role)) (`\(speaker.id)`)")
        lines.append("")
        lines.append("| Meeting | Date | Place | Turns | Words |")
        lines.append("| --- | --- | --- | ---: | ---: |")
        for side in meetings {
            let m = side.meeting
            lines.append("| `\(m.id)` | \(m.date ?? "undated") | \(Markdown.escape(m.place)) | \(side.turns.count) | \(side.words) |")
        }
        for side in meetings {
            lines += ["", "## \(Markdown.escape(side.meeting.title))"]
            if side.modelTurns.isEmpty { lines += ["", "_No turns._"] }
            for turn in side.modelTurns {
                lines += ["", "### \(Markdown.escape(TurnText.heading(turn)))"]
                for paragraph in turn.paragraphs {
                    lines.append("")
                    lines.append(
                        (paragraph.interpreted ? "_\(TurnText.interpretedMark.trimmingCharacters(in: .whitespaces))_ " : "")
                            + Markdown.paragraph(paragraph))
                }
            }
        }
        return lines
    }
}
