import ParleyModel

/// What `parley speakers` prints.
struct SpeakersReport: Encodable {
    struct Counts: Encodable {
        var turns: Int
        var words: Int

        enum CodingKeys: String, CodingKey { case turns, words }
    }

    struct PersonEntry: Encodable {
        var person: PersonSummary
        /// Every label seen for the person, as written.
        var labels: [String]
        /// Keyed by meeting id; every meeting is present, with zeros where the person does not speak.
        var meetings: [String: Counts]
        var turns: Int
        var words: Int

        enum CodingKeys: String, CodingKey { case labels, meetings, turns, words }

        /// The person's own fields sit beside the counts, not nested.
        func encode(to encoder: Encoder) throws {
            try person.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(labels, forKey: .labels)
            try c.encode(meetings, forKey: .meetings)
            try c.encode(turns, forKey: .turns)
            try c.encode(words, forKey: .words)
        }
    }

    var meetings: [MeetingSummary]
    var people: [PersonEntry]

    enum CodingKeys: String, CodingKey { case meetings, people }

    init(corpus: Corpus) {
        meetings = corpus.meetings.map(MeetingSummary.init)
        people = corpus.people.map { person in
            var counts: [String: Counts] = [:]
            for meeting in corpus.meetings {
                let c = corpus.counts(person: person.id, meeting: meeting)
                counts[meeting.id] = Counts(turns: c.turns, words: c.words)
            }
            return PersonEntry(
                person: PersonSummary(person), labels: person.labels, meetings: counts,
                turns: counts.values.reduce(0) { $0 + $1.turns }, words: counts.values.reduce(0) { $0 + $1.words })
        }
    }

    /// One row per person: id, name, role, the labels joined by `; `, turns and words at each meeting
    /// (`<meeting id> turns`, `<meeting id> words`), then the totals.
    func table() -> DelimitedTable {
        var table = DelimitedTable(
            header: ["id", "name", "role", "labels"] + meetings.flatMap { ["\($0.id) turns", "\($0.id) words"] } + ["turns", "words"])
        for entry in people {
            let counts = meetings.flatMap { meeting -> [String] in
                let c = entry.meetings[meeting.id] ?? Counts(turns: 0, words: 0)
                return ["\(c.turns)", "\(c.words)"]
            }
            table.add(
                [entry.person.id, entry.person.name, entry.person.role, entry.labels.joined(separator: "; ")] + counts
                    + ["\(entry.turns)", "\(entry.words)"])
        }
        return table
    }

    /// A table: id, name, role, `turns/words` for each meeting, then the labels.
    func textLines() -> [String] {
        var table = TextTable(alignments: [.left, .left, .left] + meetings.map { _ in .right } + [.left])
        table.add(["ID", "NAME", "ROLE"] + meetings.map(\.heading) + ["LABELS"])
        table.add(["", "", ""] + meetings.map { _ in "turns/words" } + [""])
        for entry in people {
            let counts = meetings.map { meeting -> String in
                let c = entry.meetings[meeting.id] ?? Counts(turns: 0, words: 0)
                return c.turns == 0 ? "-" : "\(c.turns)/\(c.words)"
            }
            table.add([entry.person.id, entry.person.name, entry.person.role] + counts + [entry.labels.joined(separator: "; ")])
        }
        return table.lines()
    }
}
