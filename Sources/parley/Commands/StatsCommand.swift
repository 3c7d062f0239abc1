import ArgumentParser
import Foundation
import ParleyModel

/// `parley stats`: the speakers table — turns, words, share, longest turn, questions answered and
/// distinctive words per person and meeting.
struct StatsCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Per person and meeting: turns, words, share of words, longest turn, questions answered, key words.",
        discussion: """
            Distinctive words are those a person used more at one meeting than at the others (log-likelihood G², \
            at least \(3) times, function words left out); "used in both" lists words they used at every meeting \
            where they spoke. A question counts as answered by whoever says at least \
            \(SpeakerStatistics.minimumAnswerWords) words before the next question or moderator turn.
            """)

    @Option(help: ArgumentHelp("Only this person.", valueName: "id"), completion: CorpusCompletion.speakers)
    var speaker: String?

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rows: TableFormatOptions

    func run(console: Console) throws {
        let corpus = try corpus.load(console: console)
        let person = try speaker.map { try corpus.findPerson($0) }
        var stats = SpeakerStatistics.kept(corpus: corpus)
        if let person {
            stats = stats.filter { $0.personID == person.id }
        } else {
            stats = stats.filter { $0.meetings.contains { $0.words > 0 } }
        }
        if output.json {
            console.out(try JSONOutput.string(StatsReport(meetings: corpus.meetings.map(\.id), speakers: stats)))
            return
        }
        if rows.write(Self.table(stats), to: console) { return }
        let titles = Dictionary(corpus.meetings.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        for s in stats {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(s.name) (\(s.personID))")
            var table = TextTable(alignments: [.left, .right, .right, .right, .left, .right])
            table.add(["meeting", "turns", "words", "share", "longest turn", "answered"])
            for m in s.meetings {
                let longest = m.longestTurn.map { "turn \($0.turn.map { String($0 + 1) } ?? "-"), \(m.longestTurnWords) words" } ?? "-"
                table.add([
                    titles[m.meetingID] ?? m.meetingID, "\(m.turns)", "\(m.words)", String(format: "%.1f%%", m.share * 100), longest,
                    "\(m.questionsAnswered)",
                ])
            }
            lines += table.lines(indent: "  ")
            for m in s.meetings where !m.distinctive.isEmpty {
                let words = m.distinctive.map { "\($0.word) \($0.count)/\($0.referenceCount)" }.joined(separator: ", ")
                let against = m.reference == "speaker" ? "the same speaker elsewhere" : "everyone elsewhere"
                lines.append("  distinctive at \(titles[m.meetingID] ?? m.meetingID) (against \(against)): \(words)")
            }
            if !s.sharedWords.isEmpty {
                lines.append(
                    "  used at every meeting: "
                        + s.sharedWords.map { "\($0.word) \($0.counts.map(String.init).joined(separator: "/"))" }.joined(separator: ", "))
            }
        }
        console.outLines(lines) { line, _ in OutputStyle.blockLine(line) }
    }
}

extension StatsCommand {
    /// One row per speaker and meeting; `distinctive` as `word count/other count`, joined by `; `.
    static func table(_ stats: [SpeakerStats]) -> DelimitedTable {
        var table = DelimitedTable(header: [
            "speaker", "name", "meeting", "turns", "words", "share", "longest_turn", "longest_turn_words", "answered", "distinctive",
        ])
        for s in stats {
            for m in s.meetings {
                table.add([
                    s.personID, s.name, m.meetingID, "\(m.turns)", "\(m.words)", String(format: "%.4f", m.share),
                    m.longestTurn.flatMap { $0.turn }.map { "\($0 + 1)" } ?? "", "\(m.longestTurnWords)", "\(m.questionsAnswered)",
                    m.distinctive.map { "\($0.word) \($0.count)/\($0.referenceCount)" }.joined(separator: "; "),
                ])
            }
        }
        return table
    }
}

/// What `parley stats --json` prints.
struct StatsReport: Encodable {
    /// Meeting ids in the order every `counts` list uses.
    var meetings: [String]
    var speakers: [Speaker]

    init(meetings: [String], speakers: [SpeakerStats]) {
        self.meetings = meetings
        self.speakers = speakers.map(Speaker.init)
    }

    struct Speaker: Encodable {
        var id: String
        var name: String
        var meetings: [Meeting]
        var shared: [SharedWord]

        init(_ s: SpeakerStats) {
            id = s.personID
            name = s.name
            meetings = s.meetings.map(Meeting.init)
            shared = s.sharedWords
        }
    }

    struct Meeting: Encodable {
        var m: SpeakerMeetingStats
        init(_ m: SpeakerMeetingStats) { self.m = m }

        enum CodingKeys: String, CodingKey {
            case meeting, turns, words, share, longestTurn, longestTurnWords, questionsAnswered, distinctive, reference
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(m.meetingID, forKey: .meeting)
            try c.encode(m.turns, forKey: .turns)
            try c.encode(m.words, forKey: .words)
            try c.encode(m.share, forKey: .share)
            try c.encode(m.longestTurn.map(RefJSON.init), forKey: .longestTurn)
            try c.encode(m.longestTurnWords, forKey: .longestTurnWords)
            try c.encode(m.questionsAnswered, forKey: .questionsAnswered)
            try c.encode(m.distinctive, forKey: .distinctive)
            try c.encode(m.reference, forKey: .reference)
        }
    }
}
