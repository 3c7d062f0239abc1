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

    init(documents: [Document], meetings: [Meeting], speakers: SpeakersFile, isModeratorLabel: (String) -> Bool) {
        var questions: [Place] = []
        var others: [(place: Place, moderating: Bool)] = []
        for meeting in meetings {
            for d in meeting.documentIndices where documents[d].kind == .transcript {
                let turns = documents[d].turns
                for (t, turn) in turns.enumerated() {
                    let entry = speakers.entry(for: turn.label, meetingID: meeting.id)
                    if entry == nil, turn.isQuestion {
                        questions.append(Place(document: d, turn: t))
                        continue
                    }
                    let moderating = (entry.map { $0.kind == .moderator } ?? false) || isModeratorLabel(turn.label)
                    if moderating || (t + 1 < turns.count && turns[t + 1].isQuestion) {
                        others.append((Place(document: d, turn: t), moderating))
                    }
                }
            }
        }
        let introductions = questions.parallelMap(chunk: 64) { place in
            documents[place.document].turns[place.turn].paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
        }
        introduced = Dictionary(uniqueKeysWithValues: zip(questions, introductions))
        let reporters = others.parallelMap(chunk: 64) { other in
            Self.lastNamed(in: documents[other.place.document].turns[other.place.turn], moderating: other.moderating)
        }
        named = Dictionary(uniqueKeysWithValues: zip(others, reporters).map { ($0.place, ($0.moderating, $1)) })
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
