import ParleyModel
import Testing

@testable import parley

/// A snippet cut on UTF-8 bytes is the one cut on `Character`s, for every word of a text and every width
/// of context.
struct SnippetTests {
    func agree(_ text: String, contexts: [Int] = [0, 1, 5, 12, 40, 200]) -> Int {
        var checked = 0
        for range in SourceLocatorTests.words(text) + [0..<0, text.count..<text.count] {
            for context in contexts {
                let fast = Snippet(text: text, range: range, context: context)
                let slow = Snippet(text: text, range: range, context: context, usesScalars: false)
                #expect(fast.marked == slow.marked, "\(text.debugDescription) \(range) \(context)")
                #expect(fast.match == slow.match && fast.before == slow.before && fast.after == slow.after)
                checked += 1
            }
        }
        return checked
    }

    /// A paragraph's snippets cut together, each walk starting where the last began, are each cut alone.
    @Test func snippetsCutTogetherAreTheSnippetsCutOneByOne() {
        let texts = [
            "We will work together to confront the cartels that operate on both sides of the border.",
            "Secretary Videgaray — “el muro” — said Peña Nieto’s government… would not pay.",
            "Pen\u{303}a Nieto met the 🇲🇽 delegation and the press", "", "a",
        ]
        var cut = 0
        for text in texts {
            let words = SourceLocatorTests.words(text)
            // In order, with a range twice and one at the end; then out of order, which starts again.
            for ranges in [words, words + [text.count..<text.count], [words.last, words.first, words.last].compactMap { $0 }] {
                for context in [0, 3, 12, 200] {
                    let together = Snippet.cut(text, ranges: ranges, context: context)
                    let alone = ranges.map { Snippet(text: text, range: $0, context: context) }
                    #expect(together.map(\.marked) == alone.map(\.marked), "\(text.debugDescription) \(context)")
                    cut += together.count
                }
            }
        }
        #expect(cut > 150)
    }

    @Test func cutsAtSpacesWithEllipses() {
        let text = "We will work together to confront the cartels that operate on both sides of the border."
        let range = 38..<45
        #expect(Snippet(text: text, range: range, context: 12).marked == "…the [cartels] that…")
        let whole = Snippet(text: text, range: range, context: 200)
        #expect(whole.before == "We will work together to confront the " && whole.after == " that operate on both sides of the border.")
        #expect(agree(text) > 80)
    }

    @Test func bothWaysAgreeOnAccentsQuotesDashesAndOddSpacing() {
        let texts = [
            "Secretary Videgaray — “el muro” — said Peña Nieto’s government… would not pay.",
            "Ñandú  über   café\tand\u{A0}a non-breaking space, then € 5 and ¿qué? ¡sí!",
            " leading and trailing spaces ",
            "a",
            "",
            "Line one\nline two\r\nline three",
        ]
        var checked = 0
        for text in texts { checked += agree(text) }
        #expect(checked > 200)
    }

    @Test func textsWhoseScalarsJoinAreCutAsCharacters() {
        // Combining marks, a flag and a family emoji: `Character`s of many scalars.
        let texts = ["Pen\u{303}a Nieto met the 🇲🇽 delegation", "a family 👨‍👩‍👧 of words e\u{301}te\u{301}"]
        for text in texts {
            #expect(!ScalarText.charactersAreScalars(text))
            #expect(agree(text) > 20)
        }
    }

    @Test func bothWaysAgreeOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["the", "cartels", " ", " ", "  ", "\n", "Peña", "“", "”", "—", "…", "é", "ß", "€", "\u{A0}", "x", "ab"]
        for _ in 0..<150 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = agree(text, contexts: [0, 1, 3, 7, 20])
        }
    }

    @Test func theBuiltInCorpusIsCutTheSameBothWays() {
        var checked = 0
        for document in CorpusLoader.builtIn().documents {
            for paragraph in document.paragraphs.prefix(40) { checked += agree(paragraph.text, contexts: [30, 60]) }
        }
        #expect(checked > 2_000)
    }
}
