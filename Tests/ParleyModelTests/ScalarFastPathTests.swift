import Foundation
import Testing

@testable import ParleyModel

/// The parser reads most text as scalars and bytes, and offsets still count `Character`s: each fast path
/// gives what the `Character` reading gives, on text where the two could part.
struct ScalarFastPathTests {
    /// Text where a `Character` is one scalar, and text where it is not (combining marks, emoji, joiners, CR LF).
    static let samples = [
        "Secretary Kelly said: “It’s *our* border (Laughter.) and we’re 100% sure.”",
        "Peña Nieto — el señor Videgaray… (Via interpreter) *Gracias* a todos",
        "Pen\u{303}a Nieto said it\u{2019}s e\u{301}te\u{301} (inaudible) *now*",
        "Flags 🇲🇽🇺🇸 and 👩‍👩‍👧 family, café ☕️ (applause) done",
        "line one\r\nline two\u{2028}three\u{85}four\u{0B}five\u{0C}six\rseven\n",
        "a\u{200D}b zero\u{200C}width and \u{A0}no-break\u{2003}em space",
        "",
    ]

    @Test func latinTextAndPunctuationAreOneScalarACharacterButMarksAndEmojiAreNot() {
        #expect(ScalarText.charactersAreScalars("Peña Nieto’s “border” — 100 € … ok"))
        #expect(!ScalarText.charactersAreScalars("Pen\u{303}a"))
        #expect(!ScalarText.charactersAreScalars("family 👩‍👩‍👧"))
        #expect(!ScalarText.charactersAreScalars("a\u{200D}b"))
        #expect(ScalarText.charactersAreScalars("line\rbreaks\nand\u{2028}more"))
        #expect(!ScalarText.charactersAreScalars("line\r\nbreaks"))
        #expect(ScalarText.charactersAreScalars("line\r\nbreaks", allowingCRLF: true))
    }

    @Test func linesCountCharactersAcrossEveryKindOfLineBreak() {
        for sample in Self.samples {
            let lines = SourceText(sample).lines
            let expected = Self.characterLines(sample)
            #expect(lines.map(\.text) == expected.map(\.text), "\(sample.debugDescription)")
            #expect(lines.map(\.start) == expected.map(\.start), "\(sample.debugDescription)")
            #expect(lines.map(\.end) == expected.map(\.end), "\(sample.debugDescription)")
            #expect(lines.map(\.number) == expected.map(\.number), "\(sample.debugDescription)")
        }
        let crlf = SourceText("e\u{301}x\r\nb")
        #expect(crlf.lines.map(\.start) == [0, 3])
        #expect(crlf.lines.map(\.end) == [2, 4])
    }

    /// Lines as read one `Character` at a time.
    static func characterLines(_ text: String) -> [(text: String, number: Int, start: Int, end: Int)] {
        var lines: [(text: String, number: Int, start: Int, end: Int)] = []
        var current = ""
        var (start, offset, number) = (0, 0, 1)
        for ch in text {
            if ch.isNewline {
                lines.append((current, number, start, offset))
                current = ""
                number += 1
                start = offset + 1
            } else {
                current.append(ch)
            }
            offset += 1
        }
        if !current.isEmpty { lines.append((current, number, start, offset)) }
        return lines
    }

    @Test func tokensStandAtTheSameCharacterOffsetsAsWhenReadByCharacter() {
        for sample in Self.samples {
            for excluded in [[], [3..<9], [0..<2, 20..<30]] {
                let fast = Tokenizer.tokens(in: sample, skipping: excluded)
                let slow = Tokenizer.characterTokens(in: sample, skipping: excluded)
                #expect(fast == slow, "\(sample.debugDescription) skipping \(excluded)")
            }
        }
        let tokens = Tokenizer.tokens(in: "“It’s Peña’s” CAFÉ")
        #expect(tokens.map(\.folded) == ["it's", "pena's", "cafe"])
        #expect(tokens.map(\.range) == [1..<5, 6..<12, 14..<18])
    }

