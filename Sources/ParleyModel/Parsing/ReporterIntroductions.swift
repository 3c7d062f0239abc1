/// The reporters named in a corpus's turns, found on all cores before speakers are resolved turn by turn:
/// reading each moderator's turns and each question for a name takes most of resolving an archive's
/// speakers, and the resolver, which carries the last reporter named from turn to turn, runs on one core.
///
/// Only the turns the resolver will ask about are read ahead, as it is expected to ask: questions, and
/// turns before a question or by a moderator, whose label or `speakers.toml` entry says so. A turn asked
/// about otherwise is read when asked; the answers are the same either way.
struct ReporterIntroductions {
    private struct Place: Hashable {
        var document: Int
        var turn: Int
    }

    /// A question's self-introduction (nil: it names no one), by question.
    private let introduced: [Place: Reporter?]
    /// The last reporter a turn names, and whether the turn was read as a moderator's.
    private let named: [Place: (moderating: Bool, reporter: Reporter?)]

    /// How many documents' turns are read before their questions and moderators' turns are read for names.
    static let documentsAtOnce = 64

    /// `turns` gives a document's turns: read for this, and let go once its batch of documents is done, so
    /// an archive read back from the store is not held whole.
    init(
        documents: [Document], meetings: [Meeting], speakers: SpeakersFile, turns: (Int) -> [Turn],
        isModeratorLabel: (String) -> Bool
    ) {
        var introduced: [Place: Reporter?] = [:]
        var named: [Place: (moderating: Bool, reporter: Reporter?)] = [:]
        let transcripts = meetings.flatMap { meeting in
            meeting.documentIndices.filter { documents[$0].kind == .transcript }.map { (meeting: meeting, document: $0) }
        }
        for batch in transcripts.slices(of: Self.documentsAtOnce) {
            var questions: [(place: Place, turn: Turn)] = []
            var others: [(place: Place, turn: Turn, moderating: Bool)] = []
            for (meeting, d) in batch {
                let turns = turns(d)
                for (t, turn) in turns.enumerated() {
                    let entry = speakers.entry(for: turn.label, meetingID: meeting.id)
                    if entry == nil, turn.isQuestion {
                        questions.append((Place(document: d, turn: t), turn))
                        continue
                    }
                    let moderating = (entry.map { $0.kind == .moderator } ?? false) || isModeratorLabel(turn.label)
                    if moderating || (t + 1 < turns.count && turns[t + 1].isQuestion) {
                        others.append((Place(document: d, turn: t), turn, moderating))
                    }
                }
            }
            let introductions = questions.parallelMap(chunk: 64) { question in
                question.turn.paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
            }
            for (question, reporter) in zip(questions, introductions) { introduced[question.place] = reporter }
            let reporters = others.parallelMap(chunk: 64) { other in Self.lastNamed(in: other.turn, moderating: other.moderating) }
            for (other, reporter) in zip(others, reporters) { named[other.place] = (other.moderating, reporter) }
        }
        self.introduced = introduced
        self.named = named
    }

    /// The reporter who names themself at the start of question `turn`, or nil.
    func selfIntroduction(document: Int, turn t: Int, in turn: Turn) -> Reporter? {
        if let read = introduced[Place(document: document, turn: t)] { return read }
        return turn.paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
    }

    /// The last reporter `turn`'s paragraphs name, read as a moderator's turn or not.
    func reporter(document: Int, turn t: Int, in turn: Turn, moderating: Bool) -> Reporter? {
        if let read = named[Place(document: document, turn: t)], read.moderating == moderating { return read.reporter }
        return Self.lastNamed(in: turn, moderating: moderating)
    }

    private static func lastNamed(in turn: Turn, moderating: Bool) -> Reporter? {
        turn.paragraphs.reduce(nil) { last, paragraph in ReporterFinder.reporter(in: paragraph.text, moderating: moderating) ?? last }
    }
}
