import Foundation
import Testing

@testable import ParleyModel

/// The store indexes `searchableText` and counts hits from it: its words must be the paragraph's search
/// tokens, one for one, or a count from the store would differ from a search of the paragraph.
struct SearchableTextTests {
    func sameWords(_ paragraph: Paragraph) -> Bool {
        let indexed = Tokenizer.tokens(in: paragraph.searchableText).map { [$0.folded, $0.caseKept] }
        return indexed == SearchIndex.tokens(of: paragraph).map { [$0.folded, $0.caseKept] }
    }

    @Test func everyParagraphOfTheBuiltInAndRealTranscriptsHasItsSearchWords() {
        var paragraphs = CorpusLoader.builtIn().allPassages().map(\.paragraph)
        paragraphs += TranscriptFixtures.names.flatMap { TranscriptFixtures.corpus($0).allPassages().map(\.paragraph) }
        #expect(paragraphs.count > 200)
        #expect(paragraphs.filter { $0.runs.contains { $0.kind == .note } }.count > 20)
        #expect(paragraphs.filter { !sameWords($0) }.map(\.text) == [])
    }

    @Test func notesBecomeOneSpaceSoTheWordsAroundThemStayApart() {
        let cases: [(String, [Range<Int>])] = [
            ("word(inaudible)word", [4..<15]),
            ("We (inaudible) agree.", [3..<14]),
            ("(Laughter.) Peña dijo (inaudible) sí", [0..<11, 22..<33]),
            ("it’s(crosstalk)s", [4..<15]),
            ("e\u{301}cole (applause) 👍 done", [6..<16]),
            ("(Applause.)", [0..<11]),
        ]
        for (text, notes) in cases {
            let p = TimelineReadingTests.paragraph(text, notes: notes)
            #expect(sameWords(p), "\(text)")
        }
        #expect(TimelineReadingTests.paragraph("word(inaudible)word", notes: [4..<15]).searchableText == "word word")
        #expect(TimelineReadingTests.paragraph("(x) Peña (y)", notes: [0..<3, 9..<12]).searchableText == "  Peña  ")
        #expect(TimelineReadingTests.paragraph("e\u{301} (x) b", notes: [2..<5]).searchableText == "e\u{301}   b")
    }
}
