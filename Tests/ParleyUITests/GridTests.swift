import Testing

@testable import ParleyUI

@Suite struct GridTests {
    @Test func newGridIsBlankText() {
        let grid = Grid(size: Size(width: 4, height: 2))
        #expect(grid.cells.count == 8)
        #expect(grid.cells.allSatisfy { $0 == .blank })
        #expect(grid.text == "\n")
    }

    @Test func negativeSizeIsEmpty() {
        let grid = Grid(size: Size(width: -3, height: 2))
        #expect(grid.size == Size(width: 0, height: 2))
        #expect(grid.cells.isEmpty)
    }

    @Test func putWritesTextWithRoleAndReturnsColumns() {
        var grid = Grid(size: Size(width: 10, height: 2))
        let used = grid.put("Peña", x: 1, y: 1, role: .speaker)
        #expect(used == 4)
        #expect(grid.row(1) == " Peña")
        #expect(grid.roles(row: 1) == [.text, .speaker, .speaker, .speaker, .speaker, .text, .text, .text, .text, .text])
        #expect(grid[3, 1] == Cell(text: "ñ", role: .speaker))
    }

    @Test func putStopsAtRightEdge() {
        var grid = Grid(size: Size(width: 5, height: 1))
        let used = grid.put("Washington", x: 2, y: 0, role: .text)
        #expect(used == 3)
        #expect(grid.row(0) == "  Was")
    }

    @Test func putStopsAtLimit() {
        var grid = Grid(size: Size(width: 10, height: 1))
        let used = grid.put("Tillerson", x: 0, y: 0, role: .text, limit: 4)
        #expect(used == 4)
        #expect(grid.row(0) == "Till")
        #expect(grid.put("abc", x: 0, y: 0, role: .text, limit: 0) == 0)
        #expect(grid.put("abc", x: 0, y: 0, role: .text, limit: -2) == 0)
    }

    @Test func wideCharacterTakesTwoCells() {
        var grid = Grid(size: Size(width: 6, height: 1))
        let used = grid.put("日本", x: 1, y: 0, role: .match)
        #expect(used == 4)
        #expect(grid[1, 0] == Cell(text: "日", role: .match))
        #expect(grid[2, 0] == Cell(text: "", role: .match, isContinuation: true))
        #expect(grid[3, 0].text == "本")
        #expect(grid[4, 0].isContinuation)
        #expect(grid.row(0) == " 日本")
    }

    @Test func wideCharacterStraddlingLimitBecomesSpace() {
        var grid = Grid(size: Size(width: 10, height: 1))
        let used = grid.put("a日本", x: 0, y: 0, role: .text, limit: 4)
        #expect(used == 4)
        #expect(grid.row(0) == "a日")
        #expect(grid[3, 0] == Cell(text: " ", role: .text))
        #expect(!grid[3, 0].isContinuation)
    }

