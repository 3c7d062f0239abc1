/// The reporters named in a corpus's transcripts, read before speakers are resolved turn by turn: reading
/// each moderator's turns and each question for a name takes most of resolving an archive's speakers, and
/// the resolver, which carries the last reporter named from turn to turn, runs on one core.
///
/// Each transcript's `TurnReadings` are the ones read while it was parsed, or else read here, on all cores,
/// a batch of documents at a time. A turn asked about that was not read is read when asked; the answers are
/// the same either way.
struct ReporterIntroductions {
    private let readings: [TurnReadings?]
    private let turns: @Sendable (Int) -> [Turn]

    /// How many documents' turns are read at once.
    static let documentsAtOnce = 64

    /// `readAhead`: each document's readings, when read already. `turns` gives a document's turns: read for
    /// this, and let go once its batch of documents is done, so an archive read back from the store is not
    /// held whole.
    init(
        documents: [Document], meetings: [Meeting], speakers: SpeakersFile, readAhead: [TurnReadings?],
        turns: @escaping @Sendable (Int) -> [Turn]
    ) {
        var readings = readAhead + [TurnReadings?](repeating: nil, count: max(0, documents.count - readAhead.count))
        let unread = meetings.flatMap { meeting in
            meeting.documentIndices.filter { documents[$0].kind == .transcript && readings[$0] == nil }.map {
                (meetingID: meeting.id, document: $0)
            }
        }
        for batch in unread.slices(of: Self.documentsAtOnce) {
            let read = Array(batch).parallelMap { unread in
                TurnReadings(turns: turns(unread.document), speakers: speakers, meetingID: unread.meetingID)
            }
            for (unread, reading) in zip(batch, read) { readings[unread.document] = reading }
        }
        self.readings = readings
        self.turns = turns
    }

    /// Each turn's label and whether it asks, for a transcript.
    func heads(document d: Int) -> [TurnReadings.Head] {
        readings[d]?.heads ?? turns(d).map { TurnReadings.Head(label: $0.label, isQuestion: $0.isQuestion) }
    }

    /// The reporter who names themself at the start of question `t`, or nil.
    func selfIntroduction(document d: Int, turn t: Int) -> Reporter? {
        if let read = readings[d]?.selfIntroduction(turn: t) { return read }
        return TurnReadings.selfIntroduction(in: turns(d)[t])
    }

    /// The last reporter turn `t` names, read as a moderator's turn or not.
    func reporter(document d: Int, turn t: Int, moderating: Bool) -> Reporter? {
        if let read = readings[d]?.reporter(turn: t, moderating: moderating) { return read }
        return TurnReadings.lastNamed(in: turns(d)[t], moderating: moderating)
    }
}
