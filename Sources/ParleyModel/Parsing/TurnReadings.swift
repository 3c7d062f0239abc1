/// What resolving speakers reads of one transcript's turns: each turn's label and whether it asks, the
/// reporter each question introduces, and the last reporter each turn the resolver will ask about names.
/// Read once per document; a new archive's documents are read so while they are parsed, and the resolver
/// then needs neither their text held nor parsed again.
///
/// The turns read for reporters are the ones the resolver asks about: questions without a `speakers.toml`
/// entry, and turns before a question or by a moderator, whose label or entry says so. When the document's
/// meeting is not known yet, every entry that could apply to a label is taken as applying, so more turns
/// may be read, never fewer.
struct TurnReadings: Sendable {
    struct Head: Sendable, Hashable {
        var label: String
        var isQuestion: Bool
    }

    private struct Asked: Hashable {
        var turn: Int
        var moderating: Bool
    }

    let heads: [Head]
    /// By question, the reporter who names themself at its start (nil: no one).
    private let introduced: [Int: Reporter?]
    /// By turn and how it was read, the last reporter it names.
    private let named: [Asked: Reporter?]

    /// `meetingID`: the document's meeting, or nil when it is not known yet.
    init(turns: [Turn], speakers: SpeakersFile, meetingID: String?) {
        heads = turns.map { Head(label: $0.label, isQuestion: $0.isQuestion) }
        var introduced: [Int: Reporter?] = [:]
        var named: [Asked: Reporter?] = [:]
        for (t, turn) in turns.enumerated() {
            let entries: [SpeakersFile.Entry?] =
                if let meetingID { [speakers.entry(for: turn.label, meetingID: meetingID)] } else {
                    [nil] + speakers.entries(for: turn.label)
                }
            for entry in entries {
                if entry == nil, turn.isQuestion {
                    introduced[t] = Self.selfIntroduction(in: turn)
                    continue
                }
                let moderating = entry?.kind == .moderator || TurnLabel.isModerator(turn.label)
                let asked = Asked(turn: t, moderating: moderating)
                if (moderating || (t + 1 < turns.count && turns[t + 1].isQuestion)) && named[asked] == nil {
                    named[asked] = Self.lastNamed(in: turn, moderating: moderating)
                }
            }
        }
        self.introduced = introduced
        self.named = named
    }

    /// The reporter who names themself at the start of question `t`: nil when it was not read, `.some(nil)`
    /// when it names no one.
    func selfIntroduction(turn t: Int) -> Reporter?? { introduced[t] }

    /// The last reporter turn `t` names, read as a moderator's or not; nil when it was not read so.
    func reporter(turn t: Int, moderating: Bool) -> Reporter?? { named[Asked(turn: t, moderating: moderating)] }

    static func selfIntroduction(in turn: Turn) -> Reporter? {
        turn.paragraphs.first.flatMap { ReporterFinder.selfIntroduction(in: $0.text) }
    }

    static func lastNamed(in turn: Turn, moderating: Bool) -> Reporter? {
        turn.paragraphs.reduce(nil) { last, paragraph in ReporterFinder.reporter(in: paragraph.text, moderating: moderating) ?? last }
    }
}
