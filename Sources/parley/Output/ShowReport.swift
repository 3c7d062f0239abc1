/// What `parley show --json` prints.
struct ShowReport: Encodable {
    var meeting: MeetingSummary
    /// The person given with --speaker, or null for everyone.
    @NullWhenAbsent var speaker: PersonSummary?
    var turns: [TurnReport]

    enum CodingKeys: String, CodingKey { case meeting, speaker, turns }

}
