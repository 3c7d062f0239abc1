import ParleyModel
import Testing

@testable import ParleyUI

/// The update function, one action at a time: state in, state out.
struct BrowserUpdateTests {
    let context = BrowserFixture.context

    func top(_ s: BrowserState, _ side: PaneSide = .left) -> Int { s.topLine(side, context: context) }
    func turn(_ s: BrowserState, _ side: PaneSide) -> Turn {
        let layout = s.layout(side, context: context)
        return layout.turn(layout.turn(atLine: top(s, side)))
    }

    @Test func linesAndPagesScrollTheFocusedPane() {
        var s = BrowserFixture.state()
        s.sync = false
        s.apply(.scrollLines(3), context: context)
        #expect(top(s) == 3 && top(s, .right) == 0)
        s.apply(.scrollPages(1), context: context)
        #expect(top(s) == 3 + s.screen.viewHeight - 1)
        s.apply(.scrollLines(-1000), context: context)
        #expect(top(s) == 0)
        s.apply(.bottom, context: context)
        #expect(top(s) == s.layout(.left, context: context).lines.count - s.screen.viewHeight)
        s.apply(.scrollLines(5), context: context)
        #expect(top(s) == s.layout(.left, context: context).lines.count - s.screen.viewHeight)
        s.apply(.top, context: context)
        #expect(top(s) == 0)
        s.apply(.scrollHalfPages(1), context: context)
        #expect(top(s) == s.screen.viewHeight / 2)
    }

    @Test func focusMovesBetweenPanes() {
        var s = BrowserFixture.state()
        s.apply(.focusOther, context: context)
        #expect(s.focus == .right)
        s.apply(.focus(.left), context: context)
        #expect(s.focus == .left)
        s.apply(.mouseClick(x: 60, y: 10), context: context)
        #expect(s.focus == .right)
    }

    @Test func turnJumpsLandOnLabels() {
        var s = BrowserFixture.state()
        s.apply(.nextTurn, context: context)
        #expect(turn(s, .left).label == "FOREIGN SECRETARY VIDEGARAY")
        #expect(top(s) == s.layout(.left, context: context).turnStarts[1])
        s.apply(.scrollLines(2), context: context)
        s.apply(.previousTurn, context: context)
        #expect(top(s) == s.layout(.left, context: context).turnStarts[1])
        s.apply(.previousTurn, context: context)
        #expect(top(s) == 0)
        s.apply(.previousTurn, context: context)
        #expect(s.message == "first turn")
    }

    @Test func sameSpeakerJumpsSkipOthers() {
        var s = BrowserFixture.state()
        s.apply(.focus(.right), context: context)
        // Tillerson opens in May; his next turn is the "Okay." after Videgaray's interruption.
        s.apply(.nextTurnOfSpeaker, context: context)
        #expect(turn(s, .right).speakerID == "tillerson")
        #expect(turn(s, .right).paragraphs[0].text == "Okay.")
        s.apply(.nextTurnOfSpeaker, context: context)
        #expect(turn(s, .right).paragraphs[0].text.hasPrefix("Well, I hope what this morning's press avail"))
        s.apply(.previousTurnOfSpeaker, context: context)
        #expect(turn(s, .right).paragraphs[0].text == "Okay.")
    }

    @Test func syncKeepsTheSameSpeakersTurnsLevel() {
        var s = BrowserFixture.after([.speakerSlot(2)])
        #expect(s.speaker == "kelly")
        s.apply(.focus(.right), context: context)
        s.apply(.nextTurn, context: context)
        // Kelly spoke once in February: the left pane stays on that turn while May moves on.
        #expect(s.position(.right).turn == 1)
        #expect(s.position(.left).turn == 0)
        s.apply(.toggleSync, context: context)
        #expect(!s.sync)
        s.apply(.focus(.left), context: context)
        s.apply(.scrollLines(4), context: context)
        #expect(s.position(.right) == PanePosition(turn: 1, lineInTurn: 0))
    }

    @Test func syncWithEveryoneFollowsTheSpeakerAcrossMeetings() {
        var s = BrowserFixture.state()
        for _ in 0..<7 { s.apply(.nextTurn, context: context) }
        #expect(turn(s, .left).speakerID == "kelly")
        #expect(turn(s, .right).speakerID == "kelly")
        #expect(turn(s, .right).paragraphs[0].text.hasPrefix("Well, thank you for that."))
    }

    @Test func digitsPickSpeakersAndZeroIsEveryone() {
        var s = BrowserFixture.state()
        s.apply(.speakerSlot(3), context: context)
        #expect(s.speaker == "videgaray")
        #expect(s.layout(.right, context: context).turns.count == 4)
        s.apply(.speakerSlot(0), context: context)
        #expect(s.speaker == nil)
        // Back to everyone on the same passage: Videgaray's first May turn.
        #expect(turn(s, .right).speakerID == "videgaray")
        s.apply(.speakerSlot(99), context: context)
        #expect(s.message?.hasPrefix("no speaker 99") == true)
    }

