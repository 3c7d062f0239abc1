import Testing

@testable import ParleyModel

@Test func aTurnIsCitedBySpeakerMeetingTurnParagraphAndLine() throws {
    let corpus = CorpusLoader.builtIn()
    let document = try #require(corpus.documents.firstIndex { $0.fileName == "000_38b1e850a037519c.txt" })
    let turn = try #require(corpus.documents[document].turns.firstIndex { $0.speakerID == "kelly" })
    let ref = PassageRef(document: document, turn: turn, paragraph: 0)
    let paragraph = corpus.paragraph(ref)
    let text = Citation.text(of: ref, in: corpus)
    #expect(text.hasPrefix("\"" + paragraph.text + "\"\n— "))
    #expect(
        text.hasSuffix(
            "— John Kelly, Mexico City · Feb 23 2017, turn \(turn + 1) ¶1, 000_38b1e850a037519c.txt:\(paragraph.source.line)"))
    // The line cited is where the paragraph's words are in the file.
    let lines = corpus.documents[document].sourceText.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[paragraph.source.line - 1].contains(paragraph.text.prefix(20)))
}

@Test func aDocumentParagraphIsCitedByTitleAndKind() throws {
    let corpus = CorpusLoader.builtIn()
    let document = try #require(corpus.documents.firstIndex { $0.fileName == "002_51f4437359274aa3.txt" })
    let ref = PassageRef(document: document, turn: nil, paragraph: 1)
    let text = Citation.text(of: ref, in: corpus)
    #expect(
        text.contains(
            "— Joint Statement by Rex Tillerson and John Kelly on Bilateral Discussions in Mexico City (statement), Mexico City · Feb 23 2017, ¶2, 002_51f4437359274aa3.txt:"
        ))
}