    @Test func wideCharacterStraddlingRightEdgeBecomesSpace() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.fill(Rect(x: 0, y: 0, width: 3, height: 1), role: .border)
        let used = grid.put("x作", x: 1, y: 0, role: .note)
        #expect(used == 2)
        #expect(grid[2, 0] == Cell(text: " ", role: .note))
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func wideCharacterCutByLeftEdgeLeavesNoContinuation() {
        var grid = Grid(size: Size(width: 4, height: 1))
        let used = grid.put("日ab", x: -1, y: 0, role: .text)
        #expect(used == 4)
        #expect(grid.row(0) == " ab")
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func textLeftOfTheGridIsClippedButCounted() {
        var grid = Grid(size: Size(width: 4, height: 1))
        let used = grid.put("Kelly", x: -2, y: 0, role: .text)
        #expect(used == 5)
        #expect(grid.row(0) == "lly")
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var grid = Grid(size: Size(width: 4, height: 1))
        #expect(grid.put("abc", x: 0, y: 3, role: .text) == 3)
        #expect(grid.put("abc", x: 0, y: -1, role: .text) == 3)
        #expect(grid == Grid(size: Size(width: 4, height: 1)))
        #expect(grid.row(5) == "")
        #expect(grid.roles(row: -1) == [])
    }

    @Test func combiningMarksStayInTheirCell() {
        var grid = Grid(size: Size(width: 6, height: 1))
        let decomposed = "A\u{301}ngel"
        let used = grid.put(decomposed, x: 0, y: 0, role: .text)
        #expect(used == 5)
        #expect(grid[0, 0].text == "A\u{301}")
        #expect(grid[1, 0].text == "n")
        #expect(grid.row(0) == decomposed)
    }

    @Test func loneZeroWidthCharactersAreLeftOut() {
        var grid = Grid(size: Size(width: 6, height: 1))
        let used = grid.put("\u{301}a\u{200B}b", x: 0, y: 0, role: .text)
        #expect(used == 2)
        #expect(grid.row(0) == "ab")
    }

    @Test func controlCharactersShowInCaretNotation() {
        var grid = Grid(size: Size(width: 12, height: 1))
        let used = grid.put("a\u{1}b\u{1B}\u{7F}", x: 0, y: 0, role: .speaker)
        #expect(used == 8)
        #expect(grid.row(0) == "a^Ab^[^?")
        #expect(
            Array(grid.roles(row: 0).prefix(8)) == [
                .speaker, .control, .control, .speaker, .control, .control, .control, .control,
            ])
    }

    @Test func controlCharactersAreNeverStoredRaw() {
        var grid = Grid(size: Size(width: 80, height: 1))
        let controls = (0..<0x20).map { Character(UnicodeScalar(UInt8($0))) } + ["\u{7F}", "\u{85}", "\u{9B}", "\r\n"]
        var x = 0
        for c in controls {
            x += grid.put(String(c), x: x, y: 0, role: .text)
        }
        for cell in grid.cells {
            #expect(
                cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
                "raw control in \(cell.text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func bidiOverridesAndIsolatesAreShownNotObeyed() {
        var grid = Grid(size: Size(width: 30, height: 1))
        let used = grid.put("ab\u{202E}cd\u{2066}e", x: 0, y: 0, role: .text)
        #expect(grid.row(0) == "ab<U+202E>cd<U+2066>e")
        #expect(used == 21)
        #expect(grid[2, 0].role == .control && grid[12, 0].role == .control && grid[0, 0].role == .text)
    }

    @Test func c1ControlShowsItsEscapeEquivalent() {
        var grid = Grid(size: Size(width: 8, height: 1))
        #expect(grid.put("\u{85}", x: 0, y: 0, role: .text) == 3)
        #expect(grid.row(0) == "^[E")
        #expect(grid.roles(row: 0).prefix(3).allSatisfy { $0 == .control })
    }

    @Test func caretFormThatDoesNotFitBecomesSpaces() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.fill(Rect(x: 0, y: 0, width: 3, height: 1), role: .border)
        #expect(grid.put("ab\u{2}", x: 0, y: 0, role: .text) == 3)
        #expect(grid.row(0) == "ab")
        #expect(grid[2, 0] == Cell(text: " ", role: .text))
    }

    @Test func tabBecomesOneSpace() {
        var grid = Grid(size: Size(width: 6, height: 1))
        #expect(grid.put("a\tb", x: 0, y: 0, role: .note) == 3)
        #expect(grid.row(0) == "a b")
        #expect(grid.roles(row: 0).prefix(3).allSatisfy { $0 == .note })
    }

