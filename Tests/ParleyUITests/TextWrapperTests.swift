import Testing

@testable import ParleyUI

@Suite struct TextWrapperTests {
    private func wrap(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap([StyledSegment(text, role: .text)], width: width).map(\.text)
    }

    @Test func shortTextIsOneLine() {
        let lines = TextWrapper.wrap([StyledSegment("Well, thank you.", role: .text)], width: 40)
        #expect(lines == [WrappedLine(segments: [StyledSegment("Well, thank you.", role: .text)], startOffset: 0, width: 16)])
    }

    @Test func breaksAtSpacesAndDropsTheBreakingSpace() {
        #expect(
            wrap("It's a great honor for me to be here.", width: 14) == [
                "It's a great", "honor for me", "to be here.",
            ])
    }

    @Test func fillsLinesExactlyToWidth() {
        #expect(wrap("aaaa bbbb cccc", width: 9) == ["aaaa bbbb", "cccc"])
        #expect(wrap("aaaa bbbb cccc", width: 8) == ["aaaa", "bbbb", "cccc"])
    }

    @Test func noLineIsWiderThanWidth() {
        let text = "Peña Nieto — Ángel Osorio Chong, Luis Videgaray Caso: 日本語のテキスト and Kuribreña’s notes."
        // From 2 on: at width 1 a wide character cannot fit and gets a line of its own (tested below).
        for width in 2...30 {
            let lines = TextWrapper.wrap([StyledSegment(text, role: .text)], width: width)
            for line in lines {
                #expect(line.width <= width, "width \(width): \(line.text)")
                #expect(line.width == DisplayWidth.of(line.text))
            }
        }
    }

    @Test func nothingButBreakingSpacesIsLost() {
        let text = "So — in other words — the Mexican people, we respect them. 日本語 ok"
        for width in 1...25 {
            let lines = TextWrapper.wrap([StyledSegment(text, role: .text)], width: width)
            let kept = lines.map(\.text).joined().filter { $0 != " " }
            #expect(kept == text.filter { $0 != " " }, "width \(width)")
        }
    }

    @Test func accentsCountOneColumnEach() {
        #expect(wrap("Peña Ángel Kuribreña", width: 10) == ["Peña Ángel", "Kuribreña"])
        #expect(wrap("Pen\u{303}a A\u{301}ngel", width: 10) == ["Pen\u{303}a A\u{301}ngel"])
    }

    @Test func emDashesAreOrdinaryCharacters() {
        #expect(wrap("Kelly — and Tillerson", width: 9) == ["Kelly —", "and", "Tillerson"])
        #expect(wrap("word—word", width: 9) == ["word—word"])
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(wrap("日本 語です", width: 6) == ["日本", "語です"])
        let lines = TextWrapper.wrap([StyledSegment("日本 語です", role: .text)], width: 6)
        #expect(lines.map(\.width) == [4, 6])
    }

    @Test func longWordIsSplitByWidth() {
        #expect(wrap("interpreted", width: 4) == ["inte", "rpre", "ted"])
        #expect(wrap("a interpreted b", width: 4) == ["a", "inte", "rpre", "ted", "b"])
    }

    @Test func longWordKeepsFollowingWordsOnItsLastPiece() {
        #expect(wrap("abcdefg hi", width: 5) == ["abcde", "fg hi"])
    }

    @Test func longCJKRunNeverSplitsAWideCharacter() {
        let lines = TextWrapper.wrap([StyledSegment("日本語のテキスト", role: .text)], width: 5)
        #expect(lines.map(\.text) == ["日本", "語の", "テキ", "スト"])
        #expect(lines.allSatisfy { $0.width == 4 })
    }

    @Test func wideCharacterWiderThanLineGetsALineOfItsOwn() {
        #expect(wrap("日本", width: 1) == ["日", "本"])
    }

    @Test func widthBelowOneIsTreatedAsOne() {
        #expect(wrap("ab c", width: 0) == ["a", "b", "c"])
        #expect(wrap("ab c", width: -5) == ["a", "b", "c"])
    }

    @Test func emptyInputGivesOneEmptyLine() {
        let empty = [WrappedLine(segments: [], startOffset: 0, width: 0)]
        #expect(TextWrapper.wrap([], width: 10) == empty)
        #expect(TextWrapper.wrap([StyledSegment("", role: .text)], width: 10) == empty)
    }

    @Test func rolesAreKeptAcrossBreaks() {
        let segments = [
            StyledSegment("We respect ", role: .text),
            StyledSegment("deportations here", role: .match),
            StyledSegment(" today.", role: .text),
        ]
        let lines = TextWrapper.wrap(segments, width: 16)
        #expect(
            lines.map(\.segments) == [
                [StyledSegment("We respect", role: .text)],
                [StyledSegment("deportations", role: .match)],
                [StyledSegment("here", role: .match), StyledSegment(" today.", role: .text)],
            ])
    }

    @Test func roleChangesInsideAWordAreKept() {
        let segments = [StyledSegment("Tiller", role: .match), StyledSegment("son said", role: .text)]
        let lines = TextWrapper.wrap(segments, width: 9)
        #expect(
            lines.map(\.segments) == [
                [StyledSegment("Tiller", role: .match), StyledSegment("son", role: .text)],
                [StyledSegment("said", role: .text)],
            ])
    }

    @Test func splitWordKeepsItsRoles() {
        let segments = [StyledSegment("abc", role: .match), StyledSegment("def", role: .text)]
        let lines = TextWrapper.wrap(segments, width: 4)
        #expect(
            lines.map(\.segments) == [
                [StyledSegment("abc", role: .match), StyledSegment("d", role: .text)],
                [StyledSegment("ef", role: .text)],
            ])
    }

    @Test func startOffsetsPointIntoTheInput() {
        let text = "Peña said: 日本 is  far away"
        let characters = Array(text)
        let lines = TextWrapper.wrap([StyledSegment(text, role: .text)], width: 10)
        #expect(lines.map(\.text) == ["Peña said:", "日本 is", "far away"])
        #expect(lines.map(\.startOffset) == [0, 11, 18])
        for line in lines {
            let first = line.text.first!
            #expect(characters[line.startOffset] == first)
        }
    }

    @Test func startOffsetsRunAcrossSegments() {
        let segments = [StyledSegment("one two ", role: .text), StyledSegment("three", role: .match)]
        let lines = TextWrapper.wrap(segments, width: 5)
        #expect(lines.map(\.startOffset) == [0, 4, 8])
    }

    @Test func spacingInsideALineIsKept() {
        #expect(wrap("End.  Next one", width: 20) == ["End.  Next one"])
        #expect(wrap("  indented text", width: 20) == ["  indented text"])
    }

    @Test func spacesAtABreakAreDropped() {
        #expect(wrap("End.  Next", width: 5) == ["End.", "Next"])
    }

    @Test func newlineEndsTheLine() {
        let lines = TextWrapper.wrap([StyledSegment("first\nsecond\n", role: .text)], width: 20)
        #expect(lines.map(\.text) == ["first", "second", ""])
        #expect(lines.map(\.startOffset) == [0, 6, 13])
        #expect(wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(wrap("a\r\nb", width: 5) == ["a", "b"])
    }

    @Test func controlCharactersCountTheirVisibleForm() {
        let lines = TextWrapper.wrap([StyledSegment("ab\u{1}c de", role: .text)], width: 5)
        #expect(lines.map(\.text) == ["ab\u{1}c", "de"])
        #expect(lines.map(\.width) == [5, 2])
    }
}
