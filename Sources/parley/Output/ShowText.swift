import ParleyModel
import ParleyUI

/// What `parley show` prints: a heading per transcript, then each turn's label and wrapped paragraphs.
enum ShowText {
    static func lines(corpus: Corpus, meeting: Meeting, person: Person?, turns: [(document: Int, turn: Turn)], width: Int) -> [String] {
        var lines: [String] = []
        var heading = meeting.title
        if let person { heading += " · \(person.name): \(turns.count) turn\(turns.count == 1 ? "" : "s")" }
        lines += PlainWrapper.wrap(heading, width: width)
        if turns.isEmpty {
            lines.append("")
            lines.append(person == nil ? "(no turns)" : "(\(person!.name) does not speak in this meeting)")
            return lines
        }
        var currentDocument: Int? = nil
        for (document, turn) in turns {
            if document != currentDocument {
                currentDocument = document
                let doc = corpus.documents[document]
                lines.append("")
                let title = PlainWrapper.wrap("\(doc.title) (\(doc.fileName))", width: width)
                lines += title
                lines.append(String(repeating: "=", count: title.map { DisplayWidth.of($0) }.max() ?? 0))
                // The preamble (prose before the first speaker) opens the whole transcript, not one person's turns.
                if person == nil {
                    for paragraph in doc.body {
                        lines.append("")
                        lines += PlainWrapper.wrap(paragraph.text, width: width)
                    }
                }
            }
            lines.append("")
            lines += PlainWrapper.wrap(TurnText.heading(turn), width: width)
            lines += TurnText.paragraphLines(turn, width: width, indent: 2)
        }
        return lines
    }
}
