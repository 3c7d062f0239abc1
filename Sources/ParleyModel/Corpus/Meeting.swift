/// An occasion where people spoke: one day, one place; one or more transcripts and any related documents.
public struct Meeting: Sendable, Hashable {
    /// e.g. `2017-02-23-mexico-city`
    public var id: String
    public var date: Day?
    /// e.g. `Mexico City, Mexico`
    public var place: String
    /// Indices into `Corpus.documents`: transcripts first, then related documents.
    public var documentIndices: [Int]

    public init(id: String, date: Day?, place: String, documentIndices: [Int]) {
        self.id = id
        self.date = date
        self.place = place
        self.documentIndices = documentIndices
    }

    /// The place's first part: `Mexico City`, `Washington`.
    public var shortPlace: String {
        String(place.split(separator: ",").first ?? Substring(place)).trimmingCharacters(in: .whitespaces)
    }

    /// `Mexico City · Feb 23 2017`
    public var title: String { date.map { "\(shortPlace) · \($0.short)" } ?? shortPlace }
}
