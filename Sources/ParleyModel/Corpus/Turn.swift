/// A reporter named by the moderator before a question.
public struct Reporter: Sendable, Hashable, Codable {
    public var name: String
    public var outlet: String?

    public init(name: String, outlet: String?) {
        self.name = name
        self.outlet = outlet
    }
}

/// One speaker's turn in a transcript: from a label (`SECRETARY KELLY:`) to the next.
public struct Turn: Sendable, Hashable {
    /// 0-based position among the document's turns.
    public var index: Int
    /// The label exactly as written, without the colon.
    public var label: String
    /// The id of the person the label resolves to.
    public var speakerID: String
    /// True when the label marks a question from the floor (`QUESTION`, `Q`, and near misses).
    public var isQuestion: Bool
    /// For a question: the reporter the moderator named before it, if any.
    public var reporter: Reporter?
    public var paragraphs: [Paragraph]

    public init(index: Int, label: String, speakerID: String, isQuestion: Bool, reporter: Reporter?, paragraphs: [Paragraph]) {
        self.index = index
        self.label = label
        self.speakerID = speakerID
        self.isQuestion = isQuestion
        self.reporter = reporter
        self.paragraphs = paragraphs
    }

    public var interpreted: Bool { paragraphs.contains { $0.interpreted } }
    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }
    public var source: SourceSpan? {
        guard var span = paragraphs.first?.source, let last = paragraphs.last?.source else { return nil }
        span.end = last.end
        span.endLine = last.endLine
        return span
    }
}