    @Test func overwritingFirstHalfOfWideCharacterBlanksSecondHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("日", x: 1, y: 0, role: .match)
        grid.put("x", x: 1, y: 0, role: .text)
        #expect(grid[2, 0] == Cell(text: " ", role: .match))
        #expect(grid.row(0) == " x")
    }

    @Test func overwritingSecondHalfOfWideCharacterBlanksFirstHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("日", x: 0, y: 0, role: .match)
        grid.put("x", x: 1, y: 0, role: .text)
        #expect(grid[0, 0] == Cell(text: " ", role: .match))
        #expect(grid.row(0) == " x")
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func wideCharacterOverOffsetWideCharactersBlanksBothNeighbours() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("日本", x: 0, y: 0, role: .text)
        grid.put("語", x: 1, y: 0, role: .match)
        #expect(grid.row(0) == " 語")
        #expect(grid[0, 0] == Cell(text: " ", role: .text))
        #expect(grid[1, 0].text == "語")
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0] == Cell(text: " ", role: .text))
    }

    @Test func subscriptSetterBlanksOrphanedHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("日", x: 0, y: 0, role: .text)
        grid[1, 0] = Cell(text: "z")
        #expect(grid.row(0) == " z")
    }

    @Test func changingRoleThroughSubscriptKeepsWideCharacterWhole() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("日", x: 0, y: 0, role: .text)
        grid[0, 0].role = .match
        #expect(grid[0, 0] == Cell(text: "日", role: .match))
        #expect(grid[1, 0].isContinuation)
    }

    @Test func subscriptOutsideGridReadsBlankAndIgnoresWrites() {
        var grid = Grid(size: Size(width: 2, height: 2))
        grid[5, 0] = Cell(text: "x")
        grid[-1, 1] = Cell(text: "x")
        #expect(grid == Grid(size: Size(width: 2, height: 2)))
        #expect(grid[9, 9] == .blank)
    }

    @Test func fillSetsSpacesWithRoleClippedToGrid() {
        var grid = Grid(size: Size(width: 4, height: 3))
        grid.put("abcd", x: 0, y: 1, role: .text)
        grid.fill(Rect(x: 2, y: 1, width: 10, height: 10), role: .overlay)
        #expect(grid.row(1) == "ab")
        #expect(grid.roles(row: 1) == [.text, .text, .overlay, .overlay])
        #expect(grid.roles(row: 2) == [.text, .text, .overlay, .overlay])
        #expect(grid.roles(row: 0) == [.text, .text, .text, .text])
    }

    @Test func fillOverHalfOfWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("日本", x: 0, y: 0, role: .text)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), role: .overlay)
        #expect(grid.row(0) == "")
        #expect(grid.cells.allSatisfy { !$0.isContinuation && $0.text == " " })
        #expect(grid.roles(row: 0) == [.text, .overlay, .overlay, .text])
    }

    @Test func restyleChangesRolesNotText() {
        var grid = Grid(size: Size(width: 8, height: 1))
        grid.put("deport", x: 0, y: 0, role: .text)
        grid.restyle(x: 2, y: 0, width: 3, role: .match)
        #expect(grid.row(0) == "deport")
        #expect(grid.roles(row: 0) == [.text, .text, .match, .match, .match, .text, .text, .text])
    }

    @Test func restyleCoversWholeWideCharacter() {
        var grid = Grid(size: Size(width: 8, height: 1))
        grid.put("日本語", x: 0, y: 0, role: .text)
        grid.restyle(x: 1, y: 0, width: 2, role: .match)
        #expect(grid.roles(row: 0) == [.match, .match, .match, .match, .text, .text, .text, .text])
        #expect(grid.row(0) == "日本語")
    }

    @Test func restyleIsClipped() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.restyle(x: -2, y: 0, width: 3, role: .match)
        grid.restyle(x: 0, y: 4, width: 3, role: .match)
        #expect(grid.roles(row: 0) == [.match, .text, .text])
    }

    @Test func textJoinsTrimmedRows() {
        var grid = Grid(size: Size(width: 8, height: 3))
        grid.put("Kelly", x: 0, y: 0, role: .speaker)
        grid.put("作者", x: 2, y: 2, role: .text)
        #expect(grid.text == "Kelly\n\n  作者")
    }

    @Test func debugDescriptionQuotesFullRowsAndRoleRuns() {
        var grid = Grid(size: Size(width: 6, height: 2))
        grid.put("a\u{1}日", x: 0, y: 0, role: .text)
        let description = grid.debugDescription
        #expect(description.contains("Grid 6×2"))
        #expect(description.contains("\"a^A日 \"  text 0..<1, text.control 1..<3, text 3..<6"))
        #expect(description.contains("\"      \"  text"))
    }
}
