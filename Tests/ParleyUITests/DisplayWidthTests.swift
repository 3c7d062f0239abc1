import Testing

@testable import ParleyUI

@Suite struct DisplayWidthTests {
    @Test(arguments: ["a", "ñ", "Á", "—", "–", "·", "⟷", "é", "ß", "Ж", "→", "€"] as [Character])
    func narrowCharactersTakeOneColumn(_ c: Character) {
        #expect(DisplayWidth.of(c) == 1)
    }

    @Test(arguments: ["日", "作", "한", "カ", "ア", "Ａ", "！", "　", "😀", "🚀", "〜", "𠀋"] as [Character])
    func wideCharactersTakeTwoColumns(_ c: Character) {
        #expect(DisplayWidth.of(c) == 2)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed: Character = "e\u{301}"
        #expect(decomposed.unicodeScalars.count == 2)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("Pen\u{303}a") == 4)
        #expect(DisplayWidth.of("\u{301}") == 0)
    }

    @Test func joinersAndVariationSelectorsAddNothing() {
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
        #expect(DisplayWidth.of("\u{FEFF}") == 0)
        let family: Character = "👨\u{200D}👩\u{200D}👧"
        #expect(DisplayWidth.of(family) == 2)
    }

    @Test func hangulJamoSequenceIsOneWideCell() {
        let syllable: Character = "\u{1100}\u{1161}\u{11A8}"
        #expect(DisplayWidth.of(syllable) == 2)
    }

    @Test func controlCharactersCountTheirCaretForm() {
        #expect(DisplayWidth.of("\u{1}") == 2)
        #expect(DisplayWidth.of("\u{1B}") == 2)
        #expect(DisplayWidth.of("\u{7F}") == 2)
        #expect(DisplayWidth.of("\u{0}") == 2)
        #expect(DisplayWidth.of("\u{85}") == 3)
        #expect(DisplayWidth.of("\r\n") == 4)
        #expect(DisplayWidth.of("\t") == 1)
    }

    @Test func caretNotation() {
        #expect(DisplayWidth.caretNotation("\u{0}") == "^@")
        #expect(DisplayWidth.caretNotation("\u{1}") == "^A")
        #expect(DisplayWidth.caretNotation("\u{1A}") == "^Z")
        #expect(DisplayWidth.caretNotation("\u{1B}") == "^[")
        #expect(DisplayWidth.caretNotation("\u{1F}") == "^_")
        #expect(DisplayWidth.caretNotation("\u{7F}") == "^?")
        #expect(DisplayWidth.caretNotation("\u{9B}") == "^[[")
        #expect(DisplayWidth.caretNotation("\r\n") == "^M^J")
        #expect(DisplayWidth.caretNotation("\u{202E}") == "<U+202E>")
        #expect(DisplayWidth.caretNotation("\u{2066}") == "<U+2066>")
        #expect(DisplayWidth.of("\u{202E}") == 8)
        #expect(DisplayWidth.caretNotation("A") == nil)
        #expect(DisplayWidth.caretNotation("\u{A0}") == nil)
    }

    @Test func stringWidthSumsCharacters() {
        #expect(DisplayWidth.of("Peña Nieto — Ángel 日本") == 23)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("a\u{1}b"[...]) == 4)
    }

    @Test func truncateLeavesShortTextAlone() {
        #expect(DisplayWidth.truncate("Kelly", to: 5) == "Kelly")
        #expect(DisplayWidth.truncate("Kelly", to: 9) == "Kelly")
    }

    @Test func truncateEndsInEllipsis() {
        let cut = DisplayWidth.truncate("Videgaray", to: 5)
        #expect(cut == "Vide…")
        #expect(DisplayWidth.of(cut) == 5)
        #expect(DisplayWidth.truncate("Videgaray", to: 5, ellipsis: "..") == "Vid..")
    }

    @Test func truncateNeverSplitsWideCharacter() {
        let cut = DisplayWidth.truncate("日本語です", to: 6)
        #expect(cut == "日本…")
        #expect(DisplayWidth.of(cut) == 5)
    }

    @Test func truncateKeepsCombiningMarksWithTheirBase() {
        #expect(DisplayWidth.truncate("A\u{301}ngel Osorio", to: 3) == "A\u{301}n…")
    }

    @Test func truncateToNothing() {
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: -1) == "")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        #expect(DisplayWidth.truncate("abc", to: 1, ellipsis: "...") == "a")
    }

    @Test func padFillsToWidth() {
        #expect(DisplayWidth.pad("日本", to: 6) == "日本  ")
        #expect(DisplayWidth.pad("Peña", to: 6) == "Peña  ")
        #expect(DisplayWidth.pad("Osorio", to: 3) == "Osorio")
        #expect(DisplayWidth.of(DisplayWidth.pad("e\u{301}", to: 4)) == 4)
    }

    /// What the grid draws and what `DisplayWidth` says must agree, or columns drift.
    @Test(arguments: ["Peña — Ángel", "日本 ^A", "a\u{1}\u{85}b", "e\u{301}\u{200B}x", "한국어 ｆｕｌｌ", "tab\there", "🇲🇽 ok"])
    func gridUsesExactlyTheMeasuredColumns(_ text: String) {
        var grid = Grid(size: Size(width: 40, height: 1))
        #expect(grid.put(text, x: 0, y: 0, role: .text) == DisplayWidth.of(text))
    }
}

