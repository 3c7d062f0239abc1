/// Narrowing a corpus to the meetings of a date range, so that every command reads only those.
extension Corpus {
    /// The meetings in `range` with their documents, and the people who speak in them; documents are
    /// numbered afresh in the order they had. Problems reading files are kept: they are about the files.
    public func narrowed(to range: DateRange) -> Corpus {
        guard !range.isUnbounded else { return self }
        let kept = meetings.filter { range.contains($0.date) }
        let oldIndices = kept.flatMap(\.documentIndices).sorted()
        var newIndex: [Int: Int] = [:]
        for (new, old) in oldIndices.enumerated() { newIndex[old] = new }
        let narrowedMeetings = kept.map { meeting in
            var m = meeting
            m.documentIndices = meeting.documentIndices.compactMap { newIndex[$0] }
            return m
        }
        let narrowedDocuments = oldIndices.map { documents[$0] }
        var speaking: Set<String> = []
        for document in narrowedDocuments {
            speaking.formUnion(document.speakerIDs)
        }
        return Corpus(
            documents: narrowedDocuments, meetings: narrowedMeetings, people: people.filter { speaking.contains($0.id) },
            problems: problems)
    }

    /// The first and last days of the dated meetings, for saying what a range missed.
    public var dateSpan: (first: Day, last: Day)? {
        let days = meetings.compactMap(\.date)
        guard let first = days.min(), let last = days.max() else { return nil }
        return (first, last)
    }
}
