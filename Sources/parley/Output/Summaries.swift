import ParleyModel

/// A meeting as every JSON report names it.
struct MeetingSummary: Encodable {
    var id: String
    /// YYYY-MM-DD, or null for an undated meeting.
    @NullWhenAbsent var date: String?
    var place: String
    var title: String
    /// A short column heading for text tables, not in JSON: the date (`Feb 23 2017`), else the place.
    var heading: String

    init(_ meeting: Meeting) {
        heading = meeting.date?.short ?? meeting.shortPlace
        id = meeting.id
        date = meeting.date?.iso
        place = meeting.place
        title = meeting.title
    }

    enum CodingKeys: String, CodingKey { case id, date, place, title }

}

/// A person as the JSON reports name them.
struct PersonSummary: Encodable {
    var id: String
    var name: String
    var role: String
    var kind: String

    init(_ person: Person) {
        id = person.id
        name = person.name
        role = person.role
        kind = person.kind.rawValue
    }

    enum CodingKeys: String, CodingKey { case id, name, role, kind }
}