    @Test func searchWalksEveryMatchInReadingOrderAndWraps() {
        var s = BrowserFixture.typing(BrowserFixture.keys("/mexico\n"))
        let hits = s.allHits(context: context)
        #expect(hits.count > 20)
        #expect(s.search.current == 0)
        let leftCount = hits.filter { $0.side == .left }.count
        for _ in 0..<leftCount { s.apply(.nextMatch, context: context) }
        #expect(s.focus == .right)
        #expect(s.search.current == leftCount)
        s.apply(.previousMatch, context: context)
        #expect(s.focus == .left)
        s.apply(.top, context: context)
        for _ in 0..<(hits.count - leftCount + 1) { s.apply(.nextMatch, context: context) }
        #expect(s.search.current == 0)
        #expect(s.message == "search hit bottom, continuing at top")
        // The current match is always on screen.
        let layout = s.layout(hits[0].side, context: context)
        let line = layout.lineNumber(of: layout.position(of: hits[0].match))
        #expect(line >= top(s) && line < top(s) + s.screen.viewHeight)
    }

    @Test func escapeCancelsThePromptAndRestoresTheView() {
        var s = BrowserFixture.typing(BrowserFixture.keys("/deportations"))
        #expect(top(s) > 0)
        s = BrowserFixture.typing([.escape], from: s)
        #expect(s.mode == .normal)
        #expect(!s.search.isActive)
        #expect(top(s) == 0)
    }

    @Test func escapeClearsAKeptSearch() {
        var s = BrowserFixture.typing(BrowserFixture.keys("/border\n"))
        #expect(s.search.query == "border")
        s = BrowserFixture.typing([.escape], from: s)
        #expect(!s.search.isActive)
        #expect(s.allHits(context: context).isEmpty)
    }

    @Test func smartCaseMakesCapitalsExact() {
        let lower = BrowserFixture.typing(BrowserFixture.keys("/migration\n")).allHits(context: context).count
        let upper = BrowserFixture.typing(BrowserFixture.keys("/Migration\n")).allHits(context: context).count
        #expect(upper > 0 && upper < lower)
    }

    @Test func aSearchWithNoMatchSaysSo() {
        let s = BrowserFixture.typing(BrowserFixture.keys("/zebra\n"))
        #expect(s.message == "Pattern not found: zebra")
        let n = BrowserFixture.typing([.character("n")], from: s)
        #expect(n.message == "Pattern not found: zebra")
    }

    @Test func resizeKeepsTheReaderOnTheSamePassage() {
        var s = BrowserFixture.after([.nextTurn, .nextTurn, .nextTurn, .scrollLines(2)])
        let before = s.position(.left)
        s.apply(.resize(Size(width: 200, height: 60)), context: context)
        #expect(s.position(.left).turn == before.turn)
        #expect(turn(s, .left).label == "SECRETARY TILLERSON")
    }

    @Test func resizeKeepsTheTextTheTopLineBeganWithNotItsLineNumber() throws {
        var s = BrowserFixture.after([.nextTurn, .nextTurn, .nextTurn, .scrollLines(3)])
        let kept = try #require(s.layout(.left, context: context).textPosition(at: s.top(.left, context: context)))
        // Well into a paragraph, where wrapping to another width moves the text to other lines.
        #expect(kept.offset > 0)
        for size in [Size(width: 50, height: 24), Size(width: 200, height: 60), Size(width: 70, height: 20)] {
            s.apply(.resize(size), context: context)
            let layout = s.layout(.left, context: context)
            let top = s.top(.left, context: context)
            let shown = try #require(layout.textPosition(at: top))
            #expect(shown.ref == kept.ref && shown.offset <= kept.offset)
            #expect(layout.position(holding: kept) == top, "at \(size)")
        }
    }

    @Test func resizingNarrowAndBackReturnsToTheSameLine() {
        var s = BrowserFixture.after([.nextTurn, .nextTurn, .nextTurn, .scrollLines(3)])
        let size = s.size
        let before = s.positions
        for _ in 0..<3 {
            s.apply(.resize(Size(width: 45, height: size.height)), context: context)
            s.apply(.resize(Size(width: 61, height: size.height)), context: context)
            s.apply(.resize(size), context: context)
        }
        #expect(s.positions == before)
    }

