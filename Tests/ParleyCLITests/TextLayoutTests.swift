import ParleyUI
import Testing

@testable import parley

struct TextLayoutTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = PlainWrapper.wrap("one two three four five six", width: 9)
        #expect(lines == ["one two", "three", "four five", "six"])
    }

    @Test func accentsAndDashesTakeOneColumn() {
        let lines = PlainWrapper.wrap("Peña — Ángel Kuribreña", width: 13)
        #expect(lines == ["Peña — Ángel", "Kuribreña"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        let lines = PlainWrapper.wrap("東京 大阪 名古屋", width: 9)
        #expect(lines == ["東京 大阪", "名古屋"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 9 })
    }

    @Test func cutsAWordWiderThanTheLine() {
        let lines = PlainWrapper.wrap("abcdefghij xy", width: 4)
        #expect(lines == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func tableAlignsColumnsWithoutTrailingSpaces() {
        var table = TextTable(alignments: [.left, .right, .left])
        table.add(["Peña", "1", "a"])
        table.add(["Kelly", "123", ""])
        #expect(table.lines() == ["Peña     1  a", "Kelly  123"])
    }
}