    @Test func foldedWordsAreTheTokensFoldedForms() {
        var generator = SeededGenerator(seed: 5)
        let pieces = ["The", "PEÑA", "it’s", "Ünïcödé", "e\u{301}", "STRASSE", "straße", " ", "  ", "-", "'", "’", "2017", "👍", "x"]
        var texts = Self.samples
        for _ in 0..<200 {
            texts.append((0..<Int.random(in: 1...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            for excluded in [[], [3..<9], [0..<2, 20..<30]] {
                var words: [(String, Range<Int>)] = []
                Tokenizer.forEachFoldedWord(in: text, skipping: excluded) { folded, range in
                    words.append((String(decoding: folded, as: UTF8.self), range))
                }
                let tokens = Tokenizer.tokens(in: text, skipping: excluded)
                #expect(words.map(\.0) == tokens.map(\.folded), "\(text.debugDescription) skipping \(excluded)")
                #expect(words.map(\.1) == tokens.map(\.range), "\(text.debugDescription) skipping \(excluded)")
            }
        }
    }

    /// Each text read inline on bytes gives the text, runs and interpreter state reading by Character gives.
    static func expectInlineReadingAsByCharacters(_ texts: [String]) {
        for text in texts {
            for interpreted in [false, true] {
                let fast = InlineParser.parse(text, interpreted: interpreted)
                let slow = InlineParser.parseCharacters(text, interpreted: interpreted)
                #expect(fast.text == slow.text, "\(text.debugDescription)")
                #expect(fast.runs == slow.runs, "\(text.debugDescription)")
                #expect(fast.interpretedAfter == slow.interpretedAfter)
            }
        }
    }

    @Test func italicsAndNotesAreTheSameRunsAsWhenReadByCharacter() {
        Self.expectInlineReadingAsByCharacters(Self.samples)
        let parsed = InlineParser.parse("We’re *here* (Laughter.) now", interpreted: false)
        #expect(parsed.text == "We’re here (Laughter.) now")
        #expect(parsed.runs.map(\.kind) == [.words, .italic, .words, .note, .words])
        #expect(parsed.runs[1].range == 6..<10)
    }

    @Test func labelWordsSplitAtPeriodsAndSpaces() {
        #expect(TurnLabel.words("MR. VIDEGARAY") == ["MR", "VIDEGARAY"])
        #expect(TurnLabel.words("SEN. BOB CORKER (R), TENNESSEE") == ["SEN", "BOB", "CORKER"])
        #expect(TurnLabel.words("Señor Peña\tNieto..") == ["SEÑOR", "PEÑA", "NIETO"])
        #expect(TurnLabel.words("SEN\u{303}OR P.") == ["SEN\u{303}OR", "P"])
    }

    /// Each text's name words read on bytes are those read by Character.
    static func expectNameWordsAsByCharacters(_ texts: [String]) {
        for text in texts {
            let fast = NameWords(text).words
            let slow = NameWords(characters: text).words
            #expect(fast.map(\.text) == slow.map(\.text), "\(text.debugDescription)")
            #expect(fast.map(\.folded) == slow.map(\.folded), "\(text.debugDescription)")
            #expect(fast.map(\.endsName) == slow.map(\.endsName), "\(text.debugDescription)")
        }
    }

    @Test func capitalisedWordsAreTheSameWhenReadByScalarOrByCharacter() {
        let texts =
            Self.samples + [
                "Secretary John Kelly, (DHS) and Luis Videgaray Caso.\nHeather Nauert\nDepartment Press Briefing",
                "“Miguel Ángel Osorio Chong” met J. Kelly; “Peña Nieto” spoke\u{A0}Spanish.",
            ]
        Self.expectNameWordsAsByCharacters(texts)
        let words = NameWords("“Miguel Ángel Osorio Chong” met J. Kelly.").words
        #expect(words.map(\.text) == ["Miguel", "Ángel", "Osorio", "Chong", "", "J.", "Kelly"])
        #expect(words.map(\.folded) == ["MIGUEL", "ANGEL", "OSORIO", "CHONG", "", "J.", "KELLY"])
        #expect(words.map(\.endsName) == [false, false, false, true, true, false, true])
    }

    @Test func aTitleInThePluralIsNotPartOfAName() {
        let finder = NameFinder(
            documents: [
                NameWords("Press Availability Rex W. Tillerson\nSecretary of State"),
                NameWords("We met Secretaries Tillerson and Kelly. Secretaries Tillerson and Kelly agreed."),
                NameWords("With Secretaries Tillerson and Kelly, and Ministers Videgaray and Osorio."),
            ], lookingFor: [["TILLERSON"], ["VIDEGARAY"]])
        #expect(finder.fullName(for: ["TILLERSON"]) == "Rex W. Tillerson")
        #expect(finder.fullName(for: ["VIDEGARAY"]) == nil)
    }

    @Test func fullNamesAreFoundAcrossDocumentsFromTheirWordTables() {
        let finder = NameFinder(
            documents: [
                NameWords("Remarks by Secretary John Kelly.\n\nThank you."),
                NameWords("Today John Kelly and Luis Videgaray Caso met; John Kelly spoke."),
                NameWords("Señor Videgaray said nothing."),
            ], lookingFor: [["KELLY"], ["VIDEGARAY"], ["NAUERT"]])
        #expect(finder.fullName(for: ["KELLY"]) == "John Kelly")
        #expect(finder.fullName(for: ["VIDEGARAY"]) == "Luis Videgaray Caso")
        #expect(finder.fullName(for: ["NAUERT"]) == nil)
    }

    /// Names looked for together, in one pass, are found as each looked for alone; a name not looked for
    /// at first is still found, in a pass of its own.
    @Test func namesLookedForTogetherAreTheOnesLookedForAlone() {
        let documents = [
            NameWords("Remarks by Secretary John Kelly.\n\nThank you, Luis Videgaray Caso."),
            NameWords("Today John Kelly and Luis Videgaray Caso met; John Kelly spoke with Miguel Ángel Osorio Chong."),
            NameWords("Señor Videgaray said nothing to Heather Nauert. Videgaray met Osorio Chong, then Miguel Osorio."),
            NameWords("Miguel Osorio and Luis Videgaray and Videgaray Caso."),
        ]
        let keys = [["KELLY"], ["VIDEGARAY"], ["OSORIO"], ["OSORIO", "CHONG"], ["NAUERT"], ["CASO"], ["NOBODY"], ["LUIS", "VIDEGARAY"]]
        let together = NameFinder(documents: documents, lookingFor: Set(keys))
        let none = NameFinder(documents: documents, lookingFor: [])
        for key in keys {
            let alone = NameFinder(documents: documents, lookingFor: [key])
            #expect(together.fullName(for: key) == alone.fullName(for: key), "\(key)")
            #expect(none.fullName(for: key) == alone.fullName(for: key), "\(key)")
        }
        #expect(together.fullName(for: ["VIDEGARAY"]) == "Luis Videgaray Caso")
        #expect(together.fullName(for: ["OSORIO"]) == "Miguel Osorio", "the most frequent")
        #expect(together.fullName(for: ["OSORIO", "CHONG"]) == "Miguel Ángel Osorio Chong")
        #expect(together.fullName(for: ["Osorio"]) == "Miguel Osorio", "a name's words are folded as the texts' are")
    }

    /// The words are read each time a pass needs them and never kept by the finder.
    @Test func aFinderReadsEachTextOncePerPass() {
        let texts = ["We saw John Kelly and Luis Videgaray Caso.", "John Kelly spoke."]
        let reads = ReadLog()
        let finder = NameFinder(
            count: texts.count,
            words: { t in
                reads.add(t)
                return NameWords(texts[t])
            }, lookingFor: [["KELLY"], ["VIDEGARAY"]])
        #expect(reads.texts.sorted() == [0, 1])
        #expect(finder.fullName(for: ["KELLY"]) == "John Kelly")
        #expect(reads.texts.count == 2, "a name looked for at first needs no other pass")
        #expect(finder.fullName(for: ["CASO"]) == "Luis Videgaray Caso")
        #expect(reads.texts.sorted() == [0, 0, 1, 1])
    }
}

/// Which texts a finder read, in any order.
private final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [Int] = []
    func add(_ t: Int) { lock.withLock { read.append(t) } }
    var texts: [Int] { lock.withLock { read } }
}
