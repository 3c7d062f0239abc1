/// What `parley show --json` prints.
struct ShowReport: Encodable {
    var meeting: MeetingSummary
    /// The person given with --speaker, or null for everyone.
    var speaker: PersonSummary?
    var turns: [TurnReport]

    enum CodingKeys: String, CodingKey { case meeting, speaker, turns }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(turns, forKey: .turns)
    }
}
