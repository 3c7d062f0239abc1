import Testing

@testable import ParleyModel

/// `spokenText` leaves notes out and collapses spaces; its shortcut for paragraphs with neither must give
/// exactly what the long way gives.
struct ParagraphSpokenTextTests {
    /// The long way: every run that is not a note, joined, with runs of spaces collapsed.
    private func spokenTheLongWay(_ paragraph: Paragraph) -> String {
        let characters = Array(paragraph.text)
        let kept = paragraph.runs.filter { $0.kind != .note }.map { String(characters[$0.range]) }.joined()
        return kept.split(separator: " ").joined(separator: " ")
    }

    private func paragraph(_ text: String, runs: [(RunKind, Range<Int>)]) -> Paragraph {
        Paragraph(
            text: text, runs: runs.map { TextRun(kind: $0.0, range: $0.1, interpreted: false) },
            source: SourceSpan(file: "t.txt", start: 0, end: text.count, line: 1, endLine: 1))
    }

    @Test func everyBuiltInParagraphIsSpokenAsTheLongWaySays() {
        let corpus = CorpusLoader.builtIn()
        let passages = corpus.allPassages()
        #expect(passages.count > 100)
        for (_, paragraph) in passages {
            #expect(paragraph.spokenText == spokenTheLongWay(paragraph))
        }
    }

    @Test func spacesAtTheEndsOrDoubledAreCollapsedEvenWithoutNotes() {
        for text in [" lead", "trail ", "two  spaces", "plain text", "", "é  combining e\u{301}  ", "  "] {
            let whole = paragraph(text, runs: [(.words, 0..<text.count)])
            #expect(whole.spokenText == spokenTheLongWay(whole), "\(text)")
        }
    }

    @Test func notesAndSpacesAreCutAsTheLongWayCutsThem() {
        let texts = [
            ("said (inaudible) more", [(RunKind.words, 0..<5), (.note, 5..<16), (.words, 16..<21)]),
            ("  Peña (laughs)  dijo — “sí”  ", [(.words, 0..<7), (.note, 7..<15), (.words, 15..<30)]),
            ("(Applause.) ", [(.note, 0..<11), (.words, 11..<12)]),
            ("a (b) c (d)", [(.words, 0..<2), (.note, 2..<5), (.italic, 5..<8), (.note, 8..<11)]),
            ("no runs at all", []),
            ("gap  here", [(.words, 0..<3), (.words, 5..<9)]),
        ]
        for (text, runs) in texts {
            let p = paragraph(text, runs: runs)
            #expect(ScalarText.charactersAreScalars(text))
            #expect(p.spokenText == spokenTheLongWay(p), "\(text)")
        }
    }

    @Test func textOutsideTheRunsIsLeftOutAsBefore() {
        let gap = paragraph("said (inaudible) more", runs: [(.words, 0..<5), (.words, 16..<21)])
        #expect(gap.spokenText == "said more")
        let note = paragraph("said (inaudible) more", runs: [(.words, 0..<5), (.note, 5..<16), (.words, 16..<21)])
        #expect(note.spokenText == "said more")
    }

    @Test func wordsAreCountedTheSameByScalarsAsByCharacters() {
        for (_, paragraph) in CorpusLoader.builtIn().allPassages() {
            #expect(paragraph.wordCount == paragraph.wordCountByCharacters)
        }
        let texts = [
            "Tab\tand  spaces, 1,900 miles; U.S.-Mexico — “quoted” ¿qué? Peña Nieto ١٢٣ 中文 ok", "  ", "", "— – …",
            "a\u{0B}b\u{0C}c\rd\u{85}e",
        ]
        for text in texts {
            let whole = paragraph(text, runs: [(.words, 0..<text.count)])
            #expect(whole.wordCount == whole.wordCountByCharacters, "\(text)")
        }
        let noted = paragraph("said (inaudible) more", runs: [(.words, 0..<5), (.note, 5..<16), (.words, 16..<21)])
        #expect(noted.wordCount == 2)
        #expect(noted.wordCount == noted.wordCountByCharacters)
    }
}
