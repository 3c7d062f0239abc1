/// A document's turns without their text, and the text of some of its paragraphs: what a search reads of
/// a document read back from the store, most of whose paragraphs it never looks at.
struct DocumentExcerpt: Sendable {
    let document: Int
    /// Every turn, without its paragraphs: who speaks it, and its label.
    var turns: [Turn]
    /// The paragraphs asked for, by place (those the document has).
    var paragraphs: [PassageRef: Paragraph]

    init(document: Int, turns: [Turn], paragraphs: [PassageRef: Paragraph]) {
        self.document = document
        self.turns = turns
        self.paragraphs = paragraphs
    }

    /// The excerpt of content in memory.
    init(content: DocumentContent, document: Int, wanted: Set<PassageRef>) {
        self.document = document
        turns = content.turns.map { turn in
            var head = turn
            head.paragraphs = []
            return head
        }
        var paragraphs: [PassageRef: Paragraph] = [:]
        for ref in wanted where ref.document == document {
            if let t = ref.turn {
                if content.turns.indices.contains(t), content.turns[t].paragraphs.indices.contains(ref.paragraph) {
                    paragraphs[ref] = content.turns[t].paragraphs[ref.paragraph]
                }
            } else if content.body.indices.contains(ref.paragraph) {
                paragraphs[ref] = content.body[ref.paragraph]
            }
        }
        self.paragraphs = paragraphs
    }
}
