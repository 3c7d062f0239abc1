import ParleyModel

/// What `parley meetings` prints.
struct MeetingsReport: Encodable {
    struct DocumentEntry: Encodable {
        var id: String
        var file: String
        /// transcript, statement, article, communique or document.
        var kind: String
        var title: String
        @NullWhenAbsent var date: String?
        @NullWhenAbsent var place: String?
        @NullWhenAbsent var venue: String?
        @NullWhenAbsent var author: String?
        var turns: Int
        var paragraphs: Int

        init(_ document: Document) {
            id = document.id
            file = document.fileName
            kind = document.kind.rawValue
            title = document.title
            date = document.date?.iso
            place = document.place
            venue = document.venue
            author = document.author
            turns = document.turnCount
            paragraphs = document.paragraphCount
        }

        enum CodingKeys: String, CodingKey { case id, file, kind, title, date, place, venue, author, turns, paragraphs }

    }

    struct MeetingEntry: Encodable {
        var meeting: MeetingSummary
        var documents: [DocumentEntry]

        enum CodingKeys: String, CodingKey { case documents }

        /// The meeting's own fields sit beside `documents`, not nested.
        func encode(to encoder: Encoder) throws {
            try meeting.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(documents, forKey: .documents)
        }
    }

    var meetings: [MeetingEntry]

    init(corpus: Corpus) {
        meetings = corpus.meetings.map { meeting in
            MeetingEntry(meeting: MeetingSummary(meeting), documents: meeting.documentIndices.map { DocumentEntry(corpus.documents[$0]) })
        }
    }

    enum CodingKeys: String, CodingKey { case meetings }

    /// One line per meeting (id, date, place), its documents indented below (file, kind, title).
    func textLines() -> [String] {
        var meetingTable = TextTable(alignments: [.left, .left, .left])
        var documentTable = TextTable(alignments: [.left, .left, .left])
        for entry in meetings {
            meetingTable.add([entry.meeting.id, entry.meeting.date ?? "undated", entry.meeting.place])
            for document in entry.documents { documentTable.add([document.file, document.kind, document.title]) }
        }
        let meetingLines = meetingTable.lines()
        let documentLines = documentTable.lines(indent: "  ")
        var lines: [String] = []
        var next = 0
        for (i, entry) in meetings.enumerated() {
            if i > 0 { lines.append("") }
            lines.append(meetingLines[i])
            lines += documentLines[next..<(next + entry.documents.count)]
            next += entry.documents.count
        }
        return lines
    }
}
