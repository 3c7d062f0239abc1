import ParleyModel

/// Where a passage stands in its file: 1-based lines, `Character` offsets from the start of the file.
struct SourceReport: Encodable {
    var file: String
    var line: Int
    var endLine: Int
    var start: Int
    var end: Int

    init(_ span: SourceSpan) {
        file = span.file
        line = span.line
        endLine = span.endLine
        start = span.start
        end = span.end
    }

    enum CodingKeys: String, CodingKey { case file, line, endLine, start, end }
}

/// A stretch of a paragraph: its text and `Character` offsets into the paragraph's text.
struct TextRangeReport: Encodable {
    var text: String
    var start: Int
    var end: Int

    enum CodingKeys: String, CodingKey { case text, start, end }
}

struct ParagraphReport: Encodable {
    /// As written, transcriber notes included, italic markers removed.
    var text: String
    var interpreted: Bool
    /// Transcriber notes as written, e.g. `(inaudible)`.
    var notes: [String]
    var italic: [TextRangeReport]
    var words: Int
    var source: SourceReport

    init(_ paragraph: Paragraph) {
        text = paragraph.text
        interpreted = paragraph.interpreted
        notes = paragraph.notes
        let chars = Array(paragraph.text)
        italic = paragraph.runs.filter { $0.kind == .italic }.map {
            TextRangeReport(text: String(chars[$0.range]), start: $0.range.lowerBound, end: $0.range.upperBound)
        }
        words = paragraph.wordCount
        source = SourceReport(paragraph.source)
    }

    enum CodingKeys: String, CodingKey { case text, interpreted, notes, italic, words, source }
}

struct ReporterReport: Encodable {
    var name: String
    @NullWhenAbsent var outlet: String?

    enum CodingKeys: String, CodingKey { case name, outlet }

}

/// One turn of a transcript, for `show --json` and `compare --json`.
struct TurnReport: Encodable {
    /// The id of the transcript the turn is in, and its file name.
    var document: String
    var file: String
    /// 0-based position among the transcript's turns.
    var index: Int
    /// The label as written, without the colon.
    var label: String
    /// The person's id.
    var speaker: String
    var speakerName: String
    var interpreted: Bool
    var question: Bool
    @NullWhenAbsent var reporter: ReporterReport?
    var words: Int
    var paragraphs: [ParagraphReport]

    init(_ turn: Turn, document: Document, corpus: Corpus) {
        self.document = document.id
        file = document.fileName
        index = turn.index
        label = turn.label
        speaker = turn.speakerID
        speakerName = corpus.person(id: turn.speakerID)?.name ?? turn.label
        interpreted = turn.interpreted
        question = turn.isQuestion
        reporter = turn.reporter.map { ReporterReport(name: $0.name, outlet: $0.outlet) }
        words = turn.wordCount
        paragraphs = turn.paragraphs.map(ParagraphReport.init)
    }

    enum CodingKeys: String, CodingKey {
        case document, file, index, label, speaker, speakerName, interpreted, question, reporter, words, paragraphs
    }

}