    @Test func resizeKeepsABlankLineWhereItStandsBetweenParagraphsAndTurns() throws {
        var s = BrowserFixture.state()
        s.sync = false
        let layout = s.layout(.left, context: context)
        let turn = try #require(layout.turns.indices.first { layout.turn($0).paragraphs.count >= 2 })
        let lines = layout.turnLines(turn).lines
        let between = try #require(lines.indices.first { $0 > 0 && lines[$0].kind == .blank && $0 + 1 < lines.count })
        let paragraph = try #require(lines[between + 1].ref)
        s.setPosition(.left, PanePosition(turn: turn, lineInTurn: between))
        s.apply(.resize(Size(width: 40, height: 24)), context: context)
        var after = s.layout(.left, context: context)
        let top = s.position(.left)
        #expect(after.line(at: top).kind == .blank)
        #expect(after.turnLines(turn).lines[top.lineInTurn + 1].ref == paragraph)
        #expect(after.turnLines(turn).lines[top.lineInTurn + 1].startOffset == 0)

        let last = layout.turnLines(turn).lines.count - 1
        s.apply(.resize(Size(width: 80, height: 24)), context: context)
        s.setPosition(.left, PanePosition(turn: turn, lineInTurn: last))
        s.apply(.resize(Size(width: 40, height: 24)), context: context)
        after = s.layout(.left, context: context)
        #expect(s.position(.left) == PanePosition(turn: turn, lineInTurn: after.turnLines(turn).lines.count - 1))
        #expect(after.turnLines(turn).lines.count > last + 1)
    }

    @Test func mouseWheelScrollsThePaneUnderThePointer() {
        var s = BrowserFixture.state()
        s.sync = false
        s.apply(.mouseWheel(x: 60, y: 5, lines: 3), context: context)
        #expect(top(s, .right) == 3 && top(s, .left) == 0)
        #expect(s.focus == .left)
    }

    @Test func clickOnTheSpeakerBarPicksThatSpeaker() {
        var s = BrowserFixture.state()
        // " 1 Tillerson 1│7  2 Kelly …": column 20 is inside "2 Kelly".
        s.apply(.mouseClick(x: 20, y: 22), context: context)
        #expect(s.speaker == "kelly")
    }

    @Test func themeKeyCyclesThemesUnlessColoursAreOff() {
        var s = BrowserFixture.state()
        s.apply(.nextTheme, context: context)
        #expect(s.themeName == ThemeCatalog.next(after: "dark"))
        s.colorsAllowed = false
        let name = s.themeName
        s.apply(.nextTheme, context: context)
        #expect(s.themeName == name)
        #expect(s.message == "colours are off (NO_COLOR is set)")
    }

    @Test func helpOpensScrollsAndCloses() {
        var s = BrowserFixture.typing([.character("?")])
        #expect(s.mode == .help(scroll: 0))
        s = BrowserFixture.typing([.character("j"), .character("j")], from: s)
        #expect(s.mode == .help(scroll: 2))
        s = BrowserFixture.typing([.escape], from: s)
        #expect(s.mode == .normal)
        s = BrowserFixture.typing([.character("q")], from: s)
        #expect(s.quit)
    }

    @Test func pickerMovesWrapsAndCancels() {
        var s = BrowserFixture.typing([.character("S")])
        #expect(s.mode == .speakerPicker(filter: "", selection: 0))
        s = BrowserFixture.typing([.up], from: s)
        let count = BrowserState.pickerEntries(filter: "", context: context).count
        #expect(s.mode == .speakerPicker(filter: "", selection: count - 1))
        s = BrowserFixture.typing([.escape], from: s)
        #expect(s.mode == .normal && s.speaker == nil)
        s = BrowserFixture.typing(BrowserFixture.keys("Sfelicia\n"), from: s)
        #expect(s.speaker == "felicia-schwartz")
    }

    @Test func incrementalSearchAlwaysStartsFromWhereTheSearchBegan() {
        // Focus on the right pane, past its matches: each typed letter searches again from there,
        // not from wherever the previous letter's match had moved the focus.
        var s = BrowserFixture.typing([.tab])
        s = BrowserFixture.typing(BrowserFixture.keys("/deportations\n"), from: s)
        #expect(s.search.current == 0)
        #expect(s.focus == .left)
    }
}

/// Marks: `m` and a letter remembers a passage, `'` and the letter comes back to it.
struct MarkTests {
    let context = BrowserFixture.context

    @Test func aMarkBringsTheReaderBackToThePassage() {
        var s = BrowserFixture.typing(BrowserFixture.keys("JJJ"))
        let marked = s.passageAtTop(.left, context: context)
        s = BrowserFixture.typing(BrowserFixture.keys("ma"), from: s)
        #expect(s.marks["a"] == marked)
        #expect(s.message == "mark a set")
        s = BrowserFixture.typing(BrowserFixture.keys("gG2"), from: s)
        s = BrowserFixture.typing(BrowserFixture.keys("'a"), from: s)
        #expect(s.passageAtTop(.left, context: context) == marked)
        #expect(s.speaker == nil)
    }

    @Test func unknownMarksAndNonLettersSaySo() {
        let s = BrowserFixture.typing(BrowserFixture.keys("'z"))
        #expect(s.message == "no mark z: set one with mz")
        let t = BrowserFixture.typing(BrowserFixture.keys("m1"))
        #expect(t.message == "marks are letters a–z and A–Z")
        #expect(t.marks.isEmpty)
        let u = BrowserFixture.typing([.character("m"), .escape])
        #expect(u.mode == .normal && u.marks.isEmpty)
    }
}