/// Emoji of several code points and flags reach the terminal in a form every terminal draws at the
/// width the grid gave them.
struct DrawableFormTests {
    static let clusters: [(Character, String)] = [
        ("👨‍👩‍👧", "👨"), ("👍🏽", "👍"), ("👩🏾‍💻", "👩"), ("🏳️‍🌈", "🌈"), ("🇲🇽", "MX"), ("🇺", "U "),
        ("❤️", "❤"), ("#️⃣", "#\u{20E3}"), ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴"), ("e\u{301}", "e\u{301}"), ("한", "한"), ("😀", "😀"), ("a", "a"),
    ]

    @Test func eachClusterHasItsPlainForm() {
        for (cluster, form) in Self.clusters {
            #expect(DisplayWidth.drawable(cluster) == form, "\(cluster.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func thePlainFormIsExactlyAsWideAsTheCluster() {
        for (cluster, _) in Self.clusters {
            #expect(DisplayWidth.of(DisplayWidth.drawable(cluster)) == DisplayWidth.of(cluster), "\(cluster)")
        }
    }

    @Test func aGridRowWithEmojiKeepsItsLaterCellsInPlace() {
        var grid = Grid(size: Size(width: 40, height: 1))
        let text = "a 👨‍👩‍👧 b 🇲🇽 c 👍🏽 d"
        let used = grid.put(text, x: 0, y: 0, role: .text)
        grid.put("|", x: used, y: 0, role: .text)
        #expect(used == DisplayWidth.of(text))
        #expect(grid.row(0) == "a 👨 b MX c 👍 d|")
        for cell in grid.cells where !cell.isContinuation {
            #expect(!cell.text.unicodeScalars.contains { $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) })
        }
    }

    /// An Indic conjunct is one grapheme but several columns on a terminal, which draws each letter
    /// (`wcwidth` per code point): क्ष is ka, virama, ssa; स्त्री three letters and a vowel sign.
    @Test func indicConjunctsAreAsWideAsTheirLetters() {
        // Built from strings: the compiler checks Character literals by older grapheme rules than the runtime's.
        let graphemes = [
            "\u{915}\u{94D}\u{937}", "\u{915}\u{94D}\u{200D}\u{937}", "\u{938}\u{94D}\u{924}\u{94D}\u{930}\u{940}", "\u{E01}\u{E33}",
        ]
        #expect(graphemes.allSatisfy { $0.count == 1 })
        let (conjunct, withJoiner, stree, thai) = (graphemes[0].first!, graphemes[1].first!, graphemes[2].first!, graphemes[3].first!)
        #expect(DisplayWidth.of(conjunct) == 2)
        #expect(DisplayWidth.of(withJoiner) == 2)
        #expect(DisplayWidth.of(stree) == 4)
        #expect(DisplayWidth.of("\u{915}\u{93E}" as Character) == 2)
        #expect(DisplayWidth.of(thai) == 2)
        #expect(DisplayWidth.cells(of: conjunct) == ["\u{915}\u{94D}", "\u{937}"])
        #expect(DisplayWidth.cells(of: stree) == ["\u{938}\u{94D}", "\u{924}\u{94D}", "\u{930}", "\u{940}"])
        #expect(DisplayWidth.cells(of: "e\u{301}" as Character) == ["e\u{301}"])
        #expect(DisplayWidth.cells(of: "👍🏽" as Character) == ["👍🏽"])
    }

    @Test func aGridRowWithIndicConjunctsKeepsItsLaterCellsInPlace() {
        var grid = Grid(size: Size(width: 20, height: 1))
        let text = "a \u{915}\u{94D}\u{937} b \u{938}\u{94D}\u{924}\u{94D}\u{930}\u{940} c"
        let used = grid.put(text, x: 0, y: 0, role: .text)
        grid.put("|", x: used, y: 0, role: .text)
        #expect(used == 13)
        #expect(used == DisplayWidth.of(text))
        #expect(grid.row(0) == text + "|")
        #expect(grid[12, 0].text == "c" && grid[13, 0].text == "|")
        // Cut by the limit, a conjunct becomes spaces rather than letters without the rest.
        var narrow = Grid(size: Size(width: 20, height: 1))
        #expect(narrow.put("ab\u{938}\u{94D}\u{924}\u{94D}\u{930}\u{940}", x: 0, y: 0, role: .text, limit: 4) == 4)
        #expect(narrow.row(0) == "ab")
    }
}
