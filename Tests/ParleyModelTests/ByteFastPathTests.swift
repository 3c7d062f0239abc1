import Foundation
import Testing

@testable import ParleyModel

/// Checks made on every line or parenthesis read ASCII on its bytes, and the rest as before: each byte reading
/// gives what the `Character` (or pattern) reading gives, on text where the two could part.
struct ByteFastPathTests {
    /// `InlineParser.classify` as it read every parenthesis before its bytes were read.
    static func classifyByCharacters(_ content: String) -> InlineParser.Parenthetical {
        let c = content.trimmingSpaces.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        let introduced = c.hasPrefix("via ") || c.hasPrefix("through ") || c.hasPrefix("by ")
        if introduced && c.range(of: #"^(via|through|by) (an |the )?interpret(er|ers|ation)$"#, options: .regularExpression) != nil
            || c == "as interpreted" || c == "interpreted" || c == "via translator" || c == "through translator"
        {
            return .interpreterOn
        }
        if c == "in english" || c == "speaks in english" || c == "in english, not interpreted" { return .interpreterOff }
        if InlineParser.noteWords.contains(where: { c.contains($0) }) { return .note }
        let words = content.split(separator: " ")
        if content.trimmingSpaces.hasSuffix("."), words.count <= 4, let f = content.first, f.isUppercase,
            content.contains(where: { $0.isLowercase })
        {
            return .note
        }
        return .text
    }

    static let parentheticals = [
        "Via interpreter", "via an interpreter.", "Through the interpreters:", "By interpretation", "by  interpreter",
        "via interpreterx", "via interpret", ".:via interpreter:.", " Via Interpreter ", "via the interpreter\u{301}",
        "vía interpreter", "via\u{A0}interpreter", "via interpreter\n", "via interpreter\r\n", "via interpreter\u{2028}",
        "As interpreted", "In English", "In English, not interpreted", "in english\u{301}", "Inaudible", "off-mike",
        "OFF MIC", "Laughter.", "laughter\u{301}", "LAUGHTER", "Phone rings.", "Crosstalk", "audio  break", "speaks in Spanish",
        "Applause", "applaus", "Pause.", "…", "", ".", ":", "...", "(", "ﬆ", "\u{212A}", "Interruption", "R", "D-Texas",
        "technical difficulties", "Mic off", "Peña laughs.", "no response.", "pauses", "e\u{301}",
    ]

    @Test func parenthesesAreClassifiedAsByCharacters() {
        for content in Self.parentheticals {
            #expect(InlineParser.classify(content) == Self.classifyByCharacters(content), "\(content.debugDescription)")
        }
        #expect(InlineParser.classify("through an interpretation") == .interpreterOn)
        #expect(InlineParser.classify("crosstalk") == .note)
    }

    static let lines = [
        "Skip to main content", "  \tHome | News | Briefings", "HERE'S HOW YOU KNOW", "Here’s how you know",
        String(repeating: "a", count: 79) + "e\u{301} and more", String(repeating: "A", count: 80) + "\u{301}x",
        String(repeating: "B", count: 81), String(repeating: "c ", count: 50), "\u{A0}Share this", "Share this\u{A0}",
        "\r\nShare", "Share\r\n", "Copyright © 2017", "© 2017 State", "ﬆop", "\u{212A}", "Tags: immigration, border",
        "Topics\u{301}: Mexico", "   ", "", "\t\t", "Ma\u{0308}rz", "SEARCH FORM", "Follow us on Twitter",
        String(repeating: "x", count: 78) + "  \u{301}", "“Quoted” — and… ‘so’ on", "— \u{301}x",
        "A‐B‑C–D—E―F‖G‗H‘I’J‚K‛L“M”N„O‟P†Q‡R•S‣T․U‥V…W‧",
        String(repeating: "—", count: 80) + "\u{301}", String(repeating: "’", count: 79) + "e\u{301}", String(repeating: "“", count: 81),
        "\u{2028}Share", "Share\u{2029}", "\u{2009}Share", "Share\u{200A}", "“\u{200D}”", "Ⅻ Roman", "ǅ title",
        String(repeating: "’", count: 80) + "\u{200D}", "Skip to main content …", "“Skip to main content”",
    ]

    @Test func linesStartLowerCasedAsByCharacters() {
        for line in Self.lines {
            let start = line.firstIndex { !$0.isWhitespace } ?? line.endIndex
            let expected = String(line[start...].prefix(80)).trimmingSpaces.lowercased()
            #expect(Boilerplate.loweredStart(line) == expected, "\(line.debugDescription)")
        }
        #expect(Boilerplate.isChromeLine("Skip to main content"))
        #expect(Boilerplate.isChromeLine("Home | News | Briefings"))
        #expect(!Boilerplate.isChromeLine("We use cookies in the kitchen, and we always have, every single morning of the week."))
    }

    @Test func paragraphsWithoutMarksAreOneRunAsWhenReadByCharacter() {
        ScalarFastPathTests.expectInlineReadingAsByCharacters([
            "", "plain words", "Peña’s “words” — here…", "e\u{301}te\u{301}", "line\r\nbreak", "a ) b", "a ( b", "a * b",
        ])
    }

    @Test func linesWithoutAColonHoldNoLabel() {
        for line in ["Mr. Spicer said so", "MS NAUERT. Thanks", "The Press - It looks good.", ""] {
            #expect(!LabelFinder.mayHoldTitleCaseLabel(line))
            #expect(!LabelFinder.mayHoldGluedUpperCaseLabel(line))
        }
        #expect(LabelFinder.mayHoldTitleCaseLabel("so. Mr. Spicer: Good"))
        #expect(LabelFinder.mayHoldGluedUpperCaseLabel("at the top. MS NAUERT: Thanks."))
    }

    @Test func labelsAreCutOnBytesInASCIIAndAsCharactersElsewhere() {
        let cases: [(line: String, label: String, rest: Int)] = [
            ("MS NAUERT: Thanks.", "MS NAUERT", 11), ("  \tMR. KIRBY:\t  Yes", "MR. KIRBY", 16),
            ("SEN. BOB CORKER (R), TENNESSEE: Hi", "SEN. BOB CORKER (R), TENNESSEE", 32), ("SEÑOR PEÑA: Hola", "SEÑOR PEÑA", 12),
            ("MS NAUERT:\u{301} x", "MS NAUERT", 10), ("\u{A0}MS NAUERT: x", "MS NAUERT", 12),
            ("MS NAUERT’S AIDE: x", "MS NAUERT’S AIDE", 18),
        ]
        for (line, label, rest) in cases {
            let found = TurnLabel.match(line)
            #expect(found?.label == label, "\(line.debugDescription)")
            #expect(found?.rest == rest, "\(line.debugDescription)")
        }
    }

    @Test func linesTheLabelPatternCannotMatchAreSkipped() {
        let lines = [
            "MS NAUERT: Thanks.", "Mr. Spicer: Good", "The Press: It looks good.", "Q: Yes", "A: no", "SEN. BOB CORKER (R), TENNESSEE: Hi",
            "MIKE PENCE, VICE PRESIDENT: We", "I: am", "I'm told: no", "É: x", "ÉMILE ZOLA: oui", "  \tAB: x", "\u{A0}MS NAUERT: x",
            "Ab: x", "A-B: x", "A.B.: x", "A’B: x", "A(R): x", "A,: x", "9: x", "The time: now", "Q    Mr. President: hi",
            "\u{0B}MS NAUERT: x", "M", "MS", "M:",
        ]
        for line in lines where !TurnLabel.mayStartLabel(line) {
            #expect(TurnLabel.match(line) == nil, "\(line.debugDescription)")
        }
        #expect(!TurnLabel.mayStartLabel("Mr. Spicer: Good"))
        #expect(TurnLabel.match("MS NAUERT: Thanks.")?.label == "MS NAUERT")
        #expect(TurnLabel.match("A(R): x") != nil || TurnLabel.mayStartLabel("A(R): x"))
    }

    @Test func questionLabelsAreKnownWithinOneEditWhateverTheirLength() {
        for label in ["QUESTION", "QUESTIONS", "OUESTION", "QUESTIO", "QESTION", "QUESTIONX", "QUESTI0NS", "QUESTIONSS", "QUÉSTION", "Q"] {
            let expected = label == "Q" || TurnLabel.editDistance(label, "QUESTION") <= 1 || label == "QUESTIONS"
            #expect(TurnLabel.isQuestion(label) == expected, "\(label)")
        }
        #expect(TurnLabel.isQuestion("QUESTIONS"))
        #expect(!TurnLabel.isQuestion("QUESTIONNAIRE"))
        #expect(!TurnLabel.isQuestion("QUEST"))
    }

    @Test func scalarsAreCheckedEightBytesAtATimeAsOneByOne() {
        func byScalars(_ text: String, allowingCRLF: Bool) -> Bool {
            var previous: Unicode.Scalar = "\0"
            for scalar in text.unicodeScalars {
                guard ScalarText.standsAlone(scalar), allowingCRLF || previous != "\r" || scalar != "\n" else { return false }
                previous = scalar
            }
            return true
        }
        for lead in 0..<20 {
            for tail in ["\r\n", "\r", "\n", "\r\r\n", "e\u{301}", "é", "\u{200D}", "—", "\n\r", "🇲🇽", "abcdefgh"] {
                for gap in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: lead) + tail + String(repeating: "b", count: gap) + "\r\n"
                    for crlf in [false, true] {
                        #expect(
                            ScalarText.charactersAreScalars(text, allowingCRLF: crlf) == byScalars(text, allowingCRLF: crlf),
                            "\(text.debugDescription)")
                    }
                }
            }
        }
    }

    @Test func capitalisedWordsAreTheSameWhenReadByScalarOrByCharacter() {
        let texts = [
            "“we’re” “Kelly” (“Kelly”) “(Kelly”, “”, ” ” “", "É. Á. A. Ab. “A.” A.. .A. ..A “É.” (É.)", "—Kelly — Peña— ¿Qué? ¡Sí!",
            "Élysée élan Σigma σigma ǅemal ßtraße Ǆ", "Kelly’s “Peña’s” d’Estaing O’Brien", "*Kelly* *“Peña”* :Kelly: ;É;",
            "Kelly\u{A0}Nieto\u{2003}Chong\u{2028}Next\u{85}Line", "J.\r\nKelly\r\n“Peña”  \r\nNieto", "“A” “é” “É” “.” “..”",
            "\u{201C}\u{201D}Kelly\u{201D}\u{201C}", "Kelly\u{2019} ’Kelly ‘Kelly’ „Kelly“",
        ]
        ScalarFastPathTests.expectNameWordsAsByCharacters(texts)
    }
}
