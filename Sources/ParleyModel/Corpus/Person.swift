/// Someone who speaks in the corpus. Several labels can resolve to one person.
public struct Person: Sendable, Hashable {
    /// A short lower-case id, e.g. `kelly`, `osorio-chong`, `moderator-2017-02-23-mexico-city`.
    public var id: String
    public var name: String
    public var role: String
    /// Every label seen for this person, as written, in order of first appearance.
    public var labels: [String]
    public var kind: PersonKind

    public init(id: String, name: String, role: String, labels: [String], kind: PersonKind) {
        self.id = id
        self.name = name
        self.role = role
        self.labels = labels
        self.kind = kind
    }
}

public enum PersonKind: String, Sendable, Codable, Hashable {
    /// A named official or speaker.
    case official
    /// Someone who chairs the meeting; `MODERATOR` is a different person in each meeting.
    case moderator
    /// A reporter asking questions; named by the moderator, or unidentified.
    case reporter
}

extension Person {
    /// The name as labels give it, for tight spaces: `Osorio Chong`, `Kelly`; reporters and moderators by their name.
    public var shortName: String {
        // An anonymous briefer's whole office is what tells them apart: `Senior State Department Official One`.
        guard kind == .official, !labels.contains(where: SpeakerResolver.isAnonymousOfficial) else { return name }
        let words = labels.map(TurnLabel.nameWords).max { $0.count < $1.count } ?? []
        return words.isEmpty ? name : words.map(TurnLabel.titleCase).joined(separator: " ")
    }
}
