/// A passage as a reader can quote it and find it again: its text, then who said it, where and when,
/// and the file and line it comes from.
///
///     "Well, thank you. It's a great honor to be here …"
///     — John Kelly, Mexico City · Feb 23 2017, turn 8 ¶1, 000_38b1e850a037519c.txt:41
///
/// Turns and paragraphs count from 1, as `show` and `search` print them; the paragraph counts within
/// the turn, or within a statement's, article's or communiqué's running text, whose title and kind
/// stand where the speaker would.
public enum Citation {
    public static func text(of ref: PassageRef, in corpus: Corpus) -> String {
        let document = corpus.documents[ref.document]
        let paragraph = corpus.paragraph(ref)
        var parts: [String] = []
        if let turnIndex = ref.turn {
            let turn = document.turns[turnIndex]
            parts.append(corpus.person(id: turn.speakerID)?.name ?? turn.label)
        } else {
            parts.append("\(document.title) (\(document.kind.rawValue))")
        }
        if let meeting = corpus.meeting(ofDocument: ref.document) {
            parts.append(meeting.title)
        } else if let date = document.date {
            parts.append(date.short)
        }
        let place = ref.turn.map { "turn \($0 + 1) ¶\(ref.paragraph + 1)" } ?? "¶\(ref.paragraph + 1)"
        parts.append(place)
        parts.append("\(paragraph.source.file):\(paragraph.source.line)")
        return "\"\(paragraph.text)\"\n— " + parts.joined(separator: ", ")
    }
}
