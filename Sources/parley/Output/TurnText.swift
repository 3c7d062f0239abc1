import ParleyModel

/// A turn as plain text: a heading with the label as written, then its paragraphs wrapped.
enum TurnText {
    static let interpretedMark = "[interpreted] "

    /// `SECRETARY KELLY · turn 6`; a question names the reporter when the text does:
    /// `QUESTION (Felicia Schwartz, The Wall Street Journal) · turn 5`.
    static func heading(_ turn: Turn) -> String {
        var heading = turn.label
        if let reporter = turn.reporter {
            heading += " (" + ([reporter.name] + [reporter.outlet].compactMap { $0 }).joined(separator: ", ") + ")"
        }
        return heading + " · turn \(turn.index + 1)"
    }

    /// The paragraphs wrapped to `width` after `indent` spaces, a blank line between them. Notes such as
    /// `(inaudible)` stay as written; a paragraph spoken through an interpreter starts with `[interpreted]`.
    static func paragraphLines(_ turn: Turn, width: Int, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (i, paragraph) in turn.paragraphs.enumerated() {
            if i > 0 { lines.append("") }
            let text = (paragraph.interpreted ? interpretedMark : "") + paragraph.text
            lines += PlainWrapper.wrap(text, width: max(1, width - indent)).map { pad + $0 }
        }
        return lines
    }
}
